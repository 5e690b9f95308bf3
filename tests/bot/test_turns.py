"""Per-worker turns across replicas (bot/turns.py) on the real PostgreSQL: two Turns over two engines
are two replicas sharing the inbox."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.db import create_db_engine, migrate
from bot.inbox import Inbox
from bot.turns import DONE, GO, WAIT, Turns


@pytest.fixture()
def replicas(postgres_url):
    now = [100.0]
    engines = [create_db_engine(postgres_url), create_db_engine(postgres_url)]
    migrate(engines[0])
    turns = [Turns(e, order_wait_s=30.0, clock=lambda: now[0]) for e in engines]
    yield Inbox(engines[0]), turns, now
    for t in turns:
        t.close()
    for e in engines:
        e.dispose()


def _store(inbox: Inbox, update_id: int, chat_id: int) -> None:
    # a worker's private chat: the chat id is the user id, which the turns are taken on
    assert inbox.receive({"update_id": update_id}, chat_id=chat_id, user_id=chat_id)


def test_one_update_of_a_chat_at_a_time_across_replicas(replicas):
    inbox, (a, b), _ = replicas
    _store(inbox, 10, chat_id=1)
    _store(inbox, 20, chat_id=2)
    assert a.try_turn(1, 10) == GO
    assert b.try_turn(1, 10) == WAIT  # the same update, re-queued on the other replica: A holds the chat
    assert b.try_turn(2, 20) == GO  # other chats go on in parallel
    inbox.handled(10)
    a.release(1)
    assert b.try_turn(1, 10) == DONE  # handled meanwhile by A: never handled twice


def test_a_later_update_waits_for_the_earlier_one_whichever_replica_has_it(replicas):
    inbox, (a, b), _ = replicas
    _store(inbox, 10, chat_id=1)
    _store(inbox, 11, chat_id=1)
    assert b.try_turn(1, 11) == WAIT  # 11 reached B first, but 10 is unhandled: B must not overtake
    assert b.try_turn(1, 11) == WAIT
    assert a.try_turn(1, 10) == GO
    assert b.try_turn(1, 11) == WAIT  # A is handling 10
    inbox.handled(10)
    a.release(1)
    assert b.try_turn(1, 11) == GO


def test_two_tasks_of_one_replica_do_not_share_the_turn(replicas):
    # PostgreSQL's advisory locks are re-entrant within a session: the replica itself must exclude its tasks
    inbox, (a, _), _ = replicas
    _store(inbox, 10, chat_id=1)
    assert a.try_turn(1, 10) == GO
    assert a.try_turn(1, 10) == WAIT
    a.release(1)
    assert a.try_turn(1, 10) == GO


def test_a_replica_killed_mid_update_gives_up_its_turns(replicas):
    inbox, (a, b), _ = replicas
    _store(inbox, 10, chat_id=1)
    assert a.try_turn(1, 10) == GO
    a.close()  # its session ends, as when the process is killed: PostgreSQL drops the lock
    assert b.try_turn(1, 10) == GO  # a starting replica finishes the update


def test_an_update_orphaned_by_a_dead_replica_holds_the_chat_only_so_long(replicas):
    inbox, (_, b), now = replicas
    _store(inbox, 10, chat_id=1)  # stored, acknowledged, then its replica died before handling it
    _store(inbox, 11, chat_id=1)
    assert b.try_turn(1, 11) == WAIT
    now[0] += 29.0
    assert b.try_turn(1, 11) == WAIT
    now[0] += 1.5
    assert b.try_turn(1, 11) == GO


def test_concurrent_replicas_hand_every_update_exactly_one_turn_in_order(replicas):
    inbox, (a, b), _ = replicas
    chats, per_chat = 6, 8
    for n in range(per_chat):
        for chat in range(chats):
            _store(inbox, 1000 + n * chats + chat, chat_id=chat)
    handled: list[tuple[int, int]] = []

    def drive(turns: Turns, chat: int) -> None:
        for n in range(per_chat):
            update_id = 1000 + n * chats + chat
            while (verdict := turns.try_turn(chat, update_id)) == WAIT:
                pass
            if verdict == GO:
                handled.append((chat, update_id))
                inbox.handled(update_id)
                turns.release(chat)

    # both replicas were handed every update of every chat (the worst case: each one delivered twice)
    with ThreadPoolExecutor(12) as pool:
        list(pool.map(lambda job: drive(*job), [(t, c) for t in (a, b) for c in range(chats)]))
    assert len(handled) == chats * per_chat  # each update handled once
    for chat in range(chats):
        order = [u for c, u in handled if c == chat]
        assert order == sorted(order)
