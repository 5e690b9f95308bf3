"""Rules a message's facts or words bring on their own, whatever rule leads or when none does: ten or more workers
are told how to claim together, a fine docked from pay whether it can be had back."""

from __future__ import annotations

import pytest

from bot.conversation import ConversationState
from tests.bot.test_assistant import make_assistant


@pytest.fixture(scope="module")
def pay_kb(tmp_path_factory, corpus_dir):
    """The labor subset with 工资支付暂行规定 besides (the fines rule rests on its article 15), in its own directory so
    the session's shared base is not changed."""
    from ingestion.sync import load_paths
    from tests.helpers.kb import build_labor_kb
    from tests.helpers.paths import corpus_file

    kb = build_labor_kb(tmp_path_factory.mktemp("pay-kb") / "data")
    files, failures = load_paths([corpus_file("工资支付暂行规定")])
    assert not failures, failures
    assert not kb.ingestor.sync_documents(files).failed
    yield kb
    kb.close()


def ask(kb, message):
    answer, _ = make_assistant(kb).answer(message, ConversationState())
    return answer


def test_money_docked_as_a_fine_is_answered_whatever_leads(pay_kb):
    answer = ask(pay_kb, "公司新装了一个APP，要求24小时开着定位，连周末和晚上都不能关，定位一断就扣200。上周日我关了定位，"
                         "就被扣了钱。公司这样做合法吗？扣的钱能要回来吗？")
    assert "扣掉的可以要回" in answer.text and "《工资支付暂行规定》第十五条" in answer.text
    assert any(c.article == "15" and "工资支付" in c.law for c in answer.citations)


def test_a_fine_is_not_brought_to_a_worker_on_leave_for_an_injury(pay_kb):
    # wages withheld during leave for a work injury are a matter of the injury rules (paid leave), not of fines
    answer = ask(pay_kb, "我上班时手被烫伤，医生开了10天病假，老板说没上班就不给钱，被扣了1500，能要回来吗？")
    assert "扣掉的可以要回" not in answer.text
