"""The case service on a real SQLite file and a real PostgreSQL server: what staff and workers get."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.activity import ActivityStore
from bot.cases import CaseError, CaseService, NewCase, outbox
from bot.conversation import ConversationStore
from bot.db import create_db_engine, migrate
from bot.staff import LoginError, StaffDirectory
from tests.helpers.clock import FrozenClock

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def desk(request, tmp_path):
    url = f"sqlite:///{tmp_path / 'app.db'}" if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    engine = create_db_engine(url)
    migrate(engine)
    clock = FrozenClock(NOW)  # every store reads this clock, never the wall clock
    staff = StaffDirectory(engine, max_failures=3, lockout=timedelta(minutes=15), clock=clock)
    cases = CaseService(engine, staff_dir=staff, conversations=ConversationStore(engine, clock=clock),
                        activity=ActivityStore(engine, clock=clock), staff_chat_id=-100123,
                        topic_names={"arrears": "拖欠工资"}, reannounce_after=timedelta(minutes=30), clock=clock)
    wang = staff.add(username="wang", display_name="王律师", password="a long passphrase", telegram_user_id=501)
    li = staff.add(username="li", display_name="李律师", password="another passphrase")
    yield cases, staff, wang, li
    engine.dispose()


def new_case(conversation_id="tg:1", **overrides) -> NewCase:
    values = {"conversation_id": conversation_id, "worker_chat_id": 1, "worker_name": "阿强", "language": "zh",
                  "topic": "arrears", "facts": {"employer": "宏达劳务", "city": "深圳", "amount_owed": "36000"},
                  "phone": "13812345678", "question": "老板欠了三个月工资", "reasons": [],
                  "transcript": [("worker", "老板欠了三个月工资"), ("bot", "根据《劳动合同法》第三十条……")]}
    values.update(overrides)
    return NewCase(**values)


def test_priority_comes_from_urgency_and_computed_deadlines(desk):
    cases, *_ = desk
    normal = cases.create(new_case(), now=NOW)
    assert normal.priority == "normal" and normal.number == "LA-2026-00001"
    near = cases.create(new_case("tg:2", calculations=[{"calculator": "arbitration_deadline",
                                                        "deadline": "2026-12-10"}]), now=NOW)
    far = cases.create(new_case("tg:3", calculations=[{"calculator": "arbitration_deadline",
                                                       "deadline": "2027-06-01"}]), now=NOW)
    assert (near.priority, near.priority_reasons) == ("urgent", ["deadline_near"])
    assert far.priority == "normal"
    packet = cases.render_packet(near)
    assert "🔴 紧急（期限60天内届满）" in packet and "宏达劳务" in packet and "36000 元" in packet
    assert "138****5678" in packet and "13812345678" not in packet


def test_only_one_staff_member_can_claim(desk):
    cases, _staff, wang, li = desk
    case = cases.create(new_case(), now=NOW)
    cases.claim(case.id, wang.id, now=NOW)
    with pytest.raises(CaseError) as refused:
        cases.claim(case.id, li.id, now=NOW)
    assert refused.value.code == "claimed" and "王律师" in str(refused.value)
    assert cases.get(case.id).assignee_name == "王律师"


def test_a_staff_reply_waits_in_the_outbox_until_delivered_and_is_retried(desk):
    cases, _staff, wang, _li = desk
    case = cases.create(new_case(), now=NOW)
    cases.reply(case.id, wang.id, "请把工资条拍照", channel="console", now=NOW)
    due = cases.due_outbox(now=NOW)
    relay = next(i for i in due if i.target == "worker" and i.kind == "relay")
    assert relay.text == "👩‍⚖️ 王律师（法律援助）：\n请把工资条拍照"
    assert cases.due_outbox(now=NOW) == []  # leased: a second courier gets nothing
    cases.failed(relay, "TimedOut", now=NOW)
    assert not [i for i in cases.due_outbox(now=NOW + timedelta(seconds=1)) if i.id == relay.id]  # backing off
    again = [i for i in cases.due_outbox(now=NOW + timedelta(minutes=5)) if i.id == relay.id]
    assert again and again[0].attempts == 1
    cases.delivered(again[0], now=NOW + timedelta(minutes=5))
    message = next(m for m in cases.messages(case.id) if m.sender == "staff")
    assert message.delivered_at is not None
    assert cases.get(case.id).first_response_at == NOW


def test_a_delivery_that_can_never_succeed_is_recorded_in_the_history(desk):
    cases, _staff, wang, _li = desk
    case = cases.create(new_case(), now=NOW)
    cases.reply(case.id, wang.id, "你好", channel="console", now=NOW)
    relay = next(i for i in cases.due_outbox(now=NOW) if i.kind == "relay")
    cases.failed(relay, "Forbidden: bot was blocked by the user", permanent=True, now=NOW)
    assert [i for i in cases.due_outbox(now=NOW + timedelta(hours=2)) if i.id == relay.id] == []
    assert cases.events(case.id)[-1].kind == "delivery_failed"


def test_unclaimed_urgent_cases_are_reannounced_once_per_period(desk):
    cases, _staff, wang, _li = desk
    urgent = cases.create(new_case(reasons=["vanished_employer"]), now=NOW)
    cases.create(new_case("tg:2"), now=NOW)  # normal: never re-announced
    assert cases.reannounce_due(now=NOW + timedelta(minutes=10)) == []
    assert [c.id for c in cases.reannounce_due(now=NOW + timedelta(minutes=31))] == [urgent.id]
    assert cases.reannounce_due(now=NOW + timedelta(minutes=40)) == []
    reminder = [i for i in cases.due_outbox(now=NOW + timedelta(minutes=41)) if i.kind == "reannounce"]
    assert len(reminder) == 1 and "31 分钟" in reminder[0].text and "老板失联/跑路" in reminder[0].text
    cases.claim(urgent.id, wang.id, now=NOW + timedelta(minutes=45))
    assert cases.reannounce_due(now=NOW + timedelta(hours=3)) == []


def test_fact_corrections_and_closing_are_kept_in_the_history(desk):
    cases, _staff, wang, _li = desk
    case = cases.create(new_case(), now=NOW)
    cases.set_fact(case.id, "city", "东莞", actor=f"staff:{wang.id}", actor_name="王律师", now=NOW)
    cases.close(case.id, wang.id, "advice_given", note="已告知去东莞仲裁委", now=NOW)
    kinds = [(e.kind, e.detail.get("old"), e.detail.get("new")) for e in cases.events(case.id)]
    assert ("fact_changed", "深圳", "东莞") in kinds and kinds[-1][0] == "closed"
    closing = next(i for i in cases.due_outbox(now=NOW) if i.target == "worker" and i.kind == "closed")
    assert "已提供法律意见" in closing.text and "已告知去东莞仲裁委" in closing.text
    with pytest.raises(CaseError):
        cases.reply(case.id, wang.id, "还有事吗", channel="console", now=NOW)


def test_search_filters_and_stats(desk):
    cases, _staff, wang, li = desk
    a = cases.create(new_case("tg:1"), now=NOW - timedelta(days=10))
    b = cases.create(new_case("tg:2", topic="injury", facts={"employer": "顺丰"}, reasons=["serious_injury"]), now=NOW)
    cases.reply(b.id, li.id, "你好", channel="console", now=NOW + timedelta(minutes=30))
    cases.close(a.id, wang.id, "referred_arbitration", now=NOW)
    assert [c.id for c in cases.search(status="active", now=NOW)] == [b.id]
    assert [c.id for c in cases.search(priority="urgent", now=NOW)] == [b.id]
    assert [c.id for c in cases.search(older_than_days=7, now=NOW)] == [a.id]
    assert [c.id for c in cases.search(assignee_id=li.id, now=NOW)] == [b.id]
    assert [c.id for c in cases.search(query="顺丰", now=NOW)] == [b.id]
    assert sorted(c.id for c in cases.search(query="三个月工资", now=NOW)) == [a.id, b.id]
    stats = cases.stats()
    assert stats.by_status == {"closed": 1, "claimed": 1} and stats.by_priority == {"normal": 1, "urgent": 1}
    assert stats.closed_share == {"referred_arbitration": 1.0}
    assert stats.first_response_median_min is not None and stats.responded == 2


def test_forget_anonymises_and_stops_pending_deliveries(desk):
    cases, _staff, wang, _li = desk
    case = cases.create(new_case(), now=NOW)
    cases.reply(case.id, wang.id, "你好", channel="console", now=NOW)
    assert cases.forget("tg:1", now=NOW) == 1
    stored = cases.get(case.id)
    assert (stored.worker_name, stored.phone, stored.worker_chat_id, stored.facts) == (None, None, None, {})
    assert stored.status == "closed" and stored.outcome == "withdrawn" and stored.anonymized
    assert all(m.text is None for m in cases.messages(case.id))
    pending = cases.due_outbox(now=NOW)
    assert [i.kind for i in pending] == ["forget"] and pending[0].target == "staff"
    assert "已删除其个人数据" in pending[0].text
    assert cases.search(query="13812345678") == [] and cases.search(query="宏达") == []


def test_staff_login_locks_after_repeated_failures(desk):
    _cases, staff, _wang, _li = desk
    for _ in range(2):
        with pytest.raises(LoginError) as e:
            staff.login("wang", "wrong password!", now=NOW)
        assert not e.value.locked
    with pytest.raises(LoginError) as e:
        staff.login("wang", "wrong password!", now=NOW)
    assert e.value.locked
    with pytest.raises(LoginError):
        staff.login("wang", "a long passphrase", now=NOW + timedelta(minutes=5))
    session = staff.login("wang", "a long passphrase", now=NOW + timedelta(minutes=16))
    assert staff.session(session.token, now=NOW + timedelta(minutes=17)).staff.username == "wang"
    assert staff.session(session.token, now=NOW + timedelta(hours=13)) is None  # the 12-hour session has ended
    staff.logout(session.token)
    assert staff.session(session.token) is None


def test_a_retried_item_is_not_overtaken_by_later_ones_of_the_same_case(desk):
    cases, _staff, wang, _li = desk
    case = cases.create(new_case(), now=NOW)
    other = cases.create(new_case("tg:2"), now=NOW)
    cases.reply(case.id, wang.id, "第一条", channel="console", now=NOW)
    first = [i for i in cases.due_outbox(now=NOW) if i.case_id == case.id and i.target == "worker"]
    assert [i.kind for i in first] == ["notice", "relay"]
    assert cases.due_outbox(now=NOW) == []  # nothing else is due
    cases.failed(first[0], "TimedOut", now=NOW)  # the notice will be retried in 2 s
    cases.failed(first[1], "waits", quiet=True, now=NOW)
    cases.reply(case.id, wang.id, "第二条", channel="console", now=NOW)
    cases.reply(other.id, wang.id, "别的案件", channel="console", now=NOW)
    soon = cases.due_outbox(now=NOW + timedelta(seconds=1))
    assert not [i for i in soon if i.case_id == case.id and i.target == "worker"]  # held behind the notice
    assert [i.text.split("\n")[-1] for i in soon if i.case_id == other.id and i.kind == "relay"] == ["别的案件"]
    later = [i for i in cases.due_outbox(now=NOW + timedelta(seconds=5))
             if i.case_id == case.id and i.target == "worker"]
    assert [i.kind for i in later] == ["notice", "relay", "relay"]
    assert [i.text.split("\n")[-1] for i in later[1:]] == ["第一条", "第二条"]


def test_a_case_can_be_handed_to_a_colleague(desk):
    cases, _staff, wang, li = desk
    case = cases.create(new_case(), now=NOW)
    cases.claim(case.id, wang.id, now=NOW)
    moved = cases.assign(case.id, wang.id, li.id, now=NOW)
    assert moved.assignee_name == "李律师" and moved.status == "claimed"
    event = cases.events(case.id)[-1]
    assert event.kind == "assigned" and event.detail["to"] == "李律师" and event.detail["from"] == "王律师"
    told = [i.text for i in cases.due_outbox(now=NOW) if i.target == "worker" and i.kind == "notice"]
    assert "李律师 已接手你的案件" in told[-1]


def test_a_locked_account_says_how_long_is_left(desk):
    _cases, staff, _wang, _li = desk
    for _ in range(3):
        with pytest.raises(LoginError):
            staff.login("wang", "wrong password!", now=NOW)
    with pytest.raises(LoginError) as e:
        staff.login("wang", "a long passphrase", now=NOW + timedelta(minutes=11))
    assert e.value.locked and e.value.retry_in == timedelta(minutes=4)


def test_forget_removes_what_reached_the_staff_group_and_the_delivered_texts(desk):
    cases, _staff, wang, _li = desk
    case = cases.create(new_case(), now=NOW)
    cases.worker_message(case.id, "[照片] 工资条", copy=(1, 77), now=NOW)
    for item in cases.due_outbox(now=NOW):
        if item.kind == "packet":
            cases.delivered(item, staff_message_id=10, now=NOW)
        elif item.kind == "relay":
            cases.delivered(item, staff_message_id=11, copied=[12], now=NOW)
    cases.close(case.id, wang.id, "advice_given", note="阿强在宏达劳务的工资已追回", now=NOW)
    cases.forget("tg:1", now=NOW)
    [notice] = cases.due_outbox(now=NOW)
    assert notice.kind == "forget" and sorted(notice.payload["delete_messages"]) == [10, 11, 12]
    with cases.engine.connect() as conn:
        texts = [r.text for r in conn.execute(outbox.select())]
    assert texts == [notice.text] and "阿强" not in notice.text
    assert all("宏达" not in str(e.detail) for e in cases.events(case.id))
