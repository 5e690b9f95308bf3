"""The words around an answer that leads with the answer: headings, the deadline line, the no-rule notice."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AnswerText:
    figures_heading: str  # before the worker's own figures
    figure_notes_heading: str  # before what the figure rests on, when the figure itself follows the verdict
    # {verdicts}: the short answers to the message's other questions, right after the first one's (each said in full below)
    other_answers: str
    deadline_line: str  # {date} {days}
    deadline_passed: str  # {date} {days}
    basis_heading: str  # before the decisive article
    basis_gloss: str  # {conclusion}: the rule's conclusion beside a Chinese quotation (English answers)
    next_heading: str
    evidence_label: str
    where_label: str
    deadline_label: str
    more_heading: str  # other provisions worth knowing
    no_rule: str  # no situation rule fits with confidence
    no_rule_rest: str  # the same after what the message's facts settle (a part answered first)
    repealed_note: str  # {paragraph} {by} {since}
    repealed_whole: str  # {by} {since}
    repeal_pending: str  # {paragraph} {by} {since}: announced, not yet in effect
    this_article: str
    also_possible: str  # {conclusion}: a second rule that may fit instead
    paragraph: str  # {n}
    deadline_kinds: dict[str, str]  # the kind of time limit a computed deadline is (bot.triage.Deadline.kind)
    # {date} {days}: by deadline kind, the employer's own step that comes first (its 30 days to apply for work-injury
    # recognition; its 30 days to ask that a final award be set aside), while it runs, and once passed
    employer_first: dict[str, str]
    employer_passed: dict[str, str]
    # A calculated claim whose own limit has run ({date} {days}), by calculator: said instead of deadline_passed.
    claim_deadline_passed: dict[str, str]
    your_deadline: str  # {kind} {date} {days} {basis}
    your_deadline_rough: str  # the same from a date without its day: the earliest it can be
    deadline_days_only: str  # after your_deadline when few days are left: file first ({paper}), legal aid alongside
    deadline_papers: dict[str, str]  # what is filed, by the deadline's kind ({paper}); "" the default
    weekend_deadline: str  # after your_deadline when a court's time limit ends on a weekend: {day} {moved} {safe} {basis}
    resignation_notice: str  # a planned leaving day 30 days or more ahead: {day} {latest} {days} {basis}
    quit_option: dict[str, str]  # by the employer's fault (wage_owed, no_social_insurance): {basis}
    still_in_time: str  # asked whether the limit has run, and it has not: said before the limit's date
    # Safety first, before the answer, by triage code: what to do now when someone is in danger or a crime
    # is being committed against the worker (practical steps, no legal claim).
    safety: dict[str, str]
    distress: str  # {hotline}: after the answer, when despair is said as a figure of speech
    venting: str  # after the answer, when anger is said as wanting to smash or beat: why not
    crime_kinds: dict[str, str]  # the "may be a crime" line for the kind of crime the facts tell, by fact flag
    on_behalf: str  # after the conclusion, when the message asks about someone else (我老公在厂里…)
    arrears_while_employed: str  # after a flat one-year limit, for wages owed to a worker still employed


ZH = AnswerText(
    figures_heading="按你说的情况算：",
    figure_notes_heading="这个数的前提和算法：",
    other_answers="你问的其他问题，简单说：{verdicts}",
    deadline_line="⏰ 期限：{date}前，还剩 {days} 天。",
    deadline_passed="⏰ 期限：{date}已经过了 {days} 天；是否还有中止、中断等例外，请尽快找法律援助人员确认。",
    basis_heading="法律依据：",
    basis_gloss="{conclusion}",
    next_heading="接下来这样做：",
    evidence_label="证据",
    where_label="去哪里",
    deadline_label="期限",
    more_heading="相关规定：",
    no_rule="你的情况我没法给出有把握的结论，先把相关法律规定列给你；最好请法律援助人员根据细节帮你判断。",
    no_rule_rest="你问的其他方面，我没法给出有把握的结论，下面是相关法律规定；最好请法律援助人员根据细节帮你判断。",
    repealed_note="（注意：本条{paragraph}已被{by}废止，自{since}起不再适用。）",
    repealed_whole="（注意：本条已被{by}废止，自{since}起不再适用。）",
    repeal_pending="（注意：本条{paragraph}将自{since}起被{by}废止。）",
    this_article="本条",
    also_possible="如果你的情况是另一种：{conclusion}",
    paragraph="第{n}款",
    claim_deadline_passed={
        "double_wages": "⏰ 按你说的日期，这笔二倍工资的仲裁时效很可能已在{date}届满（已过 {days} 天）；期间书面催要过、投诉过或"
                        "单位答应过支付的，时效中断、重新计算，请尽快找法律援助人员确认。其他请求（如欠薪、经济补偿）的时效另算。"},
    deadline_kinds={"arbitration": "申请劳动仲裁的时效",
                    "arbitration_interrupted": "申请劳动仲裁的时效（因你讨要、投诉或单位答应给钱而中断，从最后那次重新算一年，"
                                               "讨要记录要留好）",
                    "arbitration_unproven_interruption": "申请劳动仲裁的时效（不算中断的保守算法；你后来讨要、投诉或单位答应给钱，"
                                                         "能证明的话时效从最后那次重新算一年，但证据不一定被认，"
                                                         "最稳妥是在这一天之前申请）",
                    "injury_application": "自己申请工伤认定的期限",
                    "lawsuit": "不服仲裁裁决起诉的期限", "reassessment": "申请再次鉴定的期限",
                    "annual_leave": "往年没休年假的工资申请仲裁的时效（多数地方按应休年度结束后一年算；经你同意跨年安排的再晚一年）",
                    "enforcement": "你向法院申请强制执行的期限（2年，从裁决书定的付款期限最后一天起算；没定期限的从裁决生效起算）",
                    "stated": "你说的期限"},
    employer_first={"injury_application": "单位申请工伤认定的30日期限到{date}，还剩 {days} 天；单位不申请的，",
                    "enforcement": "单位只能在收到终局裁决书之日起30日内向中级法院申请撤销，到{date}，还剩 {days} 天（不能起诉）；"},
    employer_passed={"enforcement": "单位向中级法院申请撤销终局裁决的30日已于{date}届满，没有在期限内申请的，裁决就不能再被撤销；"},
    your_deadline="⏰ 按你说的日期，{kind}到{date}，还剩 {days} 天（{basis}）。",
    deadline_days_only="只剩这几天：不要等律师或法律援助批下来，先自己在期限内把{paper}递上去（可以手写，材料不全也先递，"
                       "以后补），别拖到最后一天；法律援助可以同时申请。",
    deadline_papers={"": "仲裁申请书", "lawsuit": "起诉状", "injury_application": "工伤认定申请",
                     "reassessment": "再次鉴定申请"},
    quit_option={"wage_owed": "另一条路：单位拖欠工资，你也可以书面通知单位，以“未及时足额支付劳动报酬”为由解除劳动合同，不用等30天，"
                              "还能要经济补偿（每满一年一个月工资）；写明这个理由，别写“个人原因”辞职（{basis}）。",
                 "no_social_insurance": "另一条路：单位没依法给你交社保，你也可以书面通知单位，以“未依法缴纳社会保险费”为由解除劳动合同，"
                                        "不用等30天，还能要经济补偿（每满一年一个月工资）；写明这个理由，别写“个人原因”辞职（{basis}）。"},
    resignation_notice="📅 你想{day}走：辞职要提前30天书面通知单位，书面辞职通知最晚在{latest}交给单位（写明最后工作日，留好签收或发送记录），"
                       "还剩 {days} 天（{basis}）。",
    weekend_deadline="这一天是{day}：期间最后一日是法定休假日的，顺延到休假日后的第一天（{moved}）（{basis}）；稳妥起见，"
                     "在{safe}（周五）前递交，或在期满前交邮、网上立案。",
    still_in_time="还没过，来得及，但要尽快。",
    your_deadline_rough="⏰ 你没说具体哪一天，按最早可能的那天算，{kind}最早可能在{date}就到了，还剩约 {days} 天（{basis}）；"
                        "告诉我准确日期，我重新算。",
    safety={
        "life_safety": "🚨 先顾安全：有人威胁、跟踪、动手或扬言上门的，马上打110报警，别单独去见对方；"
                       "聊天记录、录音、视频、截图都留好。",
        "crime_against_worker": "🚨 这可能涉及违法犯罪，可以直接打110报警；设备、被扣的证件、聊天记录、"
                                "欠条和责令支付的文书等证据先保留好，别自己销毁或交出去。",
        "sexual_harassment": "🚨 遇到性骚扰，你可以打110报警，也可以书面向单位投诉；聊天记录、图片、"
                             "录音和在场的证人都记下来。",
    },
    crime_kinds={
        # (first: abroad, 110 reaches nobody; the consulate is who helps)
        "working_abroad": "🚨 人在国外被扣护照、不让走的，先联系中国驻当地大使馆或领事馆，或拨打外交部全球领事保护与服务应急热线"
                          "（境外拨 +86-10-12308），情况紧急的同时向当地警方求助；能走就先到安全的地方。",
        "hidden_camera": "🚨 偷拍可能涉及违法犯罪，可以直接打110报警；别自己拆下或删除，先拍下摄像头的位置和样子，"
                         "让警察来固定证据。",
        "forced_labour": "🚨 限制人身自由、强迫干活可能涉及犯罪，先打110报警；被扣的身份证、手机等证件物品"
                         "可以请警察帮你要回，能走就先到安全的地方。",
        "official_order_ignored": "🚨 劳动部门责令支付后仍不给，可能涉及犯罪，可以直接打110报警，或要求劳动部门移送公安；"
                                  "责令支付的文书、欠条和聊天记录保留好。",
    },
    on_behalf="（这里说的“你”，指当事人本人，也就是你问的那位。）",
    arrears_while_employed="你还在职：被拖欠的工资在职期间申请仲裁不受这一年限制，离职后一年内提出即可（《劳动争议调解仲裁法》第二十七条）。",
    venting="气成这样完全可以理解，但别去砸店、堵门或动手：砸坏的东西要你赔，还可能被公安处罚甚至追究刑事责任，"
            "本来占理的你反而成了被追责的一方。钱按上面说的路依法去要。",
    distress="听得出你压力很大。扛不住的时候，可以打心理援助热线 {hotline}（24小时有人接听）；"
             "法律上的事也可以打12348找法律援助人员帮你。",
)

EN = AnswerText(
    figures_heading="With your figures:",
    figure_notes_heading="What this figure rests on:",
    other_answers="Your other questions, in short: {verdicts}",
    deadline_line="⏰ Deadline: {date}, {days} days left.",
    deadline_passed="⏰ Deadline: {date}, passed {days} days ago; ask a legal-aid lawyer soon whether an exception "
                    "(suspension or interruption) applies.",
    basis_heading="The law:",
    basis_gloss="In short: {conclusion}",
    next_heading="What to do next:",
    evidence_label="Evidence",
    where_label="Where to go",
    deadline_label="Time limit",
    more_heading="Related provisions:",
    no_rule="I cannot give you a confident answer for your situation. Here is what the law says; a legal-aid "
            "lawyer can judge the details with you.",
    no_rule_rest=("On the rest of your question I cannot give you a confident answer. Here is what the law says; a "
                  "legal-aid lawyer can judge the details with you."),
    repealed_note="(Note: {paragraph} of this article was repealed by {by} from {since}.)",
    repealed_whole="(Note: this article was repealed by {by} from {since}.)",
    repeal_pending="(Note: {paragraph} of this article will be repealed by {by} from {since}.)",
    this_article="the whole text",
    also_possible="If your situation is different: {conclusion}",
    paragraph="paragraph {n}",
    claim_deadline_passed={
        "double_wages": "⏰ From your dates, the time limit for these double wages has most likely run out, on {date} "
                        "({days} days ago); a written demand, a complaint or the employer's promise to pay in the "
                        "meantime interrupts it and starts it again, so ask a legal-aid lawyer soon. Other claims (unpaid "
                        "wages, severance) have their own time limits."},
    deadline_kinds={"arbitration": "the time limit to apply for labor arbitration",
                    "arbitration_interrupted": "the time limit to apply for labor arbitration (interrupted by your "
                                               "claim, a complaint or the employer's promise to pay, it runs a new "
                                               "year from the last one: keep the proof)",
                    "arbitration_unproven_interruption": "the time limit to apply for labor arbitration (counted "
                                                         "without any interruption: a later claim, complaint or "
                                                         "promise to pay that you can prove starts a new year, but "
                                                         "the proof may not be accepted, so the safe course is to "
                                                         "apply before this day)",
                    "injury_application": "the time limit to apply for work-injury recognition yourself",
                    "lawsuit": "the time limit to sue after the arbitration award",
                    "reassessment": "the time limit to ask for a second assessment",
                    "enforcement": "your time limit to apply to the court for enforcement (two years from the last day "
                                   "the award gave for payment, or from when it took effect if it gave none)",
                    "annual_leave": "the time limit to claim pay for a past year's untaken annual leave (most "
                                    "commissions count one year from the end of the year the leave was due; a year "
                                    "later where it was carried over with your consent)",
                    "stated": "the time limit you mention"},
    employer_first={"injury_application": ("the employer's 30 days to apply for work-injury recognition end on {date} "
                                           "({days} days left); if it does not apply, "),
                    "enforcement": ("the employer can only ask the intermediate court to set the final award aside "
                                    "within 30 days of receiving it, by {date} ({days} days left; it cannot sue); ")},
    employer_passed={"enforcement": ("the employer's 30 days to ask the intermediate court to set the final award aside "
                                     "ended on {date}: if it did not apply in time, the award can no longer be set aside; ")},
    your_deadline="⏰ From your dates, {kind} ends on {date}: {days} days left ({basis}).",
    deadline_days_only=("With only days left, do not wait for a lawyer or for legal aid to be granted: file {paper} "
                        "yourself within the limit (it can be handwritten; missing papers can follow), do "
                        "not leave it to the last day, and apply for legal aid at the same time."),
    deadline_papers={"": "the arbitration application", "lawsuit": "the lawsuit",
                     "injury_application": "the work-injury application", "reassessment": "the reassessment application"},
    quit_option={"wage_owed": ("Another way: since the employer owes you wages, you may also end the contract by written "
                               "notice for 'failure to pay remuneration in full and on time', without waiting 30 days, and "
                               "claim severance (one month's wage per year worked); state that reason, not 'personal "
                               "reasons' ({basis})."),
                 "no_social_insurance": ("Another way: since the employer has not paid your social insurance, you may also "
                                         "end the contract by written notice for 'failure to pay social insurance', without "
                                         "waiting 30 days, and claim severance (one month's wage per year worked); state "
                                         "that reason, not 'personal reasons' ({basis}).")},
    resignation_notice=("📅 You plan to leave on {day}: a resignation needs 30 days' written notice, so hand it in by {latest} "
                        "(name your last working day, and keep proof it was received): {days} days left ({basis})."),
    weekend_deadline=("That day is a {day}: a time limit whose last day is a public rest day runs to the first day "
                      "after it ({moved}) ({basis}); to be safe, file by Friday {safe}, or post the papers or file "
                      "online before the limit ends."),
    still_in_time="Not yet: you are still in time, but act soon.",
    your_deadline_rough="⏰ You did not give the exact day, so counting from the earliest day it can be, {kind} may end "
                        "as early as {date}: about {days} days left ({basis}). Tell me the exact date and I will "
                        "recompute.",
    safety={
        "life_safety": "🚨 Safety first: if someone threatens you, follows you, hits you or says they will come to "
                       "your home, call the police (110) now and do not meet them alone; keep the chats, "
                       "recordings, videos and screenshots.",
        "crime_against_worker": "🚨 This may be a crime: you can call the police (110) directly; keep the device, "
                                "the documents held from you, the chats, IOUs and any official payment order as "
                                "evidence, and do not destroy or hand them over.",
        "sexual_harassment": "🚨 For sexual harassment you can call the police (110) and complain to the employer "
                             "in writing; keep the chats, images and recordings, and note who saw it.",
    },
    crime_kinds={
        "working_abroad": "🚨 Abroad with your passport held or kept from leaving: contact the Chinese embassy or consulate "
                          "where you are, or the Foreign Ministry's consular protection hotline (+86-10-12308 from "
                          "abroad), and in an emergency the local police too. Get somewhere safe if you can.",
        "hidden_camera": "🚨 Secret filming may be a crime: you can call the police (110) directly; do not remove or "
                         "wipe the camera yourself, photograph where it is and let the police secure it.",
        "forced_labour": "🚨 Being locked in or forced to work may be a crime: call the police (110) first; they can "
                         "help you get back an ID card or phone held from you. Get somewhere safe if you can.",
        "official_order_ignored": "🚨 Refusing to pay after the labour authority ordered payment may be a crime: you "
                                  "can call the police (110) or ask the labour authority to pass the case to them; "
                                  "keep the order, any IOU and the chats.",
    },
    on_behalf=" (Here “you” means the person concerned, the one you are asking about.)",
    arrears_while_employed=(" You are still employed: wages owed to you can be claimed in arbitration without that one-year "
                            "limit while the job lasts, and within a year of leaving (《劳动争议调解仲裁法》第二十七条)."),
    venting=("Being this angry is understandable, but do not smash the shop, block the door or lay hands on anyone: you "
             "would pay for the damage and could be punished by the police or even prosecuted, turning you from the "
             "one in the right into the one held to account. Claim the money the ways set out above."),
    distress="It sounds like a lot to carry. If it gets too much, the mental-health helpline {hotline} answers day "
             "and night; for the legal side, the legal-aid line 12348 can put you in touch with a lawyer.",
)


def answer_text(lang: str) -> AnswerText:
    """The answer words in ``lang`` (Chinese unless English)."""
    return EN if lang == "en" else ZH
