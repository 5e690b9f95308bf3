"""The fact extractor on a table of phrasings, Chinese and English: flags, question kinds, amounts, dates,
durations, counts, place, overtime, language; negations; absurd inputs refused."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from knowledge.facts import Facts, extract_facts
from knowledge.rules import FACT_FLAGS, QUESTION_KINDS
from knowledge.vocabulary import load_vocabulary

TODAY = date(2025, 6, 15)
D = Decimal


@pytest.fixture(scope="module")
def places() -> dict[str, str]:
    return load_vocabulary().place_to_province


# (message, expected): "flags" must all be read, "no_flags" must not; "asks" must all be read; any other
# key is a fact that must have exactly that value.
TABLE: list[tuple[str, dict]] = [
    # dates, absolute and relative
    ("上个月30号被辞退的", {"end_date": date(2025, 5, 30), "flags": {"dismissed", "left_job"}}),
    ("去年3月入职的", {"start_date": date(2024, 3, 1)}),
    ("今天被开除了", {"end_date": TODAY, "flags": {"dismissed"}}),
    ("2024年3月1日入职，2025年5月20日离职", {"start_date": date(2024, 3, 1), "end_date": date(2025, 5, 20)}),
    ("3.15入职", {"start_date": date(2025, 3, 15)}),
    ("去年12月10号受的伤", {"injury_date": date(2024, 12, 10), "flags": {"injured"}}),
    ("二〇二三年三月十五日签的劳动合同", {"contract_signed_date": date(2023, 3, 15)}),
    ("5月6号收到的仲裁裁决书", {"ruling_date": date(2025, 5, 6)}),
    ("入职时间是2022-08-01", {"start_date": date(2022, 8, 1)}),
    ("去年年底离职的", {"end_date": date(2024, 12, 31)}),
    ("前天在工地摔了一跤", {"injury_date": date(2025, 6, 13), "flags": {"injured", "construction"}}),
    ("合同2025年12月31日到期", {"end_date": date(2025, 12, 31), "flags": {"contract_expired"},
                            "no_flags": {"left_job"}}),
    ("I started on March 3, 2023 and was fired on May 2, 2025",
     {"start_date": date(2023, 3, 3), "end_date": date(2025, 5, 2), "flags": {"dismissed"}}),
    ("I was injured at work on 12 January 2025", {"injury_date": date(2025, 1, 12), "flags": {"injured"}}),
    ("上周收到了裁决书", {"ruling_date": date(2025, 6, 8)}),
    ("去年11月底离职", {"end_date": date(2024, 11, 30)}),
    ("上个月底离职的", {"end_date": date(2025, 5, 31)}),
    ("2024年3月中旬入职", {"start_date": date(2024, 3, 15)}),
    ("I left my job last December", {"end_date": date(2024, 12, 1)}),
    # durations
    ("在厂里干了13年", {"tenure_months": D(156)}),
    ("入职8个月被辞退了", {"tenure_months": D(8), "flags": {"dismissed"}}),
    ("干了一年半", {"tenure_months": D(18)}),
    ("工作了两年零三个月", {"tenure_months": D(27)}),
    ("做了三个多月", {"tenure_months": D(3)}),
    ("十年工龄", {"tenure_months": D(120), "workers": None}),
    ("离职10个月了", {"months_since_end": D(10), "flags": {"left_job"}, "tenure_months": None}),
    ("离职快一年了", {"months_since_end": D(11)}),
    ("半年前被辞退的", {"months_since_end": D(6)}),
    ("I left 11 months ago", {"months_since_end": D(11), "flags": {"left_job"}}),
    ("I have worked there for 3 years", {"tenure_months": D(36)}),
    ("欠了三个月工资", {"owed_months": D(3), "flags": {"wage_owed"}, "tenure_months": None}),
    ("干了五个月，工资拖了两个月", {"tenure_months": D(5), "owed_months": D(2)}),
    ("三个月没发工资了", {"owed_months": D(3)}),
    ("受伤半年了", {"injury_date": date(2024, 12, 15)}),
    ("收到裁决书10天了", {"ruling_date": date(2025, 6, 5)}),
    ("We have not been paid for 4 months", {"owed_months": D(4), "flags": {"wage_owed"}}),
    # amounts
    ("月薪8千", {"monthly_wage": D(8000)}),
    ("工资8000元", {"monthly_wage": D(8000)}),
    ("月薪一万二", {"monthly_wage": D(12000)}),
    ("老板欠我4万", {"amount_owed": D(40000), "monthly_wage": None}),
    ("一个月8000，欠了三个月，一共2万4", {"monthly_wage": D(8000), "amount_owed": D(24000), "owed_months": D(3)}),
    ("老板欠我工资4万多", {"amount_owed": D(40000), "monthly_wage": None}),
    ("每月到手6500块", {"monthly_wage": D(6500)}),
    ("5000一个月", {"monthly_wage": D(5000)}),
    ("日薪300，干了20天", {"monthly_wage": None}),
    ("公司赔了我2万", {"monthly_wage": None, "amount_owed": None}),
    ("I earn 8,000 yuan a month", {"monthly_wage": D(8000), "language": "en"}),
    ("My boss owes me 20,000 yuan", {"amount_owed": D(20000), "flags": {"wage_owed"}}),
    # counts
    ("十余人被拖欠工资", {"workers": 10, "flags": {"group", "wage_owed"}}),
    ("三十多个工友都没拿到工资", {"workers": 30, "flags": {"group"}}),
    ("我们40多人一起去讨薪", {"workers": 40, "flags": {"group"}}),
    ("我们二十几个都没拿到钱", {"workers": 20, "flags": {"group"}}),
    ("我们班组12个人", {"workers": 12, "flags": {"group"}}),
    ("我和3个工友", {"workers": 3, "no_flags": {"group"}}),
    ("公司有500名员工，我被调岗了", {"workers": None, "no_flags": {"group"}}),
    ("几十个工人被欠薪", {"workers": 20, "flags": {"group"}}),
    ("全厂工人的社保都没交", {"flags": {"group", "no_social_insurance"}}),
    ("We are 25 workers and none of us has been paid", {"workers": 25, "flags": {"group"}}),
    ("工资8000人民币", {"workers": None, "monthly_wage": D(8000)}),
    # injury, disability, hospital
    ("伤残九级", {"disability_grade": 9, "flags": {"disability", "injured"}}),
    ("鉴定为7级伤残", {"disability_grade": 7}),
    ("住院5天", {"hospital_days": 5, "flags": {"hospitalized"}}),
    ("在医院住了两个星期", {"hospital_days": 14}),
    ("He has been hospitalized for three weeks", {"hospital_days": 21, "flags": {"hospitalized"}}),
    ("手指被机器轧断了", {"flags": {"amputation", "injured"}}),
    ("腿摔骨折了", {"flags": {"fracture", "injured"}}),
    ("头被砸了，脑震荡", {"flags": {"head_injury", "injured"}}),
    ("查出了尘肺病", {"flags": {"occupational_disease"}}),
    ("单位组织职业病体检", {"no_flags": {"occupational_disease"}}),
    ("下班路上被车撞了", {"flags": {"commuting", "injured"}}),
    ("工友从脚手架上摔下来，当场死亡", {"flags": {"death"}}),
    ("我累死了", {"no_flags": {"death"}}),
    # negations
    ("我没受伤", {"no_flags": {"injured"}}),
    ("不是工伤，是在家里摔的", {"flags": {"injured"}}),
    ("公司交的是工伤保险", {"no_flags": {"injured"}}),
    ("没签合同", {"flags": {"no_written_contract"}}),
    ("签了劳动合同", {"no_flags": {"no_written_contract"}}),
    ("我没怀孕", {"no_flags": {"pregnant"}}),
    ("没有被辞退，是自己辞职的", {"flags": {"resigned"}, "no_flags": {"dismissed"}}),
    ("我想辞职", {"no_flags": {"resigned", "left_job"}}),
    ("公司能不能辞退我", {"no_flags": {"dismissed"}}),
    ("不用住院", {"no_flags": {"hospitalized"}}),
    ("I was not injured", {"no_flags": {"injured"}}),
    ("老板没有拖欠工资", {"no_flags": {"wage_owed"}}),
    # who, the state of the job, body and family
    ("我在雇主家做住家保姆", {"flags": {"household_employer"}}),
    ("我是家政公司的员工，公司派我去客户家做保洁", {"no_flags": {"household_employer"}}),
    ("在美团送外卖", {"flags": {"platform_worker"}}),
    ("我是劳务派遣工", {"flags": {"dispatched"}}),
    ("还在干", {"flags": {"still_employed"}, "no_flags": {"left_job"}}),
    ("我还没离职", {"flags": {"still_employed"}, "no_flags": {"left_job"}}),
    ("试用期被辞退", {"flags": {"probation", "dismissed"}}),
    ("我怀孕了", {"flags": {"pregnant"}}),
    ("正在休产假", {"flags": {"maternity_leave"}}),
    ("哺乳期", {"flags": {"nursing"}}),
    ("I'm pregnant", {"flags": {"pregnant"}, "language": "en"}),
    ("已经退休了，每月领养老金", {"flags": {"retired_pensioner"}}),
    ("我今年62岁，还在工地干活", {"flags": {"over_retirement_age", "still_employed"}}),
    ("我是在校大学生，暑假工", {"flags": {"student_intern"}}),
    ("做的是兼职", {"flags": {"part_time"}}),
    ("公司不给交社保", {"flags": {"no_social_insurance"}}),
    ("The company never paid my social insurance", {"flags": {"no_social_insurance"}}),
    ("每天加班到很晚", {"flags": {"overtime"}}),
    # danger, crime, collective
    ("老板跑路了", {"flags": {"vanished_employer"}}),
    ("包工头电话打不通", {"flags": {"vanished_employer"}}),
    ("老板在偷偷搬设备", {"flags": {"moving_assets"}}),
    ("主管打了我", {"flags": {"violence"}}),
    ("他打了我好几个电话", {"no_flags": {"violence"}}),
    ("老板扬言要找人收拾我", {"flags": {"threat"}}),
    ("老板说要告我", {"no_flags": {"threat"}}),
    ("公司威胁说要开除我", {"no_flags": {"threat"}}),
    ("经理对我动手动脚", {"flags": {"harassment"}}),
    ("宿舍卫生间里有摄像头", {"flags": {"hidden_camera"}}),
    ("不让我们离开工厂", {"flags": {"forced_labour"}}),
    ("劳动局责令他限期支付，他还是不给", {"flags": {"official_order_ignored"}}),
    ("我不想活了", {"flags": {"self_harm"}}),
    # place
    ("我在深圳打工", {"city": "深圳", "province": "广东"}),
    ("在上海浦东上班", {"city": "上海", "province": "上海"}),
    ("广东的工厂", {"city": None, "province": "广东"}),
    # overtime by kind, hours a month
    ("平时每天加班3小时", {"weekday_overtime_hours": D("65.25")}),
    ("每天工作12小时", {"weekday_overtime_hours": D(87)}),
    ("每周六都要上班", {"restday_overtime_hours": D("34.8")}),
    ("每个月周末加班4天", {"restday_overtime_hours": D(32)}),
    ("国庆加班了3天", {"holiday_overtime_hours": D(24), "weekday_overtime_hours": None}),
    ("春节上班了16小时", {"holiday_overtime_hours": D(16)}),
    # question kinds
    ("公司这样扣工资合法吗", {"asks": {"is_legal"}}),
    ("我能不能要求双倍工资", {"asks": {"can_i"}}),
    ("应该给我多少补偿", {"asks": {"how_much"}}),
    ("经济补偿怎么算", {"asks": {"how_much"}}),
    ("还能去仲裁要吗", {"asks": {"how_long", "can_i"}}),
    ("仲裁时效是多久", {"asks": {"how_long"}}),
    ("应该去哪里投诉", {"asks": {"where"}}),
    ("需要什么证据", {"asks": {"evidence"}}),
    ("被欠薪了咋办", {"asks": {"what_next"}}),
    ("How much can I claim and where do I go?", {"asks": {"how_much", "where"}, "language": "en"}),
    ("Is it legal for them to cut my pay? What should I do?", {"asks": {"is_legal", "what_next"}}),
    ("Is it too late to apply for arbitration?", {"asks": {"how_long"}}),
    # broader wordings, by kind of expression (TODAY is 2025-06-15)
    ("他叫了几个人把我按在地上踢", {"flags": {"violence"}}),
    ("再来就打断你的腿", {"flags": {"threat"}}),
    ("前老板天天在楼下蹲我", {"flags": {"threat"}}),
    ("老板说要跟我打官司", {"no_flags": {"threat"}}),
    ("I keep thinking about ending it all", {"flags": {"self_harm"}}),
    ("送到医院当晚就走了，厂里不管", {"flags": {"death"}}),
    ("爷爷去世了，回老家奔丧", {"no_flags": {"death"}}),
    ("看到新闻说一个外卖员猝死了", {"no_flags": {"death"}}),
    ("如果在工地摔死了能赔多少", {"no_flags": {"death"}}),
    ("伤残鉴定结果出来了，是五级", {"disability_grade": 5}),
    ("在医院截了两根手指", {"flags": {"amputation", "injured"}}),
    ("组长老给我发骚扰短信，还要我的照片", {"flags": {"harassment"}}),
    ("The supervisor keeps grabbing me", {"flags": {"harassment"}}),
    ("told my boss i'm expecting", {"flags": {"pregnant"}}),
    ("I'm expecting a reply from HR", {"no_flags": {"pregnant"}}),
    ("宿舍晚上从外面反锁", {"flags": {"forced_labour"}}),
    ("人社局下了限期支付的决定书，期限过了还不付", {"flags": {"official_order_ignored"}}),
    ("老板把我微信删了，手机也停机了", {"flags": {"vanished_employer"}}),
    ("老板不回消息", {"no_flags": {"vanished_employer"}}),
    ("半夜厂里在拉设备，老板说是拿去维修", {"flags": {"moving_assets"}}),
    ("晚上在仓库搬货", {"no_flags": {"moving_assets"}}),
    ("十五个老师的工资都拖了", {"workers": 15, "flags": {"group"}}),
    ("二十来个老员工被裁了", {"workers": 20, "flags": {"group"}}),
    ("a company with about 500 employees", {"workers": None, "no_flags": {"group"}}),
    ("在一家有1000多名员工的企业上班", {"workers": None, "no_flags": {"group"}}),
    ("查出白血病，车间长期接触苯", {"flags": {"occupational_disease"}}),
    ("听说干工地容易得尘肺，没有任何症状", {"no_flags": {"occupational_disease"}}),
    ("去年11月30号在仓库扭伤了腰", {"injury_date": date(2024, 11, 30), "flags": {"injured"}}),
    ("去年圣诞节那天在车间摔伤了", {"injury_date": date(2024, 12, 25)}),
    ("十一个多月前在车间被机器卷进去", {"injury_date": date(2024, 7, 15)}),
    ("A pallet fell on my leg 11 months ago", {"injury_date": date(2024, 7, 15)}),
    # absurd inputs: no crash, no value
    ("我在厂里干了999999个月了", {"tenure_months": None}),
    ("2099年13月", {"monthly_wage": None, "start_date": None, "end_date": None}),
    ("工资是2099年13月", {"monthly_wage": None}),
    ("月薪1e309", {"monthly_wage": None}),
    ("欠我一万亿亿", {"amount_owed": None}),
    ("月薪99999999999999999999", {"monthly_wage": None}),
    ("住院99999天", {"hospital_days": None}),
    ("伤残十五级", {"disability_grade": None}),
    ("2099年3月5日入职", {"start_date": None}),
]


@pytest.mark.parametrize("text, expected", TABLE, ids=[t for t, _ in TABLE])
def test_phrasings(text, expected, places):
    facts = extract_facts(text, today=TODAY, places=places)
    for key, value in expected.items():
        if key == "flags":
            assert value <= facts.flags, (text, facts.flags)
        elif key == "no_flags":
            assert not value & facts.flags, (text, facts.flags)
        elif key == "asks":
            assert value <= facts.asks, (text, facts.asks)
        else:
            assert getattr(facts, key) == value, (text, key, getattr(facts, key))
    assert facts.flags <= FACT_FLAGS and facts.asks <= QUESTION_KINDS


def test_table_is_large_and_in_both_languages():
    assert len(TABLE) >= 80
    assert sum(text.isascii() for text, _ in TABLE) >= 15


def test_language():
    assert extract_facts("老板欠我工资怎么办", today=TODAY).language == "zh"
    assert extract_facts("My boss owes me wages, what should I do?", today=TODAY).language == "en"
    assert extract_facts("我的HR说no contract", today=TODAY).language == "zh"


def test_absurd_and_hostile_input_does_not_crash():
    hostile = ("", "   ", "1e309" * 50, "9" * 5000, "一万亿亿亿亿", "年月日号" * 100, "\x00\u202e",
               "干了" * 300 + "个月")
    for text in hostile:
        facts = extract_facts(text, today=TODAY)
        assert facts.tenure_months is None and facts.monthly_wage is None


def test_service_start_from_a_duration():
    # 干了13年, still working: counted back from today
    facts = extract_facts("在这家厂干了13年，还在干", today=TODAY)
    assert facts.service_end() is None
    assert facts.service_start() == date(2012, 6, 15)
    # 入职8个月 and 离职10个月了: counted back from the end of the job
    facts = extract_facts("入职8个月就被辞退了，离职10个月了", today=TODAY)
    assert facts.service_end() == date(2024, 8, 15)
    assert facts.service_start() == date(2023, 12, 15)
    # a stated date wins over a duration
    facts = extract_facts("2020年5月1日入职，干了5年", today=TODAY)
    assert facts.service_start() == date(2020, 5, 1)


def test_merged_keeps_what_was_said_and_lets_the_newer_message_win():
    first = extract_facts("月薪8000，去年3月入职，上个月离职了", today=TODAY)
    second = extract_facts("其实我还在干，月薪是9000", today=TODAY)
    merged = first.merged(second)
    assert merged.monthly_wage == D(9000)
    assert merged.start_date == date(2024, 3, 1)
    assert "still_employed" in merged.flags and "left_job" not in merged.flags


def test_dict_round_trip():
    facts = extract_facts("我在深圳，月薪8千，2024年3月1日入职，三十多个工友被欠薪，还能仲裁吗", today=TODAY,
                          places=load_vocabulary().place_to_province)
    assert Facts.from_dict(facts.to_dict()) == facts
    assert facts.to_dict()["monthly_wage"] == "8000.00"


def test_known_names_the_rule_facts():
    facts = extract_facts("月薪8000，干了3年", today=TODAY)
    assert facts.known() == {"monthly_wage": D("8000.00"), "tenure_months": D(36)}
