"""Triage: whether a legal-aid person should take the case now, and why, from the triage policy.

A person is recommended now when any of these holds (the codes are ``knowledge.rules.ESCALATION_CODES``,
listed here most serious first):

- ``life_safety``: a risk to someone's life or safety (self-harm, threats of harm, violence, stalking, doxxing: a
  home address posted for anyone to find, or with people turning on the worker after it);
- ``death``: a death at work;
- ``serious_injury``: disability grade one to six, an amputation, paralysis, coma, loss of sight (or an injured eye
  that still does not see), a burn needing skin grafts or a deep one, three weeks or more in hospital, or a fracture
  or head injury treated in hospital (not one healed long ago);
- ``occupational_disease``: an occupational disease (尘肺, 中毒 …) diagnosed or suspected;
- ``crime_against_worker``: a likely crime against the worker (hidden cameras, forced labour, wages
  still refused after an official order to pay);
- ``sexual_harassment``;
- ``pregnancy_dismissal``: pregnancy, maternity or nursing with dismissal, non-renewal or pressure
  to resign;
- ``vanished_employer``: the employer has vanished or is moving assets (preservation is urgent);
- ``deadline_near``: a deadline computed from the worker's own dates is within 60 days (arbitration:
  one year from the end of the job; work-injury recognition: one year from the injury; suing after an
  arbitration award: 15 days from receipt);
- ``group_claim``: ten or more workers in the same claim.

The policy reads the extracted facts (counts, dates, flags) rather than example phrasings, so an
unseen wording of the same situation escalates too; and it errs toward the ordinary where the policy
does (a healed cut, "老板说要告我", a deadline eight months away, 十年工龄, 3个工友 do not escalate).
Nothing here is channel-specific: the composer words the recommendation, the case service sets the
priority.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from knowledge.calculators.arbitration import interrupted_from
from knowledge.calculators.figures import period_end
from knowledge.facts import (AWARD_DISPUTED, AWARD_MADE, TOLD_TO_GO, Facts, disability_of_the_cared_for,
                             extract_facts, normalize_text, pregnancy_imagined, states)
from knowledge.numerals import read_number

__all__ = ["DEADLINE_ALSO", "DEADLINE_BASIS", "DEADLINE_WINDOW_DAYS", "LEGACY_CODES", "SEVERITY", "Deadline", "Triage", "deadline_is_near", "deadlines",
           "triage", "triage_text"]

# The escalation codes, most serious first (the order of Triage.codes).
SEVERITY = (
    "life_safety", "death", "serious_injury", "occupational_disease", "crime_against_worker", "sexual_harassment",
    "pregnancy_dismissal", "vanished_employer", "deadline_near", "group_claim",
)
DEADLINE_WINDOW_DAYS = 60
# The article each computed time limit rests on (stated with the deadline in an answer).
DEADLINE_BASIS = {
    "arbitration": ("中华人民共和国劳动争议调解仲裁法", "27"),
    "arbitration_interrupted": ("中华人民共和国劳动争议调解仲裁法", "27"),
    "arbitration_unproven_interruption": ("中华人民共和国劳动争议调解仲裁法", "27"),
    "injury_application": ("工伤保险条例", "17"),
    "lawsuit": ("中华人民共和国劳动争议调解仲裁法", "50"),
    "reassessment": ("工伤保险条例", "26"),
    "annual_leave": ("中华人民共和国劳动争议调解仲裁法", "27"),
    "enforcement": ("中华人民共和国民事诉讼法", "250"),
}
# Other articles that state the same time limit: a rule citing one of them rests on the deadline too (the 15 days
# to sue are in 劳动争议调解仲裁法 48 for the worker against a final award and 50 against any other).
DEADLINE_ALSO = {
    "lawsuit": (("中华人民共和国劳动争议调解仲裁法", "48"),),
}
# Reason codes of cases stored before the triage policy (crisis → life_safety, violence → life_safety,
# deadline → deadline_near, group_arrears → group_claim): still urgent, still labelled.
LEGACY_CODES = ("crisis", "violence", "deadline", "group_arrears")
_SERIOUS_GRADE = 6  # 伤残等级 one (most severe) to six


@dataclass(frozen=True, slots=True)
class Deadline:
    """A time limit computed from the worker's own dates: ``kind`` is arbitration (one year from the end of
    the job), arbitration_interrupted (one year again from the worker's last claim, complaint or the employer's
    promise to pay), arbitration_unproven_interruption (the first year's end, while it runs, beside an interrupted
    one: the safe day if the interruption is not proven), injury_application (one year from the injury), lawsuit (15
    days from an arbitration award), reassessment (15 days from a disability assessment the worker disputes), or
    stated (the worker says how many days are left)."""

    kind: str
    due: date
    days_left: int
    rough: bool = False  # counted from a date without its day (上个月, 去年3月): the earliest it can mean
    employer_due: date | None = None  # injury_application: the employer's own 30 days (工伤保险条例第十七条第一款)
    employer_days_left: int | None = None


@dataclass(frozen=True, slots=True)
class Triage:
    """Whether to recommend a person now, why (codes, most serious first) and the nearest deadline."""

    escalate: bool = False
    codes: tuple[str, ...] = ()
    days_left: int | None = None
    deadline: Deadline | None = None


def deadline_is_near(days_left: int | None) -> bool:
    """Whether a deadline this many days away calls for a person now (0 to 60 days)."""
    return days_left is not None and 0 <= days_left <= DEADLINE_WINDOW_DAYS


def triage(text: str, facts: Facts, *, today: date) -> Triage:
    """Return whether a legal-aid person should take this case now, the reasons, and the nearest deadline.

    ``facts`` are the message's facts (``knowledge.facts.extract_facts``, merged over the conversation
    when there is one); ``text`` is read for what facts do not carry (healed, already recognised, the
    deadline the worker states)."""
    s = normalize_text(text)
    found = deadlines(s, facts, today=today)
    nearest = _nearest(found)
    codes: set[str] = set()
    if facts.has("self_harm", "violence", "threat") or states(_DANGER, s):
        codes.add("life_safety")
    if facts.has("death"):
        codes.add("death")
    if _seriously_injured(s, facts):
        codes.add("serious_injury")
    if facts.has("occupational_disease"):
        codes.add("occupational_disease")
    if facts.has("hidden_camera", "forced_labour", "official_order_ignored"):
        codes.add("crime_against_worker")
    if facts.has("harassment"):
        codes.add("sexual_harassment")
    if facts.has("pregnant", "maternity_leave", "nursing") and _pushed_out(s, facts) and not (
            pregnancy_imagined(s) and not facts.has("maternity_leave", "nursing")):
        codes.add("pregnancy_dismissal")
    if facts.has("vanished_employer", "moving_assets"):
        codes.add("vanished_employer")
    if nearest is not None and deadline_is_near(nearest.days_left):
        codes.add("deadline_near")
    if facts.has("group"):  # ten or more in a shared claim, or 全厂/集体讨薪 (knowledge.facts)
        codes.add("group_claim")
    ordered = tuple(code for code in SEVERITY if code in codes)
    return Triage(escalate=bool(ordered), codes=ordered, days_left=nearest.days_left if nearest else None,
                  deadline=nearest)


# ---------------------------------------------------------------------------------------------
# Deadlines


_RECOGNISED = re.compile(r"(?:工伤|伤)(?:已经|也|都)?(?:认定|认)(?:了|下来|好了)|(?:已经?|被|已被)认定(?:为|成)?(?:了)?工伤|"
                         r"认定(?:为|成)?了工伤|认定(?:为|成)工伤了|"
                         r"已(?:经)?认定|工伤认定书|"
                         r"(?:recognised|recognized|certified) as (?:a )?work injury|injury (?:was|has been) "
                         r"(?:recognised|recognized|certified)")
_STATED_DAYS = re.compile(
    r"(?:还有|只剩|还剩|剩下?|就剩)(?:不到)?\s*(?P<n>[0-9]+|[一二两三四五六七八九十]+)\s*(?:个)?\s*(?P<u>天|周|星期|"
    r"个?月)"
    r"[^,。]{0,6}(?:满一年|过时效|截止|超过一年|就一年|时效)|"
    r"(?:时效|期限|deadline|time limit)[^,。.]{0,10}(?:还有|只剩|还剩|剩|in|is in)\s*(?P<n2>[0-9]+|"
    r"[一二两三四五六七八九十]+)\s*"
    r"(?P<u2>天|周|星期|个?月|days?|weeks?)|"
    r"(?<!\d)(?P<n3>\d+) days? (?:left|remaining) (?:before|until|to) (?:the )?(?:deadline|time limit)")
_DEADLINE_SOON = re.compile(r"时效快(?:到|过|满)|快(?:过|超过|到|满)(?:了)?(?:仲裁)?时效|时效(?:马上|就要|快要)(?:到|"
                            r"过)|"
                            r"马上(?:就)?(?:满|到)一年(?:了)?|deadline is (?:coming|close|near|almost)|"
                            r"time limit is (?:almost|nearly|about to)|running out of time")


def triage_text(text: str, *, today: date) -> Triage:
    """Triage a text on its own facts (a hand-over's account of the problem, a transcript)."""
    return triage(text, extract_facts(text, today=today), today=today)


def deadlines(text: str, facts: Facts, *, today: date) -> tuple[Deadline, ...]:
    """Return the deadlines that apply to the worker's own dates, nearest first (``text`` normalized by
    ``knowledge.facts.normalize_text``).

    Arbitration runs one year from the end of the job (劳动争议调解仲裁法 27; a household worker's claim is
    not arbitrated, so none is computed); a work-injury recognition application one year from the injury
    (工伤保险条例 17) unless the injury is already recognised; a lawsuit 15 days from receiving an
    arbitration award (劳动争议调解仲裁法 48, 50)."""
    found: list[Deadline] = []
    end = facts.service_end()
    left = facts.has("left_job", "dismissed", "resigned") or (end is not None and end <= today)
    # A contract that is about to end ("合同12月31号到期…续签…不续的话") has not ended: no time limit runs yet.
    # A past end the message dates (去年12月31号合同到期，我说想续签，学校不续) has ended, whatever was said of renewing.
    upcoming = bool(_UPCOMING_END.search(text)) and not (facts.end_date is not None and facts.end_date < today)
    rough = facts.rough_dates
    knew = facts.knew_date if facts.knew_date is not None and facts.knew_date <= today else None
    arbitration: Deadline | None = None
    if knew is not None and left and (end is None or knew > end) and not facts.has("household_employer"):
        # 劳动争议调解仲裁法 27: the year runs from the day the worker knew ("去年12月5号才发现没交失业保险")
        arbitration = _deadline("arbitration", period_end(knew, years=1), today, rough="knew_date" in rough)
        start = knew
    elif end is not None and end <= today and left and not upcoming and not facts.has("household_employer", "still_employed"):
        arbitration = _deadline("arbitration", period_end(end, years=1), today,
                                rough=facts.end_date is None or "end_date" in rough)
        start = end
    if facts.has("award_contested") or (facts.has("award_won") and (facts.ruling_date is not None
                                                                    or AWARD_MADE.search(text))):
        arbitration = None  # (an award already made: the claim was brought in time or the employer contests it in court)
    if arbitration is not None:
        # 第二十七条第二款: a claim made to the employer, a complaint to an authority or the employer's promise to pay
        # interrupts the year, which runs again from that day ("离职一年多了，今年8月还找老板要过").
        if (restart := interrupted_from(start, arbitration.due, facts.demand_date, today)) is not None:
            # An interruption holds only if the worker can prove the claim or the promise: while the first year still
            # runs, its end is the safe day to apply by (said with the interruption), and triage counts from it.
            if arbitration.days_left >= 0:
                found.append(replace(arbitration, kind="arbitration_unproven_interruption"))
            arbitration = _deadline("arbitration_interrupted", period_end(restart, years=1), today,
                                    rough="demand_date" in rough)
        found.append(arbitration)
    # (not once recognised: 工伤早就认定了, or a disability assessed, which follows the recognition; a grade the doctor
    # only guesses, "disability maybe grade 7", is no assessment)
    if facts.injury_date is not None and not facts.has("household_employer", "injury_recognised") \
            and facts.assessment_date is None and not _RECOGNISED.search(text):
        employer_due = period_end(facts.injury_date, days=30)
        found.append(replace(_deadline("injury_application", period_end(facts.injury_date, years=1), today,
                                       rough="injury_date" in rough),
                             employer_due=employer_due, employer_days_left=(employer_due - today).days))
    if facts.ruling_date is not None and not (_AWARD_WON.search(text) and not AWARD_DISPUTED.search(text)):
        # the 15 days are the worker's only when the award went against them, in whole or in part: an award that
        # granted what they asked ("裁决支持了我1万2", the employer the one objecting) leaves them nothing to sue over
        found.append(_deadline("lawsuit", period_end(facts.ruling_date, days=15), today, rough="ruling_date" in rough))
    if facts.has("award_won") and facts.ruling_date is not None and not facts.has("award_contested") \
            and "ruling_date" not in rough:  # (去年打了仲裁: a year alone is no day to count two years from)
        # An award won and unpaid: two years to apply for enforcement from the last day the award gave to pay
        # (民事诉讼法第二百五十条; "让公司收到后15天内付"), or, none told, from the award itself (the earliest it can run
        # from). A final award (终局裁决) the employer could only ask the intermediate court to set aside within 30
        # days of receiving it (劳动争议调解仲裁法第四十九条): that day is told with it, passed or not.
        told = _PERFORMANCE_DAYS.search(text)
        last = facts.ruling_date + timedelta(days=int(told.group("n") or told.group("n2"))) if told else facts.ruling_date
        enforcement = _deadline("enforcement", period_end(last, years=2), today, rough="ruling_date" in rough)
        if _FINAL_AWARD.search(text) and not facts.has("non_final_award"):  # (not 非终局裁决)
            set_aside = period_end(facts.ruling_date, days=30)
            enforcement = replace(enforcement, employer_due=set_aside, employer_days_left=(set_aside - today).days)
        found.append(enforcement)
    if facts.assessment_date is not None and _DISPUTES_ASSESSMENT.search(text):
        # 工伤保险条例 26: a second assessment within 15 days of receiving the conclusion
        found.append(_deadline("reassessment", period_end(facts.assessment_date, days=15), today,
                               rough="assessment_date" in rough))
    if (leave := _annual_leave_deadline(text, today)) is not None:
        found.append(leave)
    stated = _stated_days(text)
    if stated is not None:
        found.append(_deadline("stated", today + timedelta(days=stated), today))
    elif states(_DEADLINE_SOON, text):
        found.append(_deadline("stated", today + timedelta(days=30), today))
    return tuple(sorted(found, key=lambda d: (d.days_left < 0, abs(d.days_left))))


_AWARD_WON = re.compile(r"支持了我|(?:都|全部|全)支持了?|(?:我|我们)(?:都)?(?:赢了|胜诉)|(?:仲裁|官司)(?:也|都)?(?:打)?赢了|"
                        r"(?:裁决|判决?)(?:书)?(?:上)?(?:公司|单位|老板|厂里|对方)(?:应|要)?(?:支付|赔|补|给|付)|"
                        # 仲裁委出了裁决，让酒店付我3个月工资: an award for the worker, whoever the employer is
                        r"(?:裁决|判决)[^,，。；？?]{0,4}[，,]?\s*(?:让|要求?|责令)[^,，。；？?]{1,8}?(?:支付|赔偿?|补发|付|给)(?:我|我们)|"
                        r"won (?:the|my|our) (?:case|arbitration|award)|ruled (?:in my favou?r|for me)|in my favou?r")
# The days an award gave to pay (让公司收到后15天内付, 裁决书生效之日起10日内支付): the enforcement period's start.
_PERFORMANCE_DAYS = re.compile(r"(?:收到|生效|送达)(?:裁决书?)?(?:后|之日起|起)?\s*(?P<n>[0-9]{1,2})\s*(?:天|日)(?:内|之内)[^。，,；]{0,6}?"
                               r"(?:付|支付|给付|履行|给)|"
                               # to pay me 9,800 within 15 days of receiving it
                               r"\bwithin (?P<n2>[0-9]{1,2}) days (?:of|after|from) (?:receiving|receipt|getting|it taking effect)",
                               re.IGNORECASE)
_FINAL_AWARD = re.compile(r"终局裁决|一裁终局|\bfinal award\b|final and binding", re.IGNORECASE)
_DISPUTES_ASSESSMENT = re.compile(r"不服|太低|偏低|低了|不满意|不认可|不同意|重新鉴定|再次鉴定|再鉴定|重鉴|"
                                  r"too low|disagree|appeal|re-?assess|second assessment")
_UPCOMING_END = re.compile(r"(?:即将|快要?|马上|下个?月|月底|年底)[^,，。]{0,6}到期|(?:要不要|可以|愿意|想|说)续签|"
                           r"续签(?:可以|的话|吗)|续不续|不续的话|到期后|"
                           r"(?:will|is going to|about to) (?:end|expire)|up for renewal|renew")


# A past year's annual leave not taken (去年今年一天年假都没休, 2025年的年假没休, I took no annual leave last year): the pay
# for it was due within that year (企业职工带薪年休假实施办法第十条), so on most commissions' reading the year to claim it
# (劳动争议调解仲裁法第二十七条) ends on 31 December of the next year (a year later where the leave was carried over).
_YEAR_WORD = r"(?:去年|前年|20[0-9]{2}年(?:度)?)"
_LEAVE_YEAR = re.compile(
    rf"(?P<y>{_YEAR_WORD})(?:(?:和|跟|、|，|,)?(?:{_YEAR_WORD}|今年))*(?:的|一天|全年|整年)*(?:带薪)?(?:年假|年休假)"
    # (去年的年假厂里折成钱给过了，今年一天都没休: last year's paid, this year's the one not taken)
    r"(?:(?!今年|this year|折成|折算|给过|发过|付过|补过|结过|结清)[^。；;？?]){0,12}?(?:没休|没有休|未休|没让休|不让休|都没休|一天都没|没给)|"
    rf"(?:年假|年休假)[^。；;？?]{{0,8}}?(?P<y2>{_YEAR_WORD})[^。；;？?]{{0,8}}?(?:没休|没有休|未休|一天都没)|"
    r"(?:no|didn'?t take (?:any )?|never (?:took|got) (?:any )?|unused )(?:paid )?annual leave[^.?!]{0,20}?"
    r"(?P<y3>last year|in 20[0-9]{2})")


def _leave_year(word: str, today: date) -> int | None:
    word = word.strip()
    if word in ("去年", "last year"):
        return today.year - 1
    if word == "前年":
        return today.year - 2
    digits = re.search(r"20[0-9]{2}", word)
    return int(digits.group()) if digits else None


def _annual_leave_deadline(text: str, today: date) -> Deadline | None:
    """The nearest running year to claim a past year's untaken annual leave, or None."""
    dues = []
    for m in _LEAVE_YEAR.finditer(text):
        year = _leave_year(m.group("y") or m.group("y2") or m.group("y3"), today)
        if year is not None and year < today.year and (due := date(year + 1, 12, 31)) >= today:
            dues.append(due)
    return _deadline("annual_leave", min(dues), today) if dues else None


def _deadline(kind: str, due: date, today: date, *, rough: bool = False) -> Deadline:
    return Deadline(kind=kind, due=due, days_left=(due - today).days, rough=rough)


def _nearest(found: tuple[Deadline, ...]) -> Deadline | None:
    """The nearest deadline still ahead, or else the one passed most recently."""
    return found[0] if found else None


def _stated_days(text: str) -> int | None:
    m = _STATED_DAYS.search(text)
    if not m:
        return None
    raw = m.group("n") or m.group("n2") or m.group("n3")
    unit = m.group("u") or m.group("u2") or "天"
    value = read_number(raw)
    if value is None or value != value.to_integral():
        return None
    factor = 30 if "月" in unit else 7 if unit[0] in "周星w" else 1
    days = int(value) * factor
    return days if days <= 3650 else None


# ---------------------------------------------------------------------------------------------
# Injury, danger, pressure on a pregnant worker


_SEVERE = re.compile(r"瘫痪|截瘫|植物人|昏迷|失明|双目|脊髓损伤|重度烧伤|大面积烧伤|烧伤面积|植皮|skin grafts?|"
                     r"深度烧伤|(?:三|3|Ⅲ|深二|深Ⅱ)度烧伤|deep burns?|(?:third|3rd)[- ]degree burns?|"
                     r"(?<![a-z])icu(?![a-z])(?!(?:的|病房的?)?(?:护士|护工|医生|主任|保洁|科室|缩编))|重症监护(?!室的?(?:护士|护工|医生))|病危|"
                     r"下了?病危|生命垂危|"
                     r"终身残疾|全残|完全丧失劳动能力|大部分丧失劳动能力|paraly[sz]|\bcoma\b|\bblind|severe burns?|"
                     r"intensive care|life support|critical condition")
# An injured eye that still does not see (到现在一只眼睛还看不清, lost the sight of one eye): a lasting harm.
_SIGHT_HARMED = re.compile(r"(?:眼睛|眼)[^,。看]{0,6}(?:还|都|一直)?(?:看不清|看不见|瞎了|失明)|视力[^,。]{0,6}(?:下降|受损|只剩|没了)|"
                           r"(?:lost|losing) (?:the )?(?:sight|vision)|can'?t see (?:out of|with) (?:my|his|her|one)")
# Days in hospital that mark an injury as serious whatever its kind (acid in the face, deep burns: 住了快一个月).
_LONG_STAY = 21
# (年底就好了回去上班了: healed and back at work long ago)
_HEALED = re.compile(r"已经好了|早就?好了|伤好了|治好了|痊愈|康复了|恢复(?:得)?(?:好了|了|不错|挺好)|没(?:什么)?大碍|"
                     r"(?:就|都)好了[，,]?\s*(?:又|就)?回(?:去|来|到)?[^,，。？?]{0,4}?(?:上班|干活|复工)了|"
                     r"(?:recovered|healed)")
_HOSPITAL_TREATMENT = re.compile(r"手术|住院|(?<![a-z])icu(?![a-z])|重症|抢救|钢板|钢钉|开颅|打(?:了)?石膏|急诊|送(?:到|去|进)?(?:了)?医院|"
                                 r"医院(?:说|诊断|查出|拍片)|留观|留院观察|缝了?[0-9一二三四五六七八九十几两]+针|stitches|surgery|operation|hospitali[sz]ed|in (?:the )?hospital|"
                                 r"(?:the )?hospital (?:says|said|found|diagnosed)|emergency room|\bcast\b")
_DANGER = re.compile(r"人身安全|生命危险|有危险|担心(?:我的?)?(?:人身)?安全|怕(?:他|他们|老板)?(?:打我|报复我|找人)|"
                     r"不敢回(?:家|宿舍)|不敢出门|(?:有人|陌生人|几个人|他|她|经理|老板|主管|领导|队长|组长|店长)[^,。]{0,8}(?:到|在|来|出现在|守在|等在|蹲在)"
                     r"(?:我家|我们家|我住的|我租的)[^,。]{0,4}(?:楼下|门口|小区)|你[^,。]{0,4}(?:去哪|在哪|去了哪)(?:了|儿|里)?我都知道|"
                     r"i know where you (?:live|are|went)|afraid for my (?:life|safety)|\bin danger\b|fear for my (?:life|safety)|"
                     # made to drive on exhausted (连着开了快20个小时没合眼), or locked in until one signs
                     # (not another driver's crash told: 车队就有个司机疲劳驾驶撞了护栏)
                     r"(?<!防)(?<!防止)(?<!预防)(?<!司机)(?<!师傅)(?<!别人)(?<!同事)疲劳驾驶|(?:连续|连着|一口气)开(?:了|车)?[^,。]{0,3}(?:[0-9]{2}|十[几多一二三四五六七八九]|二十)"
                     r"(?:多)?个?(?:多)?(?:钟头|小时)|(?:锁|反锁)(?:了|上)(?:门)|把我(?:关|锁)(?:在|了|起来)|"
                     r"关了[0-9一二三四五六七八九十两]+个?多?小时|限制(?:我的?)?人身自由|"
                     # 困得差点把吊钩砸到底下的人，我真怕出人命: a near miss on people, a death feared at work now
                     r"(?:怕|会|要|早晚|迟早)(?:要|会)?出人命|差点(?:就)?(?:把[^,，。]{0,8})?(?:砸|掉|压|撞)(?:到|死|伤)?"
                     r"[^,，。]{0,4}的人|"
                     # 在高速上眼皮打架，差点追尾: a near crash at the wheel from exhaustion
                     r"(?:差点|险些|差一点)(?:就)?(?:追尾|撞(?:上|车)|翻车|出车祸|睡着)|开(?:着)?车[^,。]{0,6}(?:睡着|打瞌睡|眼皮打架)|"
                     r"(?:高速|路)上[^,。]{0,4}(?:眼皮打架|打瞌睡|睡着)|"
                     r"driv(?:en|ing|e) (?:for )?(?:1[6-9]|2[0-4]|sixteen|eighteen|twenty) (?:hours )?"
                     r"(?:straight|non-?stop|without (?:sleep|a break|rest))|locked (?:me|us) in")
_PRESSURE = re.compile(
    r"辞退|开除|解除(?:劳动)?(?:合同|关系)|炒(?:了)?(?:我|鱿鱼)|不(?:给我|跟我|和我)?续(?:签|约)|不再续|到期(?:就)?不(?:续|要)|"
    r"逼(?:我)?(?:辞职|离职|走|签)|让我(?:自己)?(?:辞职|离职|走人|走|回家)|劝(?:我)?(?:辞职|离职|退)|劝退|变相(?:辞退|"
    r"逼)|"
    r"(?:受不了|不想干|干不了|不愿意)(?:的话)?(?:就)?(?:自己)?(?:辞职|走人|走|离职)|"
    r"写辞职|签(?:了)?(?:自愿)?离职|自愿离职|自动离职|让我.{0,6}(?:辞职|离职)|调岗降薪|降薪|降(?:我)?工资|停(?:了)?(?:我的?)?工|不让(?:我)?上班|"
    r"不给(?:我)?排班|"
    r"不要我了|找理由(?:开|辞|赶)|赶(?:我)?走|"
    r"(?:工资|薪水|月薪|底薪)[^,。]{0,10}降(?:到|成|为)|另谋(?:出路|高就|他就)|岗位(?:已经|都|早就)?(?:有人了|有人顶|没了|取消|撤了|被(?:人)?顶|给了别人|安排了别人)|"
    r"(?:没有|没)(?:我的?)?(?:岗位|位置|位子)了|"
    # 你要是身体吃不消，可以自己提离职，大家好聚好散
    r"(?:可以|不如|干脆|最好)(?:你)?(?:自己|主动)(?:提|提出|申请|写)?(?:辞职|离职)|好聚好散|不用(?:再)?来(?:上班)?了|回家(?:等通知|休息)|暗示(?:我)?[^,。]{0,12}"
    r"(?:辞职|离职|走人|走)|(?:主动|自己)(?:提出)?(?:辞职|离职)(?:吧|算了)|不如(?:你)?(?:主动|自己)?(?:辞职|离职|走人)|按(?:自动|自愿)离职|"
    r"(?:hint|hinted|hints|suggested|implied|hinting)[^.]{0,48}(?:resign|quit|(?<!maternity )(?<!sick )(?<!annual )"
    r"(?<!parental )(?<!nursing )leave|another job)|"
    r"(?:my|her) (?:position|job|role|post) (?:was|has been|had been|is) (?:filled|given|eliminated|cut|gone)|"
    r"(?:cannot|can't|can not|won't be able to|not allowed to) (?:come|go) back|won't (?:take|have) (?:me|her) back|"
    r"replaced me|no (?:longer a |)(?:job|position|place) for me|find (?:another|a new) job|"
    r"(?:won'?t|will not|not|isn'?t|wasn'?t|no longer) (?:be |being |going to be )?renewed|no renewal|"
    r"\bfired\b|dismiss|let (?:me )?go|laid off|terminat|(?:pressur\w*|forc\w*|push\w*|told|asked|asking|urg\w*|telling|kept asking) (?:me |her )?to "
    r"['\"‘“]?(?:resign|quit|leave)|resign voluntarily|(?:won't|will not|not|refused to) renew|"
    r"cut (?:my|her) (?:\w+ )?(?:pay|salary|wages)|demoted"
    # the boss's condition: 不能上夜班就自己走人, 不如主动辞职 (knowledge.facts)
    rf"|{TOLD_TO_GO.pattern}")


def _seriously_injured(text: str, facts: Facts) -> bool:
    if facts.disability_grade is not None and facts.disability_grade <= _SERIOUS_GRADE:
        return True
    if facts.has("injured") and not _HEALED.search(text) and (
            states(_SIGHT_HARMED, text) or (facts.has("hospitalized") and (facts.hospital_days or 0) >= _LONG_STAY)):
        return True  # 到现在一只眼睛还看不清; three weeks and more in hospital
    if facts.has("amputation"):
        return True
    if states(_SEVERE, text) and not disability_of_the_cared_for(text):
        return True  # (照顾瘫痪在床的老太太: the person cared for, not the worker)
    if facts.has("fracture", "head_injury"):
        treated = facts.has("hospitalized") or facts.hospital_days is not None or states(_HOSPITAL_TREATMENT, text)
        settled = bool(_HEALED.search(text)) or bool(_RECOGNISED.search(text))
        return treated and not settled
    return False


# Dismissal threatened for refusing what the employer orders (不服从排班就按旷工处理，旷工3天直接开除; 不上夜班就走人): pressure
# on a pregnant or nursing worker, though no dismissal is made yet.
_DISMISSAL_THREATENED = re.compile(r"(?:不服从|不听|不去|不来|不上|不干|不加|拒绝)[^,，。；？?]{0,8}?(?:就|便|直接)(?:按旷工|按自动离职|"
                                   r"按自离|开除|辞退|走人|滚)|旷工[0-9一二两三]+天(?:就|直接|便)?(?:开除|辞退|解除)|"
                                   r"\b(?:or|otherwise) (?:be |get )?(?:fired|dismissed|sacked)\b")


def _pushed_out(text: str, facts: Facts) -> bool:
    # (not 真能让我走吗; not a worry beside an employer told to be kind: 公司没为难我…怕生完孩子回来岗位就没了)
    return facts.has("dismissed") or (not facts.has("not_pushed") and (
        states(_PRESSURE, text, actual=True, asked_after=True) or bool(_DISMISSAL_THREATENED.search(text))))
