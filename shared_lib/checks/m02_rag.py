"""Self-checks for module 02 (visible tests; hidden tests in the solutions notebook go further)."""

from ..selfcheck import register


@register("chunk_words", "windows of `size` words that overlap by `overlap` words")
def _chunk_basic(fn):
    words = "w0 w1 w2 w3 w4 w5 w6 w7 w8 w9"
    got = fn(words, 4, 1)
    assert isinstance(got, list), f"return a list of strings, got {type(got).__name__}"
    want = ["w0 w1 w2 w3", "w3 w4 w5 w6", "w6 w7 w8 w9"]
    assert got == want, (
        f"size 4, overlap 1: expected {want}, got {got} (each window starts size - overlap words later)"
    )


@register("chunk_words", "no overlap, and a short last window")
def _chunk_plain(fn):
    got = fn("a b c d e f g h i j", 4, 0)
    assert got == ["a b c d", "e f g h", "i j"], f"size 4, overlap 0: expected 3 windows, got {got}"


@register("chunk_words", "the last window ends at the last word: no window of words already covered")
def _chunk_end(fn):
    got = fn("a b c d e f g", 4, 1)
    assert got == ["a b c d", "d e f g"], (
        f"expected ['a b c d', 'd e f g'], got {got}: stop once a window reaches the end of the text"
    )


@register("chunk_words", "overlap must be smaller than size")
def _chunk_bad(fn):
    for size, overlap in ((4, 4), (3, 5)):
        try:
            fn("a b c d e f", size, overlap)
        except ValueError:
            continue
        raise AssertionError(f"size={size}, overlap={overlap} would never move forward: raise ValueError")


def _t(rows):
    import torch

    return torch.tensor(rows, dtype=torch.float32)


@register("cosine_top_k", "returns (scores, indices), best first")
def _topk_basic(fn):
    docs = _t([[1.0, 0.0], [0.0, 1.0], [0.7, 0.7]])
    scores, idx = fn(_t([[1.0, 0.1]]), docs, 2)
    assert tuple(idx.shape) == (1, 2), (
        f"indices should have shape (queries, k) = (1, 2), got {tuple(idx.shape)}"
    )
    assert idx.tolist() == [[0, 2]], (
        f"expected indices [[0, 2]], got {idx.tolist()}: highest similarity first"
    )
    assert abs(float(scores[0, 0]) - 0.995037) < 1e-4, (
        f"the best score should be the cosine 0.9950, got {float(scores[0, 0]):.4f}"
    )


@register("cosine_top_k", "cosine, not dot product: a long vector does not win by length")
def _topk_norm(fn):
    docs = _t([[10.0, 10.0], [1.0, 0.0]])
    _, idx = fn(_t([[1.0, 0.0]]), docs, 1)
    assert idx.tolist() == [[1]], (
        "the query points along x, so document 1 (same direction) is the nearest by cosine; "
        "normalise both queries and documents to unit length before the product"
    )


@register("recall_at_k", "share of queries with the relevant item in the first k")
def _recall(fn):
    ranked = [["a", "b", "c"], ["d", "e", "f"], ["g", "h", "i"]]
    relevant = ["b", "d", "z"]
    got = fn(ranked, relevant, 2)
    assert abs(got - 2 / 3) < 1e-9, f"k=2: queries 1 and 2 hit, query 3 misses: expected 0.667, got {got}"
    got1 = fn(ranked, relevant, 1)
    assert abs(got1 - 1 / 3) < 1e-9, f"k=1: only query 2 has its item first: expected 0.333, got {got1}"


@register("mrr", "mean of 1/rank, 0 when the item is missing")
def _mrr(fn):
    ranked = [["a", "b", "c"], ["d", "e", "f"], ["g", "h", "i"]]
    got = fn(ranked, ["b", "d", "z"])
    want = (1 / 2 + 1 / 1 + 0) / 3
    assert abs(got - want) < 1e-9, f"expected (1/2 + 1/1 + 0) / 3 = {want:.4f}, got {got}: ranks start at 1"


@register("build_rag_prompt", "the reading format, passages in rank order")
def _prompt_format(fn):
    from ..models import load_tokenizer

    tok = load_tokenizer()
    got = fn("What is the price?", ["Price: $5.", "Weight: 1 kg."], tok, 1000)
    want = "Context: Price: $5. Weight: 1 kg.\nQuestion: What is the price?\nAnswer:"
    assert got == want, f"expected {want!r}, got {got!r}"


@register("build_rag_prompt", "too long: the lowest-ranked passage goes first")
def _prompt_budget(fn):
    from ..models import load_tokenizer

    tok = load_tokenizer()
    passages = ["Best passage here.", "Second passage here.", "Third passage here."]
    two = "Context: Best passage here. Second passage here.\nQuestion: Why?\nAnswer:"
    budget = len(tok(two)["input_ids"])
    got = fn("Why?", passages, tok, budget)
    assert got == two, f"with room for two passages, keep the two best: expected {two!r}, got {got!r}"


@register("quote_next_tokens", "nothing generated yet: every context token, as a set")
def _quote_start(fn):
    got = fn([4, 9, 4, 2], [])
    assert isinstance(got, set), f"return a set of token ids, got {type(got).__name__}"
    assert got == {2, 4, 9}, f"a quote may start at any token of the context: expected {{2, 4, 9}}, got {got}"


@register("quote_next_tokens", "the token after every occurrence of what was generated")
def _quote_every(fn):
    ctx = [3, 1, 4, 1, 5, 9, 2, 6]
    got = fn(ctx, [1])
    assert got == {4, 5}, (
        f"1 occurs twice, followed by 4 and by 5: expected {{4, 5}}, got {got} "
        "(look at every occurrence, and take the token just after it)"
    )
    got = fn(ctx, [4, 1, 5])
    assert got == {9}, f"[4, 1, 5] is followed by 9: expected {{9}}, got {got}"


@register("quote_next_tokens", "no continuation: not a span, or a span at the very end")
def _quote_none(fn):
    ctx = [3, 1, 4, 1, 5]
    assert fn(ctx, [1, 3]) == set(), "[1, 3] is not a span of the context: nothing may follow"
    assert fn(ctx, [1, 5]) == set(), "[1, 5] ends the context: nothing may follow (the caller then stops)"
