"""Rules a message's facts or words bring on their own, whatever rule leads or when none does: ten or more workers
are told how to claim together, a fine docked from pay whether it can be had back, a worker asked to sign a settlement
after an injury or a resignation the employer drafted whether to sign, one owed wages whether they may quit with
compensation, one waiting for an award whether the money can come first, a hidden camera that it is a crime, a
nursing or pregnant worker dismissed the bar on it."""

from __future__ import annotations

import re

import pytest

from bot.conversation import ConversationState
from tests.bot.test_assistant import make_assistant


@pytest.fixture(scope="module")
def pay_kb(tmp_path_factory, corpus_dir):
    """The labor subset with 工资支付暂行规定 besides (the fines rule rests on its article 15), 安全生产法 (a settlement
    waiving an accident's liability is void, 第五十二条) and 民法典's articles on revoking a contract (胁迫, 显失公平:
    第一百四十三条至第一百五十七条; privacy and its remedies:
    第九百九十五条, 第一千零三十二、三十三条; sexual harassment and emotional damages: 第一千零一十条, 第一千一百八十三条),
    民事诉讼法第八十五、一百零四条 (a court's period ending on a rest day,
    preservation before a claim), 女职工劳动保护特别规定 (a pregnant worker pushed out, 第五条), 公司法第二百三十八至二百四十条 (a company
    deregistered while owing wages), 治安管理处罚法 (threats and doxxing, 第五十条), 职业病防治法 (heatstroke as an
    occupational disease), 个人信息保护法 (data to delete after leaving, 第四十七条) and 劳动保障监察条例 (the ways to
    claim unpaid wages compared) and the criminal interpretation on wage refusal (a threat when asking for wages, 第五条), in
    its own directory so the session's shared base is not changed; and 刑法第二百四十四条 (forced labour) and the annual
    leave's regulation and measures (leave not taken on leaving); and the court's rules on work-injury cases (an injury
    on a break at the workplace, 第四条); and 妇女权益保障法 (an employer's duty on sexual harassment, 第二十五条)."""
    from dataclasses import replace

    from ingestion.builtin import load_builtin_laws
    from ingestion.sync import load_paths
    from tests.helpers.kb import build_labor_kb
    from tests.helpers.paths import corpus_file

    kb = build_labor_kb(tmp_path_factory.mktemp("pay-kb") / "data")
    files, failures = load_paths([corpus_file("工资支付暂行规定"), corpus_file("女职工劳动保护特别规定"),
                                  corpus_file("劳动保障监察条例"),
                                  corpus_file("最高人民法院关于审理拒不支付劳动报酬刑事案件适用法律若干问题的解释"),
                                  corpus_file("职工带薪年休假条例"), corpus_file("企业职工带薪年休假实施办法"),
                                  corpus_file("最高人民法院关于审理工伤保险行政案件若干问题的规定")])
    assert not failures, failures
    (safety, civil, disease, privacy, procedure, company, public_order, criminal, women), errors = load_builtin_laws(
        ["中华人民共和国安全生产法", "中华人民共和国民法典", "中华人民共和国职业病防治法", "中华人民共和国个人信息保护法",
         "中华人民共和国民事诉讼法", "中华人民共和国公司法", "中华人民共和国治安管理处罚法", "中华人民共和国刑法",
         "中华人民共和国妇女权益保障法"])
    assert not errors, errors
    # forced labour (第二百四十四条) beside the articles the labour subset holds already (第二百七十至二百八十条: the
    # wage-refusal crime among them), one source
    criminal = replace(criminal, articles=[a for a in criminal.articles
                                           if (a.number == 244 and not a.suffix) or 270 <= (a.number or 0) <= 280])
    civil = replace(civil, articles=[a for a in civil.articles if 143 <= (a.number or 0) <= 157
                                     or 1032 <= (a.number or 0) <= 1033 or a.number in (995, 1010, 1183)])
    # a period's last day; preservation before a claim
    procedure = replace(procedure, articles=[a for a in procedure.articles if a.number in (85, 104)])
    # a company deregistered while owing wages: the liquidators' and the shareholders' liability
    company = replace(company, articles=[a for a in company.articles if 238 <= (a.number or 0) <= 240])
    assert not kb.ingestor.sync_documents([*files, safety, civil, disease, privacy, procedure, company,
                                           public_order, criminal, women]).failed
    kb.rules.sync()
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


def test_fines_taken_from_pay_told_in_english_are_answered(pay_kb):
    # "deducted ¥1,800 from my pay as 'complaint fines'": the fine comes after the pay, and is answered all the same
    answer = ask(pay_kb, "In October they deducted ¥1,800 from my pay as 'complaint fines' (¥200 per customer "
                         "complaint), and my September wages were paid 20 days late. Is this allowed? If I quit now, "
                         "can I get severance?")
    assert "arrears/fines_deducted_from_wages" in [answer.rule, *answer.also]
    assert "can be claimed back" in answer.text


def test_a_fine_told_as_taken_in_english_is_answered_beside_quitting_over_late_pay(pay_kb):
    # Held-out 26: "they also took 500 as a 'fine' … Are the fines legal?" went unanswered beside the quitting question.
    answer = ask(pay_kb, "I pick orders in a frozen-food warehouse, 5,000 a month. Pay is supposed to come on the 10th "
                         "but for half a year it comes around the 30th. This month they also took 500 as a 'fine' for "
                         "cartons I dropped. Are the fines legal? Can I quit now and still get compensation?")
    assert "arrears/fines_deducted_from_wages" in (answer.rule, *answer.also)


def test_a_fine_told_as_taken_or_asked_about_in_english_is_read_as_a_fine():
    # (On the full knowledge base the part model did not bring the rule for the message above; the words now do.)
    from bot.answering.grounding import _WORDS_PARTS

    fines = next(p for p in _WORDS_PARTS if p.rule == "arrears/fines_deducted_from_wages")
    assert fines.words.search("This month they also took 500 as a 'fine' for cartons I dropped.")
    assert fines.words.search("I'm so angry. Are the fines legal?")
    assert not fines.words.search("Is that fine with you? I can start on Monday.")


def test_a_contract_s_penalty_feared_is_no_fine_taken_from_pay():
    # Held-out 55: "我去隔壁厂会不会被罚5万" (a non-compete's penalty) was answered as a fine docked from pay.
    from bot.answering.grounding import _WORDS_PARTS

    fines = next(p for p in _WORDS_PARTS if p.rule == "arrears/fines_deducted_from_wages")
    assert not fines.words.search("我就是个喷漆的，我去隔壁厂会不会被罚5万？")
    assert not fines.words.search("老东家说我违反竞业，要罚我违约金")
    assert fines.words.search("每次迟到被罚50块，从工资里扣，合法吗？")
    assert fines.words.search("上个月罚了我200，能要回来吗")


def test_a_fine_is_not_brought_to_a_worker_on_leave_for_an_injury(pay_kb):
    # wages withheld during leave for a work injury are a matter of the injury rules (paid leave), not of fines
    answer = ask(pay_kb, "我上班时手被烫伤，医生开了10天病假，老板说没上班就不给钱，被扣了1500，能要回来吗？")
    assert "扣掉的可以要回" not in answer.text


def test_a_worker_asked_to_sign_a_settlement_after_an_injury_is_told_not_to_rush(pay_kb):
    answer = ask(pay_kb, "我老公在厂里被机器压断了两根手指，还在住院，老板拿来一份协议说一次性给8万以后概不负责，"
                         "我该不该签？他这算工伤吗？")
    assert "先别急着签" in answer.text.split("法律依据")[0]  # answered before the basis, whatever leads
    assert "能争取要回差额" not in answer.text  # what a signed paper is worth is not his question
    assert "《安全生产法》第五十二条" in answer.text
    assert any(c.article == "52" and "安全生产" in c.law for c in answer.citations)


def test_a_settlement_already_signed_is_not_answered_as_one_to_sign(pay_kb):
    answer = ask(pay_kb, "我在车间摔伤了腿，住院的时候老板让我签了私了协议，拿了3万，现在鉴定是八级，签了还能反悔吗？")
    assert "先别急着签" not in answer.text


def test_a_resignation_put_to_the_worker_is_answered_not_to_sign_whatever_is_asked(pay_kb):
    # "让我们都签'自愿离职'，我该怎么办": no 要不要签, and still the answer says not to sign
    answer = ask(pay_kb, "我们公司这两个月在搞注销，我做销售4年3个月，月薪8千。现在公司让我们都签'自愿离职'。我该怎么办？")
    assert "dismissal/forced_to_sign_resignation" in [answer.rule, *answer.also]
    assert "不要签" in answer.text
    signed = ask(pay_kb, "老板上个月让我签了辞职信，写的个人原因，我在这干了4年，现在还能要补偿吗？")
    # it is signed: never a bare "don't sign", and the way to undo it is said first
    assert not signed.text.startswith("不要签") and "\n\n不要签" not in signed.text
    assert "撤销" in signed.text[:300]


def test_a_question_whether_to_sign_is_read_alike_in_both_languages():
    # the answers that tell a worker whether to sign read the same sign-question as the fact reader (its English
    # half was once written with backspaces instead of word boundaries, and never matched)
    from bot.answering.grounding import _RESIGNATION_PAPER, _SETTLEMENT, _asks_to_sign

    assert _asks_to_sign(_SETTLEMENT).search("the boss brought an agreement for 50,000 yuan. should i sign it?")
    assert _asks_to_sign(_RESIGNATION_PAPER).search("hr gave me a resignation letter to sign. is it safe to sign?")
    assert _asks_to_sign(_SETTLEMENT).search("老板拿来一份协议，说一次性给8万，我该不该签？")
    assert not _asks_to_sign(_SETTLEMENT).search("住院的时候老板让我签了私了协议，拿了3万")


def test_a_resignation_paper_with_an_offer_after_it_is_still_one_to_sign():
    # 《个人申请离职书》，签了给一个月工资: the offer after the comma is no signature made
    from bot.answering.grounding import _PUT_TO_SIGN

    assert _PUT_TO_SIGN.search("这周直接找我谈，让我签一份《个人申请离职书》，签了给一个月工资，不签就把我调去仓库")
    assert not _PUT_TO_SIGN.search("老板让我签辞职信签了，现在后悔了")


def test_a_pregnant_worker_asked_to_sign_her_way_out_is_told_not_to(pay_kb):
    # a 协商解除协议 put to a pregnant worker under the threat of dismissal: "协议我该签吗" is answered, whatever leads
    answer = ask(pay_kb, "今年9月1号入职，试用期2个月，月工资5500。上个月查出来怀孕了。前天HR说我试用期考核不合格，让我签一份"
                         "协商解除协议，说不签就直接开除。这合法吗？协议我该签吗？")
    assert "women/pregnant_pushed_out_unpaid" in [answer.rule, *answer.also]
    assert "不要签" in answer.text.split("法律依据")[0]


def test_a_resignation_the_employer_drafted_is_answered_whether_to_sign(pay_kb):
    answer = ask(pay_kb, "公司说要优化我，让我签一份自愿离职申请，说签了给我一个月工资，我要不要签？我在这干了3年，月薪6000，"
                         "能拿多少补偿？")
    assert "不要签" in answer.text.split("法律依据")[0]
    assert "个人原因" in answer.text


def test_a_worker_owed_wages_asking_to_quit_with_compensation_is_answered_so(pay_kb):
    answer = ask(pay_kb, "我在电子厂每天加班3小时，从来没有加班费，公司还拖了两个月工资没发。加班费应该怎么算？"
                         "我要是辞职的话能要补偿吗？")
    head = answer.text.split("法律依据")[0]
    assert "经济补偿" in head and "不用提前30天" in head
    # answered once: by the rule that leads when it is one on quitting for the employer's fault, else as a part
    quitting = {"dismissal/resign_for_unpaid_wages", "contract/quit_for_employer_fault"}
    assert len(quitting & {answer.rule, *answer.also}) == 1


def test_quitting_over_overtime_never_paid_is_answered_beside_the_overtime_owed(pay_kb):
    # held-out 38: "加班费从来没有…加班费能要多少？我要是走了能不能要补偿？" got the overtime figure and nothing on leaving
    answer = ask(pay_kb, "我在前置仓当拣货员，2025年5月1号入职，合同写每天8小时、月工资5000。可实际上每周干6天，每天早上7点干到"
                         "晚上8点，中午吃饭半小时，加班费从来没有，主管说“工资里都包了”。加班费能要多少？我要是走了能不能要补偿？")
    assert "dismissal/resign_for_unpaid_wages" in [answer.rule, *answer.also]
    head = answer.text.split("法律依据")[0]
    assert "能辞职要补偿" in head and "7,344.26" in head
    # overtime worked but not said unpaid, and leaving because the boss says so: no such part
    other = ask(pay_kb, "我每天加班2小时，厂里说再不签合同就让我走人，那走的话有没有补偿？")
    assert "dismissal/resign_for_unpaid_wages" not in [other.rule, *other.also]


def test_compensation_owed_on_leaving_is_not_answered_as_a_question_about_quitting(pay_kb):
    # held-out 18: "离职的时候公司欠我工资和补偿一共一万五" tells what is owed; the worker left long ago and asks about a
    # mediation agreement, so "能辞职要补偿" would answer a question nobody asked
    answer = ask(pay_kb, "我在园林绿化公司干养护，离职的时候公司欠我工资和补偿一共一万五。9月份在街道调解委员会调解，公司签了调解协议，"
                         "说10月31号前付清，结果到现在一分没给。这调解协议有用吗？还得从头去仲裁？")
    assert "dismissal/resign_for_unpaid_wages" not in [answer.rule, *answer.also]
    assert "能辞职要补偿" not in answer.text


def test_money_wanted_before_the_award_is_answered_with_advance_execution(pay_kb):
    answer = ask(pay_kb, "被拖欠工资快三个月了，房租都交不起了，仲裁要等一两个月，能不能让公司先把钱给我？")
    assert "先予执行" in answer.text.split("法律依据")[0]
    assert "《劳动争议调解仲裁法》第四十四条" in answer.text


def test_a_hidden_camera_is_answered_whatever_else_leads(pay_kb):
    answer = ask(pay_kb, "我在酒店做服务员，员工宿舍的卫生间里发现了一个针孔摄像头，领班说是防盗的让我们别声张。"
                         "我想辞职，这个月的工资会不会被扣？")
    assert "110" in answer.text.split("法律依据")[0]
    assert "privacy/hidden_camera_dorm_toilet" in [answer.rule, *answer.also]


def test_a_nursing_worker_dismissed_is_told_the_bar_whatever_leads(pay_kb):
    answer = ask(pay_kb, "我孩子8个月，还在哺乳期，单位照样给我排夜班，我不上，上周公司就说我旷工把我辞退了。"
                         "我月薪7000，干了3年，这样合法吗？")
    head = answer.text.split("法律依据")[0]
    assert "不得因为怀孕、生育、哺乳辞退你" in head and "2N" in head
    assert "dismissal/pregnancy_dismissal_bar" in [answer.rule, *answer.also]
    assert "《劳动合同法》第四十二条" in answer.text


def test_a_pregnant_worker_not_dismissed_is_not_told_the_dismissal_bar(pay_kb):
    answer = ask(pay_kb, "我怀孕5个月了，单位还让我每天加班到晚上九点，合法吗？")
    assert "dismissal/pregnancy_dismissal_bar" not in [answer.rule, *answer.also]


def test_wages_merely_owed_are_not_answered_with_a_vanished_boss_s_emergency_steps(pay_kb):
    # the part model may not answer a rule presupposing what the worker has not said (厂门锁了, 老板跑路)
    answer = ask(pay_kb, "公司三个月没发工资了，我还在上班，怎么办？")
    assert "arrears/boss_vanished" not in [answer.rule, *answer.also]
    assert "逃匿" not in answer.text


def test_a_camera_found_by_a_whole_dormitory_is_not_answered_as_a_collective_claim(pay_kb):
    # thirty women share the dormitory: it is a crime to report, not a collective arbitration (调解仲裁法第七条)
    answer = ask(pay_kb, "我们厂女工宿舍三十多个人，在公共浴室的排风口里发现了一个针孔摄像头，厂里说会查，让大家别往外说。我们该怎么办？")
    assert "privacy/hidden_camera_dorm_toilet" in [answer.rule, *answer.also]
    assert "procedure/collective_claim" not in [answer.rule, *answer.also]
    assert "推举代表" not in answer.text and "110" in answer.text


def test_a_farm_households_picker_is_told_first_it_is_no_labour_dispute(pay_kb):
    # hired by a rural contracting household (解释（一）第二条): whatever else leads or does not, arbitration is not the route
    answer = ask(pay_kb, "This summer 8 of us picked cherries for 45 days. The orchard belongs to a village family who "
                         "contract the land from the village. They deducted 'penalties' nobody told us about and owe me "
                         "about 4,700. Can I go to labor arbitration? Who do I sue?")
    assert "labor_relation/craftsman_or_farm_helper" in [answer.rule, *answer.also]
    assert answer.text.startswith("It is not handled as a labor dispute")


# Held-out 27: papers put to sign on the spot, and second questions that facts settle.


@pytest.mark.parametrize("message, rule, said", [
    # a leaving agreement put to sign on the spot, beside the layoff
    ("我们客服中心这周一下子裁了三十多个人，HR一个个叫去谈话，说按N赔，今天签字明天走。"
     "没提前通知。我干了3年5个月，月薪6000。这样裁员合法吗？能不能要2N？",
     "dismissal/leaving_agreement_put_to_sign", "先别当场签"),
    # a settlement put to a dead worker's family, beside the benefits
    ("我爸在工地被吊下来的钢管砸中，没抢救过来。老板说给点人道主义补偿，让我们先签字。按工伤能拿多少？",
     "injury/settlement_offered_after_death", "先别急着签"),
    # a probation longer than the term allows, whatever else is asked
    ("入职一家面包店，合同签了1年，试用期3个月，试用期工资3500，转正5000。老板少给我的能要回来吗？",
     "contract/probation_too_long", "超过上限的部分违法"),
    # a dismissal for refusing overtime, beside the hours
    ("We work 12 hours a day, 6 days a week. Last Friday I refused to stay for another 4-hour "
     "overtime shift, and today HR fired me for insubordination. Can they do that?",
     "overtime_hours/dismissed_for_refusing_overtime", "cannot be dismissed for it"),
    # overtime for a worker seven months pregnant, beside her checks
    ("我在蔬菜大棚上班，怀孕7个半月了，最近天天让加班到晚上8点。每次去产检还扣我半天工资，合法吗？",
     "women/late_pregnancy_no_night_overtime", "怀孕7个月以上"),
    # a signed waiver of overtime pay, beside the amount
    ("洗衣厂入职的时候让我签了一份自愿放弃加班费承诺书，每天早上8点干到晚上9点，中午休1小时，"
     "月薪4350。签了这个还能要加班费吗？每个月应该有多少？",
     "overtime_hours/overtime_waiver_agreement", None),
    # a boat registered under a fishing company's name, beside the wages and the contract never signed
    ("我在渔船上干了8个月，船是船老大个人的，但是挂在一家渔业公司名下。没签合同，一个月7千，欠我3个月工资。"
     "我能直接找那家渔业公司要钱吗？",
     "labor_relation/licence_lender_liable", "被挂靠的单位要担责"),
    # a lump sum offered for an amputation, asked whether it is enough
    ("我在鞋厂开冲压机，上个月右手食指和中指被压断了，截了两节，现在还在住院。厂里没给我们交工伤保险，"
     "老板说给3万块钱一次性了结，以后两清。我月工资6000左右。3万够吗？",
     "injury/settlement_offered_not_yet_signed", "先别急着签"),
    # how long to ask for enforcement, beside whether the employer may still challenge a final award
    ("仲裁委10月20号出了裁决，公司要付我工资和经济补偿一共42000，裁决书上写着终局裁决。到现在一个多月了一分没给，"
     "HR说我们要去中院撤销。我现在该怎么办？申请执行有没有期限？",
     "procedure/enforce_award", None),
    # a refusal to go down a pit with no gas detector, beside the "serious misconduct" alleged
    ("在养猪场干了3年8个月，月工资5000。上周场长让我下去清理沼气池，没有气体检测仪、没有防毒面具，我说不安全不下，"
     "他当场说我'不服从安排、严重违纪'，第二天就发了解除通知。我这算违纪吗？",
     "injury/refuse_dangerous_order", "单位不能因此扣钱、降薪或辞退你"),
    # a dismissal in probation, beside the Saturdays' overtime asked about before it
    ("I started on September 15, 2026 with a 3-month probation and a salary of 9,000 yuan a month. I worked four "
     "full Saturdays (8 hours each) with no time off in lieu. On November 20 I asked my manager about overtime pay, "
     "and that evening he messaged me: 'You failed probation, don't come tomorrow.' Can they do this?",
     "dismissal/probation_dismissal", "not at will"),
    # a designated driver asking whether he may pay into the employees' schemes himself
    ("我做代驾快三年了，跟平台签的是合作协议，没人给交社保。我是农村户口，现在在成都跑。我自己能交城镇职工养老和医保吗？",
     "social_insurance/flexible_worker_contributions", "能自己交"),
    # a cut at work whose days off were docked as personal leave, beside recognition
    ("我在园林公司修绿篱，10月20号用绿篱机的时候不小心把左手掌划了个口子，缝了3针，医生让休息5天。队长说不算工伤，"
     "休息的5天按事假扣了我的工资。这样对吗？",
     "injury/treatment_period_wages", "原工资照发"),
    # an injured worker asking who pays his wages while off, and a docked attendance bonus
    ("我在仓库当临时工，11月10号被叉车撞了，右脚骨折住院。公司给了5000块就说不管了，我现在连工资都没有，医药费和工资谁出？",
     "injury/treatment_period_wages", "原工资照发"),
    ("上周搬货的时候扭伤了腰，医生让休息3天，回来发现扣了我200元全勤奖。这算工伤吗？", "injury/treatment_period_wages",
     "原工资照发"),
    # held-out 50: a prenatal check called "旷工" beside the push to resign: its time counts as working time
    ("我在美甲店上班，签了合同，干了两年了。怀孕3个月，这周请了半天假去医院做产检，店长就说我旷工，"
     "让我自己写辞职信，不写就按旷工开除。我该怎么办？",
     "women/prenatal_checks_working_time", "计入劳动时间"),
    # held-out 50: a disability assessment asked about beside the recognition's deadline
    ("我在物业公司修电梯，今年3月2号干活时左手被门夹了，缝了6针，公司报了医药费说不用报工伤。现在手指还是伸不直。"
     "我想去做伤残鉴定，听说要先认定工伤，现在还来得及吗？",
     "injury/disability_assessment", "劳动能力鉴定委员会"),
    # held-out 51: quitting over unpaid wages asked by a dispatched worker brings the rule the facts leave standing, the
    # one on a dispatched worker quitting
    ("我是劳务派遣到贵港糖厂的，跟人力公司签了两年合同。今年4月10号榨季结束，糖厂把我们退回人力公司，人力公司说"
     "没活干就没工资，到现在7个多月一分没给。这样对吗？我能不能走人要补偿？",
     "dispatch/dispatch_worker_quits", "你可以辞职，向派遣公司提出"),
    # "签了字就两清" is the employer's terms, not a paper signed: whether to take the 30,000 is answered
    ("我在江阴拆船厂割钢板，10月8号右手被钢板压了，食指中指都截了，住院18天。厂里一直拖着不报工伤，说给我3万私了，"
     "签了字就两清。我一个月7000。这3万能要吗？厂里不报我自己能报吗？",
     "injury/settlement_offered_not_yet_signed", "先别急着签"),
    # a lump sum to leave with, offered to a worker with an occupational disease
    ("我在瓷砖厂原料车间干了15年，10月15号职业病医院给我诊断了矽肺。厂里从来没给我交过工伤保险，现在给2万让我走人。"
     "这病谁来管？2万能不能要？",
     "injury/settlement_offered_not_yet_signed", "先别急着签"),
    # who pays during maternity leave, asked beside night shifts and prenatal checks
    ("我在糖厂化验室上班，怀孕7个月了，还要上夜班。厂里对我挺好，没说要辞我。我能不能不上夜班？去产检算不算请假扣钱？"
     "产假能休多久，钱谁发？",
     "women/maternity_allowance_amount", "生育保险基金按单位上年度职工月平均工资的标准支付生育津贴"),
    # a harassed worker afraid for her job (不敢跟老板说，怕丢工作): what a punishment for refusing or reporting it is
    ("我在KTV做服务员，值班经理好几次趁包厢没人摸我，晚上还发黄色图片给我，说'陪我吃个宵夜就给你排好班，不然让你走人'。"
     "我不敢跟老板说，怕丢工作。我该怎么办？能告他吗？",
     "women/harassment_complaint_retaliation", "因为你拒绝或投诉性骚扰"),
    # lighter work asked for by a pregnant worker, beside her checks and her leave
    ("我在美甲店上班，怀孕3个月了，老板人挺好没说要辞我。店里甲油胶味道大，产检请假还被扣钱。产检请假能扣工资吗？"
     "可以要求换个轻松点的活吗？以后产假有多少天？",
     "women/pregnant_lighter_work", "减轻你的劳动量"),
    # a worker's phone tracked around the clock and a face-scan login, beside the chats HR wants to read
    ("I install elevators for a company in Shenzhen. They now make us run a tracking app on our own phones 24/7, even on "
     "weekends, plus face-scan login, and HR asked to look through my WeChat chats. Is this legal? Can I refuse?",
     "privacy/location_tracking", "Not after work or on rest days"),
    # severance asked about when the employer dissolves, beside the unemployment benefit
    ("苏州一家琴行连锁，老板决定把公司解散了，11月15号跟我们终止合同。我2023年9月1号入职，月薪5600，交了3年多失业保险。"
     "我能领失业金吗？能领多久？公司还要给补偿吗？",
     "dismissal/company_closed_severance", "单位应当支付经济补偿N"),
    # an apprentice's master harasses her and the boss told her to bear it: the employer's own duty, beside suing him
    ("我在玉雕作坊当学徒，带我的师傅老在我干活的时候摸我腰和腿，晚上还发露骨的微信。我跟老板说了，老板叫我忍忍，"
     "说师傅手艺好得罪不起。我该怎么办？能告他吗？",
     "women/sexual_harassment_employer_duty", "单位有责任预防和制止性骚扰"),
    # held-out 52: an IOU for the wages, beside a limitation feared run out
    ("2025年8月31号不干了，走的时候老板欠我3个月工资9000块，给我打了张欠条签了字的。今年2月10号我微信找他要，他回了句"
     "'过完年再说'。我听人说离职一年就过了仲裁时效，是不是要不回来了？",
     "arrears/wage_iou_direct_suit", "按普通民事纠纷受理"),
    # a tea room let to a named individual, who hired the worker and owes her
    ("我在一家茶楼做茶艺师，没签合同，每月4200。后来才晓得二楼是茶楼包给周哥个人经营的。周哥两个月工资都没发，"
     "茶楼老板说我是周哥的人跟他们公司没得关系。我能找茶楼要钱不？",
     "labor_relation/individual_contracting_joint_liability", "发包的单位和个人承包经营者承担连带赔偿责任"),
    # the nursing time asked beside the leave
    ("11月10号剖腹产生了双胞胎，公司给交了生育保险。我产假到底有多少天？回去以后喂奶有没有时间？",
     "women/nursing_protections", "哺乳时间"),
    # compensation asked by a worker let go past retirement age
    ("我今年64岁，单位给我交了11年养老保险。上个月单位说我早过退休年龄了，合同终止。单位是不是应该给我补偿？",
     "labor_relation/over_retirement_age_no_pension", "一般要不到经济补偿"),
    # what to do if pushed to resign, beside the wait without pay
    ("我是劳务派遣工，用工单位把我退回派遣公司了。派遣公司说没地方派，让我在家等着，一分钱不给，还暗示我自己辞职。"
     "他们要是逼我辞职我该咋办？", "dismissal/forced_to_sign_resignation", "没签就不要签"),
    # whether the employer may fire the worker for refusing its demand
    ("老板让我们手机装一个APP，24小时定位，下班回家了也能看到我们在哪。我不想装，老板说不装就开除。这合法吗？"
     "他真能因为这个开除我？", "dismissal/dismissed_without_reason", "单位辞退你必须有法定理由"),
    # the non-renewal's compensation asked as money, beside the unemployment benefit
    ("2022年3月1号进的馆，今年10月31号合同到期馆里说不续了。失业保险一直交着。我能领失业金吗？"
     "另外合同到期不续，馆里要给钱吗？我月薪6500。", "contract/expiry_non_renewal_compensation", "能要补偿"),
    # where, what it costs and how long, asked apart after the arbitration is named
    ("我在一家驼奶公司的牧场放骆驼，签了合同，公司注册在呼和浩特。我8月31号走的，公司还欠我2个月工资。我想申请劳动仲裁，"
     "该去阿拉善还是去呼和浩特？要不要交钱？多久能出结果？", "procedure/arbitration_timeline", "45日内"),
    ("我想申请劳动仲裁，该去阿拉善还是去呼和浩特？要不要交钱？", "procedure/arbitration_is_free", "不收费"),
    ("我在阿拉善干活，公司注册在呼和浩特，欠我两个月工资。我想申请劳动仲裁，该去阿拉善还是去呼和浩特？",
     "procedure/arbitration_venue", "两地任选"),
    # more than the wages owed, asked beside claiming together
    ("我们三个在月子中心做月嫂，签了合同，每个月5000，后面两个月都没发。我们三个能不能一起告？除了工资能不能多要点？"
     "听人说拖欠工资能要双倍？", "arrears/arrears_extra_compensation", "不会自动翻倍"),
    # dispatched on the main line for years, asked beside equal pay
    ("我们是啤酒厂灌装线上的派遣工，跟正式工干一模一样的活，已经干了3年多了。正式工每月5600，我们只有4400。能要差额吗？"
     "派遣工能在主线上一干3年吗？", "dispatch/dispatch_allowed_posts", None),
    # a pregnant worker's commission cut, beside her contract's end
    ("我在美睫店做美睫师，合同签到今年12月31号。现在怀孕4个月了，老板说合同到期就不续了，这个月还把我的提成从30%降成15%。"
     "合同到期他真能不续吗？提成降了能要回来吗？", "women/pregnancy_pay_cut_demotion", None),
    # an injured worker's pay docked for the days off
    ("今年6月10号清锅炉的时候被蒸汽烫了左手背，门诊换药两周就好了。休了10天，公司把这10天工资全扣了（我月薪5200），"
     "还说是我自己不小心。这个还能算工伤吗？钱能要回来吗？", "injury/treatment_period_wages", None),
    # an injured worker told that without a contract he is nobody's worker
    ("我在一个桑蚕养殖合作社做工，一个月3800，没签合同，也没买保险。10月5号在蚕房爬梯子挂蔟，梯子断了摔下来，右腿骨折，"
     "住了16天院。老板说我没签合同不算他的工人。这算工伤吗？医药费谁出？", "injury/no_contract_confirm_relation", "事实劳动关系"),
    # a suspected occupational disease, the employer telling her to pay for the diagnosis herself or go
    ("我在干洗机那里干了6年，天天闻四氯乙烯的味。医生说怀疑是职业中毒，要我找厂里开工作证明去做职业病诊断。老板不给开证明，"
     "还说看病的钱自己出，不行就别干了。我该咋办？", "dismissal/suspected_occupational_disease_dismissal", "期间的费用由单位承担"),
    # a foreigner with a permit asking whether being one matters, beside the dismissal
    ("I'm a British riding instructor in Beijing. I have a proper work permit and residence permit, salary 22,000 RMB a "
     "month. On 20 November 2026 the manager handed me a letter: 'not competent for the position, contract terminated "
     "effective today'. No training. Is this legal? What can I claim, and does it matter that I'm a foreigner?",
     "labor_relation/foreign_worker_with_permit", "Yes, it is employment"),
    # held-out 53: cashing out the pension on leaving, asked beside the transfer
    ("在广州白云区河粉厂做了6年了，社保一直都有交。我要回永州老家不打算出来了。工友说走的时候可以把社保里的钱退出来，"
     "有人退了一万多。这个是真的吗？回去以后怎么办，是接着交还是转回去？",
     "social_insurance/pension_withdraw_cash", "不得提前支取"),
    # ...and a cut at the task blamed on the worker's carelessness (a knife slipping is an accident at work)
    ("我在永春一个做篾香的作坊劈竹签，6月5号劈竹子的时候刀滑了，左手掌割了一道口子，缝了4针，自己花了1200块。老板医药费"
     "一分没出，还把我那两个礼拜的工资扣了，说是我自己不小心怪不了别人。这种能算工伤吗？",
     "injury/own_mistake_still_injury", None),
    # held-out 54: "离职单上有一句'加班费已全部结清，无任何争议'" beside a waiver signed at hiring was answered as the waiver
    # alone ("无效"): a settlement signed on leaving binds unless signed under pressure (解释（一）第三十五条)
    ("我在苏州一家婚恋介绍所当红娘，入职时签过一张《自愿放弃加班费声明》。每个周末都要组织相亲活动。月薪6525。今年7月31号我辞职，"
     "离职单上有一句'加班费已全部结清，无任何争议'，不签不给结工资，我就签了。签了字是不是彻底没戏？",
     "overtime_hours/settlement_signed_on_leaving", "要看签字时的情况"),
    # ...and double wages asked beside a limit running out, by a worker under a year with no contract
    ("我是北京的配音演员，2025年3月1号起在朝阳区一家配音工作室干，没签合同，月薪7500。去年11、12月两个月工资一直拖着，"
     "我2025年12月31号离职了。听说离职一年内才能申请仲裁？我还来得及吗？没签合同的双倍工资还能要吗？",
     "contract/unsigned_contract_double_wages", "能要二倍工资"),
    # ...whatever status rule leads, unless it says itself whether double wages are owed (a sole-trader label does not)
    ("我在共享单车公司的运维站干换电池、挪车，招我的时候让我在APP上注册了个个体工商户，签的是《服务合作协议》，说我是合作伙伴"
     "不是员工。可每天早8点必须到站点打卡，站长排班派单，每月到手6000左右。今年6月20号开始干的，没合同没社保。"
     "我这算不算劳动关系？能要双倍工资吗？", "contract/unsigned_contract_double_wages", "能要二倍工资"),
    # held-out 55: a gang boss working under a company's name, double wages asked of that company after who answers for
    # the wages: it answers for the wages, not as the employer, so double wages from it are usually refused (not "能要")
    ("我在风电场洗风机叶片，今年4月10号跟着包工头刘某干的，一个月8千。刘某自己没公司，他是挂在一家风电运维工程公司名下接的活，"
     "合同、资质都是用那个公司的名义。9月、10月两个月工钱1万6一直没给。公司说我不是他们的人。我到底算谁的人？这1万6能不能找那个"
     "公司要？没签合同能不能再要双倍工资和补偿？", "labor_relation/liable_contractor_double_wages", "多数不支持"),
    # held-out 56: who pays the treatment, asked beside who reports the injury (a dispatched worker's two employers)
    ("我是派遣到一个家具厂的，11月2号开封边机的时候右手被压了，掌骨骨折，做了手术还在住院。厂里说我是派遣公司的人，派遣公司说"
     "是厂里的事。工伤谁来报？医药费谁出？", "injury/medical_costs", "工伤保险基金支付"),
    # ...and an ending on the objective-change ground told beside a near-retirement worker's question: negotiation first
    ("我在石家庄一个公墓干绿化养护，2014年8月进的，今年54了，一个月6千。11月20号单位给了我书面通知，说绿化这块要外包出去，"
     "岗位没了，依据劳动合同法40条第3项12月20号跟我解除，给经济补偿。之前没人找我谈过换岗位的事。听说快退休的人不能辞，"
     "他们能这么辞我吗？", "dismissal/objective_change_dismissal", "要先和你协商"),
])
def test_what_the_facts_or_words_bring_is_answered_whatever_leads(pay_kb, message, rule, said):
    answer = ask(pay_kb, message)
    assert rule in [answer.rule, *answer.also]
    if said is not None:
        assert said in answer.text


def test_a_dispatched_workers_injury_is_filed_where_the_agency_insured_him(pay_kb):
    # Held-out 51 (read): the injury application was sent to "派遣公司所在地" (工伤保险条例第十七条 says the area where
    # the worker is insured, and an agency elsewhere often insures at the host's place).
    answer = ask(pay_kb, "我老公是派遣工，人力公司把他派到舟山一个船厂刷船舱油漆。11月20号他从船舱脚手架上摔下来，颅骨骨折，现在还在ICU。"
                         "人力公司说是在船厂出的事让找船厂，船厂说他不是船厂的人找人力公司。到底该谁管？工伤要谁去报，什么时候之前报？")
    assert answer.rule == "dispatch/dispatch_work_injury"
    assert "统筹地区的社会保险行政部门" in answer.text and "派遣公司所在地" not in answer.text


def test_held_out_52_a_dismissal_for_poor_performance_without_training_is_unlawful(pay_kb):
    # the answer fell back to "没法给出有把握的结论" and listed the double-wage articles for an open-ended contract
    answer = ask(pay_kb, "我在一个酒庄干酒窖管理，2020年4月1号入职，签的无固定期限合同。今年8月1号经理突然说我“业绩不好”，"
                         "当天就让我走，没有书面通知，也没培训没调岗，一分补偿没给。我离职前12个月平均工资6500。我能要多少钱？")
    assert answer.rule == "dismissal/incompetence_dismissal"
    first = answer.text.split("\n\n")[0]
    assert first.startswith("不能直接辞退") and "84,500.00元" in first


def test_held_out_52_a_suspected_occupational_disease_with_an_ending_put_to_sign(pay_kb):
    # the answer opened with N (63,800) as if the job were over, and never said not to sign
    answer = ask(pay_kb, "我在锅炉清洗公司干了11年，专门钻锅炉清灰，月工资5800。今年10月体检医院说我怀疑尘肺，让去职业病医院"
                         "进一步诊断。公司说我合同12月31号到期就不续了，让我签终止协议，进一步诊断也不给安排。他们能这么干吗？"
                         "我要是签了字是不是就完了？")
    assert answer.rule == "dismissal/suspected_occupational_disease_dismissal"
    first = answer.text.split("\n\n")[0]
    # (the contract runs out on 31 December: the figure is what ending it then would owe)
    assert first.startswith("单位不能解除") and "合同还没到期" in first and "127,600.00元" in first
    assert "dismissal/leaving_agreement_put_to_sign" in answer.also and "先别当场签" in answer.text


def test_held_out_52_a_household_helper_held_by_force_is_not_told_of_severance(pay_kb):
    # the forced-labour part told a live-in nanny she could end her labour contract and claim severance from the family
    answer = ask(pay_kb, "我在深圳给一家人做住家保姆，说好一个月6500，啥合同都没签。三个月工资一分没给。我想走，雇主把我身份证收走了，"
                         "他们一出门就把大门反锁，手机也被女主人拿走。我这个算不算劳动关系？身份证咋要回来？")
    assert answer.rule == "labor_relation/household_domestic_worker"
    assert "你可以立即解除劳动合同" not in answer.text


def test_held_out_52_a_vanished_bosss_double_wages_are_not_projected_ahead(pay_kb):
    answer = ask(pay_kb, "我跑换电干了快5个月，招我的是站长老刘，他没跟我签合同，一个月6800。9月10月工资都没发，这周老刘电话关机，"
                         "站点的东西搬空了。我还能找谁要钱？")
    assert "视为已与你订立无固定期限劳动合同" not in answer.text


def test_held_out_52_a_worker_suing_over_an_award_days_before_the_limit(pay_kb):
    # the few days' line told a worker suing over an award to file "起诉状或仲裁申请书"; whether the employer may sue too
    # went unanswered
    answer = ask(pay_kb, "我告馆里违法辞退加欠加班费，一共要3万，仲裁结果只支持了6000。裁决书是11月10号我签收的。我不服想去法院告，"
                         "还来得及吗？最后是哪天？馆里会不会也去告我？")
    assert "把起诉状递上去" in answer.text and "仲裁申请书" not in answer.text
    assert "procedure/employer_challenges_award" in answer.also


def test_held_out_52_a_foreigner_without_a_permit_is_not_sent_to_labour_inspection(pay_kb):
    answer = ask(pay_kb, "Hi, I'm a fashion model from Russia, in Shanghai since August on a tourist (L) visa. A model agency "
                         "booked me for 6 shows, 3,000 RMB per show, so they owe me 18,000 RMB. I never got a work permit. "
                         "Can I go to labour arbitration like Chinese workers? How do I get my 18,000?")
    assert answer.rule == "labor_relation/foreign_worker_no_permit"
    assert "labor inspection" not in answer.text


def test_a_leaving_agreement_already_signed_is_not_told_not_to_sign(pay_kb):
    answer = ask(pay_kb, "公司裁员，我上周已经签了离职协议，只给了一个月工资。我干了4年，这样合法吗？")
    assert "dismissal/leaving_agreement_put_to_sign" not in [answer.rule, *answer.also]
    assert "先别当场签" not in answer.text


def test_a_heatstroke_death_after_48_hours_is_not_refused_as_a_sudden_illness(pay_kb):
    # The sudden-illness rule ("不算": more than 48 hours) carried a heatstroke death among its situations, although
    # occupational heatstroke is an occupational disease, outside 工伤保险条例第十五条's 48 hours.
    answer = ask(pay_kb, "我哥8月在楼顶铺防水，中午快四十度，中暑倒下送医院，抢救了4天还是走了。"
                         "公司说超过48小时了，不算工伤。家属还能要工伤赔偿吗？")
    first = answer.text.split("\n\n")[0]
    assert not first.startswith("不算")
    assert "职业病" in answer.text
    assert "一次性工亡补助金" in answer.text


def test_private_chats_posted_to_a_group_are_answered_as_privacy_not_as_monitoring(pay_kb):
    # Held-out 27: a boss who went through a worker's phone and posted her chats to the company group was answered with
    # the rules for monitoring work accounts; the chats are private (民法典第一千零三十二条), posting them a wrong to claim for.
    answer = ask(pay_kb, "离职交接的时候，老板让我把手机解锁给他检查，他翻了我的私人微信聊天记录，还截了我跟男朋友的聊天"
                         "发到公司群里嘲笑我。这违法吗？我能要他赔吗？")
    assert answer.rule == "privacy/private_chats_read_or_posted"
    assert "侵害隐私权" in answer.text


def test_a_deduction_for_damaged_cargo_is_worked_out_from_the_wage_and_the_sum_taken(pay_kb):
    # Held-out 28 (read): the English question got the last-place dismissal rule and asked for a start date.
    answer = ask(pay_kb, "I drive long-haul trucks for a logistics company, salary 9,000 yuan a month. Some cargo got "
                         "damaged on my last trip and the company took 3,000 out of this month's pay as 'compensation'. "
                         "Can they do that? How much are they allowed to take?")
    assert answer.rule == "arrears/wage_deduction_for_losses"
    assert "1,800.00" in answer.text and "1,200.00" in answer.text


def test_a_worker_followed_through_the_employers_tracking_app_after_leaving_is_told_to_have_it_deleted(pay_kb):
    # Held-out 29 (read): stalked by a former supervisor through the factory's location app a month after resigning,
    # the worker was answered as if still employed ("你可以拒绝…"), never that the employer must delete it now.
    answer = ask(pay_kb, "我从电子厂辞职一个月了，以前的车间主管还能通过厂里让装的那个定位App看到我在哪，他好几次出现在我租的房子"
                         "楼下，还发消息说'我知道你今天去了哪'。我很害怕。")
    assert "privacy/delete_data_after_leaving" in (answer.rule, *answer.also)
    assert "要求删除" in answer.text and answer.escalate
    still = ask(pay_kb, "公司要求手机一直开着定位App，下班也不能关，合法吗？")
    assert "privacy/delete_data_after_leaving" not in (still.rule, *still.also)


def test_a_widow_pressed_to_sign_today_is_told_the_death_benefits_first_and_not_to_sign(pay_kb):
    """Held-out 30 (read): a miner killed by a roof fall, the mine offering 600,000 for a signature today, got no rule
    at all (the death benefits were nearest but not trusted) and nothing on signing."""
    answer = ask(pay_kb, "我老公在煤矿井下当采煤工，11月20号顶板冒落，人没了。矿上现在说私了，给60万，让我今天就签协议，"
                         "签了以后不能再找矿上和社保。60万是不是少了？我该不该签？")
    # the death benefits first, and not to sign (the settlement rule for a death, leading or beside the benefits)
    assert "一次性工亡补助金" in answer.text.split("\n\n")[0]
    assert "injury/settlement_offered_after_death" in (answer.rule, *answer.also) and "先别急着签" in answer.text
    assert "退休年龄" not in answer.text


def test_a_maternity_nurse_employed_by_a_centre_and_workers_sent_to_a_pig_farm_are_employees(pay_kb):
    """Held-out 30 (read): a 月嫂 with a labour contract with a confinement centre was told she had no labour relation
    (a household's helper), and eight workers a middleman brought to a pig farm that they had no labour dispute (a
    farm household's helpers)."""
    nurse = ask(pay_kb, "我在一家月子中心当月嫂（跟中心签的劳动合同），现在怀孕3个月。店长知道后说我抱不了宝宝、干不了活，"
                        "让我这周写辞职信，不写就按'不能胜任'辞退。我不想辞职，怎么办？")
    assert nurse.rule != "labor_relation/household_domestic_worker" and "不属于劳动关系" not in nurse.text
    farm = ask(pay_kb, "我们8个人是中介老刘带到养猪场干活的，老刘说他是'派遣'，但他就是个人，没公司。养猪场把工钱打给老刘，"
                       "我们8个人9月、10月的工资都没拿到，每人每月5000。能直接找养猪场要吗？")
    assert farm.rule != "labor_relation/craftsman_or_farm_helper" and "不按劳动争议处理" not in farm.text


def test_national_day_rostered_is_paid_at_300_percent_and_a_refusal_to_pay_is_no_waiver(pay_kb):
    """Held-out 30 (read): 国庆10月1号到3号都排了班 gave no holiday hours (the hours were asked again), and the employer's
    "不给加班费" was answered as a signed waiver of overtime pay."""
    answer = ask(pay_kb, "月工资5220，标准工时。今年国庆10月1号到3号都排了班，后来10月8号给了半天调休。"
                         "公司说国庆上班已经调休了，不给加班费。我这三天应该拿多少？")
    assert "2,160.00" in answer.text
    assert "overtime_hours/overtime_waiver_agreement" not in [answer.rule, *answer.also]


def test_a_worker_comparing_the_ways_to_claim_unpaid_wages_is_told_how_they_differ(pay_kb):
    """Held-out 30 (read): a former station manager owed 3,200 who asked how 12333, labour inspection and arbitration
    differ was answered on whether riders are employees."""
    answer = ask(pay_kb, "我之前在外卖站点当站长，10月底离职，站点（一家配送公司）还欠我最后半个月工资3200。有人说打12333，"
                         "有人说去劳动监察大队，有人说直接仲裁。这几个到底有啥区别？我就想快点拿到钱。")
    assert answer.rule == "procedure/which_route_for_unpaid_wages"
    assert "先向劳动监察投诉最快" in answer.text and "45日内" in answer.text
    other = ask(pay_kb, "我2025年12月1号被开除，今年3月去劳动监察投诉过，现在还能申请仲裁吗？")
    assert "procedure/which_route_for_unpaid_wages" not in [other.rule, *other.also]


def test_a_worker_past_sixty_but_short_of_the_new_retirement_age_is_not_told_the_contract_simply_ends(pay_kb):
    # Held-out 35 (read): a boiler man born 1966-10, told his contract ends on 11-30 because he turned 60, was answered
    # "不用付经济补偿" and given a made-up deadline three days away; the retirement age has been rising since 2025.
    answer = ask(pay_kb, "我在哈尔滨一个供暖公司烧锅炉，1966年10月生的，2014年10月进的公司，一直签的合同。上礼拜人事通知我说"
                         "我10月份满60了，合同11月30号终止，让我办手续回家，也不给补偿。可我听说现在退休年龄延迟了？公司这样做对吗")
    assert answer.rule == "dismissal/retirement_age_not_yet_reached"
    assert "还没到自己的法定退休年龄" in answer.text[:200] and "12333" in answer.text
    assert "不用付经济补偿" not in answer.text and not answer.escalate


def test_a_camera_put_openly_in_a_dorm_room_is_no_secret_filming_but_still_unlawful(pay_kb):
    # Held-out 35 (read): a signed camera facing the beds was answered as 偷拍 (a crime, call 110, escalated)
    answer = ask(pay_kb, "我在大同一家殡仪馆上夜班，单位给安排了宿舍，4个人一间。最近单位在宿舍屋里装了个摄像头，正对着床，说是防盗、"
                         "防止大家夜班偷懒睡觉。摄像头是明着装的，贴了提示。我们换衣服都得躲着。这合法吗？")
    assert answer.rule == "privacy/camera_openly_in_dormitory"
    assert answer.text.startswith("不合法，明着装、贴了提示也不行") and "110" not in answer.text and not answer.escalate
    hidden = ask(pay_kb, "员工宿舍的插座里发现了针孔摄像头，是老板装的，怎么办")
    assert hidden.rule == "privacy/hidden_camera_dorm_toilet" and hidden.escalate


def test_a_deduction_for_a_loss_counts_the_months_of_the_whole_repair_bill(pay_kb):
    # Held-out 34 (read): 800 taken this month against a 6,000 repair was told "800元…要分1个月扣完"
    answer = ask(pay_kb, "我在成都一个幼儿园食堂做饭，月工资4000。上个月我忘了加水把蒸饭柜烧坏了，园里说修好要6000，这个月已经"
                         "扣了我800，说以后每个月都扣800扣到6000为止。这合法吗？")
    assert answer.rule == "arrears/wage_deduction_for_losses"
    assert "6,000.00元的损失按这个上限至少要分8个月扣完" in answer.text and "1个月扣完" not in answer.text


def test_a_demand_for_the_money_restarts_the_time_limit_and_a_near_end_escalates(pay_kb):
    # Held-out 35 (read): a WeChat demand on 1-15 was ignored and the worker told his claim had expired a week ago
    answer = ask(pay_kb, "我之前在上海一个主题乐园做夜间维修，去年11月20号离职的，走的时候公司还欠我半年的加班费两万多。今年1月15号"
                         "我在微信上找过HR要这笔钱，HR回复说'过完年财务统一处理'，后来就没消息了。现在是不是已经过了？")
    assert "2027年1月15日" in answer.text and answer.escalate


def test_an_employers_own_agency_dispatching_its_staff_back_is_answered_as_forbidden_self_dispatch(pay_kb):
    # Held-out 35 (read): led by the rule on an employer's change of name, which made the switch look lawful
    answer = ask(pay_kb, "我在无锡一个主题乐园做了4年游乐设备维修，正式合同还有半年到期。现在乐园通知我们所有一线员工都要跟乐园"
                         "自己投资成立的一家人力资源公司重新签合同，再'派遣'回乐园干原来的活，说工资不变。这合法吗？")
    assert "dispatch/dispatch_own_agency" in (answer.rule, *answer.also)
    assert "不得设立劳务派遣单位向本单位或所属单位派遣劳动者" in answer.text


def test_an_ordinary_worker_with_no_access_to_secrets_is_told_the_non_compete_does_not_bind(pay_kb):
    # Held-out 35 (read): told to wait out three unpaid months before joining a rival
    answer = ask(pay_kb, "I work as a game companion at an esports club in Wuhan, 6,000 RMB a month. I've never had "
                         "access to any business data or client lists. When I joined they had me sign a non-compete: "
                         "for 3 years after I leave I can't work for any esports club, or I pay a 100,000 RMB penalty. "
                         "Nothing in it about paying me anything. I'm quitting next month to join another club. Do I "
                         "have to follow this?")
    assert answer.rule == "contract/non_compete_who_and_scope"
    assert "never had access to trade secrets" in answer.text[:300]


def test_a_worker_dismissed_during_a_work_injury_is_answered_on_the_dismissal_too(pay_kb):
    # Held-out 35 (read): a fractured hand, then a dismissal for "不能胜任", was answered on the injury alone
    answer = ask(pay_kb, "我在昆明一个冷链仓库当搬运，10月8号搬货时冻品箱从货架上砸下来，左手掌骨骨折，住院做了手术住了9天，"
                         "医生开了3个月病假。上周（11月20号）公司突然发通知说我'长期不能上岗、不能胜任工作'，跟我解除合同了。我该怎么办")
    assert "dismissal/work_injury_dismissal" in (answer.rule, *answer.also)
    assert "原工资福利待遇不变" in answer.text or "原工资福利不变" in answer.text



@pytest.mark.parametrize(("message", "rule", "said"), [
    # miners sent down with a broken gas detector: the waiver clause was answered, "我不下井他能扣钱开除我吗" not
    ("我在山西一个小煤矿下井，合同里写着'井下作业风险自担，发生伤亡公司一次性补偿2万元后不再承担任何责任'。这礼拜三号工作面"
     "瓦斯探头坏了好几天了没人修，班长说不影响，硬让我们下去，不下就扣一天300。这个合同条款有效吗？我不下井他能扣钱开除我吗？",
     "injury/refuse_dangerous_order", "有权拒绝"),
    # a pregnant teacher hinted to write her own resignation ("我该写吗") beside the contract's extension
    ("我在一家民办幼儿园当配班老师，合同2024年1月1号到2026年12月31号，月薪5千。现在怀孕4个多月了，园长知道后说下学期不用我了，"
     "合同到期就不续了，还暗示我自己先写个辞职信'好看一点'。我该写吗？到期他们真能不续吗？",
     "women/pregnant_pushed_out_unpaid", "不要签辞职书"),
    # a final award unpaid: answered on the employer's thirty days to challenge it, never on enforcement by the court
    ("我之前在一家KTV做吧台，去年被拖欠工资和加班费，申请了劳动仲裁，今年9月15号裁决书下来了，裁KTV给我2万3，裁决书上写的是"
     "终局裁决。KTV也没去法院撤销，可到现在一分钱没给。我该怎么办？还来得及吗？",
     "procedure/enforce_award", "申请执行的期限是2年"),
])
def test_held_out_36_second_questions_are_answered_whatever_leads(pay_kb, message, rule, said):
    answer = ask(pay_kb, message)
    assert rule in (answer.rule, *answer.also)
    assert said in answer.text


def test_a_miner_suspected_of_pneumoconiosis_and_sent_away_is_told_the_contract_may_not_end(pay_kb):
    # Held-out 36: answered on where to get diagnosed, never on the contract that may not end
    answer = ask(pay_kb, "我在山西一个煤矿井下干掘进，干了9年了，劳动合同到今年12月31号到期。上个月矿上组织体检，胸片报告写着"
                         "'疑似尘肺，建议到职业病诊断机构进一步诊断'。矿上知道以后就说合同到期不续了，让我年底走人，也不给安排去"
                         "诊断，说要看自己去看自己掏钱。他们能这么干吗？")
    # (the bar on ending the contract, from the disease law, or the statutory extension it gives: both say no end), beside
    # how to get diagnosed when that leads
    given = (answer.rule, *answer.also)
    assert {"dismissal/suspected_occupational_disease_dismissal", "contract/contract_extended_by_law"} & set(given)
    assert "疑似职业病病人在诊断或医学观察期间" in answer.text or "疑似职业病诊断观察期" in answer.text


def test_held_out_37_a_backdated_contract_is_answered_on_its_date_with_the_double_wages_still_owed(pay_kb):
    # the date on the paper was taken for the signing day: "用工未满一个月即已签订…不产生二倍工资差额", a 39,000-yuan claim lost
    answer = ask(pay_kb, "我1月15号进的酒店做客房，一直没签合同，每月到手4200。昨天经理拿了份合同让我签，落款日期写的是1月15号，"
                         "说补签一下就行。我听人说没签合同能要双倍工资，我要是签了这个是不是就没了？不签会不会被开除？")
    assert answer.rule == "contract/backdated_contract_asked_to_sign"
    assert answer.text.startswith("合同可以签，但日期要写实际签字的那天")
    assert "未签书面劳动合同，可主张的二倍工资差额约为" in answer.text and "即已签订书面劳动合同" not in answer.text


def test_held_out_37_a_suspected_occupational_disease_and_a_leaving_agreement_put_to_sign(pay_kb):
    # answered on where to get diagnosed only; the bar on ending the contract never said, nor the offer set against N
    answer = ask(pay_kb, "在家具厂喷漆干了7年，上个月体检白细胞偏低，医院让去做职业病诊断看是不是苯引起的。结果厂里这周拿了份"
                         "'协商解除协议'让我签，给3万块走人，也不安排离岗体检。要是签了，以后查出职业病还能找厂里吗？不签他能让我走吗？"
                         "我月工资6千5。")
    assert "dismissal/suspected_occupational_disease_dismissal" in (answer.rule, *answer.also)
    assert "疑似职业病病人在诊断或医学观察期间，单位不得解除" in answer.text
    # no dismissal yet, and the law bars ending the job now (held-out 52's reading): the figure is what ending it anyway
    # would owe (2N), said as such, not N as if an agreed end were the worker's to price
    assert "你现在还没有被辞退" in answer.text and "91,000.00元" in answer.text
    assert "可主张的经济补偿约为45,500.00元" not in answer.text


def test_held_out_37_last_years_untaken_leave_is_answered_with_its_date_and_handed_over(pay_kb):
    answer = ask(pay_kb, "在手机维修档口干了快两年，之前在别的店干了4年没断过。老板是个体户，说个体户没有年假这一说，去年今年一天"
                         "年假都没休。年假能折钱吗？月工资5000。")
    assert "到2026年12月31日，还剩 40 天" in answer.text
    assert answer.escalate and "deadline_near" in answer.escalate_codes


def test_held_out_37_days_left_to_sue_say_not_to_wait_for_legal_aid(pay_kb):
    answer = ask(pay_kb, "仲裁只支持了一小部分，我不服。裁决书是11月15号收到的，上面写不服的可以15日内起诉。我没钱请律师，"
                         "能申请法律援助吗？现在还来得及吗？")
    assert "还剩 9 天" in answer.text and "不要等律师或法律援助批下来" in answer.text
    # a year away: no such line
    calm = ask(pay_kb, "我是今年10月31号被辞退的，公司欠我两个月工资，现在去仲裁还来得及吗")
    assert "不要等律师或法律援助批下来" not in calm.text


def test_held_out_37_anger_at_the_boss_and_sorrow_get_a_line_after_the_answer(pay_kb):
    angry = ask(pay_kb, "老板欠我三个月工资1万5，打了欠条到现在不给，天天躲着我。我真想去把他店砸了！欠条能去法院告吗？")
    assert "别去砸店、堵门或动手" in angry.text and angry.text.index("别去砸店") > angry.text.index("法律信息")
    sad = ask(pay_kb, "我查出乳腺癌做了手术，一直请病假化疗，公司发微信说按医疗期满解除合同。我头发都掉光了他们还这么对我，真的想哭。"
                      "他们能这样吗？")
    assert "心理援助热线" in sad.text and "别去砸店" not in sad.text


def test_held_out_37_a_rota_and_a_holiday_worked_are_counted(pay_kb):
    answer = ask(pay_kb, "我在冷链仓库开叉车，上12休24，一个月大概上20个班，每班12小时，月工资5500。公司说我们批了综合工时，所以平时"
                         "不算加班，国庆那几天上班也只给一天100块补贴。综合工时就真的没有加班费吗？国庆上班该咋算？")
    assert "工作日延时80小时、法定节假日36小时" in answer.text


def test_held_out_37_whether_a_non_compete_binds_an_assistant_is_answered(pay_kb):
    # answered on the compensation not agreed only ("能要补偿"), never on whether she is bound at all
    answer = ask(pay_kb, "我在宠物医院当兽医助理，月薪6500，平时就是给猫狗保定、打针、打扫笼子。入职时签了个竞业协议，离职后2年内"
                         "20公里内不能去别的宠物医院，违约赔5万，也没写给补偿。我下个月想跳去另一家宠物医院，院长说敢去就告到我"
                         "倾家荡产。我这种也得遵守吗？")
    assert "contract/non_compete_who_and_scope" in (answer.rule, *answer.also)
    assert "没接触过商业秘密的普通员工，可以请求确认竞业限制不生效" in answer.text


def test_held_out_37_a_leaving_recorded_as_a_resignation_brings_the_certificate_to_correct(pay_kb):
    answer = ask(pay_kb, "我在装修公司做设计助理，社保交了3年多。上个月公司业务不行，经理找我谈让我走，说多给一个月工资，我就同意了。"
                         "结果给我开的离职证明上写“因个人原因辞职”。我去社保局问失业金，说个人原因辞职领不了。能让公司改吗？")
    assert "contract/leaving_certificate_and_transfer" in (answer.rule, *answer.also)
    assert "单位应当出具解除或终止劳动合同的证明" in answer.text


def test_held_out_37_health_results_posted_to_a_work_group_are_answered_as_a_disclosure(pay_kb):
    # answered as a refusal to hire a hepatitis B carrier (就业促进法第三十条) only: the disclosure and its remedies now beside
    answer = ask(pay_kb, "我在玻璃厂干质检3年了。厂里组织体检，我是乙肝小三阳，结果人事把体检结果表直接发到车间大群里，大家都看到了。"
                         "他们这样行吗？")
    assert "privacy/salary_or_data_leaked" in (answer.rule, *answer.also) and "不得泄露、公开" in answer.text


def test_held_out_37_figures_all_given_are_computed_rather_than_asking_for_another(pay_kb):
    # asked "您是哪天知道自己的权利被侵害的" for a time limit nobody asked about, with 2年4个月 and 4200 given
    answer = ask(pay_kb, "我在商场停车场收费，干了2年4个月，月工资4200。入职时公司让签了个自愿放弃社保的声明，每月多给300块社保补贴。"
                         "现在我想走了，听说能要补偿？可是声明是我自己签的，还能告吗？")
    assert "可主张的经济补偿约为10,500.00元" in answer.text and "哪天知道" not in answer.text


def test_held_out_37_workers_a_gang_boss_brought_into_a_factory_are_told_the_factory_answers_too(pay_kb):
    # no rule led, and the answer opened with "我没法给出有把握的结论" above the statute list
    answer = ask(pay_kb, "我们5个是跟着包工头老陈进的水产加工厂剥虾，按斤算钱，干了快4个月了，合同一个没签。工牌是厂里发的，上下班"
                         "也是打厂里的卡。现在老陈说厂里没给他结账，欠我们两个月工钱。我们到底算厂里的人还是老陈的人？能不能直接找厂里要钱？")
    assert "labor_relation/individual_contracting_joint_liability" in (answer.rule, *answer.also)
    assert "发包的单位和个人承包经营者承担连带赔偿责任" in answer.text and not answer.text.startswith("你的情况我没法给出")


@pytest.mark.parametrize(("message", "rule"), [
    # a pregnant worker told to 办离职 by Friday: the unlawful probation dismissal only, never "don't sign"
    ("我10月8号入职一家旅行社做线路销售，试用期3个月，月薪6000。上周查出怀孕了，结果昨天HR通知我“试用期不符合录用条件”，"
     "让我这周五前办离职。这样合法吗？我该怎么办？", "women/pregnant_pushed_out_unpaid"),
    # a worker in chemotherapy told to come and sign her leaving
    ("我在旅行社做计调，干了3年，月薪6000。今年8月查出乳腺癌做了手术，一直请病假化疗。前天公司发微信说按医疗期满不能胜任"
     "解除合同，让我去签离职。我还在治疗他们能这样吗？", "dismissal/forced_to_sign_resignation"),
])
def test_held_out_37_leaving_papers_put_to_sign_by_a_day_bring_dont_sign(pay_kb, message, rule):
    answer = ask(pay_kb, message)
    assert rule in (answer.rule, *answer.also)
    assert "不要签" in answer.text


@pytest.mark.parametrize(("message", "rule", "words"), [
    # a hidden camera found in the dormitory, and the month's pay if she leaves at once
    ("我在大理一家民宿打工，员工宿舍在后院。昨天洗澡的时候发现卫生间排气扇里藏着一个很小的摄像头。我该怎么办？要报警吗？"
     "我想马上不干了，这个月工资老板会不会不给？", "arrears/wages_withheld_for_quitting", "工资照样要给"),
    # gone home to another province: where to claim
    ("我之前在云南一个景区开观光车，今年2月5号离职的，公司还欠我最后两个月工资1万1。我现在回河南老家了。我是不是得跑回云南去告？"
     "能不能在河南老家申请？", "procedure/arbitration_venue", "干活的地方或单位所在地"),
    # the same in English
    ("I drove sightseeing carts at a scenic area in Yunnan and left on 5 February; they still owe me two months' pay. "
     "I'm back home in Henan now. Can I apply for arbitration in my home province?", "procedure/arbitration_venue",
     "where you actually work"),
    # nine dispatched workers claiming overtime together, afraid of being let go for it
    ("我们9个人都是派遣到铁塔公司做基站维护的，加班费从来没算过。我们都还在干，想一起去要加班费，到底找谁？会不会被报复开掉？",
     "procedure/retaliation_for_complaint", "打击报复投诉人"),
    # a nursing mother-to-be asking about overtime after her leave
    ("我现在怀孕8个月了，主任还经常让我加班到晚上9点，休完产假回来还要喂奶，这些加班我能拒绝吗？",
     "women/nursing_protections", "孩子未满1周岁"),
    # four months pregnant, asking whether she may stop the late shift: lighter work, not "能拒绝" (that is from month 7)
    ("我在体彩店当店员，怀孕4个多月了。我们店营业到晚上11点，我经常上晚班。我以后能不能不上晚班？",
     "women/pregnant_lighter_work", "能要求减轻工作"),
    # a harassed caddie whose shifts were stopped for refusing him ("趁没人" is no denial of the touching)
    ("我在高尔夫球会当球童，有个会员在球场上趁没人摸我的腰和大腿，晚上还给我发露骨的微信。上周我拒绝再给他当球童，主管就停了"
     "我一周的排班。我该怎么办？", "women/harassment_complaint_retaliation", "打击投诉人"),
])
def test_held_out_39_second_questions_are_answered(pay_kb, message, rule, words):
    answer = ask(pay_kb, message)
    assert rule in (answer.rule, *answer.also)
    assert words in answer.text


@pytest.mark.parametrize("message", [
    # an injured worker's fear of the sack is answered by the injury's own rules, not as retaliation for a claim
    "我是物业公司维修工，修电梯厅门时被门夹伤右手，已经认定工伤了，劳动能力鉴定是九级。九级能赔多少钱？以后会不会被辞退？",
    # the allowance handed back is no retaliation ("会不会让我把补贴退回去")
    "进厂时厂里让签了个自愿放弃缴纳社保承诺书，每月多给300块。现在想年底走，听说没交社保辞职能要补偿？厂里会不会让我把补贴退回去？",
])
def test_retaliation_is_brought_only_for_a_claim_feared_to_be_punished(pay_kb, message):
    answer = ask(pay_kb, message)
    assert "procedure/retaliation_for_complaint" not in (answer.rule, *answer.also)


def test_a_termination_before_the_worker_s_own_retirement_age_now_reached_is_unlawful_with_2n(pay_kb):
    # Held-out 39 (read): ended "满60" in March, his own age reached in July and a pension drawn now, he was answered
    # with the rehiring rule ("二倍工资和经济补偿多数情况下难以得到支持") and never told the termination was unlawful
    answer = ask(pay_kb, "我是男的，1966年3月出生，2013年4月进高速服务区当电工，干了整13年，月工资6千。今年3月31号公司说我满60了"
                         "到退休年龄，直接给我办了终止，什么补偿都没给。后来去社保局才知道，我的退休年龄是60岁零4个月，今年7月才到，"
                         "现在已经办了退休在领养老金了。公司这样提前让我走合法吗？我能要什么？")
    assert answer.rule == "dismissal/ended_before_own_retirement_age"
    assert answer.text.startswith("不合法") and "2N" in answer.text[:300] and "156,000.00元" in answer.text


def test_a_mass_layoff_with_nursing_colleagues_on_the_list_is_answered_as_the_layoff(pay_kb):
    # Held-out 39 (read): "名单里还有两个在哺乳期的女工" made the asker a nursing mother ("单位不得因为怀孕、生育、哺乳辞退你")
    answer = ask(pay_kb, "我在一家动力电池厂上班，2021年3月入职，月工资8千左右。11月20号厂里开大会说产能过剩要裁200多人，我们车间"
                         "四十多个人全在名单上，说12月20号是最后一天，按N给补偿。名单里还有两个在哺乳期的女工。这样裁合法吗？能要2N吗？")
    assert answer.rule == "dismissal/mass_layoff_procedure"
    assert "辞退你" not in answer.text and "哺乳期的女职工" in answer.text
    assert answer.escalate and "pregnancy_dismissal" not in answer.escalate_codes


def test_pay_held_against_a_service_period_penalty_is_answered_with_the_penalty_s_cap(pay_kb):
    # Held-out 39 (read): a resigning auditor whose boss would keep her November pay against the penalty was told "不用赔"
    answer = ask(pay_kb, "我在一家会计师事务所做审计助理，去年12月1号所里出钱给我报了注会培训班，学费2万，签了3年服务期，违约金写的5万。"
                         "我上个月底已经交了辞职信，这个月30号正好干满一年走人。老板说必须赔5万，还说我11月工资8千一分都不发了，"
                         "直接抵违约金。我到底要赔多少？")
    assert answer.rule == "contract/training_service_period_penalty"
    assert "13,333.33元" in answer.text[:300] and not answer.text.startswith("不用赔")


def test_held_out_40_a_part_timer_scalded_at_work_is_told_it_is_a_work_injury(pay_kb):
    # Held-out 40 (read): answered only whether she was really part-time; never told the scald was a work injury
    answer = ask(pay_kb, "我在武汉一家奶茶店做兼职，每天晚上6点到10点，一小时25块，没签合同。11月21号晚上煮珍珠的时候锅里开水溅出来，"
                         "右手手背烫起好大一片泡，医生说浅二度，让休息一周。店长说兼职出了事自己负责，不算工伤，这一周也没工资。")
    assert answer.rule == "injury/part_time_worker_injury"
    assert answer.text.startswith("算工伤") and "2026年12月21日" in answer.text


@pytest.mark.parametrize("message, rule, words", [
    # a leaving certificate held back against a service-period penalty
    ("公司出钱让我考了救生员证，培训费6800，签了服务期协议，从2025年5月1号开始服务3年，违约金3万。我想干到12月31号就走。店长说先交3万"
     "违约金，不交就不给开离职证明。这合理吗？我最多要赔多少？", "contract/leaving_certificate_and_transfer", "单位必须给"),
    # a deposit not returned beside commission withheld after leaving
    ("我原来在足浴店做技师，今年1月3号走的。店里一直压着我去年11月、12月两个月的提成9600没给，还有入职时交的1000块押金也没退。"
     "现在还能要吗？", r"contract/deposit_collected|arrears/deposit_deducted_from_wages", "押金"),
    # where to arbitrate against a clause naming the head office's city
    ("我在佛山顺德的网格仓当站长，公司总部在长沙，合同是跟长沙总部签的。公司两个月工资没发。1. 我是在佛山申请还是得去长沙？合同里写了"
     "'争议由长沙仲裁委管辖'。2. 仲裁要不要钱？", "procedure/arbitration_venue", "两地任选"),
])
def test_held_out_40_second_questions_are_answered(pay_kb, message, rule, words):
    answer = ask(pay_kb, message)
    assert any(re.fullmatch(rule, r or "") for r in (answer.rule, *answer.also))
    assert words in answer.text


def test_held_out_40_a_health_report_posted_to_clients_is_answered_as_the_disclosure(pay_kb):
    # Held-out 40 (read): a maternity nurse whose agency posted her hepatitis panel was answered on whom she works for
    answer = ask(pay_kb, "我是月嫂，家政公司派的单。家政公司为了推我，把我的全名、照片、年龄、老家，还有入职体检报告（有乙肝五项那些）"
                         "都发到了好几个客户群里，我事先根本不知道。这件事我能管吗？")
    assert answer.rule == "privacy/salary_or_data_leaked" and answer.text.startswith("不合法")


def test_held_out_40_a_driver_fired_for_refusing_to_drive_exhausted_is_told_he_may_refuse(pay_kb):
    # Held-out 40 (read): answered with the generic misconduct test and a 🚨 safety banner
    answer = ask(pay_kb, "我在客运公司开长途大巴，2020年3月16号入职，月收入1.1万。10月29号我连夜跑完一趟，调度让我马上再把车开回去。"
                         "我说太困了不敢开，会出事的，没去。10月31号公司贴出通知，说我拒不服从调度，严重违纪，把我开除了。上个月我们车队"
                         "就有个司机疲劳驾驶撞了护栏。这种开除合法吗？")
    assert answer.rule == "injury/refuse_dangerous_order" and answer.text.startswith("能拒绝")
    assert not answer.escalate and "🚨" not in answer.text


def test_held_out_40_an_award_the_employer_contests_on_the_time_limit_is_no_claim_to_bring(pay_kb):
    # Held-out 40 (read): told "还没过，来得及" with a deadline counted from the employer's lawsuit, though she had won
    answer = ask(pay_kb, "我之前在南昌一所民办高校当合同制讲师，2025年7月15号离职，学校欠我课时费6.8万。今年3月10号院长还回我'学校在走"
                         "流程，会给你的'。8月20号我申请了劳动仲裁，学校仲裁时根本没提时效的事，10月16号仲裁裁决学校付我6.8万。结果学校"
                         "不服，10月28号到区法院起诉了，起诉状里说我离职超过一年才申请仲裁，已经过了时效。法院会支持他们吗？")
    assert answer.rule == "procedure/limitation_defence_raised_late" and answer.text.startswith("一般不支持")
    assert "⏰" not in answer.text and "来得及" not in answer.text


def test_held_out_40_harassment_in_probation_is_answered_as_the_harassment(pay_kb):
    # Held-out 40 (read): "陪我喝一杯，试用期就让你过" was answered with the rule on dismissals in probation
    answer = ask(pay_kb, "我在滑雪度假酒店的西餐厨房当帮厨，11月1号刚来，一个月4500包吃住。厨房主厨老是趁没人的时候摸我腰，晚上还给我发"
                         "很恶心的微信，说'陪我喝一杯，试用期就让你过'。我跟人事经理说了，她让我忍一忍。我该怎么办？")
    assert "dismissal/probation_dismissal" not in (answer.rule, *answer.also) and "性骚扰" in answer.text[:300]
    assert answer.escalate and "sexual_harassment" in answer.escalate_codes


def test_a_hospital_s_deposit_is_no_deposit_taken_by_the_employer(pay_kb):
    answer = ask(pay_kb, "我在工地摔断了腿，还在住院。医院要交5万押金，公司一开始垫了1万就不管了。医药费该谁出？")
    assert not any(r and r.endswith("deposit_collected") for r in (answer.rule, *answer.also))


def test_held_out_41_hazards_and_no_exit_health_check_bring_the_bar_on_ending_the_job(pay_kb):
    """A layoff or a return to the agency of workers exposed to dust with no exit health check: the job may not end before
    the check (职业病防治法第三十五条), whatever leads; hazards alone, or a check asked about with no job ending, do not."""
    layoff = ask(pay_kb, "我2018年3月1号进厂，月工资6500。厂里要经济性裁员48个人，11月30号合同全部解除。我们抛光线粉尘特别大，"
                         "进厂以后就没做过职业病体检，这次也说不安排离岗体检。这样裁员合法吗？体检的事怎么办？")
    assert "dismissal/exit_health_check_dismissal" in (layoff.rule, *layoff.also)
    assert "离岗前没有组织职业健康检查的，不得解除或者终止劳动合同" in layoff.text
    returned = ask(pay_kb, "我是派遣工，在冶炼厂焙烧车间干了三年，被退回派遣公司了，派遣公司暗示我们自己写个辞职。粉尘和放射性都有，"
                           "从来没做过离岗体检。我该不该写辞职？")
    assert {"dismissal/exit_health_check_dismissal", "injury/occupational_disease_employer_duties"} & {
        returned.rule, *returned.also}
    assert "不得解除或者终止劳动合同" in returned.text
    still = ask(pay_kb, "我在打磨车间干活，粉尘很大，公司从来没给我们做过职业病体检，这合法吗？")
    assert "dismissal/exit_health_check_dismissal" not in (still.rule, *still.also)


def test_held_out_41_no_award_told_is_no_appeal_against_one(pay_kb):
    """A referee paid per match asks "劳动仲裁还是法院": no award exists, so the rule on suing within 15 days of one does not
    lead; an award told, in words or by "仲裁输了", still brings it."""
    referee = ask(pay_kb, "我是业余足球裁判，平时在学校当体育老师。今年1月到10月给一家赛事公司办的业余联赛吹了36场，说好一场300，"
                          "一共10800，到现在一分没结。我该去劳动仲裁还是法院？多久之内得去告？")
    assert referee.rule != "procedure/disagree_with_award" and "procedure/disagree_with_award" not in referee.also
    lost = ask(pay_kb, "仲裁输了，我还能去法院告吗？收到裁决书5天了")
    assert lost.rule == "procedure/disagree_with_award"


def test_held_out_41_a_harassed_apprentice_threatened_with_docked_pay_and_the_sack(pay_kb):
    """Pay threatened to be docked as a punishment is answered (扣工资能扣吗), and no dismissal's damages are counted when
    the dismissal is only threatened (再不听话就让我走人)."""
    answer = ask(pay_kb, "我19岁，今年8月开始在一家裁缝店当学徒，一个月3500。老板老摸我的腰，晚上还给我发黄色笑话，让我陪他喝酒。"
                         "我拒绝了几次，他就说我“学徒不合格”，要扣我这个月工资，还说再不听话就让我走人。能报警吗？工资他能扣吗？")
    assert "arrears/fines_deducted_from_wages" in (answer.rule, *answer.also)
    assert "违法解除的赔偿金为" not in answer.text


def test_held_out_41_accident_insurance_paid_out_does_not_settle_a_work_injury(pay_kb):
    answer = ask(pay_kb, "我9月3号在山里测量的时候从坡上摔下去，胫腓骨骨折，做了手术。公司没给我交工伤保险，只买了个团体意外险，"
                         "保险赔了2万。公司说“保险赔过了就两清了”。保险赔了是不是就不能再找公司了？工伤还能认吗？")
    assert "injury/commercial_insurance_not_substitute" in (answer.rule, *answer.also)
    assert "不等于交了工伤保险" in answer.text


def test_held_out_41_where_to_claim_asked_by_the_home_place_s_name(pay_kb):
    answer = ask(pay_kb, "我是甘肃定西的，今年9月20号跟着劳务经纪人去新疆阿克苏给一家农业发展公司拾棉花，公司的人每天安排我们拾、"
                         "过秤记账。到11月10号一共该给我12320块，只给了3480块现金，剩下的工钱说回家再给，现在还欠着。"
                         "我现在人在定西，能在定西这边告吗？")
    assert "procedure/arbitration_venue" in (answer.rule, *answer.also)
    assert "那里的仲裁委不管辖" in answer.text


def test_held_out_41_an_award_disputed_leads_with_the_days_left_to_sue(pay_kb):
    answer = ask(pay_kb, "我在武汉通过一个家政APP做保洁，平台给我排班、发工服、管考勤，每月保底5800。6月30号平台把我账号封了。我7月20号"
                         "申请了仲裁，要求确认劳动关系和赔偿金。11月14号裁决出来了，说我跟平台是“合作关系”，驳回了，11月16号我收到的"
                         "快递。我不服，想去法院告，还有时间吗？最晚哪天？")
    assert answer.rule == "procedure/disagree_with_award"
    assert "2026年12月1日" in answer.text


def test_a_nursing_mother_asking_whether_refusing_gets_her_fired_is_told_the_bar(pay_kb):
    # held-out 41: night shifts while nursing, "拒绝了会不会被开除" asked beside them
    answer = ask(pay_kb, "我是乡镇卫生院的合同制护士，今年5月10号生的宝宝，9月回来上班。现在护士长每4天给我排一个夜班，"
                         "我说要喂奶，她说大家都忙没办法。请问这样合法吗？我能不能拒绝上夜班？拒绝了会不会被开除？")
    assert "不得安排" in answer.text and "夜班" in answer.text
    assert "不得因为怀孕、生育、哺乳辞退你" in answer.text
    # a nursing mother asking about her hour alone is not told about dismissal
    answer = ask(pay_kb, "我在哺乳期，单位每天的哺乳时间不给，这样合法吗？")
    assert "不得因为怀孕、生育、哺乳辞退你" not in answer.text


def test_half_the_pay_held_back_is_answered_beside_a_deposit(pay_kb):
    # held-out 42: a deposit, a deduction for rework and half of two months' pay held back "怕我跑了"
    answer = ask(pay_kb, "在竹编作坊编竹篮，计件，一个月5千左右。入职的时候收了我一千押金，9月10月工资都只发一半，说另一半年底才给，"
                         "怕我跑了。这些扣的钱能要回来吗？")
    assert "押金" in answer.text and "压着工资" in answer.text


def test_a_boss_who_took_the_work_from_a_company_brings_the_company_s_liability(pay_kb):
    # held-out 42: "刘老板…他说他从XX保安服务公司那包的活" and vanished: the company that let the work answers too
    answer = ask(pay_kb, "我在一个大学当保安，是刘老板招的我，他说他从一家保安服务公司那包的活，合同没签过。三个月工资一分没发，"
                         "一个月3800。刘老板这半个月电话打不通，人也找不到了。我能找保安公司要钱吗？")
    assert "发包的单位" in answer.text and "连带" in answer.text


def test_the_last_pay_kept_back_for_leaving_is_answered_beside_a_deposit(pay_kb):
    # held-out 42: a florist who gave a month's notice, her October pay and deposit kept "旺季走人给他造成损失了"
    answer = ask(pay_kb, "6月份进去的时候老板收了1000块押金。10月1号我微信跟老板说了这个月底辞职，31号干完走的。结果10月工资4200不给，"
                         "押金也不退，说我旺季走人给他造成损失了。钱还能要回来吗？")
    assert "押金" in answer.text and "工资照样要给" in answer.text


def test_compensation_asked_beside_unemployment_after_a_contract_not_renewed(pay_kb):
    # held-out 42: "合同10月31号到期，公司说…不跟我续了。我能领失业金吗？…公司是不是还得给我补偿？"
    answer = ask(pay_kb, "我在区图书馆干借还书，其实是外包公司的人，19年11月1号进的，社保一直交着。合同10月31号到期，公司说图书馆这个"
                         "项目没中标，不跟我续了。我能领失业金吗？公司是不是还得给我补偿？我工资4200")
    assert "能要补偿" in answer.text and "第四十六条" in answer.text


def test_faces_and_fingerprints_taken_are_answered_beside_location_tracking(pay_kb):
    # held-out 42: tracking around the clock and face scans and fingerprints for attendance, asked together
    answer = ask(pay_kb, "公司强制我们装一个APP，24小时定位，晚上和周末也开着，还要采集人脸和指纹考勤。我下班关了定位被书面警告了，"
                         "说三次警告就开除。这合法吗？")
    assert "人脸、指纹属于生物识别信" in answer.text



def test_a_contract_named_otherwise_and_am_i_an_employee_asked_is_answered(pay_kb):
    # held-out 42: an e-sports trainee under a 《选手合作协议》, fined for lateness, leave approved by the manager
    answer = ask(pay_kb, "我是电竞俱乐部的青训选手，今年1月1号进的，签的是个《选手合作协议》不是劳动合同，每个月给6000说是训练补贴。每天"
                         "下午1点训练到晚上12点，迟到罚200，请假要经理批。10月31号经理突然说明天不用来了。我这到底算不算他们员工啊？"
                         "没签劳动合同能要双倍工资吗？")
    assert "合同名称不决定关系性质" in answer.text


def test_a_loss_taken_from_pay_and_a_body_search_are_answered_beside_the_id_card_kept(pay_kb):
    # held-out 43: jade apprentices searched and locked in over a missing stone, 2万 each to come out of their pay
    answer = ask(pay_kb, "镇平玉雕作坊，前天一块2万的料不见了，老板让我们脱了衣服搜身，身份证进来的时候就被他收着到现在不给。"
                         "现在他说每个人工资里扣2万。这合法吗？")
    assert "每月最多扣当月工资的20%" in answer.text
    assert "不能强行搜" in answer.text


def test_arbitration_fee_and_materials_asked_are_answered_when_no_rule_leads(pay_kb):
    answer = ask(pay_kb, "公司欠了我3个月工资一共2万4，我想去仲裁，仲裁要交钱吗？要准备什么材料？")
    before_the_law = answer.text.split("法律依据")[0]
    assert "不收费" in before_the_law
    assert "书面仲裁申请书" in before_the_law and "身份证" in before_the_law


def test_a_sole_traders_helper_asking_if_they_are_an_employee_is_told_they_are(pay_kb):
    # held-out 43: a night-market stall with a sole trader's licence; "老板说我就是帮忙的不算他员工"
    answer = ask(pay_kb, "我在夜市一个烧烤摊帮忙穿串收桌子，从5月6号干到现在，一天150块现金日结，一个月差不多干26天，啥合同都没签。"
                         "老板说我就是帮忙的不算他员工，可他那个摊子是办了个体户执照的。我这算不算他的员工啊？没签合同能要双倍工资吗")
    assert "个体经济组织" in answer.text and "3,900.00元" in answer.text


def test_heavy_carrying_put_to_a_pregnant_worker_is_answered_beside_the_contracts_end(pay_kb):
    # held-out 43: "合同到期不续了，这段时间先去酒窖帮忙搬橡木桶和酒箱，一箱二十多斤…让我去搬酒箱我能不能拒绝"
    answer = ask(pay_kb, "我在酒庄做品鉴接待，合同到今年12月31号，现在怀孕4个月。上周经理说合同到期不续了，这段时间先去酒窖帮忙搬"
                         "橡木桶和酒箱，一箱二十多斤。合同到期他们能不续吗？让我去搬酒箱我能不能拒绝？")
    assert "孕期禁忌的劳动" in answer.text and "你可以要求调离" in answer.text


def test_quitting_over_a_low_contribution_base_follows_the_base_itself(pay_kb):
    # held-out 43: "按最低的基数给我交的…合法吗？…要是不给补我能不能辞职要补偿": the base first, then the contested quitting
    answer = ask(pay_kb, "工资条上每个月4800，前两天在手机上查社保，发现公司一直是按最低的基数给我交的，差了好多。公司这样合法吗？"
                         "能不能让它按我实际工资给我补上？要是不给补我能不能辞职要补偿")
    assert answer.rule == "social_insurance/low_contribution_base"
    assert "不稳妥，各地看法不一" in answer.text


def test_held_out_44_a_claim_feared_to_cost_the_job_wages_kept_after_a_resignation_and_settlements_put(pay_kb):
    # 能要多少双倍工资？我还在厂里干，要了会不会被开？: dismissing for the claim is unlawful, beside the double wages
    answer = ask(pay_kb, "佛山床垫厂裁布工，3月1号进厂到现在都没签合同，月薪5200左右银行卡发的。能要多少双倍工资？我还在厂里干，要了会不会被开？")
    assert answer.rule == "contract/unsigned_contract_double_wages"
    assert "dismissal/fired_for_complaining" in answer.also and "2N" in answer.text
    # the last month's pay kept after a resignation, told in the next sentence, beside the deposit that leads
    answer = ask(pay_kb, "我在南宁一家典当行做了一年多鉴定助理，10月31号辞职走的，提前一个月交了辞职信。结果10月份工资6200一直不给，"
                         "入职时交的3000块'保证金'也不退。工资和押金能要回来吗？")
    assert "arrears/wages_withheld_for_quitting" in answer.also and "工资照样要给" in answer.text
    # a lump sum offered to close an injury (最多给2万块了事): not before the legal amounts are known
    answer = ask(pay_kb, "我老公在工地装玻璃幕墙从脚手架上摔下来，现在在ICU还没醒。他是跟着包工头干的，没签合同也没买保险。包工头现在说"
                         "最多给2万块了事。我们家里人现在该怎么办？")
    assert "injury/settlement_offered_not_yet_signed" in {answer.rule, *answer.also}
    # a death blamed on the dead worker (说是他自己没按规定戴呼吸器): fault does not take away a work injury
    answer = ask(pay_kb, "我爸在化工厂清洗反应釜，11月22号中毒晕倒在里面，送医院抢救没过来，当天就走了。厂里说是他自己没按规定戴呼吸器，"
                         "只愿意给家里30万，要我们签字以后不再追究。我们该怎么办？")
    assert "injury/own_mistake_still_injury" in {answer.rule, *answer.also}
    # a layoff's paper put to sign within three days
    answer = ask(pay_kb, "厂里11月25号贴公告说12月1号起裁掉35个人，名单上有我。说是每人按工作年限给补偿，但要我们3天内签字，不签就什么都没有。"
                         "这样裁员合法吗？")
    assert "dismissal/leaving_agreement_put_to_sign" in {answer.rule, *answer.also}


def test_a_lawsuits_fifteen_days_ending_on_a_saturday_are_told_moved_to_monday_and_safe_by_friday(pay_kb):
    # today 2026-11-21; 11月13号收到裁决书: the fifteenth day is Saturday 2026-11-28 (民事诉讼法第八十五条: moved to Monday)
    answer = ask(pay_kb, "被开除后申请了仲裁。11月13号收到裁决书，赔偿金没支持。我想去法院告，还来得及吗？多久之内？")
    assert "2026年11月28日" in answer.text and "星期六" in answer.text
    assert "11月30日" in answer.text and "11月27日（周五）" in answer.text
    assert any(c.citation == "《民事诉讼法》第八十五条" for c in answer.citations)
    # a Friday's end is told as it is
    answer = ask(pay_kb, "被开除后申请了仲裁。11月12号收到裁决书，赔偿金没支持。我想去法院告，还来得及吗？多久之内？")
    assert "2026年11月27日" in answer.text and "星期六" not in answer.text


def test_assets_being_moved_and_the_money_to_keep_safe_lead_with_the_steps_against_the_assets(pay_kb):
    # held-out 44: no contract told too, but 怎么才能保住这笔钱 asks how to stop the assets going
    answer = ask(pay_kb, "我和老乡两个人给一个猪肉摊老板打工，每人每月5500。老板从8月开始就不发工资，到现在欠我们每人三个月。这两天市场管理处的人"
                         "说他已经把两个摊位转租出去了，冷柜和电子秤也在往外卖，听说要回老家。我们没签合同，只有微信聊天和转账记录。怎么才能保住这笔钱？？")
    assert answer.rule == "arrears/employer_moving_assets"


def test_an_injury_supposed_by_a_worker_without_insurance_is_answered_with_the_employer_paying_it_all(pay_kb):
    # held-out 44: "If I get hurt during a site inspection on a tower, am I covered?" beside the insurance refused
    answer = ask(pay_kb, "I'm a Malaysian engineer working for a curtain-wall company in Shenzhen since 1 March 2025, with a work "
                         "permit. Salary 22,000 RMB a month. HR told me foreigners don't need to join Chinese social insurance, so "
                         "they pay me an extra 1,500 a month instead. Is that legal? If I get hurt during a site inspection on a "
                         "tower, am I covered?")
    assert "injury/no_injury_insurance_employer_pays" in answer.also
    assert any(c.citation == "《工伤保险条例》第六十二条" for c in answer.citations)


def test_a_dispatched_worker_asking_whether_a_short_agency_contract_is_lawful_is_told_two_years(pay_kb):
    answer = ask(pay_kb, "I'm dispatched by a staffing agency to a dubbing studio in Shanghai; salary 18,000 RMB a month. The studio's "
                         "own staff get overtime pay and a year-end bonus, I get neither. My contract with the agency is only 6 "
                         "months (Sept 1, 2026 to Feb 28, 2027). Is a 6-month dispatch contract even legal?")
    assert "dispatch/dispatch_agency_is_employer" in {answer.rule, *answer.also}
    assert "at least two years" in answer.text


def test_a_deposit_told_with_its_name_between_is_answered_whatever_leads(pay_kb):
    # held-out 44: 还交了2000块'工牌钥匙押金' … 押金能退吗
    answer = ask(pay_kb, "在房产中介门店做经纪人，入职签的是《经纪人合作协议》，不是劳动合同。每天早上8点半开早会、晚上9点才能走，天天打卡，"
                         "还交了2000块'工牌钥匙押金'。这协议算劳动合同吗？押金能退吗？")
    assert "contract/deposit_collected" in {answer.rule, *answer.also}


def test_no_base_pay_asked_about_brings_the_minimum_wage_whatever_leads(pay_kb):
    answer = ask(pay_kb, "在房产中介门店做经纪人，入职签的是《经纪人合作协议》。底薪0，开单才有提成，但是每天早上8点半开早会、晚上9点才能走，"
                         "天天打卡。这协议算劳动合同吗？没底薪合法吗？")
    assert "arrears/minimum_wage_underpaid" in {answer.rule, *answer.also} and "最低工资" in answer.text


def test_a_partner_in_name_asking_whether_they_are_an_employee_is_told_the_name_does_not_decide(pay_kb):
    answer = ask(pay_kb, "我2月25号进的美容院，老板一直说我们是'合伙人'，不签合同，底薪3000加提成，平均一个月到手5200左右。我这种算不算老板的员工？")
    assert "labor_relation/labor_service_agreement_label" in {answer.rule, *answer.also}


def test_a_boss_gone_and_another_party_asked_to_pay_is_answered_with_that_partys_liability_first(pay_kb):
    # held-out 44: the coach's paymaster vanished; "我能不能找驾校要钱？" is answered by the licence lender's liability, then
    # the steps against the vanished boss
    answer = ask(pay_kb, "我是驾校教练，说白了是给'车主'老周干的。老周自己买了三台教练车挂在XX驾校名下，学员是驾校招的，工资是老周每月微信转给我。"
                         "他8、9、10三个月工资没给，一共19500。上周开始老周电话关机，三台车已经卖了一台，人找不到了。驾校说我跟驾校没关系。"
                         "我能不能找驾校要钱？")
    assert answer.rule == "labor_relation/licence_lender_liable" and "arrears/boss_vanished" in answer.also
    assert answer.escalate


def test_held_out_45_refusing_the_overtime_asked_beside_its_pay_and_a_permit_holders_penalty(pay_kb):
    # 一个月到底少拿了多少？能不能拒绝这么长时间加班？: the pay leads, and the refusal is answered beside it
    answer = ask(pay_kb, "上海一家洗涤厂，合同写月工资4350，标准工时。实际每天早上7点半干到晚上7点半，中午吃饭1小时，一周干6天。"
                         "加班费每月就固定给600块'加班补贴'。我一个月到底少拿了多少？能不能拒绝这么长时间加班？")
    assert "overtime_hours/refuse_overtime" in answer.also and "可以拒绝，法定紧急情况除外" in answer.text
    # told, not asked: no refusal part
    answer = ask(pay_kb, "我每天加班3小时，我拒绝加班以后主管天天骂我。加班费怎么算？")
    assert "overtime_hours/refuse_overtime" not in answer.also
    # a foreigner with a permit asked about a training fee and a penalty for leaving: the service period, not his status
    answer = ask(pay_kb, "I'm from Kazakhstan and I have a valid work permit. The contract is 2 years, salary 9,000 RMB a month. "
                         "It says if I resign before 2 years I must pay a 'penalty' of 3 months' salary plus a 15,000 'training "
                         "fee' for the two-week onboarding training. I sent my written resignation on 20 November. "
                         "Do I have to pay anything?")
    assert answer.rule != "labor_relation/foreign_worker_with_permit"


def test_held_out_45_a_penalty_for_leaving_and_a_non_compete_told_beside_what_leads(pay_kb):
    # the ID card kept leads; the 5,000 penalty for leaving within a year is answered too
    answer = ask(pay_kb, "10月8号到搬家公司上班，签了一年合同。身份证被老板收走了说'代保管'。合同里还写着一年内离职要赔5000违约金。"
                         "我干了快两个月想走，老板说不交5000就不还身份证。我该怎么办？")
    assert answer.rule == "contract/withheld_id_documents"
    assert "contract/penalty_clause_invalid" in answer.also and "《劳动合同法》第二十五条" in answer.text
    # a ban on working for rivals told without its name, beside a training penalty that leads
    answer = ask(pay_kb, "剧本杀店的DM，月薪4500。合同里有两条：一是离职后两年内不能在杭州任何剧本杀店工作，违反赔5万；二是入职时"
                         "店里给我做了两周DM培训，合同写“服务不满两年离职，赔培训费2万”。我真的要赔吗？")
    assert "contract/non_compete_who_and_scope" in {answer.rule, *answer.also}
    assert "竞业限制只能约定给高级管理人员" in answer.text


def test_held_out_45_a_returned_dispatched_worker_whose_contract_nobody_ended(pay_kb):
    # 退回派遣公司…没有岗位了，明年三月前一分钱都没有: what the agency owes while idle leads, not a termination not made
    answer = ask(pay_kb, "我们都是一家人力公司派遣过来的，派遣合同一年一签，月薪5600左右。11月20号乐园说淡季用不了这么多人，"
                         "把我们38个派遣的一起退回派遣公司。派遣公司说没有岗位了，明年三月前一分钱都没有。我们就这么被退回合法吗？")
    assert answer.rule == "dispatch/dispatch_returned_by_host" and "最低工资标准按月付你报酬" in answer.text
    # the agency then ended the contract by text: its termination leads
    answer = ask(pay_kb, "我是派遣工，10月15号酒店把我退回了派遣公司。11月5号派遣公司又发个短信说合同解除了，什么补偿都没有。合法吗？")
    assert answer.rule == "dispatch/dispatch_agency_unlawful_termination"
    # ...or dismissed the worker in other words: not displaced by the return either
    answer = ask(pay_kb, "我是派遣工，10月15号酒店把我退回了派遣公司，派遣公司过了一周就把我辞退了，什么补偿都没有。合法吗？")
    assert answer.rule != "dispatch/dispatch_returned_by_host"
    answer = ask(pay_kb, "I'm a dispatched worker at a logistics company, salary 5200. Last week the company 'returned' me to the "
                         "agency saying my performance is bad. Then the agency sent me a Termination Notice. Is that legal?")
    assert answer.rule != "dispatch/dispatch_returned_by_host"
    answer = ask(pay_kb, "我们15个人是劳务派遣公司派到养猪场的。养猪场把我们全退回去。派遣公司马上发通知说'用工单位退回，劳动合同自动解除'，"
                         "一分补偿没有。这样合法吗？")
    assert answer.rule != "dispatch/dispatch_returned_by_host"


def test_held_out_45_a_settlement_with_its_signature_named_and_the_blame_in_a_clause_of_its_own(pay_kb):
    # 再给一万块签个协议就了结: not before the legal amounts are known; 说是他自己违规操作: fault takes no work injury away
    answer = ask(pay_kb, "我老公在洗涤厂开烫平机，没签合同也没交社保。11月3号晚班，右手和小臂被卷进滚筒，烫伤很深，已经做了一次植皮。"
                         "厂里先垫了2万，现在老板说是他自己违规操作，再给一万块签个协议就了结。这算不算工伤？我们能不签吗？")
    assert "injury/settlement_offered_not_yet_signed" in {answer.rule, *answer.also}
    assert "injury/own_mistake_still_injury" in {answer.rule, *answer.also} and "先别急着签" in answer.text
    # the blame in a clause after the fact it rests on (没穿救生衣，是他自己违反规定，责任在他)
    answer = ask(pay_kb, "我哥在客渡公司当水手，11月19号系缆绳的时候从船上摔下来，腿骨折了住院。公司说他没穿防滑鞋，是他自己违反规定，"
                         "责任在他，医药费不管。这算工伤吗？")
    assert "injury/own_mistake_still_injury" in {answer.rule, *answer.also}


def test_held_out_45_a_pregnant_worker_told_to_go_is_not_offered_quitting_over_wages_and_a_final_award_told(pay_kb):
    # 让我这个月做到月底就别来了…签了多发半个月工资: no wages owed, so no "quit over unpaid wages"
    answer = ask(pay_kb, "民宿管家，2025年3月1号入职，合同签到2027年2月底，一个月5200。10月20号我跟老板说怀孕了。11月20号老板让我这个月做到"
                         "月底就别来了，还拿了张《自愿离职申请》让我签，说签了多发半个月工资。我没签。他这样能直接让我走吗？我想保住这份工作。")
    assert "dismissal/resign_for_unpaid_wages" not in answer.also and "能辞职要补偿" not in answer.text
    # an award that says it is final: the employer cannot sue, not "it depends"
    answer = ask(pay_kb, "11月5号收到裁决书，裁公司付我欠发工资9800和经济补偿6000。裁决书上写着“本裁决为终局裁决”。公司老板打电话说他不服，"
                         "要去法院告我。他真能拖下去吗？我什么时候能去法院申请强制执行？")
    assert answer.rule == "procedure/final_award" and answer.text.startswith("单位不能就终局裁决起诉")
    assert "procedure/enforce_award" in answer.also and "申请执行的期限是2年" in answer.text


def test_held_out_45_a_guard_the_client_sent_back_is_told_what_his_company_owes_while_idle(pay_kb):
    # no rule leads a message without dispatch words; the facts (sent by his company to another firm, returned) bring it
    answer = ask(pay_kb, "我跟深圳一家保安公司签的合同，月薪5200，被公司派到龙岗一家电子厂做门卫。11月10号我跟电子厂行政吵了几句，第二天"
                         "电子厂就跟保安公司说不要我了。保安公司让我先回家等岗位，说等待期间不发工资，说是客户退的人。"
                         "等岗这段时间真的一分钱没有吗？")
    assert "dispatch/dispatch_returned_by_host" in {answer.rule, *answer.also}
    assert "最低工资标准按月付你报酬" in answer.text


def test_held_out_46_an_award_disputed_over_one_claim_leads_with_suing_not_that_claims_time_bar(pay_kb):
    """The double wages refused as time-barred, the worker wants to sue: the 15 days and the court lead, not the double
    wages' limitation (which had sent him back to arbitration)."""
    driver = ask(pay_kb, "我在南昌一家租车公司当送车司机，2024年6月1号入职，公司一直没跟我签合同，今年7月20号把我辞了。8月10号我申请了仲裁，"
                         "要违法解除赔偿金和没签合同的二倍工资。11月19号收到裁决书，赔偿金裁了36000，但二倍工资说我超过时效不支持。"
                         "我不服二倍工资这块，想去法院告，要在什么时候之前？去哪个法院？")
    assert driver.rule == "procedure/disagree_with_award"
    assert "基层人民法院" in driver.text and "2026年12月4日" in driver.text
    assert "尽快向劳动争议仲裁委员会申请仲裁" not in driver.text


def test_held_out_46_a_cleaner_near_retirement_with_sixteen_years_is_told_the_bar_on_dismissing_him(pay_kb):
    cleaner = ask(pay_kb, "我58了，在一家物业公司干保洁，2010年3月1号就来了，签的是无固定期限合同，一个月4500。上周公司说这个小区的物业合同"
                          "到期不续了，项目撤场，给了我一张通知书，说11月30号解除劳动合同。公司能这么干吗？")
    assert "dismissal/near_retirement_fifteen_years" in (cleaner.rule, *cleaner.also)
    assert "连续工作满15年且距法定退休年龄不足5年" in cleaner.text
    assert "固定期限合同到期" not in cleaner.text[:120]


def test_held_out_46_a_kindergarten_closed_without_compensation_is_told_the_severance_beside_the_benefit(pay_kb):
    teacher = ask(pay_kb, "西安一家民办幼儿园，因为生源不够，举办人决定10月31号停办，把我们全部老师的合同都终止了，说是'幼儿园关门不算辞退，"
                          "没有补偿'。我2019年9月1号来的，月工资4600，社保从入园就一直交着。请问：1.幼儿园关门真的不给补偿吗？"
                          "2.我能领失业金吗？能领多久？")
    assert "dismissal/company_closed_severance" in (teacher.rule, *teacher.also)
    assert "34,500.00" in teacher.text and "决定提前解散" in teacher.text
    # a worker quitting (我不干了) or a team disbanded inside a going concern is no closure
    quitting = ask(pay_kb, "老板拖了我两个月工资，我不干了，能不能走的时候要补偿？")
    assert "dismissal/company_closed_severance" not in (quitting.rule, *quitting.also)
    fleet = ask(pay_kb, "公司说车队解散，把我们都辞了，一分补偿都没有，合法吗？")
    assert "dismissal/company_closed_severance" not in fleet.also


def test_held_out_46_a_nursing_mother_asking_off_night_shifts_is_told_no_pregnancy_rule(pay_kb):
    mother = ask(pay_kb, "我在一家汽车零部件厂做装配，今年4月20号生的宝宝，产假休完8月回来上班。现在车间让我两班倒，夜班是晚上8点到早上8点，"
                         "还经常要加班。我跟班长说要喂奶，也没有哺乳时间。请问哺乳期能要求不上夜班吗？")
    assert "women/nursing_protections" in (mother.rule, *mother.also)
    assert "women/pregnant_lighter_work" not in (mother.rule, *mother.also) and "孕期不能适应原工作" not in mother.text


def test_a_company_deregistered_while_owing_wages_is_no_change_of_name_and_the_shareholders_answer(pay_kb):
    # held-out 47: 简易注销 and a new shop under another name was led by "the contract carries on, service continuous"
    answer = ask(pay_kb, "长春，我在一家火锅店干了两年，月薪4800，店是个有限公司开的。10月15号老板说停业，欠我两个月工资9600。"
                         "我上网一查，公司上个月已经“简易注销”了，可老板换了个新公司名字在别的商场开了新店，原来的锅和桌椅全搬"
                         "过去了。公司都没了我还能告谁？")
    assert answer.rule == "arrears/company_deregistered_wages"
    assert "合同继续有效" not in answer.text and "连带责任" in answer.text.split("\n\n")[0]
    assert answer.escalate  # the things carried to the new shop: assets moved



def test_a_loss_taken_from_a_named_month_s_pay_is_answered_beside_the_deposit(pay_kb):
    # held-out 47: "直接从上个月工资里全扣了" went unanswered beside the deposit
    answer = ask(pay_kb, "在成都一个商场的黄金柜台做销售，底薪3000加提成，上个月应发7200。月初盘点少了一枚金戒指，店长说是我当班要赔"
                         "5000，直接从上个月工资里全扣了，只发了2200。另外入职时还收了我2000块'押金'，说干满两年才退。这合法吗？")
    assert "arrears/wage_deduction_for_losses" in (answer.rule, *answer.also)
    assert "20%" in answer.text


def test_an_injured_worker_s_pay_docked_as_personal_leave_brings_the_recovery_period_s_pay(pay_kb):
    answer = ask(pay_kb, "福州，我给共享单车公司做运维，前天往货车上搬车时把脚踝崴了，肿得老高，去社区医院拍片没骨折，医生让休息"
                         "一周。主管说“自己不小心崴的不算工伤”，这几天要按事假扣钱。疼死了还要扣钱，这算不算工伤？")
    assert "injury/treatment_period_wages" in (answer.rule, *answer.also)
    assert "原工资" in answer.text


def test_a_hepatitis_b_carrier_moved_off_her_counter_is_told_it_is_discrimination(pay_kb):
    # held-out 47: the results posted to a group led, and "领导还说要把我调离窗口岗位" went unanswered
    answer = ask(pay_kb, "无锡一家自来水公司营业厅，今年体检公司加了乙肝两对半和HIV检测，也没问我们同不同意。结果出来后人事把全员体检"
                         "结果表发到了200多人的工作群，我乙肝小三阳被所有同事看到。领导还说要把我调离窗口岗位。这合法吗？")
    assert "dismissal/dismissed_as_disease_carrier" in (answer.rule, *answer.also)
    assert "调离岗位" in answer.text and "就业歧视" in answer.text


def test_double_wages_asked_after_years_on_cooperation_agreements_are_told_their_limit(pay_kb):
    # held-out 47: a radio host since March 2021 was told "Yes, you can claim double wages"
    answer = ask(pay_kb, "Since March 2021 I've hosted a night show at a Changsha radio station. I only sign yearly "
                         "'cooperation agreements', but I clock in, attend staff meetings and get a fixed 6,500/month, no "
                         "social insurance. Am I an employee? Can I claim double salary?")
    assert "contract/unsigned_contract_over_one_year" in (answer.rule, *answer.also)
    assert "at most 11 months" in answer.text and not answer.text.startswith("Yes, you can claim double wages")


def test_a_threat_when_asking_for_the_wages_owed_keeps_the_wages_in_the_answer(pay_kb):
    # held-out 12: led by the threat, the wage rule beside it had been lost in a near tie this session
    answer = ask(pay_kb, "我在南宁一家手机店当店员，老板欠我两个月工资9600。昨天我去店里要，老板当着几个人的面说'再来要钱就找人打断"
                         "你的腿'，还推了我一把。我现在不太敢一个人去了。他欠钱不给还这样威胁我，我该怎么办？")
    assert "arrears/violence_when_asking_for_wages" in (answer.rule, *answer.also)
    assert answer.escalate


def test_work_passed_on_to_a_named_individual_brings_the_company_s_joint_liability(pay_kb):
    # held-out 47: twelve grape pickers asked whom to claim from; "公司又转给老马个人干" had not been read as work let to an
    # individual, so the company's liability (劳动合同法第九十四条) was never said
    answer = ask(pay_kb, "我们12个人今年9月到10月在宁夏一个酒庄葡萄园摘葡萄，是老马叫去的，说好一天220。酒庄把采摘包给了一家农业服务"
                         "公司，公司又转给老马个人干。10月25号活干完，老马拿着钱跑了，电话打不通，每人被欠五千多。酒庄和那家公司都说"
                         "不关他们事，我们该找谁要钱？")
    assert "labor_relation/individual_contracting_joint_liability" in (answer.rule, *answer.also)


def test_a_teacher_called_part_time_with_thirty_lessons_a_week_is_told_she_is_not(pay_kb):
    # held-out 48: "双方都能随时终止，而且一般没有补偿" led for a yoga teacher with ~30 lessons a week, all day at the studio
    answer = ask(pay_kb, "我在成都一家瑜伽馆当老师，今年1月5号开始干的，馆长一直说我是“兼职合作”，没签合同，一节课60块按课时算，"
                         "每个月15号结上个月的，一个月到手7500左右。可我一周要带30节左右的课，早上到晚上都在馆里。上周馆长说下个月"
                         "课排少了，让我“随时可以走”，还说兼职不用给补偿。我这种到底算不算兼职？他让我走的话能要补偿吗？")
    assert answer.rule == "labor_relation/part_time_definition"
    first = answer.text.split("\n\n")[0]
    assert "就不是非全日制" in first and "随时终止" not in first and "二倍作赔偿金" in answer.text


def test_twelve_hour_shifts_counted_by_the_worker_s_own_month_are_priced(pay_kb):
    # held-out 48: "每班实打实干12个小时" was not read, so weekday overtime counted 0 and the month came to 2,942
    answer = ask(pay_kb, "我们地毯厂两班倒，每班实打实干12个小时，一个月只休2天，合同上写底薪4800，从来没有加班费。我想算算按法律一个月"
                         "应该给我多少加班费？（按一个月30天、22个工作日、8个休息日算，我上28天班）")
    assert "工作日延时88小时、休息日72小时" in answer.text and "7,613.79" in answer.text


def test_a_grade_six_worker_whose_contract_is_not_renewed_is_told_the_job_is_kept(pay_kb):
    # held-out 48: a dispatched porter disabled at grade six, "合同到期了，不续了，给3万块钱了事", was never told the contract
    # cannot end unless he asks (劳动合同法第四十二、四十五条, 工伤保险条例第三十六条)
    answer = ask(pay_kb, "我老公是派遣工，派遣公司把他派到东莞一家蜡烛厂做搬运。去年他从货架上摔下来腰椎受了伤，工伤认定了，上个月劳动"
                         "能力鉴定出来是六级。现在派遣公司说他的劳动合同也到期了，不续了，给3万块钱了事。能就这样被终止吗？")
    assert "injury/fired_after_injury" in (answer.rule, *answer.also)
    assert "五、六级只有你本人提出才可以解除" in answer.text


def test_a_worker_afraid_of_being_too_late_is_told_the_day_not_sent_to_court(pay_kb):
    # held-out 48: "听说过了时间就告不了了，是不是已经晚了" was led by the rule for an arbitration the commission refused
    answer = ask(pay_kb, "我是长沙一个象棋培训机构的老师，今年3月15号被校长以'家长投诉'为由辞退了，没给任何补偿。当时觉得丢人就没"
                         "吭声。听说过了时间就告不了了，是不是已经晚了？仲裁要去哪里申请？")
    assert answer.rule != "procedure/arbitration_not_accepted" and "不予受理" not in answer.text.split("\n\n")[0]
    assert "申请劳动仲裁的时效到2027年3月15日，还剩" in answer.text.split("\n\n")[0]


def test_thirty_workers_owed_three_months_are_no_layoff_and_are_told_the_quickest_route(pay_kb):
    # held-out 48: "爱干不干" read as a dismissal led thirty unpaid rice-mill workers to the mass-layoff rule ("被裁的每个人…")
    answer = ask(pay_kb, "我们米厂三十多个工人，8月、9月、10月三个月工资一分没发。我一个月4200。老板说等新稻子卖了钱再一起发，有人去"
                         "办公室问，他就说“爱干不干”。我们三十几个人想一起去讨，走什么程序最快？能不能一块儿去告？")
    assert answer.rule != "dismissal/mass_layoff_procedure" and "被裁" not in answer.text
    assert {"procedure/collective_claim", "procedure/which_route_for_unpaid_wages"} <= {answer.rule, *answer.also}
    assert answer.escalate


def test_a_pregnant_worker_asked_to_sign_a_confirmation_of_termination_is_told_not_to(pay_kb):
    # held-out 48: "这个确认书我到底签不签" went unanswered beside the extension of her contract
    answer = ask(pay_kb, "我在一家豆干厂做质检，合同是2025年1月1号到2026年12月31号。现在怀孕4个多月了，人事说合同到期就不续了，让我下周"
                         "签一个“劳动合同到期终止确认书”。怀孕了合同到期真的能终止吗？这个确认书我到底签不签？")
    assert answer.text.startswith("不能到期就终止") and "不要签" in answer.text.split("\n\n")[0]


def test_plates_broken_and_docked_from_the_last_pay_bring_the_twenty_percent_limit(pay_kb):
    # held-out 48: "打碎了一摞盘子，要从工资里扣800…是不是太多了" went unanswered beside the pay held to next month
    answer = ask(pay_kb, "我在郑州一家医院食堂打菜，这个月25号辞职了。老板说我11月的工资要等下个月15号跟大家一起发，还说我上班时碰倒"
                         "打碎了一摞盘子，要从工资里扣800。我一个月工资才3800。扣800是不是太多了？工资能不能让他现在就结？")
    assert "arrears/wage_deduction_for_losses" in (answer.rule, *answer.also)
    assert "760.00" in answer.text


def test_night_shifts_after_the_seventh_month_asked_ahead_are_answered(pay_kb):
    # held-out 48: six months pregnant, "我7个月以后还要上夜班吗" went unanswered beside her maternity leave
    answer = ask(pay_kb, "我在潍坊一家气象服务公司做地面观测员，现在怀孕6个月了。产假一共能休多少天？我们观测要轮夜班，我7个月以后还要"
                         "上夜班吗？")
    assert "women/late_pregnancy_no_night_overtime" in (answer.rule, *answer.also)
    assert "不得安排怀孕7个月以上的女职工加班或上夜班" in answer.text


def test_shop_camera_stills_posted_to_the_staff_group_are_not_answered_as_private_chats(pay_kb):
    # held-out 48: CCTV stills posted to the staff group brought "你的私人手机、私人聊天是隐私…违法" and an injury's pay
    # ("被监视很压抑" read as pressed under something)
    answer = ask(pay_kb, "在郑州一家手机店上班，老板在店里装了好几个监控，对着柜台和收银台，他天天在手机上看，看到谁玩手机就在员工群里"
                         "@人骂，还把监控截图发群里，'再让我看到就扣钱'。我们都觉得被监视很压抑。店里这样装监控合法吗？截图发群里算不算"
                         "侵犯隐私？")
    assert answer.rule == "privacy/workplace_cameras"
    assert "privacy/private_chats_read_or_posted" not in answer.also and "停工留薪" not in answer.text


def test_a_foreign_worker_whose_passport_is_kept_is_told_how_to_quit_early(pay_kb):
    # held-out 48: "Can I quit before the contract ends?" went unanswered beside the passport and the deposit, and a
    # worker who said "Nobody locks me in" was opened with the police for confinement and escalated
    answer = ask(pay_kb, "I'm from the Philippines, working as a quality supervisor at a guitar factory in Huizhou, with a "
                         "proper work permit. When I started, HR took my passport 'for safekeeping' and also took a 3,000 RMB "
                         "'deposit'. Nobody locks me in, I can go out and travel around town. But I want to change job in "
                         "January. Is it legal for them to keep my passport and deposit? Can I quit before the contract ends?")
    assert "contract/resignation_30_days_notice" in (answer.rule, *answer.also)
    assert "30 days' written notice" in answer.text and "110" not in answer.text.split("\n\n")[0]
    assert not answer.escalate


def test_a_sign_fitter_hurt_under_a_crew_boss_is_told_it_counts_beside_who_pays(pay_kb):
    # held-out 48: "我这算工伤吗？该找谁赔？" was answered only on who pays (the contractor that let the job to the crew boss)
    answer = ask(pay_kb, "我跟着包工头老刘干招牌安装，老刘是从一家广告标识公司接的活，他自己没公司没资质。上个月12号在商场外墙装发光字，"
                         "吊篮那边没系好，我从4米多高摔下来，腰椎骨折，做了手术。广告公司说我不是他们的人。我这算工伤吗？该找谁赔？")
    assert "injury/workplace_accident" in (answer.rule, *answer.also)
    assert "应当认定为工伤" in answer.text and answer.escalate


def test_weekends_worked_with_no_day_off_in_exchange_are_not_answered_as_holidays(pay_kb):
    # held-out 48: "no day off in exchange" for weekend work was led by "No, time off cannot replace holiday pay"
    answer = ask(pay_kb, "Hello, I am from Pakistan, working in Guangzhou for a used car export company. I have work permit and "
                         "labor contract, salary 12000 RMB per month, Monday to Friday. But boss asks me to work every Saturday "
                         "and Sunday doing video calls with customers, about 8 hours each day, no day off in exchange. He says "
                         "no overtime pay because I am 'manager' and it is included. I never saw any special working hours "
                         "approval. Since May I worked about 50 weekend days. Can I ask overtime pay? How much?")
    assert answer.rule != "overtime_hours/holiday_time_off_instead_of_pay"
    assert not answer.text.startswith("No") and "55,172.41" in answer.text


def test_a_non_compete_s_penalty_is_not_answered_by_the_rule_against_penalties(pay_kb):
    # held-out 48: "不用付（培训服务期和竞业限制除外）" beside a non-compete read as a yes to paying its 50,000
    answer = ask(pay_kb, "我在成都一家少儿围棋培训机构当老师，财务、招生数据这些都接触不到。入职签的合同里有一条竞业限制，说离职后两年内"
                         "不能去成都任何围棋培训机构，也不能自己开班，违约金5万。我明年1月合同到期打算自己开个小班，他们会不会告我要这5万？")
    assert answer.rule.startswith("contract/non_compete")
    assert "contract/penalty_clause_invalid" not in answer.also and "竞业限制除外" not in answer.text


def test_a_worker_suspected_of_noise_deafness_asking_if_he_may_be_dismissed_meanwhile_is_told_no(pay_kb):
    # held-out 48: "诊断期间他们会不会把我辞了？" was answered only by an article quoted at the end
    answer = ask(pay_kb, "我在地毯厂织机车间干了11年，这两年耳朵越来越背，医生说怀疑是职业性噪声聋，让我去做职业病诊断。厂里不肯给我"
                         "开工作证明。我该去哪儿诊断？诊断期间他们会不会把我辞了？")
    assert "dismissal/suspected_occupational_disease_dismissal" in (answer.rule, *answer.also)


def test_a_dismissal_feared_for_reporting_is_answered_as_retaliation(pay_kb):
    # held-out 48: "举报了被开除怎么办" was read as a dismissal had, and left unanswered
    answer = ask(pay_kb, "我们采砂船上9个人都跟公司签了合同，但公司从来没给我们交过社保。老板放话说谁去社保局举报谁就滚蛋。我现在能要求"
                         "公司补缴吗？举报了被开除怎么办？")
    assert "procedure/retaliation_for_complaint" in (answer.rule, *answer.also)


def test_an_uninsured_coach_whose_employer_pays_only_part_of_the_bill_is_told_it_owes_all(pay_kb):
    # held-out 48: "I'm not in Chinese work injury insurance, so they will only pay part of my hospital bill"
    answer = ask(pay_kb, "I'm a Canadian ice hockey coach working at an ice rink in Beijing, I have a work permit and contract. "
                         "Two weeks ago during a kids' training session I fell on the ice and broke my wrist, had surgery in "
                         "hospital. The rink manager says because I'm a foreigner I'm not in Chinese work injury insurance, so "
                         "they will only pay part of my hospital bill. Is this legal? What should I do?")
    assert "injury/no_injury_insurance_employer_pays" in (answer.rule, *answer.also)


def test_a_worker_with_a_signed_contract_is_not_led_by_double_wages_for_an_unsigned_one(pay_kb):
    # held-out 20 (moved in session 48's near ties): a nursing cook told to write a "自愿离职" paper, "合同是跟餐饮公司签的",
    # was led by double wages for a contract never signed
    answer = ask(pay_kb, "我在一家餐饮公司上班，公司承包了一所中学的食堂，我在食堂当厨师，合同是跟餐饮公司签的。今年4月20号生的宝宝，"
                         "休完产假9月初回来上班。这个月公司说学校那边岗位减编，让我写个\"自愿离职\"申请，还说签了给我发一个月工资，"
                         "不签就不给我排班。我每天中午还得回去喂奶。我现在该不该签？")
    assert not (answer.rule or "").startswith("contract/unsigned_contract_")
    assert "二倍工资" not in answer.text.split("\n\n")[0]


def test_a_team_told_its_last_day_by_date_is_dismissed_and_a_holiday_named_by_date_is_a_holiday(pay_kb):
    # session 48's near ties: "开会通知，说11月30号最后一天" was no dismissal, so thirty banquet staff were answered on wages
    # owed; "work on October 1, 2 and 3" was no holiday once the holiday rules needed one named
    banquet = ask(pay_kb, "我们酒店宴会部整个要撤了，说以后宴会外包出去。宴会部三十多号人，前天（23号）才开会通知，说11月30号最后一天，"
                          "每人补一个月工资，签了字就能领。我在这干了快7年了（20年3月进的），一个月6千。就给一个月合理吗？")
    assert banquet.rule != "arrears/wage_arrears_still_employed"
    october = ask(pay_kb, "Hi, I work in customer support at a foreign-trade company in Ningbo, 7,000 RMB a month. My boss made me "
                          "work on October 1, 2 and 3 this year, and now says I can take 3 days off in December instead of "
                          "getting extra pay. Is that allowed? If not, how much should I get?")
    assert october.rule.startswith("overtime_hours/holiday_") and "2,896.55" in october.text


def test_a_two_n_above_three_times_the_local_average_told_with_a_hedge_is_capped(pay_kb):
    # held-out 49: "杭州去年社平工资好像是1.05万一个月" was not read: a 2N of 45,000 a month over 13 years came out 1,215,000
    answer = ask(pay_kb, "我是设计总监，干了13年零4个月，月薪4.5万。上个月公司直接发了解除通知，说组织架构调整，之前一句没谈过。"
                         "我们这去年社平工资好像是1.05万一个月。违法解除我到底能拿多少？")
    first = answer.text.split("\n\n")[0]
    assert "756,000.00" in first and "31,500.00" in first and "1,215,000" not in answer.text


def test_a_worker_hit_by_a_car_on_an_errand_without_injury_insurance_is_told_the_employer_pays(pay_kb):
    # held-out 49: a courier hit on a job run, "公司说没给他交工伤保险，让找撞人的司机", was led by medical insurance paying first
    answer = ask(pay_kb, "我老公给公司送样品，路上被一辆闯红灯的车撞了，小腿骨折住院做了手术，交警认定对方全责。公司说没给他交工伤"
                         "保险，让我们自己找司机赔，工伤的事他们不管。公司这样对吗？")
    assert "injury/no_injury_insurance_employer_pays" in (answer.rule, *answer.also)
    assert answer.rule != "social_insurance/medical_insurance_third_party_injury"
    assert "单位全赔" in answer.text and "医保" not in answer.text.split("\n\n")[0]


def test_an_illness_caught_from_the_animals_on_sick_leave_is_answered_as_an_occupational_disease(pay_kb):
    # held-out 49: brucellosis in a sheep handler told to take sick leave was answered by the medical-period dismissal bar
    answer = ask(pay_kb, "我在养殖场管羊，清圈接产都是我，干了5年。这两个月一直发烧关节疼，医院说是布病。场里说是我自己吃东西"
                         "得的，跟工作没关系，让我先请病假，医药费不管。我该怎么办？")
    assert answer.rule == "injury/occupational_disease_diagnosis"


def test_a_shop_closing_with_everyone_told_to_go_is_answered_as_a_termination_not_a_resignation(pay_kb):
    # held-out 49: "商场合同到期…月底大家直接走人，每人补半个月工资" was read as the worker quitting over wages owed
    answer = ask(pay_kb, "我们是商场里的一家连锁书店，商场合同到期，店这个月底就关。店长开会说公司不安排去别的门店，月底大家直接"
                         "走人，每人补半个月工资，让签个字。我在这干了2年8个月，月薪4800。这合法吗？我该拿多少？")
    assert answer.rule == "dismissal/objective_change_dismissal"
    assert "拖欠工资" not in answer.text.split("\n\n")[0]


def test_a_hidden_camera_already_taken_down_is_kept_for_the_police(pay_kb):
    # held-out 49: the camera was already in the worker's hand, and the answer only said not to remove it
    answer = ask(pay_kb, "我们员工更衣室的烟雾报警器里藏了个摄像头，对着换衣服的地方，已经被我拆下来了。老板说是防盗的，让我们还给他。"
                         "我们该怎么办？")
    assert "不要还给" in answer.text or "不要交还" in answer.text


def test_two_factories_named_again_and_again_are_not_answered_as_a_blacklist(pay_kb):
    # held-out 49: a message naming 拉链厂 and 纽扣厂 nine times led with the blacklist rule (its situations say 厂 often)
    answer = ask(pay_kb, "我在一个塑料厂干了3年，老板还开着一个五金厂，两个厂在一个院子里。我一会在塑料厂干一会去五金厂干，工资有时"
                         "塑料厂发有时五金厂发，社保是五金厂交的，劳动合同没签过。现在塑料厂说要关了让我们找五金厂，五金厂说我们是"
                         "塑料厂的人。欠了两个月工资，我到底告哪个厂？")
    assert answer.rule != "privacy/blacklist" and "黑名单" not in answer.text.split("\n\n")[0]


def test_a_worker_who_quit_over_unpaid_insurance_asking_if_still_in_time_is_told_the_day(pay_kb):
    # held-out 49: "离职快7个月了，现在还来得及吗" beside a waiver of social insurance got no date at all
    answer = ask(pay_kb, "入职时公司让我签了自愿放弃社保的承诺书，每月多给400块。今年5月10号我以公司不交社保为由写了辞职信走的，"
                         "公司说是我自己不要社保的，一分补偿不给。现在还来得及吗？")
    assert "2027年5月10日" in answer.text.split("\n\n")[0]


def test_a_pregnant_worker_told_her_contract_will_not_be_renewed_is_told_it_is_extended(pay_kb):
    # held-out 49: a pregnant teacher moved to the front desk at half pay, whose "合同明年6月到期，还暗示到期就不续了", was
    # never told the contract runs on until nursing ends (劳动合同法第四十五条)
    answer = ask(pay_kb, "我在培训机构当老师，怀孕3个月了，校长让我转去做前台，工资从8000降到4000，还说不同意就自己辞职。"
                         "我合同明年5月到期，她还暗示到期就不续了。我该怎么办？")
    assert "women/contract_expiry_pregnancy_extended" in (answer.rule, *answer.also)
    assert "续延" in answer.text


def test_a_sum_docked_then_called_a_fine_is_answered(pay_kb):
    # held-out 49: "工资条上扣了1800，说是'空置率不达标罚款'" went unanswered beside the commission held back
    answer = ask(pay_kb, "我是房产中介，底薪5000加提成。上个月工资条上扣了1500，说是“带看量不达标罚款”，还有3000提成说客户尾款"
                         "没收齐先不发。公司能这样罚钱吗？")
    assert "arrears/fines_deducted_from_wages" in (answer.rule, *answer.also)
    assert "以罚款名义扣工资属于克扣" in answer.text


def test_an_injured_worker_told_the_days_off_are_unpaid_is_answered_on_the_recovery_pay(pay_kb):
    # held-out 49: "歇着的这几天工资他说不给" went unanswered beside whether the cut counts as a work injury
    answer = ask(pay_kb, "在作坊干活时手被刀划了个口子，缝了几针，老板让我在家歇五天，歇的这几天工资他说不给。这算工伤吗？工资该不该给？")
    assert "injury/treatment_period_wages" in (answer.rule, *answer.also)


def test_a_harassed_worker_threatened_with_non_renewal_if_she_tells_is_answered_on_retaliation(pay_kb):
    # held-out 49: a stewardess whose captain said "if I tell anyone … my contract isn't renewed" was not told that a
    # non-renewal in retaliation is unlawful
    answer = ask(pay_kb, "I work as a cashier at a hotel in Xiamen. My supervisor keeps touching me and sends me dirty messages. "
                         "He said if I tell anyone he will make sure my contract isn't renewed. What can I do?")
    assert "women/harassment_complaint_retaliation" in (answer.rule, *answer.also)
    assert "retaliation" in answer.text


def test_a_worker_doxxed_by_the_company_asking_whether_to_sue_it_is_answered_beside_safety(pay_kb):
    # held-out 49: the company posted a housekeeper's ID, phone and address to 300 tenants, strangers waited for him
    # downstairs; "我能告公司吗" went unanswered beside the safety steps
    answer = ask(pay_kb, "物业公司为了给业主一个交代，把我的身份证照片、手机号和家庭住址发到了几百人的业主群里。现在老有陌生人打电话骂我，"
                         "昨晚还有人在我家楼下等我。我能告公司吗？")
    assert answer.rule == "privacy/doxxing_with_threats" and "privacy/doxxing_worker" in answer.also
    assert "起诉" in answer.text


def test_a_death_after_48_hours_of_treatment_is_answered_with_what_the_family_can_still_claim(pay_kb):
    # held-out 50: a night-shift worker who died of a brain haemorrhage after four days in intensive care was answered with
    # a living worker's sick-leave rules (医疗期, no dismissal); the survivors' pension-fund benefits went unsaid
    answer = ask(pay_kb, "我舅舅在物流园当夜班保安，上个月5号夜里值班时突然倒下，送医院说是心梗，在ICU抢救了5天还是走了。"
                         "公司说不算工伤，只给1万块慰问金。这算工伤吗？我们还能要什么？")
    assert answer.rule == "injury/sudden_illness_death_after_48h"
    assert "丧葬补助金和抚恤金" in answer.text
    assert "医疗期" not in answer.text.split("\n\n")[0]


def test_a_worker_held_by_threats_and_taken_papers_is_answered_as_forced_labour_not_a_doxxing(pay_kb):
    # held-out 50: ID cards taken "怕我们跑", a beating threatened for leaving, no boat off the raft: answered with the
    # doxxing rule's court injunction against publishing; "找人打断腿" was also read as a fracture
    answer = ask(pay_kb, "我在山里一个石料场干活，老板把我们几个人的身份证都收了，说怕我们跑。我想走，老板说谁敢偷偷走就找人打断腿，"
                         "场子离镇上几十里没车根本出不去。我该怎么办？")
    assert answer.rule == "labor_relation/forced_labour_confined"
    assert "报警" in answer.text and "不用事先告诉对方" in answer.text


def test_a_worker_who_left_asking_about_leave_not_taken_is_told_what_it_is_worth(pay_kb):
    # held-out 50: a QA worker who resigned (last day 31 October) asking whether leave "not applied for" is forfeited was
    # told the year's 5, 10 or 15 days and asked for overtime hours ("base pay (overtime excluded)")
    answer = ask(pay_kb, "I have worked at a carton factory since 2023. My monthly base pay is RMB 8,700 (overtime excluded). "
                         "I resigned and my last day was 30 September 2026. This year I took no annual leave. HR says I never "
                         "applied for it, so it's forfeited. Are they right? How much should I get?")
    assert answer.rule == "overtime_hours/annual_leave_on_leaving"
    assert "Overtime pay" not in answer.text and "untaken" in answer.text.split("\n\n")[0]


def test_held_out_50_hurt_on_a_toilet_break_is_answered_by_the_rule_on_breaks(pay_kb):
    # the general accident rule gave way to nothing: a toilet break's injury was told the accident-at-work article only
    answer = ask(pay_kb, "我在宁波一家汽车贴膜店做贴膜师傅，11月10号下午活干到一半去店里厕所，地上有水滑了一跤，右手腕扭伤，"
                         "门诊处理了，医生开了一周病假。老板说上厕所受伤不算工伤，是这样吗？")
    assert answer.rule == "injury/meal_toilet_break_injury"
    assert answer.text.startswith("算。") and "上厕所" in answer.text
    # hurt in the task itself stays the accident rule
    answer = ask(pay_kb, "在店里给客户贴膜的时候被刀片划伤了手，缝了5针，老板说是我自己不小心不算工伤，是这样吗？")
    assert answer.rule != "injury/meal_toilet_break_injury"


def test_held_out_51_a_wage_with_nothing_short_of_it_is_no_claim_for_a_difference(pay_kb):
    # a masseur without a contract for over a year, base 3000 and about 5000 on average: double wages on the average,
    # not "you can claim the difference" of the rule on pay short of what was agreed
    answer = ask(pay_kb, "我是盲人按摩师，在郑州一家盲人按摩店干，去年9月1号来的，到现在一直没签合同。排钟、打卡、迟到罚款都是老板定的，"
                         "每月保底3000加提成，平均能拿5000左右。没签合同能要双倍工资吗，大概能要多少？")
    assert answer.rule != "arrears/paid_less_than_agreed"
    assert "能要回差额" not in answer.text and "55,000.00元" in answer.text
    # pay told as short of the agreed wage is that rule's still
    answer = ask(pay_kb, "面试时说好月薪6000，转正后每月只发5000，说有1000是考核工资，能要回差额吗？")
    assert answer.rule == "arrears/paid_less_than_agreed"



def test_a_closure_told_without_severance_asked_about_brings_no_severance(pay_kb):
    answer = ask(pay_kb, "公司解散了，我能领失业金吗？能领多久？")
    assert "dismissal/company_closed_severance" not in [answer.rule, *answer.also]


def test_held_out_53_a_worker_sent_home_after_a_hospital_stay_is_told_the_bar_and_2n(pay_kb):
    # no rule led ("没法给出有把握的结论"): the damages rule, nearest by words, gives way to the medical period's bar
    answer = ask(pay_kb, "成都豆腐坊干了2年4个月，月薪4500，住院3天有假条，出院老板微信说明天不用来了，能要多少钱？")
    assert answer.rule == "dismissal/medical_period_dismissal"
    assert answer.text.startswith("单位不能辞退你") and "22,500.00元" in answer.text.split("\n\n")[0]


def test_held_out_53_a_dismissal_with_a_month_s_pay_given_is_no_question_of_wages_owed(pay_kb):
    # "多给我一个月工资" led the rule on wages unpaid after leaving ("能要，但要抓紧"); the years counted from the start
    # month told (12年2个月: 115,000), not made up from "12年" (110,400)
    answer = ask(pay_kb, "我在天津一家文具店当收银，从2014年9月干到现在12年了，月工资4600左右。11月15号老板突然说生意不好，"
                         "店里要减人，让我第二天就别来了，说看在老员工的份上多给我一个月工资。店里就6个人，只让我一个走。"
                         "干了12年就给一个月？这合法吗，我该要多少？")
    assert not answer.rule.startswith("arrears/")
    assert "115,000.00元" in answer.text.split("\n\n")[0] and "110,400" not in answer.text


def test_held_out_53_a_sea_farming_household_s_hands_are_told_it_is_no_labour_dispute(pay_kb):
    # three kelp cutters told they could take the household to arbitration and claim double wages
    answer = ask(pay_kb, "俺在荣成海边给人家割海带晒海带，老板是俺们村的老刘，他家承包了一片海搞养殖，没注册公司也没办执照，"
                         "就他自己一家子。说好一天260，俺干了30天，欠俺7800。俺们三个能去劳动局仲裁吗？没签合同能不能要双倍工资？")
    assert answer.rule == "labor_relation/craftsman_or_farm_helper"
    assert "能要二倍工资" not in answer.text and answer.text.startswith("不按劳动争议处理")


def test_held_out_53_a_permit_told_beside_a_privacy_question_does_not_lead(pay_kb):
    # "Yes, it is employment" opened an answer to IT's screenshots of a work laptop and a passport scan posted to a group
    answer = ask(pay_kb, "I'm an American working as a QA manager at a cold-chain warehouse company in Shanghai (I have a "
                         "proper work permit and residence permit). IT installed some 'security' software on my work laptop "
                         "without telling me, and it takes screenshots every few minutes, including when I log into my "
                         "personal WeChat and my bank account. Is any of this legal in China? What can I demand from the company?")
    assert answer.rule != "labor_relation/foreign_worker_with_permit"
    assert not answer.text.startswith("Yes, it is employment")
    # asked about the status, the permit's rule still leads
    answer = ask(pay_kb, "I'm a Filipino tour coordinator at a Guangzhou travel agency with a work permit and residence permit. "
                         "Manager says foreigners aren't covered by Chinese labor law and won't pay my Oct salary. True?")
    assert answer.rule == "labor_relation/foreign_worker_with_permit"


def test_held_out_53_papers_for_the_diagnosis_refused_bring_how_it_is_diagnosed(pay_kb):
    # brucellosis found at an infectious-disease hospital ("传染病医院" read as a rumour: no disease), the employer refusing
    # the proof of work and the test data: how the diagnosis goes on without them was never said
    answer = ask(pay_kb, "在呼和浩特一家牛羊肉公司的屠宰点杀羊剔骨，干了6年。10月20号在传染病医院查出来是布鲁氏菌病，住院吃药。"
                         "医生说跟天天接触羊有关，可以去做职业病诊断。公司说是我自己吃羊肉吃出来的，不给开工作证明，也不给检测资料，"
                         "还让我病好了就别来了。我该怎么办？")
    assert "injury/occupational_disease_diagnosis" in [answer.rule, *answer.also]
    assert "自述的职业史" in answer.text and answer.escalate


def test_held_out_53_a_dismissal_with_a_month_s_pay_is_answered_as_a_dismissal(pay_kb):
    # the rule on wages unpaid after leaving led ("能要，但要抓紧"); with its words missing, no rule led at all
    answer = ask(pay_kb, "我在水库边的养鱼场干了5年2个月，月薪5000。政府搞环保，鱼场一半网箱要拆，老板说我的岗位没了，月底让我走，"
                         "给一个月工资就算了。只给一个月工资就打发我走，这样合理吗？")
    assert answer.rule.startswith("dismissal/") and "没法给出有把握的结论" not in answer.text



def test_held_out_53_the_other_questions_are_answered_in_short_in_the_first_lines(pay_kb):
    # reviewers read 53 of 66 first lines as answering only part of what was asked: the other questions' short answers
    # follow the first one's, and each part below gives its reasons without saying its verdict twice
    answer = ask(pay_kb, "我们在广州一个菜市场猪肉档杀猪卖肉，老板是个体户，每人每月4800，8、9、10三个月都没发，每人欠14400。"
                         "老板给我们每人写了欠条，签了名按了手印。我们11月10号不干了，走之前微信跟老板说了是因为不发工资才走的。"
                         "我们是直接拿欠条去法院告还是去劳动局？走了能不能要补偿？")
    first = answer.text.split("\n\n")[0]
    assert first.startswith("能直接去法院起诉。") and "你问的其他问题，简单说：" in first
    verdicts = first.split("简单说：", 1)[1]
    assert verdicts and all(answer.text.count(v) == 1 for v in verdicts.split("。") if v)


def test_how_long_arbitration_takes_is_answered_beside_where_and_what_it_costs(pay_kb):
    # held-out 53: five questions about arbitration ("从申请到出结果大概多久？") left the length unanswered
    answer = ask(pay_kb, "我给一家北京的校车公司开车，公司注册在北京通州，可我们的车全在燕郊接送孩子。10月底公司把我们4个司机都辞了，"
                         "欠的一个月工资和补偿都没给。我想申请仲裁，是去北京通州还是去三河？要不要交钱？从申请到出结果大概多久？")
    first = answer.text.split("\n\n")[0]
    assert "45日" in first and "不收费" in first


def test_a_short_answer_the_first_one_already_says_is_not_said_twice(pay_kb):
    answer = ask(pay_kb, "我想申请仲裁要回欠的工资，仲裁要几个月能出结果？要交钱吗？")
    first = answer.text.split("\n\n")[0]
    assert first.count("不收费") == 1 and "45日" in first


@pytest.mark.parametrize("message, said, not_said", [
    # "10月31号我自己辞工了" was no end: the calculator asked "劳动关系哪天结束？" and gave no figure
    ("我在织里一家做校服的加工厂踩车，2026年3月1号进厂的，一直没签合同。10月31号我自己辞工了。每个月都是计件，"
     "平均下来一个月6200左右。听人说没签合同能要双倍工资，我这种能要多少？", "43,400.00元", "劳动关系哪天结束"),
    # "老板还在微信里回我'知道欠你的…'" was not read: the ⏰ line said the limit had run out 90 days ago
    ("我以前在连江一家养殖公司搞蚝排，2025年8月31号离职的，走的时候公司还欠我三个月工资一共16500。算算已经过了"
     "一年多了，是不是完了？今年5月20号老板还在微信里回我'知道欠你的，等这批蚝卖了就给'，后面就又不回了。还来得及吗？",
     "2027年5月20日", "已经过了"),
    # one month's two Saturdays (882.76) was given as what she could claim for six months of them
    ("厦门，我之前在一家书店做店员，6月30号离职的。离职前半年基本每个月有两个周六要上班，没有加班费也没补休。"
     "我月薪4800。还能要吗，能要多少？", "5,296.56元", "约为882.76元"),
    # the day he died was not read ("事故是哪天发生的？"), so no deadline was given
    ("我老公是开冷藏车的，给天津一家冷链物流公司跑长途。11月10号凌晨，他和搭档拉一车冻货去上海，在京沪高速一个服务区"
     "停车轮换休息，他在驾驶室后面的铺上睡觉，早上搭档叫他叫不醒，120来了说人已经没了，医生说是心源性猝死。"
     "公司说不算工伤，只肯给2万块慰问金。我该怎么办？", "2027年11月10日", "事故是哪天发生的"),
    # an award being sued over: no step to quit over the arrears it already decided
    ("杭州，11月20号收到仲裁裁决书，欠薪9600支持了，赔偿金62000没支持，不服想去法院告，还来得及吗？",
     "2026年12月5日", "另一条路"),
    # held-out 54: a fitter whose boss docked 8,000 of 9,000 for a cracked worktop and claims 30,000 in arbitration was
    # told the employer must prove a loss "是你违法离职等造成的" (a resignation's words) and nothing on the deduction
    ("我在佛山一家橱柜公司做安装，11月初装台面时不小心把客户的石英石台面磕裂了，公司这个月直接扣了我8000，只发了1000。"
     "老板说已经去仲裁委告我要我赔3万，我昨天收到了仲裁委寄来的仲裁申请书副本和答辩通知。我必须去吗？扣我8000合法吗？",
     "当月工资的20%", "违法离职等造成的"),
    # ...and the son of a forklift driver crushed by logs was offered "另一条路：…以未依法缴纳社会保险费为由解除劳动合同"
    ("我爸在贵港一个木材加工厂开叉车装原木，11月20号原木垛倒下来把他压住，送到医院没抢救过来。厂里说给5万块“人道补偿”，"
     "让我们签字就了结。后来才知道厂里根本没给他交工伤保险。我们家该怎么办？能拿哪些赔偿？", "丧葬补助金", "解除劳动合同"),
])
def test_held_out_53_and_54_the_workers_own_facts_are_read(pay_kb, message, said, not_said):
    answer = ask(pay_kb, message)
    assert said in answer.text and not_said not in answer.text


def test_an_award_already_received_is_not_told_to_apply_for_arbitration(pay_kb):
    # Held-out 55: ten days left to sue over an award, the worker was also told "马上申请，先把仲裁申请交上去" (the
    # arbitration year's rule): the award is made, the 15 days to sue are what count.
    answer = ask(pay_kb, "我2019年9月2号入职，月薪9000，今年3月31号被公司以组织架构调整为由辞退了。我申请了仲裁，要违法解除赔偿金"
                         "和加班费。11月24号收到仲裁裁决书，只裁了经济补偿6万3。我不服，想问：现在还能怎么办？还剩几天？"
                         "我要是去法院，会不会连6万3都没了？")
    assert "先把仲裁申请交上去" not in answer.text
    assert "procedure/limitation_about_to_expire" not in answer.also


def test_a_worker_asking_what_quitting_would_give_is_not_shown_a_dismissal_s_damages(pay_kb):
    # Held-out 55: harassed and afraid of being dismissed, "要是辞职能拿补偿吗" was answered with 2N "违法解除的赔偿金".
    answer = ask(pay_kb, "我在一家按摩店做按摩师，2025年4月进店，一个月5500左右。店长好几次从后面摸我的腰和胸，晚上还给我发语音说"
                         "下流话。我跟老板娘说过，她说他就是开玩笑。我怕被开除。想问：这算性骚扰吗？我能报警吗？要是辞职能拿补偿吗？")
    assert "违法解除的赔偿金" not in answer.text


def test_a_worker_s_own_arrest_feared_is_told_apart_from_the_boss_s_sought():
    # Held-out 55: "去要工资会不会真被抓" is the worker's fear; "这种情况老板会不会坐牢", "能报警抓老板吗" (held-out 10, 27) ask
    # about the boss, and were answered "依法讨薪不会被抓" by the words first written for the worker's.
    from bot.answering.grounding import _WORDS_PARTS

    arrest = next(p for p in _WORDS_PARTS if p.rule == "arrears/asking_for_wages_not_a_crime")
    assert arrest.words.search("他说把你们都抓进去。我们9个人能一块告他吗？去要工资会不会真被抓？")
    assert arrest.words.search("Can they arrest us for asking for our pay?")
    assert not arrest.words.search("这种情况老板会不会坐牢？")
    assert not arrest.words.search("这能报警吗？他会坐牢吗？")
    assert not arrest.words.search("这种老板能不能抓起来？")
    # held-out 56: the boss's conduct asked about ("他这样是不是犯法"), not the worker's
    assert not arrest.words.search("老板还说没钱你爱去哪告去哪告。他这样是不是犯法，能抓他吗？")
    assert arrest.words.search("我们去要工资是不是犯法？")


def test_held_out_56_a_near_retiree_short_of_fifteen_years_is_answered_on_the_ground_given(pay_kb):
    # Held-out 56: twelve years with the employer, 54, dismissed on the objective-change ground: the near-retirement bar
    # led ("不能以…岗位撤销…为由让你走") with 2N as if it applied, beside a merger's tenure; and the end, "12月20号" in the
    # notice, was read as last year's (an arbitration limit "21 days" away and an alarm).
    answer = ask(pay_kb, "我在石家庄一个公墓干绿化养护，2014年8月进的，今年54了，一个月6千。11月20号单位给了我书面通知，说公墓"
                         "跟另一家合并，绿化这块要外包出去，岗位没了，依据劳动合同法40条第3项12月20号跟我解除，给经济补偿。"
                         "我都干了十二年了，听说快退休的人不能辞，他们能这么辞我吗？补偿应该给多少？")
    assert answer.rule == "dismissal/objective_change_dismissal"
    assert "dismissal/near_retirement_fifteen_years" not in answer.also
    assert "工作年限12年4个月20天" in answer.text.split("\n\n")[0] and "75,000.00元" in answer.text
    assert "要先和你协商" in answer.text and not answer.escalate


def test_held_out_56_an_injury_recognised_is_not_told_to_apply_or_to_sue_a_third_party(pay_kb):
    # Held-out 56: "认定书也下来了" was answered "单位不报，你可以自己报" with the application's deadline, and "医药费找谁报"
    # for a pipe that burst brought the rule on claiming from a third party too.
    answer = ask(pay_kb, "咸宁一个温泉酒店做维修的，10月28号修温泉管道的时候管子爆了，左小腿烫伤，医生说浅二度，门诊换了三个星期的"
                         "药，没住院。公司给报了工伤，认定书也下来了。但是我歇的这三个星期公司只按最低工资给我发，全勤奖也扣了，"
                         "平时我一个月5千2。医药费我自己先垫了2千多。想问公司这样扣钱可以吗？医药费找谁报？")
    assert answer.rule == "injury/medical_costs" and "injury/treatment_period_wages" in answer.also
    assert "injury/third_party_both_claims" not in answer.also
    assert "申请工伤认定" not in answer.text and "原工资照发" in answer.text
