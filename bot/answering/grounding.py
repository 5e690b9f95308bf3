"""Stage 3: what an answer stands on — the retrieved articles and the situation rules that fit."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from bot.answering.parts import asked_outright, asking_sentences, sentences
from bot.triage import deadline_is_near, deadlines
from knowledge.calculators.laws import ARBITRATION_LAW
from knowledge.facts import (AWARD_DISPUTED, INJURY_SUPPOSED, SIGN_QUESTION, TOLD_TO_GO, Facts, award_told,
                             normalize_text, profile_flags)
from knowledge.query import QueryAnalysis
from knowledge.retriever import Retriever, SearchResult
from knowledge.rules import (PART_FROM_EACH, Rule, RuleIndex, RuleMatch, exclusion_for, follow_exclusions,
                             part_candidates)


# Kinds of question only particular rules answer: asked, they are answered whatever else the message asks.
_ANSWERED_APART = frozenset({"cost"})


# The rules on the year to apply for arbitration, which an award already made has left behind (its 15 days to sue
# count instead): never another part's answer once the worker tells the award's day.
_ARBITRATION_LIMIT_RULES = frozenset({"procedure/arbitration_limitation", "procedure/limitation_about_to_expire",
                                      "procedure/limitation_seems_expired"})


@dataclass(frozen=True, slots=True)
class _WordsPart:
    """Words (or facts alone) that bring a rule of their own the same way, when the facts fit (``when``) and no rule
    already answering that question leads or is answered (``answered_by``). ``asked``: the words ask the rule's own
    question, so its opening yes or no stays (otherwise it answers a question the worker did not ask, and goes)."""

    words: re.Pattern | _InAQuestion | None  # None: the facts alone bring it
    rule: str
    when: Callable[[Facts], bool]
    # other rules (lead or part) that already answer it; the rule itself, given already, is never brought twice
    answered_by: re.Pattern | None = None
    asked: bool = False
    # facts the rule's exclusions are not to see here (a month of pregnancy now, when the words ask about a later one)
    ignoring: frozenset[str] = frozenset()


# The rules that already tell a pregnant, new or nursing mother she may not be dismissed or pushed out.
_ON_THE_PREGNANCY_BAR = re.compile(r"^(?:dismissal/pregnancy_dismissal_bar|"
                                   r"women/(?:pregnant_(?:probation|misconduct)_dismissal|pregnant_pushed_out_unpaid|"
                                   r"job_offer_withdrawn_for_pregnancy))$")
_ABOUT_PAY_TAKEN = re.compile(r"^arrears/(?:wage_deduction_for_losses|fines_deducted_from_wages|"
                              r"deposit_deducted_from_wages|wage_held_back_as_deposit|wages_docked_for_civic_duty|"
                              r"minimum_wage_underpaid)$")
# The worker asks whether to sign what the employer puts in front of them (要不要签, 该不该签, 能签吗, should I sign),
# not about something already signed.
_ASKS_TO_SIGN = re.compile(rf"{SIGN_QUESTION}|签(?:还是不签|不签)", re.IGNORECASE)
_SETTLEMENT = re.compile(r"协议|私了|一次性|了断|两清|和解|赔偿|补偿|放弃|承诺书|保证书|"
                         r"settle|lump[- ]sum|waive|agreement|release", re.IGNORECASE)
# A resignation the employer puts to the worker to sign, whatever they ask (现在公司让我们都签'自愿离职'，我该怎么办);
# not one already signed (让我签了辞职信)
# (还暗示我自己先写个辞职信: hinted, for the worker to write herself)
_PUTS_TO_SIGN = (r"(?:让|要|逼|叫|非要|硬要|暗示|示意|劝)(?:我|我们|大家|员工)(?:都|也|全)?(?:自己)?(?:先)?(?:去|来|过去|过来)?(?:签|写)"
                 r"(?:个|一个|一份|一封)?['‘“「《\"]?")
_PUT_TO_SIGN = re.compile(rf"{_PUTS_TO_SIGN}(?:自愿离职|辞职|主动离职|离职申请|个人申请离职|申请离职|离职书|个人原因|离职(?!证明))"
                          # not one already signed (让我签辞职信我签了); "签了给一个月工资" after a comma is the offer
                          rf"(?![^。，,]{{0,6}}(?:了|过))|"
                          # 让我这周五前办离职, 让我去签离职: the leaving papers put to the worker, by a day
                          r"(?:让|要|叫|催)(?:我|我们)[^。，,]{0,8}?(?:办|签)(?:理)?离职(?:手续)?(?!证明)(?![^。，,]{0,6}(?:了|过))|"
                          r"(?:asked|told|pressur\w+|made) (?:me|us) to sign (?:a |the )?resignation", re.IGNORECASE)
_RESIGNATION_PAPER = re.compile(r"辞职(?:信|书|申请|报告)?|离职申请|离职书|申请离职|自愿离职|个人原因|主动离职|"
                                r"resignation (?:letter|form)|voluntar\w* resign", re.IGNORECASE)
# The rules that already answer whether to sign (or what a signed paper is worth).
_ON_SIGNING = re.compile(r"^(?:injury/(?:private_settlement_below_legal|"
                         r"settlement_offered_(?:not_yet_signed|after_death))|"
                         r"dismissal/(?:forced_to_sign_resignation|mutual_agreement_termination|"
                         r"presigned_resignation_letter)|overtime_hours/settlement_signed_on_leaving)$")

# Whether the worker may quit and still be paid compensation (能不能辞职要补偿, 走的话有没有N), and the rules that already
# answer it.
_ASKS_TO_QUIT_PAID = re.compile(
    # (我要是走了能不能要补偿: leaving told as 走了)
    r"(?:辞职|离职|辞工|不干了|走人|走了|解除(?:劳动)?合同)[^。？?！!]{0,16}?(?:经济补偿|补偿|赔偿|\bN\b|N\+1)|"
    r"(?:经济补偿|补偿金?)[^。？?！!]{0,10}?(?:辞职|离职|走人|解除)|"
    r"\b(?:quit|resign|leave)\b[^.?!]{0,40}?\b(?:compensation|severance)\b", re.IGNORECASE)


# Overtime pay never paid (加班费从来没有, 没给过加班费, 一分加班费都没有): wages owed, for quitting with compensation.
_OVERTIME_UNPAID = re.compile(r"加班费[^。？?！!，,]{0,6}?(?:从来|一直|都|也)?(?:(?<!有)没有|没给|没发|不给|不发|一分(?:都|也)?没)|"
                              r"(?:(?<!有)没有|没给|不给|不发|没发)(?:过)?(?:任何)?加班费|一分(?:钱)?加班费(?:都|也)?没")


class _InAQuestion:
    """A pattern that counts only inside a sentence that asks (吗, ？, 能不能, can …): "离职的时候公司欠我工资和补偿一共一万五"
    tells what is owed, "我想辞职，能要补偿吗" asks about quitting."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern

    def search(self, text: str) -> re.Match | None:
        return next((m for q in asking_sentences(text) if (m := self.pattern.search(q))), None)


class _NotBeside:
    """A pattern that counts only in a sentence without other words: a deposit paid to a hospital or a landlord
    (医院要交5万押金, a rental deposit) is no deposit taken by the employer."""

    def __init__(self, pattern: re.Pattern, beside: re.Pattern) -> None:
        self.pattern, self.beside = pattern, beside

    def search(self, text: str) -> re.Match | None:
        return next((m for q in sentences(text) if (m := self.pattern.search(q)) and not self.beside.search(q)), None)


# Double wages named (双倍工资, double pay).
_DOUBLE_WAGES = re.compile(r"双倍工资|二倍工资|两倍工资|\bdouble (?:salary|wages?|pay)\b", re.IGNORECASE)
# A gang boss, a subcontract or a borrowed name told: a contractor or a licensed company answers for the wages.
_LIABLE_CONTRACTOR = re.compile(r"包工头|工头|挂(?:在|靠)|名下(?:接|干|承)|借(?:用|了)?[^。；]{0,8}(?:资质|执照|名义)|转包|分包|承包|"
                                r"\b(?:gang boss|subcontract\w*|contractor|under (?:another|a|the) (?:company|firm)'s "
                                r"(?:name|licen[cs]e))\b", re.IGNORECASE)


# The worker's own arrest feared for asking for wages (去要工资会不会真被抓, 说把我们都抓进去, can they arrest us), not the
# boss's sought ("能报警抓老板吗", "老板会不会被抓" are the crime rule's).
# (他这样是不是犯法，能抓他吗: the boss's conduct asked about, not the worker's)
_OWN_ARREST = re.compile(r"(?:抓|拘留|关)(?:起来)?(?:我|我们|你们)|(?:把|将)(?:我|我们|你们|大家)[^。？?]{0,6}(?:抓|拘留|关起来)|"
                         r"(?<!老板)(?<!他)(?<!她)(?<!不)(?<!这样)(?<!这么做)(?<!这么干)(?<!公司)(?<!单位)(?<!厂里)(?:会不会|会|是不是|算不算)[^。？?]{0,6}(?:被抓|被拘留|坐牢|犯法)|讨薪[^。？?]{0,4}(?:犯法|违法)|"
                         r"闹事|寻衅滋事|敲诈|\b(?:arrest(?:ed)? (?:me|us)|get (?:me|us) arrested|detain (?:me|us)|(?:i|we) "
                         r"(?:be|get) arrested)\b", re.IGNORECASE)


class _BothTold:
    """Two patterns, each told somewhere in the message: hazards worked with (粉尘, 放射性) and no exit health check."""

    def __init__(self, pattern: re.Pattern, also: re.Pattern) -> None:
        self.pattern, self.also = pattern, also

    def search(self, text: str) -> re.Match | None:
        return self.also.search(text) and self.pattern.search(text)


# No exit (or any) occupational health check for a worker exposed to hazards (抛光线粉尘特别大…也说不安排离岗体检; 粉尘和放射性
# 都有，从来没做过离岗体检), who is laid off, sent back or pushed to resign.
_NO_EXIT_CHECK = _BothTold(
    re.compile(r"(?:没(?:有)?|不|从来没|从没|也没)(?:给(?:我们?)?)?(?:做|安排|组织|体检|检查)(?:过)?[^。；;，,]{0,6}?(?:离岗|离职|职业病|职业健康)"
               r"(?:前|时)?(?:的)?(?:体检|检查)|(?:离岗|离职)(?:前|时)?(?:的)?(?:职业健康)?(?:体检|检查)[^。；;]{0,6}?(?:没做|没有做|没给做|"
               r"不安排|没安排|不给做|也没做|都没做)|"
               r"\bno (?:exit |leaving )?(?:occupational )?(?:health|medical) (?:check|exam)", re.IGNORECASE),
    re.compile(r"粉尘|噪声|噪音|放射|辐射|化学|有毒|毒物|苯|铅|汞|石棉|矽尘|\b(?:dust|noise|radiation|chemicals?|toxic|"
               r"benzene|lead|silica)\b", re.IGNORECASE))

# Whether the employer may dismiss the worker (会不会被开除, 能辞退我吗, can they fire me for it), asked.
_ASKS_IF_DISMISSED = _InAQuestion(re.compile(
    r"(?:会不会|会|能不能|能|可以|可不可以|敢)(?:因此|因为这个|为这个|就)?(?:被)?(?:开除|辞退|解雇|炒掉|炒|辞掉|开掉)|"
    r"(?:开除|辞退|解雇)(?:我)?(?:吗|么|嘛)|"
    r"\b(?:can|could|will|would|may) (?:they|the \w+|he|she|my \w+) (?:fire|dismiss|sack) me\b|"
    r"\b(?:will|would|could|can|may) I (?:be|get) (?:fired|dismissed|sacked)\b", re.IGNORECASE))

# Whether the employer may dismiss the worker for claiming what is owed (要了会不会被开, 去仲裁会不会被辞退, will they fire me if
# I complain): no, that dismissal is unlawful (2N), asked beside the claim itself.
_ASKS_IF_DISMISSED_FOR_CLAIMING = _InAQuestion(re.compile(
    r"(?:要了|去要|要钱|讨薪|讨要|维权|仲裁|投诉|举报|告了|去告|起诉|提出来|找(?:他|他们|公司|老板|厂里|店里)要)"
    r"[^。？?！!]{0,10}?(?:会不会|会|能不能|可不可以|敢不敢)(?:因此|因为这个|为这个|就)?(?:被)?"
    r"(?:开除|辞退|解雇|炒鱿鱼|炒掉|辞掉|开掉|开(?![始心车门店工]))|"
    r"\bif (?:I|we) (?:claim|complain|report|ask for|apply for|go to arbitration)\b[^?]{0,60}\b(?:fire|dismiss|sack)|"
    r"\b(?:fire|dismiss|sack) (?:me|us) (?:if|for) (?:I|we)? ?(?:claim|complain|report|ask)", re.IGNORECASE))

# A non-compete told, by name or by what it forbids (竞业协议, 离职后两年内不能去同行工作, can't work for a competitor).
_NON_COMPETE_TOLD = re.compile(r"竞业|离职后[^。；？?]{0,12}(?:不能|不得|不准|不许)(?:去|在|到|进)[^。；？?]{0,16}(?:工作|上班|干|做|任职)|"
                               r"\bnon-?compete\b|(?:can'?t|cannot|not allowed to) work for (?:a |any )?(?:competitor|rival)",
                               re.IGNORECASE)
# Whether the worker may refuse the overtime (能不能拒绝这么长时间加班, 加班可以拒绝吗, can I refuse the overtime).
_ASKS_TO_REFUSE_OVERTIME = _InAQuestion(re.compile(
    r"(?:能不能|可不可以|可以|能否|能|有没有权|有权)(?:直接)?(?:拒绝|不)[^。？?！!，,]{0,10}?加班|"
    r"加班[^。？?！!，,]{0,8}(?:能不能|可不可以|可以|能)(?:拒绝|不加)|"
    r"\b(?:can|may) I (?:refuse|say no to|decline)\b[^?]{0,30}\b(?:overtime|extra hours|the hours)\b", re.IGNORECASE))

# Whether the worker may stop working night or late shifts (能不能不上晚班, 夜班可以拒绝吗).
_ASKS_OFF_NIGHT_SHIFTS = _InAQuestion(re.compile(r"(?:不上|不值|少上|不排|不做)(?:晚班|夜班)|(?:晚班|夜班)[^。？?！!]{0,8}"
                                                 r"(?:能不能|可不可以|可以)(?:不|拒绝)"))

_ON_QUITTING = re.compile(r"^(?:dismissal/(?:resign_for_\w+|own_resignation_compensation|pushed_out_by_pay_cut_or_transfer|"
                          r"forced_to_sign_resignation)|contract/quit_for_employer_fault|"
                          r"social_insurance/resign_for_unpaid_insurance|dispatch/dispatch_worker_quits)$")


# Money wanted before the award (仲裁要等两个月，能不能让公司先把钱给我): the commission may order part paid first
# (先予执行, 调解仲裁法第四十四条) in a claim for wages, medical costs of an injury, compensation or damages.
_ASKS_MONEY_FIRST = re.compile(
    r"(?:仲裁|裁决|判决|开庭|官司|法院|审理)[^。？?！!]{0,30}?(?:先|提前)(?:让(?:公司|单位|老板)?)?(?:把)?(?:钱|工资|医药费|医疗费|一部分|部分)?"
    r"(?:给|付|发|拿|垫|执行)|先予执行|"
    r"(?:先|提前)(?:让(?:公司|单位|老板))?(?:把)?(?:钱|工资|医药费|医疗费|一部分|部分)(?:给|付|发|拿|垫)[^。？?！!]{0,30}?"
    r"(?:仲裁|裁决|判决|开庭|官司|法院)|"
    r"\b(?:paid|pay|money) (?:before|while waiting for) (?:the )?(?:award|ruling|hearing|judg(?:e)?ment)", re.IGNORECASE)


# A paper by which the worker would leave: a resignation, or an agreement (to end the contract, 协商解除协议).
_LEAVING_PAPER = re.compile(rf"{_RESIGNATION_PAPER.pattern}|协议", re.IGNORECASE)
# A termination or separation agreement the employer puts to a dismissed worker to sign now (当天就让签离职协议, 今天签字
# 明天走, sign the termination agreement today); not once it is signed (the fact leaving_paper_signed).
_PUT_LEAVING_AGREEMENT = re.compile(
    rf"{_PUTS_TO_SIGN}(?:离职|解除|终止|协商解除|补偿)[^。，,]{{0,6}}协议|"
    r"(?:当天|今天|马上|当场|立刻)(?:就)?(?:让|要|叫)?(?:我们?|大家)?(?:签|签字)|签字(?:走人|明天走|就走)|"
    # 要我们3天内签字，不签就什么都没有: a day set to sign by
    r"(?:让|要|逼|叫|催)(?:我|我们|大家)[^。，,]{0,4}?(?:[0-9一二两三四五六七八九十]+\s*天|本周|这周|月底)(?:内|之内|以内|前|之前)(?:必须)?签(?:字)?|"
    r"\bsign (?:a |the |an )?(?:mutual )?(?:termination|separation|leaving) agreement\b", re.IGNORECASE)
# A settlement the employer puts to an injured worker or a dead worker's family to sign first (说会给'人道主义补偿'，让我们
# 先签字), whether or not they ask; not once it is signed.
_PUT_SETTLEMENT = re.compile(
    r"(?:让|要|逼|叫|催)(?:我|我们|家属|家里人|家里|大家)?(?:今天|当天|现在|当场|立刻)?(?:就)?(?:先|赶紧|马上|尽快|赶快)?"
    r"签(?:字|协议|个字)|"
    r"(?:asked|told|pressur\w+|want(?:s|ed)?) (?:me|us|him|her|them|the family|my (?:dad|father|mum|mom|mother|"
    r"husband|wife|son|daughter|brother|sister)) to sign", re.IGNORECASE)


# A lump sum offered to settle, asked whether it is enough (3万够吗, 60万是不是少了, is 30,000 fair?).
# A lump sum offered to close the matter, told (包工头现在说最多给2万块了事, 给3万就算了): the legal amounts come first.
# (再给一万块签个协议就了结: the signature named between the sum and the end it buys)
_OFFER_TO_SETTLE = re.compile(r"(?:给|赔|出|拿)(?:你们?|我们?|家里)?[^。，,；？?]{0,4}?[0-9一二两三四五六七八九十几]+(?:\.\d+)?\s*(?:万|千)(?:块|元)?(?:钱)?"
                              r"(?:[，,]?\s*签(?:个|了|一)?(?:份)?(?:字|协议))?"
                              # (给2万让我走人: the lump sum to leave with, the disease and its benefits left behind)
                              r"(?:就)?(?:了事|算了|私了|了结|两清|完事|拉倒|(?:让|叫)(?:我|我们|他|她)走人?(?![^。，,；？?]{0,3}(?:路|访)))")
_OFFER_ENOUGH = re.compile(r"(?:私了|一次性|了结|了断|两清|买断)[^？?]{0,60}?(?:够吗|够不够|是不是少|少了|太少|合理吗|合不合理|"
                           r"能接受吗|该接受吗|能不能接受|要不要接受|值吗)|"
                           r"\b(?:settle|settlement|lump[- ]sum)\b[^?]{0,80}?"
                           r"\b(?:enough|fair|too (?:little|low)|accept it)\b",
                           re.IGNORECASE)


def _asks_to_sign(pattern: re.Pattern) -> re.Pattern:
    """A sign-or-not question about a paper of the kind ``pattern`` names, in one sentence."""
    return re.compile(rf"(?:{_ASKS_TO_SIGN.pattern})[^。？?！!]{{0,30}}?(?:{pattern.pattern})|"
                      rf"(?:{pattern.pattern})[^。？?！!]{{0,40}}?(?:{_ASKS_TO_SIGN.pattern})", re.IGNORECASE)


# Whether the worker is the employer's employee, asked (我这算不算他的员工, 是不是公司的职工, am I their employee).
_ASKS_IF_EMPLOYEE = re.compile(r"算不算(?:他们|他|她|老板|公司|单位|俱乐部|平台|店里)?(?:的)?(?:员工|职工|工人|雇员|劳动关系)|"
                               r"是不是(?:他们|他|她|老板|公司|单位|店里)?(?:的)?(?:员工|职工|雇员|劳动关系)|"
                               r"\b(?:am I|are we) (?:an? |their |its |his |her )?(?:employees?|staff|workers?)\b", re.IGNORECASE)


# Workers whose injuries the employer's work-injury insurance does not decide (a household's helper, a part-timer, a rider,
# a pensioner, an intern, one taking jobs on their own account, one past retirement age).
_OUTSIDE_EMPLOYER_INSURANCE = ("household_employer", "part_time", "platform_worker", "retired_pensioner", "student_intern",
                               "job_contractor", "over_retirement_age")
# The rules that already answer what a penalty agreed with the worker is worth (none, or the training's cost unserved).
_ON_THE_PENALTY = re.compile(r"^contract/(?:penalty_clause_invalid|training_service_period_penalty|"
                             r"service_period_quit_for_employer_fault|non_compete_\w+|in_service_non_compete)$")
_WORDS_PARTS = (
    # Facts that bring a rule of their own whatever else the message asks: ten or more workers with one claim are told
    # how to bring it together (representatives, 调解仲裁法第七条), whatever the claim is; sexual harassment a duty the
    # employer owes (unless a rule on the harasser's liability or on retaliation answers it); a camera hidden where
    # workers sleep, wash or change is a crime to report. (Not beside a lead on privacy or harassment: a camera or a
    # leak that touched a whole dormitory is reported, not claimed in a collective arbitration.)
    _WordsPart(None, "procedure/collective_claim", lambda facts: facts.has("group") and not facts.has("hidden_camera"),
               re.compile(r"^(?:privacy/|women/(?:sexual_harassment_|harassment_))")),
    _WordsPart(None, "women/sexual_harassment_employer_duty", lambda facts: facts.has("harassment"),
               re.compile(r"^women/(?:sexual_harassment_|harassment_)")),
    # ... and beside the harasser's own liability too, when the employer was told and did nothing or told her to bear
    # it (我跟老板说了，老板叫我忍忍; 投诉了一个月也没处理; HR told me to let it go): what the employer owes her.
    _WordsPart(re.compile(r"(?:老板|老板娘|公司|单位|领导|经理|主管|人事|HR|厂里|店里|厂长|园长|校长)[^。，,！!？?]{0,6}"
                          r"(?:叫|让|要|劝)(?:我|我们)(?:先|再)?(?:忍|算了|别计较|别声张|别说出去|别往外说|不要声张|别闹|大度)|"
                          r"(?:跟|向|找|告诉)(?:了)?(?:老板|公司|单位|领导|经理|主管|人事|HR|厂里|店里|厂长|园长|校长)[^。]{0,16}?"
                          r"(?:说|反映|投诉|举报)[^。]{0,24}?(?:不管|不理|没人管|没(?:有)?(?:处理|下文|反应|回音)|不处理|装(?:作)?没听见)|"
                          r"\b(?:company|employer|boss|manager|hr|owner)\b[^.?!]{0,40}?(?:did nothing|ignored (?:it|me|my)|"
                          r"told me to (?:put up with|let it go|ignore it|keep quiet|bear it))", re.IGNORECASE),
               "women/sexual_harassment_employer_duty", lambda facts: facts.has("harassment"),
               re.compile(r"^women/sexual_harassment_employer_duty$")),
    _WordsPart(None, "privacy/hidden_camera_dorm_toilet", lambda facts: facts.has("hidden_camera")),
    # An IOU for the wages in the worker's hands (给我打了张欠条签了字的): a suit on it directly, an ordinary civil case with
    # three years (解释（一）第十五条), whatever else leads (a time limit for arbitration feared run out).
    _WordsPart(None, "arrears/wage_iou_direct_suit", lambda facts: facts.has("wage_iou")),
    # The employer's own agency dispatching its staff back to it (自己投资成立的人力公司…再派遣回乐园): forbidden
    # self-dispatch (劳动合同法第六十七条), whatever else leads or when nothing does.
    _WordsPart(None, "dispatch/dispatch_own_agency", lambda facts: facts.has("own_agency")),
    # Hurt at work and then dismissed (砸伤住院…突然发通知说不能胜任，解除合同): whatever the injury's own rule answers, the
    # dismissal during the paid injury leave is answered too (工伤保险条例第三十三条, 劳动合同法第四十二条).
    _WordsPart(None, "dismissal/work_injury_dismissal",
               lambda facts: facts.has("injured") and facts.has("work_accident") and facts.has("dismissed")
               and not facts.has("injured_off_work", "resigned", "death"),
               re.compile(r"^dismissal/(?:work_injury_dismissal|medical_period_dismissal|dismissed_without_reason)$")),
    # The quickest way to unpaid wages asked (走什么程序最快, 先投诉还是先仲裁), whatever leads (a group's claim together):
    # inspection for an amount not in dispute, arbitration for one that is (劳动保障监察条例, 调解仲裁法).
    _WordsPart(None, "procedure/which_route_for_unpaid_wages",
               lambda facts: facts.has("routes_compared") and facts.has("wage_owed")
               and not facts.has("dismissed", "household_employer", "bankruptcy", "company_deregistered"),
               re.compile(r"^procedure/(?:which_route_for_unpaid_wages|labor_inspection_limits)$"), asked=True),
    # Whether the worker may leave before the fixed term ends, asked (合同没到期能辞职吗, 能不能提前走, can I quit before the
    # contract ends): yes, by 30 days' written notice (劳动合同法第三十七条), beside whatever leads (papers kept, a deposit).
    _WordsPart(_InAQuestion(re.compile(r"(?:合同)?(?:没|未|还没)到期[^。？?！!]{0,8}(?:能|可以|能不能|可不可以)(?:提前)?(?:辞职|走|离职|跳槽)|"
                                       r"(?:能|可以|能不能|可不可以)(?:在合同到期前|提前)(?:辞职|走|离职|跳槽)|"
                                       r"\b(?:can|may) i (?:quit|resign|leave)\b[^.?]{0,20}\bbefore (?:the|my) contract "
                                       r"(?:ends|expires|is up)", re.IGNORECASE)),
               "contract/resignation_30_days_notice",
               lambda facts: not facts.has("probation", "household_employer", "part_time", "dispatched", "left_job"),
               re.compile(r"^(?:contract/resignation_|dismissal/(?:resign_for_|employer_refuses_resignation|"
                          r"own_resignation_compensation))"), asked=True),
    # Whether an accident at work counts, asked (我这算工伤吗, 算不算工伤, does this count as a work injury) when the lead is
    # another question's (who pays for a crew's boss without a licence): it counts (工伤保险条例第十四条第一项).
    _WordsPart(_InAQuestion(re.compile(r"算(?:不算)?工伤|是不是工伤|能(?:不能)?(?:认定|算)(?:为)?工伤|"
                                       r"\b(?:count|counts|qualify|qualifies) as (?:a )?work(?:-related)? injur", re.IGNORECASE)),
               "injury/workplace_accident",
               lambda facts: facts.has("work_accident") and facts.has("injured")
               and not facts.has("commuting", "traffic_accident", "injured_off_work", "own_time_at_work", "work_errand",
                                 "in_dormitory", "death", "heatstroke", "platform_worker", "household_employer",
                                 "craft_or_farm_employer", "retired_pensioner", "over_retirement_age", "student_intern",
                                 "individual_contractor", "job_contractor", "civil_servant"),
               re.compile(r"^injury/"), asked=True),
    # A worker disabled at work at grades one to six whose contract is ended or not renewed (劳动能力鉴定六级…合同到期了，
    # 不续了，给3万块钱了事): the job is kept unless the worker asks to leave (劳动合同法第四十二、四十五条, 工伤保险条例第三十五、
    # 三十六条), whatever rule on the injury or its settlement leads.
    _WordsPart(None, "injury/fired_after_injury",
               lambda facts: facts.disability_grade is not None and facts.disability_grade <= 6
               and facts.has("contract_expired", "dismissed") and not facts.has("resigned", "death"),
               re.compile(r"^(?:injury/fired_after_injury|dismissal/work_injury_dismissal|contract/contract_extended_by_law)$")),
    # ... or asking whether they may be dismissed while it is diagnosed (诊断期间他们会不会把我辞了): they may not.
    _WordsPart(_InAQuestion(re.compile(r"(?:会不会|能不能|可不可以|敢不敢|可以|能)(?:趁机)?(?:把我|将我)?(?:辞|开除|解除|辞退|炒|开掉)|"
                                       r"\b(?:can|could|will|would) (?:they|the (?:company|factory|employer)) "
                                       r"(?:fire|dismiss|sack) me\b", re.IGNORECASE)),
               "dismissal/suspected_occupational_disease_dismissal",
               lambda facts: facts.has("occupational_disease") and not facts.has("disease_diagnosed", "dismissed"),
               re.compile(r"^(?:dismissal/suspected_occupational_disease_dismissal|contract/contract_extended_by_law)$"),
               asked=True),
    # A worker suspected of an occupational disease and sent away, told to go or handed a leaving paper to sign (合同到期不
    # 续了，让我年底走人; 要么自己辞职走人; 拿了份协商解除协议让我签) is told, beside how to get diagnosed, that the contract
    # may not be ended meanwhile (职业病防治法第五十五条).
    _WordsPart(None, "dismissal/suspected_occupational_disease_dismissal",
               lambda facts: facts.has("occupational_disease") and facts.has("dismissed", "asked_to_sign")
               and not facts.has("disease_diagnosed"),
               re.compile(r"^(?:dismissal/suspected_occupational_disease_dismissal|contract/contract_extended_by_law)$")),
    # Hazards worked with and no exit health check, the job ending or in doubt (裁员, 退回, 暗示辞职): it may not end
    # before the check (职业病防治法第三十五条, 劳动合同法第四十二条), whatever leads (a mass layoff, a return to the agency).
    _WordsPart(_NO_EXIT_CHECK, "dismissal/exit_health_check_dismissal",
               lambda facts: facts.has("dismissed", "returned_to_agency", "asked_to_sign", "quitting", "left_job"),
               re.compile(r"^(?:dismissal/exit_health_check_dismissal|injury/occupational_disease_employer_duties|"
                          r"dismissal/suspected_occupational_disease_dismissal)$")),
    # Commercial insurance bought instead of work-injury insurance (只买了个团体意外险，保险赔了2万…赔过了就两清了): it does
    # not replace the employer's duty, whatever leads (the uninsured employer pays, the injury's recognition).
    _WordsPart(re.compile(r"意外险|商业(?:保)?险|团体险|雇主责任险|\b(?:accident|commercial|group) insurance\b", re.IGNORECASE),
               "injury/commercial_insurance_not_substitute", lambda facts: facts.has("injured", "death"),
               re.compile(r"^injury/commercial_insurance_not_substitute$")),
    # A leaving recorded as the worker's own (离职证明上写"因个人原因辞职", marked it voluntary resignation) when the employer
    # ended the job: the certificate to have corrected (劳动合同法第五十条, 第八十九条), whatever else leads.
    _WordsPart(re.compile(r"(?:离职证明|解除(?:劳动合同)?证明|证明|系统)[^。；;]{0,10}?(?:写(?:的是|着|成|了)?|标(?:的是|成|了)?|填(?:的是|成)?)"
                          r"[^。；;]{0,4}?[“\"'‘]?(?:因)?(?:个人原因|自愿|主动)(?:辞职|离职)?|"
                          r"\b(?:marked|recorded|listed|put)\s+(?:it|me|my leaving)?\s*(?:down\s+)?(?:as\s+)?(?:a\s+)?['\"‘“]?"
                          r"(?:voluntary resignation|resigned voluntarily|personal reasons)|"
                          # wrote 'resigned for personal reasons' on my leaving certificate
                          r"\b(?:wrote|put|stated|marked)\b[^.;]{0,12}?['\"‘“]?(?:resigned|quit)\b[^.;]{0,50}?\b(?:certificate|letter|"
                          r"paperwork|papers)\b|\b(?:certificate|letter)\b[^.;]{0,20}?\b(?:says|said|states|stated)\b[^.;]{0,6}?"
                          r"['\"‘“]?(?:i )?(?:resigned|quit)\b", re.IGNORECASE),
               "contract/leaving_certificate_and_transfer", lambda facts: facts.has("dismissed", "left_job"),
               re.compile(r"^contract/leaving_certificate_and_transfer$")),
    # The pension account's money "taken out" on leaving (工友说走的时候可以把社保里的钱退出来，有人退了一万多): it cannot be
    # withdrawn early, only transferred (社会保险法第十四条、第十九条), whatever leads (the transfer, a gap in payments).
    _WordsPart(re.compile(r"退保|(?:社保|养老保险|养老金|个人账户)(?:里|里面)?(?:的)?(?:钱)?[^。？?！!，,]{0,4}(?:退|取|提)(?:出来|现)|"
                          r"把(?:社保|养老保险)(?:里|里面)?(?:的钱)?(?:退|取|提)(?:出来|掉|了)|"
                          r"\b(?:withdraw|cash out|take out|refund)\b[^.?!]{0,20}\b(?:pension|social insurance|contributions)\b",
                          re.IGNORECASE),
               "social_insurance/pension_withdraw_cash", lambda facts: True,
               re.compile(r"^social_insurance/pension_withdraw_cash$"), asked=True),
    # A leaving certificate held back (不交违约金就不给开离职证明, 没交接完不给办离职手续): the employer must issue it and transfer
    # the file and insurance in 15 days (劳动合同法第五十条), whatever leads (a service-period penalty, a dismissal).
    _WordsPart(re.compile(r"(?:不给|不肯|拒绝|不|扣着|压着|卡着)(?:我|你)?(?:开|出具|办|出|给)(?:个|张)?(?:离职证明|解除(?:劳动合同)?证明|"
                          r"离职手续|退工单)|(?:离职证明|离职手续|退工单)[^。；;]{0,8}?(?:不给|不开|不办|扣着|卡着|拖着)|"
                          r"(?:won't|will not|refuses? to|refused to) (?:give|issue|sign|provide) (?:me )?(?:a |the |my )?"
                          r"(?:separation|leaving|termination|release) (?:certificate|letter|paperwork)", re.IGNORECASE),
               "contract/leaving_certificate_and_transfer", lambda facts: True,
               re.compile(r"^(?:contract/leaving_certificate_and_transfer|dismissal/termination_certificate_refused|"
                          r"social_insurance/termination_certificate_refused)$")),
    # A deposit taken (入职时交的1000块押金也没退, 扣了200块工服押金): unlawful to collect, to be returned (劳动合同法第九条、
    # 第八十四条), beside whatever leads (commission withheld, a disclosure).
    _WordsPart(_NotBeside(re.compile(r"(?:押金|保证金|风险金)[^。；;]{0,8}?(?:没退|不退|不给退|没还|不还|扣了|扣下|扣着|作废|不给)|"
                                     r"(?:交|收|扣)(?:了)?[^。；;，,]{0,12}?(?:押金|保证金|风险金)|\bdeposit\b", re.IGNORECASE),
                          re.compile(r"医院|住院|医药|房租|租房|房东|法院|担保|hospital|rent(?:al)?\b|landlord|court|guarantee",
                                     re.IGNORECASE)),
               "contract/deposit_collected", lambda facts: True,
               re.compile(r"^(?:contract/deposit_collected|arrears/(?:deposit_deducted_from_wages|wage_held_back_as_deposit))$")),
    # A contract the employer let run out (合同10月31号到期，公司说…不跟我续了) and compensation asked beside another question
    # (失业金能领多久？公司是不是还得给我补偿？): N, unless the worker declined a renewal on the same or better terms
    # (劳动合同法第四十六条第五项), whatever leads (the unemployment benefit).
    _WordsPart(_BothTold(re.compile(r"(?:补偿|赔偿|赔钱)[^。？?]{0,6}(?:吗|么|嘛|？|\?)|给(?:我)?钱(?:吗|么|嘛|不)|(?:是不是|还|能不能|可不可以)[^。？?]{0,6}(?:得|要|该|能)?"
                                    r"(?:给|拿|要)(?:我)?(?:经济)?(?:补偿|赔偿)|\b(?:severance|compensation)\b[^.?]{0,20}\?", re.IGNORECASE),
                         re.compile(r"不(?:跟我|和我|给我|再)?续(?:签|了|约|合同)?|没中标|won't renew|not (?:be )?renew", re.IGNORECASE)),
               "contract/expiry_non_renewal_compensation",
               lambda facts: facts.has("contract_expired")
               and not facts.has("household_employer", "retired_pensioner", "resigned", "dismissed"),
               re.compile(r"^(?:contract/(?:expiry_non_renewal_compensation|open_ended_\w+|worker_leaves_at_expiry|"
                          r"renewal_offered_worker_declined|contract_extended_by_law)|dispatch/dispatch_severance_on_end|"
                          r"dismissal/\w+)$"), asked=True),
    # Compensation asked by a worker let go at or past retirement age (早过退休年龄了，合同终止…单位是不是应该给我补偿):
    # generally none, the pension contributions to be completed (劳动合同法实施条例第二十一条), whatever leads (the
    # pension's years).
    _WordsPart(_InAQuestion(re.compile(r"(?:补偿|赔偿|赔钱)[^。？?]{0,6}(?:吗|么|嘛|？|\?)|(?:是不是|还|能不能|可不可以)[^。？?]{0,6}"
                                       r"(?:得|要|该|能)?(?:给|拿|要)(?:我)?(?:经济)?(?:补偿|赔偿)|"
                                       r"\b(?:severance|compensation)\b", re.IGNORECASE)),
               "labor_relation/over_retirement_age_no_pension",
               lambda facts: facts.has("over_retirement_age") and not facts.has("retired_pensioner", "injured"),
               re.compile(r"^(?:labor_relation/(?:over_retirement_age_no_pension|retiree_rehired)|"
                          r"dismissal/(?:reached_retirement_age_termination|retirement_age_not_yet_reached|"
                          r"ended_before_own_retirement_age))$"), asked=True),
    # The last pay kept back because the worker left (10月工资4200不给…说我旺季走人给他造成损失了, 辞职就不发最后一个月工资): it
    # is owed in full on leaving, whatever else about money taken leads (a deposit not returned).
    _WordsPart(re.compile(r"(?:工资|工钱)[^。？?]{0,10}?(?:不给|不发|不结|扣(?:了|着|下)?)[^。？?]{0,30}?(?:走人|辞职|离职|不干|走了|跳槽)|"
                          r"(?:辞职|离职|走人|不干了|走的话)[^。？?]{0,16}?(?:工资|工钱)[^。？?]{0,6}?(?:不给|不发|不结|扣)|"
                          # 10月31号辞职走的…结果10月份工资6200一直不给: told in the next sentence
                          r"(?:辞职|离职)(?:走)?(?:的|了)[^？?]{0,30}?(?:结果|可是|但是|但)[^。？?]{0,8}?(?:工资|工钱)[^。？?]{0,10}?"
                          r"(?:一直|还|都|也)?(?:不给|不发|不结|没给|没发)"),
               "arrears/wages_withheld_for_quitting",
               lambda facts: facts.has("wage_owed") and facts.has("resigned", "quitting", "left_job")
               and not facts.has("household_employer", "dismissed"),
               re.compile(r"^arrears/(?:wages_withheld_for_quitting|wage_arrears_after_leaving)$"), asked=True),
    # A contract named as something else (选手合作协议, 劳务协议, a 'technical consultant service agreement') and the worker asks
    # whether they are an employee after all (我这到底算不算他们员工, HR says I am only a contractor… is that true?): the
    # name does not decide, the way the work is done does, whatever leads (the double wages, the dismissal).
    _WordsPart(_BothTold(re.compile(rf"{_ASKS_IF_EMPLOYEE.pattern}|\bis (?:that|this|it) (?:true|right|correct)\b",
                                    re.IGNORECASE),
                         re.compile(r"合作协议|劳务协议|劳务合同|服务协议|承揽|顾问协议|外包协议|合伙协议|合伙人|合作伙伴|"
                                    r"租(?:椅子|柜台|工位|位子|台)|\b(?:contractor|consultant|"
                                    r"cooperation|service) (?:agreement|contract)|\bonly a contractor\b", re.IGNORECASE)),
               "labor_relation/labor_service_agreement_label",
               lambda facts: not facts.has("household_employer", "retired_pensioner", "student_intern", "platform_worker",
                                           "agent_contract"),
               re.compile(r"^labor_relation/(?:labor_service_agreement_label|platform_\w+|prove_relation_without_contract|"
                          r"partner_or_shareholder_label|employees_made_sole_traders|livestreamer_agency_contract|"
                          r"commission_agent_contract|individual_hirer_labor_service)$"), asked=True),
    # Hurt at work by another's fault and told to claim from them alone (让我自己找对方保险公司, 对方保险会赔): both claims stand,
    # the work injury's and the damages from the one at fault, whatever leads (who applies for recognition).
    _WordsPart(re.compile(r"(?:对方|肇事|撞我的|司机|车主)[^。？?]{0,8}(?:保险|赔)|(?:找|向)(?:对方|肇事方|肇事司机|保险公司)[^。？?]{0,6}(?:赔|要)|"
                          r"(?:对方|肇事方)(?:负)?全责|\b(?:the other (?:driver|party)(?:'s)? insur\w*|at[- ]fault driver)", re.IGNORECASE),
               "injury/third_party_both_claims",
               lambda facts: facts.has("injured") and not facts.has("household_employer", "death", "injured_off_work"),
               re.compile(r"^injury/(?:third_party_both_claims|commuting_traffic_accident)$"), asked=True),
    # Faces or fingerprints taken (还要采集人脸和指纹考勤, collects our face scans and fingerprints): biometric data need the
    # worker's separate consent and a less intrusive way offered (个人信息保护法第二十八、二十九条), whatever leads (the
    # location tracking, the warning for refusing it).
    _WordsPart(re.compile(r"人脸|刷脸|面部识别|面容|指纹|虹膜|掌纹|声纹|\b(?:face[- ]scan\w*|facial recognition|fingerprints?|biometric)",
                          re.IGNORECASE),
               "privacy/biometric_clock_in", lambda facts: not facts.has("household_employer"),
               re.compile(r"^privacy/biometric_clock_in$"), asked=True),
    # A worker's whereabouts tracked beyond working time (24小时开着定位，周末也不能关; run a tracking app on our own phones
    # 24/7): location tracks are sensitive information, not to be tracked after work (个人信息保护法第二十八条), whatever
    # leads (the chats read, the face login).
    _WordsPart(_BothTold(
        re.compile(r"定位|行踪|轨迹|\b(?:tracking app|track(?:s|ing)? (?:me|us|our|my)|gps|location)\b", re.IGNORECASE),
        re.compile(r"24小时|全天|下班(?:后|以后|了)|休息(?:日|天)|周末|节假日|\b(?:24/7|around the clock|after (?:work|hours)|"
                   r"weekends?|days off)\b", re.IGNORECASE)),
               "privacy/location_tracking", lambda facts: not facts.has("household_employer"),
               re.compile(r"^privacy/location_tracking$"), asked=True),
    # Part of the pay held back until later (工资都只发一半，说另一半年底才给，怕我跑了; 压一个月工资): unlawful, whatever
    # else about money taken leads (a deposit, a deduction for rework).
    _WordsPart(re.compile(r"另(?:外)?一半[^,，。]{0,8}(?:年底|过年|以后|干满|走的时候|离职)(?:才|再)(?:给|发|结)|"
                          r"(?:压|押|扣)(?:着|了|下)?(?:我们?的?)?(?:一个月|两个月|半个月|一半|[0-9一二两三]+个月)(?:的)?(?:工资|工钱)|"
                          r"(?:工资|工钱)[^,，。]{0,6}(?:压|押)(?:着|一个月|半个月|一半)"),
               "arrears/wage_held_back_as_deposit", lambda facts: not facts.has("household_employer"),
               re.compile(r"^arrears/(?:wage_held_back_as_deposit|wage_arrears_still_employed)$"), asked=True),
    # The worker's own information posted to others (人事把体检结果表直接发到车间大群里, 残疾证照片发到全厂大群里): beside
    # whatever leads (the rule on health checks and discrimination), the disclosure and its remedies (delete, apologise,
    # damages: 个人信息保护法第二十五、六十九条), unless a rule on the disclosure already leads or is given.
    _WordsPart(None, "privacy/salary_or_data_leaked",
               lambda facts: facts.has("info_disclosed"),
               re.compile(r"^privacy/(?:salary_or_data_leaked|private_chats_read_or_posted|monitoring_work_chats|"
                          r"photo_used_without_consent|public_shaming_notice|doxxing_worker|doxxing_with_threats|"
                          r"hr_data_breach|camera_openly_in_dormitory|hidden_camera_dorm_toilet)$")),
    # Whether a non-compete binds the worker at all (我这种也得遵守吗, 竞业协议有效吗, do I have to honour it): who may be
    # bound and how far (解释（二）第十三条), whatever else about it leads (the compensation not agreed).
    _WordsPart(re.compile(r"竞业[\s\S]{0,200}?(?:也|还)?(?:得|要|需要|必须|用)(?:遵守|履行)(?:吗|么|嘛|？|\?)|"
                          r"竞业[^。？?]{0,30}(?:有效|算数|作数)(?:吗|么|嘛)|"
                          # 入职的时候签过一个竞业协议…这个协议管用吗
                          r"竞业[\s\S]{0,200}?(?:协议|条款|约定)(?:还)?(?:管用|有用|有效|算数|作数|有法律效力)(?:吗|么|嘛|？|\?)|"
                          r"non-?compete[^?]{0,120}(?:\bvalid\b|\bbinding\b|enforceable|do i (?:have|need) to "
                          r"(?:comply|honou?r|follow|respect))", re.IGNORECASE),
               "contract/non_compete_who_and_scope", lambda facts: True,
               re.compile(r"^contract/non_compete_who_and_scope$"), asked=True),
    # Hired by an individual craftsman or a rural contracting household (解释（一）第二条第五、六项): whatever else is asked
    # (can I arbitrate, whom do I sue), the claim is no labour dispute and goes to mediation or the court.
    _WordsPart(None, "labor_relation/craftsman_or_farm_helper", lambda facts: facts.has("craft_or_farm_employer")),
    # Work let to an individual who hires the workers (公司把采收包给了一个姓刘的老板，老刘就是个人): the company that let it is
    # jointly liable (劳动合同法第九十四条), whatever else leads (the boss gone, the wages owed): whom to claim from.
    _WordsPart(re.compile(r"(?:包|承包|发包|外包|转包|分包)给(?:了)?(?:一个|个)?(?:姓[\u4e00-\u9fff]的|私人|个人)|"
                          # 二楼是茶楼包给周哥个人经营的: let to a named individual to run
                          r"(?:包|承包|发包|外包|转包|分包)给(?:了)?[\u4e00-\u9fff]{1,4}?个人(?:经营|干|做|承包|开)|"
                          # 公司又转给老马个人干: passed on to a named individual
                          r"(?:转包|分包|转)给(?:了)?[^，,。；]{0,4}?个人(?:干|做|承包|去干)?|"
                          r"(?:是|就是)(?:个|一个)?个人[^。]{0,6}没(?:有)?(?:公司|执照|营业执照)|"
                          # 跟着包工头老陈进的水产加工厂剥虾: a gang boss who brought the workers into a factory's work
                          r"跟着(?:包工头|工头|带班的?)[^。；，,]{0,6}?(?:进|去|到)(?:的|了)?[^。；，,]{0,10}?(?:厂|车间|工厂|基地|仓库)|"
                          # 是刘老板招的我，他说他从XX保安服务公司那包的活: a boss who took the work from a company
                          r"(?:他|老板|[\u4e00-\u9fff]老板)(?:说)?(?:他)?(?:是)?从[^。；，,]{0,14}?(?:公司|集团|单位)(?:那里?|那儿)?"
                          r"(?:包|承包|接|揽)(?:的|来的|下来的|过来的)(?:活|工程|项目|业务)"),
               "labor_relation/individual_contracting_joint_liability",
               lambda facts: not facts.has("company_contractor", "craft_or_farm_employer", "household_employer",
                                           "construction")),
    # ... or passed to a gang boss without the qualification the work needs (老刘没有爆破资质): the contractor that passed it
    # on answers as the employer, for the wages and for an injury or a death on the job.
    _WordsPart(re.compile(r"(?:包工头|工头|老[\u4e00-\u9fff])[^。；]{0,10}(?:没有|没|不具备|无)[^。；，,]{0,4}(?:资质|施工资格|营业执照)"),
               "labor_relation/illegal_subcontract_contractor_liable",
               lambda facts: not facts.has("company_contractor", "craft_or_farm_employer", "household_employer"),
               re.compile(r"^(?:injury/construction_subcontractor_injury|labor_relation/"
                          r"(?:individual_contracting_joint_liability|illegal_subcontract_contractor_liable))$")),
    # Double wages asked by a worker hired by a gang boss, or by a boss working under a contractor's or a licensed company's
    # name (包工头, 挂在…名下, 借用资质, 转包): that company answers for the wages and an injury, not as the employer, so
    # double wages from it are usually refused (解释（二）第一、二条) — said instead of a flat "能要二倍工资".
    _WordsPart(_BothTold(_InAQuestion(_DOUBLE_WAGES),
                         _LIABLE_CONTRACTOR),
               "labor_relation/liable_contractor_double_wages",
               lambda facts: facts.has("no_written_contract") and not facts.has(
                   "household_employer", "retired_pensioner", "craft_or_farm_employer", "company_contractor"),
               re.compile(r"^labor_relation/liable_contractor_double_wages$"), asked=True),
    # Double wages asked by a worker over a year in the job with no labour contract in writing, only an agreement called
    # something else (I only sign yearly 'cooperation agreements'; 只签了合作协议): at most eleven months, long past, and the
    # deemed open-ended contract since the first year (劳动合同法实施条例第七条, 解释（二）第九条), whatever leads (whether
    # the worker is an employee at all).
    _WordsPart(_BothTold(_DOUBLE_WAGES,
                         re.compile(r"合作协议|劳务协议|承包协议|合伙协议|没签(?:过)?(?:劳动)?合同|\bcooperation agreements?\b|"
                                    r"\b(?:service|partnership|freelance|contractor) agreements?\b|\bno (?:written |labou?r )?contract\b",
                                    re.IGNORECASE)),
               "contract/unsigned_contract_over_one_year",
               lambda facts: facts.has("tenure_over_12m") and not facts.has("household_employer", "retired_pensioner",
                                                                           "refused_to_sign", "craft_or_farm_employer"),
               re.compile(r"^contract/(?:unsigned_contract_over_one_year|unsigned_contract_double_wages)$|"
                          r"^labor_relation/liable_contractor_double_wages$")),
    # ...and asked by one under a year in the job with none signed (没签合同的双倍工资还能要吗), beside a limit running out or
    # wages owed: from the second month, at most eleven (劳动合同法第八十二条), whatever leads (unless a rule that already
    # says whether double wages are owed does: a status whose own conclusion answers them).
    _WordsPart(_InAQuestion(_DOUBLE_WAGES),
               "contract/unsigned_contract_double_wages",
               lambda facts: facts.has("no_written_contract") and not facts.has(
                   "tenure_over_12m", "household_employer", "retired_pensioner", "refused_to_sign",
                   "craft_or_farm_employer", "foreigner"),
               re.compile(r"^(?:contract/(?:unsigned_contract_\w+|double_wages_\w+)|labor_relation/(?:household_domestic_worker|"
                          r"liable_contractor_double_wages|"
                          r"student_intern|student_holiday_job|retiree_rehired|early_retiree_new_job|foreign_worker_\w+|"
                          r"part_time_definition|government_contract_worker))$"), asked=True),
    # A worker owed wages who asks whether asking for them gets them arrested (去要工资会不会真被抓): no, done lawfully
    # (保障农民工工资支付条例第五十二条 reaches only made-up facts and unlawful means), whatever leads (joining in a claim).
    _WordsPart(_InAQuestion(_OWN_ARREST), "arrears/asking_for_wages_not_a_crime",
               lambda facts: facts.has("wage_owed") and not facts.has("violence", "household_employer"),
               re.compile(r"^arrears/asking_for_wages_not_a_crime$"), asked=True),
    # Threatened or hurt when asking for the wages owed (昨天去店里要，老板说再来要钱就找人打断你的腿): the wages are still owed,
    # and the threat is the police's (治安管理处罚法), whatever leads (the threat itself, a doxxing).
    _WordsPart(re.compile(r"(?:去|来|找[^，,。]{0,6}?)(?:要|讨|催|结)(?:钱|工资|工钱|薪)|讨薪|要工资|再来要钱|"
                          r"\b(?:asked|asking|went to ask) (?:him |her |them |the boss )?for (?:my |our |the )?(?:wages|pay|salary|money)\b",
                          re.IGNORECASE),
               "arrears/violence_when_asking_for_wages",
               lambda facts: facts.has("wage_owed") and facts.has("threat", "violence")
               and not facts.has("household_employer"),
               re.compile(r"^arrears/violence_when_asking_for_wages$")),
    # A carrier of hepatitis B or HIV moved off the post or let go for it (领导还说要把我调离窗口岗位): no lawful ground and
    # discrimination in employment (就业促进法第三十条、第六十二条), whatever else leads (the health data disclosed).
    _WordsPart(re.compile(r"(?:乙肝|小三阳|大三阳|携带者|携带病毒|\bHIV\b|艾滋|hepatitis)[^？?]{0,60}?(?:调离|调岗|调走|换岗|辞退|开除|"
                          r"别来|不用来|不录用|不要我|让我走|解除)|(?:调离|调岗|换岗|辞退|开除|解除)[^。]{0,20}?(?:乙肝|小三阳|大三阳|携带)|"
                          r"\b(?:hepatitis|HIV)\b[^.]{0,60}\b(?:transfer\w*|mov\w+ me|fired|dismiss\w*|let me go)\b", re.IGNORECASE),
               "dismissal/dismissed_as_disease_carrier", lambda facts: not facts.has("household_employer"),
               re.compile(r"^dismissal/dismissed_as_disease_carrier$")),
    # An injured worker's pay docked or stopped while off for treatment (这几天要按事假扣钱, 停了我的工资): the paid recovery
    # period's full pay (工伤保险条例第三十三条), whatever else leads (whether it is a work injury at all).
    _WordsPart(re.compile(r"(?:按|算)(?:事假|病假|旷工|请假)[^。？?]{0,6}(?:扣|不发|不给|不算工资)|(?:扣|停)(?:了|发)?(?:我的?)?(?:钱|工资)|"
                          # (歇的这几天工资他说不给: the employer's word between)
                          r"工资(?:他|她|老板|公司|厂里|单位)?(?:说)?(?:也|都)?(?:停(?:了|发)?|不发(?:了)?|没发|扣(?:了)?|不给(?:了)?)|"
                          r"\b(?:docked|stopped|cut|deducted)\b[^.?]{0,20}\b(?:pay|wages?|salary)\b|"
                          r"\b(?:pay|wages?|salary)\b[^.?]{0,20}\b(?:docked|stopped|cut|deducted)\b", re.IGNORECASE),
               "injury/treatment_period_wages",
               lambda facts: facts.has("injured") and not facts.has("household_employer", "craft_or_farm_employer",
                                                                  "retired_pensioner", "death"),
               re.compile(r"^injury/(?:treatment_period_wages|fired_after_injury|no_injury_insurance_employer_pays)$")),
    # A fine docked from the worker's pay (罚了我200, 从工资里扣罚款) is answered whatever else leads (扣的钱能要回来吗),
    # unless the lead is itself about what may be taken from pay (or the leave is an injury's: paid).
    # (not a contract's penalty feared: 去隔壁厂会不会被罚5万, 被罚违约金)
    _WordsPart(re.compile(r"罚(?:了)?(?:我|我们)(?![^。？?！!]{0,4}?(?:[0-9一二两三四五六七八九十几百千]+\s*万|违约金))|"
                          r"被罚(?![^。？?！!]{0,4}?(?:[0-9一二两三四五六七八九十几百千]+\s*万|违约金))|扣罚|罚(?:了)?[0-9一二两三四五六七八九十几百]+\s*(?:块|元)|罚款[0-9一二两三四五六七八九十几百]+|"
                          r"从工资(?:里|中)?(?:扣|罚)|就扣(?:钱|[0-9一二两三四五六七八九十几百])|被扣了?钱|"
                          # 工资条上扣了1800，说是“空置率不达标罚款”: the sum taken, then called a fine
                          r"扣(?:了|掉)?(?:我)?\s*[0-9一二两三四五六七八九十几百千]+\s*(?:块|元)?[^。？?！!]{0,16}?罚款|"
                          # 说我“学徒不合格”，要扣我这个月工资…工资他能扣吗: pay docked as a punishment, asked about
                          r"(?:要|就|说要|还要)扣(?:我|掉)?(?:这个月|本月|当月|半个月|一个月)(?:的)?工资|工资[^。？?]{0,4}能扣吗|"
                          r"\bfined\b|\bfines?\b[^.]{0,20}(?:pay|wages?|salary)|(?:pay|wages?|salary)\b[^.]{0,30}\bfines?\b|"
                          # took 500 as a 'fine' for cartons I dropped; are the fines legal?
                          r"\b(?:took|deducted|docked|kept)\b[^.]{0,20}\b(?:as|for) (?:a )?['\"‘“]?fines?\b|"
                          r"\b[Aa]re (?:the|these|those) fines\b"),
               "arrears/fines_deducted_from_wages",
               lambda facts: not facts.has("household_employer", "injured", "sick_leave"), _ABOUT_PAY_TAKEN),
    # A loss the employer takes out of pay (一块2万的料不见了…每个人工资里扣2万, 弄坏了机器要从工资里赔): at most 20% of a
    # month's pay and never below the minimum wage, and only for a loss the worker caused (工资支付暂行规定第十六条).
    _WordsPart(_BothTold(re.compile(r"工资(?:里|中|上)?(?:扣|抵|赔)[^。？?！!]{0,4}[0-9一二两三四五六七八九十几百千万]|"
                                    # (直接从上个月工资里全扣了: the month named between)
                                    r"(?:从|在)(?:[^,，。；]{0,4}?的?)?工资(?:里|中|上)?(?:全|都|直接)?(?:扣|抵|赔)|扣(?:我们?的?|每个人的?)?工资(?:来)?(?:赔|抵)|"
                                    r"\b(?:deduct|take|dock)\w*\b[^.?]{0,30}\b(?:from|out of) (?:my|our) (?:pay|wages?|salary)\b",
                                    re.IGNORECASE),
                         re.compile(r"丢|不见|损坏|弄坏|坏了|损失|赔|少了|短了|碎|摔坏|碰坏|撞坏|刮坏|刮花|烧坏|"
                                    r"\b(?:lost|missing|damaged|broke|broken|loss|smashed|cracked)\b",
                                    re.IGNORECASE)),
               "arrears/wage_deduction_for_losses",
               lambda facts: not facts.has("household_employer", "injured", "sick_leave"), _ABOUT_PAY_TAKEN),
    # Bodies or bags searched by the employer (让我们脱了衣服搜身, 下班挨个翻包): not the employer's to do; an unlawful search is
    # for the police (治安管理处罚法), whatever else leads.
    _WordsPart(re.compile(r"搜身|搜(?:了)?(?:我们?的?)?(?:包|宿舍|柜子|衣服|口袋)|翻(?:了)?(?:我们?的?)?(?:包|柜子|口袋)|脱(?:了)?衣服[^。？?！!]{0,4}(?:检查|搜)|"
                          r"\b(?:searched|frisked|strip[- ]searched?) (?:me|us|our (?:bags|lockers|rooms))\b", re.IGNORECASE),
               "privacy/search_of_body_or_belongings", lambda facts: True,
               re.compile(r"^privacy/search_of_body_or_belongings$")),
    # Whether to sign a lump-sum settlement after an injury or a death at work (8万以后概不负责，该不该签): not before
    # recognition and the legal amounts are known.
    _WordsPart(_asks_to_sign(_SETTLEMENT), "injury/settlement_offered_not_yet_signed",
               lambda facts: facts.has("injured", "death", "occupational_disease"), _ON_SIGNING, asked=True),
    # ... or asked whether the lump sum offered is enough (说给3万块钱一次性了结，以后两清。3万够吗？): not before the legal
    # amounts are known either.
    _WordsPart(_OFFER_ENOUGH, "injury/settlement_offered_not_yet_signed",
               lambda facts: facts.has("injured", "death", "occupational_disease")
               and not facts.has("leaving_paper_signed"), _ON_SIGNING, asked=True),
    _WordsPart(_OFFER_TO_SETTLE, "injury/settlement_offered_not_yet_signed",
               lambda facts: facts.has("injured", "death", "occupational_disease")
               and not facts.has("leaving_paper_signed"), _ON_SIGNING, asked=True),
    _WordsPart(_PUT_SETTLEMENT, "injury/settlement_offered_not_yet_signed",
               lambda facts: facts.has("injured", "death", "occupational_disease")
               and not facts.has("leaving_paper_signed"), _ON_SIGNING, asked=True),
    # A leaving agreement put to a dismissed or laid-off worker to sign on the spot, or an ending at the contract's term
    # (合同到期不续了，让我签终止协议): not before the legal figures are known (signing makes it an agreed termination at N;
    # an unlawful dismissal's 2N, or a contract the law extends, is then hard to claim).
    _WordsPart(_PUT_LEAVING_AGREEMENT, "dismissal/leaving_agreement_put_to_sign",
               lambda facts: facts.has("dismissed", "contract_expired") and not facts.has("injured", "death", "household_employer",
                                                                      "pregnant", "leaving_paper_signed"),
               re.compile(rf"{_ON_SIGNING.pattern}|^dismissal/leaving_agreement_put_to_sign$"), asked=True),
    # Whether to sign a resignation the employer drafted (让我签自愿离职，要不要签), or what to do if pushed to resign (还暗示我
    # 自己辞职…他们要是逼我辞职我该咋办): no, and to leave over the employer's fault in writing instead.
    _WordsPart(re.compile(rf"{_asks_to_sign(_RESIGNATION_PAPER).pattern}|{_PUT_TO_SIGN.pattern}|"
                          r"(?:逼|让|要|暗示|劝|叫)(?:我|我们)(?:自己)?(?:主动)?(?:辞职|辞工|离职)(?![^。，,]{0,6}(?:了|过))|"
                          r"(?:push|pressur\w+|force)\w* (?:me|us) (?:to|into) (?:resign|quit)", re.IGNORECASE),
               "dismissal/forced_to_sign_resignation",
               lambda facts: not facts.has("injured", "death", "household_employer", "pregnant"), _ON_SIGNING,
               asked=True),
    # Whether the employer may fire the worker for refusing what it demands (不装就开除…他真能因为这个开除我？): only on a
    # ground the law gives, whatever leads (the demand itself: tracking, a face scan).
    _WordsPart(_InAQuestion(re.compile(r"(?:能|会|可以|真能|就能)(?:因为|因|为)(?:这个|这事|这件事|这|此)(?:就)?(?:开除|辞退|炒|开|辞)(?:了)?我|"
                                       r"\b(?:can|could) (?:they|he|she|the company|my boss) (?:really )?(?:fire|dismiss|sack) me "
                                       r"(?:for|over) (?:this|that|it)\b", re.IGNORECASE)),
               "dismissal/dismissed_without_reason",
               lambda facts: not facts.has("dismissed", "pregnant", "probation", "household_employer", "injured"),
               re.compile(r"^dismissal/|^women/|^overtime_hours/dismissed_for_refusing_overtime$|"
                          r"^procedure/retaliation_for_complaint$"), asked=True),
    # A pregnant, new or nursing mother asked to sign her way out (a resignation, or a 协商解除协议 under the threat of
    # dismissal) is told the employer may not push her out, and not to sign.
    _WordsPart(re.compile(rf"{_asks_to_sign(_LEAVING_PAPER).pattern}|{_PUT_TO_SIGN.pattern}|"
                          rf"{_PUTS_TO_SIGN}(?:协商)?解除(?:劳动合同)?协议", re.IGNORECASE),
               "women/pregnant_pushed_out_unpaid", lambda facts: facts.has("pregnancy_period"), asked=True),
    # Whether the worker may quit with compensation, when the message tells a ground the law gives (劳动合同法第三十八条):
    # wages owed (overtime pay never paid among them: 加班费从来没有…我要是走了能不能要补偿), or no social insurance paid.
    _WordsPart(_InAQuestion(_ASKS_TO_QUIT_PAID), "dismissal/resign_for_unpaid_wages",
               lambda facts: facts.has("wage_owed"), _ON_QUITTING, asked=True),
    _WordsPart(re.compile(rf"(?:{_OVERTIME_UNPAID.pattern})[\s\S]*?(?:{_ASKS_TO_QUIT_PAID.pattern})", re.IGNORECASE),
               "dismissal/resign_for_unpaid_wages", lambda facts: not facts.has("wage_owed"), _ON_QUITTING, asked=True),
    _WordsPart(_InAQuestion(_ASKS_TO_QUIT_PAID), "dismissal/resign_for_no_social_insurance",
               lambda facts: facts.has("no_social_insurance") and not facts.has("wage_owed"), _ON_QUITTING,
               asked=True),
    # ... or insurance paid on too low a base (按最低的基数给我交的…不给补我能不能辞职要补偿): contested, so the safe course.
    _WordsPart(_InAQuestion(_ASKS_TO_QUIT_PAID), "social_insurance/resign_for_low_contribution_base",
               lambda facts: facts.has("low_contribution_base") and not facts.has("wage_owed", "no_social_insurance"),
               _ON_QUITTING, asked=True),
    # A worker pregnant, on maternity leave or nursing who was dismissed is told the bar on it (劳动合同法第四十二条) and
    # what an unlawful dismissal gives, whatever leads (her right to refuse night shifts, her leave).
    _WordsPart(None, "dismissal/pregnancy_dismissal_bar",
               lambda facts: facts.has("pregnant", "maternity_leave", "nursing") and facts.has("dismissed"),
               _ON_THE_PREGNANCY_BAR, asked=True),
    # ...and one told to leave if she will not do what the law spares her (不能上夜班就自己走人, 不如主动辞职): the same bar,
    # so the "leave" she is pushed to is no lawful way out for the employer.
    _WordsPart(TOLD_TO_GO, "dismissal/pregnancy_dismissal_bar",
               lambda facts: facts.has("pregnant", "maternity_leave", "nursing") and not facts.has("dismissed"),
               _ON_THE_PREGNANCY_BAR),
    # ...and one who asks whether she may be dismissed for what she refuses or asks (拒绝了会不会被开除, can they fire me
    # for it): the same bar, beside whatever leads (night shifts, the nursing hour).
    _WordsPart(_ASKS_IF_DISMISSED, "dismissal/pregnancy_dismissal_bar",
               lambda facts: facts.has("pregnant", "maternity_leave", "nursing") and not facts.has("dismissed"),
               _ON_THE_PREGNANCY_BAR, asked=True),
    # Severance asked about when the employer closes or dissolves (公司解散了…公司还要给补偿吗, the shop shut down, do I get
    # compensation): the contract ends and N is owed (劳动合同法第四十四条第五项、第四十六条第六项), beside whatever leads (the
    # unemployment benefit).
    _WordsPart(_BothTold(_InAQuestion(re.compile(
        r"(?:经济)?补偿(?:金)?[^。？?！!]{0,4}?(?:吗|么|没有|不|呢)|(?:给|有|拿|要)(?:不给|没有)?(?:经济)?补偿|"
        r"\b(?:compensation|severance)\b", re.IGNORECASE)),
        re.compile(r"解散|注销|倒闭|关门|破产|不开了|关停|关厂|停业|\b(?:dissolv\w*|shut down|closed down|clos(?:ed|ing) "
                   r"(?:the|its) (?:doors|business|shop|store|factory)|bankrupt\w*)\b", re.IGNORECASE)),
               "dismissal/company_closed_severance", lambda facts: not facts.has("household_employer"),
               re.compile(r"^(?:dismissal/company_closed_severance|arrears/company_bankrupt_wages)$"), asked=True),
    # Who pays during maternity leave, asked beside other questions (产假能休多久，钱谁发？): the maternity allowance, on the
    # employer's average wage where insured, else the worker's own from the employer (社会保险法第五十六条).
    _WordsPart(_InAQuestion(re.compile(
        r"(?:产假|生育|坐月子)[^。？?！!]{0,12}?(?:钱|工资|津贴|待遇)[^。？?！!]{0,4}?(?:谁(?:发|给|出|付)|怎么(?:发|算|拿)|"
        r"发不发|给不给|有没有|有吗)|"
        r"\bmaternity leave\b[^?]{0,40}?\b(?:who pays|paid|pay)\b", re.IGNORECASE)),
               "women/maternity_allowance_amount",
               lambda facts: facts.has("pregnant", "maternity_leave", "pregnancy_period"),
               re.compile(r"^women/maternity_allowance_\w+$"), asked=True),
    # ...and any worker still at work who asks whether claiming will cost the job (能要多少双倍工资？要了会不会被开？): dismissing
    # for a claim or a complaint is unlawful (2N), beside whatever leads (the claim itself).
    _WordsPart(_ASKS_IF_DISMISSED_FOR_CLAIMING, "dismissal/fired_for_complaining",
               lambda facts: not facts.has("dismissed", "pregnant", "maternity_leave", "nursing", "household_employer",
                                           "retired_pensioner"),
               re.compile(r"^(?:dismissal/fired_for_complaining|procedure/retaliation_for_complaint)$"), asked=True),
    # A penalty for leaving written into the contract (一年内离职要赔5000违约金, 中途离开要赔2万违约金), told beside what leads
    # (the ID card kept, the apprenticeship): void but for training and a non-compete (劳动合同法第二十五条).
    _WordsPart(None, "contract/penalty_clause_invalid",
               lambda facts: facts.agreed_penalty is not None and not facts.has("service_period", "household_employer"),
               _ON_THE_PENALTY),
    # ...and with training told (扣了1000说是培训费，其实就是上岗前讲了3天课…两年内辞职要赔1万): the penalty is no more than the
    # training's cost the employer paid, for the service not yet served (劳动合同法第二十二条).
    _WordsPart(None, "contract/training_service_period_penalty",
               lambda facts: facts.agreed_penalty is not None and facts.has("service_period")
               and not facts.has("household_employer"),
               _ON_THE_PENALTY),
    # A ban on working for a rival after leaving, told without its name (离职后两年内不能在杭州任何剧本杀店工作，违反赔5万): whom
    # a non-compete may bind and how far, beside what leads (a training penalty).
    _WordsPart(_NON_COMPETE_TOLD, "contract/non_compete_who_and_scope", lambda facts: True,
               re.compile(r"^contract/(?:non_compete_\w+|in_service_non_compete)$")),
    # Whether the worker may refuse the overtime (能不能拒绝这么长时间加班, can I refuse the overtime), asked beside its pay:
    # yes, overtime is by agreement and forcing it is unlawful (劳动合同法第三十一条, 劳动法第四十一条).
    _WordsPart(_ASKS_TO_REFUSE_OVERTIME, "overtime_hours/refuse_overtime",
               lambda facts: not facts.has("dismissed", "household_employer", "pregnant", "nursing"),
               re.compile(r"^overtime_hours/(?:refuse_overtime|dismissed_for_refusing_overtime)$"),
               asked=True),
    # A worker dismissed for carrying a disease (乙肝小三阳, an HIV carrier) is told the dismissal has no lawful ground,
    # whatever leads (the disclosure of the test result, the medical check itself).
    _WordsPart(re.compile(r"乙肝|大三阳|小三阳|病原携带|携带者|艾滋|\bHIV\b|\bhepatitis\b|\bcarrier\b", re.IGNORECASE),
               "dismissal/dismissed_as_disease_carrier", lambda facts: facts.has("dismissed"), asked=True),
    # A worker dismissed for refusing overtime is told whether that dismissal stands (劳动法第四十一条: overtime by
    # agreement), whatever leads (the hours themselves, the overtime pay).
    _WordsPart(None, "overtime_hours/dismissed_for_refusing_overtime",
               lambda facts: facts.has("refused_overtime") and facts.has("dismissed")
               and not facts.has("household_employer"), asked=True),
    # ... or threatened with dismissal for it, or asking whether it may be (不服从排班就按旷工处理…她真能以这个开除我吗): the
    # same answer, no dismissal being made yet.
    _WordsPart(re.compile(r"(?:能|可以|会|敢)(?:以|因为|为)?[^。？?]{0,8}?(?:开除|辞退|开掉|炒掉|解除)(?:我|我们)?(?:吗|么|嘛|？|\?)|"
                          r"(?:就|直接|便)(?:按旷工|按自动离职|开除|辞退)|"
                          r"\b(?:can|could|will) (?:they|he|she|the company|my boss) (?:really )?(?:fire|dismiss|sack) (?:me|us)\b",
                          re.IGNORECASE),
               "overtime_hours/dismissed_for_refusing_overtime",
               lambda facts: facts.has("refused_overtime") and not facts.has("dismissed", "household_employer",
                                                                             "pregnant", "nursing"),
               re.compile(r"^overtime_hours/dismissed_for_refusing_overtime$"), asked=True),
    # A dispatched worker sent back by the host (电子厂跟保安公司说不要我了，让我先回家等岗位) is told the agency still owes the
    # minimum wage while there is no work (劳动合同法第五十八条), whatever leads or when nothing does.
    _WordsPart(None, "dispatch/dispatch_returned_by_host",
               lambda facts: facts.has("returned_to_agency") and facts.has("dispatched")
               and not facts.has("pregnant", "maternity_leave", "nursing", "sick_leave", "injured"),
               re.compile(r"^dispatch/(?:dispatch_returned_by_host|dispatch_agency_unlawful_termination|"
                          r"pregnant_dispatched_worker_returned|dispatch_returned_while_sick|dispatch_agency_is_employer)$")),
    # A boss vanished owing wages (联系不上了, 跑路了) brings the three steps to take now (labour inspection, the police, a
    # claim with the assets frozen), whatever leads (unemployment benefit, the insurance left unpaid).
    _WordsPart(None, "arrears/boss_vanished",
               lambda facts: facts.has("vanished_employer") and facts.has("wage_owed")
               and not facts.has("household_employer", "owner_died"),
               re.compile(r"^arrears/(?:boss_vanished|employer_moving_assets|owner_died_estate_pays|"
                          r"government_emergency_advance|official_order_ignored|refusal_to_pay_crime_conditions|"
                          r"company_bankrupt_wages|construction_\w+)$|^labor_relation/franchise_brand_not_employer$")),
    # A worker who has left and is still followed through the employer's tracking app (以前厂里让装的定位App还能看到我在哪)
    # is told the employer must delete what it no longer needs (个人信息保护法第四十七条), beside the stalking itself.
    _WordsPart(re.compile(r"定位|(?:app|App|APP|软件)[^,，。；]{0,10}(?:看到|知道|查到|定位)|位置共享|\b(?:location|tracking|tracker|"
                          r"gps)\b", re.IGNORECASE),
               "privacy/delete_data_after_leaving",
               lambda facts: facts.has("left_job") and not facts.has("still_employed"),
               re.compile(r"^privacy/(?:delete_data_after_leaving|access_my_records)$")),
    # The employer blaming the worker's own carelessness for an accident at work (还说是我自己不小心) is told that fault does
    # not take away a work injury (工伤保险条例第十四、十六条), whatever leads (the pay docked, the medical costs).
    _WordsPart(re.compile(r"(?:说|怪|称|认为|硬说|非说)[^,，。；]{0,6}(?:是)?(?:我|我们|他|她)?自己(?:的)?(?:不小心|不注意|大意|粗心|"
                          r"操作不当|操作失误|违规|违反(?:了)?(?:规定|规章|安全规定|操作规程)|的责任|的错|的问题|"
                          r"没(?:有)?按(?:照)?(?:规定|要求|规程|操作规程)|没(?:有)?戴|不戴)|"
                          # 公司说他没穿救生衣，是他自己违反规定，责任在他: the blame told in a clause of its own
                          r"责任(?:全)?在(?:我|他|她)(?:自己|身上)?(?![^,，。；]{0,2}(?:吗|么))|"
                          r"\bmy own (?:fault|carelessness|mistake)|"
                          r"\b(?:blames?|blamed) (?:me|my carelessness)", re.IGNORECASE),
               "injury/own_mistake_still_injury",
               # (a death at work blamed on the dead worker: 厂里说是他自己没按规定戴呼吸器)
               lambda facts: ((facts.has("injured") and facts.has("work_accident")) or facts.has("death"))
               and not facts.has("injured_off_work", "commuting", "injury_recognised", "household_employer",
                                 "retired_pensioner", "platform_worker"), asked=True),
    # No base pay, commission only, asked about (底薪0，开单才有提成…没底薪合法吗): a worker managed like staff is owed the minimum
    # wage for the normal hours worked, commission or not (劳动法第四十八条), whatever leads (whether the agreement is a
    # labour contract).
    _WordsPart(_InAQuestion(re.compile(r"(?:没|没有|无|零)底薪|底薪(?:是|为|只有)?\s*(?:0|零)(?![0-9])|纯提成|只有提成|全靠提成|"
                                       r"\b(?:no base (?:pay|salary)|commission only|only commission)\b", re.IGNORECASE)),
               "arrears/minimum_wage_underpaid",
               lambda facts: not facts.has("household_employer", "platform_worker", "job_contractor")
               and (facts.has("managed_as_staff") or not facts.has("agent_contract")),
               re.compile(r"^arrears/(?:minimum_wage_underpaid|commission_\w+)$"), asked=True),
    # A dispatched worker whose agency contract is shorter than two years asks whether it is lawful (Is a 6-month dispatch
    # contract even legal? 派遣合同只签半年合法吗): the agency must sign two years at least (劳动合同法第五十八条).
    _WordsPart(_InAQuestion(re.compile(r"(?:合同|contract)[^。？?]{0,40}(?:合法|违法|legal|lawful|allowed)|"
                                       r"(?:合法|违法|legal|lawful|allowed)[^。？?]{0,30}(?:合同|contract)", re.IGNORECASE)),
               "dispatch/dispatch_agency_is_employer",
               lambda facts: facts.has("dispatched") and facts.contract_months is not None and facts.contract_months < 24,
               re.compile(r"^dispatch/dispatch_agency_is_employer$"), asked=True),
    # An injury supposed by a worker without insurance (If I get hurt during a site inspection, am I covered? 万一受伤了算谁的):
    # the employer that did not insure pays every benefit itself (工伤保险条例第六十二条), whatever leads (the insurance).
    _WordsPart(re.compile(rf"(?:{INJURY_SUPPOSED.pattern})[^。？?]{{0,60}}?(?:算谁的|谁(?:来)?(?:管|赔|负责|出钱)|怎么办|有没有保障|"
                          r"能不能报|算不算工伤|\bcovered\b|\bcompensat\w+|\bwho pays\b|\binsured\b)", re.IGNORECASE),
               "injury/no_injury_insurance_employer_pays",
               lambda facts: facts.has("no_social_insurance")
               and not facts.has(*_OUTSIDE_EMPLOYER_INSURANCE, "dispatched"),
               re.compile(r"^injury/"), asked=True),
    # An uninsured worker hurt at work whose employer will pay only part of the bills (they will only pay part of my
    # hospital bill, 医药费只给报一半): the employer owes every benefit itself (工伤保险条例第六十二条).
    _WordsPart(re.compile(r"\bonly (?:pay|cover|reimburse) (?:part|some|half)\b|只(?:报|给报|出|付|赔|给)(?:了)?(?:一部分|一半|部分)|"
                          r"(?:医药费|医疗费|住院费)[^。？?！!]{0,8}(?:不给报|不报|不管|不出)", re.IGNORECASE),
               "injury/no_injury_insurance_employer_pays",
               lambda facts: facts.has("injured", "work_accident") and facts.has("no_social_insurance")
               and not facts.has(*_OUTSIDE_EMPLOYER_INSURANCE, "craft_or_farm_employer"),
               re.compile(r"^injury/no_injury_insurance_employer_pays$")),
    # Who pays for the treatment of an injury at work asked (医药费谁出, 住院费能报吗, who pays the hospital bills): not the
    # worker; the injury fund, or the employer that did not insure (工伤保险条例第三十条、第六十二条), whatever leads (who
    # applies for recognition, a dispatched worker's two employers).
    _WordsPart(re.compile(r"(?:医药费|医疗费|治疗费|住院费|手术费|看病的?钱|药费)[^。？?！!]{0,10}?(?:谁(?:来)?(?:出|付|承担|报|掏|管|给)|"
                          r"找谁(?:报|要|出)?|(?:能|可以|给不给|能不能|可不可以)(?:报|报销|要回)|自己(?:出|掏)(?:吗|么|\?|？))|"
                          r"(?:谁|哪个|哪家|哪边)(?:来)?(?:出|付|承担|报|掏)(?:我的?)?(?:医药费|医疗费|治疗费|住院费)|"
                          r"\bwho (?:pays|will pay|should pay|covers?)\b[^.?]{0,30}\b(?:hospital|medical|treatment|surgery)\b|"
                          r"\b(?:hospital|medical|treatment) (?:bills?|costs?|expenses|fees)\b[^.?]{0,40}\b(?:who|reimburs\w*)\b",
                          re.IGNORECASE),
               "injury/medical_costs",
               lambda facts: facts.has("injured") and facts.has("work_accident", "injury_recognised", "fracture",
                                                                 "amputation", "hospitalized")
               and not facts.has("injured_off_work", "household_employer", "craft_or_farm_employer", "retired_pensioner",
                                 "over_retirement_age", "student_intern", "platform_worker", "death"),
               re.compile(r"^injury/(?:medical_costs|no_injury_insurance_employer_pays|part_time_worker_injury|"
                          r"student_intern_injury|retiree_pensioner_injury|over_retirement_age_injury|old_injury_recurrence|"
                          r"occupational_disease_benefits|third_party_both_claims|benefits_unpaid_after_recognition|"
                          r"household_worker_injury|platform_\w+)$|^labor_relation/(?:platform_\w+|retiree_rehired|"
                          r"illegal_subcontract_contractor_liable)$|^social_insurance/(?:medical_insurance_third_party_injury|"
                          r"no_medical_insurance_loss)$"), asked=True),
    # A worker off work with an injury at work whose pay was stopped or docked (工资也停了, 扣了我3天工资) is told the pay
    # goes on in full while off for treatment (工伤保险条例第三十三条), whatever leads (recognition, the accident itself).
    _WordsPart(re.compile(r"工资(?:也|都|就|全)?(?:给)?(?:停|停发|不发|没发|断)(?:了)?|停(?:了|发了?)(?:我的?)?工资|"
                          r"扣(?:了)?(?:我)?[0-9一二两三四五六七八九十几]+天(?:的)?工资|(?:不上班|歇着?|休息|住院)(?:的)?(?:这几天|期间)?[^,，。]{0,8}"
                          r"(?:不发|没有|不给|扣)(?:了)?(?:我的?)?(?:工资|钱)|按事假(?:扣|算|处理)|算(?:我)?(?:请)?事假|"
                          # 医药费和工资谁出, 连工资都没有, 扣了200元全勤奖: the pay while off asked about or cut
                          r"工资(?:由|该|应该)?谁(?:出|发|给|付)|谁(?:来)?(?:给|发|出|付)(?:我)?(?:的)?工资|连工资都没(?:有|了|发)|"
                          r"扣(?:了|掉)?(?:我)?(?:的)?(?:[0-9]+元?的?)?全勤(?:奖)?|全勤(?:奖)?(?:也|都)?(?:被)?(?:扣|没)|"
                          r"\bwho (?:pays|will pay|is paying) (?:my )?(?:wages?|salary|pay)\b|"
                          r"\b(?:wages?|pay|salary) (?:has |have |was |were )?(?:stopped|cut off|docked)|"
                          r"stopped (?:paying me|my (?:pay|wages?|salary))", re.IGNORECASE),
               "injury/treatment_period_wages",
               lambda facts: facts.has("injured") and facts.has("work_accident", "injury_recognised", "fracture",
                                                                 "amputation", "hospitalized")
               and not facts.has("injured_off_work", "household_employer", "retired_pensioner"),
               # (the medical costs rule says who pays the treatment, not the pay while off: 医药费和工资谁出 asks both)
               re.compile(r"^injury/(?:treatment_period_wages|benefits_grade_)"), asked=True),
    # A workplace closed or dissolved and no compensation given or promised (幼儿园关门不算辞退，没有补偿; the shop closes and the boss
    # says there is none): the severance on closing, whatever leads (the unemployment benefit, the wages owed).
    # (the workplace closing, not the worker: 我不干了能要补偿吗 is a worker quitting)
    # (the workplace itself: not a team or a fleet disbanded inside it, 公司说车队解散)
    _WordsPart(re.compile(r"(?:厂|公司|店|园|馆|单位|工作室|学校|机构|俱乐部|超市|酒店|饭店|诊所|医院|中心|举办人|老板)(?:子|里)?"
                          r"(?:上个?月|已经|也|都|要|被|决定|就|突然|股东会|提前|法院|宣告|不干了|说|了){0,5}"
                          r"(?:关门|停办|倒闭|解散|停业|关停|注销|破产|不开了|不办了)[^。？?]{0,24}(?:补偿|赔偿)|"
                          r"(?:补偿|赔偿)[^。？?]{0,12}(?:关门|停办|倒闭|解散|注销|破产)|"
                          r"(?:clos(?:ed|es|ing)|shut(?:ting)? down|dissolv\w+|bankrupt)[^.?]{0,40}(?:severance|compensation)",
                          re.IGNORECASE),
               "dismissal/company_closed_severance",
               lambda facts: not facts.has("household_employer", "retired_pensioner", "part_time"),
               re.compile(r"^(?:dismissal/(?:company_closed_severance|economic_layoff.*|mass_layoff_procedure)|"
                          r"arrears/company_bankrupt_wages)$"), asked=True),
    # A long-serving worker near retirement being laid off or dismissed is told the bar of 劳动合同法第四十二条第五项
    # (fifteen years here and less than five to retirement), whatever leads (the retirement age itself, the layoff).
    _WordsPart(re.compile(r"裁|辞退|开除|优化|解除|劝退|让(?:我|我们)走|\blay(?:ing)? (?:me |us )?off|laid off|dismiss|fir(?:e|ed|ing) (?:me|us)",
                          re.IGNORECASE),
               "dismissal/near_retirement_fifteen_years",
               lambda facts: facts.has("near_retirement") and facts.has("tenure_over_10y")
               and not facts.has("household_employer", "retired_pensioner"), asked=True),
    # Seven months pregnant or more and kept working late (天天让加班到晚上8点, night shifts): no overtime or night work at
    # all, whatever leads (her prenatal checks, her pay).
    _WordsPart(re.compile(r"加班|夜班|晚班|值夜|熬夜|夜间|深夜|通宵|凌晨|晚上[0-9一二两三四五六七八九十]+点|overtime|night shifts?|late shifts?",
                          re.IGNORECASE),
               "women/late_pregnancy_no_night_overtime", lambda facts: facts.has("late_pregnancy"), asked=True),
    # A disability assessment asked about beside the recognition (我想去做伤残鉴定，听说要先认定工伤): where it is applied for,
    # after what, and the grades (工伤保险条例第二十一至二十六条), whatever leads (the recognition's deadline).
    _WordsPart(re.compile(r"(?:做|申请|去做|想做|要做|进行)(?:个)?(?:伤残|劳动能力)鉴定|(?:伤残|劳动能力)鉴定(?:怎么|去哪|在哪|要|需要|流程)|评(?:个)?残|"
                          r"评(?:伤残)?等级|disability (?:assessment|grade|grading|appraisal)", re.IGNORECASE),
               "injury/disability_assessment",
               lambda facts: facts.has("injured", "work_accident", "injury_recognised", "occupational_disease")
               and not facts.has("household_employer", "injured_off_work"),
               re.compile(r"^injury/(?:disability_assessment|benefits_grade_.*|leaving_job_grade_5_10_subsidies)$"), asked=True),
    # A prenatal check called absence or docked (请半天假去做产检，老板娘就说我“旷工”; 产检扣了全勤奖): its time counts as
    # working time (女职工劳动保护特别规定第六条), whatever leads (the push to resign, a dismissal).
    _WordsPart(re.compile(r"产检[^。？?！!]{0,30}(?:旷工|扣|事假|不准|不让|不批|不给)|(?:旷工|扣|事假)[^。？?！!]{0,20}产检|"
                          r"prenatal (?:check|visit|appointment|exam)s?[^.?!]{0,50}(?:absen|dock|deduct|unpaid|personal leave)",
                          re.IGNORECASE),
               "women/prenatal_checks_working_time",
               lambda facts: facts.has("pregnant", "pregnancy_period") and not facts.has("household_employer"),
               re.compile(r"^women/prenatal_checks_working_time$")),
    # A waiver of overtime pay signed or put to sign (自愿放弃加班费承诺书, 奋斗者协议, gave up overtime pay): whether it binds,
    # whatever leads (how much the overtime comes to).
    # (a term that no overtime pay is owed, 合同写了不支付加班费; not the employer's refusal, 公司说…不给加班费)
    _WordsPart(re.compile(r"放弃(?:领取|主张|索要)?(?:全部|所有)?加班(?:费|工资)|不要加班费|奋斗者协议|"
                          r"(?:写|写着|写明|约定|签|条款|协议|合同)[^。；;？?]{0,12}(?:不|无)(?:支付|给|发)(?:任何)?加班费|"
                          r"(?:waive|waived|waiving|give up|gave up|giving up) (?:my |our |all |any )?(?:right to )?overtime",
                          re.IGNORECASE),
               "overtime_hours/overtime_waiver_agreement",
               lambda facts: not facts.has("household_employer"),
               re.compile(r"^overtime_hours/(?:overtime_waiver_agreement|settlement_signed_on_leaving)$"), asked=True),
    # A probation longer than the contract term allows (一年合同试用期三个月) is answered whatever leads (the probation pay,
    # the contract not signed): the excess served is owed as damages (劳动合同法第八十三条).
    _WordsPart(None, "contract/probation_too_long", lambda facts: facts.has("probation_over_limit"), asked=True),
    # Work for a boss who runs on another company's licence or name (挂靠, 挂在渔业公司名下, 借的执照): the company lent
    # bears the employer's duties too (解释（二）第二条), whatever leads (the wages, the contract never signed).
    _WordsPart(None, "labor_relation/licence_lender_liable",
               lambda facts: facts.has("borrowed_licence") and not facts.has("household_employer"),
               re.compile(r"^labor_relation/(?:licence_lender_liable|illegal_subcontract_contractor_liable|"
                          r"individual_contracting_joint_liability)$|^injury/construction_subcontractor_injury$"),
               asked=True),
    # A gig or freelance worker asking whether they may pay in themselves (我自己能交城镇职工养老和医保吗) is told how a flexible
    # worker joins the employees' pension and medical schemes, whatever leads (the rural hukou, the platform's duties).
    # (asked, not told: "这几年我自己交的城乡居民医保和养老" is what an employee paid while the employer paid nothing)
    _WordsPart(_InAQuestion(re.compile(r"自己(?:能|可以|能不能|可不可以|怎么|咋)?(?:单独|个人)?(?:交|缴|买|参加|参保)[^。？?！!]{0,12}"
                                       r"(?:养老|医保|医疗保险|社保|职工保险)|"
                                       r"\bpay (?:into |for )?(?:the |my own )?(?:\w+ )?"
                                       r"(?:pension|social insurance|medical insurance)\w* "
                                       r"(?:scheme )?(?:myself|on my own)", re.IGNORECASE)),
               "social_insurance/flexible_worker_contributions",
               lambda facts: not facts.has("household_employer", "dispatched", "still_employed", "retired_pensioner"),
               asked=True),
    # A worker who refused a dangerous order (没有防毒面具，我说不安全不下) is told the refusal breaks no contract and no
    # pay cut or dismissal may follow (安全生产法第五十四条), whatever leads (the "serious misconduct" alleged).
    _WordsPart(re.compile(r"(?:说|觉得|嫌|怕|太)?(?:不安全|危险|有危险|太危险)[^。？?！!]{0,6}?(?:就|所以|我)?(?:不|没|不肯|不敢|没敢)(?:下|上|去|干|进|爬)|"
                          r"拒绝(?:了)?(?:违章|冒险|强令)|不(?:肯|敢)(?:下井|下池|下去|上去|上塔|爬)|(?:我|我们)不下(?:井|池|罐)|"
                          # 瓦斯探头坏了好几天了没人修…硬让我们下去: a safety device broken, and the order to go on
                          r"(?:瓦斯|探头|报警器|传感器|安全带|安全绳|防护网|通风)[^。]{0,14}(?:坏|失灵|没人修|不响|不亮)[^。]{0,30}"
                          r"(?:硬|强行|逼|非)(?:让|要|叫)(?:我|我们)|"
                          r"\brefus\w* (?:to )?(?:go|climb|work|enter)\b"
                          r"[^.]{0,40}\b(?:unsafe|danger|without (?:a )?(?:harness|mask|"
                          r"detector))|\b(?:unsafe|too dangerous)\b[^.]{0,30}\b(?:refused|wouldn't|would not|didn't)",
                          re.IGNORECASE),
               "injury/refuse_dangerous_order",
               lambda facts: not facts.has("household_employer", "injured", "death"),
               re.compile(r"^(?:injury/refuse_dangerous_order|dismissal/resign_for_unsafe_conditions)$"), asked=True),
    # A worker dismissed in probation ("you failed probation, don't come tomorrow") is told whether that stands,
    # whatever leads (the overtime asked about before it, the pay).
    _WordsPart(None, "dismissal/probation_dismissal",
               lambda facts: facts.has("probation") and facts.has("dismissed")
               and not facts.has("household_employer", "retired_pensioner", "part_time", "pregnancy_period"),
               re.compile(r"^(?:dismissal|contract)/probation_dismissal$|^dismissal/(?:pregnancy_dismissal_bar|"
                          r"dismissed_as_disease_carrier|medical_period_dismissal|work_injury_dismissal)$|"
                          r"^overtime_hours/dismissed_for_refusing_overtime$"),
               asked=True),
    # How long the worker has to ask a court to enforce an award or judgment (申请执行有没有期限): two years from the
    # last day to comply (民事诉讼法第二百五十条), whatever leads (whether the employer may still challenge it).
    # (我什么时候能去法院申请强制执行: when it may be asked, the day the award gave to pay having passed)
    _WordsPart(re.compile(r"(?:申请|强制)执行[^。？?！!]{0,8}(?:期限|时限|时效|多久|多长时间|过期|来得及)|"
                          r"(?:什么时候|何时|哪天|多久)(?:才)?(?:能|可以)?(?:去)?(?:法院)?(?:申请)?强制执行|"
                          r"\bwhen can (?:I|we) (?:apply for|ask for|seek) (?:court )?enforcement\b|"
                          r"\b(?:enforce\w*)\b[^?]{0,40}\b(?:deadline|time limit|too late|how long)", re.IGNORECASE),
               "procedure/enforce_award", lambda facts: True, asked=True),
    # An award won and not paid (裁决书下来了…可到现在一分钱没给): the court enforces it, within two years, whatever leads.
    _WordsPart(re.compile(r"(?:裁决|判决|调解书)[^？?]{0,50}?(?:一分钱?(?:都|也)?没(?:给|付)|(?:还是|还|也|就|都)?(?:没|不)"
                          r"(?:给钱|付钱|履行|执行|支付))|\b(?:award|judgment)\b[^.?]{0,60}\b(?:hasn'?t|has not|haven'?t|"
                          r"never|won'?t|refus\w+ to) (?:paid|pay)\b", re.IGNORECASE),
               "procedure/enforce_award", lambda facts: True, asked=True),
    # Money wanted before the award, in a claim that may have it (wages, an injury's costs, compensation).
    _WordsPart(_ASKS_MONEY_FIRST, "procedure/advance_execution",
               lambda facts: facts.has("wage_owed", "injured", "dismissed", "left_job"), asked=True),
    # The pay of a worker about to leave, asked about (我想马上不干了，这个月工资老板会不会不给): owed in full whatever the
    # reason for leaving, whatever leads (a hidden camera found in the dormitory).
    _WordsPart(_InAQuestion(re.compile(r"(?:不干|辞职|离职|走人|走掉|辞工)[^。？?！!]{0,16}(?:工资|工钱|钱)[^。？?！!]{0,10}"
                                       r"(?:会不会|能不能|给不给|还给|不给|不发|扣)")),
               "arrears/wages_withheld_for_quitting", lambda facts: not facts.has("left_job"),
               re.compile(r"^arrears/(?:wages_withheld_for_quitting|wage_arrears_after_leaving)$"), asked=True),
    # Where to claim, asked by a worker gone home (能不能在河南老家申请？是不是得跑回云南去告) or against a clause naming the
    # head office's city (我是在佛山申请还是得去长沙): where the work was done or the employer is, not the worker's home town.
    _WordsPart(_InAQuestion(re.compile(r"(?:在|回)(?:我们?)?(?:老家|家乡|户籍地|户口所在地)[^。？?！!]{0,8}(?:申请|仲裁|告|起诉|立案)|"
                                       r"(?:跑|赶)回[^。？?！!]{0,8}(?:告|仲裁|申请|起诉)|"
                                       # 我现在人在定西，能在定西这边告吗: the worker's home place, named
                                       r"(?:能|可以|能不能|可不可以)在[^。？?！!，,在]{1,6}?(?:这边|这儿|这里|本地|当地)(?:告|起诉|申请|仲裁|立案)|"
                                       # 我是在佛山申请还是得去长沙, 去哪个仲裁委申请
                                       r"在[^。？?！!，,]{1,6}(?:申请|仲裁|立案)还是(?:得|要|必须)?(?:去|到|回|在)|"
                                       r"(?:去|到|在)哪(?:里|儿|个)(?:仲裁委|仲裁院|区|市)?(?:申请|仲裁|立案)|"
                                       # 我想申请劳动仲裁，该去阿拉善还是去呼和浩特: two places named
                                       r"(?:仲裁|告|起诉)[^。？?！!]{0,10}(?:该|应该|是)?(?:去|到|在)[^。？?！!，,]{1,8}还是|"
                                       r"\b(?:file|apply|claim)\b[^.?]{0,20}\b(?:in|from) my home ?(?:town|province|city)\b",
                                       re.IGNORECASE)),
               "procedure/arbitration_venue", lambda facts: True,
               re.compile(r"^procedure/(?:arbitration_venue|court_jurisdiction)$"), asked=True),
    # A claim feared too late (过了一年不能告了，我是不是彻底没戏了; is it too late to claim): not before the interruptions are
    # counted (a demand, a complaint, a promise to pay restart the year) and the employer raises the limit itself.
    _WordsPart(_InAQuestion(re.compile(r"(?:过了|超过|超了|过)(?:了)?(?:一年|1年|时效|仲裁时效)[^。？?！!]{0,12}"
                                       r"(?:不能|没法|告不了|要不了|不行|没戏|来不及|不受理|不管)|"
                                       r"(?:时效|一年)[^。？?！!]{0,4}(?:已经)?(?:过了|已过|超了|到了)|是不是(?:彻底|就|全)?没戏|"
                                       r"\b(?:too late|time[- ]barred|out of time)\b", re.IGNORECASE)),
               "procedure/limitation_seems_expired", lambda facts: not facts.has(*_NO_LABOUR_DISPUTE),
               re.compile(r"^procedure/(?:limitation_seems_expired|limitation_defence_raised_late|arbitration_limitation|"
                          r"limitation_about_to_expire)$"), asked=True),
    # A registered sole trader's helper asking whether they are its employee (老板说我就是帮忙的不算他员工，可他那个摊子是办了个体户
    # 执照的…我这算不算他的员工): they are (劳动合同法第二条's 个体经济组织), whatever leads (the double wages).
    _WordsPart(_InAQuestion(_ASKS_IF_EMPLOYEE), "labor_relation/individual_business_employee",
               lambda facts: facts.has("registered_business")
               and not facts.has("craft_or_farm_employer", "household_employer", "platform_worker"),
               re.compile(r"^labor_relation/"), asked=True),
    # A pregnant worker put to heavy carrying (调去酒窖搬橡木桶和酒箱，一箱二十多斤…我能不能拒绝, 后厨要搬几十斤的菜筐): work
    # forbidden in pregnancy, which she may refuse, whatever leads (the contract's end, the pay cut).
    _WordsPart(re.compile(r"(?:搬|扛|抬|拎|提|背)[^。？?！!]{0,10}(?:重|斤|公斤|箱|桶|袋|筐|货|水泥|砖)|"
                          r"(?:几十|[二三四五六七八九]十多?|[0-9]{2,3})\s*(?:多)?(?:斤|公斤)|"
                          r"\b(?:lift|carry|carrying|lifting)\b[^.?!]{0,30}\b(?:heavy|kg|boxes|crates|sacks)\b",
                          re.IGNORECASE),
               "women/pregnancy_prohibited_work", lambda facts: facts.has("pregnancy_period"),
               re.compile(r"^women/(?:pregnancy_prohibited_work|pregnant_lighter_work)$"), asked=True),
    # ... or asking for lighter or other work (可以要求换个轻松点的活吗, can I ask for lighter duties): on a doctor's certificate
    # the employer must lighten it (女职工劳动保护特别规定第六条), whatever leads (her checks, her leave).
    _WordsPart(_InAQuestion(re.compile(r"(?:换|调)(?:个|到|去)?[^。？?！!]{0,6}(?:轻松|轻一点|轻点|轻的|别的|其他)[^。？?！!]{0,4}"
                                       r"(?:活|岗|工作|岗位|工种)|减轻[^。？?！!]{0,4}(?:工作量|活|劳动)|"
                                       r"\blighter (?:work|duties|job|tasks)\b", re.IGNORECASE)),
               "women/pregnant_lighter_work", lambda facts: facts.has("pregnancy_period") and not facts.has("dismissed"),
               re.compile(r"^women/(?:pregnancy_prohibited_work|pregnant_lighter_work)$"), asked=True),
    # Whether arbitration costs money, asked (仲裁要交钱吗, 申请仲裁收不收费, does arbitration cost anything): it is free.
    _WordsPart(_InAQuestion(re.compile(r"仲裁[^。？?！!]{0,8}(?:要|需要|得|用)?(?:交|花|收|付|出)(?:多少)?(?:钱|费)|"
                                       r"仲裁[^。？?！!]{0,8}(?:收不收费|收费吗|要钱吗|费用|花钱|多少钱)|"
                                       r"\b(?:arbitration|arbitrate)\b[^.?]{0,30}\b(?:cost|fees?|free|pay for)\b|"
                                       r"\b(?:cost|fees?|pay)\b[^.?]{0,30}\b(?:arbitration|arbitrate)\b", re.IGNORECASE)),
               "procedure/arbitration_is_free", lambda facts: not facts.has(*_NO_LABOUR_DISPUTE),
               re.compile(r"^procedure/(?:arbitration_is_free|arbitration_how_it_works)$"), asked=True),
    # ... asked as a question of its own after the arbitration is named (我想申请劳动仲裁…要不要交钱？)
    # (not after a court named: 我还要去法院再告一遍吗？要不要交钱？ asks what a court costs)
    _WordsPart(re.compile(r"仲裁(?:(?!法院|起诉|执行)[^。]){0,40}?[，,？?]\s*(?:那)?(?:要不要|需不需要|用不用)(?:交|花|出)钱"),
               "procedure/arbitration_is_free", lambda facts: not facts.has(*_NO_LABOUR_DISPUTE),
               re.compile(r"^procedure/(?:arbitration_is_free|arbitration_how_it_works)$"), asked=True),
    # How long arbitration takes, asked (多久能出结果, 仲裁要多长时间): 45 days from acceptance, 15 more at most
    # (调解仲裁法第四十三条).
    _WordsPart(_InAQuestion(re.compile(r"(?:多久|多长时间|多少天|几个月)(?:能|才能|可以|会)?(?:出|有|拿到|下)(?:来)?(?:结果|裁决)|"
                                       r"(?:仲裁|裁决)[^。？?！!]{0,8}(?:要|需要|得)?(?:多久|多长时间)|"
                                       r"\bhow long (?:does|will|would) (?:the )?arbitration take\b", re.IGNORECASE)),
               "procedure/arbitration_timeline", lambda facts: not facts.has(*_NO_LABOUR_DISPUTE),
               re.compile(r"^procedure/(?:arbitration_timeline|arbitration_how_it_works|award_overdue_sue_directly)$"),
               asked=True),
    # What to bring to apply, asked (仲裁要准备什么材料, 需要带哪些东西, what documents do I need to file): the written
    # application with a copy for each respondent, the ID and the evidence (调解仲裁法第二十八条).
    _WordsPart(_InAQuestion(re.compile(r"(?:准备|带|提交|交|需要|要)(?:些)?(?:什么|哪些|啥)(?:样的)?(?:材料|资料|东西|手续|文件)|"
                                       r"(?:材料|资料|手续)[^。？?！!]{0,6}(?:有哪些|要哪些|是什么|要什么)|"
                                       r"\bwhat (?:documents|papers|paperwork|materials)\b[^.?]{0,30}\b(?:need|bring|file|submit|prepare)",
                                       re.IGNORECASE)),
               "procedure/arbitration_application_materials",
               lambda facts: not facts.has(*_NO_LABOUR_DISPUTE, "injured", "occupational_disease", "death"),
               re.compile(r"^procedure/(?:arbitration_application_materials|arbitration_how_it_works)$"), asked=True),
    # Retaliation feared for claiming (想一起去要加班费…会不会被报复开掉): unlawful, and a dismissal for it is an unlawful
    # one; not for a harassed worker (her own rule) nor a pregnant one (the pregnancy bar).
    _WordsPart(re.compile(r"(?:仲裁|投诉|举报|维权|告|讨薪|讨要|去要|一起要|要(?:加班费|工资|钱|补偿))[^。]{0,40}?"
                          r"(?:会不会|怕|担心|害怕)[^。？?！!]{0,8}(?:(?:被)?(?:打击报复|报复|穿小鞋|找茬|开掉|开除|辞退)|被退回)|"
                          # 举报了被开除怎么办: the dismissal for it asked about
                          r"(?:举报|投诉|仲裁|维权)(?:了|后|之后)?[^。？?！!]{0,4}(?:被|就|要是被|如果被)(?:开除|辞退|开掉|炒|报复)"
                          r"[^。？?！!]{0,4}(?:怎么办|咋办|吗|？|\?)"),
               "procedure/retaliation_for_complaint",
               lambda facts: not facts.has("harassment", "pregnant", "pregnancy_period", "nursing", "dismissed", "injured"),
               re.compile(r"^(?:procedure/retaliation_for_complaint|women/harassment_complaint_retaliation|"
                          r"overtime_hours/dismissed_for_refusing_overtime)$"), asked=True),
    # A harassed worker punished for refusing or reporting it (我拒绝再给他当球童，主管就停了我一周的排班).
    # (跟区域经理反映过…转头就把我调成了全是夜班; the captain: "if I tell anyone my contract isn't renewed")
    _WordsPart(re.compile(r"(?:拒绝|投诉|举报|告诉|反映|跟(?:主管|领导|经理|老板|班长)说)[^。？?]{0,30}?(?:停了我|不给我排|不排(?:我的?)?班|"
                          r"停(?:了)?(?:我)?(?:的)?(?:排班|工作)|扣(?:了)?我|调(?:了)?我的?岗|把我调|开除|辞退|辞了我|开了我|报复|不续)|"
                          r"\bif (?:i|we) (?:tell|report|complain)[^.?!]{0,60}?(?:not (?:be )?renewed|isn'?t renewed|won'?t (?:be )?renew|"
                          r"fire|lose (?:my|our) jobs?|transfer)|"
                          r"\b(?:after|since) (?:i|we) (?:reported|complained|told hr)[^.?!]{0,60}?(?:fired|transferred|moved me|"
                          r"not renew|cut my|night shifts?)|"
                          # ... or afraid of it (不敢跟老板说，怕丢工作; 不然让你走人): what a punishment for refusing or reporting is
                          r"(?:不敢|怕|担心|害怕)[^。？?！!]{0,12}(?:丢(?:了)?(?:工作|饭碗)|被(?:开|辞|炒|赶走|报复)|没(?:了)?工作|穿小鞋)|"
                          r"不然(?:就)?让(?:你|我)走人|\bafraid (?:of losing|to lose|I'?ll lose) (?:my|the) job\b", re.IGNORECASE),
               "women/harassment_complaint_retaliation", lambda facts: facts.has("harassment"),
               re.compile(r"^women/harassment_complaint_retaliation$")),
    # Where and how a suspected occupational disease is diagnosed, asked beside being pushed out (职业病诊断是不是要厂里同意
    # 才能做): at a qualified institution of the worker's choosing, the employer's consent not needed (职业病防治法第四十四条).
    # (any question on the diagnosis itself: 能回老家诊断吗, 没有这些材料能做职业病诊断吗; not 诊断期间能开除我吗)
    _WordsPart(_InAQuestion(re.compile(r"诊断(?!期间|的?时候|出来|以后|之后|阶段|前)|"
                                       r"\b(?:where|how) (?:do|can|should) i get (?:diagnosed|a diagnosis)\b", re.IGNORECASE)),
               "injury/occupational_disease_diagnosis",
               lambda facts: facts.has("occupational_disease") and not facts.has("disease_diagnosed"),
               re.compile(r"^injury/occupational_disease_diagnosis$"), asked=True,
               # (its exclusions send an ending to the bar on ending it, which leads already)
               ignoring=frozenset({"asked_to_sign", "dismissed"})),
    # ...or the employer refusing the papers the diagnosis asks for (不给开工作证明，也不给检测资料): the diagnosis goes on
    # from the worker's own account and the clinical findings (职业病防治法第四十八条), wherever it is told
    _WordsPart(re.compile(r"不(?:给|肯|愿意?|让)(?:我)?(?:开|出|出具|提供)?[^。？?！!，,]{0,6}(?:工作证明|证明|检测|资料|材料|报告|职业史|"
                          r"劳动合同)|\b(?:refuses?|won'?t|will not|doesn'?t) (?:give|provide|hand over)[^.?!]{0,30}"
                          r"(?:records|proof|documents|monitoring|test results)", re.IGNORECASE),
               "injury/occupational_disease_diagnosis",
               lambda facts: facts.has("occupational_disease") and not facts.has("disease_diagnosed"),
               re.compile(r"^injury/occupational_disease_diagnosis$"),
               ignoring=frozenset({"asked_to_sign", "dismissed"})),
    # A pregnant worker's pay or commission cut, asked about beside her contract (提成从30%降成15%…提成降了能要回来吗):
    # the employer may not cut her pay for the pregnancy (妇女权益保障法第四十八条), whatever leads.
    # (not the maternity allowance below the wage, 发多少: no cut)
    _WordsPart(_InAQuestion(re.compile(r"(?:提成|工资|底薪|奖金|绩效|待遇|薪水)[^。？?！!]{0,12}(?:降|减|砍|扣(?:了|掉|我)|少(?:发|给))|"
                                       r"\b(?:pay|salary|wages?|commission|bonus)\b[^.?!]{0,20}\b(?:cut|reduced|lowered)\b",
                                       re.IGNORECASE)),
               "women/pregnancy_pay_cut_demotion", lambda facts: facts.has("pregnancy_period"),
               re.compile(r"^women/(?:pregnancy_pay_cut_demotion|pregnant_pushed_out_unpaid|"
                          r"return_after_maternity_leave_demoted)$"), asked=True),
    # An injured worker's pay docked for the days off to heal (休了10天，公司把这10天工资全扣了): the treatment period keeps
    # the full pay (工伤保险条例第三十三条), whatever leads (whether it is an injury at work, who applies).
    _WordsPart(re.compile(r"(?:休|歇|养伤|请假|在家)(?:了)?[^。；;？?]{0,8}(?:天|周|星期|礼拜|个月)[^。；;？?]{0,16}?(?:工资|钱)[^。；;？?]{0,6}?"
                          r"(?:全|都)?(?:给)?(?:扣|没发|不发|不给|停)|"
                          r"(?:扣|停)(?:了)?(?:我)?(?:养伤|休息|请假|休养)(?:期间|那几天|这几天)?(?:的)?工资"),
               "injury/treatment_period_wages",
               lambda facts: facts.has("injured") and not facts.has("household_employer", "death"),
               re.compile(r"^injury/(?:treatment_period_wages|benefits_\w+|no_injury_insurance_employer_pays)$")),
    # More than the wages owed asked for (拖欠工资能要双倍？除了工资能不能多要点): not doubled of itself; 50–100% more only after
    # a labour inspector's order to pay is ignored (劳动合同法第八十五条), whatever leads (claiming together).
    _WordsPart(_InAQuestion(re.compile(r"(?:拖欠|欠)(?:的)?(?:工资|工钱)[^。？?！!]{0,8}(?:双倍|两倍|翻倍|加倍)|"
                                       r"(?:除了|除开)(?:工资|工钱|欠的钱)[^。？?！!]{0,8}(?:多要|还能要|额外|另外)|"
                                       r"\b(?:double|extra|additional) (?:pay|compensation|damages)\b[^.?!]{0,20}\b(?:unpaid|late) "
                                       r"(?:wages|pay)\b", re.IGNORECASE)),
               "arrears/arrears_extra_compensation",
               lambda facts: facts.has("wage_owed") and not facts.has("no_written_contract"),
               re.compile(r"^arrears/(?:arrears_extra_compensation|official_order_ignored)$"), asked=True),
    # Whether a dispatched worker may be kept on the main line for years, asked (派遣工能在主线上一干3年吗): only temporary,
    # auxiliary or substitute posts, ten per cent of the workforce at most (劳动合同法第六十六条), whatever leads (equal pay).
    _WordsPart(_InAQuestion(re.compile(r"(?:能|可以|能不能|可不可以)[^。？?！!]{0,12}(?:一直|长期|一干|干)[^。？?！!]{0,6}"
                                       r"(?:[0-9一二两三四五六七八九十]+\s*(?:多)?年|多久|这么久|这么多年)|"
                                       r"(?:主线|主业|主营|核心岗位|正式岗位|固定岗位)[^。？?！!]{0,10}(?:用|能用|可以用|一直用)?派遣|"
                                       r"\b(?:how long|years?)\b[^.?!]{0,30}\b(?:dispatch|agency) (?:worker|staff)\b", re.IGNORECASE)),
               "dispatch/dispatch_allowed_posts", lambda facts: facts.has("dispatched"),
               re.compile(r"^dispatch/(?:dispatch_allowed_posts|fake_outsourcing)$"), asked=True),
    # An injured worker told that without a contract they are nobody's worker (老板说我没签合同不算他的工人): a de facto labour
    # relation counts for recognition, confirmed by arbitration if denied, whatever leads (who pays, who applies).
    _WordsPart(re.compile(r"(?:没签|没有|未签)(?:劳动)?合同[^。；;？?]{0,8}?(?:不算|不是)(?:他|他们|我们|公司|厂里|单位)?(?:的)?"
                          r"(?:工人|员工|职工|人)|\bno (?:written )?contract\b[^.?!]{0,30}\bnot (?:their|his|her|an?) "
                          r"(?:employee|worker|staff)\b", re.IGNORECASE),
               "injury/no_contract_confirm_relation",
               lambda facts: facts.has("injured") and not facts.has(*_OUTSIDE_EMPLOYER_INSURANCE, "household_employer"),
               re.compile(r"^injury/no_contract_confirm_relation$|^labor_relation/")),
    # A worker whose occupational disease is suspected told to pay for the diagnosis or go (看病的钱自己出，不行就别干了): the
    # employer bears the diagnosis's costs and may not end the job meanwhile (职业病防治法第五十五条), whatever leads.
    _WordsPart(re.compile(r"(?:钱|费|费用)[^。，,；;]{0,6}?自己(?:出|掏|付|承担)|(?:不行|不愿意|不想干)(?:就)?(?:别|不要)干了|"
                          r"(?:让|叫)(?:我|她|他)(?:走人|滚|别干|回家)|(?:不干|不行)就(?:走|滚)"),
               "dismissal/suspected_occupational_disease_dismissal",
               lambda facts: facts.has("occupational_disease") and not facts.has("disease_diagnosed", "resigned"),
               re.compile(r"^dismissal/(?:suspected_occupational_disease_dismissal|exit_health_check_dismissal)$")),
    # Whether the employer may go to court too, asked by a worker with an award (裁决书…馆里会不会也去告我): a final award
    # it may only ask to set aside, a non-final one it may sue over within 15 days (调解仲裁法第四十七至四十九条).
    _WordsPart(re.compile(r"(?:裁决|award)[\s\S]{0,200}?(?:公司|单位|老板|厂里|馆里|店里|园里|对方|他们|医院|学校)"
                          r"[^。？?！!]{0,6}(?:会不会|能不能|可不可以|还能|也能|也会)(?:也)?(?:去)?(?:告|起诉|上诉)|"
                          r"\baward\b[\s\S]{0,200}?\b(?:can|could|will|would) (?:the (?:company|employer)|they|my (?:boss|employer)) "
                          r"(?:also )?(?:sue|appeal|go to court)\b", re.IGNORECASE),
               "procedure/employer_challenges_award", lambda facts: True,
               re.compile(r"^procedure/(?:employer_challenges_award|final_award|mixed_award_non_final)$"), asked=True),
    # Whether being a foreigner changes anything, asked by one with a work permit (does it matter that I'm a foreigner?): an
    # employee like anyone (解释（二）第四条), whatever leads (the dismissal).
    _WordsPart(_InAQuestion(re.compile(r"\b(?:does|would|will) (?:it|that) (?:matter|make a difference|change anything)\b"
                                       r"[^.?!]{0,30}\b(?:foreigner|foreign|not chinese|expat)|"
                                       r"\bas a foreigner\b|(?:我是|作为)外国人[^。？?！!]{0,10}(?:有没有|会不会|有什么)?(?:影响|区别|不一样)",
                                       re.IGNORECASE)),
               "labor_relation/foreign_worker_with_permit", lambda facts: facts.has("foreigner") and facts.has("work_permit"),
               re.compile(r"^labor_relation/foreign_worker_\w+$"), asked=True,
               # (its exclusions send a dismissal or an injury to their own rules, which lead already)
               ignoring=frozenset({"dismissed", "injured", "documents_withheld", "service_period"})),
    # The nursing time asked about beside the leave (回去以后喂奶有没有时间？): an hour a day in working time, more for twins,
    # until the child is one (女职工劳动保护特别规定第九条), whatever leads (the maternity allowance, the leave's days).
    _WordsPart(_InAQuestion(re.compile(r"(?:喂奶|哺乳|吸奶|背奶)[^。？?！!]{0,10}(?:时间|假|有没有|能不能|可不可以)|"
                                       r"\b(?:nursing|breast-?feeding|pumping) (?:time|breaks?|hours?)\b", re.IGNORECASE)),
               "women/nursing_protections", lambda facts: not facts.has("dismissed", "household_employer"),
               re.compile(r"^women/(?:nursing_protections|nursing_room_facilities)$"), asked=True),
    # Overtime or night shifts while nursing, asked about (休完产假回来还要喂奶，这些加班我能拒绝吗).
    _WordsPart(_InAQuestion(re.compile(r"(?:喂奶|哺乳|母乳)[^。？?！!]{0,24}(?:加班|夜班|晚班)|(?:加班|夜班|晚班)[^。？?！!]{0,24}"
                                       r"(?:喂奶|哺乳期)")),
               "women/nursing_protections", lambda facts: True, re.compile(r"^women/nursing_protections$"), asked=True),
    # Night shifts in pregnancy, asked about (怀孕4个多月…我以后能不能不上晚班): barred from the seventh month; before it,
    # lighter work on a doctor's note.
    _WordsPart(_ASKS_OFF_NIGHT_SHIFTS, "women/late_pregnancy_no_night_overtime", lambda facts: facts.has("late_pregnancy"),
               re.compile(r"^women/late_pregnancy_no_night_overtime$"), asked=True),
    # Night shifts from the seventh month asked ahead (怀孕6个月了…我7个月以后还要上夜班吗): barred from then on
    # (女职工劳动保护特别规定第六条), whatever month she is in now.
    _WordsPart(_InAQuestion(re.compile(r"(?:7|七)个(?:多)?月(?:以后|之后|后|以上|起)[^。？?！!]{0,12}(?:夜班|晚班|加班)|"
                                       r"(?:seven|7) months\b[^.?!]{0,30}\b(?:night shifts?|overtime)", re.IGNORECASE)),
               "women/late_pregnancy_no_night_overtime", lambda facts: facts.has("pregnant"),
               re.compile(r"^women/late_pregnancy_no_night_overtime$"), asked=True,
               ignoring=frozenset({"early_pregnancy"})),
    # The worker's own information made public, and whether the employer can be sued asked (我能告公司吗), beside a threat
    # that leads with safety: the disclosure's unlawfulness and the claims against whoever posted it.
    _WordsPart(_InAQuestion(re.compile(r"(?:能|可以|能不能|可不可以)(?:去)?(?:告|起诉)(?:公司|单位|老板|他们|店里|物业)|"
                                       r"\bcan i (?:sue|take (?:them|the company) to court)", re.IGNORECASE)),
               "privacy/doxxing_worker", lambda facts: facts.has("info_disclosed"),
               re.compile(r"^privacy/(?:doxxing_worker|salary_or_data_leaked|private_chats_read_or_posted|blacklist)$"),
               asked=True),
    # A contract running out in pregnancy, maternity or nursing, told beside another harm (合同明年6月到期，暗示到期就不续了):
    # it is extended until the nursing period ends (劳动合同法第四十五条), whatever leads.
    _WordsPart(re.compile(r"合同[^。？?！!]{0,14}到期|到期[^。？?！!]{0,4}不(?:再)?(?:给我|跟我|和我)?续|不(?:再)?(?:给我|跟我|和我)?续(?:签|约)|"
                          r"\b(?:won'?t|will not|not) (?:be )?renew|contract (?:ends|expires|runs out)", re.IGNORECASE),
               "women/contract_expiry_pregnancy_extended",
               lambda facts: facts.has("pregnancy_period", "maternity_leave", "nursing") and not facts.has("miscarriage"),
               re.compile(r"^women/contract_expiry_pregnancy_extended$")),
    # (pregnant now: not a mother back from maternity leave who asks off night shifts to nurse)
    _WordsPart(_ASKS_OFF_NIGHT_SHIFTS, "women/pregnant_lighter_work",
               lambda facts: facts.has("pregnant") and not facts.has("late_pregnancy"),
               re.compile(r"^women/(?:pregnant_lighter_work|late_pregnancy_no_night_overtime)$"), asked=True),
    # A paper signed on leaving that all is settled (离职单上有一句'加班费已全部结清，无任何争议'，不签不给结工资), beside a
    # waiver signed at hiring: binding unless signed under pressure, by mistake or grossly unfair (解释（一）第三十五条),
    # unlike the waiver, whatever leads.
    _WordsPart(re.compile(r"(?:离职单|离职协议|离职表|离职申请|交接表|交接单|确认书|确认单|结算单)[^。？?！!]{0,24}?"
                          r"(?:已(?:全部|经)?(?:结清|付清|支付完毕)|无任何争议|无争议|再无纠纷|两清|互不追究)|"
                          r"(?:加班费|工资)(?:已|都已|已经)(?:全部)?(?:结清|付清)[^。？?！!]{0,6}(?:无任何争议|无争议|两清)"),
               "overtime_hours/settlement_signed_on_leaving", lambda facts: True,
               re.compile(r"^(?:overtime_hours/settlement_signed_on_leaving|dismissal/(?:settlement|mutual_termination)_)"),
               asked=True),
    # An ending on the objective-change ground told (依据劳动合同法40条第3项…跟我解除, 岗位没了, 外包出去) beside another lead (a
    # merger's tenure, the near-retirement bar): negotiation first, or it is unlawful (劳动合同法第四十条第三项), whatever leads.
    _WordsPart(re.compile(r"(?:劳动合同法)?(?:第)?(?:40|四十)条(?:第)?(?:3|三)(?:项|款)|客观情况(?:发生)?(?:了)?(?:重大)?变化|"
                          r"岗位(?:没了|没有了|撤(?:销|掉)?了|被?撤销|取消了|被取消)|(?:外包|承包)出去"),
               "dismissal/objective_change_dismissal",
               lambda facts: facts.has("dismissed") and not facts.has("household_employer", "retired_pensioner",
                                                                      "part_time"),
               re.compile(r"^dismissal/(?:objective_change_dismissal|relocation_\w+|pregnancy_dismissal_bar|"
                          r"medical_period_dismissal|mass_layoff_procedure)$")),
    # How long arbitration takes, asked beside where to apply or what it costs (从申请到出结果大概多久？仲裁要多长时间):
    # 45 days from acceptance, 15 more at most (劳动争议调解仲裁法第四十三条), whatever leads.
    _WordsPart(_InAQuestion(re.compile(r"(?:仲裁|申请|立案|开庭)[^。？?！!，,]{0,12}?(?:出结果|出裁决|裁决下来|判下来|结案|有结果)"
                                       r"[^。？?！!]{0,6}?(?:多久|多长时间|几个月|多少天)|"
                                       r"仲裁[^。？?！!，,]{0,4}(?:要|得|需要|大概|一般)?(?:多久|多长时间|几个月)(?:才|能)?(?:出|有|结)|"
                                       r"\bhow long (?:does|will|would) (?:the |an |labou?r )?arbitration (?:take|last)",
                                       re.IGNORECASE)),
               "procedure/arbitration_timeline", lambda facts: True,
               re.compile(r"^procedure/arbitration_timeline$"), asked=True),
)
# (also a verdict on lawfulness with its short reason, 不合法，这是打击报复。: said to a worker who only fears the punishment)
_UNASKED_YES_NO = re.compile(r"^(?:能|可以|不能|是|不是|Yes|No|(?:不)?合法(?:[，,][^。，,]{0,8})?)[。.!！]\s*")
# What a death at work leads with when no rule written for one matched (the family's benefits and how to claim).
_DEATH_BENEFITS = "injury/death_benefits"


@dataclass(slots=True)
class Grounding:
    """The retrieval result and the matched rules, best first."""

    result: SearchResult
    matches: list[RuleMatch] = field(default_factory=list)

    @property
    def rule(self) -> Rule | None:
        """The rule the answer leads with: the best trusted match among those close to the best one."""
        if not self.matches:
            return None
        best = self.matches[0].score
        return next((m.rule for m in self.matches[:3] if m.confident and _near(m.score, best, 0.15)), None)

    @property
    def alternative(self) -> Rule | None:
        """A second confident rule of the same topic with another conclusion (the worker's situation may
        be that one instead), shown after the main answer."""
        lead = self.rule
        if lead is None:
            return None
        for m in self.matches:
            close = _near(m.score, self.matches[0].score, 0.1)
            if m.rule is not lead and m.confident and m.rule.topic == lead.topic and close:
                return m.rule
        return None


# The facts a part rests on: quitting with compensation over wages or insurance unpaid is no part of an answer whose
# message tells neither (the part model reads wording; "多发半个月工资" to sign a resignation is no arrears).
_PART_NEEDS = {
    "dismissal/resign_for_unpaid_wages": ("wage_owed",),
    "dismissal/resign_for_no_social_insurance": ("no_social_insurance", "low_contribution_base"),
}


def _another_answer(lead: Rule, other: Rule) -> bool:
    """Whether ``other`` answers something besides what ``lead`` says, rather than repeating it or stating the
    other side of the same question: not when it rests on the same decisive article (视同工伤 within 48 hours
    and 不算 after them both rest on 工伤保险条例第十五条), and not when the facts decide between the two (one
    names the other as the rule that applies instead: a commuting accident not the worker's fault, or one that
    was)."""
    if (lead.cites[0].law, lead.cites[0].article) == (other.cites[0].law, other.cites[0].article):
        return False
    if (lead.civil_route or _injury_recognition(lead)) and _arbitration_route(other):
        # a freelancer's unpaid fee goes to court, an injury is recognised by the social-insurance bureau: how to apply
        # for labour arbitration in time is not what they asked
        return False
    if lead.civil_route and (_injury_recognition(other) or (other.topic in ("injury", "arrears")
                                                            and not other.civil_route)):
        # outside a labour relation there is no work-injury recognition, nor its benefits, to claim; nor a labour
        # inspector's order to pay wages (a foreigner working without a permit sues for the pay, and a complaint to an
        # authority exposes the illegal work)
        return False
    if _on_an_award(lead) and _on_an_award(other):
        # who may go to court over an award, and when: one answer, told from the asker's side ("可以起诉，但要15日内"
        # beside "the employer cannot sue over a final award" reads as a contradiction)
        return False
    if lead.key == "arrears/asking_for_wages_not_a_crime" and other.key == "arrears/refusal_to_pay_crime_conditions":
        # whether the worker asking for wages can be arrested, not whether the boss's refusal is a crime: "要满足条件"
        # beside "依法讨薪不会被抓" answers a question nobody asked
        return False
    if lead.key.startswith("contract/non_compete") and other.key == "contract/penalty_clause_invalid":
        # a non-compete's penalty is one of the two a contract may carry: "不用付（…竞业限制除外）" beside whether the
        # non-compete binds reads as a yes to paying it
        return False
    return not (any(ex.instead == other.key for ex in lead.excludes)
                or any(ex.instead == lead.key for ex in other.excludes))


# Facts that tell of an award already (the employer suing over one, one won and unpaid, one told as non-final).
_AN_AWARD_FLAGS = ("award_challenged", "award_contested", "award_won", "non_final_award")
_AWARD_ARTICLES = frozenset({("中华人民共和国劳动争议调解仲裁法", article) for article in ("47", "48", "49", "50")})


def _on_an_award(rule: Rule) -> bool:
    """Whether the rule's decisive article is one on challenging an arbitration award (调解仲裁法第四十七至五十条)."""
    return (rule.cites[0].law, rule.cites[0].article) in _AWARD_ARTICLES


def _injury_recognition(rule: Rule) -> bool:
    """Whether the rule is about applying for work-injury recognition (its own time limit, 工伤保险条例第十七条)."""
    return rule.calculator == "injury_application_deadline" or any(
        (c.law, c.article) == ("工伤保险条例", "17") for c in rule.cites)


# Workers whose claims are no labour dispute (解释（一）第二条第四、六项): household employers, craftsmen, farm households.
_NO_LABOUR_DISPUTE = ("household_employer", "craft_or_farm_employer")

# Rules about a paper that was never signed need the message to speak of one: a worker who stopped going in and is
# refused the last two months' pay (11月12号以后就没再去上班了…工资不给了) told nothing about a contract, so the
# double wages for an unsigned one are no answer to them, however near the wording of the rules' situations.
_NEEDS_WORDS = (
    # a third party who caused the injury told (撞, 打, 对方, 客人): not a pipe that burst at work
    (re.compile(r"^injury/third_party_both_claims$"),
     re.compile(r"对方|肇事|撞|打|砸|砍|捅|咬|推|司机|车主|第三人|第三方|客人|顾客|家属|病人|别人|他人|路人|保险公司|交警|车祸|"
                r"\b(?:other (?:driver|party|car|vehicle)|third party|hit (?:me|him|her)|attack\w*|assault\w*|customer|patient|"
                r"driver|car|crash\w*|collision)\b", re.IGNORECASE)),
    (re.compile(r"^contract/unsigned_contract_"),
     re.compile(r"合同|签|协议|书面|\b(?:contracts?|signed|sign|agreement|paperwork|in writing)\b", re.IGNORECASE)),
    # a statutory holiday's time off in lieu: a holiday named (not weekends worked with "no day off in exchange")
    (re.compile(r"^overtime_hours/holiday_(?:time_off_instead_of_pay|overtime_pay)$"),
     re.compile(r"节假日|法定假|国庆|春节|过年|除夕|初一|初二|初三|五一|劳动节|十一|元旦|中秋|端午|清明|节日|\b(?:public|statutory|"
                r"national) holidays?\b|\bholiday|\bnew year|spring festival|national day|may day|mid-autumn|"
                r"\b(?:oct(?:ober)?\.? ?[1-3](?:st|nd|rd)?\b|jan(?:uary)?\.? ?1(?:st)?\b|may\.? ?1(?:st)?\b)|10月[1-3]|"
                r"dragon boat|qingming", re.IGNORECASE)),
    # a dismissal for refusing overtime: overtime named (not "说我不服从安排" alone)
    (re.compile(r"^overtime_hours/(?:dismissed_for_refusing_overtime|refuse_overtime)$"),
     re.compile(r"加班|加点|加练|延长工作时间|超时|夜班|周末|休息日|不休息|没(?:有)?休息|(?:干|做|上|练)到(?:晚上|夜里|半夜|凌晨)|"
                r"连(?:着|续)[^。？?！!]{0,4}(?:天|个月)|\b(?:overtime|extra hours|stay (?:late|tonight|on)|weekends?|night shifts?)\b",
                re.IGNORECASE)),
    # wages owed after leaving or while at work: pay told as unpaid, short, late or held back (not a dismissed worker
    # "given one month's pay" and sent off: 说订单少了…就把我辞了，只给了一个月工资 asks about the dismissal)
    (re.compile(r"^arrears/wage_arrears_(?:after_leaving|still_employed)$"),
     re.compile(r"欠|没发|没给|没结|不给|不发|不结|未发|未付|没付|拖|扣|少发|少给|只发|发成|没拿到|拿不到|没到账|结清|结算|结账|结工资|"
                r"\b(?:unpaid|owes?|owed|owing|late|delay(?:ed|s)?|arrears|outstanding|withh[eo]ld(?:ing)?|supposed to come)\b|"
                r"(?:not|never) (?:been )?paid|(?:haven'?t|hasn'?t|didn'?t|won'?t|doesn'?t) (?:been )?pa(?:y|id)|last salary",
                re.IGNORECASE)),
    # double wages asked of a liable contractor: a gang boss, a subcontract or a borrowed name told (not any worker
    # without a contract asking for double wages)
    (re.compile(r"^labor_relation/liable_contractor_double_wages$"), _LIABLE_CONTRACTOR),
    # whether asking for wages gets the worker arrested: the worker's own arrest feared, not the boss's sought ("能报警抓老板吗"
    # is the crime rule's)
    (re.compile(r"^arrears/asking_for_wages_not_a_crime$"), _OWN_ARREST),
    # a workplace moving away that those who will not follow are told they have left: a move told
    (re.compile(r"^dismissal/relocation_refusers_called_resigned$"),
     re.compile(r"搬|迁|异地|外地|外省|外市|[0-9一二两三四五六七八九十百]+多?(?:公里|km)|\b(?:mov\w+|relocat\w+)\b", re.IGNORECASE)),
    # the worker's own chats or messages read or posted: not the shop's camera stills posted to the staff group
    (re.compile(r"^privacy/private_chats_read_or_posted$"),
     re.compile(r"聊天|私信|短信|朋友圈|相册|私人(?:手机|电脑|微信)|手机里|微信记录|日记|\b(?:chats?|messages?|texts?|DMs?|"
                r"WeChat|photos? on my phone|private (?:phone|account))\b", re.IGNORECASE)),
)


# A written contract told as signed (合同是跟餐饮公司签的, 签了劳动合同, signed a contract), with nothing told of a contract
# missing, lapsed or unrenewed: the rules on double wages for an unsigned contract do not answer it.
_SIGNED_CONTRACT = re.compile(r"合同是(?:跟|和|与)[^，。,；]{1,12}签的|(?:签了|签过|签订了|订立了)(?:书面|劳动)*合同|"
                              r"\b(?:i|we) (?:have |had )?signed (?:a|the|my|our) (?:(?:labou?r|employment|written) )*contract",
                              re.IGNORECASE)
_CONTRACT_GAP = re.compile(r"没签|未签|没有签|(?:不|没)(?:跟|和|给|与)?(?:我们?)?签(?:书面|劳动)?合同|没(?:有)?(?:书面|劳动)?合同|续签|续订|到期|补签|倒签|空白|没给我|只签了?一份|"
                           r"\bno (?:written )?contract|never signed|didn'?t sign|not signed|expired|renew", re.IGNORECASE)


# Rules a message's words rule out (the rule's keys, the words that bar it, the words that lift the bar).
_BARRED_BY_WORDS = (
    (re.compile(r"^contract/unsigned_contract_"), _SIGNED_CONTRACT, _CONTRACT_GAP),
)


def _words_missing(rule: Rule, text: str) -> bool:
    """Whether the rule is one of ``_NEEDS_WORDS`` and the message has none of its words, or one of
    ``_BARRED_BY_WORDS`` and the message has its barring words without the words that lift the bar."""
    if any(key.match(rule.key) and bars.search(text) and not lifts.search(text) for key, bars, lifts in _BARRED_BY_WORDS):
        return True
    return any(key.match(rule.key) and not words.search(text) for key, words in _NEEDS_WORDS)


def _dismissal_first(matches: list[RuleMatch], profiles: Mapping[str, Mapping[str, float]]) -> list[RuleMatch]:
    """A dismissed worker whose nearest rule fell for want of its words (说订单少了把我辞了，只给了一个月工资: no wages owed)
    with no other rule trusted: the nearest rule written for a dismissal leads (most of its situations tell one: not the
    rule on being pushed out by a pay cut), trusted, since the dismissal is what the message tells (not "没法给出有把握的
    结论")."""
    i = next((i for i, m in enumerate(matches) if m.rule.key.startswith("dismissal/")
              and profiles.get(m.rule.key, {}).get("dismissed", 0.0) >= 0.5), None)
    if i is None:
        return matches
    return [replace(matches[i], confident=True), *matches[:i], *matches[i + 1:]]


def _arbitration_route(rule: Rule) -> bool:
    """Whether the rule is about labour arbitration itself (applying in time, how it runs)."""
    return rule.calculator == "arbitration_deadline" or rule.cites[0].law == ARBITRATION_LAW


# How much nearer in meaning an aside must be than the next rule to keep the lead (the next one is taken otherwise).
_ASIDE_MARGIN = 0.03


# Rules written as the next step of another situation (quitting over a low contribution base, after the base itself):
# when both match, the situation leads and the next step follows it.
_FOLLOWS = {
    "social_insurance/resign_for_low_contribution_base": "social_insurance/low_contribution_base",
}


def _follow_after(matches: list[RuleMatch]) -> list[RuleMatch]:
    """The matches with a next-step rule (``_FOLLOWS``) at their head put after the situation it follows, when that
    situation matched too; it leads as trusted as the next step did."""
    if not matches or (first := _FOLLOWS.get(matches[0].rule.key)) is None:
        return matches
    found = next((m for m in matches[1:] if m.rule.key == first), None)
    if found is None:
        return matches
    lead = replace(found, score=matches[0].score, confident=matches[0].confident or found.confident)
    return [lead, matches[0], *(m for m in matches[1:] if m is not found)]


def _aside_after(matches: list[RuleMatch], query: str) -> list[RuleMatch]:
    """The matches with an aside rule (a plan told beside the question: 堵门拉横幅) moved below the nearest other rule
    when the message asks nothing about the plan itself and that rule is about as near it in meaning: "随便开人可以吗？"
    after "我想去店门口拉横幅" is answered with the dismissal, the plan after it; "想去门口拉横幅，可以吗" with the plan."""
    if len(matches) < 2 or matches[0].rule.aside is None:
        return matches
    if any(matches[0].rule.aside.search(q) for q in asked_outright(query)):
        return matches
    aside = matches[0]
    other = next((m for m in matches[1:4] if m.rule.aside is None), None)
    if other is None or aside.similarity - other.similarity > _ASIDE_MARGIN:
        return matches
    lead = replace(other, score=aside.score, confident=aside.confident or other.confident)
    return [lead, aside, *(m for m in matches[1:] if m is not other)]


# Rules on the worker's status (a foreigner with a permit is an employee like anyone) that lead only when a question asks
# about the status or a claim it decides: the permit told beside a question on something else (IT's screenshots of the
# laptop, a passport scan posted to a group: "Is any of this legal?") is answered by the rule on that, the status after it.
_STATUS_ASKED = {
    "labor_relation/foreign_worker_with_permit": re.compile(
        r"外国人|外籍|老外|劳动法|劳动关系|算不算员工|(?:适用|管)(?:不)?(?:中国)?(?:的)?(?:劳动)?法|社保|养老|\bforeign|\bexpat|labou?r (?:law|"
        r"contract)|contract law|\bemployee\b|employment relation|\bapply to (?:me|us|foreigners)\b|"
        r"\bcovered\b|\bprotected\b|same rights|social (?:insurance|security)|pension|severance|"
        r"double (?:salary|wage|pay)|arbitrat|dismiss|\bfired\b|\bunpaid\b|\bowe|\btrue\b|relationship|"
        r"freelanc|\bclaim|what can i (?:do|ask)|salary|\bwages?\b|\bpay\b|\bpaid\b|工资|补偿|真的吗|是真的|对吗", re.IGNORECASE),
}


def _status_after(matches: list[RuleMatch], query: str) -> list[RuleMatch]:
    """The matches with a status rule (``_STATUS_ASKED``) at their head moved below the next trusted rule when no
    question of the message asks about the status."""
    if len(matches) < 2 or (words := _STATUS_ASKED.get(matches[0].rule.key)) is None or not matches[1].confident:
        return matches
    if any(words.search(q) for q in asked_outright(query)):
        return matches
    return [replace(matches[1], score=matches[0].score), matches[0], *matches[2:]]


# Rules that answer one claim of a situation another rule settles (whether a contractor that answers for the wages owes
# double wages too): they lead only when the message's first question asks that claim; otherwise the next trusted rule
# (who answers for the wages) leads and they follow as another part.
_LEADS_WHEN_ASKED_FIRST = {
    "labor_relation/liable_contractor_double_wages": _DOUBLE_WAGES,
    # (whether asking for wages gets the worker arrested, asked after whether they may claim together)
    "arrears/asking_for_wages_not_a_crime": re.compile(r"抓|拘留|关起来|判刑|坐牢|闹事|寻衅滋事|敲诈|犯法|违法|\barrest|\bdetain|"
                                                       r"\billegal\b", re.IGNORECASE),
}


def _claim_after(matches: list[RuleMatch], query: str) -> list[RuleMatch]:
    """The matches with a rule of ``_LEADS_WHEN_ASKED_FIRST`` at their head moved below the next trusted rule when the
    message's first question asks something else ("我到底算谁的人？…没签合同能不能再要双倍工资？")."""
    if len(matches) < 2 or (words := _LEADS_WHEN_ASKED_FIRST.get(matches[0].rule.key)) is None \
            or not matches[1].confident:
        return matches
    asked = asking_sentences(query)
    if not asked or words.search(asked[0]):
        return matches
    return [replace(matches[1], score=matches[0].score), matches[0], *matches[2:]]


def _far_deadline_after(matches: list[RuleMatch], query: str, facts: Facts) -> list[RuleMatch]:
    """The matches without a rule written for a limit about to run out (its own ``deadline_near``: "马上申请") at their
    head when the worker's own dates put their limit more than 60 days away (离职一年多、今年8月还讨要过: 269 days left);
    the next rule leads, as trusted as it is."""
    if not matches or "deadline_near" not in matches[0].rule.escalate or facts.as_of is None:
        return matches
    ahead = [d for d in deadlines(normalize_text(query), facts, today=facts.as_of) if d.days_left >= 0]
    if not ahead or deadline_is_near(ahead[0].days_left):
        return matches
    return [*matches[1:], matches[0]]


_APPEAL_RULE = "procedure/disagree_with_award"


def _appeal_first(matches: list[RuleMatch], query: str, told: bool, appeal: Rule | None = None) -> list[RuleMatch]:
    """The rule on suing over an award at the head when the worker tells of an award and disputes it (裁决出来了…驳回了，
    我不服，想去法院告): its 15 days run whatever the dispute was about (a platform worker's status); trusted as the
    lead was. ``appeal``, the rule on disagreeing with an award, leads when none of the matches is on one (二倍工资说我超过
    时效不支持，我不服…想去法院告: the claim's own rule is nearer by score than the appeal)."""
    if not matches or not told or not AWARD_DISPUTED.search(normalize_text(query)):
        return matches
    if _on_an_award(matches[0].rule):
        # (the rule on suing over the award is itself nearest: the award told and disputed vouch for it)
        return matches if matches[0].confident else [replace(matches[0], confident=True), *matches[1:]]
    found = next((m for m in matches[1:] if _on_an_award(m.rule) and "deadline_near" in m.rule.escalate), None)
    if found is None and appeal is not None:
        found = RuleMatch(appeal, 0.0, 0.0, 0.0, True, None, {})
    if found is None:
        return matches
    lead = replace(found, score=matches[0].score, confident=True)
    return [lead, *(m for m in matches if m is not found)]


# A dispatched worker's contract ended by the agency (11月5号又发个短信说合同解除了, 当天就跟我解除了合同).
_AGENCY_ENDED_CONTRACT = re.compile(r"(?:短信|通知|说|告诉我)[^。？?]{0,10}(?:劳动)?合同(?:也)?(?:就)?(?:被)?(?:已经|已|自动)?(?:解除|终止|结束)了|"
                                    r"(?:解除|终止)了(?:我的?)?(?:劳动)?合同|(?:解除|终止)(?:我的?)?(?:劳动)?合同了")


# ...or the worker dismissed by it (派遣公司把我辞退了, 劳务公司开除了我).
_AGENCY_DISMISSED = re.compile(r"(?:辞退|开除|解雇|解聘|炒)(?:了)?(?:我|我们)|把(?:我|我们)[^。？?]{0,4}(?:辞退|开除|解雇|解聘|辞|炒|开)(?:了|掉)|"
                               # 发通知说'用工单位退回，劳动合同自动解除'
                               r"(?:通知|说|短信)[^。？?]{0,16}合同(?:自动|已经|已)(?:解除|终止)|"
                               r"\btermination (?:notice|letter)|\b(?:terminated|ended|cancell?ed) (?:my|our|the) "
                               r"(?:labou?r )?contract|\b(?:fired|dismissed|sacked) (?:me|us)\b", re.IGNORECASE)


# Words that say which of two near situations the message is in, when the nearer-scored rule is the other: a probation
# asked again on a renewal is the one-probation rule, not the length cap (续签…还要再试用3个月); a worker benched or
# threatened after rejecting harassment is retaliation, not a dismissal for ranking last (拒绝了之后就不让我上首发).
# (words, the lead they displace, the rule that leads instead, a fact it needs, whether the displaced rule goes too)
_SAID_FIRST = (
    (re.compile(r"再(?:约定|签|搞|来)?(?:一次|一个|个)?试用|又(?:要|让|约定了?)?(?:试用|一个试用期|一次试用期)|重新(?:约定)?试用|"
                r"(?:续签|续订|新合同|调岗|换岗)[^。？?]{0,20}(?:试用期|试用)|\b(?:another|second|new) probation"),
     re.compile(r"^contract/probation_(?:too_long|pay)$"), "contract/probation_repeated_or_only_probation", None, False),
    (re.compile(r"(?:拒绝|不从|不理他|投诉|举报|反映)[^。？?]{0,10}?(?:之后|以后|后|了)(?:就|他)?[^。？?]{0,16}?"
                r"(?:不让|不给|调|降|扣|停|解约|开除|辞退|穿小鞋|冷落|排挤|刁难)"),
     re.compile(r"^dismissal/"), "women/harassment_complaint_retaliation", "harassment", False),
    # a dispatched worker returned and then ended by the agency (11月5号又发个短信说合同解除了, 当天就跟我解除了合同): the
    # agency's termination, not the return (not a termination threatened: 没岗位就跟我解除合同)
    (_AGENCY_ENDED_CONTRACT,
     re.compile(r"^dispatch/dispatch_returned_by_host$"), "dispatch/dispatch_agency_unlawful_termination", "returned_to_agency",
     False),
    # ...and, the other way round, a dispatched worker returned whose contract nobody has ended (派遣公司说没有岗位了，明年三月前
    # 一分钱都没有): what the agency owes while there is no work, not a termination that has not happened
    (re.compile(rf"^(?![\s\S]*(?:{_AGENCY_ENDED_CONTRACT.pattern}|{_AGENCY_DISMISSED.pattern}))", re.IGNORECASE),
     re.compile(r"^dispatch/dispatch_agency_unlawful_termination$"), "dispatch/dispatch_returned_by_host", "returned_to_agency",
     False),
    # a worker never insured who says the unemployment benefit is lost because of it (没给我交社保，所以辞职后失业金也领不到):
    # the loss to claim, not quitting over the missing insurance (already done)
    (re.compile(r"失业(?:金|保险金|救济金)(?:也|都)?(?:领不到|领不了|没法领|不能领|拿不到)|(?:领不到|领不了|没法领|拿不到)失业(?:金|保险金)|"
                r"(?:can'?t|cannot|couldn'?t|unable to) (?:claim|get|draw|receive) (?:any )?unemployment (?:benefits?|insurance)",
                re.IGNORECASE),
     re.compile(r"^dismissal/resign_for_no_social_insurance$"), "social_insurance/no_unemployment_insurance_loss",
     "no_social_insurance", False),
    # an award the employer did not challenge and does not pay (裁决书上写的终局裁决，公司也没去法院撤。可到现在一分没给):
    # enforcement, not what the employer might do against it
    (re.compile(r"(?:公司|单位|老板|厂里|对方)(?:也|都)?(?:没|没有|未)(?:去)?(?:法院)?(?:申请)?(?:撤|撤销|起诉|告)|"
                r"(?:裁决|判决)(?:书)?(?:已经)?生效(?:了)?"),
     re.compile(r"^procedure/(?:employer_challenges_award|final_award)$"), "procedure/enforce_award", None, True),
    # an award that says it is final (裁决书上写着“本裁决为终局裁决”), the employer threatening to sue: it cannot, only apply to
    # set the award aside; not "it depends whether the award is final"
    (re.compile(r"(?:写着|写明|写的是|写了|注明|标明|上面是|就是)[“\"'‘]?(?:本(?:次)?裁决(?:为|是))?终局裁决|"
                r"(?:the )?award (?:says|states) (?:it is|it's) final|marked (?:as )?final", re.IGNORECASE),
     re.compile(r"^procedure/employer_challenges_award$"), "procedure/final_award", None, False),
    # assets being moved and the worker asks how to keep the money safe (冷柜和电子秤也在往外卖…怎么才能保住这笔钱): the steps
    # against the assets first, not how to prove the job or what the arrears are
    (re.compile(r"保住|保全|冻结|追回|(?:怎么|怎样|如何)(?:才能|才可以)?(?:把)?(?:钱|工资|这笔钱)?(?:要回|拿回|要到)|"
                r"\b(?:secure|freeze|recover)\b", re.IGNORECASE),
     re.compile(r"^(?:labor_relation/prove_relation_without_contract|arrears/wage_arrears_(?:still_employed|after_leaving))$"),
     "arrears/employer_moving_assets", "moving_assets", False),
    # a foreigner with a permit told the insurance is not for foreigners (HR told me foreigners don't need to join Chinese
    # social insurance… Is that legal?): the insurance rule answers, not whether the job is employment
    (re.compile(r"foreigners? (?:are|is) exempt|foreigners?[^.?]{0,12}(?:don'?t|do not|doesn'?t|does not|needn'?t) (?:need|have)"
                r"(?: to)?[^.?]{0,20}social insurance|foreigners?[^.?]{0,12}(?:don'?t|do not|needn'?t) (?:need|have) to "
                r"(?:join|pay in|enrol)|外国人[^。？?]{0,6}(?:不用|不需要|不必|不能|免)(?:交|缴|参加|买)?(?:社保|社会保险|五险)",
                re.IGNORECASE),
     re.compile(r"^labor_relation/foreign_worker_with_permit$"), "social_insurance/foreign_worker_social_insurance",
     None, False),
    # a penalty of a non-compete (签了个竞业协议…违约金5万): the exception to the rule that no other penalty binds, with limits
    # of its own (who it may bind, its compensation)
    (re.compile(r"竞业|\bnon-?compete\b", re.IGNORECASE),
     re.compile(r"^contract/penalty_clause_invalid$"), "contract/non_compete_who_and_scope", None, True),
)


# Whether another party can be made to pay, asked (我能不能找驾校要钱, 能不能直接找幕墙公司要, can I claim from the company?).
_ASKS_WHO_ELSE_PAYS = re.compile(r"(?:能不能|可不可以|能|可以|是不是|该不该)(?:直接)?(?:找|向|让)[^。？?！!，,]{1,10}?(?:要|讨|追|赔|付|给)|"
                                 r"\bcan (?:i|we) (?:claim|get (?:it|the money|paid)) from\b", re.IGNORECASE)
# The rules that name the other party liable for the wages (a licence lent, work passed to an individual, a contractor
# without the qualification, a franchise brand).
_OTHER_PARTY_LIABLE = re.compile(r"^labor_relation/(?:licence_lender_liable|illegal_subcontract_contractor_liable|"
                                 r"individual_contracting_joint_liability|franchise_\w+)$")


def _liable_first(matches: list[RuleMatch], query: str) -> list[RuleMatch]:
    """A boss gone and the worker asking whether another party can be made to pay (老周电话关机…我能不能找驾校要钱？):
    the rule naming that party answers the question first, the steps against a vanished boss follow."""
    if len(matches) < 2 or matches[0].rule.key != "arrears/boss_vanished" \
            or not _ASKS_WHO_ELSE_PAYS.search(normalize_text(query)):
        return matches
    liable = next((m for m in matches[1:3] if m.confident and _OTHER_PARTY_LIABLE.match(m.rule.key)), None)
    if liable is None:
        return matches
    return [replace(liable, score=matches[0].score), *(m for m in matches if m is not liable)]


def _near(score: float, best: float, share: float) -> bool:
    """``score`` within ``share`` of the best score's size below it (scores may be log-odds, below 0)."""
    return best - score <= share * abs(best)


class Grounder:
    """Retrieves the law for a question and matches the situation rules, reusing the question's embedding."""

    def __init__(self, retriever: Retriever, rules: RuleIndex | None) -> None:
        self.retriever = retriever
        self.rules = rules  # None: answers quote the law without a rule's conclusion

    def ground(self, query: str, *, analysis: QueryAnalysis | None, facts: Facts, top_k: int = 8) -> Grounding:
        result = self.retriever.retrieve(query, top_k=top_k, analysis=analysis, facts=facts)
        if self.rules is None:
            return Grounding(result, [])
        if self.retriever.rules is self.rules:
            matches = result.rules  # matched once, inside retrieval (the rules' articles are a signal there)
        else:
            matches = self.rules.match(
                query, vector=result.vector, flags=facts.flags, asks=facts.asks, profile=profile_flags(facts),
                topic=result.analysis.topic, articles=[(h.law, h.key) for h in result.hits[:10]], limit=6,
            )
        usable = [replace(m, rule=rule) for m in matches if (rule := self.usable_rule(m.rule)) is not None]
        worded = [m for m in usable if not _words_missing(m.rule, query)]
        # (the trusted lead fell for want of its words)
        unworded = bool(usable) and usable[0].confident and (not worded or worded[0] is not usable[0])
        usable = worded
        if unworded and "dismissed" in facts.flags and usable and not usable[0].confident:
            usable = _dismissal_first(usable, self.rules.profiles)
        if facts.has(*_NO_LABOUR_DISPUTE):
            # a household's helper or a farm household's picker has no labour dispute: no rule about arbitrating one
            usable = [m for m in usable if not _arbitration_route(m.rule)]
        told = award_told(query)  # (read once: the filter below and the appeal's lead both ask)
        if not facts.has(*_AN_AWARD_FLAGS) and not told:
            # no award told (我该去劳动仲裁还是法院？): nothing to take to court within 15 days, nor to set aside
            usable = [m for m in usable if not _on_an_award(m.rule)]
        usable = _follow_after(usable)
        # (looked up only for an award told: not on every message)
        appeal = self.rules.book.get(_APPEAL_RULE) if told else None
        appeal = self.usable_rule(appeal) if appeal is not None and exclusion_for(appeal, facts.flags) is None else None
        if told and facts.ruling_date is not None:
            # an award already made: the year to apply for arbitration is behind the worker (not the lead, not the other
            # situation "如果你的情况是另一种"), the days to sue count now
            usable = [m for m in usable if m.rule.key not in _ARBITRATION_LIMIT_RULES]
        return Grounding(result, _liable_first(self._said_first(self._death_first(_appeal_first(
            _far_deadline_after(_claim_after(_status_after(_aside_after(usable, query), query), query), query, facts), query,
            told, appeal), facts),
            query, facts),
            query))

    def _said_first(self, matches: list[RuleMatch], query: str, facts: Facts) -> list[RuleMatch]:
        """The rule the message's words place it in (``_SAID_FIRST``) at the head, when the rule nearest by score is
        the neighbouring situation's; trusted as the lead was."""
        if not matches or self.rules is None:
            return matches
        text = normalize_text(query)
        for words, displaced, key, needs, drop in _SAID_FIRST:
            if (needs is not None and needs not in facts.flags) or not displaced.match(matches[0].rule.key) \
                    or not words.search(text):
                continue
            rule = self.rules.book.get(key)
            if rule is None or exclusion_for(rule, facts.flags) is not None or (rule := self.usable_rule(rule)) is None:
                continue
            found = next((m for m in matches if m.rule.key == key), None) or RuleMatch(rule, 0.0, 0.0, 0.0, True, None, {})
            gone = matches[0].rule.key if drop else None
            return [replace(found, score=matches[0].score, confident=True),
                    *(m for m in matches if m.rule.key not in (key, gone))]
        return matches

    def _death_first(self, matches: list[RuleMatch], facts: Facts) -> list[RuleMatch]:
        """A death at work is answered first with what the family is owed and how to claim it, whatever else
        the message tells (the wages the boss still owes, the 200,000 he offers for a signature): when the
        leading rule was written for no death, the nearest rule written for one leads (the death benefits when
        none is near), the others follow."""
        if "death" not in facts.flags or self.rules is None or not matches:
            return matches
        profiles = self.rules.profiles
        if not profiles:  # no situation profiles (an index built without the fact reader): nothing to go by
            return matches

        def about_death(rule: Rule) -> bool:
            return profiles.get(rule.key, {}).get("death", 0.0) >= 0.3

        if about_death(matches[0].rule):
            # a rule written for a death, nearest a message that tells one: the death vouches for it
            return matches if matches[0].confident else [replace(matches[0], confident=True), *matches[1:]]
        found = next((m for m in matches if about_death(m.rule)), None)
        if found is None:
            # the death benefits, or where the facts exclude them the rule they give way to, followed to the end (a
            # death after 48 hours: the sudden-illness rule; of heatstroke: the heatstroke rule)
            rule = self.rules.book.get(_DEATH_BENEFITS)
            rule = follow_exclusions(self.rules.book, rule, facts.flags)[0] if rule is not None else None
            rule = self.usable_rule(rule) if rule is not None else None
            if rule is None:
                return matches
            if rule.key == matches[0].rule.key:
                return matches
            found = RuleMatch(rule, matches[0].score, 0.0, 0.0, True, None, {})
        lead = replace(found, score=matches[0].score, confident=True)
        return [lead, *(m for m in matches if m.rule.key != found.rule.key)]

    def match_parts(self, parts: list[str], *, facts: Facts, result: SearchResult,
                    limit: int = PART_FROM_EACH) -> list[list[RuleMatch]]:
        """The rules nearest each question of a multi-part message, best first. The parts are embedded
        together, once, and matched with the whole message's facts and retrieved articles."""
        if self.rules is None or not parts:
            return [[] for _ in parts]
        vectors = self.retriever.index.embed_queries(parts)
        articles = [(h.law, h.key) for h in result.hits[:10]]
        return [self.rules.match(part, vector=vector, flags=facts.flags, asks=facts.asks, profile=profile_flags(facts),
                                 topic=result.analysis.topic, articles=articles, limit=limit)
                for part, vector in zip(parts, vectors, strict=True)]

    def other_parts(self, grounding: Grounding, parts: list[str], *, facts: Facts, text: str = "") -> list[Rule]:
        """The rules answering the other things a message asks (at most two), besides the lead rule.

        With a fitted part model, a rule near the whole message or near one of its questions is answered
        when the model trusts it. Without one, a part's nearest rule is answered when it is trusted for
        that part *and* among the rules nearest the whole message (a part read alone loses the facts that
        rule out a neighbouring rule: "他辞职了" is not in "能领多久")."""
        lead = grounding.rule
        if self.rules is None:
            return []
        if lead is None:  # no rule leads: only what the message's facts or words bring on their own
            return self._brought(None, [], facts, text)
        found = self.match_parts(parts, facts=facts, result=grounding.result) if parts else []
        ranker = self.rules.ranker
        if ranker is not None and ranker.part_weights:
            scored = sorted(((ranker.part_score(features), rule) for rule, features in
                             part_candidates(lead.key, grounding.matches, found, record=ranker.part_record).values()
                             if features["profile_missing"] < ranker.part_gate), key=lambda x: -x[0])
            chosen = [rule for score, rule in scored if score >= ranker.part_lead]
        else:
            whole = {m.rule.key for m in grounding.matches}
            chosen = [f[0].rule for f in found if f and f[0].confident and f[0].rule.key in whole]
        out: list[Rule] = []
        for rule in chosen:
            usable = self.usable_rule(rule)
            if usable is None or usable.key == lead.key or any(usable.key == r.key for r in out):
                continue
            if not _another_answer(lead, usable) or _words_missing(usable, text):
                continue
            if (needs := _PART_NEEDS.get(usable.key)) is not None and not facts.has(*needs) \
                    and not _OVERTIME_UNPAID.search(text):
                continue  # quitting over unpaid wages, offered to a worker owed none (a pregnant worker told to go)
            if usable.key in _ARBITRATION_LIMIT_RULES and facts.ruling_date is not None and award_told(text):
                continue  # an award already made: the days to sue count now, not the year to apply for arbitration
            out.append(usable)
        return [*out[:2], *self._asked_kinds(lead, out[:2], facts, text)]

    def _asked_kinds(self, lead: Rule, parts: list[Rule], facts: Facts, text: str = "") -> list[Rule]:
        """The rule answering a kind of question the message asks that neither the lead nor the other parts
        answer, when only particular rules answer it ("仲裁要交钱吗", "要不要请律师": the cost of arbitration), and the rules
        a fact or the message's words bring (:meth:`_brought`)."""
        if self.rules is None:
            return []
        out: list[Rule] = []
        for kind in sorted(_ANSWERED_APART & facts.asks):
            if kind in lead.asks or any(kind in p.asks for p in parts):
                continue
            rule = next((r for r in self.rules.book if kind in r.asks), None)
            usable = self.usable_rule(rule) if rule is not None else None
            if usable is not None and usable.key != lead.key:
                out.append(usable)
        return out + self._brought(lead, [*parts, *out], facts, text)

    def _brought(self, lead: Rule | None, answered: list[Rule], facts: Facts, text: str) -> list[Rule]:
        """The rules a fact or the words of the message bring whatever leads (or when nothing does: ``_WORDS_PARTS``): ten or more workers are told how to claim together, a fine taken from pay whether it can be
        had back, a worker asked to sign a settlement after an injury what to do first …; stripped of a yes or no to a
        question the worker did not ask."""
        assert self.rules is not None
        lead_key = lead.key if lead is not None else ""
        asked = {p.rule for p in _WORDS_PARTS if p.asked}
        brought = [(p.rule, p.answered_by, p.ignoring) for p in _WORDS_PARTS
                   if (p.words is None or p.words.search(text)) and p.when(facts)]
        out: list[Rule] = []
        brought += [(rule.key, None, frozenset()) for rule in self.rules.asides if rule.aside.search(text)]
        asked |= {rule.key for rule in self.rules.asides}
        for key, answered_by, ignoring in brought:
            rule = self.rules.book.get(key)
            given = [lead_key, *(p.key for p in (*answered, *out))]
            if rule is None or key in given or (answered_by is not None and any(answered_by.match(k) for k in given)):
                continue
            # the rule the facts leave standing in its place (quitting over unpaid wages, for a dispatched worker: the
            # rule on a dispatched worker quitting), unless that is given already
            rule, _via = follow_exclusions(self.rules.book, rule, facts.flags - ignoring)
            if rule is None or rule.key in given:
                continue
            if (usable := self.usable_rule(rule)) is not None:
                if key in asked:
                    out.append(usable)
                    continue
                c = usable.conclusion
                out.append(replace(usable, conclusion=replace(c, zh=_UNASKED_YES_NO.sub("", c.zh, count=1),
                                                              en=_UNASKED_YES_NO.sub("", c.en, count=1))))
        return out

    def usable_rule(self, rule: Rule) -> Rule | None:
        """The rule without the steps citing articles this knowledge base does not hold; None when its
        decisive article is missing (a rule never speaks for law the worker cannot be shown)."""
        get = self.retriever.get

        def held(text) -> bool:
            return all(get(c.law, c.article) is not None for c in text.cites)

        if get(rule.cites[0].law, rule.cites[0].article) is None:
            return None
        deadline = rule.deadline if rule.deadline is None or held(rule.deadline) else None
        return replace(rule, cites=tuple(c for c in rule.cites if get(c.law, c.article) is not None),
                       evidence=tuple(t for t in rule.evidence if held(t)), where=tuple(t for t in rule.where if held(t)),
                       deadline=deadline)
