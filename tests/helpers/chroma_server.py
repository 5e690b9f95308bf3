"""A real Chroma server (``chroma run`` from the installed chromadb package) on a free port of 127.0.0.1."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from tests.helpers.servers import free_port, stop_process


@contextlib.contextmanager
def chroma_server(path: Path, *, start_timeout_s: float = 60.0) -> Iterator[tuple[str, int]]:
    """Run ``chroma run`` over ``path`` until the block ends; yield (host, port) once it answers."""
    port = free_port()
    chroma = Path(sys.executable).parent / "chroma"
    proc = subprocess.Popen([str(chroma), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + start_timeout_s  # start-up only: the test itself never reads the clock
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"chroma run exited with {proc.returncode}")
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1.0).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("chroma run did not answer in time")
            time.sleep(0.2)
        yield "127.0.0.1", port
    finally:
        stop_process(proc)
