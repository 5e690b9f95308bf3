from bot.ratelimit import RateLimiter


def test_flood_gets_one_notice_then_silence_then_recovers():
    now = [0.0]
    limiter = RateLimiter(3, 10.0, clock=lambda: now[0])
    assert [limiter.check(1) for _ in range(3)] == ["ok", "ok", "ok"]
    assert limiter.check(1) == "notice"
    assert limiter.check(1) == "drop"
    assert limiter.check(2) == "ok"  # other users are unaffected
    now[0] = 11.0
    assert limiter.check(1) == "ok"
