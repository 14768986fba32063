"""Self-checks for module 01 (visible tests; hidden tests in the solutions notebook go further)."""

from ..selfcheck import register

# ----------------------------------------------------------------------------- few-shot prompt builder
_EXAMPLES = [
    {"text": "Where is my parcel?", "label": "order_status"},
    {"text": "Love the new tent!", "label": "praise"},
]


@register("build_few_shot_prompt", "examples in order, a blank line between blocks, the query last")
def _fs_basic(fn):
    got = fn(_EXAMPLES, {"text": "Is order AC-1 on its way?"})
    want = (
        "Message: Where is my parcel?\nIntent: order_status\n\n"
        "Message: Love the new tent!\nIntent: praise\n\n"
        "Message: Is order AC-1 on its way?\nIntent:"
    )
    assert isinstance(got, str), f"return one string, got {type(got).__name__}"
    assert got.endswith("\nIntent:"), (
        "end with 'Intent:' and nothing after it (not even a space): the model writes the label next"
    )
    assert got == want, f"expected\n{want!r}\ngot\n{got!r}"


@register("build_few_shot_prompt", "the instruction comes first; the verbalizer renames labels")
def _fs_instruction(fn):
    got = fn(_EXAMPLES[:1], {"text": "Thanks!"}, "Classify the message.", {"order_status": "order"})
    want = "Classify the message.\n\nMessage: Where is my parcel?\nIntent: order\n\nMessage: Thanks!\nIntent:"
    assert got == want, f"expected\n{want!r}\ngot\n{got!r}"


@register("build_few_shot_prompt", "the query's answer never appears in the prompt")
def _fs_no_leak(fn):
    query = {"text": "Love the new tent!", "label": "praise"}
    got = fn(_EXAMPLES, query)
    assert got.count("Love the new tent!") == 1, (
        "the query is also one of the examples: leave that example out, or the answer is in the prompt"
    )
    assert "praise" not in got, (
        "the query's label must not be written after its 'Intent:' (no example here has that label)"
    )


# ----------------------------------------------------------------------------- sampling from logits
def _probs(p):
    import torch

    return torch.log(torch.tensor(p))


@register("next_token_probs", "no filtering: the softmax of logits / temperature")
def _ntp_temperature(fn):
    import torch

    logits = torch.tensor([2.0, 1.0, 0.0, -1.0])
    got = fn(logits)
    assert isinstance(got, torch.Tensor) and got.shape == logits.shape, "return probabilities, same shape"
    torch.testing.assert_close(got, logits.softmax(-1), msg="with no filter, return softmax(logits)")
    got = fn(logits, temperature=0.5)
    assert got[0] > logits.softmax(-1)[0], "a temperature below 1 must sharpen: divide the logits by it"
    torch.testing.assert_close(got, (logits / 0.5).softmax(-1), msg="divide the logits by the temperature")


@register("next_token_probs", "top-k keeps the k most likely tokens and renormalises")
def _ntp_top_k(fn):
    import torch

    got = fn(_probs([0.1, 0.5, 0.15, 0.25]), top_k=2)
    want = torch.tensor([0.0, 2 / 3, 0.0, 1 / 3])
    assert int((got > 0).sum()) == 2, f"top_k=2 must keep exactly 2 tokens, kept {int((got > 0).sum())}"
    assert abs(float(got.sum()) - 1) < 1e-5, "renormalise: the kept probabilities must add up to 1"
    torch.testing.assert_close(got, want, msg="keep the 2 largest and renormalise them")


@register("next_token_probs", "top-p keeps the token that crosses the threshold")
def _ntp_top_p(fn):
    import torch

    got = fn(_probs([0.5, 0.25, 0.15, 0.1]), top_p=0.8)
    kept = (got > 0).tolist()
    assert kept == [True, True, True, False], (
        f"top_p=0.8: 0.5 + 0.25 = 0.75 is not yet 0.8, so the third token is needed; kept {kept}"
    )
    torch.testing.assert_close(got, torch.tensor([0.5, 0.25, 0.15, 0.0]) / 0.9, msg="renormalise after top-p")


@register("next_token_probs", "works on a batch (B, V), row by row")
def _ntp_batch(fn):
    import torch

    logits = torch.stack([_probs([0.5, 0.25, 0.15, 0.1]), _probs([0.1, 0.15, 0.25, 0.5])])
    got = fn(logits, top_k=1)
    assert got.shape == (2, 4), f"expected shape (2, 4), got {tuple(got.shape)}"
    torch.testing.assert_close(got, torch.tensor([[1.0, 0, 0, 0], [0, 0, 0, 1.0]]), msg="filter each row")


# ----------------------------------------------------------------------------- parsing structured output
@register("parse_json_reply", "plain JSON, and JSON inside a code fence")
def _pj_fence(fn):
    assert fn('{"sku": "TL-2", "price": 349.0}') == ({"sku": "TL-2", "price": 349.0}, None), (
        "a clean JSON object: return (the dict, None)"
    )
    got = fn('```json\n{"sku": "TL-2"}\n```')
    assert got == ({"sku": "TL-2"}, None), f"skip the ``` code fence around the JSON; got {got}"


@register("parse_json_reply", "text before and a Tip line after the object")
def _pj_trailing(fn):
    got = fn('Here you go: {"name": "TrailLite 2", "weight_g": 1480}\nTip: Pack light!')
    assert got == ({"name": "TrailLite 2", "weight_g": 1480}, None), (
        f"ignore the text around the object; got {got}"
    )


@register("parse_json_reply", "bad JSON gives (None, reason) instead of an exception")
def _pj_error(fn):
    for text in ("{'sku': 'TL-2'}", "No JSON here, sorry.", ""):
        data, error = fn(text)
        assert data is None and isinstance(error, str) and error, (
            f"for {text!r} return (None, a short reason), got {(data, error)!r}: never raise, never guess"
        )


@register("parse_json_reply", "required keys are checked")
def _pj_required(fn):
    data, error = fn('{"name": "TrailLite 2"}', required=["name", "price_usd"])
    assert data is None and isinstance(error, str) and "price_usd" in error, (
        f"a missing required key gives (None, a reason that names it), got {(data, error)!r}"
    )
    assert fn('{"name": "X", "price_usd": 1}', required=["name"]) == ({"name": "X", "price_usd": 1}, None)
