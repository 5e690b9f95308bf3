import asyncio

from bot.ratelimit import RateLimiter, UserLocks


def test_flood_gets_one_notice_then_silence_then_recovers():
    now = [0.0]
    limiter = RateLimiter(3, 10.0, clock=lambda: now[0])
    assert [limiter.check(1) for _ in range(3)] == ["ok", "ok", "ok"]
    assert limiter.check(1) == "notice"
    assert limiter.check(1) == "drop"
    assert limiter.check(2) == "ok"  # other users are unaffected
    now[0] = 11.0
    assert limiter.check(1) == "ok"


def test_ten_thousand_users_leave_nothing_behind_once_their_windows_pass():
    now = [0.0]
    limiter = RateLimiter(2, 30.0, clock=lambda: now[0])
    for user in range(10_000):
        for _ in range(4):  # over the limit: each user also has a notice on record
            limiter.check(user)
    assert len(limiter) == 10_000
    now[0] = 29.0
    assert limiter.check(5) == "drop"  # still inside the window: remembered
    now[0] = 61.0
    assert limiter.check(20_000) == "ok"  # any later message sweeps the idle users away
    assert len(limiter) == 1
    assert [limiter.check(5) for _ in range(3)] == ["ok", "ok", "notice"]  # a returning user starts afresh


def test_a_user_inside_the_window_is_kept_by_the_sweep():
    now = [0.0]
    limiter = RateLimiter(1, 10.0, clock=lambda: now[0])
    assert limiter.check(1) == "ok"
    now[0] = 5.0
    assert limiter.check(2) == "ok"
    now[0] = 12.0
    limiter.sweep()
    assert len(limiter) == 1
    assert limiter.check(2) == "notice"  # user 2's hit at 5.0 still counts


def test_ten_thousand_users_leave_no_locks_behind():
    locks = UserLocks()

    async def handle(user: int) -> None:
        async with locks(user):
            await asyncio.sleep(0)

    async def scenario():
        await asyncio.gather(*(handle(u) for u in range(10_000)))

    asyncio.run(scenario())
    assert len(locks) == 0


def test_a_lock_in_use_is_never_dropped_and_keeps_a_users_order():
    locks = UserLocks()
    order: list[str] = []

    async def scenario():
        first_in = asyncio.Event()
        release = asyncio.Event()

        async def first():
            async with locks(1):
                first_in.set()
                await release.wait()
                order.append("first")

        async def second():
            async with locks(1):
                order.append("second")

        one = asyncio.create_task(first())
        await first_in.wait()
        two = asyncio.create_task(second())
        await asyncio.sleep(0)  # the second message now waits for the lock
        assert len(locks) == 1
        # The first releases: until the waiter has run, the lock is free but promised to it, and a
        # third message must queue behind it rather than get a fresh lock of its own.
        release.set()
        await asyncio.sleep(0)
        assert order == ["first"] and len(locks) == 1
        async with locks(1):
            order.append("third")
        await asyncio.gather(one, two)

    asyncio.run(scenario())
    assert order == ["first", "second", "third"]
    assert len(locks) == 0


def test_a_waiter_cancelled_before_its_turn_leaves_no_lock_behind():
    locks = UserLocks()

    async def scenario():
        holding = asyncio.Event()
        release = asyncio.Event()

        async def holder():
            async with locks(7):
                holding.set()
                await release.wait()

        async def waiter():
            async with locks(7):
                raise AssertionError("never reached")

        held = asyncio.create_task(holder())
        await holding.wait()
        waiting = asyncio.create_task(waiter())
        await asyncio.sleep(0)
        waiting.cancel()
        await asyncio.gather(waiting, return_exceptions=True)
        assert len(locks) == 1  # the holder still has it
        release.set()
        await held

    asyncio.run(scenario())
    assert len(locks) == 0


# ---- the shared window (TELEGRAM__RATE_LIMIT_SHARED): real PostgreSQL, two "replicas" ----------------------

def _shared_pair(url, limit, window_s, now):
    from bot.db import create_db_engine, migrate
    from bot.ratelimit import SharedRateLimiter

    engines = [create_db_engine(url), create_db_engine(url)]  # one engine (connection pool) per replica
    migrate(engines[0])
    return engines, [SharedRateLimiter(e, limit, window_s, clock=lambda: now[0]) for e in engines]


def test_two_replicas_count_one_users_messages_together(postgres_url):
    now = [1_000.0]
    engines, (a, b) = _shared_pair(postgres_url, 3, 10.0, now)
    try:
        # nginx spreads the user's messages over the replicas: the limit is still 3, not 3 each
        assert [a.check(1), b.check(1), a.check(1)] == ["ok", "ok", "ok"]
        assert b.check(1) == "notice"
        assert a.check(1) == "drop"  # the other replica knows the notice was given
        assert b.check(2) == "ok"  # other users are unaffected
        now[0] += 10.5
        assert a.check(1) == "ok"  # the window slid past the first hits
    finally:
        for e in engines:
            e.dispose()


def test_concurrent_checks_on_two_replicas_let_exactly_the_limit_through(postgres_url):
    from concurrent.futures import ThreadPoolExecutor

    now = [5_000.0]
    engines, (a, b) = _shared_pair(postgres_url, 5, 30.0, now)
    try:
        with ThreadPoolExecutor(8) as pool:
            verdicts = list(pool.map(lambda i: (a if i % 2 else b).check(42), range(40)))
        assert verdicts.count("ok") == 5
        assert verdicts.count("notice") == 1
        assert verdicts.count("drop") == 34
    finally:
        for e in engines:
            e.dispose()


def test_the_shared_window_forgets_idle_users(postgres_url):
    now = [0.0]
    engines, (a, b) = _shared_pair(postgres_url, 2, 30.0, now)
    try:
        for user in range(50):
            a.check(user)
        assert len(b) == 50
        now[0] = 29.0
        b.check(7)
        assert len(a) == 50  # nobody's window has passed yet
        now[0] = 61.0
        assert b.check(1000) == "ok"  # a check after a window sweeps every replica's idle users
        assert len(a) == 1
    finally:
        for e in engines:
            e.dispose()
