"""Conversation state: what is extracted from messages, and that it survives in a real database."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from bot.assistant import Assistant
from bot.conversation import (
    ConversationState,
    ConversationStore,
    IntakeState,
    PendingCalculation,
    remember_facts,
)
from knowledge.facts import Facts, extract_facts
from knowledge.playbooks import load_playbooks
from tests.helpers.clock import FrozenClock

TODAY = date(2026, 11, 21)


def facts(text: str, state: ConversationState | None = None) -> dict[str, str]:
    """The calculator inputs a conversation keeps after ``text`` (the facts are read once, by knowledge.facts)."""
    state = state or ConversationState()
    remember_facts(state, extract_facts(text, today=TODAY))
    return state.facts


def test_facts_from_everyday_messages():
    assert facts("公司说我试用期不合格把我辞退了，我月薪8000，2024年3月入职的")["monthly_wage"] == "8000.00"
    assert facts("公司说我试用期不合格把我辞退了，我月薪8000，2024年3月入职的")["start_date"] == "2024-03-01"
    f = facts("干了8个月，工资6000，一直没签合同")
    assert (f["service_months"], f["monthly_wage"], f["written_contract"]) == ("8", "6000.00", "no")
    assert f["end_date"] == "2026-11-21"  # nothing about leaving: the job goes on
    # both told by the month: whole months, March 2023 to December 2025 (not a calendar day more)
    assert facts("我2023年3月进厂，去年12月被辞退")["end_date"] == "2025-11-30"
    assert facts("我2023年3月5日进厂，去年12月5日被辞退")["end_date"] == "2025-12-05"  # days told: as told
    assert facts("离职10个月了，干了三年")["months_since_end"] == "10"
    assert facts("my salary is 8000 yuan")["monthly_wage"] == "8000.00"
    assert "monthly_wage" not in facts("我今年35岁")


def test_a_disability_grade_said_in_a_message_reaches_the_injury_benefits_calculator():
    # "评了九级伤残" was read by the fact extractor but never handed to a calculator: the grade is an
    # optional input, so the benefits were computed without it (recovery-period pay only).
    f = facts("工伤评了九级伤残，工资5000，能拿多少")
    assert (f["disability_grade"], f["monthly_wage"]) == ("9", "5000.00")


def test_a_later_message_adds_to_what_the_conversation_knows():
    state = ConversationState()
    facts("入职8个月了，老板不签合同", state)
    later = facts("月薪8000", state)
    assert (later["monthly_wage"], later["service_months"], later["written_contract"]) == ("8000.00", "8", "no")
    assert "no_written_contract" in state.known["flags"]


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    url = f"sqlite:///{tmp_path / 'app.db'}" if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    s = ConversationStore(url)
    yield s
    s.close()


def test_state_round_trips_and_is_deleted(store):
    state = ConversationState(language="en", topic="arrears", facts={"monthly_wage": "6000"},
                              pending=PendingCalculation("double_wages", {"monthly_wage": "6000"}, "start_date"))
    store.save("tg:42", state)
    state.turns = 3
    store.save("tg:42", state)  # update, not a second row
    loaded = store.load("tg:42")
    assert loaded == state
    assert store.load("tg:other") == ConversationState()
    assert store.delete("tg:42") is True
    assert store.load("tg:42") == ConversationState()
    assert store.delete("tg:42") is False


def test_a_hand_over_in_progress_round_trips(store):
    state = ConversationState(topic="arrears", intake=IntakeState(
        stage="facts", lang="en", phone="13912345678", facts={"employer": "Hongda"}, pending=["city", "job"]))
    store.save("tg:43", state)
    loaded = store.load("tg:43")
    assert loaded == state and loaded.intake.collecting
    assert loaded.intake.pending[0] == "city" and loaded.intake.facts == {"employer": "Hongda"}


def test_an_intake_stored_as_a_dict_before_it_was_typed_still_loads():
    # What the release before IntakeState wrote: the intake as a plain dict, with only the keys of
    # its stage (a staff member's question again has no "lang", a consent no "facts").
    raw = json.dumps({"language": None, "topic": "dismissal", "facts": {}, "pending": None, "last_question": "被辞退了",
                        "turns": 1, "calculations": [], "escalation": [], "relay_noticed": None,
                        "intake": {"stage": "facts", "lang": "zh", "phone": None, "facts": {"end_date": "2026-10-31"},
                                   "pending": ["employer", "city"]}}, ensure_ascii=False)
    state = ConversationState.from_json(raw)
    assert state.intake == IntakeState(stage="facts", lang="zh", facts={"end_date": "2026-10-31"},
                                       pending=["employer", "city"])
    asked = ConversationState.from_json(json.dumps(
        {"intake": {"stage": "supplement", "case_id": 12, "asking": "employer", "pending": []}}))
    assert asked.intake == IntakeState(stage="supplement", case_id=12, asking="employer") and asked.intake.collecting
    consent = ConversationState.from_json(json.dumps({"intake": {"stage": "consent", "lang": "en"}}))
    assert consent.intake == IntakeState(stage="consent", lang="en") and not consent.intake.collecting
    assert ConversationState.from_json(json.dumps({"intake": None})).intake is None


# ---------------------------------------------------------------------------------------------
# Absurd values never poison a conversation (issue 12)


@pytest.fixture()
def assistant(labor_kb):
    return Assistant(labor_kb.retriever, load_playbooks(), rules=labor_kb.rules, crisis_hotline="12356",
                     today=lambda: TODAY)


def test_an_absurd_tenure_is_not_kept_and_a_later_calculator_question_works(assistant):
    _, state = assistant.answer("我在厂里干了999999个月了", ConversationState())
    assert "service_months" not in state.facts and "tenure_months" not in state.known
    answer, state = assistant.answer("被公司违法辞退了，赔偿金能拿多少钱", state)
    assert state.pending is not None and state.pending.calculator == "unlawful_dismissal"
    assert "平均月工资" in answer.follow_up
    answer, state = assistant.answer("8000", state)
    assert answer.mode == "follow_up", answer.text
    answer, state = assistant.answer("干了3年", state)  # the tenure settles the years: no last day asked
    assert answer.calculation is not None and answer.calculation.amount == Decimal("48000.00")  # 2 × 3 × 8000
    assert "按你说的工作时长（3年）计算" in answer.text


def test_a_date_given_as_the_wage_is_refused_with_the_reason_and_asked_again(assistant):
    _, state = assistant.answer("被公司违法辞退了，赔偿金能拿多少钱", ConversationState())
    assert state.pending is not None and state.pending.awaiting == "monthly_wage"
    answer, state = assistant.answer("2099年13月", state)  # once stored as a wage of 2,099.00 yuan
    assert answer.mode == "follow_up" and answer.calculation is None
    assert "日期，不是金额" in answer.text and "平均月工资" in answer.text
    assert state.pending.awaiting == "monthly_wage" and "monthly_wage" not in state.pending.values
    answer, state = assistant.answer("8000", state)
    assert state.pending.values["monthly_wage"] == "8000.00" and "开始上班" in answer.text


_POISONED = {"service_months": "999999", "end_date": "2026-11-21", "monthly_wage": "8000.00"}
_POISONED_KNOWN = {"flags": ["still_employed"], "asks": [], "language": "zh", "as_of": "2026-11-20",
                   "tenure_months": "999999", "monthly_wage": "8000.00"}


def test_a_state_kept_with_an_absurd_value_answers_again(assistant):
    # A conversation stored by an earlier release: every calculator question raised
    # ValueError("year -81309 is out of range") until /forget.
    state = ConversationState(facts=dict(_POISONED), known=dict(_POISONED_KNOWN), last_question="我在厂里干了999999个月了")
    answer, state = assistant.answer("被公司违法辞退了，赔偿金能拿多少钱", state)
    assert state.pending is not None and state.pending.awaiting == "start_date"
    assert "开始上班" in answer.follow_up
    assert "service_months" not in state.facts and "tenure_months" not in state.known
    assert state.facts["monthly_wage"] == "8000.00"  # what still validates is kept


def test_a_stored_state_drops_what_no_longer_validates_when_loaded(tmp_path, caplog):
    store = ConversationStore(f"sqlite:///{tmp_path / 'app.db'}", clock=FrozenClock(datetime(2026, 11, 21, tzinfo=UTC)))
    store.save("tg:44", ConversationState(topic="dismissal", facts={**_POISONED, "province": "广东",
                                                                    "start_date": "2099-13-01"},
                                          known=dict(_POISONED_KNOWN)))
    with caplog.at_level("WARNING"):
        loaded = store.load("tg:44")
    assert loaded.facts == {"end_date": "2026-11-21", "monthly_wage": "8000.00", "province": "广东"}
    assert Facts.from_dict(loaded.known).tenure_months is None and "tenure_months" not in loaded.known
    assert "service_months" in caplog.text and "999999" not in caplog.text  # the name, never the value
    store.close()


def test_remember_facts_never_stores_an_implausible_value():
    state = ConversationState(facts={"service_months": "999999"})
    merged = remember_facts(state, Facts(as_of=TODAY, tenure_months=Decimal(999999), monthly_wage=Decimal(6000)))
    assert merged.tenure_months is None and merged.monthly_wage == Decimal(6000)
    assert "service_months" not in state.facts and state.facts["monthly_wage"] == "6000"
    assert "tenure_months" not in state.known


def test_the_bosss_word_that_the_wage_includes_overtime_does_not_back_the_overtime_out_of_it():
    # Held-out 29 (read): "老板说工资里已经包含加班费了" backed the overtime out of 5,220 (leaving 2,471 as the normal pay);
    # without an agreement in writing the wage is the normal hours' pay and the overtime is owed on top of it.
    assert "wage_includes_overtime" not in facts("一个月5220块，老板说工资里已经包含加班费了。我这样算有加班费吗？")
    assert facts("合同写月薪1万5，已包含全部加班费")["wage_includes_overtime"] == "yes"


def test_a_last_day_still_ahead_settles_the_years_leave_then():
    """Held-out 30 (read): "I've worked 12 years in total … my last day will be November 30" was asked again for the
    years worked and whether the leave was being settled on leaving."""
    f = facts("I've worked 12 years in total (the first 9 years at other companies) and joined this company in March "
              "2024. I haven't taken a single day of annual leave this year, and my last day will be November 30, "
              "2026.")
    assert (f["work_months"], f["leaving"], f["leave_date"]) == ("144", "是", "2026-11-30")
    assert facts("入职8个月了，年假还没休")["leaving"] == "否"  # nothing about leaving: no settlement


def test_no_social_insurance_at_all_means_no_maternity_insurance_for_the_allowance():
    """Held-out 30 (read): a teacher with no social insurance at all was shown the allowance "on the employer's
    average wage" (the fund's rule) beside the employer paying it at her own wage."""
    assert facts("机构一直没给我交社保，生育保险也没有。我预产期是下个月，产前月工资6000")["insured"] == "否"
    assert facts("公司一直给我交着生育保险，我下个月生")["insured"] == "是"
