"""The situation rules: all load, every cited article exists in the knowledge base and says what the rule says."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from ingestion.config import DEFAULT_LAWS
from knowledge.rules import TOPICS, MatchSettings, RuleIndex, load_rule_file, load_rules
from tests.helpers.statutes import corpus_articles, national_articles

_CJK = re.compile(r"[\u4e00-\u9fff]")
_QUOTED_TITLE = re.compile(r"《[^》]*》|（[^）]*）")  # law titles and glosses may stay in Chinese in English text
_SPACE = re.compile(r"\s+")


@pytest.fixture(scope="module")
def book():
    return load_rules()


@pytest.fixture(scope="module")
def statute_text(corpus_dir):
    """Every article the default knowledge base holds: the built-in national laws and the corpus."""
    texts = {k: v for k, v in national_articles().items() if k[0] in DEFAULT_LAWS}
    texts.update(corpus_articles(corpus_dir))
    return texts


def test_every_topic_has_its_rules(book):
    counts = {t: len(book.by_topic(t)) for t in TOPICS}
    assert all(n >= 1 for n in counts.values()), counts


def test_every_cited_article_is_in_the_knowledge_base_and_carries_the_rules_terms(book, statute_text):
    problems = []
    for rule in book:
        for cite in rule.all_cites():
            text = statute_text.get((cite.law, cite.article))
            if text is None:
                problems.append(f"{rule.key}: {cite} is not in the default knowledge base")
                continue
            flat = _SPACE.sub("", text)
            problems += [f"{rule.key}: {cite} does not contain {term!r}" for term in cite.terms
                         if _SPACE.sub("", term) not in flat]
    assert not problems, "\n".join(problems)


def test_every_article_a_rule_names_is_among_its_cites(book, statute_text):
    from knowledge.citations import CitationExtractor
    from knowledge.vocabulary import load_vocabulary, short_law_name

    extractor = CitationExtractor(sorted({law for law, _ in statute_text}), load_vocabulary().law_names)
    unlisted = []
    for rule in book:
        allowed = {(short_law_name(c.law), c.article) for c in rule.all_cites()}
        for text in (rule.conclusion, *rule.evidence, *rule.where, *((rule.deadline,) if rule.deadline else ())):
            for lang in ("zh", "en"):
                unlisted += [f"{rule.key} ({lang}): {c.law} {c.key}" for c in extractor.extract(text.get(lang))
                             if (short_law_name(c.law or ""), c.key) not in allowed]
    assert not unlisted, "articles named in a rule's text but not in its cites:\n" + "\n".join(unlisted)


def test_every_decisive_citation_names_its_key_terms(book):
    bare = [f"{r.key}: {c}" for r in book for c in r.cites if not c.terms]
    assert not bare, "cites without the terms a reviewer checks:\n" + "\n".join(bare)


def test_rules_on_pay_owed_tell_the_time_limit_that_does_not_run_while_employed(book):
    # overtime, docked and late wages are labour remuneration: no one-year limit while the job lasts (第二十七条第四款)
    for key in ("overtime_hours/all_inclusive_salary", "overtime_hours/schedule_996", "overtime_hours/night_shift",
                "arrears/fines_deducted_from_wages", "arrears/minimum_wage_underpaid", "arrears/wages_paid_late"):
        deadline = book.rules[key].deadline
        assert deadline is not None and "在职期间不受一年" in deadline.zh, key
        assert any(c.article == "27" and "劳动关系存续期间因拖欠劳动报酬发生争议的" in c.terms for c in deadline.cites)


def test_english_conclusions_are_in_english(book):
    chinese = [r.key for r in book if _CJK.search(_QUOTED_TITLE.sub("", r.conclusion.en))]
    assert not chinese, chinese


def test_a_rule_file_is_checked_when_loaded(tmp_path):
    path = tmp_path / "contract.yaml"
    path.write_text(
        "topic: contract\nrules:\n  - id: x\n    situations: {zh: [甲, 乙, 丙], en: [a]}\n"
        "    conclusion: {zh: 能。, en: Yes.}\n    cites: [{law: 中华人民共和国劳动合同法, article: 第八十二条, terms: [二倍]}]\n"
        "    excludes: [{when: household_employer}]\n    calculator: double_wages\n",
        encoding="utf-8")
    [rule] = load_rule_file(path)
    assert rule.key == "contract/x" and rule.cites[0].article == "82" and rule.excludes[0].when == "household_employer"


@pytest.mark.parametrize("change, message", [
    ("    excludes: [{when: rich}]\n", "not a fact flag"),
    ("    calculator: lottery\n", "not a calculator"),
    ("    escalate: [panic]\n", "unknown ['panic']"),
    ("    notes: x\n", "unknown keys"),
    ("    aside: \"拉横幅(\"\n", "not a regular expression"),
])
def test_schema_errors_name_the_file_and_the_rule(tmp_path, change, message):
    path = tmp_path / "contract.yaml"
    path.write_text(
        "topic: contract\nrules:\n  - id: x\n    situations: {zh: [甲, 乙, 丙], en: [a]}\n"
        "    conclusion: {zh: 能。, en: Yes.}\n    cites: [{law: 中华人民共和国劳动合同法, article: 82}]\n" + change,
        encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(message)) as excinfo:
        load_rule_file(path)
    assert str(path) in str(excinfo.value) and "(x)" in str(excinfo.value)


def test_a_rule_reached_through_an_exclusion_is_trusted_even_when_it_also_matched_by_wording(tmp_path):
    """The general rule matched by wording is excluded by the worker's facts; the rule it names instead
    also matched (untrusted) by wording. The facts vouch for it: it leads, trusted."""
    (tmp_path / "dismissal.yaml").write_text(
        "topic: dismissal\nrules:\n"
        "  - id: general\n    situations: {zh: [公司把我开除了 能要赔偿吗, 被公司开除 赔偿, 开除 赔偿金], en: [fired]}\n"
        "    excludes: [{when: hospitalized, instead: dismissal/medical}]\n"
        "    conclusion: {zh: 能。, en: Yes.}\n    cites: [{law: 中华人民共和国劳动合同法, article: '87', terms: [二倍]}]\n"
        "  - id: medical\n    situations: {zh: [医疗期内被开除, 生病期间公司开除我, 住院 开除], en: [fired in hospital]}\n"
        "    conclusion: {zh: 不能。, en: No.}\n    cites: [{law: 中华人民共和国劳动合同法, article: '42', terms: [医疗期]}]\n",
        encoding="utf-8")
    index = RuleIndex(load_rules(tmp_path))  # words only (no vector index): nothing is trusted by similarity
    [match] = index.match("住院期间公司把我开除了 能要赔偿吗", flags=frozenset({"hospitalized"}), limit=1)
    assert match.rule.key == "dismissal/medical" and match.confident and match.via == "dismissal/general"
    [plain] = index.match("住院期间公司把我开除了 能要赔偿吗", limit=1)  # without the fact: nothing vouches
    assert not plain.confident


def test_a_rule_first_by_meaning_and_by_words_is_trusted(tmp_path):
    """No article agreement, no facts, no near-copy of a situation: a rule that both the embedding and the
    word ranking put first, with its words clearly present, leads trusted; second place in either is not enough."""
    import chromadb

    from knowledge.config import EmbeddingSettings
    from knowledge.embeddings import create_embeddings
    from knowledge.index import VectorCollection

    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "privacy.yaml").write_text(
        "topic: privacy\nrules:\n"
        "  - id: family_details\n    situations: {zh: [入职登记表要填父母的身份证号和工作单位, 公司要我交家里人的身份证号码,"
        " 入职要填配偶父母的电话和单位], en: [the form asks for my parents' ID numbers]}\n"
        "    conclusion: {zh: 不必。, en: No.}\n    cites: [{law: 中华人民共和国劳动合同法, article: '8', terms: [基本情况]}]\n"
        "  - id: cameras\n    situations: {zh: [办公室装了摄像头对着工位, 车间到处是监控, 宿舍门口装监控], en: [cameras over my desk]}\n"
        "    conclusion: {zh: 可以装在公共区域。, en: 'Yes, in public areas.'}\n"
        "    cites: [{law: 中华人民共和国劳动合同法, article: '4', terms: [规章制度]}]\n",
        encoding="utf-8")
    embeddings = create_embeddings(EmbeddingSettings())  # the bundled offline model
    collection = VectorCollection(chromadb.PersistentClient(path=str(tmp_path / "chroma")), "rules", embeddings)
    # Six situations make small BM25 scores (the bundled rules' thousands make larger ones): a lower bar here.
    index = RuleIndex(load_rules(tmp_path / "rules"), collection, settings=MatchSettings(agreeing_lexical=3.0))
    index.sync()
    message = "新单位让我在入职表上填爸妈的身份证号码和单位电话，不填不给办入职，这合法吗"
    vector = embeddings.embed_query(message)
    [match] = index.match(message, vector=vector, limit=1)
    assert match.rule.key == "privacy/family_details" and match.confident
    assert match.similarity < index.settings.confident_similarity  # not trusted as a near-copy
    # The same message when its words point elsewhere: meaning alone does not vouch for it.
    strict = RuleIndex(index.book, collection, settings=replace(index.settings, agreeing_lexical=1e9))
    [weaker] = strict.match(message, vector=vector, limit=1)
    assert weaker.rule.key == "privacy/family_details" and not weaker.confident


def test_a_rules_situation_profile_weighs_the_messages_facts():
    from knowledge.rules import profile_fit

    dismissed = {"dismissed": 0.9, "left_job": 0.9}
    assert profile_fit(dismissed, frozenset({"dismissed"})) == (0.9, 0.0)
    # the worker resigned; the rule's situations are dismissals: opposed, not merely absent
    assert profile_fit(dismissed, frozenset({"resigned", "left_job"}))[1] == 0.9
    assert profile_fit({"grade_5_6": 1.0}, frozenset({"grade_7_10"}))[1] == 1.0
    assert profile_fit({}, frozenset({"pregnant"})) == (0.0, 0.0)


@pytest.mark.parametrize(("key", "message", "instead"), [
    # an apprentice at a licensed shop works for an individual economic organization, not for a craftsman
    ("labor_relation/craftsman_or_farm_helper", "店是有营业执照的个体户，老板手下还有5个师傅，我当学徒一分钱没拿到",
     "labor_relation/individual_business_employee"),
    # a foreigner's employment turns on the work permit, not on studies (no permit told: the no-permit rule, which
    # gives way in turn to a permit told)
    ("labor_relation/student_intern", "I'm a Canadian teacher at a training school, the contract expired in July",
     "labor_relation/foreign_worker_no_permit"),
    ("labor_relation/foreign_worker_no_permit",
     "I'm a Canadian teacher with a work permit, the contract expired in July",
     "labor_relation/foreign_worker_with_permit"),
    ("procedure/final_award", "裁决书上写的是非终局裁决，我不服", "procedure/disagree_with_award"),
    # a mediation agreement already signed and not honoured: how to enforce it, not whether to mediate
    ("procedure/labor_mediation", "老板签了调解协议答应月底付清，到现在一分没给", "procedure/mediation_agreement_not_honoured"),
    # a worker who refused the contract offered: whether it was their fault decides the double wages
    ("contract/unsigned_contract_double_wages", "入职8个月了，人事拿合同给我签，里面条款不合理，这合同我不签",
     "contract/worker_refused_to_sign"),
    # a settlement put to an injured worker who asks whether to sign: not what a signed one is worth
    ("injury/private_settlement_below_legal", "骨折住院10天，老板拿来一份协议说给5000块一次性了结，我该不该签？",
     "injury/settlement_offered_not_yet_signed"),
    # a farm household's picker hurt on the job: no work injury, whatever rule the words bring (a rule that gives way to
    # a household's domestic worker gives way to a farm household's or a craftsman's helper too)
    ("injury/workplace_accident", "在村里种苹果的大户家摘苹果，他是个人承包的地，我从梯子上摔下来把腰扭了",
     "labor_relation/craftsman_or_farm_helper"),
    ("injury/unlicensed_employer_or_child_labor", "给个人承包果园的老板摘苹果摔伤了，他没营业执照",
     "labor_relation/craftsman_or_farm_helper"),
    # a pregnant dispatched worker sent back by the host: the return's own bar, not the general return rule
    ("dispatch/dispatch_returned_by_host", "我是派遣工，怀孕6个月了，厂里说业务调整把我退回派遣公司",
     "dispatch/pregnant_dispatched_worker_returned"),
    # a contract running out after ten years, or at the end of a second fixed term: not N, the open-ended contract
    ("contract/expiry_non_renewal_compensation", "我2013年9月1号进的厂，干了13年了，合同今年12月31号到期，厂里说不续了",
     "contract/open_ended_ten_years"),
    ("dismissal/contract_expiry_compensation", "签过两次三年合同，第二次到期公司说不续了，给多少补偿",
     "contract/open_ended_after_two_fixed_terms"),
    # sent by an agency without a dispatch licence: the host pays the wages it owes (保障农民工工资支付条例第十八条)
    ("dispatch/dispatch_agency_is_employer", "合同是跟一家人力公司签的，它没有劳务派遣许可证，每天是环卫所排班，工资欠了两个月",
     "dispatch/dispatch_unlicensed_agency"),
    # more than a year unsigned because the worker would not sign: whether it was their fault decides first
    ("contract/unsigned_contract_over_one_year", "去年8月进的厂，人事拿合同给我签，我一直拖着没签，后来又发过两次书面通知让我签我也没理。"
     "现在干了一年多，能要11个月的双倍不？", "contract/worker_refused_to_sign"),
    # a pregnant worker sent into the freezer: the pregnancy's protection, not the period's
    ("women/menstrual_period_work", "我怀孕4个月了，主管把我调到零下18度的冷库去搬箱子", "women/pregnancy_prohibited_work"),
    # held-out 34: a loss the worker caused, taken 800 a month, is no deposit
    ("arrears/deposit_deducted_from_wages", "我忘了加水把蒸饭柜烧坏了，园里每个月从工资扣800，扣到6000为止",
     "arrears/wage_deduction_for_losses"),
    # a back strained lifting a resident: an accident at work, not sick leave in a medical period
    ("dismissal/medical_period_dismissal", "把老人从床上抱到轮椅上，腰一下子扭了，院长让我自己请病假",
     "injury/workplace_accident"),
    # a death: the family's benefits, not the injured worker's
    ("injury/settlement_offered_not_yet_signed", "我老公在厂里出事故死了，老板让我们签私了协议，给30万",
     "injury/settlement_offered_after_death"),
    # a permit holder hurt at work asks about the injury, not whether he is an employee
    ("labor_relation/foreign_worker_with_permit", "I have a work permit. A rack fell on me at work and broke my left "
     "forearm.", "injury/workplace_accident"),
    # a worker who resigned over a pay cut is owed no dismissal's 2N
    ("dismissal/dismissed_without_reason", "学校单方把我工资从8千降到5千，我去年12月10号递交了书面辞职信",
     "contract/quit_for_employer_fault"),
    # still in the job: the year's unused leave, not its settling on leaving
    ("overtime_hours/annual_leave_on_leaving", "我还在这上班，今年一天年假都没休，老板说不给钱",
     "overtime_hours/unused_annual_leave_pay"),
])
def test_a_rule_gives_way_where_its_situation_is_not_the_workers(key, message, instead):
    from datetime import date

    from knowledge.facts import extract_facts
    from knowledge.rules import exclusion_for

    flags = extract_facts(message, today=date(2026, 11, 24)).flags
    assert exclusion_for(load_rules().get(key), flags).instead == instead


def test_exclusions_are_followed_to_the_end():
    """入职8个月, refused to sign: the first month's rule gives way to the first year's, which gives way to the rule for
    a worker who refused; matching never stops half way."""
    from datetime import date

    from knowledge.facts import extract_facts

    message = "入职8个月了，人事拿合同给我签，里面写着自愿放弃加班费，这合同我不签，现在能要双倍工资吗"
    flags = extract_facts(message, today=date(2026, 11, 24)).flags
    keys = [m.rule.key for m in RuleIndex(load_rules()).match(message, flags=flags, limit=10)]
    assert "contract/worker_refused_to_sign" in keys
    assert not {"contract/unsigned_contract_first_month", "contract/unsigned_contract_double_wages"} & set(keys)


def test_a_worker_taken_off_social_insurance_as_about_to_retire_is_told_it_may_not_stop():
    """"你今年都50了马上就退休，社保不用再交了": the rule for insurance stopped before the retirement age leads (by its words
    alone), not the reform's table of ages that leaves the question "能停吗" unanswered."""
    from datetime import date

    from knowledge.facts import extract_facts

    message = "我是女工，1976年5月出生，社保一共交了11年。主管说你今年都50了马上就退休，社保不用再交了，从这个月起就给我停了。公司能停我社保吗？"
    flags = extract_facts(message, today=date(2026, 11, 24)).flags
    [first, *_] = RuleIndex(load_rules()).match(message, flags=flags, limit=3)
    assert first.rule.key == "social_insurance/stopped_before_retirement_age"
    assert first.rule.conclusion.zh.startswith("不能停")


def test_a_settlement_put_to_an_injured_worker_says_an_uninsured_employer_pays_and_keeps_death_benefits_for_a_death():
    """Held-out 34 (read): a worker without injury insurance offered a lump sum for two fingers was told the injury fund
    pays the disability grant, and given the death benefits besides."""
    book = load_rules()
    injured = book.get("injury/settlement_offered_not_yet_signed").conclusion
    assert "由单位按同样的项目和标准支付" in injured.zh and "丧葬补助金" not in injured.zh
    assert "pay all of these itself" in injured.en and "funeral" not in injured.en
    death = book.get("injury/settlement_offered_after_death")
    assert "death" in death.requires
    assert "丧葬补助金" in death.conclusion.zh and "由单位按同样的项目和标准支付" in death.conclusion.zh
