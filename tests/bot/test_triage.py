"""Triage from the policy: every code on phrasings written from the policy (both languages), and ordinary
questions that must not escalate. The table is written from the triage policy in bot/triage.py, not
from evaluation questions; test_table_recall_and_precision reports both on it."""

from __future__ import annotations

from datetime import date

import pytest

from bot.triage import SEVERITY, Deadline, deadline_is_near, deadlines, triage
from knowledge.facts import extract_facts, normalize_text
from knowledge.rules import ESCALATION_CODES
from knowledge.vocabulary import load_vocabulary

TODAY = date(2025, 11, 20)


@pytest.fixture(scope="module")
def places() -> dict[str, str]:
    return load_vocabulary().place_to_province


def run(text: str, places: dict[str, str] | None = None):
    return triage(text, extract_facts(text, today=TODAY, places=places), today=TODAY)


# (message, the code it must carry)
ESCALATING = [
    # risk to life or safety: threats of harm, violence, doxxing, stalking, self-harm
    ("老板说再去讨薪就找人打断我的腿，我该怎么办", "life_safety"),
    ("主管当着全车间的面打了我两巴掌", "life_safety"),
    ("被老板威胁说要弄死我，还说知道我住哪", "life_safety"),
    ("包工头把我的身份证照片和家庭住址发到网上了", "life_safety"),
    ("工资要不到，房租也交不起，我真的不想活了", "life_safety"),
    ("I don't want to live anymore, the company fired me and owes me three months", "life_safety"),
    ("My supervisor keeps following me home after shifts and waits outside my building", "life_safety"),
    ("The foreman threatened to beat me if I report the unpaid wages", "life_safety"),
    ("The boss said if I go to the labor bureau he will have me beaten", "life_safety"),
    # a death at work
    ("我爸在工地从脚手架上摔下来，当场死亡，包工头不管", "death"),
    ("丈夫在厂里触电身亡，厂里只愿意赔十万", "death"),
    ("工友被钢梁砸死了，家属该找谁", "death"),
    ("My brother died in an accident at the factory last week. What can the family claim?", "death"),
    # serious injury or disability
    ("工伤鉴定伤残五级，公司要跟我解除合同", "serious_injury"),
    ("手被机器轧断了三根手指，老板只给了两万", "serious_injury"),
    ("从三楼摔下来腰椎骨折，做了手术还在住院", "serious_injury"),
    ("头被钢管砸了，颅内出血，现在在ICU", "serious_injury"),
    ("工地事故后我老公一直昏迷不醒", "serious_injury"),
    ("评了伤残三级，公司一分钱不给", "serious_injury"),
    ("I lost two fingers in a press machine at work", "serious_injury"),
    ("He broke his leg on the site and has been in hospital for three weeks", "serious_injury"),
    # occupational disease
    ("在石材厂干了八年，查出来尘肺病", "occupational_disease"),
    ("怀疑是苯中毒，医院让做职业病诊断", "occupational_disease"),
    ("I was diagnosed with silicosis after ten years at a quarry", "occupational_disease"),
    # ten or more workers in the same claim
    ("我们工地四十多个农民工被欠了半年工资", "group_claim"),
    ("三十多个工友一起去讨薪，老板不见人", "group_claim"),
    ("十余名工人被拖欠工资，该去哪里投诉", "group_claim"),
    ("全厂一百多人的社保都没交", "group_claim"),
    ("我们班组12个人，工钱都没结", "group_claim"),
    ("We are 25 workers and the factory has not paid any of us for two months", "group_claim"),
    # the employer has vanished or is moving assets
    ("老板跑路了，欠我们三个月工资", "vanished_employer"),
    ("厂里晚上偷偷把设备搬走了，工资还没结", "vanished_employer"),
    ("包工头电话打不通，人也找不到", "vanished_employer"),
    ("The boss disappeared and his phone is switched off; we have not been paid since August", "vanished_employer"),
    ("They are selling off the equipment and nobody has been paid", "vanished_employer"),
    ("两个月没发工资了，听说老板要把厂卖了", "vanished_employer"),
    # a computed deadline within 60 days (today is 2025-11-20)
    ("我是去年12月10号被辞退的，公司一直没给补偿", "deadline_near"),
    ("去年12月20号在车间受的伤，公司没给申请工伤", "deadline_near"),
    ("离职快一年了，工资还欠着，还能去仲裁吗", "deadline_near"),
    ("上周收到了仲裁裁决书，不服想去法院起诉", "deadline_near"),
    ("收到裁决书10天了，还能起诉吗", "deadline_near"),
    ("仲裁时效还有20天就满一年了", "deadline_near"),
    ("I was dismissed 11 months ago and the company still owes me wages", "deadline_near"),
    ("I left the job on December 1, 2024 and they never paid my last month", "deadline_near"),
    ("去年11月底离职，公司欠我两个月工资", "deadline_near"),
    ("I left my job last December and still have not been paid, can I go to arbitration?", "deadline_near"),
    # pregnancy, maternity or nursing with dismissal, non-renewal or pressure to resign
    ("我怀孕三个月，公司说要辞退我", "pregnancy_dismissal"),
    ("产假还没休完，HR让我自己写辞职信", "pregnancy_dismissal"),
    ("怀孕后公司给我调岗降薪，逼我走", "pregnancy_dismissal"),
    ("哺乳期合同到期，公司说不续签了", "pregnancy_dismissal"),
    ("I'm pregnant and was fired yesterday", "pregnancy_dismissal"),
    ("I am breastfeeding and my employer says it will not renew my contract", "pregnancy_dismissal"),
    # sexual harassment
    ("主管经常对我动手动脚，还发黄色图片", "sexual_harassment"),
    ("经理说陪他睡一晚就给我转正", "sexual_harassment"),
    ("My manager keeps touching me and says I must sleep with him to pass probation", "sexual_harassment"),
    ("My supervisor keeps sending me explicit photos", "sexual_harassment"),
    # a likely crime against the worker
    ("在女更衣室发现了针孔摄像头", "crime_against_worker"),
    ("The company put a camera in the women's changing room", "crime_against_worker"),
    ("老板把我们的身份证收走了，不让我们离开厂区", "crime_against_worker"),
    ("劳动监察大队已经责令老板限期支付，到期了他还是不给", "crime_against_worker"),
    ("They locked us in the dormitory at night and won't let us leave", "crime_against_worker"),
    ("The labor inspection bureau ordered the company to pay us in March, but it still refuses",
     "crime_against_worker"),
]

ORDINARY = [
    "手被划了个口子，已经好了，能算工伤吗",
    "签了竞业协议，离职后去了同行，老板说要告我",
    "离职4个月了，公司还欠我一个月工资",
    "怀孕了去产检，公司按事假扣工资合法吗",
    "我有十年工龄，公司要跟我签无固定期限合同吗",
    "我和3个工友都没签劳动合同",
    "前年在厂里骨折住院了一个月，现在已经好了，工伤也认定了，想问伤残补助怎么算",
    "试用期被辞退，公司说不用给补偿，对吗",
    "每天加班3小时，周末也要上班，加班费怎么算",
    "公司不给交社保，我能要求补缴吗",
    "月薪8000，干了3年被裁员，能拿多少补偿",
    "公司在办公室装了监控，这合法吗",
    "年假没休完，离职的时候能折算工资吗",
    "我想辞职，需要提前多久说",
    "公司能不能辞退怀孕的员工",
    "产假有多少天",
    "老板威胁我说不签这个协议就扣我工资",
    "合同还有20天到期，公司不续签有补偿吗",
    "去年3月入职，到现在还没签合同，能要双倍工资吗",
    "我们公司有很多人加班，加班费怎么算",
    "我在深圳做外卖骑手，被平台封号了怎么办",
    "我们公司有500人，我被调岗了，合法吗",
    "工资每月15号发，这个月拖到20号才发，算拖欠吗",
    "我没受伤，但是工友被砸伤了，公司会赔吗",
    "单位要求做职业病体检，费用谁出",
    "上个月被辞退了，公司给了N+1，这个数对吗",
    "我今年怀孕了，公司会不会不给我续签",
    "他打了我好几个电话催我回去上班",
    "工伤鉴定十级，一次性伤残补助金怎么算",
    "十几年前在矿上干过，现在想补缴社保",
    "I have worked for the company for 3 years without a written contract. Can I get double wages?",
    "My employer wants me to sign a non-compete agreement. Is that legal?",
    "How much overtime pay should I get if I work on public holidays?",
    "With 10 years of service, how much severance can I get?",
    "I quit my job 4 months ago. Can I still claim unpaid overtime?",
    "I'm pregnant. Can my employer refuse leave for prenatal checkups?",
    "The company is cutting our bonus this year. Is it legal?",
    "My boss said he will sue me if I join a competitor.",
]


@pytest.mark.parametrize("text, code", ESCALATING)
def test_policy_cases_escalate(text, code, places):
    result = run(text, places)
    assert result.escalate, text
    assert code in result.codes, (text, result.codes)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_questions_do_not_escalate(text, places):
    result = run(text, places)
    assert not result.escalate, (text, result.codes)
    assert result.codes == ()


def test_table_covers_every_code_in_both_languages():
    codes = {code for _, code in ESCALATING}
    assert codes == ESCALATION_CODES
    english = {code for text, code in ESCALATING if text.isascii()}
    assert english == ESCALATION_CODES
    assert len(ESCALATING) >= 40 and len(ORDINARY) >= 30


def test_table_recall_and_precision(places, capsys):
    hits = sum(run(text, places).escalate for text, _ in ESCALATING)
    false_alarms = sum(run(text, places).escalate for text in ORDINARY)
    recall = hits / len(ESCALATING)
    precision = hits / (hits + false_alarms) if hits + false_alarms else 1.0
    with capsys.disabled():
        print(f"\ntriage on its own table: recall {recall:.2f} ({hits}/{len(ESCALATING)}), "
              f"precision {precision:.2f} ({false_alarms} false alarms in {len(ORDINARY)} ordinary)")
    assert recall == 1.0 and precision == 1.0


def test_codes_are_the_rule_codes_most_serious_first():
    assert set(SEVERITY) == ESCALATION_CODES
    result = run("工友被砸死了，老板跑了，我们三十多个人的工资也没发")
    assert result.codes == ("death", "vanished_employer", "group_claim")


def test_days_left_is_the_nearest_deadline():
    # dismissed 2024-12-10: arbitration until 2025-12-10; injured 2025-10-01: application until 2026-10-01
    text = "我是去年12月10号被辞退的，今年10月1号受的伤"
    facts = extract_facts(text, today=TODAY)
    result = triage(text, facts, today=TODAY)
    assert result.days_left == 20
    assert result.deadline == Deadline("arbitration", date(2025, 12, 10), 20)
    kinds = [d.kind for d in deadlines(normalize_text(text), facts, today=TODAY)]
    assert kinds == ["arbitration", "injury_application"]


def test_a_deadline_eight_months_away_is_shown_but_does_not_escalate():
    result = run("我是今年3月20号离职的，公司欠我加班费")
    assert result.days_left == 120
    assert not result.escalate


def test_a_passed_deadline_is_reported_but_not_near():
    result = run("我是2023年5月离职的，工资到现在还没给")
    assert result.days_left is not None and result.days_left < 0
    assert "deadline_near" not in result.codes


def test_tenure_is_not_a_deadline():
    # nearly a year of *tenure* says nothing about a time limit
    result = run("我在这家公司干了快一年了，还在上班，老板一直不给签合同")
    assert result.days_left is None
    assert not result.escalate


def test_still_employed_worker_has_no_arbitration_deadline_from_tenure():
    assert run("入职11个月，还在干，工资拖了两个月").days_left is None


def test_household_worker_is_not_given_an_arbitration_deadline():
    result = run("我在雇主家做住家保姆，去年12月10号被辞退，工资没结清")
    assert result.deadline is None


def test_recognised_injury_has_no_application_deadline():
    assert run("去年12月1号受的伤，工伤已经认定了，现在谈赔偿").deadline is None


def test_lawsuit_deadline_is_fifteen_days_from_the_award():
    result = run("11月15号收到仲裁裁决书")
    assert result.deadline == Deadline("lawsuit", date(2025, 11, 30), 10)
    assert result.codes == ("deadline_near",)


def test_deadline_window():
    assert deadline_is_near(0) and deadline_is_near(60)
    assert not deadline_is_near(61) and not deadline_is_near(-1) and not deadline_is_near(None)


def test_healed_fracture_is_not_serious_but_grade_six_is():
    assert "serious_injury" not in run("两年前手臂骨折住过院，早就好了，工伤也认定了").codes
    assert "serious_injury" in run("两年前手臂骨折，鉴定伤残六级").codes
    assert "serious_injury" not in run("鉴定伤残七级，一次性伤残补助金怎么算").codes


def test_threats_of_legal_or_employment_action_are_not_danger():
    for text in ("公司威胁说要起诉我赔偿培训费", "HR threatened to fire me if I complain", "老板说要告我违约"):
        assert "life_safety" not in run(text).codes, text


def test_hypothetical_dismissal_of_a_pregnant_worker_is_a_question_not_a_case():
    assert not run("如果公司辞退孕期员工要赔多少").escalate
    assert run("我怀孕了，公司说要辞退我").codes == ("pregnancy_dismissal",)
