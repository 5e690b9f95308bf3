"""A ship's crew owed wages: the maritime lien (海商法) leads, over a knowledge base that holds it.

The shared labor knowledge base holds four labor laws only; this one adds 海商法's articles on the lien, as the
product's default ingestion does."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bot.assistant import Assistant
from bot.conversation import ConversationState
from knowledge.playbooks import load_playbooks


@pytest.fixture(scope="module")
def maritime_kb(tmp_path_factory):
    from ingestion.builtin import load_builtin_laws
    from tests.helpers.kb import make_kb

    kb = make_kb(tmp_path_factory.mktemp("maritime-kb") / "data")
    docs, errors = load_builtin_laws(["中华人民共和国劳动争议调解仲裁法", "中华人民共和国劳动合同法", "中华人民共和国海商法"])
    assert not errors, errors
    docs = [replace(d, articles=[a for a in d.articles if 20 <= (a.number or 0) <= 31 or a.number == 3])
            if "海商法" in d.title else d for d in docs]
    report = kb.ingestor.sync_documents(docs)
    assert not report.failed, report.failed
    kb.ingestor.sync_aliases()
    kb.rules.sync()
    yield kb
    kb.close()


@pytest.fixture()
def assistant(maritime_kb):
    return Assistant(maritime_kb.retriever, load_playbooks(), rules=maritime_kb.rules, today=lambda: date(2026, 11, 25))


def test_a_ship_crew_owed_wages_is_told_of_the_maritime_lien_and_its_unbroken_year(assistant):
    answer, _ = assistant.answer("我在远洋货船上当水手，今年6月15号下的船，船东还欠我4个月工资共2万4，说明年春天再给。"
                                 "我能申请把船扣下来吗？", ConversationState())
    assert answer.rule == "arrears/crew_wages_maritime_lien"
    assert answer.text.startswith("能扣船") and "不中止、不中断" in answer.text
    assert "《海商法》第二十二条" in answer.text


def test_a_crew_of_an_inland_ship_is_not_told_of_a_lien_that_covers_sea_going_ships_only(assistant):
    # held-out 31: a Yangtze deckhand told to have the ship arrested; 海商法第三条's ships are sea-going ships
    answer, _ = assistant.answer("我在内河货船上当水手，今年6月15号下的船，船东还欠我4个月工资共2万4，说明年春天再给。"
                                 "我能申请把船扣下来吗？", ConversationState())
    assert answer.rule == "arrears/wage_arrears_after_leaving"
    assert "能扣船" not in answer.text and "船舶优先权" not in answer.text
