"""Stage 4: the worker's own figures — which calculator a message asks for, its inputs from the facts
already given, and the next question when one is missing."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from bot.conversation import ConversationState, PendingCalculation
from bot.locales import calculator_title, input_prompt, invalid_message, strings
from knowledge.calculators import CALCULATORS, Calculation, InvalidInput, MissingInputs, run
from knowledge.facts import AWARD_MADE
from knowledge.inputs import UNKNOWN, Refused, parse_input
from knowledge.query import QueryAnalysis
from knowledge.rules import Rule

_AMOUNT = re.compile(
    r"多少钱|能要多少|要多少|赔多少|补偿多少|多少补偿|赔偿多少|怎么算|算一下|算算|帮我算|能拿多少|能得多少|给多少|拿多少|"
    r"几个月工资|多少个月|补(?:我|给我)?多少|(?:应该|应当|该)(?:给|补|赔|付)(?:我)?多少|多少加班费|\bhow much\b|\bcalculate\b",
    re.IGNORECASE,
)
# (not a contract's term: "合同期限一年", "新合同，期限一年", "无固定期限")
_DEADLINE = re.compile(r"还来得及|时效|多久之内|多长时间内|(?<!合同)(?<!固定)期限(?![是为]?[0-9一二两三四五六七八九十半]+个?[年月])|截止|还能告|还能申请|还能仲裁|过期了|\btoo late\b|\bdeadline\b|\btime limit\b", re.IGNORECASE)
_DOUBLE = re.compile(r"双倍|二倍|两倍|double", re.IGNORECASE)
_UNLAWFUL = re.compile(r"违法|无故|没有?理由|直接(?:开除|辞退|让我走|把我)|突然|不合法|当天通知|当天走|没(?:有)?(?:提前|通知|培训|"
                       r"调岗|协商)|"
                       # 老板说是我拿的，当场就把我开了: dismissed on the spot over an accusation
                       r"当场(?:就)?(?:把(?:我|他|她))?(?:开除|辞退|开了|炒|赶|让(?:我|他|她)走)|"
                       # 根本没跟我商量调岗去别的店: a change of circumstances never negotiated (劳动合同法第四十条第三项)
                       r"没(?:有)?(?:跟|和|同)(?:我|我们)(?:商量|协商)|"
                       # 当着大家面让我滚，第二天就不让进仓库了: sent off with a curse and shut out, no notice, no ground
                       r"(?:让|叫)(?:我|我们)滚(?!回)|不让(?:我|我们)?进(?:门|厂|厂门|仓库|店|公司|车间|工地|大门)(?:了)|"
                       # a layoff's procedure skipped: 就提前一周通知, 工会根本不知道, 没开职工大会 (劳动合同法第四十一条)
                       r"(?:只|就|才)提前(?:了)?(?:一周|一个星期|一两天|几天|[一二三四五六七八九两0-9]{1,2}天)|"
                       r"工会(?:根本|都|也|完全)?(?:不知道|没(?:有)?(?:通知|参与|同意|说|听取))|没(?:有)?(?:开|召开)(?:过)?(?:职工大会|职代会)|"
                       r"only (?:a|one) week'?s? notice|"
                       r"union (?:was never|was not|wasn't|never) (?:told|informed|consulted)|"
                       r"\bunlawful|\bwrongful|\billegal|without (?:any )?(?:notice|reason|warning|training)|suddenly|"
                       r"\bno (?:warning|notice|reason|training|transfer)\b(?! (?:period|clause))",
                       re.IGNORECASE)
# Sent home because business is slow (最近生意差，让我第二天别来了): a downturn is the employer's own business risk, not
# a ground to dismiss one worker (劳动合同法第三十九条至第四十一条 list the grounds; a layoff has its own procedure), so
# the dismissal is unlawful unless a layoff's procedure was followed.
_SLOW_BUSINESS = re.compile(r"(?:生意|效益|行情|客流|客人|单子|订单)(?:最近|今年|这阵子|一直|越来越|也|太|很|不太|比较|有点)*"
                            r"(?:差|不好|不行|淡|少|冷清|下滑|不景气)|(?:没(?:什么)?|接不到)(?:活|生意|单子?)(?:干|做)?了|"
                            r"business (?:is|was|has been|had been|got) (?:really |very |too )?(?:slow|bad|down|poor)",
                            re.IGNORECASE)
_LAYOFF_DUE = re.compile(r"经济性裁员|职工大会|职代会|工会|(?:几十|[二三四五六七八九]十|上百|\d{2,})(?:多|来)?(?:个)?(?:人|工人|员工)|"
                         r"\bunion\b|\bmass layoffs?\b", re.IGNORECASE)


def slow_business_told(text: str) -> bool:
    """A slow business given as the reason for letting the worker go, outside a layoff's procedure."""
    return bool(_SLOW_BUSINESS.search(text)) and not _LAYOFF_DUE.search(text)


def _unlawful_told(text: str) -> bool:
    """Whether the message tells a dismissal a lawyer would call unlawful on its face: in words (违法, 无故, 没提前通知),
    or by a slow business given as the reason for letting one worker go."""
    return bool(_UNLAWFUL.search(text)) or slow_business_told(text)


_DISMISSAL = re.compile(r"辞退|开除|解除|裁员|被裁|炒|不续|劝退|\bfired\b|\bdismiss|\blaid off\b", re.IGNORECASE)
_OVERTIME = re.compile(r"加班|\bovertime\b", re.IGNORECASE)
_INJURY = re.compile(r"工伤|受伤|摔|事故|\binjur", re.IGNORECASE)
_ARREARS_TOPIC = re.compile(r"欠|拖|没发|不发|没给|工资|加班费|\bunpaid\b|\bwage", re.IGNORECASE)
# The claim has already been arbitrated (an award, a court of first or second instance): the one-year limit for applying
# is behind the worker, and the time limits of that stage are not the arbitration calculator's.
_PAST_ARBITRATION = re.compile(r"裁决(?:书|了|下来|支持|结果|生效)|(?:一审|二审|再审|上诉)|判决(?:书|了|下来|生效)|"
                               r"(?:官司|仲裁)(?:打)?赢了|打赢(?:了)?(?:官司|仲裁)|强制执行|申请执行|"
                               r"\b(?:award|appeal|retrial|judgment|judgement|enforce(?:ment)?)\b", re.IGNORECASE)


# The calculators that give a time limit: not started when the worker's own dates already gave it.
DEADLINE_CALCULATORS = frozenset({"arbitration_deadline", "injury_application_deadline"})


@dataclass(frozen=True, slots=True)
class CalculationStep:
    """Where a calculation stands: finished (``calculation``) or waiting for an input (``prompt``)."""

    calculation: Calculation | None = None
    prompt: str | None = None  # the question for the next missing input (with why the last was refused)
    also: Calculation | None = None  # a second claim the same facts give (a dismissed worker's double wages)


def rule_calculator(rule: Rule, text: str, flags: frozenset[str] = frozenset(),
                    known: frozenset[str] = frozenset()) -> str | None:
    """The calculator a rule opens for this message: a rule stating both N and 2N ("少了这一步就解除的，是违法
    解除（2N）") computes the damages for a worker dismissed in a way the message calls unlawful or sudden; an over-long
    probation paid below the agreed wage (``known``: the conversation's calculator inputs) counts the pay owed with
    the damages, whichever of the probation's two rules leads."""
    name = rule.calculator
    if name == "injury_application_deadline" and "injury_recognised" in flags:
        return None  # 认定书也下来了: recognised already, no application left to count a limit for
    if name == "overtime_pay" and _approved_scheme_untold(flags, known):
        return None  # an approved scheme, neither the period's excess nor holiday hours told: nothing to ask apart
    if (name in _ON_LEAVING and "still_employed" in flags and not flags & _LEAVING_FLAGS
            and _OTHER_CLAIM.search(text) and not _SEVERANCE_WORDS.search(text)):
        return None  # still at work, asking for double wages, not for what ending the job would give
    if name == "maternity_leave" and (_FATHER.search(text) or "maternity_leave" not in flags):
        return None  # a father's paternity leave, or no birth told: no mother's days to count
    if name == "probation_excess" and "probation_wage" in known and not flags & {"dismissed", "probation_over_limit"}:
        # (over the limit, or let go "for failing probation": the excess served, the pay owed and the dismissal)
        return "probation_wage_floor"
    if (name == "probation_wage_floor" and "probation_over_limit" in flags
            and {"probation_wage", "monthly_wage"} <= known):
        # (the probation pay leading, the probation longer than the term allows: the pay owed and the damages for
        # the excess together, as the over-long probation's own rule counts them)
        return "probation_excess"
    if name == "unlawful_dismissal" and "asked_to_sign" in flags and "dismissed" not in flags \
            and not ("left_job" in flags and "2N" in rule.conclusion.zh) and not bars_the_ending(rule):
        # a leaving agreement put to sign, no dismissal (拿了份协商解除协议让我签，给3万块走人): what an agreed end the
        # employer proposes owes (N, 劳动合同法第四十六条第二项), to set the offer against. Not a paper put after the
        # employer ended the job, when the rule says that end was unlawful ("合同自动终止…现在让我签返聘协议": 2N)
        return "economic_compensation"
    if (name == "economic_compensation" and "dismissed" in flags and "2N" in rule.conclusion.zh
            and (_unlawful_told(text) or in_medical_period(text, flags))):
        return "unlawful_dismissal"
    return name


def _approved_scheme_untold(flags: frozenset[str], known: frozenset[str]) -> bool:
    """An approved comprehensive scheme with neither the period's excess nor holiday hours told: the overtime is what the
    period's total exceeds, not weekday, weekend and holiday hours to be asked apart."""
    return "scheme_approved" in flags and not {"weekday_overtime_hours", "holiday_overtime_hours"} & known


# A rule that says the employer may not end the job at all now (单位不能解除, 不能到期就终止: a suspected occupational
# disease, a pregnancy, a medical period): an ending put to the worker to sign is no agreed end to price at N, and the
# figure is what ending it anyway would owe (2N).
_BARS_THE_ENDING = re.compile(r"^(?:单位)?不能(?:解除|辞退你|到期就终止|在这时终止)")


# ...or that ending it at the contract's expiry is unlawful (two fixed terms served: the open-ended contract is owed, and
# a renewal on worse terms put to sign is no agreed end)
_UNLAWFUL_AT_EXPIRY = re.compile(r"以到期为由终止的属于违法终止")


def bars_the_ending(rule: Rule) -> bool:
    """Whether ``rule`` says the employer may not end the job now (单位不能解除, 不能到期就终止, 以到期为由终止的属于违法终止)."""
    return bool(_BARS_THE_ENDING.match(rule.conclusion.zh) or _UNLAWFUL_AT_EXPIRY.search(rule.conclusion.zh))


# A father asking about his own leave (陪产假, 我老婆生了): the maternity leave's days are not his.
_FATHER = re.compile(r"陪产|护理假|(?:我|俺)(?:老婆|媳妇|妻子|爱人|太太)|paternity|my (?:wife|partner)", re.IGNORECASE)


# The medical period told as over (医疗期满了, 病假休完了): a dismissal after it may be lawful (劳动合同法第四十条第一项).
_MEDICAL_PERIOD_OVER = re.compile(r"医疗期(?:已经?|都|早就?)?(?:满|到期|到了|用完|结束|过了|休完)|病假(?:已经?|都)?(?:休完|到期|结束)|"
                                  r"(?:medical|sick)(?: leave)?(?: period)? (?:has |had )?(?:run out|ended|expired|is over|"
                                  r"was over|used up)", re.IGNORECASE)


# Sick leave told as going on when the dismissal came (not a sick leave long past: 去年请过病假).
_STILL_ON_LEAVE = re.compile(r"还在(?:休|养|家养|住院|治疗|病假)|正在(?:休|治疗|住院)|在家养|养着|养病|病假(?:到|至)\s*[0-9一二三四五六七八九十]|"
                             r"病假期间|医疗期内|医疗期(?:还)?没(?:满|到|结束)|病假还没|休病假的时候|"
                             r"\bon (?:sick|medical) leave\b|\bstill (?:sick|ill|recovering|in hospital)\b|"
                             r"\bduring (?:my )?(?:sick|medical) leave\b", re.IGNORECASE)


def in_medical_period(text: str, flags: frozenset[str]) -> bool:
    """A worker dismissed while still on sick leave (医生开了两个月病假到12月8号…11月15号解除; 我人还在家养着): the
    medical period has not been told as over, and 劳动合同法第四十二条第三项 bars a dismissal under 第四十条 in it,
    so what the dismissal owes is the unlawful one's 2N, not N."""
    return "sick_leave" in flags and bool(_STILL_ON_LEAVE.search(text)) and not _MEDICAL_PERIOD_OVER.search(text)


# Another claim named by a worker still at work, and the words of a claim on the job's end.
_OTHER_CLAIM = re.compile(r"双倍|二倍|两倍|加班费|年假|double wages?|overtime pay|annual leave", re.IGNORECASE)
_SEVERANCE_WORDS = re.compile(r"补偿|赔偿|\bN\b|2N|N\+1|severance|compensation|damages", re.IGNORECASE)
# What is owed when the job ends, and the facts that say it ends.
_ON_LEAVING = frozenset({"economic_compensation", "unlawful_dismissal"})
# The overtime's pay asked about (加班费该给我多少, 加班费能要多少, how much overtime pay).
_OVERTIME_PAY_ASKED = re.compile(r"加班费[^。？?！!]{0,10}(?:多少|几|怎么算|能要|该给)|"
                                 r"how much (?:overtime|OT)|overtime pay[^.?!]{0,20}how much", re.IGNORECASE)
_LEAVING_FLAGS = frozenset({"dismissed", "quitting", "resigned", "left_job"})


def counts_an_end_not_told(name: str | None, flags: frozenset[str]) -> bool:
    """Whether ``name`` counts what ending the job owes (N, 2N) while the message tells no end, nor one put to sign or
    planned (再不听话就让我走人: a threat): a part's figure of a dismissal that has not happened misleads."""
    return name in _ON_LEAVING and not flags & (_LEAVING_FLAGS | {"asked_to_sign", "contract_expired",
                                                                  "returned_to_agency", "asks_to_quit"})


# A rule that calls the dismissal unlawful (and so owes 2N, not N): "违法解除", "赔偿金", "2N".
_RULE_UNLAWFUL = re.compile(r"违法解除|违法辞退|违法开除|赔偿金|2N|二倍的经济补偿|双倍经济补偿")
# The worker ends the job over the employer's fault (劳动合同法第三十八条): N is owed.
_EMPLOYER_FAULT = frozenset({"wage_owed", "no_social_insurance"})
# Workers these claims do not reach: no labour relation (a household's domestic worker, a pensioner, a student
# intern, a civil servant; an offer withdrawn before the first day, 劳动合同法第七条), or no compensation on
# termination (a part-timer, 劳动合同法第七十一条).
_NO_SUCH_CLAIMS = frozenset({"household_employer", "retired_pensioner", "student_intern", "civil_servant", "part_time",
                             "not_started", "craft_or_farm_employer"})


def _no_such_claims(flags: frozenset[str]) -> bool:
    """Whether the worker is outside the claims of a full-time labour contract (a household's nanny, a pensioner, a
    part-timer); one called part-time who works more hours than part-time allows is full-time (劳动合同法第六十八条)."""
    outside = flags & _NO_SUCH_CLAIMS
    if "over_part_time_hours" in flags:
        outside -= {"part_time"}
    if "over_retirement_age" in flags and "before_new_retirement_age" not in flags:
        # past the retirement age (你63了…明天别来了): no N, 2N or double wages to count as if owed; whether the work is
        # still employment is unsettled, and the rule says so (the days worked are still paid)
        return True
    return bool(outside)


# "能要补偿吗", "能不能拿双倍工资": a yes/no question about money is a question of how much too.
_MONEY_CLAIM = re.compile(r"补偿|赔偿|赔钱|双倍|二倍|两倍|工资|钱|compensation|severance|double|pay\b|damages|\bclaim\b",
                          re.IGNORECASE)


def claim_calculator(rule: Rule | None, text: str, flags: frozenset[str], asks: frozenset[str], *,
                     known: frozenset[str] = frozenset()) -> str | None:
    """The claim the worker's facts already give figures for, when they ask how much or whether they can
    claim and neither the rule nor the wording opened a calculator ("干了快4年，月工资6000，把我开除了，我能要
    多少赔偿？" behind a rule on refusing overtime): run only when every input is there, never asked for.

    A dismissal is 2N when the rule or the message calls it unlawful, else N with the note on when N is owed;
    no written contract gives the double wages; leaving over unpaid wages or social insurance gives N; pay short
    of the wage agreed (``known`` holds the conversation's calculator inputs) gives the shortfall.

    A dismissed worker, or one who says no contract was signed, is given the figure whatever they ask ("这合法
    吗？我该怎么办？"): what the claim is worth is part of the answer a lawyer gives."""
    if _no_such_claims(flags) or (rule is not None and rule.civil_route):
        return None  # (a freelancer's fee, a craftsman's apprentice: no claim of a labour contract to count)
    asked = "how_much" in asks or ("can_i" in asks and _MONEY_CLAIM.search(text))
    owed = wages_owed(flags, known)
    if not asked and not flags & {"dismissed", "no_written_contract"} and not owed:
        return None
    if "dismissed" in flags:
        unlawful = ((rule is not None and bool(_RULE_UNLAWFUL.search(rule.conclusion.zh))) or _unlawful_told(text)
                    or in_medical_period(text, flags))
        return "unlawful_dismissal" if unlawful else "economic_compensation"
    if "no_written_contract" in flags and "refused_to_sign" not in flags:
        return "double_wages"  # (not for a worker who refused to sign: whether it was their fault decides first)
    if flags & {"resigned", "quitting"} and flags & _EMPLOYER_FAULT:
        return "economic_compensation"
    if "monthly_shortfall" in known:
        return "wage_shortfall"
    if owed:
        return "wage_arrears"  # 欠了3个月工资，一个月6000: what is owed, whatever they ask
    return None


def wages_owed(flags: frozenset[str], known: frozenset[str]) -> bool:
    """Months of wages unpaid with the monthly wage told (欠了3个月工资，一个月6000): their total can be worked out."""
    return "wage_owed" in flags and {"monthly_wage", "owed_months"} <= known and "monthly_shortfall" not in known


def second_claim(first: Calculation, flags: frozenset[str], known: frozenset[str] = frozenset()) -> str | None:
    """The other claim the facts give beside ``first``: a worker without a written contract who was dismissed,
    or who left over unpaid wages, has both the double wages and the compensation; one paid short of the wage
    agreed (说好3000，每月只给1000) has the shortfall beside the double wages or the compensation."""
    if "monthly_shortfall" in known and first.calculator not in ("wage_shortfall", "probation_wage_floor") \
            and not _no_such_claims(flags):
        # (not beside the probation floor: a probation wage below the agreed one is lawful down to 80%, and the
        # floor already counts what is short of that)
        return "wage_shortfall"
    if first.calculator == "probation_excess" and any(c.code == "probation_excess.note.dismissed_after"
                                                      for c in first.caveats):
        return "unlawful_dismissal"  # let go "for failing probation" after the lawful probation ended: 2N
    if "no_written_contract" in flags and not _no_such_claims(flags) and "refused_to_sign" not in flags:
        if first.calculator in ("economic_compensation", "unlawful_dismissal"):
            return "double_wages"
        if first.calculator == "double_wages" and "dismissed" in flags:
            return "economic_compensation"
    if first.calculator == "economic_compensation" and "service_period" in flags \
            and {"training_cost", "service_period_months", "served_months"} <= known:
        # quitting over the employer's fault owes no penalty; what the penalty could come to at most otherwise (最多赔多少)
        return "service_period_penalty"
    if wages_owed(flags, known) and not _no_such_claims(flags) and first.calculator != "wage_arrears" \
            and first.calculator not in DEADLINE_CALCULATORS:
        return "wage_arrears"  # dismissed, or quitting, with months of wages unpaid: those wages besides
    return None


def choose_calculator(text: str, topic: str | None, facts: dict[str, str], *, asks: frozenset[str] = frozenset(),
                      rule: Rule | None = None, flags: frozenset[str] = frozenset()) -> str | None:
    """Return the calculator a message asks for (an amount or a deadline), or None.

    A matched rule's calculator opens when the worker asks how much or how long ("应该给我多少",
    "还能去仲裁要吗"); otherwise the wording of the message decides."""
    if rule is not None and rule.calculator and asks & {"how_much", "how_long"} and (
            name := rule_calculator(rule, text, flags, frozenset(facts))) is not None:
        return name
    outside = rule is not None and rule.civil_route
    if _DEADLINE.search(text):
        if outside or "household_employer" in flags:
            return None  # a freelancer's fee, a household helper's pay: the civil code's three years, stated by the rule
        if topic == "injury" or (_INJURY.search(text) and "认定" in text):
            return None if "injury_recognised" in flags else "injury_application_deadline"
        if _PAST_ARBITRATION.search(text) or "award_contested" in flags or ("award_won" in flags
                                                                          and AWARD_MADE.search(text)):
            return None  # (an award already made: no time limit to bring the claim is left to count)
        if topic in ("arrears", "procedure", "overtime_hours", "dismissal") or _ARREARS_TOPIC.search(text):
            return "arbitration_deadline"
        return None
    if not _AMOUNT.search(text) or outside or _no_such_claims(flags):
        return None  # a household's nanny, a pensioner: no double wages or compensation of a labour contract to count
    if _DOUBLE.search(text) or facts.get("written_contract") == "no":
        return "double_wages"
    if "returned_to_agency" in flags and not flags & {"left_job", "dismissed"}:
        return None  # sent back to the agency, its contract going on (合同就自动解除 only threatened): no compensation yet
    if _approved_scheme_untold(flags, frozenset(facts)):
        return None
    if _OVERTIME_PAY_ASKED.search(text) and not flags & {"dismissed", "resigned", "left_job"}:
        # only threatened with dismissal for refusing overtime, asking what the overtime is worth (这20天的加班费该给我
        # 多少): the overtime's pay, not what a dismissal not made would owe
        return "overtime_pay"
    if topic == "dismissal" or _DISMISSAL.search(text):
        if "quitting" in flags and not flags & {"dismissed", "left_job", "resigned"}:
            # 怕被开除…要是辞职能拿补偿吗: still at work, asking what quitting would give (N on a ground the employer
            # gave, 劳动合同法第三十八条), not what a dismissal nobody made would owe
            return "economic_compensation"
        return "unlawful_dismissal" if _unlawful_told(text) else "economic_compensation"
    if _OVERTIME.search(text) and "overtime" in flags:
        return "overtime_pay"  # (not a wage told as 不含加班费, base pay with overtime excluded)
    return None


class Calculations:
    """Runs the calculators inside a conversation: inputs already given are never asked again."""

    def __init__(self, today: Callable[[], date]) -> None:
        self.today = today

    def start(self, name: str, lang: str, state: ConversationState, topic: str | None) -> CalculationStep:
        """Start calculator ``name`` from the facts known so far."""
        state.pending = PendingCalculation(calculator=name, values=self._values_from_facts(name, state, topic))
        return self._advance(lang, state)

    def preview(self, name: str, state: ConversationState, topic: str | None) -> CalculationStep:
        """Run calculator ``name`` on the facts already given, asking nothing: the worker's own figures
        when every input is there (a rule that computes them shows them even when not asked), else none."""
        if name == "double_wages" and "no_written_contract" not in _known_flags(state):
            return CalculationStep()  # a figure for a contract never signed, only when the worker says so
        values = self._values_from_facts(name, state, topic)
        # What the worker may not know (the local average wage for the cap, whether the employer paid into
        # maternity insurance) is not waited for: the figure is shown with the caveat saying what could not be
        # checked.
        values.update({spec.name: str(UNKNOWN) for spec in CALCULATORS[name].inputs
                       if spec.may_be_unknown and spec.name not in values})
        try:
            return CalculationStep(calculation=run(name, values, today=self.today()))
        except (MissingInputs, InvalidInput):
            return CalculationStep()

    def resume(self, text: str, lang: str, analysis: QueryAnalysis, state: ConversationState) -> CalculationStep | None:
        """Read a reply to the pending calculation's question; None when the message is not one (a new
        question drops the calculation in progress)."""
        p = state.pending
        assert p is not None
        calc = CALCULATORS.get(p.calculator)
        if calc is None or not p.awaiting:
            state.pending = None
            return None
        spec = calc.spec(p.awaiting)
        value = parse_input(spec, text, today=self.today())
        if value is None or isinstance(value, Refused):  # unreadable, or readable but absurd ("2099年13月")
            if len(text) > 12 and (analysis.topic or analysis.refs):
                state.pending = None  # a new question: drop the calculation in progress
                return None
            s = strings(lang)
            prompt = input_prompt(p.calculator, spec.name, lang)
            message = (invalid_message(InvalidInput(spec, value.code, **dict(value.params)), lang)
                       if isinstance(value, Refused) else s.unreadable_input)
            return CalculationStep(prompt=s.invalid_input.format(message=message, prompt=prompt))
        p.values[spec.name] = _serialize(value)
        return self._advance(lang, state)

    def _advance(self, lang: str, state: ConversationState) -> CalculationStep:
        s = strings(lang)
        p = state.pending
        assert p is not None
        try:
            result = run(p.calculator, dict(p.values), today=self.today())
        except MissingInputs as exc:
            spec = exc.missing[0]
            p.awaiting = spec.name
            prompt = input_prompt(p.calculator, spec.name, lang)
            title = calculator_title(p.calculator, lang)
            figure = self._without_unknowables(p.calculator, p.values, exc.missing)
            if figure is not None:
                # Only what the worker may not know is missing (the local average wage for the cap): the figure
                # now, with the caveat saying what it could not check, and the question that would check it.
                return CalculationStep(calculation=figure, prompt=s.ask_to_refine.format(title=title) + "\n"
                                       + s.ask_missing.format(prompt=prompt))
            return CalculationStep(prompt=s.ask_missing_progress.format(title=title) + "\n" + s.ask_missing.format(prompt=prompt))
        except InvalidInput as exc:
            p.values.pop(exc.spec.name, None)
            p.awaiting = exc.spec.name
            prompt = input_prompt(p.calculator, exc.spec.name, lang)
            return CalculationStep(prompt=s.invalid_input.format(message=invalid_message(exc, lang), prompt=prompt))
        state.pending = None  # (a date estimated from a duration is a caveat the calculator states itself)
        return CalculationStep(calculation=result)

    def _without_unknowables(self, name: str, values: dict[str, str], missing) -> Calculation | None:
        """The calculation with the missing inputs the worker may not know counted as unknown; None when any
        other input is missing."""
        if not missing or not all(spec.may_be_unknown for spec in missing):
            return None
        try:
            return run(name, {**values, **{spec.name: str(UNKNOWN) for spec in missing}}, today=self.today())
        except (MissingInputs, InvalidInput):
            return None

    def _values_from_facts(self, name: str, state: ConversationState, topic: str | None) -> dict[str, str]:
        """The inputs of calculator ``name`` the conversation already gave: never asked again."""
        wanted = {spec.name for spec in CALCULATORS[name].inputs}
        values = {k: v for k, v in state.facts.items() if k in wanted}
        if name != "annual_leave_pay":
            # Leaving on the end date told settles the year's leave; elsewhere ("leaving" of the injury
            # benefits) the worker is asked, since it opens subsidies the figures then wait on.
            values.pop("leaving", None)
        if name == "double_wages" and "contract_end_date" in state.facts and "contract_signed_date" not in values:
            # a contract that ran out while the work went on: the months without one start the day after it ended
            # (解释（二）第十一条 deems it continued on the old terms; the second month of working on without a renewal
            # is when double wages begin, the same as a first contract never signed)
            values["start_date"] = (date.fromisoformat(state.facts["contract_end_date"]) + timedelta(days=1)).isoformat()
            values.pop("service_months", None)
        flags = _known_flags(state)
        if name == "double_wages" and "kept_on_after_expiry" in flags and "contract_end_date" not in state.facts \
                and "contract_signed_date" not in values:
            # contracts signed, the last one run out and the work gone on, its end not read (16年到19年、19年到22年、22年到
            # 2025年8月31号): the months without one are not counted from the first day of the job
            values.pop("start_date", None)
            values.pop("service_months", None)
        owed = "wage_owed" in flags or any(k in state.known for k in ("amount_owed", "owed_months"))
        if name == "arbitration_deadline" and (topic in ("arrears", "overtime_hours") or owed):
            values["dispute_type"] = "arrears"
        elif name == "arbitration_deadline" and (topic == "dismissal" or "dismissed" in flags):
            # a dismissal and its 2N, with no wages said to be owed: not pay (劳动报酬), so one year from the day it
            # ended is the whole answer, not a question ("去年10月20号把我辞了…现在申请仲裁还来得及吗")
            values.setdefault("dispute_type", "other")
        if name == "arbitration_deadline" and values.get("dispute_type") == "arrears" and "knew_date" not in values \
                and "still_employed" in flags and values.get("end_date", "") >= self.today().isoformat():
            # Wages owed to a worker still employed are not time-barred (调解仲裁法第二十七条第四款): the day
            # they knew does not change that, so it is not asked ("我还在干着，会不会过了时效？").
            values["knew_date"] = self.today().isoformat()
        if name == "arbitration_deadline" and "knew_date" not in values and "end_date" in values \
                and values["end_date"] < self.today().isoformat():
            # A dispute over how the job ended (辞退, 不续签, what was owed on leaving) is known on the last day.
            values["knew_date"] = values["end_date"]
        return values


def _known_flags(state: ConversationState) -> frozenset[str]:
    """The fact flags the conversation has read so far (dismissed, still_employed, wage_owed …)."""
    return frozenset(state.known.get("flags") or ()) if state.known else frozenset()


def _serialize(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, Decimal):
        return str(value)
    return str(value)
