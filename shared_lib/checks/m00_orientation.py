"""Self-checks for module 00 (visible tests; hidden tests in the solutions notebook go further)."""

from ..selfcheck import register


def _tok():
    from ..models import load_tokenizer

    return load_tokenizer()


@register("count_tokens", "returns one int per text, BOS included")
def _count_basic(fn):
    from ..tokens import count_tokens

    tok = _tok()
    texts = ["Fine-tuning adapts a foundation model.", "Tokens, not words."]
    got = fn(tok, texts)
    assert isinstance(got, list), f"return a list, got {type(got).__name__}"
    want = count_tokens(tok, texts)
    assert got == want, (
        f"expected {want}, got {got}: count token ids (tokenizer(...)['input_ids']), not words"
    )


@register("count_tokens", "an empty text still gets the BOS token")
def _count_empty(fn):
    got = fn(_tok(), [""])
    assert got == [1], f"expected [1] (just BOS), got {got}: keep add_special_tokens=True"


@register("max_new_tokens", "the prompt and the output share the window")
def _room(fn):
    assert fn(100, 512, 50) == 50, "when there is room, the model may generate what was requested"
    assert fn(500, 512, 50) == 12, "512-token window minus a 500-token prompt leaves 12 tokens"


@register("max_new_tokens", "a prompt that fills the window is an error")
def _full(fn):
    try:
        fn(512, 512, 10)
    except ValueError:
        return
    raise AssertionError("a prompt as long as the window leaves no room: raise ValueError")


@register("count_parameters", "counts trainable and total parameters")
def _params(fn):
    import torch

    layer = torch.nn.Linear(4, 3)  # 4*3 weights + 3 biases
    assert tuple(fn(layer)) == (15, 15), f"Linear(4, 3) has 15 parameters, got {fn(layer)}"
    layer.bias.requires_grad_(False)
    assert tuple(fn(layer)) == (12, 15), "a frozen bias (requires_grad=False) is not trainable"


@register("find_bad_lines", "finds every bad line, numbered from 1")
def _bad_lines(fn):
    text = (
        '{"prompt": "Hi", "completion": "Hello"}\n'
        "not json\n"
        '{"prompt": "Hi"}\n'
        '{"prompt": "Hi", "completion": "Hello"}\n'
    )
    got = fn(text)
    assert isinstance(got, list), f"return a list of line numbers, got {type(got).__name__}"
    assert got == [2, 3], f"expected [2, 3] (1-based, every bad line), got {got}"
