"""check(): instant self-checks that pass right answers and explain wrong ones, without nbgrader."""

from __future__ import annotations

import pytest

from shared_lib.selfcheck import CheckFailed, check, check_answer, exercises


def test_module_00_exercises_are_registered():
    assert {"count_tokens", "max_new_tokens", "count_parameters", "find_bad_lines"} <= set(exercises())


def test_a_correct_answer_passes(capsys):
    def max_new_tokens(prompt_tokens, context_window, requested):
        room = context_window - prompt_tokens
        if room <= 0:
            raise ValueError
        return min(requested, room)

    result = check(max_new_tokens)
    assert result.ok and result.passed == 2
    assert "✓ max_new_tokens: 2/2" in capsys.readouterr().out


def test_an_off_by_one_fails_with_a_hint(capsys):
    def max_new_tokens(prompt_tokens, context_window, requested):
        return min(requested, context_window - prompt_tokens - 1)

    result = check(max_new_tokens)
    out = capsys.readouterr().out
    assert not result.ok and "hint:" in out and "✗" in out
    with pytest.raises(CheckFailed):
        check(max_new_tokens, strict=True, quiet=True)


def test_a_stub_is_reported_as_not_implemented(capsys):
    def count_tokens(tokenizer, texts):
        raise NotImplementedError()

    result = check(count_tokens)
    assert result.not_implemented and not result.ok
    assert "not implemented yet" in capsys.readouterr().out
    with pytest.raises(CheckFailed, match="not implemented"):
        check(count_tokens, strict=True, quiet=True)


def test_a_crash_is_shown_with_its_line(capsys):
    def find_bad_lines(text):
        return [int(x) for x in text]  # crashes

    result = check(find_bad_lines)
    assert not result.ok
    assert "raised ValueError" in capsys.readouterr().out


def test_counting_words_instead_of_tokens_fails():
    def count_tokens(tokenizer, texts):
        return [len(t.split()) for t in texts]

    assert not check(count_tokens, quiet=True).ok


def test_an_unknown_exercise_is_a_clear_error():
    def nothing():
        pass

    with pytest.raises(KeyError, match="no self-check named"):
        check(nothing)


def test_check_answer_validates_the_form_only(capsys):
    from shared_lib.quiz import default_bank

    q = next(q for q in default_bank() if q.type == "multiple_choice")
    assert check_answer(q.id, q.key)
    wrong = next(o for o in q.option_ids if o != q.key)
    assert check_answer(q.id, wrong), "a wrong but well-formed answer is not revealed as wrong"
    assert not check_answer(q.id, None)
    assert "still None" in capsys.readouterr().out
