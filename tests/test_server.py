"""Command 1 works: `make start` serves JupyterLab on course/, headless; stopped by its PID."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import REPO

pytestmark = pytest.mark.server
TOKEN = "course-test-token"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, bytes]:
    req = urllib.request.Request(url, headers={"Authorization": f"token {TOKEN}"})
    with urllib.request.urlopen(req, timeout=5) as resp:
        return resp.status, resp.read()


def test_make_start_serves_the_course_headless_and_stops_by_pid(tmp_path):
    port = _free_port()
    log = open(tmp_path / "server.log", "w")
    # STAMP= : use the environment running the tests instead of (re)installing .venv
    cmd = [
        "make",
        "-s",
        "start",
        f"VENV={sys.prefix}",
        "STAMP=",
        f"PORT={port}",
        f"JUPYTER_ARGS=--IdentityProvider.token={TOKEN} --ServerApp.root_dir={REPO / 'course'}",
    ]
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(tmp_path / "rt"), HF_HUB_OFFLINE="1")
    proc = subprocess.Popen(
        cmd, cwd=REPO, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 60
        status = None
        while time.monotonic() < deadline:
            assert proc.poll() is None, Path(tmp_path / "server.log").read_text()[-2000:]
            try:
                code, body = _get(f"http://127.0.0.1:{port}/api/status")
                status = json.loads(body)
                break
            except OSError:
                time.sleep(0.5)
        assert status is not None, "server did not answer within 60 s"
        assert code == 200 and "started" in status
        code, body = _get(f"http://127.0.0.1:{port}/lab")
        assert code == 200 and b"JupyterLab" in body
        code, body = _get(f"http://127.0.0.1:{port}/api/contents/00_orientation")
        names = [c["name"] for c in json.loads(body)["content"]]
        assert "00_orientation.ipynb" in names
        log_text = Path(tmp_path / "server.log").read_text()
        assert f"http://127.0.0.1:{port}/lab" in log_text, "the URL to open is printed"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)  # stop by PID (its process group: make and jupyter)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        log.close()
    with pytest.raises(OSError):
        _get(f"http://127.0.0.1:{port}/api/status")
