"""Conversation state: what is extracted from messages, and that it survives in a real database."""

from __future__ import annotations

import json
from datetime import date

import pytest

from bot.conversation import (
    ConversationState,
    ConversationStore,
    IntakeState,
    PendingCalculation,
    remember_facts,
)
from knowledge.facts import extract_facts

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
    assert facts("我2023年3月进厂，去年12月被辞退")["end_date"] == "2025-12-01"
    assert facts("离职10个月了，干了三年")["months_since_end"] == "10"
    assert facts("my salary is 8000 yuan")["monthly_wage"] == "8000.00"
    assert "monthly_wage" not in facts("我今年35岁")


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
