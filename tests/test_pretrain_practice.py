"""Reading practice in pretraining: the loss falls on exactly the tokens that must be read."""

from __future__ import annotations

import pytest

from shared_lib.build.pretrain import _labelled, practice_batch, practice_examples


def _label_text(tok, labels):
    return tok.decode([t for t in labels if t != -100])


def test_answers_and_copied_lists_are_the_only_labels(tok):
    examples = practice_examples(tok, "validation")
    assert len(examples) > 300
    copies = qa = 0
    for ids, labels in examples:
        assert len(ids) == len(labels) and ids[-1] == labels[-1] == tok.eos_token_id
        text = tok.decode(ids)
        labelled = _label_text(tok, labels).replace(tok.eos_token, "")
        if "\nAnswer:" in text:
            answers = [line[len("Answer:") :] for line in text.split("\n") if line.startswith("Answer:")]
            assert labelled == "".join(a.replace(tok.eos_token, "") for a in answers)
            qa += 1
        else:  # a copy drill: the labels are the second copy of the list, first word included
            lst = labelled.strip().rstrip(".")
            assert text.count(lst) == 2 and labelled.startswith(" ")
            copies += 1
    assert copies >= 100 and qa >= 200


def test_a_token_that_starts_at_the_space_before_a_span_is_labelled(tok):
    ids, labels = _labelled(tok, "Answer: one year", [(8, 16)])
    assert _label_text(tok, labels) == " one year" + tok.eos_token


def test_practice_batches_are_padded_and_masked(tok):
    examples = [([5, 6, 7], [-100, 6, 7]), ([5, 6], [-100, 6])]
    x, y, mask = practice_batch(examples * 2, 0, 2, tok.pad_token_id, "cpu")
    assert x.tolist() == [[5, 6, 7], [5, 6, tok.pad_token_id]]
    assert y.tolist() == [[-100, 6, 7], [-100, 6, -100]]
    assert mask.tolist() == [[1, 1, 1], [1, 1, 0]]


@pytest.mark.parametrize("n", [0, 1, 5])
def test_practice_batches_cycle_through_the_examples(n, tok):
    examples = [([i, i], [i, i]) for i in range(10)]
    x, _, _ = practice_batch(examples, n, 4, tok.pad_token_id, "cpu")
    assert x.shape == (4, 2)
