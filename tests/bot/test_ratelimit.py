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
