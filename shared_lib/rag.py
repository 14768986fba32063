"""Retrieval-augmented generation from scratch: chunk, embed, search, measure, prompt, answer.

Each piece is short and has a library twin that a test holds it to:

- chunking: :func:`chunk_words` (fixed windows with overlap) and :func:`chunk_sentences`
  (whole sentences packed into windows, the last sentences carried over as overlap);
- embeddings: :func:`embed` (all-MiniLM-L6-v2 through sentence-transformers) and
  :func:`embed_from_scratch` (the same transformer through plain ``transformers``: mean pooling over
  the real tokens, then L2 normalisation), equal within 1e-5;
- search: :func:`cosine_top_k` (a matrix product and ``torch.topk``) and :class:`FaissIndex`
  (FAISS's exact inner-product index on normalised vectors), the same neighbours;
- retrieval metrics: :func:`recall_at_k` and :func:`mrr`;
- a grounded prompt in the format the course model was trained to read (:func:`build_rag_prompt`),
  and a greedy reader (:func:`answer`);
- quote-constrained decoding: :func:`quote_answer` (a greedy loop that masks every token which would
  not continue a verbatim copy of the context, built on :func:`quote_next_tokens`) and
  ``answers(..., quote=True)`` (the same rule through ``generate(prefix_allowed_tokens_fn=...)``),
  the same answers.

Shapes: ``n`` texts, ``d`` embedding dimensions (384 for MiniLM), ``q`` queries, ``k`` neighbours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# the reading items' scoring rule, re-exported: the notebook calls rag.exact_match and rag.normalise_answer
from .data.formats import exact_match as exact_match
from .data.formats import normalise_answer as normalise_answer
from .data.formats import qa_text

# ----------------------------------------------------------------------------- chunking

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


def chunk_words(text: str, size: int, overlap: int = 0) -> list[str]:
    """Windows of ``size`` words; each starts ``size - overlap`` words after the previous one.

    The last window ends at the last word (no window is made only of words a previous one already
    holds). ``overlap`` must be in ``[0, size)``.
    """
    if size < 1:
        raise ValueError(f"size must be at least 1, got {size}")
    if not 0 <= overlap < size:
        raise ValueError(f"overlap must be in [0, size) = [0, {size}), got {overlap}")
    words = text.split()
    step = size - overlap
    chunks = []
    for start in range(0, len(words), step):
        chunks.append(" ".join(words[start : start + size]))
        if start + size >= len(words):
            break
    return chunks


def split_sentences(text: str) -> list[str]:
    """Sentences, split after ``.``, ``!`` or ``?`` followed by a space and a capital or a digit."""
    return [s.strip() for s in _SENTENCE_END.split(text.strip()) if s.strip()]


def chunk_sentences(text: str, max_words: int, overlap_sentences: int = 0) -> list[str]:
    """Whole sentences packed into chunks of at most ``max_words`` words (a longer sentence is a chunk
    of its own); each new chunk starts with the last ``overlap_sentences`` sentences of the previous
    one, so a fact split across a boundary is still whole in one chunk."""
    if max_words < 1:
        raise ValueError(f"max_words must be at least 1, got {max_words}")
    if overlap_sentences < 0:
        raise ValueError(f"overlap_sentences must be >= 0, got {overlap_sentences}")
    sentences = split_sentences(text)
    chunks: list[list[str]] = []
    current: list[str] = []
    fresh = 0  # sentences in `current` that are not carried over from the previous chunk
    for s in sentences:
        n = len(s.split())
        if current and fresh and sum(len(c.split()) for c in current) + n > max_words:
            chunks.append(current)
            current = (
                current[len(current) - min(overlap_sentences, len(current) - 1) :]
                if overlap_sentences
                else []
            )
            # a carried-over tail that leaves no room for the new sentence is dropped
            while current and sum(len(c.split()) for c in current) + n > max_words:
                current = current[1:]
            fresh = 0
        current.append(s)
        fresh += 1
    if current and fresh:
        chunks.append(current)
    return [" ".join(c) for c in chunks]


@dataclass(frozen=True)
class Chunk:
    """A piece of a document: its text (with the document's title in front) and where it came from."""

    doc_id: str
    text: str


def chunk_documents(docs: list[dict], chunker, with_title: bool = True) -> list[Chunk]:
    """Chunk every ``{"id", "title", "text"}`` document with ``chunker(text) -> list[str]``. With
    ``with_title`` each chunk starts with its document's title, so a chunk that says "List price:
    $289.00." still says which product it is about."""
    out = []
    for d in docs:
        for piece in chunker(d["text"]):
            text = f"{d['title']}. {piece}" if with_title and d.get("title") else piece
            out.append(Chunk(d["id"], text))
    return out


# ----------------------------------------------------------------------------- embeddings


def embed(model, texts: list[str], batch_size: int = 64, progress: bool = False):
    """Unit-length embeddings ``(n, d)`` (float32 tensor) from a SentenceTransformer."""
    return model.encode(
        list(texts),
        batch_size=batch_size,
        convert_to_tensor=True,
        normalize_embeddings=True,
        show_progress_bar=progress,
    ).cpu()


def embed_from_scratch(transformer, tokenizer, texts: list[str], max_length: int = 256):
    """What sentence-transformers does for all-MiniLM-L6-v2, in plain torch: run the transformer,
    average the last hidden states over the real tokens (padding masked out), L2-normalise.

    ``transformer`` is ``AutoModel.from_pretrained(path)`` and ``tokenizer`` its tokenizer.
    """
    import torch

    batch = tokenizer(list(texts), padding=True, truncation=True, max_length=max_length, return_tensors="pt")
    with torch.no_grad():
        hidden = transformer(**batch).last_hidden_state  # (n, tokens, d)
    mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)  # (n, tokens, 1)
    mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
    return torch.nn.functional.normalize(mean, p=2, dim=1)


# ----------------------------------------------------------------------------- search


def cosine_top_k(queries, docs, k: int):
    """The ``k`` most similar rows of ``docs`` for each row of ``queries`` by cosine similarity.

    ``queries`` ``(q, d)``, ``docs`` ``(n, d)`` (any lengths: both are normalised here). Returns
    ``(scores, indices)``, each ``(q, k)``, best first. ``k`` larger than ``n`` is an error.
    """
    import torch

    queries, docs = torch.as_tensor(queries, dtype=torch.float32), torch.as_tensor(docs, dtype=torch.float32)
    if queries.dim() == 1:
        queries = queries.unsqueeze(0)
    if not 1 <= k <= docs.shape[0]:
        raise ValueError(f"k must be between 1 and the number of documents ({docs.shape[0]}), got {k}")
    q = torch.nn.functional.normalize(queries, dim=1)
    d = torch.nn.functional.normalize(docs, dim=1)
    scores = q @ d.T  # (q, n) cosine similarities
    top = torch.topk(scores, k, dim=1)
    return top.values, top.indices


class FaissIndex:
    """Exact cosine search with FAISS: an inner-product index (``IndexFlatIP``) on unit vectors.

    ``add`` appends vectors; ``search`` returns ``(scores, indices)`` like :func:`cosine_top_k`;
    ``replace`` swaps the vectors of some rows (a document was updated) by rebuilding the index, which
    for a flat index costs about as much as adding them.
    """

    def __init__(self, dim: int):
        import faiss

        self.dim = dim
        self.index = faiss.IndexFlatIP(dim)
        self._vectors = None

    @staticmethod
    def _unit(x):
        import numpy as np

        x = np.ascontiguousarray(np.asarray(x, dtype="float32"))
        if x.ndim == 1:
            x = x[None, :]
        return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)

    def add(self, vectors) -> None:
        import numpy as np

        v = self._unit(vectors)
        if v.shape[1] != self.dim:
            raise ValueError(f"expected vectors of dimension {self.dim}, got {v.shape[1]}")
        self.index.add(v)
        self._vectors = v if self._vectors is None else np.vstack([self._vectors, v])

    def replace(self, rows: list[int], vectors) -> None:
        import faiss

        self._vectors[list(rows)] = self._unit(vectors)
        self.index = faiss.IndexFlatIP(self.dim)
        self.index.add(self._vectors)

    def __len__(self) -> int:
        return self.index.ntotal

    def search(self, queries, k: int):
        import torch

        if not 1 <= k <= len(self):
            raise ValueError(f"k must be between 1 and the number of vectors ({len(self)}), got {k}")
        scores, ids = self.index.search(self._unit(queries), k)
        return torch.from_numpy(scores), torch.from_numpy(ids)


def allowed_hits(chunk_indices, chunks: list[Chunk], allowed_doc_ids, k: int) -> list[int]:
    """Metadata filtering after the search: the first ``k`` of the ranked chunk indices whose document
    is in ``allowed_doc_ids`` (search deeper than ``k`` first, or fewer than ``k`` may be left)."""
    out = [int(i) for i in chunk_indices if chunks[int(i)].doc_id in allowed_doc_ids]
    return out[:k]


def top_documents(chunk_indices, chunks: list[Chunk], k: int) -> list[str]:
    """The first ``k`` distinct document ids among ranked chunk indices (several chunks of one
    document count once, at the rank of its best chunk)."""
    out: list[str] = []
    for i in chunk_indices:
        doc = chunks[int(i)].doc_id
        if doc not in out:
            out.append(doc)
            if len(out) == k:
                break
    return out


# ----------------------------------------------------------------------------- metrics


def _check_queries(retrieved: list[list], relevant: list) -> None:
    if len(retrieved) != len(relevant):
        raise ValueError(f"{len(retrieved)} ranked lists but {len(relevant)} relevant items")
    if not retrieved:
        raise ValueError("no queries")


def _as_set(relevant) -> set | frozenset:
    """One relevant item, or a set of them."""
    return relevant if isinstance(relevant, set | frozenset) else {relevant}


def recall_at_k(retrieved: list[list], relevant: list, k: int) -> float:
    """Share of queries whose relevant item is among their first ``k`` retrieved items.

    ``retrieved[i]`` is query ``i``'s ranked list, ``relevant[i]`` its one relevant item (or a set of
    them: a hit is any of them).
    """
    _check_queries(retrieved, relevant)
    hits = 0
    for ranked, rel in zip(retrieved, relevant):
        rel = _as_set(rel)
        hits += any(r in rel for r in ranked[:k])
    return hits / len(retrieved)


def mrr(retrieved: list[list], relevant: list) -> float:
    """Mean reciprocal rank: the average of ``1 / rank`` of the first relevant item (rank 1 = first;
    0 when it was not retrieved at all)."""
    _check_queries(retrieved, relevant)
    total = 0.0
    for ranked, rel in zip(retrieved, relevant):
        rel = _as_set(rel)
        for rank, r in enumerate(ranked, start=1):
            if r in rel:
                total += 1 / rank
                break
    return total / len(retrieved)


# ----------------------------------------------------------------------------- prompting and answering


def build_rag_prompt(question: str, passages: list[str], tokenizer, max_tokens: int) -> str:
    """The reading prompt ``Context: … / Question: … / Answer:`` with the ranked ``passages`` joined
    in rank order; while the prompt is longer than ``max_tokens`` tokens, the lowest-ranked passage is
    dropped. A question that does not fit even without passages is an error."""
    kept = list(passages)
    while True:
        prompt = qa_text(" ".join(kept), question)
        if len(tokenizer(prompt)["input_ids"]) <= max_tokens:
            return prompt
        if not kept:
            raise ValueError(f"the question alone is longer than {max_tokens} tokens")
        kept.pop()


def closed_book_prompt(question: str) -> str:
    """The same question with no passage: what the model knows by itself."""
    return f"Question: {question.strip()}\nAnswer:"


def answer(model, tokenizer, prompt: str, max_new_tokens: int = 16) -> str:
    """The model's greedy answer: the generated text up to the first newline or end of text."""
    from .lm import generate_text

    out = generate_text(
        model, tokenizer, prompt, max_new_tokens=max_new_tokens, eos_token_id=tokenizer.eos_token_id
    )
    return out.split("\n")[0].replace(tokenizer.eos_token, "").strip().rstrip(".")


def answers(
    model,
    tokenizer,
    prompts: list[str],
    max_new_tokens: int = 16,
    batch_size: int = 32,
    quote: bool = False,
) -> list[str]:
    """:func:`answer` for many prompts, generated in batches (left padding): the same greedy answers,
    several times faster than one prompt at a time.

    ``quote=True`` constrains every answer to a verbatim copy of a span of its prompt's context (the
    rule of :func:`quote_next_tokens`, applied through ``generate(prefix_allowed_tokens_fn=...)``): the
    batched twin of :func:`quote_answer`."""
    import torch

    out: list[str] = []
    side = tokenizer.padding_side
    tokenizer.padding_side = "left"  # generation continues at the right end of every row
    stops = sorted(quote_stop_ids(tokenizer)) if quote else []
    try:
        for i in range(0, len(prompts), batch_size):
            rows = list(prompts[i : i + batch_size])
            batch = tokenizer(rows, return_tensors="pt", padding=True)
            extra = {}
            if quote:
                contexts = [context_token_ids(tokenizer, p) for p in rows]
                start = batch["input_ids"].shape[1]

                def allowed(b, ids, contexts=contexts, start=start):
                    made = ids[start:].tolist()
                    nxt = sorted(quote_next_tokens(contexts[b], made))
                    return nxt + stops if made else nxt

                extra["prefix_allowed_tokens_fn"] = allowed
            with torch.no_grad():
                gen = model.generate(
                    **batch,
                    max_new_tokens=max_new_tokens,
                    do_sample=False,
                    eos_token_id=tokenizer.eos_token_id,
                    pad_token_id=tokenizer.pad_token_id,
                    **extra,
                )
            for row in gen[:, batch["input_ids"].shape[1] :]:
                text = tokenizer.decode(row, skip_special_tokens=False)
                text = text.replace(tokenizer.pad_token, "").replace(tokenizer.eos_token, "\n")
                out.append(text.split("\n")[0].strip().rstrip("."))
    finally:
        tokenizer.padding_side = side
    return out


def answer_in_prompt(answer: str, prompt: str) -> bool:
    """Whether the gold ``answer`` occurs as whole words in the context part of a reading prompt (the
    text before its ``Question:`` line), compared after :func:`normalise_answer`: did retrieval put the
    answer in front of the model at all?"""
    context = prompt.split("\nQuestion:")[0]
    return f" {normalise_answer(answer)} " in f" {normalise_answer(context)} "


# ----------------------------------------------------------------------------- quote-constrained decoding


def quote_next_tokens(context_ids: list[int], generated: list[int]) -> set[int]:
    """The tokens that keep ``generated`` a verbatim copy of some span of ``context_ids``.

    Nothing generated yet: every token of the context (a quote may start anywhere). Otherwise: the token
    that follows *each* occurrence of ``generated`` in the context; empty when ``generated`` occurs
    nowhere, or only at the very end. The caller adds the tokens that end an answer.
    """
    n = len(generated)
    if n == 0:
        return set(context_ids)
    generated = list(generated)
    return {context_ids[p] for p in range(n, len(context_ids)) if context_ids[p - n : p] == generated}


def context_token_ids(tokenizer, prompt: str) -> list[int]:
    """The ids of the tokens of a reading prompt's context, exactly as they appear in the tokenized
    prompt (the text between ``Context:`` and the ``Question:`` line)."""
    head = "Context:"
    end = prompt.find("\nQuestion:")
    if not prompt.startswith(head) or end < 0:
        raise ValueError("quoting needs a reading prompt 'Context: ... / Question: ... / Answer:'")
    enc = tokenizer(prompt, return_offsets_mapping=True)
    return [
        i
        for i, (a, b) in zip(enc["input_ids"], enc["offset_mapping"])
        if b > a and a >= len(head) and b <= end
    ]


def quote_stop_ids(tokenizer) -> set[int]:
    """The tokens that end an answer: end of text, and every token that holds a newline."""
    ids = {i for i in range(len(tokenizer)) if "\n" in tokenizer.decode([i])}
    return ids | {tokenizer.eos_token_id}


def quote_answer(model, tokenizer, prompt: str, max_new_tokens: int = 16) -> str:
    """Greedy decoding from scratch that can only *quote* the prompt's context.

    At every step the logits of all tokens that would not continue a verbatim copy of a span of the
    context (:func:`quote_next_tokens`) are set to ``-inf`` before the argmax; once at least one token
    is out, the tokens that end an answer are allowed too. A garbled copy ("SP-EL-98" for "SP-ELB2-98")
    becomes impossible; picking the wrong span of the context stays possible.
    """
    import torch

    ids = tokenizer(prompt, return_tensors="pt")["input_ids"]
    context = context_token_ids(tokenizer, prompt)
    stops = quote_stop_ids(tokenizer)
    made: list[int] = []
    with torch.no_grad():
        for _ in range(max_new_tokens):
            logits = model(input_ids=ids).logits[0, -1]
            allowed = quote_next_tokens(context, made) | (stops if made else set())
            mask = torch.full_like(logits, float("-inf"))
            mask[sorted(allowed)] = 0.0
            nxt = int((logits + mask).argmax())
            made.append(nxt)
            if nxt in stops:
                break
            ids = torch.cat([ids, torch.tensor([[nxt]])], dim=1)
    text = tokenizer.decode(made, skip_special_tokens=False).replace(tokenizer.eos_token, "\n")
    return text.split("\n")[0].strip().rstrip(".")
