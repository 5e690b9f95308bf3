"""The fact extractor on a table of phrasings, Chinese and English: flags, question kinds, amounts, dates,
durations, counts, place, overtime, language; negations; absurd inputs refused."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from knowledge.facts import Facts, award_told, extract_facts
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
    ("上个月15号老板说生意不好让我别来了", {"end_date": date(2025, 5, 15), "flags": {"dismissed", "left_job"}}),
    ("去年3月入职的", {"start_date": date(2024, 3, 1)}),
    ("今天被开除了", {"end_date": TODAY, "flags": {"dismissed"}}),
    ("2024年3月1日入职，2025年5月20日离职", {"start_date": date(2024, 3, 1), "end_date": date(2025, 5, 20)}),
    ("3.15入职", {"start_date": date(2025, 3, 15)}),
    ("I have been teaching English at a training center since April 1, 2025.", {"start_date": date(2025, 4, 1)}),
    ("my wages have been unpaid since March 2025", {"start_date": None}),
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
    # a collapse at work is the day a sudden death's time limits count from, and no injury
    ("我哥本月3号凌晨在岗位上突然倒下，送医院抢救了30多个小时，4号中午人没了。公司说不算工伤",
     {"injury_date": date(2025, 6, 3), "flags": {"death"}, "no_flags": {"injured"}}),
    # the employer, then when the job began; a termination emailed on a day told first
    ("I worked as a lab assistant on a labor contract with a university research institute from March 1, 2021. "
     "On November 20 last year they emailed me a termination for 'serious violation of discipline'.",
     {"start_date": date(2021, 3, 1), "end_date": date(2024, 11, 20)}),
    # a probation longer than the contract term allows
    ("合同签了1年，试用期3个月，试用期工资3500", {"flags": {"probation_over_limit"}}),
    # a loss the worker caused, not a fine
    ("上周端锅不小心打碎了一套店里的餐具，店长说值1200，这个月工资要一次扣完", {"flags": {"caused_loss"}}),
    ("I scratched the company van and the boss wants it out of my pay", {"flags": {"caused_loss"}}),
    ("迟到一次罚100，没弄坏东西也被扣了钱", {"no_flags": {"caused_loss"}}),
    # overtime refused, in English; the worker's own chats screenshotted into a group
    ("Last Friday I refused to stay for another 4-hour overtime shift, and today HR fired me",
     {"flags": {"refused_overtime", "dismissed"}}),
    ("他翻了我的私人微信，还截了我跟男朋友的聊天发到公司群里嘲笑我", {"flags": {"info_disclosed"}}),
    # a leaving paper already signed, or only put to sign
    ("公司裁员，我已经签了离职协议，只给了N", {"flags": {"leaving_paper_signed"}}),
    ("HR说今天签字明天走，这个离职协议要不要签", {"no_flags": {"leaving_paper_signed"}}),
    # waited for where she lives and followed about; a colleague walking along is not
    ("最近他天天在我小区门口等我，跟着我去地铁站，还发消息说你跑不掉的", {"flags": {"stalked", "threat"}}),
    ("同事跟着我去食堂吃饭", {"no_flags": {"stalked"}}),
    # held on a project abroad, the country not named
    ("我是公司派到中东项目上的技术员，项目经理把我们护照全收了，派人看着宿舍不让出去", {"flags": {"working_abroad", "forced_labour"}}),
    # papers taken without confinement are no forced labour
    ("中介把我身份证收走了，说要干满三个月才还", {"no_flags": {"forced_labour"}}),
    # a relative's illness is no sick leave of the worker's
    ("我想回去照顾生病的妈妈，他说要走就扣掉全部工资", {"no_flags": {"sick_leave"}}),
    ("孩子生病了，我请了三天假被扣了全勤", {"no_flags": {"sick_leave"}}),
    ("我生病了请了一周假", {"flags": {"sick_leave"}}),
    # seven months pregnant or more
    ("怀孕7个半月了，场里天天让加班到晚上8点", {"flags": {"late_pregnancy", "pregnancy_period"}}),
    ("怀孕5个月了，还让上夜班", {"no_flags": {"late_pregnancy"}}),
    # a dispatched worker sent back by the host
    ("上个月仓库说业务减少，把我们退回派遣公司了", {"flags": {"dispatched", "returned_to_agency"}}),
    ("Two days later the hospital 'returned' me to the staffing agency", {"flags": {"returned_to_agency"}}),
    ("退回的货款还没到账，报销单也被退回了", {"no_flags": {"returned_to_agency"}}),
    ("合同签了3年，试用期6个月", {"no_flags": {"probation_over_limit"}}),
    ("上周收到了裁决书", {"ruling_date": date(2025, 6, 2)}),  # last week's Monday: the earliest it can be
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
    # the local average wage, the base of the cap on severance (held-out 9: an uncapped 2N although it was given)
    ("月薪税前5万。我们这社平工资大概1.1万一个月。", {"monthly_wage": D(50000), "local_avg_wage": D(11000)}),
    ("salary 40,000 a month; the local average wage is about 11,000", {"monthly_wage": D(40000), "local_avg_wage": D(11000)}),
    ("我们这最低工资2500，月薪4500", {"monthly_wage": D(4500), "local_avg_wage": None, "minimum_wage": D(2500)}),
    ("工资5000一个月，干了两年", {"monthly_wage": D(5000)}),
    # a month's overtime told over months (held-out 19: 50 hours a month read as the year's total, 90% under-claimed)
    # an addition to the wage is not the wage: 每月多给两百块 for a waiver, the wage told after it
    ("厂里让签了个自愿放弃社保承诺书，每月多给两百块，干了四年了。能要补偿不，工资五千", {"monthly_wage": D(5000)}),
    # six nights a week: the sixth is a rest day worked, as long as the night (12 hours less the meal hour)
    ("水饺厂夜班从晚上八点干到早上八点，一周六个晚上，一个月5000", {"restday_overtime_hours": D("47.85")}),
    # Monday to Saturday is a rest day worked every week; two breaks told each (中午晚上各休1小时) are two hours
    ("I work Monday to Saturday, 10 hours a day, basic salary 7,500 yuan a month",
     {"weekday_overtime_hours": D("43.5"), "restday_overtime_hours": D("43.5")}),
    ("每天早上10点到晚上10点（中午晚上各休1小时），一周上6天，月薪1万5",
     {"weekday_overtime_hours": D("43.5"), "restday_overtime_hours": D("43.5")}),
    # a stretch without a day off: its own 20 working days and 8 rest days, not a month's 21.75 and 8.7
    ("厂里赶订单，我已经连着上了28天班一天没休，每天12个小时，这28天能算多少加班费？月工资4500",
     {"weekday_overtime_hours": D(80), "restday_overtime_hours": D(96), "overtime_days": D(28)}),
    # 12-hour shifts told with 实打实, by the worker's own month (22 working days, 8 rest days, 28 days worked)
    ("两班倒，每班实打实干12个小时，一个月只休2天，合同上写底薪4800（按一个月30天、22个工作日、8个休息日算，我上28天班）",
     {"weekday_overtime_hours": D(88), "restday_overtime_hours": D(72)}),
    ("每班实打实干12个小时，一个月只休2天", {"weekday_overtime_hours": D(87)}),
    ("I've worked 20 days straight, 10 hours a day", {"weekday_overtime_hours": D(28), "restday_overtime_hours": D(60),
                                                    "overtime_days": D(20)}),
    ("连续旷工3天被开除了", {"overtime_days": None, "restday_overtime_hours": None}),
    ("今年1月到10月我每个月工作日加班大概50个小时，一分加班费没有，月工资6000",
     {"weekday_overtime_hours": D(50), "overtime_months": D(10), "no_flags": {"overtime_total"}}),
    ("我3月到10月每个月周末加班4天，月薪6000", {"restday_overtime_hours": D(32), "overtime_months": D(8)}),
    ("From January to October I did about 40 hours of overtime a month on weekdays, salary 8000",
     {"weekday_overtime_hours": D(40), "overtime_months": D(10)}),
    ("今年到现在平时加了大概60个小时，月薪5000", {"weekday_overtime_hours": D(60), "overtime_months": None,
                                         "flags": {"overtime_total"}}),
    # English: a question about quitting is no quitting done; wages unpaid told by the months (held-out session 21)
    ("I work at a warehouse in Shenzhen since March 2023, salary 6500. My boss hasn't paid me for September and "
     "October. Can I quit and get compensation?",
     {"flags": {"still_employed", "wage_owed", "quitting"}, "no_flags": {"left_job", "resigned"}, "owed_months": D(2)}),
    ("Should I quit? They haven't paid my social insurance.", {"no_flags": {"left_job", "resigned", "wage_owed"}}),
    ("I quit on 3 June because they did not pay me.", {"flags": {"left_job", "resigned", "wage_owed"}}),
    ("The company hasn't paid me for February through May, salary 5000", {"owed_months": D(4)}),
    # "today" in a message quoted from an earlier day is that day (held-out 19: a deadline counted from the day asked)
    ("On 10 June 2025 HR messaged me on WeChat: 'Your performance does not meet requirements; your contract is "
     "terminated effective today.' I started on 15 April 2022.", {"end_date": date(2025, 6, 10)}),
    ("6月10号主管在群里发：“你今天就走吧，明天不用来了。”我入职3年了", {"end_date": date(2025, 6, 10)}),
    ("今天公司说我被辞退了，6月1号入职的", {"start_date": date(2025, 6, 1), "end_date": date(2025, 6, 15)}),
    ("I've worked at a restaurant in Beijing for 5 years without a contract. What can I claim?",
     {"tenure_months": D(60), "asks": {"how_much"}}),
    # a year told in two digits (held-out 20: 20年2月15号入职 read as this February, 2N of 5,200 for 67,600)
    ("我20年2月15号入职，月薪5200", {"start_date": date(2020, 2, 15)}),
    ("23年6月10号入职，月薪1万5", {"start_date": date(2023, 6, 10)}),
    ("干了10年3个月", {"tenure_months": D(123), "start_date": None}),
    ("我在厂里干了15年，12月份工资没发", {"tenure_months": D(180)}),
    # a renewal's end supersedes the first term's, even when still to come
    ("23年3月1号进来的，第一份合同签到23年底，后来又续签了3年，到明年12月31号到期。",
     {"start_date": date(2023, 3, 1), "end_date": date(2026, 12, 31), "flags": {"still_employed"},
      "no_flags": {"left_job"}}),
    # (90 Saturdays over two years are hours in all: 720, the 57,900 a lawyer computes; read as none until held-out 54)
    ("几乎每个周六都被安排上塔巡检，差不多有90个周六，从来没调休", {"restday_overtime_hours": Decimal("720"),
                                                   "flags": {"overtime_total"}}),
    # a contract's term told as a span, a complaint to 12333, an award signed for (held-out 20: deadlines not computed)
    ("签过两次合同，第一次2020年1月到2022年底，第二次2023年1月到2025年5月31号。", {"end_date": date(2025, 5, 31)}),
    ("去年9月15号被公司辞退了。今年1月8号我打过12333投诉，还去区劳动监察大队递了材料",
     {"end_date": date(2024, 9, 15), "demand_date": date(2025, 1, 8)}),
    ("The arbitration award came by post and I signed for it on 6 June. I want to challenge it.",
     {"ruling_date": date(2025, 6, 6), "contract_signed_date": None}),
    ("On 3 June I fell about 4 metres, broke my left shin, and I've been in hospital since.",
     {"flags": {"fracture", "hospitalized"}}),
    # what the wage includes, in brackets, is not the wage (held-out 20: severance on 500 yuan)
    ("干了2年8个月了，月工资（含那500）6千。现在我想走", {"monthly_wage": D(6000)}),
    ("月工资(含补贴500)6000", {"monthly_wage": D(6000)}),
    ("每个月多给我500块现金补贴。干了2年8个月了，月工资（含那500）6千。", {"monthly_wage": D(6000)}),
    # the usual wage told after a base pay paid on leave (held-out 20: a maternity allowance estimated on 3,000)
    ("单位每个月只给我发3千基本工资，我平时一个月工资7千左右", {"monthly_wage": D(7000)}),
    ("月薪6000，平时加班多", {"monthly_wage": D(6000)}),
    # rest days counted by weekends' days or by Saturdays (held-out 19: "两个周末4天" counted as none)
    ("国庆10月1号到3号都上班了，另外10月里两个周末4天也都上班，公司说旺季不能补休",
     {"restday_overtime_hours": D(32), "holiday_overtime_hours": D(24)}),
    ("上个月有3个周六都去加班了，月薪6000", {"restday_overtime_hours": D(24)}),
    # held-out 24 (read): each Saturday's hours, holidays named day after day, a day to midnight, hours as 钟
    ("工作日加班一共36个小时，还有两个周六各上了8小时没给补休，10月1号2号3号国庆也上班了每天8小时",
     {"weekday_overtime_hours": D(36), "restday_overtime_hours": D(16), "holiday_overtime_hours": D(24)}),
    ("每天早上10点干到晚上12点，中间吃饭1小时，一周干6天，月薪7000",
     {"weekday_overtime_hours": D("108.75"), "restday_overtime_hours": D("56.55")}),
    ("合同写月薪7500元（含加班费），我们一周上6天，每天11个钟",
     {"weekday_overtime_hours": D("65.25"), "restday_overtime_hours": D("47.85")}),
    # a leaving day the worker plans is still to come; the first contract's first day is the job's
    ("I want to quit at the end of this month (30 June). Do I have to give 30 days notice?",
     {"end_date": date(2025, 6, 30), "flags": {"still_employed"}, "no_flags": {"left_job"}}),
    ("现在想年底12月31号走，听说没交社保辞职可以要补偿", {"end_date": date(2025, 12, 31), "no_flags": {"left_job"}}),
    ("签过两次合同，第一次2018年12月1号到2021年11月30号，第二次到2024年11月30号", {"start_date": date(2018, 12, 1)}),
    ("十月份4个周末都在加班", {"restday_overtime_hours": None}),  # two days each, or one: not guessed
    ("9月10月工资没发，平时每天加班2小时，月薪6000", {"overtime_months": None}),
    ("我是2026年3月到10月20号在厂里干的，每天加班2小时", {"overtime_months": None}),
    # overtime told by the month or by counted days (held-out 9: hours given, asked again)
    ("一个月算下来平时加班大概60个小时；每周只休一天，休息日加班一个月大概40个小时",
     {"weekday_overtime_hours": D(60), "restday_overtime_hours": D(40)}),
    ("每个周六都得去门店，一个月4个周六，每天8小时", {"restday_overtime_hours": D(32)}),
    # a Saturday as long as the weekday (周六也是12小时, clock 8–20 less the meal: 11); a sixth day every other week
    # (大小周); a golden week worked through: 3 statutory days and 4 rest days
    ("白班早8点到晚8点，中间吃饭1个小时，一周上6天，周六也是12小时，从来不给补休",
     {"weekday_overtime_hours": D("65.25"), "restday_overtime_hours": D("47.85")}),
    ("实际是大小周，每天干10个小时，大周上6天", {"weekday_overtime_hours": D("43.5"), "restday_overtime_hours": D("21.75")}),
    # the rest days worked told as days worked in a month, days off (休了), a sixth day without a verb, 周六也要来
    ("每天上12个小时白班，一个月上26天，月薪4500", {"weekday_overtime_hours": D(87), "restday_overtime_hours": D(51)}),
    # 上12休12: 12-hour shifts; the 26 days a month told decide the rest days, not "两个月没休过一天" said after
    ("当保安，上12休12，一个月上26天，工资4500包干。已经连续两个月没休过一天",
     {"weekday_overtime_hours": D(87), "restday_overtime_hours": D(51)}),
    # English schedules: the clock (10am to 10pm less an hour for meals: 11), most Saturdays (three a month), hours a
    # day with days a week
    ("I work 10am to 10pm Monday to Friday and most Saturdays, salary 9000",
     {"weekday_overtime_hours": D("65.25"), "restday_overtime_hours": D(33)}),
    ("I work 12 hours a day, six days a week, monthly pay 6000",
     {"weekday_overtime_hours": D(87), "restday_overtime_hours": D("52.2")}),
    ("Shifts are 8:30am-5:30pm, Monday to Friday", {"weekday_overtime_hours": None, "restday_overtime_hours": None}),
    ("每天要干14个小时，一个月就休了2天", {"weekday_overtime_hours": D("130.5"), "restday_overtime_hours": D("93.33")}),
    ("现在每天上10个小时，一周6天，月薪5千", {"weekday_overtime_hours": D("43.5"), "restday_overtime_hours": D("43.5")}),
    ("实际每天早9点到晚9点，中间吃饭休息大概2小时，周六也要来", {"weekday_overtime_hours": D("43.5"),
                                                     "restday_overtime_hours": D("43.5")}),
    ("我一周6天假", {"restday_overtime_hours": None}),
    ("今年国庆7天假我一天没休，全在派件，公司也没安排补休",
     {"holiday_overtime_hours": D(24), "restday_overtime_hours": D(32)}),
    ("国庆放了7天假，我上了3天", {"restday_overtime_hours": None}),
    # the worker declined the contract offered; a threat to dismiss if they go on refusing is no dismissal yet
    ("入职第二周人事拿合同给我签，我看里面写着自愿放弃加班费，就一直没签，人事催了好几次我都拖着，还回了一句这合同我不签。"
     "厂里现在说再不签就让我走人",
     {"flags": {"refused_to_sign"}, "no_flags": {"dismissed"}}),
    ("我入职半年了，老板一直没签合同", {"no_flags": {"refused_to_sign"}}),
    # words that are no violence, threat or danger: kicked out of a chat group, a project cut, 封杀 in the trade, a
    # threat to call the police, a contract that ends along with another, a camera against fatigued driving
    ("上个月30号站长突然把我踢出群，说明天不用来了", {"no_flags": {"violence"}}),
    ("最近大厂把项目砍了，外包公司说要跟我解除合同", {"no_flags": {"violence"}}),
    ("公司放话说要在行业里封杀我、让我赔他们50万损失", {"no_flags": {"threat"}}),
    ("the manager says they owe me nothing, and he threatens to call the police and have me deported",
     {"no_flags": {"threat"}}),
    ("派遣协议到期，我们的劳动合同也跟着结束吗？", {"no_flags": {"threat"}}),
    ("他们天天在楼下等我，我回宿舍他也跟着", {"flags": {"threat"}}),
    # a leg broken in an accident is an injury, a leg threatened is a threat
    ("On 20 Dec 2025 I broke my leg when a roller reversed into me", {"flags": {"fracture"}, "no_flags": {"threat"}}),
    ("The foreman said he would break my legs if I complained", {"flags": {"threat"}}),
    # the worker's own angry words (我要告他们，让他们好看) are no threat to the worker; the boss's are
    ("主管让我签自愿离职。我绝对不签！我要告他们，让他们好看！", {"no_flags": {"threat"}}),
    ("老板说我再去劳动局就让我好看", {"flags": {"threat"}}),
    # a shop closed while the boss can still be reached is no vanished employer; money moved to a new company is assets
    ("美容院上周突然宣布关门，老板人还在，电话能打通，说12月10号前一定把工资结了", {"no_flags": {"vanished_employer"}}),
    ("店门锁了，老板电话关机", {"flags": {"vanished_employer"}}),
    ("The shop is closed now, but I can still reach the owner and he promises to pay", {"no_flags": {"vanished_employer"}}),
    ("听说老板已经把账上的钱都转到他新开的公司去了", {"flags": {"moving_assets"}}),
    # 断了 of a fund or the insurance is no injury; English fractures and amputations with a side or a machine
    ("老板说资金链断了，社保从去年9月开始就断了", {"no_flags": {"injured"}}),
    ("I slipped on the greasy floor and broke my right wrist", {"flags": {"fracture", "injured"}}),
    ("my right index finger was cut off by a punch press", {"flags": {"amputation", "injured"}}),
    # a resignation paper put to the worker is no resignation made (it is pressure to leave); insurance months owed are
    # no wages owed, wages owed to the worker after insurance named are
    ("现在公司让我们都签'自愿离职'。我该怎么办？", {"flags": {"dismissed"}, "no_flags": {"resigned"}}),
    ("月薪8千，查了一下社保，从去年9月开始就断了，欠了14个月", {"no_flags": {"wage_owed"}, "owed_months": None}),
    ("社保没交，老板还欠了我3个月", {"flags": {"wage_owed"}, "owed_months": D(3)}),
    # a plan to leave is no leaving; a resignation asked about (走的话) is none made; a tenure counted up to today
    ("我打算过完年就回老家不干了", {"flags": {"quitting"}, "no_flags": {"left_job", "resigned"}}),
    ("我自己走的话还能要补偿吗？", {"no_flags": {"resigned", "left_job"}}),
    ("我想走人，能不能以拖欠工资为理由辞职并拿补偿？", {"flags": {"quitting"}, "no_flags": {"resigned", "left_job"}}),
    ("今年3月20号进去的，到现在8个月了，老板一直不跟我签合同", {"flags": {"still_employed"}}),
    # an end the employer announced, named without its year, is the one ahead; one told as done stays past
    ("仓库要关了，上周五突然在门口贴了张通知，说经营困难，7月10号全部解除合同", {"end_date": date(2025, 7, 10)}),
    ("公司发通知说5月31号解除了我的合同", {"end_date": date(2025, 5, 31)}),
    # the day of an injury told in English by what happened (cut off, slipped); a hospital bill is no wage
    ("On 3 September 2024 my right index finger was cut off by a punch press", {"injury_date": date(2024, 9, 3)}),
    ("On 3 October I slipped on the greasy floor during my shift and broke my right wrist. They'll only pay half of "
     "the 26,000 RMB hospital bill.", {"injury_date": date(2024, 10, 3), "monthly_wage": None}),
    ("我月薪6000，住院花了2万的医药费", {"monthly_wage": D(6000)}),
    # an occupational disease runs from its diagnosis (工伤保险条例第十七条)
    ("去年12月1号拿到了职业病诊断证明书，诊断是矽肺一期，单位一直拖着不报工伤", {"injury_date": date(2024, 12, 1)}),
    ("I was diagnosed with silicosis on 5 March 2025", {"injury_date": date(2025, 3, 5)}),
    # years with earlier employers told beside this one's: the cumulative work annual leave counts by
    ("在这家干了4年，之前在别的酒店也干了8年，社保记录都有", {"tenure_months": D(48), "work_months": D(144)}),
    # a probation's pay told as a share; a roof fall and a finger cut off dated; a span of work; English tenure
    ("合同签了一年，试用期3个月，试用期工资按70%发，转正后6000", {"monthly_wage": D(6000), "probation_wage": D(4200)}),
    ("试用期工资按转正工资8000的70%发，也就是5600", {"monthly_wage": D(8000), "probation_wage": D(5600)}),
    ("我老公在煤矿井下干活，3月15号巷道冒顶，人没了。家里两个孩子还在上学", {"injury_date": date(2025, 3, 15),
                                                       "no_flags": {"student_intern"}}),
    ("5月10号操作打包机的时候右手食指被切掉了一节", {"injury_date": date(2025, 5, 10)}),
    ("2023年5月至2024年8月在工地干活，老板欠我两万", {"start_date": date(2023, 5, 1), "end_date": date(2024, 8, 1)}),
    ("I've been there three years and my salary is 9,500 RMB", {"tenure_months": D(36)}),
    ("I'm a regional sales manager, six years with the company", {"tenure_months": D(72)}),
    # the months after the years count (severance turns on them): "2 years 4 months" is 28, not 24
    ("I've been here 2 years 4 months, salary 25k/month", {"tenure_months": D(28)}),
    ("I've worked there for 3 years and 2 months", {"tenure_months": D(38)}),
    ("I have been with them for two and a half years", {"tenure_months": D(30)}),
    ("I was fired without any reason after 3 years, salary 8000 a month", {"tenure_months": D(36)}),
    ("公司拖欠工资两个月了，我还在上班，月薪7000", {"owed_months": D(2), "monthly_wage": D(7000)}),
    # months of the calendar named (held-out 19: "9月10月工资都没发" read as ten months owed, 60,000 for 12,000)
    ("月薪6000。9月10月工资都没发，11月18号去上班发现医院关门了", {"owed_months": D(2), "monthly_wage": D(6000)}),
    ("7到10月的工资一直拖着", {"owed_months": D(4)}),
    ("工资3千5，10月工资没发", {"owed_months": D(1)}),
    ("欠了我半年工资，10月工资还没发", {"owed_months": D(6)}),  # a duration told wins over one month named
    # the reform heard of (听说现在延迟退休了) is no pension drawn
    ("饭店说我到退休年龄了，社保停了，可是我听说现在延迟退休了？", {"no_flags": {"retired_pensioner"}}),
    # a pension asked about is none drawn; one told in English is
    ("社保只交了12年。到时候不够15年还能领退休金吗？", {"no_flags": {"retired_pensioner"}}),
    ("My dad is 63, retired from a factory in 2023 and gets a pension. Now he works as a night guard",
     {"flags": {"retired_pensioner"}}),
    ("退休了，每个月领2千多的养老金，现在在小区当保安", {"flags": {"retired_pensioner"}}),
    # an agency without a dispatch licence, told or asked about
    ("这家人力公司又没有劳务派遣许可证，工资经常晚发", {"flags": {"unlicensed_agency"}}),
    ("怎么查派遣公司有没有经营许可", {"no_flags": {"unlicensed_agency"}}),
    # retirement near or said to be reached; a pension transfer on going home is not that
    ("主管说你今年都50了马上就退休，社保不用再交了", {"flags": {"near_retirement"}}),
    ("饭店说我到退休年龄了，从10月起社保停了", {"flags": {"near_retirement"}}),
    ("我今年45，养老保险在深圳交了9年，下个月回老家，这12年的养老保险怎么办", {"no_flags": {"near_retirement"}}),
    # dismissed by a message: "don't come tomorrow"; a question about not coming is none
    ("My station manager sent me a WeChat message: 'don't come tomorrow, a customer complained about you'",
     {"flags": {"dismissed"}}),
    ("If I don't come tomorrow will they fire me?", {"no_flags": {"dismissed"}}),
    # a first job: the years here are all the years worked
    ("我前年7月毕业后就在南京这家公司上班，10月31号离职的", {"start_date": date(2023, 7, 1), "work_months": D("16.0")}),
    # hired by a rural contracting household or an individual craftsman (no labour dispute); 没营业执照 is no licence
    ("在我们村一个种苹果的大户家里摘苹果，他是个人承包的地，没有公司也没营业执照",
     {"flags": {"craft_or_farm_employer"}, "no_flags": {"registered_business"}}),
    ("去新疆摘棉花，跟一个种棉大户口头说好按斤算", {"flags": {"craft_or_farm_employer"}}),
    ("跟着村里的木匠师傅当学徒，师傅不给工钱", {"flags": {"craft_or_farm_employer"}}),
    ("我在建筑工地干活，包工头承包了工程", {"no_flags": {"craft_or_farm_employer"}}),
    # a craftsman working alone, told by how he works or that he has no licence
    ("我跟一个修古董家具的老师傅当学徒，他就是一个人干的手艺人，没有营业执照", {"flags": {"craft_or_farm_employer"}}),
    ("在厂里跟老师傅当学徒，厂里没给我签合同", {"no_flags": {"craft_or_farm_employer"}}),
    # a gang boss outside construction (a bike-share maintenance crew) is no building project; on a site he is
    ("运维公司又把我们这片区的共享单车运维转给了一个叫老刘的个人包工头，老刘跑了", {"no_flags": {"construction"}}),
    ("跟着包工头干活，干完了不给钱", {"flags": {"construction"}}),
    ("厂里的新车间在施工，我跟着包工头在工地上干", {"flags": {"construction"}}),
    # a pregnant, new or nursing mother: the flag her rules require
    ("我在哺乳期，公司让我调岗", {"flags": {"nursing", "pregnancy_period"}}),
    ("HR told me the company will not renew my contract when it ends next March", {"no_flags": {"pregnancy_period"}}),
    # asking whether to sign a paper put to them: not signed yet; a paper already signed is not that
    ("老板拿来一份协议说给5000块一次性了结，我该不该签？", {"flags": {"asked_to_sign"}}),
    ("Should I sign the settlement they gave me?", {"flags": {"asked_to_sign"}}),
    ("公司拿了一份协议让我签，说一次性给8万，以后两清。这8万合理吗？不签的话我能拿到什么？", {"flags": {"asked_to_sign"}}),
    ("HR让我补签劳动合同，签字日期倒签到入职日，签了会有什么影响", {"flags": {"asked_to_sign"}}),
    ("HR wants me to sign a contract dated back to May. What do I lose if I sign?", {"flags": {"asked_to_sign"}}),
    ("入职半年了还没签合同", {"no_flags": {"asked_to_sign"}}),
    ("住院的时候老板让我签了私了协议，拿了3万，签了还能反悔吗？", {"no_flags": {"asked_to_sign"}}),
    ("Last month I worked 22 weekdays with about 3 extra hours each day, plus 4 Saturdays of 11 hours each.",
     {"weekday_overtime_hours": D(66), "restday_overtime_hours": D(44)}),
    ("我在超市当收银员3年了，工资4200", {"tenure_months": D(36), "monthly_wage": D(4200)}),
    # a car that hit a commuter is an accident, not violence (held-out 9: a threat line for a knee sprain)
    ("On Nov 3 I was riding my e-bike home after work and a car ran a red light and hit me. "
     "Does this count as a work injury?", {"flags": {"injured"}, "no_flags": {"violence"}}),
    ("a truck hit me, then the driver punched me", {"flags": {"violence"}}),
    # "after work … from behind": a direction, not when the job began; the day is the accident's
    ("On 8 May 2025 when I ride e-bike home after work, a car hit me from behind at a red light.",
     {"injury_date": date(2025, 5, 8), "start_date": None}),
    ("I have worked there from March 2024", {"start_date": date(2024, 3, 1)}),
    # two months' pay summed for two people, or each person's two months: no month's wage
    ("9、10两个月工资两个人加起来1万6也没发", {"monthly_wage": None}),
    ("我们两个月工资（每人大概9000）找谁要", {"monthly_wage": None}),
    ("另外还欠我9月10月两个月工资，一个月5000", {"owed_months": D(2), "monthly_wage": D(5000)}),
    # a day the employer names to pay is no day the job ended
    ("我10月15号辞职了，9月的工资还没给，公司说要等11月25号统一发", {"end_date": date(2024, 10, 15)}),
    # 初一到初三: three statutory Spring Festival days; a business open all year is not the worker's week
    ("今年春节我在高速服务区上班，初一到初三都没休，月工资4350。公司说服务区本来就是全年无休",
     {"holiday_overtime_hours": D(24), "restday_overtime_hours": None}),
    ("我初一就辍学了，在厂里上班三年", {"holiday_overtime_hours": None}),  # a school year, not New Year's Day
    ("过年大年三十到初二都在上班", {"holiday_overtime_hours": D(24)}),  # 除夕, 初一, 初二
    # 1月1号跳槽到…: the day the job began, not New Year's Day worked
    ("我工作12年了，今年1月1号跳槽到一家4S店，10月31号离职，今年一天年假都没休", {"holiday_overtime_hours": None}),
    ("元旦1月1号也上班了，没休", {"holiday_overtime_hours": D(8)}),
    # the day's length told of the holiday days worked: those days' hours at 300%, no weekday overtime every month
    ("国庆10月1号到3号给一场演唱会装台，每天干14个小时，公司还是一天给400",
     {"holiday_overtime_hours": D(42), "weekday_overtime_hours": None}),
    ("平时每天干12个小时，国庆10月1号到3号也上班，月薪6000",
     {"holiday_overtime_hours": D(36), "weekday_overtime_hours": D(87)}),
    # the whole loss beside the sum taken this month: the months to recover are the loss's
    ("月工资4000。我把蒸饭柜烧坏了，园里说修好要6000，这个月已经扣了我800", {"deduction": D(800), "loss_claimed": D(6000)}),
    ("我把模具弄坏了，工资扣了我3000当赔偿", {"deduction": D(3000), "loss_claimed": None}),
    # a sprain told as 把腰扭了 is the injury of that day
    ("我去年12月15号抬冰箱上楼的时候把腰扭了，后来查出来是腰间盘突出", {"injury_date": date(2024, 12, 15)}),
    # a demand for the money (在微信上找过HR要这笔钱) interrupts the time limit that day
    ("去年11月20号离职的，今年1月15号我在微信上找过HR要这笔钱", {"demand_date": date(2025, 1, 15)}),
    # 前面在别的酒店干了8年: the years before this employer, added to the 4 here
    ("工作12年了（前面在别的酒店干了8年，这家干了4年）", {"tenure_months": D(48), "work_months": D(144)}),
    # an approved comprehensive-hours scheme: a 12-hour shift is no overtime by itself (not on the company's word)
    ("Our company has government approval for a 'comprehensive working hours system' (综合计算工时), and we do 12-hour "
     "shifts", {"weekday_overtime_hours": None}),
    ("物流园开叉车的，公司说我们是综合工时，旺季一天干12个钟不算加班", {"weekday_overtime_hours": D(87)}),
    # 一年里基本一个月就休2天: the overtime of a month went on all twelve
    ("2025年1月到12月30号离职，一年里基本一个月就休2天，每天早9点到晚8点，中间吃饭一个钟头", {"overtime_months": D(12)}),
    # a camera put up openly inside the dorm room: no secret filming, still a private space
    ("单位在宿舍屋里装了个摄像头，正对着床，说是防盗。摄像头是明着装的，贴了提示", {
        "flags": {"camera_in_private_space"}, "no_flags": {"hidden_camera"}}),
    ("员工宿舍的插座里发现了针孔摄像头", {"flags": {"hidden_camera"}, "no_flags": {"camera_in_private_space"}}),
    # 去年2月10号去的: the day the worker went there is the first day
    ("在快递驿站干了10个月，去年2月10号去的，去年12月15号走的", {"start_date": date(2024, 2, 10),
                                                       "end_date": date(2024, 12, 15)}),
    # the first contract's signing day is the job's first; renewed once, two fixed terms
    ("2020年1月1号签的第一份合同3年，2023年1月1号又续了4年，到今年12月31号到期", {
        "start_date": date(2020, 1, 1), "flags": {"second_fixed_term"}}),
    # the only day of the job told is the contract's signing: the job began then (at the latest); not a contract signed
    # late, nor a mediation agreement signed
    ("2024年4月8号进去签了合同，按装机台数算钱，一个月平均6800左右", {"start_date": date(2024, 4, 8)}),
    ("合同是25年3月签的，月薪5000", {"start_date": date(2025, 3, 1)}),
    ("入职半年后2025年3月1号才补签的合同", {"start_date": None}),
    ("物业公司没跟他签合同，每月3800", {"start_date": None, "flags": {"no_written_contract"}}),
    # (a paper the worker refused to sign is no contract unsigned: 让我签个确认书。我没签)
    ("2023年12月1号签的三年合同，月薪7800。人事让我签个'劳动合同到期终止确认书'。我没签", {"start_date": date(2023, 12, 1)}),
    ("On 20 Oct 2026 we signed a mediation agreement: company pays me 18,000 by 10 Nov", {"start_date": None}),
    # 从5月6号干到现在: the first day, the job going on; 一个月差不多干26天 is a rota, which makes the day's pay a month's
    ("烧烤摊帮忙穿串，从5月6号干到现在，一天150块现金日结，一个月差不多干26天", {
        "start_date": date(2025, 5, 6), "flags": {"still_employed"}, "tenure_months": None, "monthly_wage": D(3900)}),
    # 合同期10个月 with no verb is the term; 试用期工资只发70%也就是4200 is the probation's pay, 转正6000 the wage agreed
    ("7月1号签的合同，合同期10个月，试用期写的3个月，试用期工资只发70%也就是4200，转正6000", {
        "contract_months": D(10), "probation_months": D(3), "monthly_wage": D(6000), "probation_wage": D(4200),
        "flags": {"probation_over_limit"}}),
    # months of pay not a penny of which was paid, counted (三个月一分没发), or told after the people and the calendar
    # months (欠了我们13个人9月10月两个月工资); a month of the calendar is no count of months (11月工资一分不发)
    ("9月10月11月三个月一分没发，一个月5500", {"owed_months": D(3), "flags": {"wage_owed"}}),
    ("欠了我们13个人9月10月两个月工资，一人一个月5000左右", {"owed_months": D(2)}),
    ("11月1号起说要装修停业两个月，11月工资一分不发", {"owed_months": None}),
    # 月薪一共6200: the month's pay with its allowance, not a sum owed
    ("公司让签了个自愿放弃社保的承诺书，每个月多给300块社保补贴，月薪一共6200", {
        "monthly_wage": D(6200), "amount_owed": None, "no_flags": {"wage_owed"}}),
    # 是劳务公司派过去的: dispatched by a labour-service company
    ("我老公在垃圾填埋场上夜班，是劳务公司派过去的", {"flags": {"dispatched"}}),
    # a package's contract naming the pay for normal hours inside it
    ("合同写月薪5600包含加班费，里面基本工资写的2600。我每天上12个小时，一个星期上6天", {
        "monthly_wage": D(5600), "base_wage": D(2600), "flags": {"wage_includes_overtime"}}),
    # the limitation restarts from the last claim told; a day a promise names to pay by is no claim
    ("今年3月16号去劳动监察投诉过，后来没下文；5月20号我又微信找过经理要补偿", {"demand_date": date(2025, 5, 20)}),
    ("老板4月10号在微信里答应'5月底前一定给'，结果到现在也没给", {"demand_date": date(2025, 4, 10)}),
    # 10月1号到7号天天上班: the three statutory days, and four rest days of the golden week
    ("国庆那几天根本没休，10月1号到7号天天上班，月薪4800", {"holiday_overtime_hours": D(24),
                                              "restday_overtime_hours": D(32)}),
    # the final month's pay a deduction is taken from: the 20% is of it
    ("月工资4000。老板说我把客户车漆刮了，要扣我2000赔偿，还说最后一个月工资3200等他招到人再给", {
        "monthly_wage": D(3200), "deduction": D(2000)}),
    ("我只是个普通陪练，从来没接触过任何商业秘密，入职时签了竞业协议", {"flags": {"no_secret_access"}}),
    ("乐园通知我们都要跟乐园自己投资成立的一家人力资源公司重新签合同，再派遣回乐园干原来的活", {"flags": {"own_agency"}}),
    # 11月1号 is no New Year's Day (the 1 of 11 is not January)
    ("双十一那阵子，11月1号到20号连续上了20天班，每天12个小时", {"holiday_overtime_hours": None}),
    # what the employer paid to send the worker to train is the training cost
    ("前年公司出8000块送我考了特种作业证，签了5年服务期，约定违约金2万",
     {"training_cost": D(8000), "agreed_penalty": D(20000)}),
    # 一共有6个休息日: days, not people
    ("算下来9月10月一共有6个休息日上了班又没补休", {"workers": None}),
    ("我们一共12个人，都是班组长招的", {"workers": 12}),
    # 跳槽过来的: the day the worker moved to this employer (its leave is prorated from it on leaving)
    ("今年3月1号跳槽过来的，之前在别的单位连续干了8年", {"start_date": date(2025, 3, 1)}),
    ("干保安两年了，每月3500", {"tenure_months": D(24)}),
    ("当月工资3个月了没发", {"tenure_months": None}),
    ("干了3年多，月薪7000", {"tenure_months": D(37)}),  # more than three years: severance counts 3.5
    ("干了十几年", {"tenure_months": D(120)}),
    ("入职8个月了老板一直不跟我签合同", {"tenure_months": D(8), "flags": {"tenure_1_12m"}}),
    ("刚来十来天，老板说干满一个月才签合同", {"tenure_months": None, "no_flags": {"tenure_1_12m"}}),  # 满…才: a condition
    ("在厂里干了13年", {"flags": {"tenure_over_12m"}, "no_flags": {"tenure_1_12m"}}),
    ("我3月5日就要离职了", {"end_date": date(2026, 3, 5)}),  # a job that ends later: the next 3 March
    ("3月5日离职的", {"end_date": date(2025, 3, 5)}),
    ("我今年3月15号进的饭店当服务员，一个月5200", {"start_date": date(2025, 3, 15), "monthly_wage": D(5200)}),
    ("去年8月1号进的这家快递站", {"start_date": date(2024, 8, 1)}),
    ("3月5号进的医院，做了手术", {"start_date": None}),
    ("合同12月31号到期，HR今天跟我说到期就不续了", {"end_date": date(2025, 12, 31)}),  # still ahead (today 2025-06-15)
    ("合同3月31号到期了，公司没续也没让我走", {"end_date": date(2025, 3, 31)}),
    ("我合同12月31号就到期了，HR说到时候不续了", {"end_date": date(2025, 12, 31)}),  # ahead (today 2025-06-15)
    ("合同3月31号就到期了，我还没想好续不续", {"end_date": date(2026, 3, 31)}),
    ("上周老板把我开了", {"end_date": date(2025, 6, 2), "flags": {"dismissed"}}),
    ("公司把我们部门30多个人都裁了", {"flags": {"dismissed", "group"}}),
    ("我们快递站9个人都被拖了加班费，想一起去仲裁", {"workers": 9, "flags": {"small_group"}, "no_flags": {"group"}}),
    ("我怀孕7个半月了还排夜班，主任说不想干可以辞职，厂里不养闲人", {"flags": {"pregnant", "dismissed"}}),
    ("停工三个月只发生活费，老板是不是要跑路了啊", {"no_flags": {"vanished_employer"}}),  # a fear, not a fact
    ("我担心他以后跑路，现在公司还正常营业", {"no_flags": {"vanished_employer"}}),
    ("包工头跑路了，电话也打不通", {"flags": {"vanished_employer"}}),
    ("老板把我身份证照片发到群里，说我'偷快递、欠钱跑路'", {"no_flags": {"vanished_employer"}}),
    ("这几天一直有陌生人打电话骂我，还有人说要上门找我", {"flags": {"threat"}}),
    # a boss's number changed and the yard shut overnight, the baling press sold: gone, and assets going
    ("这个月回收站突然关门了，老板换了手机号，场里的打包机也被他卖了", {"flags": {"vanished_employer", "moving_assets"}}),
    # a manager who stopped answering (no days or weeks told) is not gone; for two weeks he is
    ("Now they owe me two months and the manager has stopped answering my messages.",
     {"no_flags": {"vanished_employer"}}),
    ("The boss has stopped answering my calls for two weeks.", {"flags": {"vanished_employer"}}),
    # the boss signed his IOU: no paper of leaving signed
    ("老板今年1月15号给我写了张欠条，写着欠我工资26000元，签了字按了手印", {"no_flags": {"leaving_paper_signed"}}),
    # people of a "…师" trade counted (not a wage paid by a supervisor)
    ("我们足浴店14个技师，老板拖了两个月的工资", {"workers": 14}),
    ("每月5千是导师用自己微信转给我的", {"workers": None}),
    # hit his head as well: a head injury
    ("我拦他被捅了一刀在肚子上，头也撞到了柜台，住了十来天院", {"flags": {"head_injury", "hospitalized"}}),
    # a Yangtze freighter is an inland ship (no maritime lien); a contract put to sign and left unsigned is refused;
    # a service agreement "starting" a day counts its months from that day; 把我们几个泊车员都辞了 is a dismissal
    ("我在长江上跑散货船当水手，三个月工资没给", {"flags": {"inland_vessel", "ship_crew"}}),
    ("我在远洋货轮上当水手，船东欠了半年工资", {"flags": {"ship_crew"}, "no_flags": {"inland_vessel"}}),
    ("5月初店长拿合同让我签，我嫌试用期三个月太长，就没签", {"flags": {"refused_to_sign"}}),
    ("They paid for a 3-month course and I signed a 3-year service agreement starting 1 Nov 2024", {
        "flags": {"service_period"}, "service_served_months": D(7)}),
    ("10月31号停车公司说业务调整，把我们几个泊车员都辞了", {"flags": {"dismissed"}}),
    # the day of leaving told as 被开的, 已经走了, 打算…走; a library's staff member 进馆 on the first day
    ("我在便利店上夜班，月薪4300，10月5号被开的。", {"end_date": date(2024, 10, 5)}),
    ("我10月31号已经走了。听说没签合同能要双倍工资", {"end_date": date(2024, 10, 31)}),
    ("我想辞职，打算6月30号走。", {"end_date": date(2025, 6, 30)}),
    ("2010年9月1号进馆，到现在干了16年", {"start_date": date(2010, 9, 1)}),
    # the pay received told above the minimum wage told: docked, not underpaid
    ("漏审一条扣200，直接扣了2400，到手就3100了（我们这最低工资2490）", {"flags": {"above_minimum_wage"}}),
    ("实发1800，我们这最低工资2100", {"no_flags": {"above_minimum_wage"}}),
    ("我老公跑长途，在服务区停车睡觉，早上同车的副驾叫不醒他，送医院说是心梗已经不行了。公司说不算工伤", {"flags": {"death"}}),
    ("How do I get it without getting fired before probation ends on 30 Nov?", {
        "no_flags": {"dismissed"}, "end_date": None}),
    ("The firm fired me on 30 May before my probation ended", {"flags": {"dismissed"}}),
    ("我不想扣就一直没签，公司两次书面通知让签，我都没签", {"flags": {"refused_to_sign"}}),
    ("合同签一年（2026.7.1-2027.6.30），里面写试用期6个月", {"contract_months": D(12), "probation_months": D(6)}),
    ("老板是我们村承包大棚的老张，他就是个人，没有营业执照也没注册公司", {"flags": {"craft_or_farm_employer"}}),
    ("中心里一个王大爷的女儿私下找我，让我晚上去她家陪护王大爷，一个月3500", {"flags": {"household_employer"}}),
    ("预产期明年3月。产假一共能休多少天？如果是剖腹产能多休吗？", {"no_flags": {"difficult_birth"}}),
    ("上个月剖腹产生了个女儿，产假能休多少天", {"flags": {"difficult_birth"}}),
    ("2019年5月6号进的公交公司。今年4月28号我在进站的时候蹭了一辆私家车后视镜，没人受伤。公司当天下午就以“严重违反安全规定”"
     "把我开除了。", {"end_date": date(2025, 4, 28)}),
    ("仲裁委裁决厂里付我4.6万，裁决书8月20号送达，双方都没去法院起诉。到现在厂里一分没给", {
        "no_flags": {"award_challenged"}}),
    ("2024年8月来的这家幼儿园，之前在县城饭店干了10年，有社保记录", {"tenure_months": None, "work_months": D("130.4")}),
    # hours past the day's end told by the clock: 2.5 and 2 a weekday, over 21.75 days
    ("合同写的是早9点到晚6点，周一到周五，可每天都要干到晚上8点半，月薪12000", {"weekday_overtime_hours": D("54.38")}),
    ("My contract says 9:30–18:30, but every weekday evening I have to stay on DingTalk until about 20:30", {
        "weekday_overtime_hours": D("43.5")}),
    ("我在银行网点当大堂助理，上班路上被一辆外卖电动车撞了，交警认定对方全责", {"no_flags": {"platform_worker"}}),
    ("The arbitration award came by post: they gave me only part of the overtime. The award doesn't say it is final. "
     "I want to challenge it.", {"no_flags": {"award_won"}}),
    # a leaving supposed (要是我…辞职) and a closing announced days ahead (宣布…关门不干了) are still to come
    ("我现在还在干，要是我6月30号辞职，能不能要补偿？", {"end_date": date(2025, 6, 30)}),
    ("我们老板突然宣布6月30号关门不干了，公司要注销", {"end_date": date(2025, 6, 30)}),
    # asking whether to quit: still in the job (not the rule for wages owed after leaving)
    ("老是拖工资，我能不能直接辞职还要补偿？", {"flags": {"asks_to_quit"}}),
    ("I left the company in March. Can I quit and still get compensation?", {"no_flags": {"asks_to_quit"}}),
    # a contract's expiry told plainly five weeks ahead is ahead, not a year back
    ("这次的合同7月31号到期。厂里拿来一份新合同又是一年期的", {"end_date": date(2025, 7, 31)}),
    # asking about someone else's job
    ("老公在东莞五金厂开冲床，10月份右手被压", {"flags": {"on_behalf"}}),
    ("我老乡在工地从脚手架上摔下来，腰椎骨折", {"flags": {"on_behalf", "fracture"}}),
    ("My husband works at a factory in Dongguan and lost two fingers", {"flags": {"on_behalf"}}),
    ("我老公让我问问，我在厂里干了三年没签合同", {"no_flags": {"on_behalf"}}),
    ("I teach at a private school in Shenzhen (I have a valid work permit)", {"flags": {"foreigner", "work_permit"}}),
    ("I came on a business visa and the school said they would process the work permit later but never did", {
        "no_flags": {"work_permit"}}),
    ("我是外国人，公司一直没给我办工作许可", {"flags": {"foreigner"}, "no_flags": {"work_permit"}}),
    ("I quit my job at a logistics company in Chengdu on 1 Dec 2024. They still owe me two months' salary", {
        "end_date": date(2024, 12, 1), "flags": {"left_job"}}),
    # a training service period: the cost, the agreed penalty, the period and what was served of it
    ("公司送我去培训，培训费6万，签了5年服务期，我干了3年想走", {
        "training_cost": D(60000), "service_period_months": D(60), "service_served_months": D(36),
        "monthly_wage": None}),
    ("培训协议写违约金十万，培训费只花了两万，服务期3年还差1年", {
        "training_cost": D(20000), "agreed_penalty": D(100000), "service_period_months": D(36),
        "service_served_months": D(24)}),
    ("入职5年，去年公司送我培训签了3年服务期，培训费2万", {  # the tenure is longer than the period: not served
        "service_period_months": D(36), "service_served_months": None}),
    ("月薪8000，扣了3万的培训费", {"monthly_wage": D(8000), "training_cost": D(30000)}),
    ("公司送我去德国培训，发票加起来2万，签了服务期协议3年，提前走要赔5万违约金，我才干满1年", {
        "training_cost": D(20000), "agreed_penalty": D(50000), "service_period_months": D(36),
        "service_served_months": D(12)}),
    ("在仓库干了4年3个月，月平均7000左右", {"monthly_wage": D(7000)}),
    # a probation's pay, its length, the contract's term and the local minimum wage, each told apart from the wage
    ("合同签了一年，约定工资3500，结果试用期搞了三个月，每个月只发1600。我们这最低工资2100", {
        "monthly_wage": D(3500), "probation_wage": D(1600), "minimum_wage": D(2100), "contract_months": D(12),
        "probation_months": D(3)}),
    ("试用期工资1600，转正3500，签了三年的合同，试用期6个月", {
        "monthly_wage": D(3500), "probation_wage": D(1600), "contract_months": D(36), "probation_months": D(6)}),
    ("我们这最低工资2100，月薪5000，试用期只发了3000", {
        "monthly_wage": D(5000), "probation_wage": D(3000), "minimum_wage": D(2100)}),
    ("I signed a one-year contract with a 3-month probation. Salary is 6000 but during probation they only pay me "
     "3000. Minimum wage here is 2300.", {
        "monthly_wage": D(6000), "probation_wage": D(3000), "minimum_wage": D(2300), "contract_months": D(12),
        "probation_months": D(3)}),
    ("干了两年的合同到期了", {"tenure_months": D(24), "contract_months": None}),
    ("月薪8000，试用期3个月", {"monthly_wage": D(8000), "probation_months": D(3), "probation_wage": None}),
    # English: the probation's length after "is", its pay before "during probation"; "Is it true?" asks legality
    ("I signed one-year labor contract. Contract say probation is 6 month, salary 4000 during probation and 5000 after. "
     "My friend tell me it is too long. Is it true?", {
        "monthly_wage": D(5000), "probation_wage": D(4000), "contract_months": D(12), "probation_months": D(6),
        "asks": {"is_legal"}}),
    # one named month's overtime by kind, an hourly wage; rest days worked are not the job's length; "no day off back"
    # is no time off in lieu, not a week without rest days
    ("合同约定小时工资25元。10月份工作日下班后加班30小时，周六上了2天（16小时）没补休，10月1号也上了8小时。", {
        "hourly_wage": D(25), "weekday_overtime_hours": D(30), "restday_overtime_hours": D(16),
        "holiday_overtime_hours": D(8), "tenure_months": None, "monthly_wage": None}),
    ("My contract hourly wage is 25 yuan. In October I did 30 hours overtime after normal shift on weekdays, worked 2 "
     "saturdays (16 hours) and got no day off back, and also 8 hours on 1st October.", {
        "hourly_wage": D(25), "weekday_overtime_hours": D(30), "restday_overtime_hours": D(16),
        "holiday_overtime_hours": D(8)}),
    ("25块钱一小时，周末干了两天", {"hourly_wage": D(25), "tenure_months": None}),
    ("每小时送20单，一天干10小时", {"hourly_wage": None}),  # orders an hour, not pay
    ("听说仲裁只有一年，是不是已经过了？急死了！", {"asks": {"time_limit"}}),
    ("是不是已经过了试用期就不能辞退了", {"no_asks": {"time_limit"}}),
    ("这个月两个周六都要求全员参加团建，不去的要写检讨，也没给补休。我月薪7000", {
        "restday_overtime_hours": D(16), "monthly_wage": D(7000)}),
    # how long social insurance was paid, told or as the years worked with it paid all along; a day counted from now
    # (上个月底) stays where it is told, though the contract "不续了"; "能领几个月" asks how long
    ("我在糖厂干了6年，社保一直交着。合同上个月底到期，厂里说不续了。失业金能领几个月？", {
        "insured_months": D(72), "end_date": date(2025, 5, 31), "asks": {"how_long"}}),
    ("失业保险交了8年，被辞退了", {"insured_months": D(96)}),
    ("社保只交了2年", {"insured_months": D(24)}),
    ("I paid social insurance for 11 years", {"insured_months": D(132)}),
    ("公司没交社保，干了3年", {"insured_months": None}),
    # a birth and the first day of maternity leave; "能休多少天 / 到哪天结束" asks how long, not where
    ("10月20号开始休产假，11月4号剖宫产生了双胞胎。我到底能休多少天？产假到哪天结束？", {
        "leave_start_date": date(2024, 10, 20), "birth_date": date(2024, 11, 4), "babies": 2,
        "flags": {"difficult_birth"}, "asks": {"how_long"}, "no_asks": {"where"}}),
    ("I gave birth on 3 May and my maternity leave started on 20 April.", {
        "birth_date": date(2025, 5, 3), "leave_start_date": date(2025, 4, 20)}),
    # overtime told as a total (一共40个小时), rest days counted (周六加了4天每天8小时), a holiday's days by number
    # (国庆1号到3号), and what was already paid for it (只多给了500块的"加班补贴")
    ("基本工资5220。10月份平时晚上加班一共40个小时，周六加了4天每天8小时，国庆1号到3号也上班了。厂里10月只多给了500块的"
     "\"加班补贴\"", {"monthly_wage": D(5220), "weekday_overtime_hours": D(40), "restday_overtime_hours": D(32),
                     "holiday_overtime_hours": D(24), "overtime_paid": D(500)}),
    ("周末上了3天班，加班费只给了800", {"restday_overtime_hours": D(24), "overtime_paid": D(800)}),
    ("五一1号2号都上了班", {"holiday_overtime_hours": D(16)}),
    # a wage agreed and less paid each month; a start told by going somewhere to work (去…当学徒)
    ("今年3月1号去镇上一个汽修店当学徒，一开始说好一个月3000，结果每个月只给1000", {
        "monthly_wage": D(3000), "monthly_shortfall": D(2000), "start_date": date(2025, 3, 1)}),
    ("合同上写的月薪6000，实际每个月只发4500", {"monthly_wage": D(6000), "monthly_shortfall": D(1500)}),
    # the months told between the two wages are no money
    ("说好的月薪4500，可老板从今年3月到10月每个月只转1500，说是生活费", {"monthly_wage": D(4500), "monthly_shortfall": D(3000)}),
    ("我月薪5000，只发了3000，还欠2000", {"monthly_shortfall": None, "amount_owed": D(2000)}),
    # the employer's average wage (the maternity allowance's base) is neither the worker's nor the local one
    ("月薪2万。HR说生育津贴按公司去年的人均工资算，公司去年人均月工资1.2万", {
        "monthly_wage": D(20000), "employer_avg_wage": D(12000), "local_avg_wage": None}),
    ("生育津贴是按公司平均工资发的，我月薪2万，公司平均大概1.2万，差的那部分公司要不要补给我",
     {"monthly_wage": D(20000), "employer_avg_wage": D(12000)}),
    # the worker's own average wage is the wage; the local one is named as local
    ("2022年7月入职的，前12个月平均工资11000左右", {"monthly_wage": D(11000), "local_avg_wage": None}),
    ("my monthly salary is 28,000 RMB (HR said the Beijing average wage is around 12,000/month)", {
        "monthly_wage": D(28000), "local_avg_wage": D(12000)}),
    ("签了一年的合同，试用期写的是3个月，合同工资5000，试用期每个月只发4000", {
        "monthly_wage": D(5000), "probation_wage": D(4000), "contract_months": D(12), "probation_months": D(3)}),
    ("我每个月工作日加班差不多40小时，周六基本都上", {"weekday_overtime_hours": D(40),
                                                     "restday_overtime_hours": D("34.8")}),
    ("The company paid 30,000 yuan of training costs and I signed a 3-year service period", {
        "training_cost": D(30000), "service_period_months": D(36), "monthly_wage": None}),
    ("外国人没有工作许可在中国公司上班", {"flags": {"foreigner"}, "no_flags": {"work_permit"}}),
    ("外国员工没办工作证，被公司辞退能要补偿吗", {"flags": {"foreigner"}, "no_flags": {"work_permit"}}),
    ("前店长这两周天天晚上在我小区楼下等我，还发消息说你躲不掉的", {"flags": {"threat"}}),
    ("同事今天在楼下等我一起去吃饭", {"no_flags": {"threat"}}),
    ("上个月被公司优化了", {"flags": {"dismissed"}}),
    # amounts that are not the monthly wage
    ("欠我3个月工资2万1", {"monthly_wage": None, "amount_owed": D(21000)}),
    ("每个月多给我300块社保补贴，月薪5500", {"monthly_wage": D(5500)}),
    ("我62了，退休金每个月领着2800，当保安一个月3200", {"monthly_wage": D(3200)}),
    ("每个月工资条上还扣100块管理费", {"monthly_wage": None}),
    ("同样的活，我们每月比男的少500", {"monthly_wage": None, "monthly_shortfall": D(500)}),  # a difference
    ("公司单方面把我工资降了1500", {"monthly_shortfall": D(1500), "monthly_wage": None}),
    ("月薪8000，至少还有5000的绩效", {"monthly_wage": D(8000), "monthly_shortfall": None}),
    # quitting: leaving of one's own accord, done or meant (not pushed out, not refused)
    ("欠薪两个月了 我能直接走人吗", {"flags": {"quitting", "wage_owed"}}),
    ("I want to quit because they never pay on time", {"flags": {"quitting"}}),
    ("公司逼我辞职", {"flags": {"dismissed"}, "no_flags": {"quitting"}}),
    ("工资拖了三个月，能不能走仲裁？要走法律途径吗", {"no_flags": {"quitting"}}),  # 走仲裁 is a route, not leaving
    ("我不想辞职，公司拖欠我两个月工资了", {"no_flags": {"quitting"}}),
    ("每月至少5000，差不多5500吧", {"monthly_wage": D(5000)}),
    ("我今年60了，公司说我到年龄了下个月就让我走人", {"end_date": None}),  # an age, not a date
    ("去年12月5号去办失业金才发现公司没交失业保险", {"knew_date": date(2024, 12, 5)}),
    ("今年3月5号早上骑电动车去上班路上被一辆小轿车追尾了", {"injury_date": date(2025, 3, 5)}),
    # the car named between 被 and 撞, the accident a clause after its day, the way home told with the vehicle
    ("去年12月5号晚上下班骑电动车回家，在路口被一辆闯红灯的轿车撞了，左腿软组织挫伤，缝了几针",
     {"injury_date": date(2024, 12, 5), "flags": {"injured", "commuting", "not_own_fault"}}),
    ("上个月被领导撞见在摸鱼，扣了我200", {"no_flags": {"injured", "not_own_fault"}}),  # 撞见: caught, not hit
    # a work permit promised and never got, or a visitor's visa, is no permit
    ("I came on a business (M) visa; the agency promised to handle the work permit later but never did",
     {"flags": {"foreigner"}, "no_flags": {"work_permit"}}),
    ("公司一直没给我办工作许可证，我是外国人", {"no_flags": {"work_permit"}}),
    ("I got my work permit and residence permit in August 2025", {"flags": {"foreigner", "work_permit"}}),
    # a nationality or a country of origin tells a foreign worker; a Chinese province does not
    ("I'm a Canadian English teacher at a training school", {"flags": {"foreigner"}}),
    ("Hi, I'm from Kazakhstan and I do livestream sales in Yiwu", {"flags": {"foreigner"}}),
    ("我是越南籍的，在东莞电子厂上班", {"flags": {"foreigner"}}),
    ("I am from Henan province and work in a factory", {"no_flags": {"foreigner"}}),
    # a mediation agreement already reached, not mediation asked about
    ("在街道调解委员会调解，店老板签了调解协议，答应10月31号前付清", {"flags": {"mediation_agreed"}}),
    ("劳动纠纷可以先调解吗", {"no_flags": {"mediation_agreed"}}),
    # a head count after the people it counts; a boss selling the vans is moving assets; a worker's 跑路 is quitting
    ("我们是环卫外包公司的环卫工，一共四十来个，公司没给我们交社保", {"workers": 40, "flags": {"group"}}),
    ("老板偷偷把网点的三台面包车都卖了，仓库的货架也在往外搬", {"flags": {"moving_assets"}}),
    ("我想跑路换个工作，这边工资太低了", {"no_flags": {"moving_assets"}}),
    # 签了3年合同 is a signing; the day after 到期后 is not the expiry's; the expiry told later is
    ("2019年1月1日跟学校签了3年合同，到期后2022年1月1日又签了4年，去年12月31号合同到期，学校说不续了",
     {"contract_signed_date": date(2019, 1, 1), "end_date": date(2024, 12, 31)}),
    # an employer with a business licence, not a worker made to register as one
    ("店是有营业执照的个体户，老板手下还有5个师傅，我当学徒", {"flags": {"registered_business"}}),
    ("入职的时候让我在APP上注册了个体工商户，说我们是合作关系", {"no_flags": {"registered_business"}}),
    ("我跟着村里的木匠师傅当学徒", {"no_flags": {"registered_business"}}),
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
    ("现在10月和11月的工资（一个月6千）都还没发", {"flags": {"wage_owed"}}),
    # a duration in a rule heard of is not the worker's service
    ("从2010年7月干到现在16年多了。我听说干满15年、快退休的不能随便辞退？", {"tenure_months": D(193), "asks": {"is_legal"}}),
    ("听说公司要裁员，我干了10年了", {"tenure_months": D(120)}),
    # "his left hand" is no leaving; a machine that crushed it dates the injury; a grade told as a doctor's guess
    ("On 2 September a plate rolling machine crush his left hand and he lost two fingers. Doctor think disability maybe "
     "grade 7.", {"injury_date": date(2024, 9, 2), "end_date": None, "disability_grade": 7, "no_flags": {"left_job"}}),
    # a termination this year after a contract end still to come; 把我终止了 is the employer's; 来不及了 asks the limit
    ("劳动合同签到2026年6月30日。今年3月31号项目结束，机构就按这条把我终止了。都过去两个多月了，是不是已经来不及了？",
     {"end_date": date(2025, 3, 31), "flags": {"dismissed", "left_job"}, "no_flags": {"still_employed"},
      "asks": {"time_limit"}}),
    # pay in lieu of notice is no wages owed; English dismissal and questions told plainly
    ("HR say since I cant work they terminate my contract and pay one month salary instead of notice. Is this allowed? "
     "what can i ask?", {"flags": {"dismissed"}, "no_flags": {"wage_owed"}, "asks": {"is_legal", "how_much"}}),
    ("They owe me three months of wages", {"owed_months": D(3), "flags": {"wage_owed"}}),
    ("驾校教练，每天早上6点出车到晚上8点收车，一个月只休两天，月薪6000包干", {"weekday_overtime_hours": D("108.75")}),
    # 几十 / 上百 / 百来 count people, not an amount or hours (三百来块, 几十块钱, 上百个小时)
    ("有几次客人给现金我没入账，加起来三百来块，公司说我严重违纪把我开了", {"workers": None, "no_flags": {"group"}}),
    ("扣了我几十块钱，这合法吗", {"workers": None, "no_flags": {"group"}}),
    ("工地上百号人被欠薪", {"workers": 100, "flags": {"group"}}),
    ("几十号工友一起讨薪", {"workers": 20, "flags": {"group"}}),
    ("我们40多人一起去讨薪", {"workers": 40, "flags": {"group"}}),
    ("我们二十几个都没拿到钱", {"workers": 20, "flags": {"group"}}),
    ("我们班组12个人", {"workers": 12, "flags": {"group"}}),
    ("我和3个工友", {"workers": 4, "no_flags": {"group"}}),  # the worker and three others
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
    ("上个月剖腹产生了双胞胎", {"babies": 2, "flags": {"difficult_birth", "maternity_leave"}}),
    ("I gave birth to triplets by C-section", {"babies": 3, "flags": {"difficult_birth"}}),
    ("顺产生了一个女儿", {"babies": None}),
    ("这几天压力大到真想一死了之", {"flags": {"self_harm"}}),
    ("逼得我想跳河", {"flags": {"self_harm"}}),
    ("月薪6500，9月和10月两个月工资都没发", {"owed_months": Decimal(2), "monthly_wage": Decimal(6500)}),
    ("签了5年服务期，现在服务期刚满2年", {"service_period_months": Decimal(60), "service_served_months": Decimal(24)}),
    ("2018年10月签第一份三年合同，2021年10月续签了第二份五年的", {"start_date": date(2018, 10, 1)}),
    ("I worked as a picker in a warehouse in Ningbo from January 2023. They never paid social insurance for me.",
     {"start_date": date(2023, 1, 1), "flags": {"no_social_insurance"}}),
    ("full-time with a labour contract since April 2023, salary 15k a month", {"start_date": date(2023, 4, 1)}),
    ("I worked as a technician for a hotel chain from March 2022 until I resigned on 30 September 2026",
     {"start_date": date(2022, 3, 1), "end_date": date(2026, 9, 30), "contract_signed_date": None}),
    ("公司一直给我交着生育保险，我月薪6000", {"flags": {"maternity_insured"}}),
    ("I started on 1 March 2024, never had a contract, and quit on 31 October", {"flags": {"no_written_contract"}}),
    # a day the employer set for signing or answering is not a day of the job (no time limit runs from it)
    ("厂里贴通知，不愿意去的在12月10号前签“自愿离职申请”", {"end_date": None}),
    ("HR told us to sign the voluntary resignation form by 10 December", {"end_date": None}),
    # an offer withdrawn before the first day: no labour relation began
    ("offer都发了，入职前一天HR通知岗位取消了", {"flags": {"not_started"}}),
    ("Last Friday HR emailed me that the offer is withdrawn, my start date was 1 December", {"flags": {"not_started"}}),
    ("He has been hospitalized for three weeks", {"hospital_days": 21, "flags": {"hospitalized"}}),
    ("手指被机器轧断了", {"flags": {"amputation", "injured"}}),
    ("腿摔骨折了", {"flags": {"fracture", "injured"}}),
    ("头被砸了，脑震荡", {"flags": {"head_injury", "injured"}}),
    ("查出了尘肺病", {"flags": {"occupational_disease"}}),
    ("单位组织职业病体检", {"no_flags": {"occupational_disease"}}),
    ("下班路上被车撞了", {"flags": {"commuting", "injured"}}),
    ("上班路上被小轿车追尾了，交警定的对方全责", {"flags": {"commuting", "not_own_fault"}}),
    ("下班走路回家自己摔了一跤", {"no_flags": {"not_own_fault"}}),
    ("On my way home a car hit me, the other driver was fully responsible",
     {"flags": {"not_own_fault"}, "no_flags": {"violence"}}),
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
    # an intern is a word, not a part of "internet" or "international"
    ("I'm a backend engineer at an internet company in Beijing", {"no_flags": {"student_intern"}}),
    ("I am an intern at a bank, still at university", {"flags": {"student_intern"}}),
    # the consequence of a condition is not a fact: 补不上的话大家就一起辞职
    ("让公司把社保补上，补不上的话大家就一起辞职要补偿", {"flags": {"quitting"}, "no_flags": {"resigned", "left_job"}}),
    # a resignation asked about is not one made; one made is
    ("我不想再等了想马上走人。我现在直接辞职能拿到经济补偿吗？", {"flags": {"quitting"}, "no_flags": {"resigned", "left_job"}}),
    ("辞职的话有没有补偿", {"flags": {"quitting"}, "no_flags": {"resigned", "left_job"}}),
    ("我辞职了，能拿补偿吗", {"flags": {"resigned", "left_job"}}),
    ("公司能不能辞退我", {"no_flags": {"dismissed"}}),
    ("不用住院", {"no_flags": {"hospitalized"}}),
    ("I was not injured", {"no_flags": {"injured"}}),
    ("老板没有拖欠工资", {"no_flags": {"wage_owed"}}),
    # who, the state of the job, body and family
    ("我在雇主家做住家保姆", {"flags": {"household_employer"}}),
    ("我是家政公司的员工，公司派我去客户家做保洁", {"no_flags": {"household_employer"}}),
    ("我在北京给一户人家做住家保洁带做饭，女主人上周说不用来了", {"flags": {"household_employer"}}),
    ("我今年64了，2022年从厂里正式退休，每月领2800退休金，后来在小区当保安", {"flags": {"retired_pensioner"}}),
    ("入职时签了自愿放弃社保声明，每个月多给300块“社保补贴”。现在我想辞职，月工资7000", {"monthly_wage": D(7000)}),
    ("店长两次拿合同让我签，我嫌提成低，就一直拖着没签，店长催了好几次，我都回“再看看”", {"flags": {"refused_to_sign"}}),
    ("我是会计，工作11年了（前7年在别的单位），在这家干了4年，月薪8700", {"work_months": D(132), "tenure_months": D(48)}),
    # a weekday of this week or last (TODAY is Sunday 2025-06-15): 这周一 is 06-09, 上周五 06-06, each a day told exactly
    ("上个月查出怀孕8周，这周一发了个通知说按不胜任解除合同", {"end_date": date(2025, 6, 9)}),
    ("上周五被开除了", {"end_date": date(2025, 6, 6)}),
    # the same end told again without its year is not a past one (TODAY is 2025-06-15)
    ("场里说我明年1月就满60岁了，到时候合同自动终止，让我1月走人", {"end_date": date(2026, 1, 1)}),
    ("it is only paying me my basic salary of 4,000 a month (my normal pay is 12,000)", {"monthly_wage": D(12000)}),
    ("工资4500“包干”，合同里写着“含加班费”", {"flags": {"wage_includes_overtime"}}),
    ("加班费另算，月薪4500", {"no_flags": {"wage_includes_overtime"}}),
    # a resignation paper put to her is no end of the job (上个月 is when she told the supervisor)
    ("怀孕4个月了。上个月告诉主管后领导就开始找茬，这周让我签一份《个人申请离职书》", {"no_flags": {"left_job"}}),
    ("They kept promising to sort out my work permit, but I'm still on an F visa.", {"flags": {"foreigner"},
                                                                                  "no_flags": {"work_permit"}}),
    ("我明年正式退休，厂里说要提前让我回家", {"no_flags": {"retired_pensioner"}}),
    ("我2030年退休，现在厂里要裁我", {"no_flags": {"retired_pensioner"}}),
    ("我在一家公司上班，给人家做保洁", {"no_flags": {"household_employer"}}),
    ("在美团送外卖", {"flags": {"platform_worker"}}),
    ("我是劳务派遣工", {"flags": {"dispatched"}}),
    ("还在干", {"flags": {"still_employed"}, "no_flags": {"left_job"}}),
    ("我还没离职", {"flags": {"still_employed"}, "no_flags": {"left_job"}}),
    # the contract ran out and the work went on: the job has not ended, so no time limit since leaving runs
    ("合同今年9月30号就到期了，公司没提续签，我就照常上班到现在", {"flags": {"still_employed", "contract_expired"},
                                                   "no_flags": {"left_job"}}),
    ("My contract expired in June but I kept working there until now", {"flags": {"still_employed"},
                                                                        "no_flags": {"left_job"}}),
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
    # a working day told by the clock, less the meal break (an hour when none is told); six days a week, the sixth as
    # long as the others ("every day" is every day worked)
    ("实际每天早8点到晚9点，中间吃饭1小时，一周干6天", {"weekday_overtime_hours": D(87), "restday_overtime_hours": D("52.2")}),
    # half hours on the clock (8点到7点半 less 半小时 is 11), Monday to Saturday alike
    ("每天早上8点上到晚上7点半，中午吃饭半小时不算，周一到周六都上，周日休息",
     {"weekday_overtime_hours": D("65.25"), "restday_overtime_hours": D("47.85")}),
    # 早9晚9 with two breaks of an hour, six days; 一周干6天 is no tenure of six days
    ("我们组实行996，早9晚9，中午和晚上各歇1小时，一周干6天，已经快一年了",
     {"weekday_overtime_hours": D("43.5"), "restday_overtime_hours": D("43.5"), "tenure_months": None}),
    # a statutory holiday worked is counted at the day's own length; rest days worked as long as the day told
    ("一天上12个小时（早8点到晚8点），一个月休4天。今年国庆10月1号到3号三天我都上班了",
     {"holiday_overtime_hours": D(36), "restday_overtime_hours": D(56)}),
    # a night shift past midnight, seven days a week; shifts and weekly totals in English; a total so far
    ("每天晚上8点播到凌晨4点，一周7天都得播，已经连续两个月一天没休过了", {"restday_overtime_hours": D("69.6")}),
    ("We've been doing 12-hour day shifts with no real break, 5 days a week, so 60 hours a week",
     {"weekday_overtime_hours": D(87)}),
    ("我今年到现在工作日晚上加了大概60个小时，调休一天都没批过", {"weekday_overtime_hours": D(60)}),
    # leave not allowed at all; a start told as 开始在这干的 or "worked … since"
    ("今年公司一天年假都没让我休，说仓库忙走不开", {"leave_taken_days": D(0)}),
    ("我是养老院的护理员，2018年9月开始在这干的，每月4800", {"start_date": date(2018, 9, 1)}),
    ("I've worked at a logistics warehouse in Suzhou since 1 April 2020.", {"start_date": date(2020, 4, 1)}),
    ("工作时间8:00-21:00，午休1小时", {"weekday_overtime_hours": D(87)}),
    ("早上7点干到晚上10点，吃饭半小时", {"weekday_overtime_hours": D("141.38")}),
    ("晚上8点到早上8点，中间休息1小时", {"weekday_overtime_hours": D("65.25")}),
    ("我们上班时间是9点到6点", {"weekday_overtime_hours": None}),
    ("下午3点到晚上11点", {"weekday_overtime_hours": None}),
    # the Saturday is worked as long as the other days (10 h × 4.35 Saturdays), not 8 h
    ("实际每周上6天、每天10个小时", {"weekday_overtime_hours": D("43.5"), "restday_overtime_hours": D("43.5")}),
    ("周一到周五每天干11个小时，周六也要干一整天11个小时，从来没补休", {
        "weekday_overtime_hours": D("65.25"), "restday_overtime_hours": D("47.85")}),
    # a layoff's last day told ahead (说11月30号就走人), a planned last day (打算干到11月30号就走), a past one stays past
    ("公司6月10号才通知，说6月30号就走人", {"end_date": date(2025, 6, 30)}),
    ("我打算干到6月30号就走", {"end_date": date(2025, 6, 30), "flags": {"quitting"}}),
    ("6月3号就走人了，到现在工资也没结", {"end_date": date(2025, 6, 3)}),
    # walking out of an interview in anger (我气得当场走了) is no death; dying on the spot is
    ("面试官问我打不打算两年内生孩子，我气得当场走了", {"no_flags": {"death"}}),
    ("工友在工地从脚手架上摔下来，当场就没了，老板说赔20万", {"flags": {"death"}}),
    # a death told as an accident and 没了; 出事没了工作 is a lost job
    ("我爸在工地出事没了，老板说给20万签个协议就两清", {"flags": {"death"}}),
    ("厂里出了事故人没了，家属还没拿到钱", {"flags": {"death"}}),
    ("公司出事没了工作，工资也没结", {"no_flags": {"death"}}),
    # fewer than ten claiming are no group claim, whatever the whole factory does; a staff's size is no claim's count
    ("8月15号起厂里说订单没了全厂停工放假，我们车间8个人都回家待着，10月份开始每个月只打了1500块生活费",
     {"workers": 8, "no_flags": {"group"}}),
    ("Last Friday HR told nine of us (out of about 150 staff) that our positions are eliminated",
     {"no_flags": {"group"}}),
    ("全厂300多人都被欠了三个月工资，我们想一起去仲裁", {"workers": 300, "flags": {"group"}}),
    # the average monthly pay (commission included) over a base pay; an English average salary told far from the
    # amount; a termination notice and 把我们都辞了 are dismissals
    ("公司配车、排班，每月底薪3000加提成。我干了1年9个月，平均每月到手7200。", {"monthly_wage": D(7200)}),
    ("my average monthly salary over the last 12 months is RMB 20,000.", {"monthly_wage": D(20000)}),
    ("On 13 November the company handed me a termination notice saying I'm not competent", {"flags": {"dismissed"}}),
    ("今年4月28号公司说车队解散，把我们都辞了，一分补偿没给", {"flags": {"dismissed"}}),
    # several months' pay in one sum is not the monthly wage; a duty allowance paid for holiday work
    ("给了我3个月工资16800当补偿。我在那干了2年8个月，月薪5600", {"monthly_wage": D(5600)}),
    ("国庆10月1号到7号全在上班，医院就多给了300块“值班费”", {"overtime_paid": D(300)}),
    ("培训费加差旅一共2万（都有发票），服务期3年，违约金写的是5万", {"training_cost": D(20000), "agreed_penalty": D(50000)}),
    ("一天干10个小时", {"weekday_overtime_hours": D("43.5")}),
    ("一个月就休2天", {"restday_overtime_hours": D("53.33")}),
    ("每天睡5个小时", {"weekday_overtime_hours": None}),
    ("春节上班了16小时", {"holiday_overtime_hours": D(16)}),
    # statutory holiday days worked, by date or by name with a count: only the statutory days (国庆 3, 五一 2)
    ("今年国庆10月1、2、3号三天厂里让我们全上班了", {"holiday_overtime_hours": D(24)}),
    ("10月1日到3日都在值班", {"holiday_overtime_hours": D(24)}),
    ("国庆7天全上了，一天没休", {"holiday_overtime_hours": D(24)}),
    ("五一那两天都在加班", {"holiday_overtime_hours": D(16)}),
    ("My boss made me work on October 1, 2 and 3 this year", {"holiday_overtime_hours": D(24)}),
    ("I worked the three days of National Day", {"holiday_overtime_hours": D(24)}),
    # English: a contract never given, an injury told by what happened
    ("They never gave me any written contract", {"flags": {"no_written_contract"}}),
    ("我预产期是下个月，生孩子的费用还能报吗", {"flags": {"pregnant"}}),
    ("我在雇主家当住家保姆，照顾瘫痪在床的老太太", {"no_flags": {"disability"}}),
    ("工厂说有business difficulties要裁员", {"no_flags": {"hospitalized"}}),
    ("On 10 May 2025 a forklift ran over his right foot", {"injury_date": date(2025, 5, 10)}),
    ("国庆没加班，在家休息", {"holiday_overtime_hours": None}),
    ("我10月1号入职的", {"holiday_overtime_hours": None}),
    ("工资每月5号发，10月3号发了一半", {"holiday_overtime_hours": None}),
    # question kinds
    ("公司这样扣工资合法吗", {"asks": {"is_legal"}}),
    ("我能不能要求双倍工资", {"asks": {"can_i"}}),
    ("应该给我多少补偿", {"asks": {"how_much"}}),
    ("经济补偿怎么算", {"asks": {"how_much"}}),
    # whether a time limit has run: answered by the worker's own limit, first
    ("有人说已经过了一年时效了，是这样吗？", {"asks": {"time_limit"}}),
    ("离职快一年了，现在还能去仲裁要吗", {"asks": {"time_limit"}}),
    ("Is it too late to claim my unpaid wages?", {"asks": {"time_limit"}}),
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
    # Held-out 26's reading: 不干的 and 说不要我了 end the job on the day before them; 就离职了 a few days ahead is the
    # leaving to come (a day long past stays past); the employer's count of the months (说我才干了5个月) is not the tenure.
    ("我是今年1月5号不干的，车主还欠我三个月工资21000，一直说等运费结了再给", {"end_date": date(2025, 1, 5),
                                                                             "flags": {"left_job"}}),
    ("去年12月15号B公司说不要我了，一分钱没给", {"end_date": date(2024, 12, 15), "flags": {"dismissed"}}),
    ("今年一天年假都没休过，6月20号我就离职了。没休的年假能折多少钱？", {"end_date": date(2025, 6, 20)}),
    ("他3月8号就离职了，我想问问他的社保", {"end_date": date(2025, 3, 8)}),
    ("用我表姐的身份证进了鞋厂，一直干到今年2月26号走的，最后两个月工资没给",
     {"end_date": date(2025, 2, 26), "flags": {"left_job", "borrowed_identity"}, "no_flags": {"still_employed"}}),
    ("厂里扣着我的身份证不让我走", {"no_flags": {"borrowed_identity"}}),
    # an English training bond: what the training cost and the penalty asked are no wage; the bond is a service period
    ("The airline sent me on a training program that cost 80,000 yuan, and I signed a 5-year service agreement. "
     "HR says I must pay the full 80,000 as liquidated damages",
     {"training_cost": Decimal("80000.00"), "agreed_penalty": Decimal("80000.00"), "monthly_wage": None,
      "flags": {"service_period"}}),
    ("The day my medical period ended they handed me a termination notice", {"flags": {"sick_leave"}}),
    ("HR handed me a termination letter effective the same day after a restructuring", {"no_flags": {"sick_leave"}}),
    # a dormitory accident is told with the dormitory; a smoking break on the premises is not one
    ("下班后在员工宿舍洗澡滑倒摔伤", {"flags": {"in_dormitory"}}),
    # whether what someone else said holds (the rule's own yes or no is not the answer to it)
    ("HR says foreigners don't need to pay into Chinese social insurance. Is that true?", {"asks": {"heard_claim"}}),
    ("主管说外国人不受劳动法保护，是真的吗", {"asks": {"heard_claim"}}),
    ("我在杭州一家房产中介做经纪人，干了3年，月均1万。", {"monthly_wage": Decimal("10000.00")}),
    ("月均加班60小时，月薪6000", {"monthly_wage": Decimal("6000.00")}),
    ("公司这样扣钱合法吗", {"no_asks": {"heard_claim"}}),
    # a death after more than 48 hours of treatment (no deemed work injury), not one within them
    ("上周四夜班时突然倒地，送进ICU抢救，周日晚上人还是没了，前后三天左右", {"flags": {"died_after_48h", "death"}}),
    ("在单位突然心梗送医院 抢救了好几天才去世", {"flags": {"died_after_48h"}}),
    ("My father fell ill at work and died five days later in hospital", {"flags": {"died_after_48h"}}),
    ("送医院抢救了20个小时没了", {"no_flags": {"died_after_48h"}}),
    ("干活时摔伤了腿，住院5天，现在出院了", {"no_flags": {"died_after_48h"}}),
    ("他在车间被机器压了，送进ICU抢救了三天还是没了", {"flags": {"work_accident"}, "no_flags": {"died_after_48h"}}),
    ("中午三十八九度还让干，我中暑晕倒了，医院说是热射病", {"flags": {"heatstroke"}}),
    ("鞋厂把我退回派遣公司，派遣公司说\"没活了你自己找\"，从那以后一分钱没给我", {"flags": {"dismissed"}}),
    ("老公加班到凌晨突发心梗 送到医院抢救不到一天就走了", {"no_flags": {"died_after_48h"}}),
    # pay short or late is pay owed (the rule on quitting over it requires it); a shop closing with no pay owed is not
    ("老板每个月都少发工资 我要走", {"flags": {"wage_owed", "quitting"}}),
    ("店长开会说公司资金紧张，10月和11月工资\"缓发\"，等明年春节前一起发", {"flags": {"wage_owed"}}),
    ("They keep paying me late and short, do I need to give 30 days' notice to leave?", {"flags": {"wage_owed"}}),
    ("老板说生意不好下个月关门不开了，让我们直接走。个体户关门也要给补偿吗", {"no_flags": {"wage_owed"}}),
    ("工间休息去厂区吸烟点抽根烟，地上有油滑倒把脚崴了", {"no_flags": {"in_dormitory"}}),
    ("I got the job using my cousin's ID card and now they won't pay me", {"flags": {"borrowed_identity"}}),
    # a promise to pay by a day (年底前一定给你) owns the debt: the limitation runs again from it
    ("去年3月底离职，老板欠我1万6。去年12月20号老板在微信上说\"年底前一定给你\"，后来又没动静了",
     {"demand_date": date(2024, 12, 20), "end_date": date(2024, 3, 31)}),
    ("2023年9月1号入职A公司，去年12月15号说不要我了，说我在B才干了5个月。工龄能连着算吗",
     {"tenure_months": None, "start_date": date(2023, 9, 1), "end_date": date(2024, 12, 15)}),
    # a cotton gin or a rolling mill is no accident (轧 as 轧伤, 被…轧 only)
    ("我们今年3月1号到一个轧花厂干活，包工头欠我们工资", {"injury_date": None, "no_flags": {"injured"}}),
    ("3月1号右手被机器轧了", {"injury_date": date(2025, 3, 1), "flags": {"injured"}}),
    # a leaving day the worker means to take, told after 想 opening a clause: still to come
    ("现在我真的干不下去了，想7月1号走", {"end_date": date(2025, 7, 1), "flags": {"still_employed"},
                                  "no_flags": {"left_job"}}),
    # a rule heard of resigning (听说自己辞职啥补偿都没有) is no resignation made
    ("工资两个月没发，我想走，可听说自己辞职啥补偿都没有？", {"flags": {"quitting"}, "no_flags": {"resigned", "left_job"}}),
    # a termination agreement offered to sign (拿了份协商解除协议让我签) ends nothing on the day it was offered
    ("上个礼拜厂里说要优化，拿了份协商解除协议让我签，我还没签字", {"end_date": None, "no_flags": {"left_job"}}),
    # the worker's own symptoms after the exposure, the disease asked about: a suspected occupational disease
    ("石材厂干了六年，粉尘很大，这半年老是咳嗽，爬两层楼就喘。我这会不会是矽肺啊", {"flags": {"occupational_disease"}}),
    ("听说石材厂粉尘大容易得矽肺，我现在没什么症状", {"no_flags": {"occupational_disease"}}),
    # a beating threatened is no fracture; threats, papers taken and no way off the site are forced labour
    ("老板把身份证都收了，说怕我们跑，还说谁敢偷偷走就找人打断腿，渔排上没有他的船我们根本上不了岸",
     {"flags": {"forced_labour", "threat"}, "no_flags": {"fracture", "injured"}}),
    ("被人打断了两根肋骨，住院了", {"flags": {"fracture"}}),
    # held by force, not only papers kept: the forced-labour rule comes first for the one, not for the other
    ("老板把身份证收走了，说怕我跑了。谁敢偷偷走就找人打断腿", {"flags": {"held_by_threats", "forced_labour"}}),
    ("老板把我身份证收走了，说怕我跑了。他说下次再出错让我赔到倾家荡产", {"no_flags": {"held_by_threats", "forced_labour"}}),
    ("老板把我身份证收了说干满一年才还，宿舍晚上锁门不让出去", {"flags": {"held_by_threats"}}),
    ("他们不给身份证，宿舍门口晚上还有保安看着不让我们出去", {"flags": {"held_by_threats"}}),
    # papers kept till a year is served, the worker free to come and go, asking whether they may be held: no confinement
    ("进厂时身份证说要统一保管就收走了，人倒是可以自由进出厂，厂里说干满一年才还。我不干了他们能不让我走吗？",
     {"no_flags": {"forced_labour"}}),
    # a permit got later is a permit held
    ("I started on a tourist visa and finally got my work permit on 10 March 2025", {"flags": {"work_permit"}}),
    # a rider on a labour contract with the company is no platform worker to be told whether they are an employee
    ("我在一个同城急送的骑手公司干了两年，合同是跟公司签的，有底薪", {"no_flags": {"platform_worker"}}),
    ("我在美团跑外卖，跟平台签的是合作协议", {"flags": {"platform_worker"}}),
    # the season ended and the workers were sent off (叫我们走了): the last day
    ("7月1号去食品厂上班，没签合同。9月30号活做完就叫我们走了", {"end_date": date(2024, 9, 30), "flags": {"left_job"}}),
    # a week of seven days worked, however it is said (一个星期7天都不歇), and the weeks told as a share of months
    ("每天早上6点干到晚上6点，中午歇1个钟头，一个星期7天都不歇。从3月3号到5月25号整整12个礼拜，一天假都没放",
     {"weekday_overtime_hours": Decimal("65.25"), "restday_overtime_hours": Decimal("95.7"),
      "overtime_months": Decimal("2.76")}),
    # two months told as a pair (7、8月) or as 俩月, with not a day off in them: both rest days of every week, two months
    ("7、8月旺季天天早6点干到晚6点，中午歇一个钟头，俩月一天没歇。一个月固定5000",
     {"weekday_overtime_hours": Decimal("65.25"), "restday_overtime_hours": Decimal("95.7"),
      "overtime_months": Decimal("2")}),
    ("7、9月每天都加班3个小时", {"overtime_months": None}),
    # the golden week worked end to end is its 3 statutory days and 4 rest days, no working day among them
    ("国庆7天一天没休，天天早上8点干到晚上10点（中间吃饭歇两个钟，实际干12个小时）",
     {"weekday_overtime_hours": None, "restday_overtime_hours": Decimal("48"), "holiday_overtime_hours": Decimal("36")}),
    # a day's two ends told apart in English
    ("I clock in at 10am and out at 9pm with a one-hour lunch, Monday to Saturday",
     {"weekday_overtime_hours": Decimal("43.5"), "restday_overtime_hours": Decimal("43.5")}),
    # a wage told without its overtime is no overtime told
    ("My monthly base pay is RMB 12,000 (overtime excluded). HR says my unused leave is forfeited",
     {"no_flags": {"overtime"}}),
    ("月薪5000（不含加班费），今年年假一天没休", {"no_flags": {"overtime"}}),
    ("HR says there's no overtime pay at all, I work 10am to 9pm", {"flags": {"overtime"}}),
    # one stormy weekend's and one Friday's hours, not every working day's; every weekend's when told so
    ("上周五（11月20号）到周日下大暴雪，周五正常8小时干完又连着干了6个钟头，周六周日每天干14个钟头",
     {"weekday_overtime_hours": Decimal("6"), "restday_overtime_hours": Decimal("28")}),
    ("每个周末周六周日每天干10个小时", {"weekday_overtime_hours": None, "restday_overtime_hours": Decimal("87")}),
    # the employer ending the worker's agreement, told in English; a job's first day after an earlier sentence
    ("On 20 May they emailed me that they're ending it on 31 May.", {"flags": {"dismissed"}}),
    ("I hold a work permit. Since 1 March 2024 I've worked full-time on their turbines.",
     {"start_date": date(2024, 3, 1)}),
    # part-time in the employer's words only, a fixed monthly base paid all the same
    ("老板说我是“兼职飞手”按场结算。其实每个月固定给4000底薪，再加每场600，排班都听队长的", {"no_flags": {"part_time"}}),
    ("我是兼职，每天下午来4个小时，按小时算钱", {"flags": {"part_time"}}),
    # the month's pay told with the allowance in it (工资一共6000) is the wage, no wages owed; a total of unpaid months is owed
    ("签了自愿放弃社保承诺书，每个月多给600块补贴，工资一共6000", {"monthly_wage": Decimal("6000.00"), "amount_owed": None,
                                                "no_flags": {"wage_owed"}}),
    ("老板欠我3个月工资一共18000", {"amount_owed": Decimal("18000.00"), "flags": {"wage_owed"}}),
    # one month's pay as it came out (10月算下来一共11800), commission and all: the wage the unpaid months count on, no total owed
    ("10月和11月工资都没发，我底薪5000加课时提成，10月算下来一共11800", {"monthly_wage": Decimal("11800.00"),
                                                      "amount_owed": None, "flags": {"wage_owed"}}),
    ("从3月到10月算下来一共欠我11800", {"amount_owed": Decimal("11800.00")}),
    # a hospital stay the boss says is needed is no stay had
    ("手腕扭伤，门诊处理了。老板说上厕所受伤不算工伤，还说要住院才算工伤", {"no_flags": {"hospitalized"}}),
    ("摔伤了腿，住院5天", {"flags": {"hospitalized"}}),
    # the golden week's later days named as worked (4号5号放假那两天也干了): rest days, beside the statutory three
    ("国庆10月1号到3号都让我们下地授粉，4号5号放假那两天也干了。现在场里说给调休两天就算了",
     {"holiday_overtime_hours": Decimal("24"), "restday_overtime_hours": Decimal("16")}),
    ("国庆1号到3号都加班了，4号到7号也照样上", {"restday_overtime_hours": Decimal("32")}),
    ("国庆1号到3号都加班了", {"restday_overtime_hours": None}),
    ("10月1号、2号、3号我都上班了，后面4号到7号也上了两天", {"restday_overtime_hours": Decimal("16")}),
    ("HR让我签了个协商解除协议，给了半个月工资的补偿", {"flags": {"leaving_paper_signed"}}),
    # asked whether it is too late, and what a lawsuit costs
    ("是不是已经晚了？打官司要花很多钱吗？", {"asks": {"time_limit", "cost"}}),
    # the month's pay told, then nothing of it paid (到现在一分没发)
    ("10月工资每人4500，按说11月15号发，到现在一分没发", {"flags": {"wage_owed"}}),
    ("押金一分没退", {"no_flags": {"wage_owed"}}),
    # road works for a road-and-bridge contractor
    ("给一条市政路划标线，活是路桥公司包下来再分给我们孙老板的", {"flags": {"construction"}}),
    # whether a clause binds, asked in English
    ("My contract says I can't carve jade for any workshop in Yunnan for 2 years. Is this binding if I switch?",
     {"asks": {"is_legal"}}),
    # the employer's terms (签了字就两清) are no paper signed; a signature told as given is
    ("厂里一直拖着不报工伤，说给我3万私了，签了字就两清", {"no_flags": {"leaving_paper_signed"}}),
    ("我签了协议就走了", {"flags": {"leaving_paper_signed"}}),
    # a diagnosis told as the clinic's act, in English
    ("I got decompression sickness and an occupational disease clinic diagnosed it on Nov 10, 2024.",
     {"flags": {"disease_diagnosed", "occupational_disease"}}),
    # a training's fees told as 学费 the employer paid to send the worker; a service period told from its first day; the
    # training agreement signed is no leaving paper
    ("琴行出9000块学费送我去外面的调律学校学了一个月，有发票，签了协议，服务期从2024年4月1号算3年，提前走要赔3万违约金",
     {"training_cost": Decimal("9000.00"), "agreed_penalty": Decimal("30000.00"), "service_period_months": Decimal("36"),
      "no_flags": {"leaving_paper_signed"}}),
    ("公司给了2万补偿，我签了协议", {"flags": {"leaving_paper_signed"}}),
    # shut in at night and kept by a threat to call the police, in English: held by threats
    ("No work permit. The manager keeps my passport, locks our dorm at night and says if I leave he'll call police.",
     {"flags": {"forced_labour", "held_by_threats"}}),
    ("The manager keeps my passport for visa processing. I can go out whenever I like.", {"no_flags": {"held_by_threats"}}),
    # an age told after 今年 before a comma (我今年58，在这家公司连续干了17年): near a man's retirement
    ("我今年58，在这家公司连续干了17年，月工资4000", {"flags": {"near_retirement"}}),
    ("我今年55，女的，在厂里干了10年", {"no_flags": {"near_retirement"}}),
    # the month's average told by what it comes to (平均能拿5000) is the wage over the base; pay short of what it should be
    ("每月保底3000加提成，平均能拿5000左右", {"monthly_wage": Decimal("5000.00"), "no_flags": {"pay_shortfall_told"}}),
    ("合同上写的工资是4500 实际到手只有3800", {"flags": {"pay_shortfall_told"}}),
    ("My contract says 6,000 a month but they pay me only 5,000", {"flags": {"pay_shortfall_told"}}),
    # an English span worked with no "from" (Dec 2023 to Mar 31 2024), a work and residence permit, pay that never came
    ("NZ ski instructor, worked at a Chongli (Hebei) resort Dec 2023 to Mar 31 2024 with a valid work and residence permit. "
     "March pay never came.", {"start_date": date(2023, 12, 1), "end_date": date(2024, 3, 31),
                               "flags": {"foreigner", "work_permit", "left_job", "wage_owed"}}),
    # a farm household's land named as its own (胶林是他家自己承包的), farm work for a village household
    ("我在勐腊帮村里一户人家割胶，胶林是他家自己承包的，说好胶水卖了钱四六分", {"flags": {"craft_or_farm_employer"}}),
    ("给承包了甘蔗地的老黄砍甘蔗，他就是个人，没有公司", {"flags": {"craft_or_farm_employer"}}),
    ("帮村里一户人家打扫卫生带孩子", {"no_flags": {"craft_or_farm_employer"}}),
    # a loss laid on the worker and taken from the wages: the sum taken each month and the loss claimed
    ("死了一塘虾，老板说是我巡塘不到位，要我赔1万，从这个月开始每月从工资扣2000直到扣完",
     {"flags": {"caused_loss"}, "deduction": Decimal("2000.00"), "loss_claimed": Decimal("10000.00")}),
    ("辞职的话要我赔两个月工资的违约金", {"no_flags": {"caused_loss"}}),
    # hurt on a break at the workplace, against hurt in the task itself and hurt at home
    ("活干到一半去店里厕所，地上有水滑了一跤，右手腕扭伤", {"flags": {"on_a_break", "injured"}}),
    ("I slipped in the staff toilet during my shift and broke my wrist", {"flags": {"on_a_break", "fracture"}}),
    ("午休时在公司食堂打饭滑倒摔伤了", {"flags": {"on_a_break"}}),
    ("搬货的时候摔伤了腰，住院了", {"no_flags": {"on_a_break"}}),
    ("在家上厕所的时候摔伤了腰", {"no_flags": {"on_a_break"}}),
    ("车间的厕所太少了，每次都要排队", {"no_flags": {"on_a_break"}}),
    ("搬货时摔伤了腰，医生说要住院观察几天", {"flags": {"hospitalized"}}),
    # held-out 52: the employer's word that the worker cannot do the job, against ranking last
    ("今年8月1号经理突然说我“业绩不好”，当天就让我走", {"flags": {"unfit_alleged", "dismissed"}}),
    ("I failed a performance review and was told to leave next month", {"flags": {"unfit_alleged"}}),
    ("公司搞末位淘汰，我排最后一名就被辞退了", {"no_flags": {"unfit_alleged"}}),
    # the wage base before leaving is no leaving planned
    ("当天就让我走，一分补偿没给。我离职前12个月平均工资6500", {"no_flags": {"quitting"}}),
    ("我想离职，公司不批", {"flags": {"quitting"}}),
    # a herding household's own grassland
    ("我在那曲给一家牧民放牦牛，就是他们家自己承包的草场，口头说好一个月4500", {"flags": {"craft_or_farm_employer"}}),
    ("我在阿拉善左旗一家驼奶公司的牧场放骆驼、挤驼奶，签了合同", {"no_flags": {"craft_or_farm_employer"}}),
    # a threat against a claim not yet brought is no award challenged; where to go and what it costs, asked
    ("我想申请劳动仲裁，该去阿拉善还是去呼和浩特？要不要交钱？老板放话说我敢去仲裁就告我偷了他两峰骆驼",
     {"no_flags": {"award_challenged"}, "asks": {"where", "cost"}}),
    ("仲裁裁决下来了，老板放话说要去法院告，不服裁决", {"flags": {"award_challenged"}}),
    # a demand told with no object, its clause ending there: the limitation interrupted that day
    ("2024年8月31号不干了，老板给我打了张欠条。今年2月10号我微信找他要，他回了句'过完年再说'",
     {"demand_date": date(2025, 2, 10), "flags": {"wage_iou"}}),
    # the months of a wage told, then not paid
    ("工资9000，9月10月都没发。老板微信把我们全拉黑了", {"flags": {"wage_owed"}}),
    # a trade named with 打 (打磨) is no blow
    ("劳务派遣公司把我派到一家假肢厂做打磨，操作切割机的时候手指被切断了", {"no_flags": {"violence"}}),
    ("他把我按在地上打了一顿", {"flags": {"violence"}}),
    # a loss knocked over or ironed, and the sum taken for it
    ("倒车不小心把一托盘成品啤酒撞翻了，厂里说损失6000块，这个月工资直接扣了3000。月工资4800",
     {"flags": {"caused_loss"}, "deduction": Decimal("3000.00"), "loss_claimed": Decimal("6000.00")}),
    ("一个月4800。熨一件客人的皮衣熨坏了，老板先赔了客人，这个月工资4800一分没发，说全扣了，扣满8000为止",
     {"flags": {"caused_loss"}, "deduction": Decimal("4800.00"), "loss_claimed": Decimal("8000.00")}),
    # a training's cost told after being sent to learn, under a service period
    ("2025年12月1号公司送俺去济南考登高证、学光纤熔接，花了6000块（有发票），签了个服务期协议，服务期3年",
     {"training_cost": Decimal("6000.00")}),
    # the local minimum wage, heard of
    ("合同上写月工资4000'包含加班费'（我们这最低工资听说是2010）", {"minimum_wage": Decimal("2010.00")}),
    # insurance paid from one month to another: both months count
    ("失业保险从2022年3月一直交到2026年10月，差不多5年了", {"insured_months": Decimal("56")}),
    # the employer's condition is no dismissal done (not a time told before one)
    ("老板说不装就开除。他真能因为这个开除我？", {"no_flags": {"dismissed"}}),
    ("干了不到三个月就被开除了", {"flags": {"dismissed"}}),
    # an approved comprehensive-hours scheme, told by the worker, against one the employer only claims
    ("Our company has approval from the labour bureau for the 'comprehensive working hours' system, calculated by quarter",
     {"flags": {"comprehensive_hours", "scheme_approved"}}),
    ("公司说我们是综合工时，但从来没拿出过审批", {"flags": {"comprehensive_hours"}, "no_flags": {"scheme_approved"}}),
    # never having touched the formulas: no secret to keep
    ("我干灌装线操作工，就是看机器、上西林瓶，从来没碰过配方和工艺文件。合同里有一条竞业限制", {"flags": {"no_secret_access"}}),
    # a resignation on a paper put to sign is no leaving of one's own
    ("厂里知道后老板让我签个协议自愿离职，给5000块。我要不要签？", {"no_flags": {"resigned", "quitting"}}),
    # English: the date told first, then the work; a year after a month's name is no money
    ("Since 1 March 2024 I worked at the Hangzhou office, salary 11,000/month. They didn't pay September and October, so I "
     "resigned in writing on 10 November 2024 giving unpaid wages as the reason.",
     {"start_date": date(2024, 3, 1), "amount_owed": None}),
    # chat groups' size told in brackets is no claim's people; co-workers counted in a group are
    ("他把我身份证照片发到了三个骑手群里（加起来一千多人），还配字说我是贼", {"workers": None, "no_flags": {"group"}}),
    ("我们群里有二十多个工友都被欠薪了，想一起去仲裁", {"workers": 20, "flags": {"group"}}),
    # a certificate of employment is no foreigner's work permit
    ("医生要我找厂里开工作证明、拿车间检测报告去做职业病诊断", {"no_flags": {"work_permit"}}),
    ("I have a work permit and a residence permit", {"flags": {"work_permit"}}),
    # held-out 53: quitting told as 辞工; a household's own sea farm; the debt owned in a reply; half a year of it;
    # a death told at the end of the night's story
    ("10月31号我自己辞工了", {"end_date": date(2024, 10, 31), "flags": {"resigned"}}),
    ("老板是俺们村的老刘，他家承包了一片海搞养殖，没注册公司也没办执照，就他自己一家子", {"flags": {"craft_or_farm_employer"}}),
    ("公司承包了一片海域搞养殖，我在公司上班", {"no_flags": {"craft_or_farm_employer"}}),
    ("2024年8月31号离职的，今年5月20号老板还在微信里回我'知道欠你的，等这批蚝卖了就给'", {"demand_date": date(2025, 5, 20)}),
    ("离职前半年基本每个月有两个周六要上班，没有加班费也没补休。我月薪4800", {"overtime_months": Decimal("6")}),
    ("11月10号凌晨，他和搭档拉一车冻货去上海，在京沪高速一个服务区停车轮换休息，他在驾驶室后面的铺上睡觉，早上搭档叫他"
     "叫不醒，120来了说人已经没了，医生说是心源性猝死", {"injury_date": date(2024, 11, 10)}),
    ("11月20号下午他在车上送病人去高铁站的时候突然心脏骤停，送回医院又抢救了3个多小时，还是走了", {"injury_date": date(2024, 11, 20)}),
    # piece work, its pieces no money, meals of an hour and a half, a month's two days off told with where
    ("我们是计件的，一件校服上衣车工8毛钱，8月我一共做了9600件，工资拿了7680",
     {"flags": {"piece_rate"}, "amount_owed": None, "monthly_wage": Decimal("7680.00")}),
    ("不是计件的，按月拿工资5000", {"no_flags": {"piece_rate"}}),
    ("每天早上7点半做到晚上10点，中午晚上吃饭加起来一个半小时", {"weekday_overtime_hours": Decimal("108.75")}),
    ("每天干8小时，一个月只在两个礼拜天休了2天", {"restday_overtime_hours": Decimal("53.33")}),
    # an infectious-disease hospital is no rumour
    ("10月20号在传染病医院查出来是布鲁氏菌病，医生说跟天天接触羊有关", {"flags": {"occupational_disease"}}),
    ("听人传说干这个会得尘肺", {"no_flags": {"occupational_disease"}}),
    # a cut at the task is an accident at work; work spoilt in the making is a loss caused
    ("6月5号劈竹子的时候刀滑了，左手掌割了一道口子，缝了4针", {"flags": {"work_accident", "injured"}}),
    ("给客人刮胡子时剃刀一滑，把自己左手掌划了个口子", {"flags": {"work_accident"}}),
    ("最后一个月工资5200，老板又说我扎坏了一批灯笼扣1000", {"flags": {"caused_loss"}, "deduction": Decimal("1000.00")}),
    # a body handled as the work is no death at work; the worker's own death in the same trade is
    ("我是武汉一家殡葬服务公司的接运工，上周接到一个传染病人的遗体，公司不给防护服，让我直接去搬。主管说不服从安排就滚",
     {"no_flags": {"death"}}),
    ("我老公在殡葬公司上班，上周搬遗体的时候从车上摔下来，人没了", {"flags": {"death"}}),
    # held-out 54: a day's wage beside the month's is no monthly wage; rest days counted over three years are hours in
    # all (not 150 workers, not the 50 of 150); six weeks of overtime, two months named "7、8两个月", and "11、12月两个月"
    ("合同写日工资220（月薪4785），可从2023年1月到我走，每个礼拜六都要上班，从来没补休也没给过加班费。我照着打卡截图数了，一共150个周六。",
     {"monthly_wage": Decimal("4785.00"), "restday_overtime_hours": Decimal("1200"), "workers": None,
      "flags": {"overtime_total"}}),
    ("8月3号到9月13号中秋赶工这6个礼拜，每天早7点干到晚8点（中间吃饭1小时），一周7天不休", {"overtime_months": Decimal("1.38")}),
    ("合同写月工资4350，7、8两个月每周一到周六都上班，每天早9点到晚9点，中间休1小时，周日休。", {"overtime_months": Decimal(2)}),
    ("去年11、12月两个月工资一直拖着，老板一直说'年后结'", {"owed_months": Decimal(2)}),
    ("8、9、10月工资都没发", {"owed_months": Decimal(3)}),
    ("我是北京的配音演员，2025年3月1号起在朝阳区一家配音工作室干，没签合同", {"start_date": date(2025, 3, 1)}),
    ("我8月3号进诸暨大唐一家袜厂做质检，合同签一年，试用期写的3个月", {"start_date": date(2024, 8, 3)}),
    # the travel and lodging of a training are a cost of it (劳动合同法实施条例第十六条)
    ("公司送我去考无人机巡护执照，培训费6000、路费住宿1500，都有发票，签了服务期3年", {"training_cost": Decimal("7500.00")}),
    ("American here. Since 1 Mar 2025 I've dubbed full-time for a Shanghai studio: they got my work and residence permits, "
     "I clock in 10-6. My colleague on a tourist visa - can he claim too?", {"flags": {"work_permit"}}),
    # "还能要…吗" asks whether it is in time only when time gone by is told
    ("签了“旺季自愿加班、不要加班费”的承诺书。我10月10号辞职了，签了字还能要加班费吗？", {"no_asks": {"time_limit"}}),
    ("去年12月20号站长把我开了。这一年我找站长要说法他不理。现在还能告吗？", {"asks": {"time_limit"}}),
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
        elif key == "no_asks":
            assert not value & facts.asks, (text, facts.asks)
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
    # Meaning to quit, then dismissed: the later message says who ended the job.
    quit_first = extract_facts("工资拖了两个月，我想辞职", today=TODAY)
    dismissed = quit_first.merged(extract_facts("昨天公司直接把我辞退了，说是经营困难", today=TODAY))
    assert "dismissed" in dismissed.flags and "quitting" not in dismissed.flags


def test_dict_round_trip():
    facts = extract_facts("我在深圳，月薪8千，2024年3月1日入职，三十多个工友被欠薪，还能仲裁吗", today=TODAY,
                          places=load_vocabulary().place_to_province)
    assert Facts.from_dict(facts.to_dict()) == facts
    assert facts.to_dict()["monthly_wage"] == "8000.00"


def test_known_names_the_rule_facts():
    facts = extract_facts("月薪8000，干了3年", today=TODAY)
    assert facts.known() == {"monthly_wage": D("8000.00"), "tenure_months": D(36)}


@pytest.mark.parametrize("text, expected", [
    ("月薪８，０００元，２０２３年３月１日入职", {"monthly_wage": D(8000), "start_date": date(2023, 3, 1)}),
    ("干了１３年，离职１０个月了", {"tenure_months": D(156), "months_since_end": D(10)}),
    ("我们５０个人，老板一共欠了１２００万", {"workers": 50, "amount_owed": D(12000000)}),
    ("老板欠我们20亿", {"amount_owed": None}),
    ("月薪2千万", {"monthly_wage": None}),
    ("月薪8000，离职999999个月了", {"monthly_wage": D(8000), "months_since_end": None}),
])
def test_full_width_and_bounded_values(text, expected):
    facts = extract_facts(text, today=TODAY)
    for key, value in expected.items():
        assert getattr(facts, key) == value, (text, key, getattr(facts, key))


def test_stored_facts_that_no_longer_validate_are_dropped_not_raised(caplog):
    # What an earlier release (or a hand-edited row) may have stored: a duration past a working life, a
    # date that does not exist, numbers that are not numbers. Read back, they must not poison the
    # conversation: each is dropped (and named, without its value, in the log); the rest is kept.
    stored = {"flags": ["left_job", "no_such_flag"], "asks": ["how_much"], "language": "zh", "as_of": "2025-06-15",
              "monthly_wage": "8000.00", "tenure_months": "999999", "months_since_end": "NaN",
              "amount_owed": "1e309", "start_date": "2099-13-01", "end_date": "1800-01-01",
              "injury_date": "not a date", "workers": "Infinity", "disability_grade": "15",
              "hospital_days": [1, 2], "owed_months": "-3", "weekday_overtime_hours": "99999", "city": "深圳"}
    with caplog.at_level("WARNING", logger="knowledge.facts"):
        facts = Facts.from_dict(stored)
    assert facts == Facts(flags=frozenset({"left_job"}), asks=frozenset({"how_much"}), as_of=TODAY,
                          monthly_wage=D("8000.00"), city="深圳")
    assert facts.service_start() is None and facts.service_end() is None
    logged = caplog.text
    assert "tenure_months" in logged and "start_date" in logged
    assert "999999" not in logged and "2099-13-01" not in logged  # names only, never the values


def test_plausible_drops_what_no_message_could_state():
    facts = Facts(as_of=TODAY, tenure_months=D(999999), monthly_wage=D(8000), end_date=date(2099, 1, 1),
                  months_since_end=D("Infinity"))
    assert facts.plausible() == Facts(as_of=TODAY, monthly_wage=D(8000))


# ---------------------------------------------------------------------------------------------
# Job-state and who-the-worker-is flags: the rules' requires/excludes read these (issue 10). Each row:
# (message, flags that must be read, flags that must not). Decisions on the unclear ones: being pushed
# to resign (逼我辞职, 劝退, 让我主动辞职, "forced me to resign") is no voluntary resignation but the
# employer ending the job (dismissed); 被迫辞职 is leaving, not a voluntary resignation; a dismissal
# announced (公司要辞退我) is read as dismissed; 快退休了 is not retired; working at a 家政公司 makes the
# company the employer, not a household; a cook in a 外卖店 is not a platform worker.
JOB_FLAGS = ("still_employed", "left_job", "dismissed", "resigned", "probation", "contract_expired",
             "student_intern", "retired_pensioner", "over_retirement_age", "household_employer",
             "platform_worker", "part_time", "dispatched", "civil_servant", "job_contractor",
             "weekday_rest_days", "service_period", "ship_crew", "employer_abroad", "own_main_fault",
             "objected_to_change", "change_performed", "works_from_home", "miscarriage", "kept_on_after_expiry", "traffic_accident", "work_errand", "working_abroad", "award_won", "work_accident", "borrowed_licence", "graduated", "disease_diagnosed", "criminal_route", "refused_overtime", "low_contribution_base", "unemployment_named", "managed_as_staff", "agent_contract", "left_at_expiry", "info_disclosed")
JOB_TABLE: list[tuple[str, set[str], set[str]]] = [
    # dismissed / resigned / pushed out
    ("我弟耳朵听不见，在厂里干了六年，厂长说他耳聋不安全把他辞了", {"dismissed", "left_job"}, {"resigned"}),
    ("我被辞退了", {"dismissed", "left_job"}, {"resigned", "still_employed"}),
    ("上个月被公司开除了", {"dismissed", "left_job"}, {"resigned"}),
    ("公司裁员，我被裁了", {"dismissed"}, {"resigned"}),
    ("老板说明天不用来了", {"dismissed"}, {"resigned"}),
    ("我自己辞职的", {"resigned", "left_job"}, {"dismissed"}),
    ("我是主动离职的", {"resigned", "left_job"}, {"dismissed"}),
    ("不是被辞退的，是我自己走的", {"resigned", "left_job"}, {"dismissed"}),
    ("不是我自己走的，是被辞退的", {"dismissed"}, {"resigned"}),
    ("交了辞职信，下个月走", {"resigned"}, {"dismissed"}),
    ("公司逼我辞职", {"dismissed"}, {"resigned"}),
    ("领导找我谈话劝退", {"dismissed"}, {"resigned"}),
    ("公司让我主动辞职，不然就调岗", {"dismissed"}, {"resigned"}),
    ("他们要我写自愿离职申请", {"dismissed"}, {"resigned"}),
    ("公司把我调岗逼我走", {"dismissed"}, {"resigned"}),
    ("我是被迫辞职的，公司两个月没发工资", {"left_job"}, {"resigned", "dismissed"}),
    ("They forced me to resign", {"dismissed"}, {"resigned"}),
    ("I was fired last week", {"dismissed", "left_job"}, {"resigned"}),
    ("I resigned last month", {"resigned", "left_job"}, {"dismissed"}),
    ("I quit my job in March", {"resigned", "left_job"}, {"dismissed"}),
    ("公司不交社保，我提出解除劳动合同", set(), {"dismissed"}),
    # the employer's written notice of termination (and the worker's own notice, which is no dismissal)
    ("经理直接发了解除通知，说按制度不胜任就走人", {"dismissed", "left_job"}, {"resigned"}),
    ("昨天收到公司的解除劳动合同通知书", {"dismissed", "left_job"}, {"resigned"}),
    ("公司给我发了一份书面解除通知", {"dismissed", "left_job"}, set()),
    ("我给公司发了解除通知，因为欠薪", set(), {"dismissed"}),
    ("公司能不能给我发解除通知", set(), {"dismissed", "left_job"}),
    ("On 31 October they told me not to come back", {"dismissed", "left_job"}, {"resigned"}),
    ("My boss told me not to come back if I complain", set(), {"dismissed"}),
    # negations and hypotheticals
    ("我没被辞退，只是被调岗了", set(), {"dismissed", "left_job"}),
    ("我没有辞职", set(), {"resigned", "left_job"}),
    ("如果我辞职能拿到补偿吗", set(), {"resigned", "left_job"}),
    ("要是公司把我辞退了怎么办", set(), {"dismissed", "left_job"}),
    ("我想离职，公司不批", set(), {"left_job", "resigned"}),
    ("If I quit, can I get compensation?", set(), {"resigned", "left_job"}),
    ("I was not fired", set(), {"dismissed"}),
    # still employed / left
    ("还在上班，工资拖了三个月", {"still_employed"}, {"left_job"}),
    ("目前在职", {"still_employed"}, {"left_job"}),
    ("我还在干，老板不给加班费", {"still_employed"}, {"left_job"}),
    ("人还在公司，没离职", {"still_employed"}, {"left_job"}),
    ("I still work there", {"still_employed"}, {"left_job"}),
    ("我已经不在职了", {"left_job"}, {"still_employed"}),
    ("离职半年了", {"left_job"}, {"still_employed"}),
    ("我已经离开那家厂了", {"left_job"}, {"still_employed"}),
    ("I left the company in March", {"left_job"}, {"still_employed"}),
    # probation, contract expiry
    ("我还在试用期", {"probation"}, set()),
    ("试用期被辞退", {"probation", "dismissed"}, set()),
    ("试用期已经过了，转正了", set(), {"probation"}),
    ("过了试用期才被辞退", {"dismissed"}, {"probation"}),
    ("没有试用期", set(), {"probation"}),
    ("I'm on probation", {"probation"}, set()),
    ("合同到期公司不续签", {"contract_expired"}, set()),
    ("合同还没到期就被辞退了", {"dismissed"}, {"contract_expired"}),
    ("my contract expired last month", {"contract_expired"}, set()),
    ("my contract is about to expire", {"contract_expired"}, set()),
    # students and interns
    ("我是实习生", {"student_intern"}, set()),
    ("我还没毕业，在厂里实习", {"student_intern"}, set()),
    ("我还没毕业", {"student_intern"}, set()),
    ("大三学生，暑假工", {"student_intern"}, set()),
    ("我不是实习生，是正式员工", set(), {"student_intern"}),
    ("已经毕业两年了", set(), {"student_intern"}),
    ("今年6月毕业，毕业证拿到了，之前在这家公司实习，毕业后接着干，公司说我还是实习生", set(), {"student_intern"}),
    ("I graduated in June and the company still calls me an intern", set(), {"student_intern"}),
    ("学校安排去工厂实习，还没毕业，毕业后才签合同", {"student_intern"}, set()),
    ("I'm an intern", {"student_intern"}, set()),
    # retired, age
    ("已经退休领养老金，现在返聘", {"retired_pensioner"}, set()),
    ("我退休了，每月拿退休金", {"retired_pensioner"}, set()),
    ("快退休了，公司想辞退我", set(), {"retired_pensioner"}),
    ("还有两年退休", set(), {"retired_pensioner"}),
    ("I'm retired and draw a pension", {"retired_pensioner"}, set()),
    ("I'm about to retire", set(), {"retired_pensioner"}),
    ("我今年62岁，在工地看门", {"over_retirement_age"}, set()),
    ("公司说我满60岁了，合同自动终止，可我听说退休年龄延迟了，我还没到退休年龄", set(), {"over_retirement_age"}),
    ("我还不到60岁", set(), {"over_retirement_age"}),
    ("快60岁了", set(), {"over_retirement_age"}),
    ("I'm 63 years old", {"over_retirement_age"}, set()),
    # who employs: household, platform, part-time, dispatch, civil service
    ("给雇主家当保姆", {"household_employer"}, set()),
    ("在东家做住家阿姨", {"household_employer"}, set()),
    ("我在家政公司上班，公司派我去做保洁", set(), {"household_employer"}),
    ("我在家政公司工作", set(), {"household_employer"}),
    ("I work as a live-in nanny for a family", {"household_employer"}, set()),
    ("送外卖的，骑手", {"platform_worker"}, set()),
    ("跑滴滴", {"platform_worker"}, set()),
    ("在美团众包跑单", {"platform_worker"}, set()),
    ("我在外卖店当厨师", set(), {"platform_worker"}),
    ("我不是外卖骑手", set(), {"platform_worker"}),
    ("I deliver food for Meituan", {"platform_worker"}, set()),
    ("做兼职，按小时算钱", {"part_time"}, set()),
    ("非全日制用工", {"part_time"}, set()),
    ("我不是兼职，是全职", set(), {"part_time"}),
    ("I work part-time at a shop", {"part_time"}, set()),
    ("我是劳务派遣工", {"dispatched"}, set()),
    ("派遣公司把我派到工厂上班", {"dispatched"}, set()),
    ("我不是派遣的，是厂里直接招的", set(), {"dispatched"}),
    # unpaid leave is no unpaid wages; a contract that ran out has expired
    ("the company says I should use my own medical insurance and take unpaid leave", set(), {"wage_owed"}),
    ("My fixed-term contract ran out during maternity leave, can they end it?", {"contract_expired"}, set()),
    ("没工作期间医保要自己交吗", {"left_job"}, set()),
    ("How do I keep medical insurance between jobs", {"left_job"}, set()),
    # an injury already recognised (applying for recognition is behind the worker), against one not yet
    ("工伤已经认定下来了，可公司一直拖着不给我报医药费", {"injury_recognised"}, set()),
    ("我去年10月工伤，伤残鉴定是九级", {"injury_recognised"}, set()),
    ("My injury was recognised as a work injury last month", {"injury_recognised"}, set()),
    ("工伤还没认定，公司不给申请", set(), {"injury_recognised"}),
    ("如果认定了工伤能拿多少", set(), {"injury_recognised"}),
    ("老板说学徒期一年，只发800生活费", {"probation"}, set()),
    ("我在外包公司上班，被派到银行做客服，银行说我们不是他们的员工", {"outsourced_staff"}, set()),
    ("老板说你工资高 已经包括加班费了", {"wage_includes_overtime"}, set()),
    ("面试说月薪8000包加班 每周干六天", {"wage_includes_overtime"}, set()),
    ("I was told 8,000 a month covers overtime", {"wage_includes_overtime"}, set()),
    # a resignation not approved is no forced labour; being held is
    ("我已经提交辞职信30天了，公司不让走，说要等招到人，还扣着我最后一个月工资", set(), {"forced_labour"}),
    ("我要辞职，老板不让走，还把我身份证扣着，说走了就找人打我", {"forced_labour"}, set()),
    # the leave refused told after the question of notice (要提前多久说？公司不批不让走); with a lock it is confinement
    ("在厂里干了两年，我想辞职，要提前多久说？公司不批不让走怎么办？", set(), {"forced_labour"}),
    ("我想辞职老板不批，不让走，还把我们锁在宿舍里", {"forced_labour"}, set()),
    # locked in overnight until someone owns up; a shop locked and closed, a store closed, a locksmith are not
    ("老板把车间门锁了关了一晚上说没人承认就不放，昨天早上才开门", {"forced_labour"}, set()),
    ("店里锁了门关了一天", set(), {"forced_labour"}),
    ("公司把我们这个门店关了，让我们去40公里外的新店上班", set(), {"forced_labour"}),
    ("I am locksmith, work for a lock company. The boss keep my ID card, you get it back when you leave", set(),
     {"forced_labour"}),
    # a passport kept by a worker who says they move freely is unlawful but no confinement; held in as well, it is
    ("HR took my passport 'for safekeeping'. Nobody locks me in, I can go out and travel around town", set(),
     {"forced_labour"}),
    ("公司扣着我护照，不过没人关着我，可以自由出入", set(), {"forced_labour"}),
    ("They took my passport. Nobody locks me in but they won't let me leave the factory.", {"forced_labour"}, set()),
    # "never signed a written labor contract" (two words before contract); the manager calling the worker a freelancer is
    # his word only, a worker who says they are one is
    ("They never signed a written labor contract with me", {"no_written_contract"}, set()),
    ("The manager says foreigners are 'not covered by Chinese labor law' and I'm just like a freelancer.", set(),
     {"individual_contractor"}),
    ("老板说我是自由职业，不算员工", set(), {"individual_contractor"}),
    ("I am a freelancer translator, the client did not pay me", {"individual_contractor"}, set()),
    # a dismissal named for refusing overtime (理由是“拒不服从加班安排”…拒绝了两回)
    ("被开除了，理由是“拒不服从加班安排”。天天要干到晚上11点，我腰椎不好，拒绝了两回", {"refused_overtime"}, set()),
    ("The rink manager says because I'm a foreigner I'm not in Chinese work injury insurance", {"no_social_insurance"},
     set()),
    # a dismissal feared for reporting, asked about, is none had; one told is
    ("老板放话说谁去社保局举报谁就滚蛋。我现在能要求公司补缴吗？举报了被开除怎么办？", set(), {"dismissed"}),
    ("我去劳动局举报了，上周被开除了，怎么办", {"dismissed"}, set()),
    # feeling pressed down by being watched (被监视很压抑) is no injury; pressed under a load is
    ("我们都觉得被监视很压抑", set(), {"injured"}),
    ("被钢板压了一下，手肿了", {"injured"}, set()),
    # a boss's taunt to workers asking for their pay is no dismissal; a layoff told by its count or in English is
    ("有人去办公室问工资，他就说“爱干不干”", set(), {"dismissed"}),
    ("公司总共100个人 一下子裁了12个", {"dismissed"}, set()),
    ("The company is laying off 40 people citing business difficulties", {"dismissed"}, set()),
    ("公司裁了3个月的工资", set(), {"dismissed"}),
    ("厂里开大会说产能过剩要裁200多人，我们车间四十多个人全在名单上", {"dismissed"}, set()),
    ("三十几个人工资没发，我们想一起去讨，走什么程序最快？", {"routes_compared"}, set()),
    # the commission refused the case or left it unanswered; a worker only afraid of being too late applied nowhere
    ("仲裁委出了不予受理通知书 我还能去哪", {"arbitration_refused"}, set()),
    ("交了仲裁申请一个多月了，一直没通知受不受理", {"arbitration_refused"}, set()),
    ("我11月3号去仲裁委交了仲裁申请，窗口说材料要审，到现在半个多月了也没给我任何通知，我还能怎么办？", {"arbitration_refused"},
     set()),
    ("The arbitration commission refused to accept my case", {"arbitration_refused"}, set()),
    ("我10号就把仲裁申请交到仲裁委了，到今天半个月了也没说受不受理，打电话也不接", {"arbitration_refused"}, set()),
    ("前天开会通知，说11月30号最后一天，每人补一个月工资", {"dismissed"}, set()),
    ("今年3月15号被辞退了，听说过了时间就告不了了，是不是已经晚了？仲裁要去哪里申请", set(), {"arbitration_refused"}),
    # two fingers sawn off are an amputation
    ("10月20号圆锯把我右手食指中指锯掉了", {"amputation"}, set()),
    # a crew's passports taken (把…扣了) and kept aboard (不让下船回国); landing to be paid is no confinement
    ("中介和船老板把他的护照和身份证都扣了，不让下船回国", {"forced_labour"}, set()),
    ("船靠岸后让我们下船再结工资", set(), {"forced_labour"}),
    ("旅行社那边放话说他们要去法院告，我心里也对双倍工资不服，11月12号收到的裁决书", {"award_challenged"}, set()),
    ("The company pays a flat 300-yuan 'full attendance bonus' and says that covers the overtime", set(),
     {"wage_includes_overtime"}),
    ("你敢去劳动局，我找人在你下班路上堵你，你住哪我都知道。", {"threat"}, set()),
    ("Honestly some nights I think everyone would be better off without me.", {"self_harm"}, set()),
    ("我今年62了，退休金每个月2千多一直在领。去年3月开始给物业公司看停车场", {"retired_pensioner"}, set()),
    # an award the employer challenges, against one it simply does not pay
    ("仲裁裁决公司付我3万 公司说要去法院起诉 这钱什么时候能拿到", {"award_challenged"}, set()),
    ("The company went to court to set aside my arbitration award", {"award_challenged"}, set()),
    ("仲裁裁决下来了，公司应该付我3万5，可是过了一个月还不给，我该怎么办？", set(), {"award_challenged"}),
    ("公司起诉我要求退还培训费", set(), {"award_challenged"}),
    ("仲裁委裁决厂里给我补发工资和加班费一共28000块。厂长说不服，要去法院告我，拖我个三年五年", {"award_challenged"}, set()),
    # dispatch told as 派遣到, a 派遣合同, an agency that sent the worker (held-out sets: 30 of 231 dispatch questions
    # unread); a dispatcher's job is not dispatch
    ("我是派遣到杭州一家公立医院的护士", {"dispatched"}, set()),
    ("入职时跟人力资源有限公司签的派遣合同", {"dispatched"}, set()),
    ("我老公是劳务公司派到一个汽配厂的", {"dispatched"}, set()),
    ("通过一家人力公司派去一家连锁药店总部做数据录入", {"dispatched"}, set()),
    ("A labour agency sent him to work at an auto-parts plant", {"dispatched"}, set()),
    ("I'm a dispatcher at a courier company's sorting centre", set(), {"dispatched"}),
    ("我被派到上海出差", set(), {"dispatched"}),
    ("I'm an agency worker placed by a staffing agency", {"dispatched"}, set()),
    ("我是公务员", {"civil_servant"}, set()),
    ("我不是公务员，是合同工", set(), {"civil_servant"}),
    ("I'm a civil servant", {"civil_servant"}, set()),
    # a job taken on the worker's own account (two signs: own tools, a lump sum, paid on inspection, how up to them);
    # a foreman's crew paid by the building, or piece rates in a factory, are not it
    ("我自己带两个徒弟接高楼外墙清洗的活，绳子、吊板都是我自己的，一栋楼8000块包干，干完验收给钱", {"job_contractor"}, set()),
    ("自己接单做空调安装，工具自带，一台一口价", {"job_contractor"}, set()),
    ("I do renovation jobs with my own tools, a flat fee per job", {"job_contractor"}, set()),
    ("包工头让我们包干，一栋楼8000，工具自己带，我摔伤了", set(), {"job_contractor"}),
    ("我在厂里上班，按件算钱，机器伤了手", set(), {"job_contractor"}),
    ("I work at a warehouse and they don't tell me how to pack", set(), {"job_contractor"}),
    # rest days on weekdays (weekend shifts are then ordinary); a training service period; a ship's crew
    ("舞蹈机构老师，周三到周日上班，周一周二休", {"weekday_rest_days"}, set()),
    ("我们平时轮休两天，周末都上班", {"weekday_rest_days"}, set()),
    ("My days off are Monday and Tuesday", {"weekday_rest_days"}, set()),
    ("每周上六天，周日休，周六加班没加班费", set(), {"weekday_rest_days"}),
    ("签了服务期协议，要服务满3年，提前走要赔培训费", {"service_period"}, set()),
    ("I signed a training bond for two years", {"service_period"}, set()),
    ("公司拖欠工资两个月，我想辞职", set(), {"service_period"}),
    ("在远洋渔船上当水手，船东欠了半年工资", {"ship_crew"}, set()),
    ("I'm a seafarer on a bulk carrier and the owner owes us four months", {"ship_crew"}, set()),
    ("我在船厂焊接，工资拖了三个月", set(), {"ship_crew"}),
    # the worker to blame for a commuting accident; a live-in carer taken into a family's home; a cleared day told by
    # the clock with the start's verb (早上6点出车到晚上8点收车)
    ("下班骑车闯了个红灯，跟三轮车刮了一下，交警说我主要责任", {"own_main_fault"}, {"not_own_fault"}),
    ("下班路上被车撞了，交警认定对方主要责任", {"not_own_fault"}, {"own_main_fault"}),
    ("The police said I was mainly at fault for the crash on my way home", {"own_main_fault"}, set()),
    ("老人的儿女把我请到他们家做住家陪护，专门照顾老爷子", {"household_employer"}, set()),
    ("我在公司开车，老板周末叫我去他家干点活也不给钱", set(), {"household_employer"}),
    # an objection to a change told (going along afterwards is then no agreement), against a change accepted
    ("领导口头通知换岗，我当天就在群里说了不同意，但还是去了", {"objected_to_change"}, set()),
    ("I objected on WeChat the same day but still went to the new post", {"objected_to_change"}, set()),
    ("老板口头说给我换岗降点工资，我也没提出异议，干了两个月", set(), {"objected_to_change"}),
    ("公司说不同意我辞职，要我干满三个月", set(), {"objected_to_change"}),
    # a change gone along with for months (no objection told), against one objected to; a camera at home, not at work
    ("9月初厂里口头通知把我调到县里的新厂，工资从5800降到5200，没签任何书面东西。我当时想着先去看看，到现在已经在新厂干了快3个月了",
     {"change_performed"}, {"objected_to_change"}),
    ("领导口头通知换岗，我当天就在群里说了不同意，但还是去了，已经干了3个月", {"objected_to_change"}, {"change_performed"}),
    ("I was transferred to the warehouse with a pay cut and I have worked there for three months", {"change_performed"},
     set()),
    ("公司下周要把我调到仓库", set(), {"change_performed"}),
    ("在家远程办公，公司要求一直开着摄像头", {"works_from_home"}, set()),
    ("我在家远程给一家软件公司做测试，还要求全天开着摄像头拍我", {"works_from_home"}, set()),
    # working abroad now, against a foreign company at home or a trip
    ("I was sent by a Chinese company to work as cook at their construction camp in Saudi Arabia. The manager keeps my "
     "passport", {"working_abroad"}, set()),
    ("公司把我派到沙特的工地上做饭，护照被经理收走了", {"working_abroad"}, set()),
    ("I work for a Saudi company in Shanghai", set(), {"working_abroad"}),
    ("我在上海一家日本公司上班", set(), {"working_abroad"}),
    # out on the employer's errand, against the commute
    ("9月20号公司派我上门做入户问卷，骑电动车去受访者家的路上，自己在湿滑路面上摔了", {"work_errand"}, set()),
    ("My manager sent me to a client's office and I crashed on the way", {"work_errand"}, set()),
    ("下班骑车回家的路上自己摔了", set(), {"work_errand"}),
    # work taken through an app is platform work; a "cooperation agreement" at a club or studio is not
    ("我老公在一个拉货的APP上跑车，平台要求每天早上8点前到指定仓库签到", {"platform_worker"}, set()),
    ("I deliver food for an app through a local 'station' that manages our shifts", {"platform_worker"}, set()),
    ("我在一个线上网课平台当老师，课是平台给我排的", {"platform_worker"}, set()),
    ("我在一家电竞俱乐部做游戏测试，签的是《独立测试员合作协议》，每天钉钉打卡", set(), {"platform_worker"}),
    # an accident of force at work (a fall, a crush, a blast, gas), not a collapse from illness
    ("前天晚上上夜班时在泄洪闸检修掉下去，人没了", {"work_accident"}, set()),
    ("我哥在一个采石场干爆破，放炮时出了事，人没了", {"work_accident"}, set()),
    ("My brother died last Thursday in an explosion at the chemical plant", {"work_accident"}, set()),
    ("11月19号晚上11点他在工位上突然倒下，送医院抢救，人走了", set(), {"work_accident"}),
    ("On 19 November he collapsed while mowing and died in hospital the next day", set(), {"work_accident"}),
    # graduated (a graduate called an intern is an employee); a student on a placement has not
    ("I got my diploma and officially graduated on July 10, but the factory still calls me an intern", {"graduated"},
     {"student_intern"}),
    ("学校安排我们到电子厂顶岗实习，还没毕业", set(), {"graduated"}),
    # a shop under a borrowed licence, or a boss under another company's name; no licence at all is not this
    ("老板说店是他个人开的，营业执照是借的一家宠物公司的，让我自己找那家公司去", {"borrowed_licence"}, set()),
    ("老板自己没有公司，挂靠在别人公司名下接活", {"borrowed_licence"}, set()),
    ("这家店根本没有营业执照", set(), {"borrowed_licence"}),
    # A boat, truck or crew registered under a company's name (挂在…名下) runs on that company's licence.
    ("船是船老大个人的，但是挂在一家渔业公司名下，船上证件都是公司的名字", {"borrowed_licence"}, set()),
    # months named with their count: 9月10月两个月 is two months
    # the owner's death is no death at this work; a boss gone asked about is not a boss gone
    ("老板上个月突发心梗去世了，他儿子接手后说要把我们都辞退", set(), {"death"}),
    ("My boss died last month from a heart attack. Now his son took over and told all of us to leave", set(), {"death"}),
    ("老板去世了，工友也在那次事故里死了", {"death"}, set()),
    ("老板跑了吗？照相馆说装修关门两周，10月工资一直没发", set(), {"vanished_employer"}),
    ("老板跑了能找谁", {"vanished_employer"}, set()),
    ("11月20号HR说我绩效不达标，让我当天走人", {"dismissed"}, set()),
    # an award won and in force, unpaid: enforcement is what is left; an award hoped for or challenged is not this
    ("仲裁赢了，公司就是不给钱", {"award_won"}, set()),
    ("裁决书生效半年了，钱一分没拿到", {"award_won"}, set()),
    ("I won labor arbitration against my old employer. The award became effective in August and they still pay nothing",
     {"award_won"}, set()),
    ("我想去仲裁，能赢吗", set(), {"award_won"}),
    ("如果仲裁赢了公司不给怎么办", set(), {"award_won"}),
    ("仲裁裁决下来了，公司说要去法院起诉", {"award_challenged"}, {"award_won"}),
    ("仲裁赢了，裁决公司赔我违法解除赔偿金4万多，结果今天公司说不服要去法院起诉我", {"award_challenged"}, {"award_won"}),
    ("厂里没去法院起诉，裁决已经生效两个月了。可厂里就是不给，说没钱", {"award_won"}, {"award_challenged"}),
    ("裁决书上写是终局裁决。公司当时说要去法院撤销，结果一个多月了没动静也没给钱", set(), {"award_challenged"}),
    # a road accident, against a collapse at the post
    ("这个月15号晚上他送完最后一单往回开，在高速上追尾了一辆大货车，人没了", {"traffic_accident"}, set()),
    ("我老公在车间干活的时候突然倒下了，送到医院没抢救过来", set(), {"traffic_accident"}),
    # worked on past the expiry, against an expiry still to come
    ("合同9月30号到期了，厂里一直没说续签的事，我就照常上班，工资也照发。今天人事通知我干到这个月底就不用来了", {"kept_on_after_expiry"},
     set()),
    ("My contract expired in June but I kept working, now they say I can go", {"kept_on_after_expiry"}, set()),
    ("合同12月31号到期，公司说到期不续了", set(), {"kept_on_after_expiry"}),
    ("合同到期了还能继续上班吗", set(), {"kept_on_after_expiry"}),
    ("合同今年9月30号就到期了。公司一直没提续签的事，我就照常上班到现在", {"kept_on_after_expiry"}, set()),
    ("合同6月30号就到期了。当时护士长说先干着，回头补签，结果一直没人找我签", {"kept_on_after_expiry"}, set()),
    ("My first fixed-term contract (3 years) ended on 30 September 2026. Nobody talked about renewal, I just kept working",
     {"kept_on_after_expiry"}, set()),
    ("到期前我跟人事说想接着干，人事说厂里不续了让我走人", set(), {"kept_on_after_expiry"}),
    # an occupational disease diagnosed, against one suspected or a diagnosis still to get
    ("上周职业病医院诊断我是矽肺（硅肺）二期，厂里从来没给我们交过工伤保险", {"disease_diagnosed"}, set()),
    ("今年9月在市职业病防治院确诊矽肺二期，诊断书日期是9月8号", {"disease_diagnosed"}, set()),
    ("He was diagnosed with stage II pneumoconiosis in October", {"disease_diagnosed"}, set()),
    ("县医院拍片说怀疑是矽肺，让去职业病医院确诊", set(), {"disease_diagnosed"}),
    ("放射性白内障算职业病吗？去哪诊断？如果确诊了有什么待遇？", set(), {"disease_diagnosed"}),
    # held-out 24 (read): a career threat and a claim for broken equipment are no threat to safety; 踢走 is no blow;
    # 不让我干了 is a dismissal; a boss out of reach for weeks is gone; the wife's childbirth is not the husband's
    # pregnancy; IVF is no pregnancy yet; "I ran the red light and I'm mainly responsible" is the worker's own fault
    ("老板说我再去劳动局告他，就让我在这一行混不下去，还说要告我上次弄坏了导卫设备让我赔钱", set(), {"threat"}),
    ("我还在治疗，他们就这么把我踢走，我感觉天都塌了", set(), {"violence"}),
    ("去年12月10号老板一句话就不让我干了，说我们技师是合作的不是员工", {"dismissed"}, set()),
    ("11月16号厂里就说我试用期不合格让我走，但是我试用期早就过了", {"dismissed"}, set()),
    ("老板让我走路去仓库拿货", set(), {"dismissed"}),
    ("9月1号老板说没单子了让我们先回家等通知，门口贴着'旺铺转让'，老板电话也不接三个礼拜了", {"vanished_employer"}, set()),
    ("我老婆11月6号生孩子，我跟班长请了两天假在医院陪，结果厂里说我旷工把我开了", {"dismissed"},
     {"pregnant", "maternity_leave", "pregnancy_period", "on_behalf"}),
    ("我老婆怀孕8个月了，我陪她去产检请了半天假，班长同意了，厂里却说我旷工把我开了", {"dismissed"},
     {"pregnant", "pregnancy_period", "on_behalf"}),
    ("我老婆怀孕5个月了，她们公司要辞退她，能这样吗", {"pregnant", "on_behalf"}, set()),
    ("我34岁，在做试管，接下来要去医院打针监测、取卵，主管说要生孩子就别干了", set(),
     {"pregnant", "maternity_leave", "pregnancy_period"}),
    ("Riding home after work I crashed into a car. Police report says I ran the red light and I'm mainly responsible",
     {"own_main_fault"}, {"criminal_route"}),
    # the unemployment benefit named, or not
    ("合同到期公司不续签，我能领失业金吗", {"unemployment_named"}, set()),
    ("Can I claim unemployment benefit after the company let me go?", {"unemployment_named"}, set()),
    ("去年12月10号老板不让我干了，还能去告吗", set(), {"unemployment_named"}),
    # insurance paid on a base below the wage, against insurance not paid at all
    ("工资7000，但社保一直按最低基数交的，查了才知道", {"low_contribution_base"}, {"no_social_insurance"}),
    ("公司一直按每月3000多的最低基数给我交的", {"low_contribution_base"}, set()),
    ("I earn about 7000 a month, but the company pays my social insurance based on only 3000", {"low_contribution_base"},
     set()),
    ("公司从来没给我交过社保", {"no_social_insurance"}, {"low_contribution_base"}),
    # the insurance named earlier in the sentence, left unpaid by the present employer
    ("以前的公司给我交了7年养老保险，现在这家4年都没给我交，加起来才11年", {"no_social_insurance"}, set()),
    ("养老保险交了15年了，公司说没给我交满也能领吗", set(), {"no_social_insurance"}),
    # overtime refused or pushed back on, against overtime pay missing or a refusal of something else
    ("车间要我们每天加班4小时，一个月得加100多个小时，我说身体吃不消不想加，厂里就以“不服从安排”把我开除了", {"refused_overtime"}, set()),
    ("每天加班到晚上11点，我跟组长说只能加到8点，周六不来", {"refused_overtime"}, set()),
    ("Every day we do 4 hours of overtime. I refused to work overtime on Sunday and they fired me", {"refused_overtime"}, set()),
    ("每个月加班60个小时，从来没有加班费，这合法吗", set(), {"refused_overtime"}),
    ("我不想去外地分公司，公司说不服从安排就开除", set(), {"refused_overtime"}),
    # the criminal route: the police or a crime asked about, or an order to pay ignored
    ("老板有钱就是不给工资，能告他坐牢吗", {"criminal_route"}, set()),
    ("大队上个月给老板下了限期整改指令书，让15天内付清，现在都过去一个多月了老板一分没给", {"criminal_route", "official_order_ignored"},
     set()),
    ("The boss has money but won't pay us. Can we call the police?", {"criminal_route"}, set()),
    ("入职登记表上有一栏“有无违法犯罪记录”，我填了“无”", set(), {"criminal_route"}),
    ("我们照相馆欠了我两个月工资，这两天晚上老板偷偷把相机灯光全搬走了，我是先去劳动局投诉还是先仲裁？", {"moving_assets"},
     {"criminal_route"}),
    # an order to pay ignored, told across sentences
    ("人社局9月20号给厂里下了《限期整改指令书》，让10天内把钱发了。现在都两个月了，老板还是一分没给", {"official_order_ignored"}, set()),
    ("They issued a written order telling the company to pay me by Nov 10. The deadline has passed and the boss says sue",
     {"official_order_ignored"}, set()),
    # no social insurance told as a waiver, a stop or paid for nobody
    ("入职就让签了“自愿放弃社保承诺书”，每月多给500块社保补贴", {"no_social_insurance"}, set()),
    ("厂里3年多从来没给任何人交过社保", {"no_social_insurance"}, set()),
    ("公司10月工资到现在都没发，我想直接辞职", set(), {"no_social_insurance"}),
    # a pregnancy lost: no longer a pregnancy's rules, though still a pregnancy told (the triage reads that)
    ("怀孕3个月的时候流产了，医生开了休息证明，我歇了半个月，老板说这半个月工资一分不给", {"miscarriage", "pregnant"},
     {"pregnancy_period"}),
    ("我怀孕5个月了，公司让我自己辞职", {"pregnant", "pregnancy_period"}, {"miscarriage"}),
    ("怀孕快3个月的时候流产了，回来上班后主任拿了一份“自愿离职申请”让我签", {"miscarriage", "pregnancy_period"}, set()),
    ("厂里在车间歇脚的角落装了摄像头", set(), {"works_from_home"}),
    # an employer abroad with no entity in China, against a foreign company's office here
    ("我在家远程给一家新加坡公司做设计，对方在国内没有公司", {"employer_abroad"}, set()),
    ("I work remotely for a US startup that has no entity in China", {"employer_abroad"}, set()),
    ("我是英国人，在上海一家培训机构教英语", set(), {"employer_abroad"}),
    ("I work remotely for a Beijing company from my home in Chengdu", set(), {"employer_abroad"}),
    # managed like staff whatever the contract says: clocking in, roll calls, a base salary (not their absence)
    ("在保险公司做了五年，每天要打卡开早会，公司说我们是代理人不是员工", {"managed_as_staff", "agent_contract"}, set()),
    ("签的是代理合同，没底薪，全靠佣金，也不用打卡", {"agent_contract"}, {"managed_as_staff"}),
    ("我们30多个派遣到保险公司电话理赔中心的，派遣公司通知我们合同到此为止", {"dispatched"}, {"agent_contract"}),
    ("I am an insurance agent paid only on commission", {"agent_contract"}, set()),
    # the worker's own information made known to others
    ("人事把我残疾证照片发到全厂大群里说照顾一下聋子", {"info_disclosed", "disability"}, set()),
    ("入职时交了残疾证，厂里说按规定保密", {"disability"}, {"info_disclosed"}),
    ("My manager posted my medical report in the department group chat", {"info_disclosed"}, set()),
    ("They asked for my medical report when I joined", set(), {"info_disclosed"}),
    # left when the contract ran out: no work went on after it (not so when the worker kept working)
    ("去年12月31号合同到期走的，走的时候还欠我三个月工资", {"left_at_expiry", "contract_expired"}, {"kept_on_after_expiry"}),
    ("合同到期后老板口头说接着干，一直没签新合同", {"kept_on_after_expiry"}, {"left_at_expiry"}),
    ("I left when my contract expired in June and they still owe me wages", {"left_at_expiry"}, set()),
    ("My contract expired months ago and I am still working without a new one", set(), {"left_at_expiry"}),
    ("I work as a claims adjuster for an insurance company", set(), {"agent_contract"}),
    ("I clock in every day and have a base salary, but they call me an agent", {"managed_as_staff"}, set()),
    ("I don't clock in and there is no base pay, only commission", set(), {"managed_as_staff"}),
]


@pytest.mark.parametrize("text, present, absent", JOB_TABLE, ids=[t for t, _, _ in JOB_TABLE])
def test_job_state_flags(text, present, absent):
    flags = extract_facts(text, today=TODAY).flags
    assert present <= flags, (text, sorted(flags))
    assert not absent & flags, (text, sorted(flags))


def test_job_table_covers_every_flag_both_ways_in_both_languages():
    assert len(JOB_TABLE) >= 60
    assert sum(text.isascii() for text, _, _ in JOB_TABLE) >= 15
    for flag in JOB_FLAGS:
        assert any(flag in present for _, present, _ in JOB_TABLE), flag
        assert any(flag in absent for _, _, absent in JOB_TABLE), flag


@pytest.mark.parametrize("text, present, absent", [
    ("我被迫解除劳动合同", {"left_job"}, {"dismissed", "resigned"}),
    ("They never paid social insurance for me", {"no_social_insurance"}, {"wage_owed"}),
    ("I'm from Kazakhstan, living in Hangzhou on a spouse residence permit", set(), {"work_permit"}),
    ("The orchard belongs to a village family who contract the land from the village", {"craft_or_farm_employer"},
     set()),
    ("11月20号公司发邮件说我连续旷工三天以上，按规章严重违纪解除", {"dismissed"}, set()),
    ("公司说如果再迟到就按严重违纪解除", set(), {"dismissed"}),
    ("到期后公司没说续签也没说不要我，我一直照常跑车", {"still_employed"}, {"left_job"}),
    ("公司没给我交生育保险", set(), {"maternity_insured"}),
    ("单位交了生育保险吗", set(), {"maternity_insured"}),
    # a term still running: a dismissal dressed as 不续聘 is no expiry
    ("3月31号被学校以“不续聘”的名义辞退了，可我的合同明明到明年8月才到期", {"dismissed"}, {"contract_expired"}),
    ("天天干到凌晨一两点，周末也在线，感觉自己快猝死了", set(), {"death"}),
    ("行政把全体员工身份证号、银行卡号的表发错到一个几百人的客户群里，我的卡被盗刷了2000块，能找公司赔吗", set(),
     {"group"}),
    ("全体员工三个月工资都没发，我们想一起去仲裁", {"group"}, set()),
    ("同事上周在车间猝死了，我也感觉自己快猝死了", {"death"}, set()),
    ("我今年3月1号进的火锅店，打算干到11月30号就不干了", {"quitting", "still_employed"}, {"left_job"}),
    ("我62了，退休金每个月都在领，退休后在小区当保安", {"retired_pensioner"}, set()),
    ("退休以后出来打工当保安", {"retired_pensioner"}, set()),
    ("我60了，退休金还没领到", set(), {"retired_pensioner"}),
    ("等我退休后去当保安", set(), {"retired_pensioner"}),
    ("老板给我打了欠条，写明欠工资两万", {"wage_iou"}, set()),
    ("My boss wrote me an IOU for the wages he owes", {"wage_iou"}, set()),
    ("老板欠我5000块，也没打欠条", set(), {"wage_iou"}),
    ("老板欠我上个月5000块，我直接去法院还是找谁", {"wage_owed"}, {"wage_iou"}),
    ("我欠了房租3000元", set(), {"wage_owed"}),  # the worker ends it for the employer's fault
    ("单位欠薪，我以此为由解除劳动合同", set(), {"dismissed"}),
    ("老板把我开了", {"dismissed"}, set()),
    ("我被开了，能要补偿吗", {"dismissed"}, set()),
    ("被公司开了罚单", set(), {"dismissed"}),
    ("合同到期半年了，我还在上班", {"contract_expired", "still_employed"}, {"left_job"}),
    ("合同过期了还让我干", {"contract_expired"}, set()),
    ("社保没交够15年能领养老金吗", set(), {"no_social_insurance"}),
    ("我休陪产假被扣钱", set(), {"maternity_leave"}),
    ("我现在孕晚期，公司让我走", {"pregnant"}, set()),
    ("公司把我的打卡记录删了", set(), {"violence"}),
    ("被男主人骚扰", {"harassment"}, set()),
    # Physically blocked in a room is neither an employer cutting contact nor confinement by the employer.
    ("He blocked me in the storeroom and tried to touch me", {"harassment"}, {"vanished_employer", "forced_labour"}),
    ("My boss blocked me on WeChat and still owes me wages", {"vanished_employer"}, set()),
    ("They locked us in the dorm at night", {"forced_labour"}, set()),
    ("学校欠了我们二十多个代课老师半年的课时费", {"group"}, set()),  # a qualifier before the worker noun
    ("上个月30号雇主说老人住养老院去了不用我了", set(), {"group"}),  # a date, not thirty people
    ("工友在工地被砸，送到医院第二天就停止呼吸了，老板只肯给五万", {"death"}, set()),
    ("My brother's funeral is next week, he fell from the scaffold at the site", {"death"}, set()),
])
def test_who_ended_the_job_and_other_flags_read_right(text, present, absent):
    flags = extract_facts(text, today=TODAY).flags
    assert present <= flags and not (absent & flags), sorted(flags)


@pytest.mark.parametrize("text, rough", [
    ("上个月在工地摔伤了", {"injury_date"}),
    ("2025年12月离职", {"end_date"}),
    ("去年12月28号被辞退", set()),
    ("I was fired on March 3 last year", set()),
    ("受伤半年了", {"injury_date"}),  # counted back in months: no day
    ("受伤20天了", set()),
])
def test_dates_without_their_day_are_marked_rough_and_kept_across_a_conversation(text, rough):
    facts = extract_facts(text, today=TODAY)
    assert facts.rough_dates == rough
    assert Facts.from_dict(facts.to_dict()).rough_dates == rough
    exact = extract_facts("是去年3月15号离职的，3月1号受的伤", today=TODAY)
    assert facts.merged(exact).rough_dates == rough - {"end_date", "injury_date"}


def test_profile_flags_carry_the_band_of_a_disability_grade():
    from knowledge.facts import profile_flags, situation_flags

    assert "grade_7_10" in profile_flags(extract_facts("鉴定了九级伤残", today=TODAY))
    assert "grade_5_6" in situation_flags("工伤评了五级，单位不给安排工作")
    assert not {"grade_1_4", "grade_5_6", "grade_7_10"} & situation_flags("工伤认定下来了")


def test_ten_years_with_the_employer_is_read():
    """Ten years or more (told, or from a start date) is the open-ended contract's situation, not only "over a year"."""
    assert "tenure_over_10y" in extract_facts("我2013年5月入职，合同12月31日到期，公司说不续了", today=TODAY).flags
    assert "tenure_over_10y" in extract_facts("在同一家工厂干了11年，合同又到期了", today=TODAY).flags
    assert "tenure_over_10y" not in extract_facts("在公司干了9年，合同到期不续", today=TODAY).flags


@pytest.mark.parametrize("text, expected", [
    ("签过两次三年合同，第三次能要求无固定期限吗", True),
    ("连续签了两次固定期限合同，第二次到期公司不续", True),
    ("合同续签过一次，这次到期公司说不续了", True),
    ("My second fixed-term contract ends next month", True),
    ("My first fixed-term contract ran to 31 March 2023, and the second runs to 31 March 2027", True),
    ("两个合同工在车间打架", False),
    ("我签了2份合同，一份劳务一份劳动", False),
    ("合同到期公司不续签", False),
])
def test_a_second_fixed_term_is_read(text, expected):
    assert ("second_fixed_term" in extract_facts(text, today=TODAY).flags) is expected


@pytest.mark.parametrize("text, end", [
    ("我今年3月1号进的火锅店，月薪4500，我打算干到11月30号就不干了", date(2026, 11, 30)),
    ("我准备干到12月15号就辞职", date(2026, 12, 15)),
    ("I plan to quit on December 15", date(2026, 12, 15)),
    # the plan told after the leaving: what the worker will do next
    ("入职时签了竞业限制。我12月15号离职，准备去另一家翻译公司。老板说我敢去就起诉我", date(2026, 12, 15)),
])
def test_a_last_day_the_worker_plans_is_still_to_come(text, end):
    """Read on 2026-11-23, "打算干到11月30号" is this year's 30 November (not last year's, which put the end before
    the start and a false time limit seven days away): the job goes on today."""
    facts = extract_facts(text, today=date(2026, 11, 23))
    assert facts.end_date == end
    assert "still_employed" in facts.flags and "left_job" not in facts.flags


@pytest.mark.parametrize("text, field, day", [
    ("去年12月5号我在仓库被倒下来的铁货架砸到脚，休了一个月", "injury_date", date(2025, 12, 5)),
    ("3月2号被掉下来的模具砸伤了手", "injury_date", date(2026, 3, 2)),
    ("我是2024年3月进来的，一直没签合同", "start_date", date(2024, 3, 1)),
])
def test_a_thing_that_fell_down_is_no_first_day_at_work(text, field, day):
    """"倒下来的铁货架" holds 来的 (as in "我是3月来的"), which read the day of the injury as the first day of work:
    the injury's one-year limit, 12 days away, was then asked for again instead of shown."""
    facts = extract_facts(text, today=date(2026, 11, 23))
    assert getattr(facts, field) == day
    assert field == "start_date" or facts.start_date is None


@pytest.mark.parametrize("text, end", [
    ("我合同8月31号就到期了，公司没说续也没说不续，我就一直照常上班", date(2026, 8, 31)),
    ("合同12月31号就到期了，HR说不续", date(2026, 12, 31)),
    ("合同1月15号就要到期了", date(2027, 1, 15)),
    ("我在这一直干了5年，合同12月31号就到期了", date(2026, 12, 31)),
])
def test_a_contract_that_expired_months_ago_is_not_read_as_next_years(text, end):
    """Read on 2026-11-23, "8月31号就到期了" is the August past (the worker kept working since): moved to next
    August it gave four years of service and a compensation of four months instead of three and a half."""
    assert extract_facts(text, today=date(2026, 11, 23)).end_date == end


@pytest.mark.parametrize("text, today, end", [
    ("怀孕4个多月了，合同下个月10号到期，今天领导找我谈话说公司不打算续了", date(2026, 11, 23), date(2026, 12, 10)),
    ("公司说下个月底让我走人", date(2026, 11, 23), date(2026, 12, 31)),
    ("合同下月15号到期", date(2026, 12, 23), date(2027, 1, 15)),
])
def test_next_month_is_a_day_still_to_come(text, today, end):
    """"下个月10号" was read as "10号" of this month, a day past: the job read as ended and a pregnant worker's
    contract expiring next month was answered as if she had already left."""
    facts = extract_facts(text, today=today)
    assert facts.end_date == end
    assert "still_employed" in facts.flags and "left_job" not in facts.flags


def test_a_planned_day_of_leaving_and_a_whole_number_of_years():
    """"我打算12月31号离职" (the day straight after 打算) is this year's 31 December, still to come; "干了整5年" is five
    years of service (整 was not read, so the compensation's start date was asked again)."""
    facts = extract_facts("月工资8700。我打算12月31号离职，今年年假只休了2天", today=date(2026, 11, 23))
    assert facts.end_date == date(2026, 12, 31) and "still_employed" in facts.flags
    assert extract_facts("后来一问才知道我在这干了整5年", today=date(2026, 11, 23)).tenure_months == 60


@pytest.mark.parametrize("text, work, taken", [
    ("我工作12年了，2024年5月跳槽到现在这家公司，月工资8700。我打算12月31号离职，今年年假只休了2天", 144, 2),
    ("月薪9000，之前在别的单位干过，累计工作8年了。今年一天年假都没休", 96, 0),
    ("参加工作10年了，今年休了3天年假", 120, 3),
    ("我在这工作了3年，年假还没定", None, None),
])
def test_cumulative_years_of_work_and_leave_taken_are_read_for_the_annual_leave(text, work, taken):
    """The annual leave follows the years of work with every employer, and what is owed on leaving follows the
    days already taken: both were asked again though the worker had said them."""
    facts = extract_facts(text, today=date(2026, 11, 23))
    assert facts.work_months == (None if work is None else Decimal(work))
    assert facts.leave_taken_days == (None if taken is None else Decimal(taken))


@pytest.mark.parametrize("text, end", [
    ("我已经提了离职，最后工作日是11月30号", date(2026, 11, 30)),
    ("我已经离职了，最后工作日是10月30号", date(2026, 10, 30)),
    ("最后一天是2025年12月5号", date(2025, 12, 5)),
])
def test_a_last_working_day_a_week_ahead_is_this_years(text, end):
    assert extract_facts(text, today=date(2026, 11, 23)).end_date == end


def test_a_planned_last_day_told_around_this_months_end_is_still_to_come():
    # 这个月 is a date word of its own; the plan before it still puts 11月30号 ahead (held-out 9: a year off)
    today = date(2026, 11, 23)
    facts = extract_facts("我月工资4350，打算这个月底（11月30号）辞职不干了，今年的年假一天都没休", today=today)
    assert facts.end_date == date(2026, 11, 30)
    assert extract_facts("上个月底（10月31号）被辞退了", today=today).end_date == date(2026, 10, 31)


@pytest.mark.parametrize("text, sick", [
    ("我家里老人常年生病，老婆没工作，就靠我一个人挣钱。厂里要裁员，名单里有我。", False),
    ("我请了两个月病假，公司说医疗期满了要解除合同", True),
    ("我生病住院了，公司不给病假工资", True),
])
def test_a_relatives_illness_is_not_the_workers_sick_leave(text, sick):
    """家里老人常年生病 is why the worker needs the job, not a sick leave of theirs (which would lead the rules of the
    medical period)."""
    assert ("sick_leave" in extract_facts(text, today=date(2026, 11, 24)).flags) is sick


@pytest.mark.parametrize("text, present, absent", [
    # 名为外包: the contract with a staffing firm, the day-to-day work run by the client
    ("我跟一家“人力科技公司”签的劳动合同，写的是“业务外包服务人员”，但考勤、排班、考核都是银行的主管在管。",
     {"outsourced_staff"}, set()),
    ("合同是跟港口服务外包公司签的，可是每天的排班表、考勤、工作指令都是港务公司调度发的。", {"outsourced_staff"}, set()),
    ("公司把保洁外包出去了，我们部门没受影响。", set(), {"outsourced_staff"}),
    # called part-time, worked beyond 4 hours a day or 24 a week (劳动合同法第六十八条)
    ("I clean offices part-time for a cleaning company, 5 hours a day, 6 days a week, 25 yuan an hour.",
     {"over_part_time_hours"}, set()),
    ("我是兼职，每周工作30个小时。", {"over_part_time_hours"}, set()),
    # called part-time, with thirty lessons a week or all day at the studio
    ("馆长一直说我是“兼职合作”，一节课60块按课时算，可我一周要带30节左右的课", {"over_part_time_hours"}, set()),
    ("说我是兼职，可我早上到晚上都在馆里，没课的时候还要看前台", {"over_part_time_hours"}, set()),
    ("我是兼职瑜伽老师，每周带12节课", set(), {"over_part_time_hours"}),
    ("我做钟点工，每天干3个小时，一周5天。", set(), {"over_part_time_hours"}),
])
def test_outsourced_staff_and_part_time_beyond_its_hours(text, present, absent):
    flags = extract_facts(text, today=date(2026, 11, 24)).flags
    assert present <= flags and not absent & flags


def test_the_commute_of_the_day_of_an_accident_is_no_first_day_at_work():
    """去年12月8号早上骑摩托车去站点上班，路上被货车别倒: the day of the accident, 14 days before its year runs out."""
    facts = extract_facts("我是做通信铁塔维护的，去年12月8号早上骑摩托车去站点上班，路上被一辆货车别倒，小腿骨折住院一个多月。",
                          today=date(2026, 11, 24))
    assert facts.start_date is None and facts.injury_date == date(2025, 12, 8)


def test_asking_whether_one_can_go_on_working_does_not_put_the_expiry_in_the_past():
    """合同12月底到期，不续了…我还能继续工作吗: the end is this December's, still to come."""
    facts = extract_facts("公司知道后说我的合同12月底到期，不续了，让我拿N走人。我还能继续工作吗？", today=date(2026, 11, 24))
    assert facts.end_date == date(2026, 12, 31)


def test_the_employers_average_wage_told_in_its_own_clause():
    facts = extract_facts("我工资是1.2万，听说生育津贴是按公司的平均工资算的，我们公司人均挺高，大概1.8万。",
                          today=date(2026, 11, 24))
    assert facts.monthly_wage == 12000 and facts.employer_avg_wage == 18000


def test_no_day_of_this_years_leave_told_apart_from_the_leave_word():
    """年假只有5天，而且今年到现在一天都没让休: none taken, so the unused-leave calculator does not ask again."""
    told = "厂里说我在本厂才两年多，年假只有5天，而且今年到现在一天都没让休，说忙完这个船期再说。"
    assert extract_facts(told, today=date(2026, 11, 24)).leave_taken_days == 0
    assert extract_facts("今年一天都没休息过，加班费也没有", today=date(2026, 11, 24)).leave_taken_days is None


def test_years_before_this_employer_are_not_the_time_with_it_and_add_to_it():
    """之前在别的厂干了10年，前年3月跳槽到现在这个船厂: 10 years elsewhere (not the tenure here) plus the time since
    2024-03-01, about 12 years 10 months of work for the annual leave (10 days, not the 5 the employer says)."""
    facts = extract_facts("我在船厂做管工，之前在别的厂干了10年，前年3月跳槽到现在这个船厂，社保记录都是连着的。"
                          "厂里说我在本厂才两年多，年假只有5天。", today=date(2026, 11, 24))
    assert facts.tenure_months is None and facts.start_date == date(2024, 3, 1)
    assert 150 <= facts.work_months <= 156


def test_a_split_shift_told_by_the_clock_is_both_spans_of_the_day():
    """早上4点半干到中午12点，下午2点到5点半: 7.5 + 3.5 = 11 hours a day (the gap is the break), so 3 hours of weekday
    overtime a day; two days off a month leaves the other rest days worked at 11 hours."""
    facts = extract_facts("我在镇上做环卫，每天早上4点半干到中午12点，下午2点到5点半，一个月休两天。工资条上写应发2600。",
                          today=date(2026, 11, 24))
    assert facts.weekday_overtime_hours == Decimal("65.25")
    assert facts.restday_overtime_hours is not None and facts.restday_overtime_hours > 70


@pytest.mark.parametrize("text, stalked", [
    ("最近两周，经理好几次晚上出现在我住的小区门口，还发消息说“你今晚去哪了我都知道”。", True),
    ("同事下班后一直尾随我回家", True),
    ("公司要求手机APP一直开定位，下班回家也不能关，我不想让公司知道我下班去哪。", False),
])
def test_stalking_by_a_person_is_not_a_location_app(text, stalked):
    """The stalking rule requires someone following or turning up at the worker's home; an app that tracks her after
    work is the data rule's (held-out 17's picker was told to call the police over the company's app)."""
    assert ("stalked" in extract_facts(text, today=date(2026, 11, 24)).flags) is stalked


def test_a_run_of_days_without_rest_is_not_the_time_with_the_employer():
    """连着上了12天没休息 … 我在这干了1年8个月: twenty months (held-out 17's readers found 12 days taken as the tenure,
    and the unlawful-dismissal figure a quarter of the right one)."""
    facts = extract_facts("双十一每天上14个小时，连着上了12天没休息，今天HR按严重违纪把我开了。我在这干了1年8个月，月薪5500。",
                          today=date(2026, 11, 24))
    assert facts.tenure_months == 20


def test_a_contract_worked_past_its_expiry_then_a_dismissal_keeps_both_days():
    """Held-out 18: "2022年3月入职，合同今年9月30号到期了，…我就照常上班。今天经理…明天开始不用来了": the double wages ran
    from the start date (60,500 for 2022–23, though a contract was signed then), not from the expiry; the expiry is
    the contract's end, the dismissal (no day told: today) the job's."""
    facts = extract_facts("我在酒店前台，2022年3月入职，合同今年9月30号到期了，到期后没人提续签的事我就照常上班。今天经理突然说"
                          "“你合同9月就到期了，明天开始不用来了”。这两个月没合同能要双倍工资吗？我工资5500",
                          today=date(2026, 11, 24))
    assert facts.contract_end_date == date(2026, 9, 30) and facts.end_date == date(2026, 11, 24)
    assert facts.start_date == date(2022, 3, 1) and "dismissed" in facts.flags
    # told without the work going on past it, the expiry stays the job's end
    plain = extract_facts("2022年3月入职，合同今年9月30号到期，公司不续签了", today=date(2026, 11, 24))
    assert plain.contract_end_date is None and plain.end_date == date(2026, 9, 30)


@pytest.mark.parametrize("text, end", [
    # held-out 18: the notice came "第二天（21号）" after 去年12月20号: 2025-12-21, 27 days left on 2026-11-24, not this
    # month's 21st (a year left, and no escalation)
    ("去年12月20号晚上我值夜班在监控室眯了一会，被巡查的逮到，第二天（21号）公司就说我严重违纪发了解除通知", date(2025, 12, 21)),
    ("我3月5号入职的，28号就被辞退了", date(2026, 3, 28)),
    ("21号被辞退了", date(2026, 11, 21)),  # no month told anywhere: this month's
])
def test_a_day_without_its_month_after_a_date_with_one_is_of_that_month(text, end):
    assert extract_facts(text, today=date(2026, 11, 24)).end_date == end


def test_two_months_named_in_a_row_are_no_day_of_the_first():
    """Held-out 18: "10月11月一分钱没发" (October and November unpaid) was read as 11 October, a last day, and a dispatched
    worker still employed was given a one-year limit from it."""
    facts = extract_facts("9月底银行说网点合并，把我退回派遣公司了。派遣公司让我回家等，10月11月一分钱没发", today=date(2026, 11, 24))
    assert facts.end_date is None
    assert extract_facts("我是3月15入职的", today=date(2026, 11, 24)).start_date == date(2026, 3, 15)


def test_held_out_28_readings_of_dates_pressure_and_figures():
    """Held-out 28 (read): a dismissal told with its ground between (以旷工3天为由开了) has its day, so the 14 days left
    are counted; the boss's words "不上就自己写辞职报告走人" and HR's "不如主动辞职" are pressure to resign, not a
    day the job ended, nor a dismissal (the job goes on: what the worker asked is answered); a service period's first day (去年6月1号开始算) gives the months served up to the leaving; "没写
    包含加班费" says the wage does not include overtime; "2 hours of real work every Saturday" is two hours, not a day;
    a dormitory corridor camera under a posted sign is not a hidden one."""
    today = date(2026, 11, 26)
    fired = extract_facts("我在屠宰场干分割，去年12月10号被主管以旷工3天为由开了，其实那3天是请了假的。还来得及不？", today=today)
    assert fired.end_date == date(2025, 12, 10) and "dismissed" in fired.flags
    nursing = extract_facts("孩子8个月还在喂奶。这个月车间把我排到夜班，主管说不上就自己写辞职报告走人。哺乳期能不能拒绝夜班？",
                            today=today)
    assert not nursing.flags & {"dismissed", "quitting", "resigned", "left_job"} and nursing.end_date is None
    hinted = extract_facts("怀孕3个月的时候流产了。HR还话里话外说我身体不好，不如主动辞职。流产到底能休几天？", today=today)
    assert not hinted.flags & {"dismissed", "quitting", "resigned"}
    assert "dismissed" in extract_facts("主管逼我写辞职报告，我没写，第二天就不让我上班了", today=today).flags
    served = extract_facts("培训费有发票一共一万二，签了服务期3年，去年6月1号开始算，违约金写的3万。我打算12月1号走人，最多赔多少？",
                           today=today)
    assert served.service_period_months == 36 and served.service_served_months == 18
    unpaid = extract_facts("早9点到晚9点，一周上6天。合同写月薪1万5，没写包含加班费，公司一分加班费都没给过", today=today)
    assert "wage_includes_overtime" not in unpaid.flags
    assert "wage_includes_overtime" in extract_facts("合同写月薪1万5，包含加班费", today=today).flags
    saturdays = extract_facts("I kept screenshots: roughly 2 hours of real work every Saturday, four Saturdays a month, and "
                              "never any time off in lieu. How much could I claim per month?", today=today)
    assert saturdays.restday_overtime_hours is not None and saturdays.restday_overtime_hours < 10
    signed = extract_facts("集体宿舍，走廊和大门口装了监控，门口贴了监控区域。有工友说摄像头能拍到屋里。公司在宿舍装监控合法吗？",
                           today=today)
    assert "hidden_camera" not in signed.flags
    assert "hidden_camera" in extract_facts("厂里在女工宿舍装了摄像头，对着床", today=today).flags
    assert "hidden_camera" not in extract_facts("They put cameras in the dorm corridor and posted a sign saying the area "
                                                "is monitored. Is that legal?", today=today).flags
    assert "hidden_camera" in extract_facts("There is a camera in the dorm bathroom, and a sign says it is monitored",
                                            today=today).flags


def test_pay_compared_with_colleagues_and_a_sum_docked_for_a_loss():
    """Held-out 28 (read): "干的活跟医院自己招的护工一模一样…他们每月6500…我只有4800" is the same work for less pay, the
    worker's wage 4,800 and 1,700 short a month (not the colleagues' 6,500 as the wage); "some cargo got damaged …
    took 3,000 out of this month's pay" and "货被我弄坏了…扣了我3000" are a loss caused and the sum docked for it."""
    today = date(2026, 11, 26)
    aide = extract_facts("我是劳务派遣公司派到区医院的护工，干的活跟医院自己招的护工一模一样，都是护理病人。可他们每月6500还有"
                         "夜班补贴，我只有4800，夜班补贴也没有。能要求补差价吗？", today=today)
    assert "paid_less_than_peers" in aide.flags
    assert aide.monthly_wage == Decimal(4800) and aide.monthly_shortfall == Decimal(1700)
    assert "paid_less_than_peers" not in extract_facts("跟以前一样，这个月工资还是没有发", today=today).flags
    for text in ("I drive long-haul trucks, salary 9,000 yuan a month. Some cargo got damaged on my last trip and the "
                 "company took 3,000 out of this month's pay as 'compensation'.",
                 "我开货车，月薪9000，上趟货被我弄坏了，公司这个月工资扣了我3000当赔偿，能扣这么多吗"):
        facts = extract_facts(text, today=today)
        assert "caused_loss" in facts.flags and facts.deduction == Decimal(3000) and facts.monthly_wage == Decimal(9000)


def test_a_freelancer_paid_by_the_word_takes_jobs_on_their_own_account():
    """Held-out 28 (read): 自由译者…接稿，按字数结算，不用坐班 are the signs of work taken on one's own account; "我能因为这个
    辞职要补偿吗" asks about resigning, it tells no resignation; "来这3年了…加起来12年" are the years here and in all."""
    today = date(2026, 11, 26)
    text = "我是自由译者，长期给一家翻译公司接稿，按字数结算，不用坐班，也没签劳动合同。三单一共8600块到现在都没给。我能去劳动仲裁吗？"
    assert "job_contractor" in extract_facts(text, today=today).flags
    asking = extract_facts("厂里从今年6月就不给我们交社保了。我在厂里干了3年。我能因为这个辞职要补偿吗？", today=today)
    assert "quitting" in asking.flags and not asking.flags & {"resigned", "left_job"}
    years = extract_facts("我在林场伐木队干，来这3年了，之前在别的林场干了9年，加起来12年。今年没休的年假能补多少钱？", today=today)
    assert years.tenure_months == 36 and years.work_months == 144


def test_a_threat_to_break_a_leg_and_the_employers_account_of_a_resignation():
    """Held-out 28 (read): "带班的说再来闹就打断你的腿" is a threat, no fracture (no serious-injury rule or escalation);
    "现在公司说是我自己不干的" is the employer's account, not a resignation the worker made; a franchised shop is named."""
    today = date(2026, 11, 26)
    facts = extract_facts("11月2号带班的在微信语音里说明天别来了。现在公司说是我自己不干的，钱也不结。我去要说法，带班的说再来闹就"
                          "打断你的腿。我咋证明是被开的？", today=today)
    assert "threat" in facts.flags and "dismissed" in facts.flags
    assert not facts.flags & {"fracture", "injured", "resigned"}
    assert "fracture" in extract_facts("我从脚手架上摔下来，腿摔断了", today=today).flags
    assert "resigned" in extract_facts("我自己辞职的，公司不给结工资", today=today).flags
    assert "franchise" in extract_facts("我在一个奶茶加盟店上班，老板是加盟商", today=today).flags


def test_what_signing_would_bring_asked_is_no_paper_signed():
    """Held-out 28 (read): "打算12月底跟我协商解除…签了协商解除协议还能领失业金吗" asks about signing, nothing is signed yet
    (the answer is about whether the benefit survives a mutual termination); "离职协议已经签了，还能要补偿吗" is signed."""
    today = date(2026, 11, 26)
    asked = extract_facts("公司找我谈话，打算12月底跟我协商解除合同。我失业保险交了6年。签了协商解除协议还能领失业金吗？", today=today)
    assert "leaving_paper_signed" not in asked.flags and "unemployment_named" in asked.flags
    assert "leaving_paper_signed" in extract_facts("离职协议已经签了，还能要补偿吗", today=today).flags


def test_holiday_days_training_invoices_and_the_clinics_average_wage_told_in_passing():
    """Held-out 28 (read): "国庆10月1号到3号上了三天班也不算加班，没有加班费" worked three holiday days (the unpaid overtime
    pay is no day off, and the three days are not the time with the employer); "培训费发票上是8万" is the training's
    cost; "我们诊所上年度月平均工资6000" is the employer's average wage (the maternity allowance's base), not the city's."""
    today = date(2026, 11, 26)
    holiday = extract_facts("公司说我们岗位批了综合计算工时，所以国庆10月1号到3号上了三天班也不算加班，没有加班费。我月薪8700。"
                            "这3天应该给多少？", today=today)
    assert holiday.holiday_overtime_hours == 24 and holiday.tenure_months is None
    assert extract_facts("我才上了三天班就被辞退了", today=today).tenure_months is not None
    training = extract_facts("公司出钱送我去培训拿证，培训费发票上是8万，签了5年服务期，协议写违约金10万。我已经干满3年了。",
                             today=today)
    assert training.training_cost == Decimal(80000) and training.agreed_penalty == Decimal(100000)
    clinic = extract_facts("月薪9千，诊所一直给我交着生育保险。我们诊所上年度月平均工资6000，生育津贴能拿多少？", today=today)
    assert clinic.employer_avg_wage == Decimal(6000) and clinic.local_avg_wage is None


def test_a_hotel_housekeeper_is_no_households_helper_and_recognition_asked_is_not_had():
    """Held-out 28 (read): "I'm a housekeeper at a hotel" was read as a household's helper (so the hotel's own duty on
    harassment was never told); "is it too late to have it recognised as a work injury" asks for recognition, it has
    not been had."""
    today = date(2026, 11, 26)
    hotel = extract_facts("I'm a housekeeper at a hotel. My floor supervisor keeps touching my waist. Is the hotel "
                          "itself responsible?", today=today)
    assert "household_employer" not in hotel.flags and "harassment" in hotel.flags
    assert "household_employer" in extract_facts("I'm a live-in housekeeper for a family in Shanghai and they haven't "
                                                 "paid me for two months", today=today).flags
    late = extract_facts("I broke my wrist in turbulence on 20 December 2025. Nobody filed a claim. Is it too late to "
                         "have it recognised as a work injury?", today=today)
    assert "injury_recognised" not in late.flags
    assert "injury_recognised" in extract_facts("It was recognised as a work injury last month, what benefits do I get?",
                                                today=today).flags


def test_held_out_29_readings_of_owners_assets_counts_and_injuries():
    """Held-out 29 (read): the owner's fatal car crash is not the worker's injury, and his son selling the tools
    ("往外卖") is assets going, not a delivery app's "外卖"; equipment moved to a new company, an empty shell; "12个收费员"
    are twelve workers; a finger's tendon cut is not an amputation; "my leg was broken" after "our coach crashed" is a
    fracture on that day; "6 days a week" is a rota, not six days in the job."""
    today = date(2026, 11, 26)
    owner = extract_facts("我在县城一家汽修店干了4年，店是老板个人开的个体户。老板上个月出车祸走了，他儿子说店不开了，"
                          "这两天正在把举升机、工具往外卖。", today=today)
    assert "moving_assets" in owner.flags and owner.injury_date is None
    assert not owner.flags & {"injured", "traffic_accident", "platform_worker"}
    assert "moving_assets" in extract_facts("最近听说老板另外注册了新公司，把设备和车都往新公司转，老公司快成空壳了。",
                                            today=today).flags
    assert "moving_assets" not in extract_facts("老板说公司效益不好，让我们先回家等通知", today=today).flags
    assert extract_facts("我们停车场公司12个收费员，公司三个月没发工资了，想一起申请仲裁", today=today).workers == 12
    assert extract_facts("干了2个月员工都走了，老板欠我工资", today=today).workers is None
    tendon = extract_facts("修电梯厅门时被门夹伤右手，手指肌腱断了，做了手术，劳动能力鉴定出来是九级。", today=today)
    assert "amputation" not in tendon.flags and tendon.disability_grade == 9
    assert "amputation" in extract_facts("手指头断了两根", today=today).flags
    coach = extract_facts("On 10 December last year, while leading a group, our coach crashed and my leg was broken. "
                          "I spent 3 weeks in hospital.", today=today)
    assert "fracture" in coach.flags and coach.injury_date == date(2025, 12, 10)
    rota = extract_facts("For the last 4 weeks of the peak we worked 6 days a week, 11 hours a day. My base salary is "
                         "5,220 a month.", today=today)
    assert rota.tenure_months is None and rota.weekday_overtime_hours == Decimal("65.25")
    assert extract_facts("I have worked there for 3 years", today=today).tenure_months == 36


def test_held_out_29_readings_of_hours_by_kind_an_average_said_and_a_leaving_ahead():
    """Held-out 29 (read): "60 hours on weekday evenings and 40 on Saturdays" a month are both kinds of overtime; "公司去年
    平均工资说是6000多" is the employer's average; "我11月30号离职" said on 26 November is a leaving four days ahead, not a
    year ago (no time limit has started)."""
    today = date(2026, 11, 26)
    split = extract_facts("Every month we do about 100 hours of overtime: roughly 60 hours on weekday evenings and "
                          "40 on Saturdays with no days off in lieu. My base pay is 4,350 a month.", today=today)
    assert (split.weekday_overtime_hours, split.restday_overtime_hours) == (60, 40)
    average = extract_facts("我工资4500，公司去年平均工资说是6000多。产假期间工资谁发？", today=today)
    assert average.employer_avg_wage == Decimal(6000) and average.monthly_wage == Decimal(4500)
    ahead = extract_facts("今年一天年假都没休过，我11月30号离职。老板说年假没休就作废。", today=today)
    assert ahead.end_date != date(2025, 11, 30) and "still_employed" in ahead.flags
    assert extract_facts("我11月30号离职了，公司还没给工资", today=today).end_date == date(2025, 11, 30)


def test_held_out_29_readings_of_a_dead_owner_an_injury_at_home_a_word_of_inclusion_and_a_suspected_disease():
    """Held-out 29 (read): the owner's death is its own fact (his debts pass to his estate); a back hurt at home is no
    work injury (but the boss's story that it happened at home is not the worker's); the boss's word that the wage
    includes overtime is no agreement in writing; a hospital checking for an occupational disease after years with
    benzene is a suspected one; "3 years there, 7,000 yuan a month" are the tenure and the wage."""
    today = date(2026, 11, 26)
    assert "owner_died" in extract_facts("个体户老板上个月病逝了，欠我两个月工资", today=today).flags
    assert "owner_died" not in extract_facts("老板跑了，欠我两个月工资", today=today).flags
    home = extract_facts("I hurt my back at home in September and have a doctor's sick note. The shop fired me.",
                         today=today)
    assert "injured_off_work" in home.flags
    assert "injured_off_work" not in extract_facts("老板让我说是在家摔的，其实是在车间摔伤的", today=today).flags
    assert "injured_off_work" not in extract_facts("居家办公的时候在家摔伤了，算工伤吗", today=today).flags
    said = extract_facts("一个月5220块，老板说工资里已经包含加班费了。我这样算有加班费吗？", today=today)
    assert {"wage_includes_overtime", "inclusion_unwritten"} <= said.flags
    written = extract_facts("合同写月薪1万5“已包含全部加班费”，老板也说包含加班费了", today=today)
    assert "wage_includes_overtime" in written.flags and "inclusion_unwritten" not in written.flags
    suspected = extract_facts("天天用苯、甲苯这些溶剂，干了4年。最近白细胞偏低，医院说要排查职业病。", today=today)
    assert "occupational_disease" in suspected.flags
    centre = extract_facts("我在一家月子中心当月嫂（跟中心签的劳动合同），现在怀孕3个月", today=today)
    assert "household_employer" not in centre.flags
    assert "household_employer" in extract_facts("我在雇主家当月嫂，主人家说不用我了", today=today).flags
    poisoned = extract_facts("天天用洗板水，最近手脚发麻，镇医院说'疑似职业中毒，建议去职业病医院确诊'", today=today)
    assert "occupational_disease" in poisoned.flags
    mechanic = extract_facts("I'm a mechanic at a repair shop in Hangzhou; 3 years there, 7,000 yuan a month.",
                             today=today)
    assert mechanic.tenure_months == 36 and mechanic.monthly_wage == Decimal(7000)


def test_held_out_29_hurt_doing_the_job_against_hurt_at_home():
    """Held-out 29 (read): a trainer's wrist sprained "示范杠铃动作时" was answered on injuries during a meal break; hurt in
    the task itself is an accident at work, hurt cooking at home is not (nor is a furniture factory "在家具厂" a home)."""
    today = date(2026, 11, 26)
    trainer = extract_facts("给会员示范杠铃动作时手腕扭了，医生说软组织挫伤休息一周", today=today)
    assert {"hurt_doing_the_job", "work_accident", "injured"} <= trainer.flags
    home = extract_facts("在家炒菜的时候被油烫伤了，请了病假", today=today)
    assert "injured_off_work" in home.flags and not home.flags & {"work_accident", "hurt_doing_the_job"}
    factory = extract_facts("在家具厂干活的时候被木板砸伤了", today=today)
    assert "work_accident" in factory.flags and "injured_off_work" not in factory.flags
    assert "work_accident" in extract_facts("烤面包的时候被烤盘烫了手背，起了几个泡", today=today).flags


def test_held_out_29_one_day_on_one_day_off_at_24_hours():
    """Held-out 29 (read): "做一休一，一班24小时" got the overtime asked as weekday and weekend hours; half the month's days
    of 24 hours are about 365 hours, 191 past the 174 standard ones (counted at the weekday rate, the least owed)."""
    today = date(2026, 11, 26)
    booth = extract_facts("我在小区地下停车场收费岗，做一休一，一班24小时，晚上可以在岗亭里眯一会。一个月4400。", today=today)
    assert booth.weekday_overtime_hours == Decimal(191)
    assert extract_facts("I work 24-hour shifts, one day on, one day off, 4,400 a month",
                         today=today).weekday_overtime_hours == Decimal(191)
    assert extract_facts("做一休一，2024年入职，一个月4400", today=today).weekday_overtime_hours is None


def test_held_out_29_a_layoff_told_with_its_count_and_one_survived():
    """Held-out 29 (read): "一下子裁了我们车间30个人" is a dismissal (it was not read, so no compensation was counted); others
    laid off while the worker stays ("没裁到我，我还在上班") is none."""
    today = date(2026, 11, 26)
    cut = extract_facts("我们船厂这个月一下子裁了我们车间30个人，就提前一周在群里通知。我干了8年，工资9000。", today=today)
    assert {"dismissed", "group"} <= cut.flags
    spared = extract_facts("公司裁了20个人，没裁到我，我还在上班。会不会下一个就是我？", today=today)
    assert not spared.flags & {"dismissed", "left_job"} and "still_employed" in spared.flags
    assert "dismissed" in extract_facts("公司裁员，我被裁了，我还在等补偿", today=today).flags


def test_ten_years_with_no_two_fixed_terms_told_is_its_own_ground():
    """Held-out 29 (read): twelve years at a merged shipyard was answered on "two fixed-term contracts" never mentioned;
    ten years and no two terms told make the years the ground (ten_years_only), two terms told keep that ground too."""
    today = date(2026, 11, 26)
    years = extract_facts("I've worked at a state-owned shipyard in Dalian since March 2014.", today=today)
    assert {"tenure_over_10y", "ten_years_only"} <= years.flags
    both = extract_facts("2016年6月20号入职，先签了5年，2021年又续签了一次到今年12月31号。", today=today)
    assert "tenure_over_10y" in both.flags and "ten_years_only" not in both.flags


def test_held_out_30_days_the_employer_set_ahead_and_a_scrape_on_the_road():
    """Held-out 30 (read): "让我11月30号以后不用来了" and "12月1号起不用来了" said in late November were read as a year ago
    (a false "4 days left" to arbitrate); "被一辆小汽车蹭倒" on the way to work gave no injury day."""
    today = date(2026, 11, 26)
    told = extract_facts("店长给了我一张解除劳动合同通知书，让我11月30号以后不用来了", today=today)
    assert told.end_date == date(2026, 11, 30)
    laid_off = extract_facts("上周一次性通知我们车间25个人12月1号起不用来了，补偿按每年半个月工资给", today=today)
    assert laid_off.end_date == date(2026, 12, 1)
    past = extract_facts("上个月老板说9月1号以后不用来了", today=today)
    assert past.end_date == date(2026, 9, 1)
    scraped = extract_facts("11月18号早上骑电动车上班路上被一辆小汽车蹭倒，交警认定对方全责", today=today)
    assert scraped.injury_date == date(2026, 11, 18)
    tractor = extract_facts("On November 3 a baggage tractor driven by one of their staff hit me on the apron; my left "
                            "arm is fractured", today=today)
    assert "violence" not in tractor.flags and "fracture" in tractor.flags
    saturdays = extract_facts("I worked four full Saturdays (8 hours each) with no time off in lieu.", today=today)
    assert saturdays.restday_overtime_hours == 32
    broker = extract_facts("我月平均工资（底薪加提成）9000左右。怀孕了还能被这样开吗？", today=today)
    assert broker.monthly_wage == 9000
    rostered = extract_facts("月工资5220。今年国庆10月1号到3号都排了班，后来10月8号给了半天调休。我这三天应该拿多少？",
                             today=today)
    assert rostered.holiday_overtime_hours == 24
    graduate = extract_facts("I graduated in June 2026 and started as a QA tester at a game studio on July 6, 2026.",
                             today=today)
    assert graduate.start_date == date(2026, 7, 6)
    editor = extract_facts("Schedule is 9am to 9pm with 1h lunch and 1h dinner, Monday to Saturday.", today=today)
    assert (editor.weekday_overtime_hours, editor.restday_overtime_hours) == (Decimal("43.5"), Decimal("43.5"))
    pushed = extract_facts("店长让我这周写辞职信，不写就按'不能胜任'辞退。我不想辞职，怎么办？", today=today)
    assert not pushed.flags & {"resigned", "quitting"}
    assert "resigned" in extract_facts("我上个月写了辞职信，已经辞职了", today=today).flags
    routes = extract_facts("有人说打12333，有人说去劳动监察大队，有人说直接仲裁。这几个到底有啥区别？", today=today)
    assert "routes_compared" in routes.flags
    assert "routes_compared" not in extract_facts("去劳动监察投诉过，现在还能仲裁吗", today=today).flags
    insured = extract_facts("Unemployment insurance was paid for me for 3 years and 8 months.", today=today)
    assert insured.insured_months == 44
    hinted = extract_facts("医院领导说这是年龄问题，不认，还暗示让我“主动离职”去换个轻松的工作。", today=today)
    assert not hinted.flags & {"resigned", "quitting"}
    # a craftsman or a farm household told without the words the flag knew (earlier held-out sets' phrasings)
    for text in ("我跟着一个油漆师傅干家装刷漆，干了快半年，一天300，师傅自己接活，没公司也没营业执照。",
                 "去年一年我在老李承包的鱼塘帮他喂鱼看塘，他是我们村的，塘是从村里承包的。",
                 "我19岁，跟村里一个贴瓷砖的师傅当学徒。他就一个人接活，没开店也没执照"):
        assert "craft_or_farm_employer" in extract_facts(text, today=today).flags, text
    for text in ("我们8个人是中介老刘带到养猪场干活的", "跟着公司的老师傅当学徒，公司不发工资"):
        assert "craft_or_farm_employer" not in extract_facts(text, today=today).flags, text
    for text in ("厂里一个师傅教我开机器，干了半年还没签合同", "老板承包的果园里摘苹果，公司发工资"):
        assert "craft_or_farm_employer" not in extract_facts(text, today=today).flags, text
    assert "craft_or_farm_employer" in extract_facts("跟个体装修师傅当学徒，师傅说学徒没工资", today=today).flags
    days = extract_facts("11月大促，22个工作日每天都干10个小时，4个周六也各干了10小时，没调休。", today=today)
    assert (days.weekday_overtime_hours, days.restday_overtime_hours) == (Decimal(44), Decimal(40))
    inspection = extract_facts("劳动监察60个工作日内办完，我每天都加班2小时", today=today)
    assert inspection.weekday_overtime_hours == Decimal("43.5")  # the inspection's days are no month's work


def test_held_out_33_dates_rest_days_insurance_and_side_jobs():
    """Held-out 33 (read): "去年12月20号…我就没干了" gave no leaving day (11月、12月两个月工资 was read as it); a dismissal
    told as "不用我了" after a contract's expiry kept the expiry as the end; "两个月一天没休" and "每周只休一天" gave no
    rest-day hours; insurance at an earlier job was not added to this one's; "禁止兼职" made a full-time worker
    part-time; "work permit is fine" was lost to a threat about "another work permit"."""
    today = date(2026, 11, 26)
    canteen = extract_facts("去年12月20号食堂换了承包商，我就没干了。走的时候公司还欠我11月、12月两个月工资，一共7600",
                            today=today)
    assert canteen.end_date == date(2025, 12, 20) and not canteen.rough_dates
    kept = extract_facts("2023年3月1号进去的，合同2025年12月31号到期，到期后公司没提续签，我就一直接着干。今年4月30号公司"
                         "突然说不用我了，一分钱没给。", today=today)
    assert kept.end_date == date(2026, 4, 30) and kept.contract_end_date == date(2025, 12, 31)
    assert "dismissed" in kept.flags
    holiday = extract_facts("国庆老板说店里忙，让我从10月1号一直干到7号，一天没休", today=today)
    assert holiday.end_date is None and "left_job" not in holiday.flags
    coach = extract_facts("7月1号到8月31号两个月一天没休，每天早上6点到晚上7点练车，中午歇2小时。", today=today)
    assert (coach.weekday_overtime_hours, coach.restday_overtime_hours) == (Decimal("65.25"), Decimal("95.7"))
    groomer = extract_facts("每周只休一天，每天早10点上到晚上10点，中午吃饭一小时，月薪7000", today=today)
    assert groomer.restday_overtime_hours == Decimal("47.85")
    insured = extract_facts("在养蜂场干了2年8个月，公司一直给交社保。我之前在别的厂也交过3年社保。能领多久失业金？",
                            today=today)
    assert insured.insured_months == 68
    assert extract_facts("社保一共交了3年，之前在别的厂也交过", today=today).insured_months == 36
    assert "part_time" not in extract_facts("公司说我违反员工手册里“禁止兼职”的规定，直接解除合同", today=today).flags
    assert "part_time" in extract_facts("我在奶茶店做兼职，每天4小时", today=today).flags
    kenyan = extract_facts("I'm from Kenya, work permit is fine. My manager said he will make sure I never get another "
                           "work permit.", today=today)
    assert "work_permit" in kenyan.flags
    assert "work_permit" not in extract_facts("我是外国人，我没有工作许可，老板说不给办", today=today).flags
    assert "company_contractor" in extract_facts("在大学食堂帮厨，是承包食堂的餐饮公司招的", today=today).flags
    assert "company_contractor" not in extract_facts("厂里把食堂承包给了老王个人，老王欠我工资", today=today).flags
    # "去年从5月一直干到11月30号": the last day worked (4 days left to arbitrate), and 5月一直 is no May Day worked
    pickers = extract_facts("一共18个人，去年从5月一直干到11月30号，采收完基地说明年再叫我们，最后一个月工资一直没给。",
                            today=today)
    assert pickers.end_date == date(2025, 11, 30) and pickers.holiday_overtime_hours is None
    # 中间吃饭半个钟: half an hour, not the hour a day without a break told is taken to have
    sorters = extract_facts("一直是晚上7点干到早上7点，中间吃饭半个钟，一个月只休2天。工资固定5500", today=today)
    assert sorters.weekday_overtime_hours == Decimal("76.12")
    # a collapse lived through is an illness, not an injury by accident; a fall in it is both
    fainted = extract_facts("在直播间晕倒了，送急诊住了两天院，医生说是过度疲劳，现在已经出院在家休息。这算工伤吗？", today=today)
    assert "collapse_survived" in fainted.flags and "injured" not in fainted.flags
    fell = extract_facts("在车间晕倒摔在机器上，头撞破了缝了8针，已经出院了", today=today)
    assert "injured" in fell.flags
    waiting = extract_facts("我爸夜班突发脑溢血，还在ICU抢救，要是抢救过来了算工伤吗", today=today)
    assert "collapse_survived" not in waiting.flags
    # stung by a swarm at work into shock: an accident at work, with its day, not a sudden illness
    stung = extract_facts("今年7月20号我在蜂场割蜜的时候被蜂群围攻，蛰了几十下，过敏性休克送医院抢救，住了3天院，现在已经好了。",
                          today=today)
    assert {"injured", "work_accident"} <= stung.flags and stung.injury_date == date(2026, 7, 20)


def test_a_contracts_term_told_as_a_span_gives_its_length_and_yields_to_the_jobs_own_end():
    """A contract told as a span of dates (合同是2024年6月1日至2027年5月31日, "My contract runs from 2025-03-01 to
    2026-02-28") gave no term and, in English, no dates at all; a dismissal 上个月10号 after it was lost to the contract's
    end ahead (the worker read as still employed); "合同签到明年6月" read 签到 as clocking in."""
    today = date(2026, 11, 26)
    fired = extract_facts("我的合同是2024年6月1日至2027年5月31日，上个月10号被辞退了", today=today)
    assert (fired.start_date, fired.end_date, fired.contract_months) == (date(2024, 6, 1), date(2026, 10, 10), 36)
    assert "left_job" in fired.flags and "still_employed" not in fired.flags
    english = extract_facts("Contract: 2024-06-01 to 2027-05-31. I was dismissed on 2026-11-10 without reason.",
                            today=today)
    assert (english.start_date, english.end_date, english.contract_months) == (date(2024, 6, 1), date(2026, 11, 10), 36)
    seasonal = extract_facts("雪季合同2025年12月1号到2026年3月31号，月薪7000", today=today)
    assert seasonal.contract_months == 4
    kept = extract_facts("合同期2025.3.1-2026.2.28，到期后没续签还在干", today=today)
    assert kept.contract_months == 12 and kept.start_date == date(2025, 3, 1) and "still_employed" in kept.flags
    # two terms: the job goes on to the second's end; its first day stays the first term's only when told as the first
    second = extract_facts("My first contract ran 2021-01-01 to 2023-12-31, the second one 2024-01-01 to 2026-12-31. "
                           "HR just sent me a third contract.", today=today)
    assert second.end_date == date(2026, 12, 31) and "still_employed" in second.flags
    extended = extract_facts("第一份合同2020.1-2022.12，第二份2023.1-2025.12，到期后公司让我跟新公司签了一年，这份合同2026年12月31号"
                             "到期，HR说到时候不续了", today=today)
    assert extended.end_date == date(2026, 12, 31) and "left_job" not in extended.flags
    # a notice last week that the contract will not be renewed: the job ends at the expiry, not at the notice
    notice = extract_facts("合同是2025年12月1号到2026年11月30号，一年的。上周人事说合同到期不续了", today=today)
    assert notice.end_date == date(2026, 11, 30) and notice.contract_months == 12
    # renewed: the first term's length is not the contract in force
    assert extract_facts("合同期2025.3.1-2026.2.28，到期后又续签了两年", today=today).contract_months != 12
    signed_to = extract_facts("在仓库做质检，合同签到明年6月，月薪6200", today=today)
    assert "managed_as_staff" not in signed_to.flags
    assert "managed_as_staff" in extract_facts("每天早上要签到，迟到扣钱", today=today).flags


def test_held_out_34_a_blade_a_forearm_a_department_and_a_scratched_car_door():
    """Held-out 34 (measured): "被切片机切掉了两根手指" was no amputation, "broke my left forearm" no fracture, "整个标注部门60个人
    …让我们本月底前全部签" no group claim (each a person now); "把车门刮了…补漆花了2400，全部从我这个月工资扣…这个月本来应发
    4200" was no loss caused, no sum taken and the base pay (3000) taken for the month's wage the 20% is of."""
    today = date(2026, 11, 26)
    assert "amputation" in extract_facts("10月3号被切片机切掉了两根手指，住了十几天院", today=today).flags
    assert "amputation" not in extract_facts("切菜的时候切到手指，缝了两针", today=today).flags
    assert "fracture" in extract_facts("A glass rack fell on me and broke my left forearm. I had surgery.",
                                       today=today).flags
    labelers = extract_facts("我们是AI数据标注公司的标注员，整个标注部门60个人。公司说我们的岗位都没了，让我们本月底前全部签“协商解除协议”",
                             today=today)
    assert labelers.workers == 60 and "group" in labelers.flags
    assert "group" not in extract_facts("我们公司有60个人，就我一个被辞退了", today=today).flags
    car_wash = extract_facts("底薪3000加提成。不小心把车门刮了，老板说补漆花了2400，全部从我这个月工资扣，我这个月本来应发4200，"
                             "结果只发了1800。", today=today)
    assert "caused_loss" in car_wash.flags
    assert (car_wash.deduction, car_wash.monthly_wage) == (Decimal("2400.00"), Decimal("4200.00"))
    # the sum taken for the loss is the one told after it, not a fine told before
    fined = extract_facts("迟到4次直接扣了800。另外上个月我操作失误把模具弄坏了，厂里说要一次性从工资里扣3000。", today=today)
    assert "caused_loss" in fined.flags and fined.deduction == Decimal("3000.00")
    steamer = extract_facts("我忘了加水把蒸饭柜烧坏了，园里说修好要6000，这个月已经扣了我800", today=today)
    assert "caused_loss" in steamer.flags and steamer.deduction == Decimal("800.00")
    # a back strained by the lift itself is an accident in the work; "treated like I quit" is no resignation
    carer = extract_facts("把一个老人从床上抱到轮椅上，腰一下子扭了，急诊说是急性腰扭伤", today=today)
    assert {"work_accident", "injured"} <= carer.flags
    assert "work_accident" not in extract_facts("在家抱孩子腰一下子扭了，请了病假", today=today).flags
    asked = extract_facts("If I say no and they don't renew, do I get any compensation, or is it treated like I quit?",
                          today=today)
    assert "resigned" not in asked.flags
    # a service agreement told with a comma and counted from New Year's Day: its length and what was served, and no
    # holiday worked; insurance "也交了5年多"; an earlier job's years told as "上过8年班"
    bond = extract_facts("回来签了服务期协议，5年，从2025年1月1号算，写的培训费2万4。我打算今年12月底辞职", today=today)
    assert (bond.service_period_months, bond.service_served_months) == (60, 24) and bond.holiday_overtime_hours is None
    assert extract_facts("干了5年多，失业保险也交了5年多", today=today).insured_months == 61
    assert extract_facts("在这干了3年了，之前在别的公司上过8年班", today=today).work_months == 132


@pytest.mark.parametrize("text, expected", [
    # past the old retirement age, short of the new one (men born 1966-10: 60 and 6 months, April 2027)
    ("我1966年10月生的，人事说我10月份满60了，合同11月30号终止", True),
    ("我是66年8月生的，今年刚满60，公司让我签退休返聘劳务协议", True),
    ("1976年6月生的，今年满50了。厂里说女工50岁就该退休了", True),
    ("我是1971年9月生的女干部，今年满五十五了，单位说要办退休", True),  # 55: a month for every four born after 1969
    # born early in 1966: 60 and 4 months, May 2026, already reached; born before 1965: no delay
    ("我1966年1月生的，满60了，公司说合同终止", False),
    ("我1964年5月出生，满60岁后返聘在厂里看门", False),
])
def test_retirement_age_not_yet_reached(text, expected):
    facts = extract_facts(text, today=date(2026, 11, 27))
    assert ("before_new_retirement_age" in facts.flags) is expected
    assert "retired_pensioner" not in facts.flags or not expected


def test_an_end_announced_before_another_date_of_the_sentence_is_still_ahead():
    # 人事通知我说我10月份满60了，合同11月30号终止 (said on 27 November): the end is three days ahead, not last year's
    facts = extract_facts("我1966年10月生的，2014年10月进的公司。上礼拜人事通知我说我10月份满60了，合同11月30号终止，让我办手续回家",
                          today=date(2026, 11, 27))
    assert facts.end_date == date(2026, 11, 30)


def test_held_out_36_a_planned_leaving_a_threatened_end_a_crush_and_signings_denied():
    today = date(2026, 11, 27)
    # 我打算明天跟老板说辞职，12月15号走: the leaving is 18 days ahead, not a year past (a false deadline before)
    plan = extract_facts("2022年7月来的。我打算明天跟老板说辞职，12月15号走，月薪7千。今年的年假能折成钱吗？", today=today)
    assert plan.end_date == date(2026, 12, 15) and "still_employed" in plan.flags and "left_job" not in plan.flags
    # 不同意就到期走人: the employer's condition, not an end last week; the second term's end stands, and it is the second
    term = extract_facts("第一份合同2020年1月1号到2022年12月31号，第二份2023年1月1号到2026年12月31号，下个月底就到期了。"
                         "经理上周找我说续签可以但工资从5千2降到4千，不同意就到期走人。", today=today)
    assert term.end_date == date(2026, 12, 31) and "second_fixed_term" in term.flags and "left_job" not in term.flags
    # 在井道里被轿厢挤了: crushed, the day the application counts from
    crush = extract_facts("我哥是电梯维保工，11月20号在一个小区检修电梯，在井道里被轿厢挤了，送到医院没抢救过来。", today=today)
    assert crush.injury_date == date(2026, 11, 20)
    # 12月1号上的班 is the first day; 一直没签合同 after the season's last day is no signing that day
    season = extract_facts("去年（2025年）12月1号上的班，干到今年3月31号雪季结束，一个月5500，一直没签合同。", today=today)
    assert season.start_date == date(2025, 12, 1) and season.end_date == date(2026, 3, 31)
    assert season.contract_signed_date is None
    # 我们这最低工资好像是2300: the local minimum wage, told with a hedge
    assert extract_facts("月薪6000已包含全部加班费。我们这最低工资好像是2300。", today=today).minimum_wage == Decimal(2300)


@pytest.mark.parametrize("text, flags", [
    # anger said as wanting to jump is no self-harm (answered, with a line on where to talk); a plain wish is
    ("店长直接通知我解除合同，一分钱补偿没有。气得我真想跳楼，就两个要扔的面包！", set()),
    ("工资两个月没发，气得我都想跳楼了！！能直接不干了吗", set()),
    ("工资两个月没发，我真想跳楼", {"self_harm"}),
    # onlookers and the members of a chat group are not ten workers in one claim
    ("经理当着所有人面骂我废物，然后给了张解除通知，说我严重违纪，啥补偿都不给。", set()),
    ("the manager posted my home address in a member WeChat group with about 400 people, saying I stole clients",
     set()),
    ("全厂工人三个月没发工资了，我们要一起去仲裁", {"group"}),
])
def test_held_out_36_what_is_said_in_anger_and_who_looks_on(text, flags):
    assert extract_facts(text, today=date(2026, 11, 27)).flags & {"self_harm", "group"} == flags


def test_held_out_36_threats_on_a_condition_and_an_average_told_in_english():
    today = date(2026, 11, 27)
    # 先把2万拿来，不然这个月工资就扣了不发: the boss's condition, no wages owed yet (led by the quit-for-fault rule before)
    bond = extract_facts("老板说走可以，先把2万拿来，不然这个月工资就扣了不发。我真要赔吗？", today=today)
    assert "wage_owed" not in bond.flags
    assert "wage_owed" in extract_facts("老板拖欠了两个月工资不发，我真要赔吗？", today=today).flags
    # 再过一个月没活合同就自动解除: an end the agency says will follow, not one on the day of the return
    returned = extract_facts("今年10月印刷厂把我们几个派遣的退回派遣公司了。派遣公司让我回家等，从10月到现在一分钱没给，"
                             "还说再过一个月没活合同就自动解除。", today=today)
    assert returned.end_date is None and "left_job" not in returned.flags
    # "a base pay of 6,000 plus 3% commission — my average monthly income … was about 8,000": the average counts
    host = extract_facts("I get a base pay of 6,000 plus 3% commission — my average monthly income over the last "
                         "year was about 8,000. On Nov 20 they told me not to come back.", today=today)
    assert host.monthly_wage == Decimal(8000)


def test_held_out_36_every_other_night_counts_half_the_months_days():
    today = date(2026, 11, 27)
    # 做一休一, 12-hour nights less an hour: 3 hours over on about 15.2 shifts a month, not on 21.75 (65.25 before)
    snow = extract_facts("我在滑雪场造雪班，雪季每天晚上8点干到早上8点，12个钟头（中间能歇1个钟头），做一休一。月工资5000。", today=today)
    assert snow.weekday_overtime_hours == Decimal("45.63")
    # 早上8点到第二天早上8点 is a whole day, not twelve hours; the 15 shifts told are the month's, and with no approved
    # comprehensive scheme each shift's 16 hours past the standard day are overtime (240; 191 from half a month's
    # days against 174 before)
    guard = extract_facts("我在小区当保安，做一休一，一个班24小时，早上8点到第二天早上8点。一个月上15个班，工资4350。", today=today)
    assert guard.weekday_overtime_hours == Decimal(240)


@pytest.mark.parametrize("text, own_time", [
    ("11月22号下午没排课，我自己上高级道练活儿，结果摔了", True),
    ("下班后自己在公司球场打球把脚扭了", True),
    ("I was off duty and practising on the slope when I fell", True),
    ("上班时间在车间搬货砸到脚了", False),
    ("老师让我们下班后自己练，练的时候摔了", True),  # (whether it was required is the rule's question, not the fact's)
])
def test_hurt_on_ones_own_time_at_work(text, own_time):
    assert ("own_time_at_work" in extract_facts(text, today=date(2026, 11, 27)).flags) is own_time


def test_held_out_37_a_backdated_contract_bears_no_signing_day():
    today = date(2026, 11, 27)
    # the date the paper bears is no day of signing: the double wages run to today, not stop at the first day
    hotel = extract_facts("我1月15号进的酒店做客房，一直没签合同，每月到手4200。昨天经理拿了份合同让我签，落款日期写的是1月15号，"
                          "说补签一下就行。我要是签了这个是不是就没了？不签会不会被开除？", today=today)
    assert hotel.contract_signed_date is None and hotel.start_date == date(2026, 1, 15)
    assert {"asked_to_sign", "backdated_contract"} <= hotel.flags and "dismissed" not in hotel.flags
    # the condition set before the end (不签下个月就别来了) is a threat: no dismissal, no end on the first day
    station = extract_facts("我3月10号进的加油站，一直没签合同。前两天站长拿来一份合同让我签，签订日期写的是3月10号，说就是补个手续，"
                            "不签下个月就别来了。这个能签吗？", today=today)
    assert station.end_date is None and not station.flags & {"dismissed", "left_job", "tenure_under_1m"}
    assert "backdated_contract" in station.flags
    english = extract_facts("The manager gave me a contract dated back to March 10, my first day. Should I sign it?", today=today)
    assert "backdated_contract" in english.flags
    # a contract signed on a day, told as such, keeps its day
    signed = extract_facts("我2025年3月1号入职，2025年4月1号签的合同", today=today)
    assert signed.contract_signed_date == date(2025, 4, 1) and "backdated_contract" not in signed.flags


def test_held_out_37_pressure_to_resign_and_days_of_work_counted():
    today = date(2026, 11, 27)
    lead = extract_facts("医生说可能是铅中毒，让去做职业病诊断。厂里不给我开接触史证明，还说要么自己辞职走人。他们现在能赶我走吗？",
                         today=today)
    assert "dismissed" in lead.flags and not lead.flags & {"resigned", "quitting"}
    # an either-or between renewing and leaving is no dismissal
    renew = extract_facts("人事说合同快到了，要么再签一年固定期，要么走人。我能要求签无固定期限合同吗？", today=today)
    assert "dismissed" not in renew.flags
    asked = extract_facts("厂里拿了份'协商解除协议'让我签，给3万块走人。要是签了，以后查出职业病还能找厂里吗？不签他能让我走吗？",
                          today=today)
    assert "asked_to_sign" in asked.flags
    # 70个工, 120个工: days of work, not workers
    gang = extract_facts("我们5个人跟着包工头干装修，每人差不多70个工，一分没结", today=today)
    assert gang.workers == 5 and "group" not in gang.flags
    assert extract_facts("我们一共6个人，我一个人就被欠了4万2（大概120个工）", today=today).workers == 6


def test_held_out_37_a_rota_counts_the_months_shifts_and_a_holiday_worked_its_statutory_days():
    today = date(2026, 11, 27)
    # 上12休24, 20 shifts of 12 hours, the scheme only the company's word: each shift's 4 hours past the day (80), not
    # 4 hours on 21.75 days (87); 国庆那几天上班: the three statutory days of 12 hours at 300%
    forklift = extract_facts("我在冷链仓库开叉车，上12休24，一个月大概上20个班，每班12小时，月工资5500。公司说我们批了综合工时，"
                             "所以平时不算加班，国庆那几天上班也只给一天100块补贴。", today=today)
    assert forklift.weekday_overtime_hours == Decimal(80) and forklift.holiday_overtime_hours == Decimal(36)
    # an approved scheme told as a fact: the month's hours past the standard month (20 × 12 − 166.64)
    approved = extract_facts("上12休24，一个月上20个班，每班12小时，月工资5500。我们的综合工时是经过人社局审批的。", today=today)
    assert approved.weekday_overtime_hours == Decimal("73.36")
    # 做两休一: two days in three, about 20.28 shifts a month
    station = extract_facts("加油站上班，做两休一，一个班12个小时，一个月到手5000，从来没有加班费。国庆那几天也照常上班没多给钱。",
                            today=today)
    assert station.weekday_overtime_hours == Decimal("81.12") and station.holiday_overtime_hours == Decimal(36)
    # 做二休二 with 15 shifts of 12 hours: 60 hours past the standard day (not the 13 past the standard month)
    bags = extract_facts("我在机场做行李装卸，做二休二，每班12小时，一个月大概上15个班，月薪6500。公司说我们是综合工时制，"
                         "可我从没见过什么审批。", today=today)
    assert bags.weekday_overtime_hours == Decimal(60)


def test_held_out_37_a_court_bankruptcy_and_a_health_record_posted_to_a_group():
    today = date(2026, 11, 27)
    assert "bankruptcy" in extract_facts("公司10月被法院受理破产清算，管理人说劳动合同都解除了", today=today).flags
    assert "bankruptcy" in extract_facts("10月法院受理了破产，来了个管理人，贴公告让债权人申报债权", today=today).flags
    # the boss's word alone is no court's proceedings
    assert "bankruptcy" not in extract_facts("老板说公司要破产了，工资发不出来", today=today).flags
    posted = extract_facts("结果人事把体检结果表直接发到车间大群里，大家都看到了", today=today)
    assert "info_disclosed" in posted.flags


def test_a_day_of_last_year_told_without_its_year_is_not_moved_ahead():
    """"去年合同快到期的时候…结果12月10号一到期就给我发了终止通知", read on 2026-11-27: the expiry was last year's
    (the second term ran to 2025-12-10), not 13 days ahead, so the one-year limit ends on 2026-12-10, not in 2027."""
    text = ("第一份合同是2019年12月11号到2022年12月10号，第二份续到2025年12月10号。去年合同快到期的时候我跟人事说想签"
            "无固定期限，人事当时没回话，结果12月10号一到期就给我发了终止通知，说“到期不续”。")
    facts = extract_facts(text, today=date(2026, 11, 27))
    assert facts.end_date == date(2025, 12, 10)
    assert "left_job" in facts.flags and "still_employed" not in facts.flags


@pytest.mark.parametrize("text", [
    "我今年62了（1964年3月生），在区图书馆做整理书架的活，2021年5月签的劳动合同，月工资3200。",
    "我是1968年5月出生的，在厂里干了三年，没签合同。",
])
def test_the_workers_own_birth_date_is_no_day_of_the_job(text):
    """"1964年3月生" was read as the first day at work: 62 years of service and a 2N of 403,200 yuan."""
    facts = extract_facts(text, today=date(2026, 11, 27))
    assert facts.start_date is None or facts.start_date.year >= 2021
    assert facts.contract_signed_date is None or facts.contract_signed_date.year >= 2021
    assert "tenure_over_10y" not in facts.flags


def test_a_childs_birth_date_is_still_read():
    facts = extract_facts("我3月15号生的孩子，产假还没休完公司就让我回去上班", today=date(2026, 11, 27))
    assert facts.birth_date == date(2026, 3, 15)


def test_a_day_the_contract_writes_is_not_the_day_worked():
    """"合同写每天8小时，可实际上每周干6天，每天早上7点干到晚上8点": the sixth day is as long as the others (12.5 hours
    less the meal), not the paper's 8 hours (about 1,100 yuan a month short)."""
    facts = extract_facts("2025年5月1号入职，合同写每天8小时、月工资5000。可实际上每周干6天，每天早上7点干到晚上8点，"
                          "中午吃饭半小时，加班费从来没有", today=date(2026, 11, 27))
    assert facts.weekday_overtime_hours == Decimal("97.88")
    assert facts.restday_overtime_hours == Decimal("54.38")


@pytest.mark.parametrize("text, dismissed", [
    ("今年7月31号老板说我把一个棚的温度没控好，香菇烂了损失好几万，当场让我滚蛋，没有任何书面通知", True),
    ("老板说再闹就让我滚蛋", False),  # a threat, not done
    ("再要钱就告诉我爸让我滚回家", False),
])
def test_told_to_get_out_on_the_spot_is_a_dismissal(text, dismissed):
    """"当场让我滚蛋" on 7月31号 is the day the job ended (the one-year limit runs to 2027-07-31); the answer had no
    dismissal and no date, and asked for the day the worker had given."""
    facts = extract_facts(text, today=date(2026, 11, 27))
    assert ("dismissed" in facts.flags) is dismissed
    if dismissed:
        assert facts.end_date == date(2026, 7, 31)


def test_the_day_told_before_a_same_day_dismissal_is_the_last_day():
    """"11月20号公司说我上个月一次夜班在驾驶室睡着了…当天就解除了合同": the dismissal is of 20 November, not of last
    month (the answer said "你没说具体哪一天" and counted the limit from 1 October)."""
    facts = extract_facts("我在集装箱码头开正面吊，2021年6月1号入职。11月20号公司说我上个月一次夜班在驾驶室睡着了，被监控拍到，"
                          "按《员工手册》属于严重违纪，当天就解除了合同。", today=date(2026, 11, 27))
    assert facts.end_date == date(2026, 11, 20)
    assert "end_date" not in facts.rough_dates


@pytest.mark.parametrize("text", [
    "今年9月30号工务段说项目缩减，把我们几个退回劳务公司了。",
    "11月22号在员工更衣室的挂钩上发现一个针孔摄像头",
])
def test_a_day_of_the_month_is_no_head_count(text):
    """"9月30号工务段" read as thirty workers (号, as in 五十多号人): a group claim, and a hand-over on it."""
    facts = extract_facts(text, today=date(2026, 11, 27))
    assert facts.workers is None and "group" not in facts.flags


def test_a_head_count_told_with_hao_is_still_read():
    facts = extract_facts("我们厂五十多号人，老板欠了三个月工资，大家想一起去仲裁", today=date(2026, 11, 27))
    assert facts.workers == 50 and "group" in facts.flags


def test_a_death_in_the_town_hospital_the_same_night_is_a_death():
    """"被倒下来的树砸中，送到镇医院当天晚上就没了": a death at work (the answer used the disability template, addressed the
    dead father as "you" and did not hand the family to a person)."""
    facts = extract_facts("我爸在林场伐树的时候被倒下来的树砸中，送到镇医院当天晚上就没了。公司来人说给8万块钱了结",
                          today=date(2026, 11, 27))
    assert "death" in facts.flags


@pytest.mark.parametrize("text, months", [
    ("离职到现在十个半月了，最近听朋友说加班费可以要回来", Decimal("10.5")),
    ("离职至今4个月了，公司一分钱补偿都没打过", Decimal("4")),
])
def test_the_months_since_leaving_told_with_up_to_now(text, months):
    """"离职到现在十个半月了" was not read: no deadline (about 2027-01-12, 46 days) and no hand-over."""
    facts = extract_facts(text, today=date(2026, 11, 27))
    assert facts.months_since_end == months
    assert "left_job" in facts.flags


def test_the_exact_months_since_leaving_put_the_day_within_the_month_told():
    """"去年年底离职的，到今天刚好离职11个月": the last day is 2025-12-27 (the limit ends 2026-12-27, 30 days), not
    "年底" read as 12-31 and called the earliest possible day."""
    facts = extract_facts("我是去年年底离职的，到今天刚好离职11个月。听说离职超过一年就不能告了", today=date(2026, 11, 27))
    assert facts.end_date == date(2025, 12, 27)
    assert "end_date" not in facts.rough_dates


def test_months_since_leaving_of_another_month_do_not_move_the_month_told():
    """"去年10月离职了…厂里说我都走了一年了": the month told stands; "一年了" is the employer's round figure."""
    facts = extract_facts("去年10月离职了。厂里说我都走了一年了跟他们没关系", today=date(2026, 11, 27))
    assert (facts.end_date.year, facts.end_date.month) == (2025, 10)


def test_the_minimum_wage_told_per_month_is_not_the_wage():
    """"我们这里最低工资是一个月2490" was read as the cook's wage ("4个月9,960，多出部分要证明")."""
    facts = extract_facts("公司拖了我4个月工资，一共24000，我申请了劳动仲裁。我们这里最低工资是一个月2490。",
                          today=date(2026, 11, 27))
    assert facts.monthly_wage is None
    assert facts.minimum_wage == Decimal("2490")


@pytest.mark.parametrize("text, dismissed", [
    ("怀孕4个多月了，老板倒也没说啥。我好怕老板以后找理由把我开了，心里一直慌。", False),
    ("我想举报他，又怕他给我穿小鞋或者店里把我开了。", False),
    ("上个月老板把我开了，我好怕以后找不到工作", True),
])
def test_a_dismissal_feared_is_not_a_dismissal(text, dismissed):
    """A pregnant worker who only fears being let go was handed to a person as a pregnancy dismissal."""
    facts = extract_facts(text, today=date(2026, 11, 27))
    assert ("dismissed" in facts.flags) is dismissed


def test_a_resignation_written_out_of_fear_is_still_written():
    facts = extract_facts("HR说不写辞职信就按旷工开除，我一害怕就写了“因个人原因辞职”。现在后悔了", today=date(2026, 11, 27))
    assert "resigned" in facts.flags


def test_the_last_day_told_after_its_date_is_ahead():
    """"11月20号厂里开大会说要裁200多人…说12月20号是最后一天" on 2026-11-27: the last day is next month's, not a year
    ago (the answer counted the job as ended on 2025-12-20)."""
    facts = extract_facts("2021年3月入职。11月20号厂里开大会说产能过剩要裁200多人，我们车间四十多个人全在名单上，说12月20号是"
                          "最后一天，按N给补偿", today=date(2026, 11, 27))
    assert facts.end_date == date(2026, 12, 20)
    assert "left_job" not in facts.flags


@pytest.mark.parametrize("text, waived", [
    ("入职的时候让签了一份《自愿放弃加班费承诺书》，现在还能要加班费吗", True),
    ("厂里让我们签“本人自愿加班，不要求支付加班费”", True),
    ("HR made us sign that we 'voluntarily waive overtime pay'", True),
    ("每天下午2点上到凌晨2点，一周只休一天，从来没有加班费。离职到现在十个半月了，还能要回来吗", False),
])
def test_an_overtime_waiver_is_told_only_when_there_is_one(text, waived):
    """The waiver rule ("无效，签了也照样能要") led the answer to a worker who had signed nothing."""
    assert ("overtime_waiver" in extract_facts(text, today=date(2026, 11, 27)).flags) is waived


def test_a_month_and_half_of_the_next_owed():
    """"11月的工资6500和12月上半个月的工资都没给": a month and a half unpaid (about 9,750 yuan), not half a month (3,250)."""
    facts = extract_facts("我去年12月15号离职的。11月的工资6500和12月上半个月的工资都没给", today=date(2026, 11, 27))
    assert facts.owed_months == Decimal("1.5")


@pytest.mark.parametrize("text", [
    "每天12个小时，这个月加班已经超过80个小时了，跟班长说这周不想再加班，班长说不加班就按旷工算，旷工三次直接开除。",
    "这个月已经加了快100个小时了，不加就算旷工扣钱，还说再不加就开除。",
])
def test_a_dismissal_threatened_as_a_consequence_is_not_done(text):
    """"旷工三次直接开除" told after "这个月" ended the job on 2026-11-01 in the facts: a worker still at work, told
    they had left."""
    facts = extract_facts(text, today=date(2026, 11, 27))
    assert "dismissed" not in facts.flags and "left_job" not in facts.flags
    assert facts.end_date is None


@pytest.mark.parametrize("text, end", [
    ("2024年10月20号入职。9月28号公司说我一个月迟到3次（每次几分钟），按员工手册属于严重违纪，直接开除", date(2026, 9, 28)),
    ("上个月帮我表姐用了我的员工折扣卡，公司说严重违纪直接开除不给补偿", date(2026, 10, 1)),
])
def test_a_dismissal_told_plainly_still_ends_the_job(text, end):
    facts = extract_facts(text, today=date(2026, 11, 27))
    assert facts.end_date == end


def test_the_hours_of_overtime_told_for_last_month_are_the_months():
    """"每天12个小时…上个月加班80个小时（都是工作日晚上）": 80 hours, not 87 read from the day's length."""
    facts = extract_facts("每天12个小时。上个月加班80个小时（都是工作日晚上），合同上写的月工资是4800", today=date(2026, 11, 27))
    assert facts.weekday_overtime_hours == Decimal("80")


@pytest.mark.parametrize("text, unwritten", [
    ("合同上只写了“日薪400元”，别的没写。我问加班费，老板说“400里已经包含加班费了，干我们这行都这样”", True),
    ("老板说月薪6千是“包薪”，已经包含加班费了，合同里也这么写了", False),
    ("我在养老院当护工，月薪4500，院里说包吃包住，工资里已经含了加班费", True),
])
def test_a_wage_written_is_no_overtime_included_in_writing(text, unwritten):
    """"合同上只写了日薪400元" was read as the inclusion agreed in writing: the answer said "不一定能另外要"."""
    facts = extract_facts(text, today=date(2026, 11, 27))
    assert "wage_includes_overtime" in facts.flags
    assert ("inclusion_unwritten" in facts.flags) is unwritten


@pytest.mark.parametrize("text, early", [
    ("我怀孕4个多月了，我们店营业到晚上11点，我能不能不上晚班", True),
    ("怀孕7个半月了还让我上夜班", False),
    ("I'm 7.5 months pregnant and my manager still puts me on night shifts", False),
    ("I am 5 months pregnant and on night shifts", True),
])
def test_the_months_of_pregnancy_told_under_seven(text, early):
    facts = extract_facts(text, today=date(2026, 11, 27))
    assert ("early_pregnancy" in facts.flags) is early
    assert ("late_pregnancy" in facts.flags) is not early


@pytest.mark.parametrize("text, wage", [
    ("老板说我11月工资8千一分都不发了，直接抵违约金", Decimal("8000")),
    ("月薪5000一分钱都没拿到", Decimal("5000")),
    ("工资8千一", Decimal("8100")),
])
def test_not_a_cent_after_a_wage_is_not_part_of_it(text, wage):
    """"8千一分都不发了" was read as 8,100 yuan (八千一)."""
    assert extract_facts(text, today=date(2026, 11, 27)).monthly_wage == wage


def test_a_leaving_application_put_to_sign_is_no_last_day():
    """"今天经理拿了张《自愿离职申请》逼我签": today is not the day the job ended (the time limit is not counted from it)."""
    facts = extract_facts("今天经理拿了张《自愿离职申请》逼我签，说不签就扣我三个月工资", today=date(2026, 11, 27))
    assert facts.end_date is None


def test_a_termination_on_a_day_short_of_the_worker_s_own_retirement_age():
    """Ended at "满60" in March, the worker's own age (60 and 4 months) reached in July and a pension drawn now: the
    flag today's date alone missed, so the rehiring rule answered and the unlawful termination was never said."""
    told = ("我是男的，1966年3月出生，干了整13年，月工资6千。今年3月31号公司说我满60了到退休年龄，直接给我办了终止。"
            "我的退休年龄是60岁零4个月，今年7月才到，现在已经办了退休在领养老金了")
    facts = extract_facts(told, today=date(2026, 11, 27))
    assert "ended_before_retirement_age" in facts.flags and facts.end_date == date(2026, 3, 31)
    # ended after the worker's own age was reached: no such flag
    late = extract_facts("我1966年1月出生，今年6月30号公司说我到退休年龄了给我办了终止，现在在领养老金",
                         today=date(2026, 11, 27))
    assert "ended_before_retirement_age" not in late.flags


@pytest.mark.parametrize("text, end", [
    # the letter is the notice; the leaving day told after it is the end
    ("我上个月底已经交了辞职信，这个月30号正好干满一年走人", date(2026, 11, 30)),
    ("11月1号写了辞职信交给店长（拍了照），说好12月1号走，提前了30天", date(2026, 12, 1)),
    # a letter on the employer's fault, with no other leaving told: its day
    ("去年12月10号递交了书面辞职信，写的理由就是学校单方降薪", date(2025, 12, 10)),
    ("去年12月8号我以公司不交社保为由写了辞职信走了", date(2025, 12, 8)),
])
def test_a_resignation_letter_s_day_gives_way_to_the_leaving_day(text, end):
    assert extract_facts(text, today=date(2026, 11, 27)).end_date == end


def test_pay_held_against_a_service_period_penalty_is_not_arrears_the_worker_left_over():
    """"11月工资8千一分都不发了，直接抵违约金" sent a resigning worker to the rule for quitting over unpaid wages
    ("不用赔")."""
    held = extract_facts("签了3年服务期，违约金写的5万。我交了辞职信，老板说必须赔5万，还说我11月工资8千一分都不发了，直接抵违约金",
                         today=date(2026, 11, 27))
    assert "service_period" in held.flags and "wage_owed" not in held.flags
    owed = extract_facts("签了3年服务期，公司两个月没发工资了，我想走，老板说要先赔培训费", today=date(2026, 11, 27))
    assert "wage_owed" in owed.flags


@pytest.mark.parametrize("text, mother", [
    ("车间四十多个人全在名单上。名单里还有两个在哺乳期的女工、一个工伤还在养伤的", False),
    ("厂里要裁员，其中有3个怀孕的同事也在名单上", False),
    ("我在哺乳期，厂里裁员把我也裁了，名单里还有两个在哺乳期的女工", True),
    ("我怀孕5个月了，公司说要裁员", True),
])
def test_colleagues_counted_in_pregnancy_or_nursing_are_not_the_asker(text, mother):
    assert ("pregnancy_period" in extract_facts(text, today=date(2026, 11, 27)).flags) is mother


def test_a_day_s_pay_is_the_base_of_overtime_told_with_it():
    facts = extract_facts("合同上只写了“日薪400元”。7月公司让我们一天不休，我问加班费，老板说400里已经包含了",
                          today=date(2026, 11, 27))
    assert facts.hourly_wage == Decimal("50.00") and facts.monthly_wage is None
    # sick pay by the day and a holiday allowance are no day's wage
    assert extract_facts("病假期间工资按每天80给，加班也没算", today=date(2026, 11, 27)).hourly_wage is None
    assert extract_facts("国庆加班那几天只给一天100块补贴", today=date(2026, 11, 27)).hourly_wage is None


@pytest.mark.parametrize("text, end", [
    # the day written out in brackets after a weekday is the one meant; a dismissal "当天" to sign and go
    ("上礼拜四（11月20号）人事突然找我，说我们线9月、10月良品率考核没达标，当天就让我签字走人", date(2026, 11, 20)),
    # dismissed on the phone the day after the day told
    ("去年12月初（12月8号）路上出了个小追尾，交警判我次要责任，老板第二天在电话里说“你明天不用来了”", date(2025, 12, 9)),
    # a last day told without 是 (11月30号最后一天) is this year's, three days ahead
    ("11月23号HR开会说项目砍了，测试部全部裁掉，11月30号最后一天，只给N", date(2026, 11, 30)),
])
def test_held_out_40_days_of_leaving(text, end):
    assert extract_facts(text, today=date(2026, 11, 27)).end_date == end


def test_held_out_40_a_minor_crash_with_nobody_hurt_is_no_injury():
    facts = extract_facts("去年12月8号路上出了个小追尾，交警判我次要责任，老板第二天说你明天不用来了", today=date(2026, 11, 27))
    assert "injured" not in facts.flags and facts.injury_date is None


def test_held_out_40_hours_figures_and_the_months_they_ran():
    # weekday hours told with 已经 and 差不多
    told = extract_facts("月薪6200。这个月工作日已经加了差不多40个小时，两个周六各干了14个小时", today=date(2026, 11, 27))
    assert told.weekday_overtime_hours == Decimal("40")
    # the job's standing day by the clock, its first and last days told: the months it ran
    whole = extract_facts("2024年9月1号入职，每天早10点到晚10点，中间吃饭大概1个小时，一个月休4天，工资4800。今年2月20号我辞职了。"
                          "能要多少加班费？", today=date(2026, 11, 27))
    assert whole.overtime_months == Decimal("18")  # 17.6 months, to the nearest
    # a night auditor's standing schedule since 1 April, on 29 November (7.95 months): eight months of it
    night = extract_facts("我在西安一家酒店做夜审，月薪4350，每晚10点上到早上8点，一周上6个晚上，今年4月1号入职到现在一分加班费没给过",
                          today=date(2026, 11, 29))
    assert night.overtime_months == Decimal("8")
    # its night by the clock, no break told: ten hours, of which one is taken for meals (and the answer says so)
    assert night.day_clock_hours == Decimal("10") and night.weekday_overtime_hours == Decimal("21.75")
    told = extract_facts("每晚10点上到早上8点，中间吃饭休息半小时，月薪4350", today=date(2026, 11, 29))
    assert told.day_clock_hours is None
    # limited to a season: not the whole job's
    season = extract_facts("2024年9月1号入职，旺季的时候每天早10点到晚10点，工资4800。加班费能要多少？", today=date(2026, 11, 27))
    assert season.overtime_months is None
    # In July and August: two months
    summer = extract_facts("Salary 22,000 RMB/month. In July and August this year they had me coaching 6 days a week, about 10 "
                           "hours a day. Am I owed overtime?", today=date(2026, 11, 27))
    assert summer.overtime_months == Decimal("2")


def test_held_out_40_a_first_contract_then_an_affiliate_s_is_one_job_from_the_first_day():
    facts = extract_facts("2021年7月1号跟学校签了两年合同，到2023年6月30号；2024年7月又说人事改革，让我跟学校举办方下面的一家公司签合同，"
                          "期限2024年7月1号到2026年12月31号，但我还是在原来的实验室", today=date(2026, 11, 27))
    assert facts.start_date == date(2021, 7, 1)


def test_held_out_40_an_apprentice_s_first_day_and_pay_after_the_apprenticeship():
    facts = extract_facts("我是过完年2月16号到成都一家川菜馆当学徒的，说好前三个月学徒期一个月1800，三个月以后3500",
                          today=date(2026, 11, 27))
    assert facts.start_date == date(2026, 2, 16)
    assert (facts.monthly_wage, facts.probation_wage) == (Decimal("3500.00"), Decimal("1800.00"))


def test_held_out_40_a_service_period_told_as_serving_from_a_day():
    facts = extract_facts("考完让我签了个服务期协议，从2025年5月1号开始服务3年，违约金3万。我想干到12月31号就走",
                          today=date(2026, 11, 27))
    assert (facts.service_period_months, facts.service_served_months) == (36, 20)


@pytest.mark.parametrize("text, flag", [
    ("开水溅出来，右手手背烫起好大一片泡，医生说浅二度", "injured"),
    ("家政公司把我的全名、照片、年龄、老家，还有入职体检报告都发到了好几个客户群里", "info_disclosed"),
    ("the manager took my passport 'for visa processing' and never gave it back", "documents_withheld"),
    ("入职时主管收了我的身份证，说办社保用，到现在都不还我", "documents_withheld"),
    ("9月18号仲裁裁决下来了，公司要给我工资14000和经济补偿17500，裁决书我9月22号收到的。现在都两个多月了，公司一分没给", "award_won"),
])
def test_held_out_40_flags_told_in_other_words(text, flag):
    assert flag in extract_facts(text, today=date(2026, 11, 27)).flags


def test_held_out_40_an_end_set_for_the_old_retirement_age_is_short_of_the_new_one():
    facts = extract_facts("我1967年3月出生，今年59。人事说我明年3月满60就到点退休了，合同到时候自动终止。那我退休金咋办？",
                          today=date(2026, 11, 27))
    assert "before_new_retirement_age" in facts.flags and "retired_pensioner" not in facts.flags


def test_held_out_40_a_leaving_the_other_side_speaks_of_and_a_promise_in_quotes():
    facts = extract_facts("我之前在南昌一所民办高校当讲师，2025年7月15号离职，学校欠我课时费6.8万。今年3月10号院长还回我'学校在走流程，"
                          "会给你的'。10月16号仲裁裁决学校付我6.8万。结果学校不服，10月28号到区法院起诉了，起诉状里说我离职超过一年"
                          "才申请仲裁", today=date(2026, 11, 27))
    assert facts.end_date == date(2025, 7, 15) and facts.demand_date == date(2026, 3, 10)
    assert "award_challenged" in facts.flags


@pytest.mark.parametrize("text", [
    "项目经理老在微信上发暗示性的话，出差时还叫我去他房间\"对稿\"",
    "My department director keeps sending me late-night WeChat messages about my body, and he put his hand on my thigh",
])
def test_harassment_told_without_its_name(text):
    assert "harassment" in extract_facts(text, today=date(2026, 11, 27)).flags


def test_held_out_40_goods_and_linen_damaged_are_a_loss_caused_not_an_injury():
    linen = extract_facts("我在洗涤厂（给酒店洗床单被套的）做熨烫，一个月4200。上个月烫坏了酒店一批床单，老板说要我赔1500，直接从10月"
                          "工资里扣", today=date(2026, 11, 27))
    assert "caused_loss" in linen.flags and "injured" not in linen.flags and linen.deduction == Decimal("1500.00")
    goods = extract_facts("开叉车的，一个月6500。10月12号倒车时蹭到货架，砸坏一批货，公司说损失8000，10月工资直接扣了2000",
                          today=date(2026, 11, 27))
    assert "caused_loss" in goods.flags and "injured" not in goods.flags and goods.injury_date is None
    assert goods.deduction == Decimal("2000.00")


def test_the_worker_s_own_objection_to_a_dismissal_is_no_award_challenged():
    """"公司说我严重违纪，我不服" was read as the employer contesting an award, and the deadline 23 days away was dropped."""
    facts = extract_facts("我去年12月20号被公司辞退了，公司说我严重违纪，我不服，但一直在外地打工没顾上管。现在想申请仲裁，还来得及吗？",
                          today=date(2026, 11, 27))
    assert "award_challenged" not in facts.flags


@pytest.mark.parametrize("text, contested", [
    ("10月16号仲裁裁决学校付我6.8万。结果学校不服，10月28号到区法院起诉了", True),
    ("仲裁的时候公司一句没提时效的事，仲裁委支持了我2万多。公司不服去法院起诉", True),
    # an appeal only feared, no award yet; an order disobeyed is no award challenged
    ("现在想申请仲裁，问题是：公司输了会不会拖着上诉，我要等很久？", False),
    ("今年3月30号被公司以“不服从安排”开除了，听说仲裁只有一年，是不是已经过了？", False),
])
def test_an_award_contested_is_one_told_as_made(text, contested):
    facts = extract_facts(text, today=date(2026, 11, 27))
    assert ("award_contested" in facts.flags) is contested
    if "不服从" in text:
        assert "award_challenged" not in facts.flags


def test_held_out_41_contract_terms_and_days_of_the_job():
    today = date(2026, 11, 27)
    # two terms listed one after the other: the first one's first day is the job's, the second's last day its end
    two = extract_facts("合同签了两次（2020.1.1-2022.12.31、2023.1.1-2026.12.31），月薪加野外补贴9000，没犯过错，11月25号人事说到期不续了。",
                        today=today)
    assert two.start_date == date(2020, 1, 1) and two.end_date == date(2026, 12, 31)
    assert two.monthly_wage == Decimal("9000")
    # the second contract with an affiliate, its term told past a comma after the signing
    affiliate = extract_facts("2020年7月1号入职，第一份合同签到2023年6月30号。第二份合同公司让我跟他们另一个公司签，2023年7月1号到"
                              "2026年12月31号，工资一个月9000。上周人事说合同到期不续了。", today=today)
    assert affiliate.start_date == date(2020, 7, 1) and affiliate.end_date == date(2026, 12, 31)
    assert "left_job" not in affiliate.flags
    # "合同签的是" a span: the term, so a six-month probation in a one-year contract is over the limit
    term = extract_facts("合同签的是2026年4月1号到2027年3月31号，一年，里面写试用期6个月，试用期工资3000，转正3800。", today=today)
    assert term.contract_signed_date is None and term.contract_months == Decimal("12")
    assert "probation_over_limit" in term.flags
    # joining a troupe is the first day
    assert extract_facts("2021年7月1号进团，签过合同，一个月5000。", today=today).start_date == date(2021, 7, 1)


def test_held_out_41_the_package_is_the_wage_and_other_facts():
    today = date(2026, 11, 27)
    package = extract_facts("合同上写基本工资2490，总共每月5200，“已包含加班费”。每天干12个钟头，公司是不是还欠我钱？", today=today)
    assert package.monthly_wage == Decimal("5200")
    # owed wages and commission in one sum are no month's wage
    owed = extract_facts("配送商老板欠我3个月工资和提成共2万多，我上个月申请了劳动仲裁。", today=today)
    assert owed.monthly_wage is None
    # a cleaner the platform manages is no household's helper
    app = extract_facts("我在武汉通过一个家政APP做保洁，平台给我排班、发工服、管考勤，每月保底5800。", today=today)
    assert "household_employer" not in app.flags
    # an award told, in words the award regex does not hold, or none at all
    assert award_told("仲裁输了 我还能去法院告吗") and award_told("I lost my labor arbitration, can I go to court")
    assert not award_told("给赛事公司吹了36场，一分没结。我该去劳动仲裁还是法院？")
    # papers "kept for safekeeping" and not given back
    assert "documents_withheld" in extract_facts("公司把我的海员证、护照、身份证都“统一保管”不还", today=today).flags
    # three weeks in hospital, in English
    assert extract_facts("I got burns on both hands, 3 weeks in hospital.", today=today).hospital_days == 21


def test_held_out_41_leave_told_injury_day_and_a_talk_day():
    today = date(2026, 11, 27)
    leave = extract_facts("宝宝2026年4月20号出生，产假从4月6号休到9月30号，一共178天，10月1号回来上班。我的生育津贴应该是多少？",
                          today=today)
    assert leave.leave_days == 178
    assert extract_facts("I took 158 days of maternity leave", today=today).leave_days == 158
    assert extract_facts("产假能休多少天", today=today).leave_days is None
    # the day of the accident, the hand caught later in the sentence
    mower = extract_facts("11月2号开坐式割草机，刀片防护罩早就坏了我报过两次都没修，左手卷进去，食指和中指断了两截，做了手术。",
                          today=today)
    assert mower.injury_date == date(2026, 11, 2)
    # the day of the talk is no end; the day the employer set is still to come
    talk = extract_facts("合同是2023年12月16号到2026年12月15号，月薪7000。我现在怀孕16周了，11月24号人事找我谈，说合同到期就不续了，"
                         "让我12月15号办离职。", today=today)
    assert talk.end_date == date(2026, 12, 15) and "left_job" not in talk.flags


def test_held_out_41_an_age_told_without_sui_or_by_the_birth_year_is_past_retirement():
    today = date(2026, 11, 27)
    shrimp = extract_facts("我今年63了，1963年4月生的。2024年3月1号开始在一家农业公司看虾塘，一个月3600。我自己每个月能领村里那个"
                           "城乡居民养老金，一百八十多块。11月20号管事的跟我说明天别来了。", today=today)
    assert "over_retirement_age" in shrimp.flags and "retired_pensioner" not in shrimp.flags
    assert "over_retirement_age" in extract_facts("我1962年5月出生的，在工地看大门", today=today).flags
    # sixty this year may still be short of a raised age; a relative's age is not the worker's
    assert "over_retirement_age" not in extract_facts("我今年60了，公司说我到年龄了", today=today).flags
    assert "over_retirement_age" not in extract_facts("我妈今年65了，我在厂里上班", today=today).flags


def test_held_out_41_overtime_told_by_a_season_a_six_day_week_and_calls_out():
    today = date(2026, 11, 27)
    brewery = extract_facts("合同写的是标准工时、月工资5000。今年旺季7月1号到8月31号，厂里让我们周一到周六每天干11个小时（吃饭时间不算在内），"
                            "只有周日休息。加班费一分没给。", today=today)
    assert brewery.weekday_overtime_hours == Decimal("65.25") and brewery.restday_overtime_hours == Decimal("47.85")
    assert brewery.overtime_months == Decimal("2")
    locksmith = extract_facts("月薪6000固定。国庆10月1号到3号三天全让我值班出活，每天8小时。10月份平时晚上还被叫出去6次，每次干了3个小时左右。",
                              today=today)
    assert locksmith.weekday_overtime_hours == Decimal("18") and locksmith.holiday_overtime_hours == Decimal("24")


def test_held_out_41_months_unpaid_named_after_this_year():
    today = date(2026, 11, 27)
    tailor = extract_facts("一个月4800。今年5月到9月五个月工资一直拖着没给，一共24000。", today=today)
    assert tailor.owed_months == Decimal("5") and tailor.amount_owed == Decimal("24000")


def test_held_out_41_a_service_period_its_cost_and_the_months_served():
    today = date(2026, 11, 27)
    drone = extract_facts("2025年4月1号入职，月薪7000。入职后公司出钱让我考了执照，培训费16800、住宿路费1200都有发票，一共18000，"
                          "签了服务期协议：要服务满3年（到2028年3月31号），提前走赔违约金3万。我打算干到今年12月31号就走。", today=today)
    assert drone.training_cost == Decimal("18000") and drone.amount_owed is None and "wage_owed" not in drone.flags
    assert drone.service_period_months == Decimal("36") and drone.service_served_months == Decimal("21")
    # counted from the training, not from the hiring
    yoga = extract_facts("我是瑜伽老师，24年3月入职这家瑜伽馆。去年9月馆里出钱让我去上了个200小时的教培，1万2，签了服务期协议，"
                         "要服务满3年，提前走要按比例赔培训费。", today=today)
    assert yoga.service_period_months == Decimal("36") and yoga.service_served_months == Decimal("15")
    # a sum demanded on pain of a lawsuit is the penalty claimed, not wages owed
    locks = extract_facts("签了服务期协议，提前走要赔3万违约金。老板放话说不给3万就去法院告我。", today=today)
    assert locks.amount_owed is None and locks.agreed_penalty == Decimal("30000")


def test_held_out_41_a_base_with_commission_and_the_usual_month():
    facts = extract_facts("底薪5000加提成，平时一个月7500左右。9月我跟老板说怀孕了。", today=date(2026, 11, 27))
    assert facts.monthly_wage == Decimal("7500")


def test_held_out_41_an_english_first_day_and_no_contribution_record():
    facts = extract_facts("I'm British, graphic designer in a small advertising studio in Shanghai since 1 April 2025, work "
                          "permit OK, salary 25000 per month. I checked the government app and there is no contribution "
                          "record at all for me.", today=date(2026, 11, 27))
    assert facts.start_date == date(2025, 4, 1) and "no_social_insurance" in facts.flags


def test_held_out_41_a_gang_boss_without_building_work_is_no_construction_site():
    today = date(2026, 11, 27)
    cane = extract_facts("今年1月6号到3月31号跟着包工头韦老板去砍甘蔗。他是帮一家甘蔗收获服务公司招人的。3月干了26天一分没给。", today=today)
    lawn = extract_facts("我们12个人在体育中心给足球场养草坪、割草，是一个姓赵的包工头招来的，他说活是园林公司包下来再给他干的。", today=today)
    site = extract_facts("我跟着包工头在工地上绑钢筋，他欠了我们三个月工资", today=today)
    assert "construction" not in cane.flags and "construction" not in lawn.flags and "construction" in site.flags


def test_held_out_41_half_a_month_unpaid_alone():
    today = date(2026, 11, 27)
    half = extract_facts("一个月7200。去年12月15号项目经理说明天不用来了，12月上半个月的工资3600也没给。", today=today)
    assert half.owed_months == Decimal("0.5")
    both = extract_facts("9月的和10月上半月的工资一共6200还没给", today=today)
    assert both.owed_months != Decimal("0.5")


def test_held_out_41_unpaid_since_a_month_of_this_year():
    today = date(2026, 11, 27)
    boiler = extract_facts("一个月4500。去年12月10号锅炉房的蒸汽管子爆了，我胳膊和前胸烫伤。今年2月开始工资也不发了。", today=today)
    assert boiler.owed_months == Decimal("10")
    told = extract_facts("从8月开始工资就没发了，8、9、10三个月，我每月4200。", today=today)
    assert told.owed_months != Decimal("4")


def test_held_out_42_dates_of_a_job_told_as_spans_and_lists():
    today = date(2026, 11, 27)
    press = extract_facts("去年10月20号干到今年1月20号，一个月4500，老板只给了头一个月，剩下9000拖到现在快一年了。", today=today)
    assert (press.start_date, press.end_date) == (date(2025, 10, 20), date(2026, 1, 20))
    assert "still_employed" not in press.flags and "left_job" in press.flags
    layoff = extract_facts("厂里说经营困难这次要裁一批人，我也在名单里，12月31号走人，给N。", today=today)
    assert layoff.end_date == date(2026, 12, 31)
    project = extract_facts("20号公司突然发通知说项目结束了，30号是最后一天，说我们签的是项目制合同。我合同上写的是2024年4月8号到"
                            "2027年4月7号，根本没写什么项目。", today=today)
    assert project.end_date == date(2026, 11, 30) and "dismissed" in project.flags
    assert "task_contract" not in project.flags
    terms = extract_facts("21年2月1号进去的，签过两次合同，第一次到24年1月31号，第二次明年1月31号到期。", today=today)
    assert (terms.start_date, terms.end_date) == (date(2021, 2, 1), date(2027, 1, 31))
    assert "left_job" not in terms.flags


def test_held_out_42_a_dispatched_worker_returned_then_ended_by_text_message():
    facts = extract_facts("派遣合同签到明年4月底，工资4800。9月1号饲料厂说订单少了把我退回派遣公司，11月5号又发个短信说合同解除了。",
                          today=date(2026, 11, 27))
    assert facts.end_date == date(2026, 11, 5) and {"dismissed", "left_job"} <= facts.flags


def test_held_out_42_fingers_cut_off_a_collapse_s_day_and_an_id_card_kept():
    today = date(2026, 11, 27)
    cut = extract_facts("9月8号被切纸机切掉了右手食指中指各两节，住了半个多月院。", today=today)
    assert "amputation" in cut.flags
    collapse = extract_facts("我爸11月18号上午在客户家楼道搬冰箱的时候突然倒地，送医院说是脑出血，抢救到19号下午人还是走了。", today=today)
    assert collapse.injury_date == date(2026, 11, 18)
    card = extract_facts("领导放话说我敢走就去法院告我让我赔2万，还一直扣着我身份证原件不给。", today=today)
    assert "documents_withheld" in card.flags and "forced_labour" not in card.flags
    held = extract_facts("刚来的时候雇主把我身份证收走了，说干满一年才还，怕我跑了。现在我想回老家不干了，他们不给身份证。", today=today)
    assert "forced_labour" in held.flags


def test_held_out_42_calls_counted_are_no_workers_and_half_the_pay_held_back_is_owed():
    today = date(2026, 11, 27)
    calls = extract_facts("他们把我家里地址发到群里，这几天骚扰电话一天几十个，昨晚还有两个不认识的人在我家楼下转悠。", today=today)
    assert calls.workers is None and "group" not in calls.flags
    crowd = extract_facts("厂里欠了我们几十个人三个月工资", today=today)
    assert crowd.workers == 20
    half = extract_facts("9月10月工资都只发一半，说另一半年底才给，怕我跑了。", today=today)
    assert "wage_owed" in half.flags


def test_held_out_42_overtime_pay_paid_told_in_english():
    facts = extract_facts("My base salary is 5,220 RMB. In October 2026 I did about 60 hours of overtime on weekdays. The boss only "
                          "gave me a 600 RMB 'overtime bonus'.", today=date(2026, 11, 27))
    assert facts.overtime_paid == Decimal("600")


def test_held_out_44_fingers_cut_side_first_a_named_payer_gone_a_fear_of_leaving_and_a_trade_blacklist():
    today = date(2026, 11, 28)
    cut = extract_facts("10月15号在切菜机上被切掉了右手两根手指，现在还在住院。", today=today)
    assert "amputation" in cut.flags
    # the one who pays is named, not called boss: his phone off and nobody to be found is an employer gone
    gone = extract_facts("我是驾校教练，说白了是给'车主'老周干的，工资是老周每月微信转给我。他三个月工资没给。上周开始老周电话关机，"
                         "人找不到了。", today=today)
    assert "vanished_employer" in gone.flags
    crash = extract_facts("下班路上被电动车撞了，对方跑了，找不到人。", today=today)
    assert "vanished_employer" not in crash.flags
    # a crew moving on is feared to leave the worker without anyone to find: no employer gone yet
    feared = extract_facts("北京影视公司的剧组，9月、10月工资都没发。剧组下个月就要转场去别的地方拍了，我怕他们一走就找不到人了。",
                           today=today)
    assert "vanished_employer" not in feared.flags and "wage_owed" in feared.flags
    # 让我在这行混不下去, then 他这么威胁我: the worker's name in the trade, no harm threatened
    trade = extract_facts("校长还放话说让我在沈阳驾培圈混不下去，谁敢用我他就去举报谁。我能要多少？他这么威胁我怎么办？", today=today)
    assert "threat" not in trade.flags
    harm = extract_facts("老板说要找人收拾我，还说知道我住哪。他这么威胁我怎么办？", today=today)
    assert "threat" in harm.flags


def test_held_out_44_a_package_the_contract_does_not_hold_and_hours_told_in_english_and_a_golden_weeks_days():
    today = date(2026, 11, 28)
    # 老板说'包薪制，加班费已经算在里面了'，可合同上写的是标准工时，也没写工资里含加班费: the wage is the normal hours' pay
    package = extract_facts("月薪包干5200。老板说'包薪制，加班费已经算在里面了'，可合同上写的是标准工时，也没写工资里含加班费。", today=today)
    assert {"wage_includes_overtime", "inclusion_unwritten"} <= package.flags
    written = extract_facts("月薪6000，合同上写着'月工资6000元（含加班费）'，老板说加班费已经算在里面了。", today=today)
    assert "inclusion_unwritten" not in written.flags
    # Tuesday to Sunday, so only Monday off; October 1, 2 and 3 taught
    english = extract_facts("Salary is 15,000 RMB/month. I work Tuesday to Sunday, 9am to 6pm with a one-hour lunch, so only "
                            "Monday off. I also taught on October 1, 2 and 3 this year (National Day).", today=today)
    assert english.restday_overtime_hours == Decimal("34.8") and english.holiday_overtime_hours == Decimal("24")
    # 国庆10月1号到7号一天没休每天10小时: the four rest days are as long as the holiday's
    golden = extract_facts("月薪4800 国庆10月1号到7号一天没休每天10小时", today=today)
    assert golden.holiday_overtime_hours == Decimal("30") and golden.restday_overtime_hours == Decimal("40")


def test_held_out_44_an_injury_only_supposed_and_insurance_a_foreigner_is_told_is_not_for_him():
    today = date(2026, 11, 28)
    facts = extract_facts("HR told me foreigners don't need to join Chinese social insurance, so they pay me an extra 1,500 "
                          "instead. Is that legal? If I get hurt during a site inspection on a tower, am I covered?", today=today)
    assert "no_social_insurance" in facts.flags and "injured" not in facts.flags
    # a colleague's say-so is no employer's refusal; an injury had is still read
    colleague = extract_facts("HR deducts pension contributions from my pay. A colleague said foreigners don't need to join "
                              "Chinese social insurance.", today=today)
    assert "no_social_insurance" not in colleague.flags
    hurt = extract_facts("我在工地受伤了，万一以后再受伤呢", today=today)
    assert "injured" in hurt.flags


def test_a_stoppage_agreement_never_signed_is_no_end_of_the_job():
    # held-out 44: a KTV closed for renovation, 1,000 a month paid: the workers are still employed
    facts = extract_facts("10月、11月每人只发了1000块生活费，我们服务员、保洁、收银、DJ一共18个人，谁也没签过什么停工协议。",
                          today=date(2026, 11, 28))
    assert facts.end_date is None and "left_job" not in facts.flags


def test_an_agency_contracts_term_told_in_english():
    facts = extract_facts("My contract with the agency is only 6 months (Sept 1, 2026 to Feb 28, 2027).", today=date(2026, 11, 28))
    assert facts.contract_months == Decimal("6")


def test_a_death_told_as_going_after_the_rescue_failed_is_no_leaving_and_its_day_the_accidents():
    facts = extract_facts("我爸是啤酒厂的清洗工，11月22号进发酵罐里清洗，人晕在里面，拉出来送医院抢救没过来，当天就走了。"
                          "厂里说是他自己没按规定戴呼吸器。", today=date(2026, 11, 28))
    assert "death" in facts.flags and "left_job" not in facts.flags
    assert facts.end_date is None and facts.injury_date == date(2026, 11, 22)


def test_held_out_45_a_worker_lost_in_the_water_a_threat_to_the_rented_room_and_the_boss_who_only_spoke():
    today = date(2026, 11, 28)
    drowned = extract_facts("他去岸边系缆绳的时候掉进湖里，21号才找到人。公司说他没穿救生衣，愿意私下给30万。", today=today)
    assert "death" in drowned.flags
    rescued = extract_facts("他系缆绳的时候掉进湖里，马上被工友拉上来了，呛了几口水。", today=today)
    assert "death" not in rescued.flags
    noodles = extract_facts("老板说我走了店里没人拉面，损失他算不过来，还说我再去店里要钱，就叫几个人去我租的房子“找我聊聊”。",
                            today=today)
    assert "threat" in noodles.flags and "owner_died" not in noodles.flags
    assert "owner_died" in extract_facts("老板上个月出车祸走了，工资找谁要", today=today).flags


def test_held_out_45_an_end_before_a_past_terms_end_and_a_term_signed_through():
    today = date(2026, 11, 28)
    archive = extract_facts("公司跟我签的劳动合同，2023年3月1号到2026年6月30号，合同里有一条“项目结束劳动合同自动终止”。"
                            "2025年12月20号项目验收完，公司就通知我合同终止，什么钱都没给。", today=today)
    assert archive.start_date == date(2023, 3, 1) and archive.end_date == date(2025, 12, 20)
    unsigned = extract_facts("我们没签劳动合同，2023年3月1号到2024年5月在厂里干活。", today=today)
    assert unsigned.start_date == date(2023, 3, 1)
    tea = extract_facts("合同2024年8月1号签到2027年7月31号，平均每月5300。11月18号有个顾客在外卖平台给了差评，"
                        "20号就给我发了解除通知，说严重违纪。", today=today)
    assert tea.start_date == date(2024, 8, 1) and tea.end_date == date(2026, 11, 20)
    assert "platform_worker" not in tea.flags and "still_employed" not in tea.flags


def test_held_out_45_the_worker_counted_with_the_others_a_passive_damage_and_a_golden_week_without_its_month():
    today = date(2026, 11, 28)
    assert extract_facts("我跟另外4个同事一起去区人社局投诉，三个月工资都没发", today=today).workers == 5
    assert extract_facts("我们4个同事三个月工资都没发", today=today).workers == 4
    movers = extract_facts("10月应发6200。客户的红木柜子被我们磕掉一块漆，客户要赔3000，公司直接从我10月工资里扣了3000。",
                           today=today)
    assert "caused_loss" in movers.flags and movers.deduction == Decimal("3000") and movers.monthly_wage == Decimal("6200")
    ferry = extract_facts("月薪4350，平时上五休二。今年国庆1号到7号一天没休，这7天我应该拿多少加班费？", today=today)
    assert ferry.holiday_overtime_hours == Decimal("24") and ferry.restday_overtime_hours == Decimal("32")


def test_held_out_45_a_guard_sent_by_his_company_to_another_firm_and_returned_by_the_client():
    facts = extract_facts("我跟深圳一家保安公司签的合同，被公司派到龙岗一家电子厂做门卫。电子厂跟保安公司说不要我了，"
                          "保安公司让我先回家等岗位，说是客户退的人。", today=date(2026, 11, 28))
    assert {"dispatched", "returned_to_agency"} <= facts.flags
    posted = extract_facts("我被公司派到深圳分公司工作了两年，工资一直没涨", today=date(2026, 11, 28))
    assert "dispatched" not in posted.flags


def test_held_out_45_an_apprentices_first_year_without_pay_is_a_term_not_months_owed():
    today = date(2026, 11, 28)
    tailor = extract_facts("今年3月1号来裁缝店当学徒，签了一份'拜师学艺协议'：学徒三年，第一年不发工资只给每月500生活费，包住。", today=today)
    assert tailor.owed_months is None and tailor.monthly_wage is None
    # wages stopped for three months, an allowance given meanwhile: three months owed
    stopped = extract_facts("老板三个月不发工资了，只给了点生活费", today=today)
    assert stopped.owed_months == Decimal("3")


def test_held_out_45_a_crunchs_weekdays_counted_on_the_24_hour_clock():
    today = date(2026, 11, 28)
    crunch = extract_facts("My salary is 15,000 RMB a month. From 7 September to 30 October 2026 I worked 35 weekdays from 10:00 "
                           "to 23:00 with about 1.5 hours of meal breaks, plus 5 Saturdays of 8 hours each.", today=today)
    # 13 hours less 1.5 for meals is 11.5, 3.5 over the day, on each of the 35 days: the stretch's total
    assert crunch.weekday_overtime_hours == Decimal("122.5") and "overtime_total" in crunch.flags
    assert crunch.restday_overtime_hours == Decimal("40")
    # a month's days, not counted: a month's hours
    month = extract_facts("I work weekdays from 09:00 to 21:00 with a one-hour lunch.", today=today)
    assert month.weekday_overtime_hours == Decimal("65.25") and "overtime_total" not in month.flags


def test_held_out_45_a_shift_from_one_mornings_hour_to_the_next_is_twenty_four_hours():
    today = date(2026, 11, 28)
    guard = extract_facts("我们是'做一休一'，早上8点接班干到第二天早上8点，一个月15个班，月工资4800。", today=today)
    told = extract_facts("我们是做一休一，一个班24小时，一个月15个班，月工资4800。", today=today)
    assert guard.weekday_overtime_hours == told.weekday_overtime_hours == Decimal("240")
    # a night shift of twelve hours is no day-long one: 11 hours after the meal, 3 over, on a month's working days
    night = extract_facts("晚上8点上班干到第二天早上8点，一个月上22个班，月工资4800。", today=today)
    assert night.weekday_overtime_hours == Decimal("65.25")


def test_held_out_45_a_hand_drawn_into_a_machine_and_a_signature_asked_about_not_refused():
    today = date(2026, 11, 28)
    ironer = extract_facts("我老公开烫平机，11月3号晚班，床单卡住了他去拽，右手和小臂被卷进滚筒，烫伤很深，已经做了一次植皮。"
                           "老板再给一万块签个协议就了结。我们能不签吗？", today=today)
    assert "work_accident" in ironer.flags and "refused_to_sign" not in ironer.flags
    assert "refused_to_sign" in extract_facts("公司让我签合同，我一直拖着没签", today=today).flags


def test_held_out_45_a_months_days_worked_are_no_tenure_and_a_months_sum_unpaid_is_wages_owed():
    today = date(2026, 11, 28)
    tea = extract_facts("我4月1号来上班，说好一天140块，一个月差不多4200。我10月的4200没发，11月干了15天的2100也没拿到。", today=today)
    assert tea.tenure_months is None and "tenure_under_1m" not in tea.flags and "wage_owed" in tea.flags
    assert tea.start_date == date(2026, 4, 1) and tea.amount_owed == Decimal("6300")  # the two months together
    # a total told is the worker's own
    told = extract_facts("我10月的4200没发，11月的2100也没拿到，一共6000多", today=today)
    assert told.amount_owed == Decimal("4200")  # (the first sum, as before; "6000多" is no figure to count on)
    # a span of months worked is still the job's length
    assert extract_facts("7月到10月干了4个月，包工头一直没结账", today=today).tenure_months == Decimal("4")


def test_held_out_46_a_notice_that_the_worker_could_not_come_to_work_is_the_end_not_a_start():
    today = date(2026, 11, 28)
    forklift = extract_facts("2021年4月1号入职。去年11月腰椎间盘突出住院做了手术，医院开了3个月病假。结果12月22号公司发了个通知，"
                             "说我“长期不能到岗，解除劳动合同”，一分钱没给。", today=today)
    assert forklift.start_date == date(2021, 4, 1) and forklift.end_date == date(2025, 12, 22)
    assert extract_facts("11月10号公司发通知说我“长期不到岗”解除合同。", today=today).end_date == date(2026, 11, 10)
    assert extract_facts("我是11月10号到岗的，干了半个月", today=today).start_date == date(2026, 11, 10)


def test_held_out_46_a_long_serving_cleaner_of_58_and_the_estates_contract_that_ran_out():
    today = date(2026, 11, 28)
    cleaner = extract_facts("我58了，在一家物业公司干保洁，2010年3月1号就来了，签的是无固定期限合同，一个月4500。上周公司说这个小区的"
                            "物业合同到期不续了，项目撤场，给了我一张通知书，说11月30号解除劳动合同。", today=today)
    assert cleaner.start_date == date(2010, 3, 1) and cleaner.end_date == date(2026, 11, 30)  # the day the notice names
    assert "contract_expired" not in cleaner.flags  # the estate's contract with the employer, not the worker's
    assert {"near_retirement", "tenure_over_10y"} <= cleaner.flags
    # a woman of 56 is past her statutory age, and a man past it by the employer's word is not near it
    assert "near_retirement" not in extract_facts("我今年56了，女的，在幼儿园食堂做饭", today=today).flags
    assert "near_retirement" not in extract_facts("我妈58了，在厂里干了20年", today=today).flags
    assert "contract_expired" in extract_facts("我的劳动合同到期了，公司不续签", today=today).flags
    # "last week they told me my last day is Nov 30": this November's, not last year's
    teacher = extract_facts("Last week they told me my last day is Nov 30 because enrolment dropped.", today=today)
    assert teacher.end_date == date(2026, 11, 30)


def test_held_out_46_a_demand_told_without_its_object_restarts_the_year():
    today = date(2026, 11, 28)
    detailer = extract_facts("我2025年6月30号从汽车美容店辞职的，老板欠我最后两个月工资加提成一共13600。2026年3月8号我又在微信上催了一次，"
                             "老板回“知道了，下个月一定给”，然后又没动静了。", today=today)
    assert detailer.end_date == date(2025, 6, 30) and detailer.demand_date == date(2026, 3, 8)
    assert extract_facts("3月8号我催了他好几次，他都不回", today=today).demand_date == date(2026, 3, 8)


def test_held_out_46_a_trainings_fees_and_travel_told_together_are_its_cost_not_wages_owed():
    today = date(2026, 11, 28)
    nurse = extract_facts("去年9月诊所送我去参加隐形矫正的专项培训，学费加差旅一共18000，诊所有发票。培训回来签了服务期协议，服务期3年，"
                          "从2025年10月1号到2028年9月30号，违约金写的5万。现在我想干到今年12月31号就走。", today=today)
    assert nurse.training_cost == Decimal("18000") and nurse.amount_owed is None and "wage_owed" not in nurse.flags
    assert nurse.agreed_penalty == Decimal("50000")


def test_held_out_46_an_english_supervisor_kept_on_after_his_second_term_asking_what_if_they_let_him_go():
    today = date(2026, 11, 28)
    supervisor = extract_facts(
        "My first contract was 1 Nov 2020 to 31 Oct 2023, the second 1 Nov 2023 to 31 Oct 2026. The second one expired about "
        "a month ago and I'm still working, nobody has signed anything. I want an open-ended contract. If they refuse and "
        "let me go, what can I claim? My salary is 12,000 RMB a month.", today=today)
    assert supervisor.start_date == date(2020, 11, 1)  # the first term's first day
    assert {"still_employed", "contract_expired", "second_fixed_term"} <= supervisor.flags
    assert not supervisor.flags & {"dismissed", "left_job"}  # "if they … let me go": asked, not done
    assert "dismissed" in extract_facts("They let me go last week without any reason.", today=today).flags


def test_held_out_46_both_rest_days_worked_and_a_rule_for_whoever_refuses():
    today = date(2026, 11, 28)
    packer = extract_facts("合同写月工资4350，标准工时。从10月19号到11月15号连着干了4个礼拜，每天早上8点到晚上10点，中间吃饭就1个小时，"
                           "周六周日也都上，一天没歇。最后就多给了1500块'加班补贴'。主管说谁不愿意加班明年就别来了。", today=today)
    assert packer.restday_overtime_hours is not None and packer.restday_overtime_hours > 100  # 13 hours, both days
    assert not packer.flags & {"dismissed", "left_job"}  # whoever refuses: a rule announced, not a dismissal
    assert extract_facts("星期六星期天都要干，一个月没休过", today=today).restday_overtime_hours is not None
    assert "dismissed" in extract_facts("我不愿意加班，主管就把我开除了", today=today).flags


def test_held_out_46_a_probation_prolonged_adds_its_months():
    today = date(2026, 11, 28)
    repairer = extract_facts("今年6月1号入职，签了一年合同，合同写试用期3个月，试用期工资3000，转正5000。8月底主管说我试用期表现一般，"
                             "又给我延长了1个月试用期，到9月底才转正。", today=today)
    assert repairer.probation_months == Decimal("4") and repairer.contract_months == Decimal("12")
    assert extract_facts("合同里写试用期6个月，主管又说试用期再延两个月", today=today).probation_months == Decimal("8")
    assert extract_facts("合同写试用期3个月", today=today).probation_months == Decimal("3")


def test_held_out_46_the_day_an_arbitration_was_applied_for_is_no_end_nor_award():
    today = date(2026, 11, 28)
    driver = extract_facts("2024年6月1号入职，公司一直没跟我签合同，今年7月20号把我辞了。8月10号我申请了仲裁，要违法解除赔偿金和没签合同的"
                           "二倍工资。11月19号收到裁决书。", today=today)
    assert driver.end_date == date(2026, 7, 20) and driver.ruling_date == date(2026, 11, 19)
    assert extract_facts("我去年12月申请了仲裁，裁决支持了我3万6。公司不服去法院起诉了", today=today).ruling_date is None
    assert extract_facts("10月份离职后去申请劳动仲裁要加班费", today=today).end_date == date(2026, 10, 1)


def test_held_out_46_a_village_households_tea_garden_is_no_employer_of_a_labour_dispute():
    today = date(2026, 11, 28)
    picker = extract_facts("今年春天给村里老林家的茶园采茶，从3月28号干到5月11号，说好一天180块包中饭。还欠5100。他家那个茶园是他自己"
                           "承包的，没有公司，也没签什么合同。", today=today)
    assert "craft_or_farm_employer" in picker.flags
    assert "craft_or_farm_employer" in extract_facts("那片果园是他个人承包的，我给他摘了一个月苹果", today=today).flags
    assert "craft_or_farm_employer" not in extract_facts("我在一家茶叶公司的茶园采茶，公司欠我工资", today=today).flags


def test_held_out_46_a_day_decided_a_few_weeks_ago_is_past_not_eleven_months_ahead():
    today = date(2026, 11, 28)
    teacher = extract_facts("因为生源不够，举办人决定10月31号停办，把我们全部老师的合同都终止了。我2019年9月1号来的，月工资4600。", today=today)
    assert teacher.end_date == date(2026, 10, 31) and "left_job" in teacher.flags
    driver = extract_facts("公司和我的合同10月31号到期，公司说不续签了，也没说给补偿。", today=today)
    assert driver.end_date == date(2026, 10, 31)
    assert extract_facts("合同12月31号到期，HR说到期就不续了", today=today).end_date == date(2026, 12, 31)


def test_held_out_46_a_contract_told_first_then_not_signed_is_none_signed():
    today = date(2026, 11, 28)
    washer = extract_facts("今年3月10号开始上班的，每个月给4500，包吃不包住，合同没签，社保也没有。11月9号老板说最近生意差，让我第二天别来了",
                           today=today)
    assert "no_written_contract" in washer.flags
    assert "no_written_contract" in extract_facts("合同从来没签过，工资每月7500都是老韩微信转我", today=today).flags
    assert "no_written_contract" not in extract_facts("物业合同没签完，项目先停了", today=today).flags
    assert "no_written_contract" not in extract_facts("甲方的物业合同还没签，我们先进场干活", today=today).flags


def test_held_out_46_an_allowance_said_to_be_the_overtime_pay_makes_a_package_over_the_base():
    today = date(2026, 11, 28)
    sorter = extract_facts("每天晚上8点干到早上8点，一周干6天休1天。合同上写底薪4000，另外“综合补贴”2500，老板说补贴就是包了加班费的，"
                           "不管加多少都是6500。我是2025年1月入职的。", today=today)
    assert "wage_includes_overtime" in sorter.flags
    assert sorter.monthly_wage == Decimal("6500") and sorter.base_wage == Decimal("4000")


def test_held_out_47_a_hot_pot_shop_closed_deregistered_and_its_things_carried_to_the_boss_s_new_shop():
    today = date(2026, 11, 28)
    shop = extract_facts("我在一家火锅店干了两年，月薪4800，店是个有限公司开的。10月15号老板说停业，欠我两个月工资9600，补偿也没给。"
                         "我上网一查，公司上个月已经“简易注销”了，可老板换了个新公司名字在别的商场开了新店，原来的锅和桌椅全搬过去了。",
                         today=today)
    assert {"company_deregistered", "moving_assets", "left_job"} <= shop.flags
    assert shop.start_date is None  # 原来的 is no day the job began
    assert shop.end_date == date(2026, 10, 15)  # 停业 with the compensation not paid: closed for good
    closed_for_works = extract_facts("影院8月16号说要停业装修，让我们回家等通知，9月、10月一分没发", today=today)
    assert closed_for_works.end_date is None and "left_job" not in closed_for_works.flags
    assert "company_deregistered" in extract_facts("The company that owes me wages has been deregistered", today=today).flags
    assert "company_deregistered" not in extract_facts("我手机号注销了，老板找不到我", today=today).flags


def test_held_out_47_told_to_get_lost_and_shut_out_the_next_day_is_a_dismissal_on_that_day():
    today = date(2026, 11, 28)
    packer = extract_facts("去年12月20号老板嫌我动作慢，当着大家面让我滚，第二天就不让进仓库了，工资结到那天", today=today)
    assert "dismissed" in packer.flags and packer.end_date == date(2025, 12, 20)


def test_held_out_47_a_camera_over_an_english_changing_corner_and_an_id_card_posted_are_told():
    today = date(2026, 11, 28)
    shop = extract_facts("Yesterday we found a tiny camera hidden above the staff changing corner where we put on "
                         "uniforms. Manager says it's for theft prevention.", today=today)
    assert "hidden_camera" in shop.flags
    caddie = extract_facts("原来的经理把我的身份证正反面照片和手机号发到好几个球场老板的微信群里，说我偷客人东西。现在还有陌生人"
                           "打电话骂我。", today=today)
    assert "threat" in caddie.flags  # the card carries the address, and strangers turned on her
    assert "threat" not in extract_facts("经理把我的身份证照片发到了公司群里", today=today).flags  # a smear, no danger told


def test_held_out_47_the_employer_refusing_to_sign_and_what_it_may_do_asked_are_not_the_worker_s_acts():
    today = date(2026, 11, 28)
    tech = extract_facts("都连签两次了，我能要求签无固定期限吗？他们硬不签能拿多少？月薪6500。", today=today)
    assert "asked_to_sign" not in tech.flags
    nursing = extract_facts("宝宝刚8个月，还在喂奶。车间主任排我上夜班，他说不服从排班就按旷工处理，旷工3天直接开除。"
                            "哺乳期真的不能排夜班吗？他真能开除我吗？", today=today)
    assert "dismissed" not in nursing.flags and "nursing" in nursing.flags


def test_held_out_47_months_of_a_non_compete_s_compensation_unpaid_are_no_wages_owed():
    today = date(2026, 11, 28)
    optician = extract_facts("入职签了竞业协议，离职两年内不能去同城别的眼镜店，违约金5万，但没写给补偿，我8月离职到现在三个多月"
                             "一分钱没给过。我就是验光配镜，客户资料都在店里系统也拿不到。", today=today)
    assert "wage_owed" not in optician.flags and optician.owed_months is None
    assert "no_secret_access" in optician.flags
    assert extract_facts("公司欠了我三个月工资，经济补偿也没给", today=today).owed_months == 3


def test_held_out_47_an_english_job_told_since_a_month_in_the_present_perfect_starts_then():
    today = date(2026, 11, 28)
    host = extract_facts("Since March 2021 I've hosted a night show at a Changsha radio station.", today=today)
    assert host.start_date == date(2021, 3, 1)
    assert extract_facts("Since March I haven't been paid.", today=today).start_date is None


def test_held_out_47_rest_days_told_over_a_season_are_all_the_hours_not_a_month_s():
    today = date(2026, 11, 28)
    brewer = extract_facts("Brewer at a Beijing craft brewery, Mar–Oct this year, 9,000/month. I worked about 25 Saturdays, 8h "
                           "each, no days off in lieu. Quit Oct 31.", today=today)
    assert brewer.restday_overtime_hours == 200 and "overtime_total" in brewer.flags
    assert extract_facts("月薪9000，今年一共加了25个周六，每天8小时，没补休", today=today).restday_overtime_hours == 200


def test_held_out_47_a_leaving_certificate_marked_resigned_by_the_employer_and_years_told_as_yrs():
    today = date(2026, 11, 28)
    clerk = extract_facts("6 yrs front desk supervisor at a Sanya golf club, ¥6,800/month. They didn't renew my contract "
                          "ending Oct 31 but wrote 'resigned for personal reasons' on my leaving certificate.", today=today)
    assert "resigned" not in clerk.flags and "contract_expired" in clerk.flags and clerk.tenure_months == 72
    assert "resigned" not in extract_facts("公司不续签合同，离职证明上却写的是个人原因辞职", today=today).flags


def test_held_out_47_a_job_jumped_to_and_no_leave_let_taken_count_the_annual_leave():
    today = date(2026, 11, 28)
    clerk = extract_facts("之前在别的单位干了9年，2024年3月跳过来的。今年一天年假都没让休，说忙。我打算12月31号离职，月薪8700", today=today)
    assert clerk.start_date == date(2024, 3, 1) and clerk.work_months is not None and clerk.work_months > 108
    assert clerk.leave_taken_days == 0


def test_held_out_47_a_bond_told_from_the_day_training_ended_counts_the_service_from_then():
    today = date(2026, 11, 28)
    assistant = extract_facts("去年7月入职，所里出钱给我报了法考培训班，发票8000元，签了协议说培训结束后（去年9月1号起）要服务满3年，"
                              "提前走赔3万违约金。我10月底提了离职，11月30号走", today=today)
    assert assistant.service_period_months == 36 and assistant.service_served_months == 15


def test_held_out_47_what_was_paid_on_leaving_is_read_not_what_was_offered():
    today = date(2026, 11, 28)
    seller = extract_facts("上海一家连锁书店，我在门店干了4年半，月薪7千。今年4月25号门店关了，公司直接给了张解除通知，只给了4个月工资"
                           "补偿，根本没跟我商量调岗去别的店。", today=today)
    assert seller.compensation_paid == 28000 and "dismissed" in seller.flags
    assert extract_facts("月薪6000，公司给了2万块补偿让我走", today=today).compensation_paid == 20000
    assert extract_facts("说给3万补偿让我走", today=today).compensation_paid is None  # an offer, not a payment


def test_held_out_47_near_retirement_with_thirteen_years_here_is_no_extension_by_law():
    today = date(2026, 11, 28)
    fitter = extract_facts("我男的，1967年5月生的，在这个机械厂干了13年了，2013年9月1号进的厂，月工资5千。合同今年12月31号到期，"
                           "厂里说我快退休了，劳动合同不续了。", today=today)
    assert "near_retirement_under_15y" in fitter.flags
    veteran = extract_facts("我58了，在厂里干了17年，合同到期厂里说不续了", today=today)
    assert "near_retirement_under_15y" not in veteran.flags


def test_a_contract_still_running_is_not_the_end_of_a_job_ended_before_it():
    """Held-out 48: "干了3年8个月，合同明年6月才到期…让我下周就别来了": the contract's end (June next year) was read as the job's,
    so the start inferred from 3 years 8 months came out 2023-10-02 instead of March 2023."""
    facts = extract_facts("我在广告公司做灯箱安装，干了3年8个月，合同明年6月才到期。这个月主管说我“不能胜任”，让我下周就别来了。"
                          "我月薪6500。", today=date(2026, 11, 28))
    assert facts.end_date is None and facts.contract_end_date == date(2027, 6, 1)
    assert "dismissed" in facts.flags and facts.tenure_months == 44


def test_held_out_49_the_local_average_wage_told_with_a_hedge_is_read():
    """Held-out 49: "杭州去年社平工资好像是1.05万一个月" was not read, so a 2N of 45,000 a month came out uncapped (1,215,000)."""
    today = date(2026, 11, 29)
    director = extract_facts("我月薪4万5，干了13年，公司违法解除。我们这去年社平工资好像是1.05万一个月", today=today)
    assert director.local_avg_wage == 10500
    assert extract_facts("社平工资应该是9800吧，我月薪5万", today=today).local_avg_wage == 9800


def test_held_out_49_a_post_abolished_with_its_last_day_is_a_dismissal():
    today = date(2026, 11, 29)
    captain = extract_facts("公司发书面通知说业务收缩，我这个岗位取消了，12月31号最后一天，月薪3万", today=today)
    assert "dismissed" in captain.flags
    assert "dismissed" not in extract_facts("公司说我的岗位取消了，要给我调到仓库去", today=today).flags


def test_held_out_49_a_shop_s_lease_ending_is_no_labour_contract_expiring_and_everyone_told_to_go_is_dismissed():
    today = date(2026, 11, 29)
    clerk = extract_facts("商场合同到期，我们店月底关门。店长开会说公司不安排调店，月底大家直接走人，每人给点补贴。我干了2年多", today=today)
    assert "contract_expired" not in clerk.flags and "quitting" not in clerk.flags
    assert "dismissed" in clerk.flags
    assert "contract_expired" in extract_facts("我的劳动合同月底到期，公司说不续了", today=today).flags
    assert "quitting" in extract_facts("我不想干了，打算月底直接走人", today=today).flags


def test_held_out_49_a_work_permit_the_employer_applied_for_is_held_and_the_same_day_exit_is_a_dismissal():
    today = date(2026, 11, 29)
    teacher = extract_facts("I'm from Ukraine and teach at a dance school in Shanghai. The school applied for my work permit and "
                            "residence permit, but they never gave me a written contract. Last month they said they were ending "
                            "the freelance cooperation and I had to leave the same day.", today=today)
    assert {"foreigner", "work_permit", "dismissed"} <= teacher.flags
    tourist = extract_facts("I'm from the Philippines, came on a tourist visa, the boss said he would sort out the work permit "
                            "later but never did.", today=today)
    assert "work_permit" not in tourist.flags


def test_held_out_49_injury_insurance_not_paid_for_someone_else_is_no_insurance():
    today = date(2026, 11, 29)
    wife = extract_facts("我老公送货路上被车撞骨折，公司说没给他交工伤保险，让我们找司机赔", today=today)
    assert "no_social_insurance" in wife.flags


def test_held_out_49_a_diagnosis_certificate_issued_is_a_disease_diagnosed():
    today = date(2026, 11, 29)
    grinder = extract_facts("做打磨9年，上个月职业病防治院给我出了诊断书，写的职业性尘肺病壹期，厂里不给报工伤", today=today)
    assert {"occupational_disease", "disease_diagnosed"} <= grinder.flags


def test_held_out_49_the_years_before_this_job_count_when_its_start_is_told_as_came_here_in():
    today = date(2026, 11, 29)
    sewer = extract_facts("我来这个厂是2024年3月，之前在别的厂干了十来年没断过，今年年假一天都没休", today=today)
    assert sewer.start_date == date(2024, 3, 1)
    assert sewer.work_months is not None and sewer.work_months >= 120


def test_held_out_49_hours_told_net_and_saturdays_told_whole_are_read():
    """Held-out 49: "每天都是净干12个小时…4个周六也全天上了12小时" was not read, so the calculator asked for hours already given."""
    today = date(2026, 11, 29)
    courier = extract_facts("月薪6000。上个月22个工作日每天都是净干11个小时，3个周六也全天上了10小时，没补休。", today=today)
    assert courier.weekday_overtime_hours == 66 and courier.restday_overtime_hours == 30


def test_held_out_49_national_day_told_as_1_to_3_and_worked_as_usual_is_read():
    today = date(2026, 11, 29)
    assert extract_facts("国庆1到3号我也上了3天，每天8小时，这个怎么算？", today=today).holiday_overtime_hours == 24
    assert extract_facts("国庆1号到3号也照样上，每天10个钟头", today=today).holiday_overtime_hours == 30
    assert extract_facts("五一1号到3号也照样上班", today=today).holiday_overtime_hours == 16  # 劳动节: two statutory days
    assert extract_facts("国庆1号到3号放假了，没上班", today=today).holiday_overtime_hours is None


def test_held_out_49_an_averaged_hours_scheme_named_is_read():
    today = date(2026, 11, 29)
    assert "comprehensive_hours" in extract_facts("公司说我们是综合工时，按季度算，周末上班不给加班费", today=today).flags
    assert "comprehensive_hours" in extract_facts("经理说我们是综合公时 不算加班", today=today).flags
    assert "comprehensive_hours" not in extract_facts("我们不是综合工时，就是普通的上班", today=today).flags


def test_held_out_49_on_the_way_with_the_job_s_goods_is_an_errand_and_a_weekend_errand_of_one_s_own_is_not():
    today = date(2026, 11, 29)
    courier = extract_facts("我老公骑电动车从社区医院送血样去实验室的路上被车撞了", today=today)
    assert "work_errand" in courier.flags
    shopper = extract_facts("周末出去买菜被一辆电动车撞了，对方跑了，医药费医保能报吗", today=today)
    assert "work_errand" not in shopper.flags


def test_held_out_49_records_the_boss_keeps_himself_are_out_of_the_worker_s_reach():
    today = date(2026, 11, 29)
    assistant = extract_facts("我就是画图的，客户资料和报价都是老板自己管，我根本碰不到。离职后两年不能去同行", today=today)
    assert "no_secret_access" in assistant.flags


def test_held_out_49_a_sprain_or_a_slip_at_work_is_an_accident():
    """Held-out 49: a dance teacher whose ankle "崴了" while demonstrating a step asked "这算工伤吗" and got no conclusion:
    a sprain was no accident to the extractor."""
    today = date(2026, 11, 29)
    assert "work_accident" in extract_facts("上课示范动作的时候左脚崴了，医生开了3天病假", today=today).flags
    assert "work_accident" in extract_facts("搬货的时候扭伤了腰", today=today).flags
    assert "work_accident" in extract_facts("拖完地在车间滑倒了，手腕骨裂", today=today).flags
    assert "work_accident" not in extract_facts("我以前就崴过脚，这次上班又疼了", today=today).flags


def test_held_out_49_cars_registered_under_a_driving_school_s_name_are_a_borrowed_licence():
    today = date(2026, 11, 29)
    coach = extract_facts("老周自己买了三台教练车挂在XX驾校名下，工资是老周每月转给我", today=today)
    assert "borrowed_licence" in coach.flags


def test_held_out_49_an_averaged_scheme_s_hours_past_its_period_standard_are_the_overtime():
    """Held-out 49: "季度标准工时500小时，7到9月我一共干了600个小时" was not read; the 100 hours past the quarter's standard are
    the overtime (工资支付暂行规定第十三条), told for the whole period, and National Day's day length told beside it does
    not take them away."""
    today = date(2026, 11, 29)
    clerk = extract_facts("公司说我们是综合工时，按季度算。排班表上写着季度标准工时500小时，7到9月我一共干了620个小时。"
                          "国庆1到3号我也上了3天，每天8小时", today=today)
    assert clerk.weekday_overtime_hours == 120 and clerk.holiday_overtime_hours == 24
    assert extract_facts("标准工时500小时，我干了600个小时", today=today).weekday_overtime_hours is None  # no scheme named


def test_held_out_53_a_start_month_told_beside_whole_years_counts_the_years_from_it():
    """Held-out 53: "2015年10月进厂，干了11年了" and "从2014年9月干到现在12年了" were counted as 11 and 12 years from a start
    made up from the years (2N 110,000 and 110,400); the month told counts (11年1个月 and 12年2个月: 115,000 each). A
    start told roughly that disagrees with the years told gives way to them, as before."""
    today = date(2026, 11, 29)
    assert extract_facts("2015年10月进厂，干了11年了，今天人事甩给我一张解除通知书", today=today).start_refines_tenure()
    assert extract_facts("从2014年9月干到现在12年了，11月15号老板让我第二天就别来了", today=today).start_refines_tenure()
    assert not extract_facts("去年被派到家电厂，在派遣公司一共干了2年4个月", today=today).start_refines_tenure()
    assert not extract_facts("2020年3月进厂，干了2年", today=today).start_refines_tenure()  # the two disagree


def test_held_out_55_the_job_s_own_end_and_start_are_read_beside_a_contract_s_term():
    """Held-out 55: a dismissal's day (11月30号解除合同) or a planned leaving (打算12月31号走) told after a term "续签到2027年7月
    11号" was read as the job's end (tenure counted to 2027: 2N 84,000 for 77,000, N 15,000 for 10,000); an expiry told
    "到期就让我走了" was read as next year's; "2024年3月1号签的合同" beside "干了两年多" left the start guessed from the years
    (12,500 for 15,000); "My contract expires on 31 December" was read as last year's (a deadline 32 days away), and
    "leave … expires on 31 December" as the job's end."""
    today = date(2026, 11, 29)
    told = extract_facts("2021年7月12号入职，合同续签到2027年7月11号。11月16号公司给了我书面通知，说我属于不能胜任工作，"
                         "11月30号解除合同，给我N。", today=today)
    assert told.end_date == date(2026, 11, 30)
    planned = extract_facts("2025年4月1号入职，合同签到2028年3月底，月薪5千。我打算12月31号走。", today=today)
    assert planned.end_date == date(2026, 12, 31)
    let_go = extract_facts("2019年6月1号入职，合同10月31号到期，公司没找我谈续签，到期就让我走了。", today=today)
    assert let_go.end_date == date(2026, 10, 31) and "left_job" in let_go.flags
    ahead = extract_facts("2019年6月1号入职，合同12月31号到期，公司一直没跟我谈续签，会不会不续？", today=today)
    assert ahead.end_date == date(2026, 12, 31)
    signed = extract_facts("我在果园干了两年多，2024年3月1号签的合同，这个月15号合同到期，公司说不续了。", today=today)
    assert signed.start_date == date(2024, 3, 1)
    late = extract_facts("干了两年多，去年3月1号才签的合同", today=today)
    assert late.start_date is None  # signed late: the contract's day is not the job's first
    english = extract_facts("My contract expires on 31 December and they won't renew. Can I get severance?", today=today)
    assert english.end_date == date(2026, 12, 31) and "left_job" not in english.flags
    leave = extract_facts("My contract runs from 1 Sept 2024 to 31 Aug 2027. HR told us all 2026 leave is cancelled and "
                          "expires on 31 December without pay.", today=today)
    assert leave.end_date != date(2025, 12, 31) and "left_job" not in leave.flags
    sent_off = extract_facts("前年3月1号进去的，去年12月20号场长一句“明年不用来了”就把我打发了。", today=today)
    assert sent_off.end_date == date(2025, 12, 20) and "violence" not in sent_off.flags


def test_held_out_55_words_that_sound_like_danger_or_a_claim_are_read_for_what_they_say():
    """Held-out 55: "被这样踢掉" (removed from an app) was read as violence, "视力二级残疾" (a disabled person's certificate) as
    a work injury of grade two, cameras "厕所和更衣室倒是没装" as hidden ones, "像坐牢一样" and "一天24小时被盯着" as a crime
    and 348 hours of overtime, "候场不让离开" as forced labour, "整个厂搬到广西" as ten workers in one claim and "明年1月1号"
    as a holiday worked; "国庆那三天也照样干" was not read, and "春节和国庆那几天" counted only National Day."""
    today = date(2026, 11, 29)
    assert "violence" not in extract_facts("平台直接在APP上把我解除合作了，被这样踢掉能要多少钱", today=today).flags
    assert "violence" in extract_facts("工头把我踢了几脚", today=today).flags
    blind = extract_facts("我是盲人按摩师，视力二级残疾，老板欠我工资8600元", today=today)
    assert blind.disability_grade is None and "injured" not in blind.flags
    assert extract_facts("我残疾证是肢体三级，在厂里被机器压断了手，评了七级伤残", today=today).disability_grade == 7
    watched = extract_facts("柜台上方装了摄像头，我感觉像坐牢一样，一天24小时被盯着。厕所和更衣室倒是没装摄像头。", today=today)
    assert not watched.flags & {"hidden_camera", "criminal_route", "overtime"}
    assert "hidden_camera" in extract_facts("老板在更衣室装了个监控", today=today).flags
    assert "forced_labour" not in extract_facts("一天演4场，中间候场不让离开", today=today).flags
    assert "forced_labour" in extract_facts("老板锁了门不让我们离开", today=today).flags
    moving = extract_facts("厂里贴通知：明年1月1号整个厂搬到广西梧州，不愿意去的视为自动离职，没有补偿。", today=today)
    assert "group" not in moving.flags and moving.holiday_overtime_hours is None
    assert "group" in extract_facts("全厂都被欠了三个月工资，整个厂200多人", today=today).flags
    assert extract_facts("一天干13个钟头，国庆那三天也照样干", today=today).holiday_overtime_hours == 39
    both = extract_facts("每天早上10点到晚上10点都得在场，今年春节和国庆那几天全都在上班", today=today)
    assert both.holiday_overtime_hours == 77  # seven statutory days of 11 hours (an hour for meals, none told)


def test_held_out_55_a_non_compete_s_pay_unpaid_is_no_wage_owed():
    """Held-out 55: "竞业限制…每月给1000补偿…他们三个月没给钱" was read as three months' wages owed (18,000 and a surcharge)."""
    today = date(2026, 11, 29)
    facts = extract_facts("入职时签过竞业限制协议，厂里每月给1000补偿。可我走了3个月，补偿一分没给。他们三个月没给钱，协议还算数不？",
                          today=today)
    assert "wage_owed" not in facts.flags and facts.owed_months is None
    assert "wage_owed" in extract_facts("竞业补偿没给，工资也拖了两个月没发", today=today).flags


def test_held_out_55_rest_days_worked_so_far_and_the_last_of_terms_listed_by_their_years():
    """Held-out 55: "two Saturdays every month (12 so far)" was paid as one month's two (2,758.62 for 16,551.72); three
    terms told "16年到19年、19年到22年、22年到2025年8月31号" and worked on since were counted as a job never signed from its
    first day (double wages for 2016), and ten years at work were lost to the expiry's day."""
    today = date(2026, 11, 29)
    saturdays = extract_facts("Since June I've worked two Saturdays every month (12 so far) and never got time off in lieu.",
                              today=today)
    assert saturdays.restday_overtime_hours == 96 and "overtime_total" in saturdays.flags
    kept_on = extract_facts("我2016年9月1号进的，先后签了三次三年的合同：16年到19年、19年到22年、22年到2025年8月31号。去年合同到期后"
                            "公司没找我续，我就一直照常上班到现在，工资还是6500。", today=today)
    assert kept_on.contract_end_date == date(2025, 8, 31)
    assert {"tenure_over_10y", "still_employed"} <= kept_on.flags and kept_on.service_end() is None


def test_held_out_56_a_leaving_with_its_year_a_notice_s_day_and_a_service_period_counted_from_the_training():
    """Held-out 56: "合同签到2027年2月底…想干到今年12月31号就走" kept the contract's end as the leaving (notice due 2027-01-29,
    not 2026-12-01); "从2025年6月1号培训完开始算要服务满2年" was not read as a 24-month service period, so the penalty's cap
    was asked for; "11月20号…书面通知，说…依据劳动合同法40条第3项12月20号跟我解除" put the end in 2025 (a deadline "21 days
    away" and an alarm); "2024年6月进去" was not read as the start."""
    today = date(2026, 11, 29)
    quits = extract_facts("我在北京一家真冰场当制冰师，合同签到2027年2月底。前年公司出了8000块送我去学制冰，签了个服务期协议，"
                          "从2025年6月1号培训完开始算要服务满2年。我现在想干到今年12月31号就走。", today=today)
    assert quits.end_date == date(2026, 12, 31)
    assert quits.service_period_months == 24 and quits.service_served_months == 19
    notice = extract_facts("2014年8月进的，今年54了，一个月6千。11月20号单位给了我书面通知，说公墓跟另一家合并，绿化这块要外包出去，"
                           "岗位没了，依据劳动合同法40条第3项12月20号跟我解除，给经济补偿。", today=today)
    assert notice.end_date == date(2026, 12, 20) and "dismissed" in notice.flags
    assert "dismissed" not in extract_facts("我想跟公司解除合同，能拿补偿吗", today=today).flags
    assert extract_facts("2024年6月进去去年12月15号辞的职", today=today).start_date == date(2024, 6, 1)


def test_held_out_56_an_injury_recognised_and_graded_and_pesticide_poisoning_at_work():
    """Held-out 56: "去年认定了工伤，今年3月评了十级伤残" and "公司给报了工伤，认定书也下来了" were not read as recognised (the
    answers opened with how to apply); "打杀虫剂…有机磷农药中毒" was not read as an occupational disease (no alarm)."""
    today = date(2026, 11, 29)
    assert "injury_recognised" in extract_facts("被机器轧了左手，去年认定了工伤，今年3月评了十级伤残", today=today).flags
    assert "injury_recognised" in extract_facts("管子爆了烫伤了腿，公司给报了工伤，认定书也下来了", today=today).flags
    assert "injury_recognised" not in extract_facts("被机器轧了手，公司说不给报工伤", today=today).flags
    poisoned = extract_facts("给棉花打脱叶剂和杀虫剂，配药都是手工兑，9月18号在地头头晕呕吐倒了，县医院说是有机磷农药中毒，"
                             "住了6天院", today=today)
    assert "occupational_disease" in poisoned.flags
    assert "occupational_disease" not in extract_facts("老板的孩子误喝了农药，我送去医院", today=today).flags


def test_held_out_56_rest_days_of_a_six_day_week_a_saturday_s_hours_and_months_without_a_day_off():
    """Held-out 56: "一周跑6天" and "周六还要上8小时课" and "they send me to clients' homes every Saturday (8 hours)" counted no
    rest-day hours; "7月8月两个月我们一天都没休过" counted one month's rest days; "最近才听人说加班费可以要" kept a
    whole job's months from being counted."""
    today = date(2026, 11, 29)
    driver = extract_facts("2024年6月进去去年12月15号辞的职。天天早上6点到晚上6点，一周跑6天，底薪7千，从来没有加班费。"
                           "最近才听人说加班费可以要", today=today)
    assert driver.restday_overtime_hours is not None and driver.overtime_months == 18
    tutor = extract_facts("每天上午10点到晚上10点都要在线，周六还要上8小时课。", today=today)
    assert tutor.restday_overtime_hours == Decimal("34.8")
    tuner = extract_facts("Since September they send me to clients' homes every Saturday (8 hours), no day off in lieu.",
                          today=today)
    assert tuner.restday_overtime_hours == Decimal("34.8")
    cinema = extract_facts("月薪4千5。暑期档7月8月两个月我们一天都没休过，国庆10月1号到3号也全上班了，一分加班费没有，也没补休。",
                           today=today)
    assert cinema.restday_overtime_hours == Decimal("139.2") and cinema.holiday_overtime_hours == 24
    assert extract_facts("这个月我一天都没休过，一分加班费没有", today=today).restday_overtime_hours == Decimal("69.6")


def test_held_out_56_readings_kept_to_what_they_say():
    """Mended while held-out 56's were read: "叫我进去" (told to go inside a machine) is no start, and "大周周六还要来8小时"
    (alternate Saturdays) is not every Saturday."""
    today = date(2026, 11, 29)
    hurt = extract_facts("11月3号修置瓶机时主管没让断电就叫我进去，机器突然动了，左手食指被夹断", today=today)
    assert hurt.start_date is None and hurt.injury_date == date(2026, 11, 3)
    alternate = extract_facts("平时上班早10点到晚9点，中午休1小时，大小周，大周周六还要来8小时，从来没调休过。", today=today)
    assert alternate.restday_overtime_hours != Decimal("34.8")
    told = extract_facts("For the past three months they also made me teach every Saturday, 8 hours each, 12 Saturdays in "
                         "total, with no days off in lieu.", today=today)
    assert told.restday_overtime_hours == 96 and "overtime_total" in told.flags
