"""The learned rule ranker: the shipped model, the labels it was fitted on, and how matching uses it."""

from __future__ import annotations

import json
from datetime import date

import pytest

from knowledge.facts import extract_facts
from knowledge.rules import (
    RANKER_FILE,
    RuleIndex,
    RuleMatch,
    RuleRanker,
    load_rules,
    part_candidates,
    profile_missing,
)
from tests.helpers.paths import EVAL_DIR, REPO_ROOT

LABELS = REPO_ROOT / "benchmarks" / "data" / "rule_labels.jsonl"
SETS = [EVAL_DIR / "dev.jsonl",
        *(REPO_ROOT / "benchmarks" / "data" / f"heldout{n}.jsonl" for n in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27"))]
TODAY = date(2026, 11, 23)


def rows(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_labels_name_real_rules_and_questions():
    # Every set is labelled once it has been read: held-out 12 (read by reviewers in session 14) and held-out 13
    # (written blind in session 15 and read by reviewers the same session) were labelled in session 15, and the
    # shipped ranker is fitted on them. The next blind set is not labelled until it has been read.
    book = load_rules()
    labels = rows(LABELS)
    ids = {q["id"] for path in SETS for q in rows(path)}
    assert {row["id"] for row in labels} == ids  # every question of the sixteen sets, and nothing else
    for row in labels:
        named = [row["best"], *row["ok"], *row["wrong"], *row["parts"]]
        assert all(key is None or book.get(key) is not None for key in named), row["id"]
        assert row["best"] not in row["wrong"]


def test_the_shipped_ranker_weighs_only_features_the_matcher_computes(tmp_path):
    ranker = RuleRanker.load(RANKER_FILE)
    (tmp_path / "contract.yaml").write_text(
        "topic: contract\nrules:\n  - id: x\n    situations: {zh: [没签合同 二倍工资, 不签劳动合同, 公司不签合同], en: [no contract]}\n"
        "    conclusion: {zh: 能。, en: Yes.}\n    cites: [{law: 中华人民共和国劳动合同法, article: '82', terms: [二倍]}]\n",
        encoding="utf-8")
    [match] = RuleIndex(load_rules(tmp_path), ranker=ranker).match("公司不跟我签合同", limit=1)
    assert set(ranker.weights) <= set(match.features)
    assert match.features["record"] == 0.0  # a rule no reader labelled has no track record
    assert ranker.part_weights and ranker.lead < 0 < ranker.part_lead + 1  # log-odds thresholds
    # What the features were meant to say: a situation nearer in words, and the facts a rule presupposes.
    # (The word features overlap, so one of them alone may come out slightly negative in a fit, as lex_share did on the
    # 2,023 labels of session 17: −0.09 beside lex_rr +0.53 and doc_share +2.90; together they must still count for.)
    assert ranker.weights["doc_share"] > 0 and ranker.weights["lex_share"] + ranker.weights["lex_rr"] > 0
    assert ranker.weights["profile_missing"] < 0
    # A rule the readers often found misleading at the top is marked down by its track record.
    assert ranker.weights["record"] > 0 and min(ranker.record.values()) < 0 < max(ranker.record.values())
    # The same for another part: a rule often labelled as answering another thing the message asks is answered
    # more readily, one often near but never labelled less.
    assert ranker.part_weights["part_record"] > 0
    assert min(ranker.part_record.values()) < 0 < max(ranker.part_record.values())
    # and a part presupposing a fact the message does not state (a vanished boss) is held back whatever its score
    assert 0 < ranker.part_gate <= 1


def _two_rules(tmp_path):
    (tmp_path / "arrears.yaml").write_text(
        "topic: arrears\nrules:\n"
        "  - id: general\n    situations: {zh: [老板不发工资怎么办, 工资被拖欠了去哪里告, 欠薪怎么维权], en: [unpaid wages]}\n"
        "    conclusion: {zh: 可以要回来。, en: Yes.}\n"
        "    cites: [{law: 中华人民共和国劳动合同法, article: '30', terms: [劳动报酬]}]\n"
        "  - id: quit\n    situations: {zh: [拖欠工资 我想辞职 能要补偿吗, 工资拖着不发 我不干了 能要经济补偿吗,"
        " 欠薪 我要走 能要补偿吗],\n      en: [quit over wages]}\n"
        "    conclusion: {zh: 能。, en: Yes.}\n"
        "    cites: [{law: 中华人民共和国劳动合同法, article: '38', terms: [劳动报酬]}]\n",
        encoding="utf-8")
    return load_rules(tmp_path)


def test_with_a_ranker_the_order_and_the_trust_are_the_models(tmp_path):
    book = _two_rules(tmp_path)
    message = "老板拖欠工资 我不干了 能要经济补偿吗"
    # A model that only reads the words: the quitting rule's phrasing is nearer, and it is trusted.
    words = RuleRanker(weights={"lex_share": 4.0}, bias=-2.0, lead=0.0)
    matches = RuleIndex(book, ranker=words).match(message, limit=2)
    assert [m.rule.key for m in matches] == ["arrears/quit", "arrears/general"]
    assert matches[0].score == pytest.approx(2.0) and matches[0].confident  # the best words: lex_share 1
    for m in matches:  # the score is the model's log-odds, and trust is reaching its threshold
        assert m.score == pytest.approx(-2.0 + 4.0 * m.features["lex_share"])
        assert m.confident == (m.score >= words.lead)
    assert matches[1].features["lex_share"] < 1
    # The same model asking for more than the best possible log-odds: nothing is trusted.
    strict = RuleRanker(weights={"lex_share": 4.0}, bias=-2.0, lead=5.0)
    assert not any(m.confident for m in RuleIndex(book, ranker=strict).match(message, limit=2))


def test_a_rule_written_for_a_worker_who_quits_is_held_back_when_the_message_does_not_say_so(tmp_path):
    from knowledge.facts import situation_flags

    book = _two_rules(tmp_path)
    index = RuleIndex(book, read_flags=situation_flags)
    assert index.profiles["arrears/quit"].get("quitting") == 1.0
    only_owed = extract_facts("公司拖欠我两个月工资了", today=TODAY)
    leaving = extract_facts("公司拖欠我两个月工资了，我想辞职", today=TODAY)
    assert "quitting" not in only_owed.flags and "quitting" in leaving.flags
    assert profile_missing(index.profiles["arrears/quit"], only_owed.flags) == 1.0
    assert profile_missing(index.profiles["arrears/quit"], leaving.flags) == 0.0
    [match] = [m for m in index.match("公司拖欠我两个月工资了", flags=only_owed.flags, limit=2)
               if m.rule.key == "arrears/quit"]
    assert match.features["profile_missing"] == 1.0


def test_how_long_the_worker_has_been_there_picks_among_the_no_contract_rules():
    """The first month, the rest of the first year and after it are three rules; the bundled rules send a
    message stating the tenure to the one that fits, whatever the wording matched."""
    book = load_rules()
    index = RuleIndex(book)
    cases = {
        "入职8个月了老板一直不跟我签合同，这样合法吗": "contract/unsigned_contract_double_wages",
        "刚入职半个月，公司还没跟我签劳动合同，合法吗": "contract/unsigned_contract_first_month",
        "在这个厂干了两年多了，一直没签劳动合同": "contract/unsigned_contract_over_one_year",
    }
    for message, expected in cases.items():
        flags = extract_facts(message, today=TODAY).flags
        keys = [m.rule.key for m in index.match(message, flags=flags, limit=10)]
        unsigned = [k for k in keys if k.startswith("contract/unsigned_contract_")]
        assert unsigned and unsigned[0] == expected, (message, keys)
        assert len(set(unsigned)) == 1, (message, unsigned)  # the other two gave way to it


def test_another_part_is_looked_for_near_the_whole_message_and_near_each_question(tmp_path):
    book = _two_rules(tmp_path)
    general, quit_rule = book.get("arrears/general"), book.get("arrears/quit")
    whole = [RuleMatch(general, 1.0, 0.9, 5.0, True), RuleMatch(quit_rule, -1.0, 0.9, 3.0, False)]
    asked = [[RuleMatch(quit_rule, 0.5, 0.9, 3.0, True)], []]
    found = part_candidates("arrears/general", whole, asked)
    assert set(found) == {"arrears/quit"}  # never the lead itself
    rule, features = found["arrears/quit"]
    assert rule is quit_rule
    assert features["whole_rr"] == 0.5 and features["whole_gap"] == 2.0
    assert features["part_top"] == 1.0 and features["part_score"] == 0.5 and features["part_share"] == 0.5
    assert features["same_topic"] == 1.0 and features["asked_apart"] == 1.0
    assert part_candidates("arrears/general", whole, [])["arrears/quit"][1]["part_rr"] == 0.0
    # A rule readers often labelled as answering another part carries that record; one never labelled has 0.
    assert features["part_record"] == 0.0
    assert part_candidates("arrears/general", whole, asked, record={"arrears/quit": 1.5})["arrears/quit"][1][
        "part_record"] == 1.5


def test_a_manager_stalking_a_worker_leads_the_stalking_rule_not_location_tracking():
    """Held-out 16: a manager who turns up at a worker's home at night is stalking (治安管理处罚法第五十条: the police,
    an order to stay away), a case for a person now; location sharing after work alone is the data rule."""
    from knowledge.facts import profile_flags, situation_flags
    from knowledge.rules import RuleBook

    book = load_rules()
    privacy = RuleBook(rules={key: rule for key, rule in book.rules.items() if rule.topic == "privacy"})
    index = RuleIndex(privacy, ranker=RuleRanker.load(RANKER_FILE), read_flags=situation_flags)

    def lead(text):
        facts = extract_facts(text, today=TODAY)
        return index.match(text, flags=facts.flags, asks=facts.asks, profile=profile_flags(facts), limit=1)[0].rule

    stalked = lead("经理要求我们下班后也开着定位。最近两周，他好几次晚上出现在我住的小区门口，还发消息说“你今晚去哪了我都知道”。"
                   "我一个人住，很害怕。")
    assert stalked.key == "privacy/stalked_by_manager_or_coworker" and "life_safety" in stalked.escalate
    assert lead("公司要求我们下班后和周末也开着企业微信定位，关了就扣钱，合法吗？").key == "privacy/location_tracking"
