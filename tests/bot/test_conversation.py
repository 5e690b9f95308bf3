"""Conversation state: what is extracted from messages, and that it survives in a real database."""

from __future__ import annotations

from datetime import date

import pytest

from bot.conversation import ConversationState, ConversationStore, PendingCalculation, extract_facts, service_start
from knowledge.query import QueryAnalysis

TODAY = date(2026, 11, 21)


def facts(text: str) -> dict[str, str]:
    return extract_facts(text, QueryAnalysis(text=text), today=TODAY)


def test_facts_from_everyday_messages():
    assert facts("公司说我试用期不合格把我辞退了，我月薪8000，2024年3月入职的")["monthly_wage"] == "8000.00"
    assert facts("公司说我试用期不合格把我辞退了，我月薪8000，2024年3月入职的")["start_date"] == "2024-03-01"
    f = facts("干了8个月，工资6000，一直没签合同")
    assert (f["service_months"], f["monthly_wage"], f["written_contract"]) == ("8", "6000.00", "no")
    assert facts("我2023年3月进厂，去年12月被辞退")["end_date"] == "2025-12-01"
    assert facts("my salary is 8000 yuan")["monthly_wage"] == "8000.00"
    assert "monthly_wage" not in facts("我今年35岁")


def test_service_length_gives_an_estimated_start():
    assert service_start({"service_months": "8"}, today=TODAY) == date(2026, 3, 21)
    assert service_start({"start_date": "2024-03-01", "service_months": "8"}, today=TODAY) == date(2024, 3, 1)


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
