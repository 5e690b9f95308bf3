"""A local OpenAI-compatible chat server whose behaviour each test chooses."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from tests.helpers.servers import json_server


def completion(text: str) -> dict:
    return {
        "id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()), "model": "test",
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def context_citations(body: dict) -> list[str]:
    """The citations of the articles the service put in the prompt, in order."""
    user = body["messages"][-1]["content"]
    return re.findall(r"\[\d+\] (《[^》]+》第[^条\n]+条(?:之[一二三四五六七八九十])?)", user)


@contextmanager
def chat_server(reply: Callable[[dict], tuple[int, object]]) -> Iterator[tuple[str, list[dict]]]:
    """Serve ``/v1/chat/completions`` with ``reply(body)``; yield (base URL, received bodies)."""
    received: list[dict] = []

    def handler(path: str, body: dict):
        received.append(body)
        if not path.endswith("/chat/completions"):
            return 404, {"error": {"message": "not found"}}
        return reply(body)

    with json_server(handler) as url:
        yield f"{url}/v1", received


def slow(seconds: float, then: dict) -> Callable[[dict], tuple[int, object]]:
    def reply(body):
        time.sleep(seconds)
        return 200, then
    return reply


def held(release: threading.Event, reply: Callable[[dict], tuple[int, object]], *, limit_s: float = 120
         ) -> Callable[[dict], tuple[int, object]]:
    """Hold every request open until ``release`` is set (an endpoint that hangs), then answer with ``reply``."""
    def respond(body):
        release.wait(limit_s)
        return reply(body)
    return respond


__all__ = ["chat_server", "completion", "context_citations", "held", "json", "slow"]
