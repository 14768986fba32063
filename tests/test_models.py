"""The loader: bundled model, local hub-style folders and caches, and the offline fallback."""

from __future__ import annotations

import socket
import time

import pytest
import torch

from shared_lib import models


@pytest.fixture(scope="module")
def saved_model(tmp_path_factory):
    """The course model saved as a hub download would lay it out."""
    folder = tmp_path_factory.mktemp("hub_like")
    model, tok = models.load_model(), models.load_tokenizer()
    model.save_pretrained(folder)
    tok.save_pretrained(folder)
    return folder, model, tok


def test_a_local_folder_laid_out_like_a_hub_download_loads(saved_model):
    folder, model, tok = saved_model
    assert (folder / "config.json").exists() and (folder / "model.safetensors").exists()
    again = models.load_model(str(folder))
    for a, b in zip(model.state_dict().values(), again.state_dict().values()):
        torch.testing.assert_close(a, b)
    assert models.load_tokenizer(str(folder))("Hello").input_ids == tok("Hello").input_ids


def test_the_hub_code_path_loads_from_a_hub_cache_offline(saved_model, tmp_path, monkeypatch):
    """from_pretrained("org/name") resolves a snapshot in the HF cache layout with HF_HUB_OFFLINE=1."""
    folder, model, _ = saved_model
    snap = tmp_path / "hub" / "models--course--tiny-test" / "snapshots" / ("a" * 40)
    snap.mkdir(parents=True)
    for f in folder.iterdir():
        (snap / f.name).write_bytes(f.read_bytes())
    (tmp_path / "hub" / "models--course--tiny-test" / "refs").mkdir()
    (tmp_path / "hub" / "models--course--tiny-test" / "refs" / "main").write_text("a" * 40)
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    import huggingface_hub.constants as c

    monkeypatch.setattr(c, "HF_HUB_CACHE", str(tmp_path / "hub"))
    assert models.resolve("course/tiny-test") == ("hub", "course/tiny-test"), "a cached model is used offline"
    loaded = models.load_model("course/tiny-test", cache_dir=str(tmp_path / "hub"))
    assert loaded.num_parameters() == model.num_parameters()


def test_offline_falls_back_to_the_bundled_model_fast_with_one_message(monkeypatch, capsys):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    t0 = time.perf_counter()
    kind, where = models.resolve("smollm2-135m")
    assert time.perf_counter() - t0 < 5
    assert kind == "fallback" and where == str(models.BUNDLED_DIR)
    out = capsys.readouterr()
    assert out.out.count("bundled model") == 1 and out.err == ""


def test_a_hanging_network_cannot_stall_the_loader(monkeypatch, capsys):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)

    def hang(*args, **kwargs):
        time.sleep(8)  # longer than the probe waits
        raise OSError("timed out")

    monkeypatch.setattr(socket, "create_connection", hang)
    t0 = time.perf_counter()
    model = models.load_model("HuggingFaceTB/SmolLM2-135M-no-such-cache")
    assert time.perf_counter() - t0 < 5 + 10  # probe timeout (2 s) + loading the bundled model
    assert model.config.model_type == "llama"
    assert "not reachable" in capsys.readouterr().out


def test_a_refused_connection_means_offline(monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    with socket.socket() as s:  # a loopback port with nothing listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{port}")
    assert models.hub_reachable(timeout=2) is False


def test_a_bad_name_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown model"):
        models.resolve("no-such-model")


def test_embedding_model_loads_offline_and_embeds():
    m = models.load_embedding_model()
    vecs = m.encode(["Returns are accepted within 30 days.", "You can return items for a month."])
    assert vecs.shape == (2, 384)
    sim = float(vecs[0] @ vecs[1] / ((vecs[0] @ vecs[0]) ** 0.5 * (vecs[1] @ vecs[1]) ** 0.5))
    assert sim > 0.5, "paraphrases are close"
