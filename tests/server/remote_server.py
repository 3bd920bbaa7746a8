"""llama-cpp-python's own OpenAI-compatible server (`python -m llama_cpp.server`, the
`server` extra) serving the bundled GGUF on a free loopback port: a real server
that is not Hearth's code, to test remote backends against."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx2

KEY = "remote-s3cret"
ALIAS = "smol"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LlamaServer:
    def __init__(self, model: Path, n_ctx: int = 2048, api_key: str | None = KEY) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.api_key = api_key
        cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(model),
               "--model_alias", ALIAS, "--host", "127.0.0.1", "--port", str(self.port),
               "--n_ctx", str(n_ctx), "--n_threads", "1", "--verbose", "False"]
        if api_key:
            cmd += ["--api_key", api_key]
        self.log = Path(os.environ.get("TMPDIR", "/tmp")) / f"llama-server-{self.port}.log"
        self._log = self.log.open("wb")
        self.proc = subprocess.Popen(cmd, stdout=self._log, stderr=subprocess.STDOUT)

    def wait(self, timeout: float = 120.0) -> LlamaServer:
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited: {self.log.read_text()[-2000:]}")
            try:
                if httpx2.get(self.url + "/models", headers=headers, timeout=2).status_code \
                        == 200:
                    return self
            except httpx2.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError("llama_cpp.server did not start")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self._log.close()
