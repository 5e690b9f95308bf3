"""Forged callback queries: what a modified client (or a forged webhook post) could send the bot.

Shared by ``tests/handlers/test_fuzz_callbacks.py`` and ``benchmarks/bench_fuzz.py``.
"""

from __future__ import annotations

import copy
import random

from handlers.callbacks import KINDS
from tests.helpers.botapi import FakeBotAPI

BIG = 2**63  # one past the largest BIGINT id

# Today's well-formed data of every worker-side kind (a valid digest, calculator, choice …).
WORKER_DATA = ["a:0123456789ab", "c:economic_compensation", "aid", "law", "cs:y", "cs:n", "in:skip", "in:submit",
               "in:cancel", "cf:1:+", "r:+1", "forget:yes", "forget:no", "lang:en"]


def forge(api: FakeBotAPI, user: dict, data: object, *, message: dict | None = None) -> dict:
    """Queue a callback query as a modified client (or a forged webhook post) could send it.

    ``FakeBotAPI.press`` only presses buttons that exist; this builds the query itself, through the
    server's own query book, so that answerCallbackQuery is checked as for any query. ``data`` is put
    on the wire as given (any JSON value; ``...`` leaves the field out); without ``message`` it is a
    callback from an inline-mode message, which carries ``inline_message_id`` and no ``message``.
    """
    with api._lock:
        api._query_counter += 1
        query_id = str(api._query_counter)
        query: dict = {"id": query_id, "from": dict(user), "chat_instance": "-4242424242424242"}
        if message is None:
            query["inline_message_id"] = f"BAAAAI{query_id}"
        else:
            query["message"] = copy.deepcopy(message)
            query["chat_instance"] = api._chat_instance(message["chat"]["id"])
        if data is not ...:
            query["data"] = data
        api._queries[query_id] = {"query": query, "answer": None}
        return api._enqueue({"callback_query": query})


def forged_data(rng: random.Random) -> list[object]:
    """Deterministic hostile callback data: empty, junk, each kind's prefix with broken fields, big ids."""
    data: list[object] = [..., "", ":", "::::", " ", "\x00", "\n", "💥", "a" * 64, "a" * 65, "a:" + "0" * 100,
                          None, 0, 1, -1, True, 12345678901234567890, 1.5, [], {}, ["cs", "y"], {"cs": "y"}]
    for kind in KINDS:
        p = kind.prefix
        data += [f"{p}:", f"{p}::", f"{p}:x", f"{p}:{BIG}", f"{p}:-1", f"{p}:1:2:3:4", f"{p}:+{BIG * 4}", f"{p} "]
    data += [f"cf:{BIG}:+", f"cf:{2**64}:-", f"cf:-{BIG}:+", f"r:+{BIG}", f"r:-{BIG - 1}", f"r:+0",
             f"k:claim:{BIG}", f"k:out:{BIG - 1}:advice_given", f"k:askf:-3:city", "cs:Y", "in:SKIP", "lang:EN"]
    data += [rng.randbytes(rng.randint(1, 40)).decode("latin-1") for _ in range(12)]
    return data
