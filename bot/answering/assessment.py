"""Stage 5: triage — why a person should take the case now, and the worker's own running deadline."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from bot.composer import day_text, own_deadline
from bot.locales.answers import answer_text
from bot.triage import DEADLINE_ALSO, DEADLINE_BASIS, SEVERITY, Triage, deadline_is_near, triage
from knowledge.calculators import Calculation
from knowledge.facts import PLAN_TO_LEAVE, Facts, normalize_text
from knowledge.retriever import RetrievedArticle
from knowledge.rules import Rule
from knowledge.vocabulary import short_law_name


@dataclass(frozen=True, slots=True)
class Assessment:
    codes: list[str] = field(default_factory=list)  # escalation codes, most serious first
    deadline: str = ""  # the worker's own time limit as a line citing its article ("" when none)
    deadline_basis: RetrievedArticle | None = None  # the article that line cites
    deadline_also: RetrievedArticle | None = None  # a second article the line cites (a court's period moved past a weekend)
    notice: str = ""  # the day a resignation the worker plans is due in writing ("" when none is planned)
    notice_basis: RetrievedArticle | None = None  # the article that line cites (劳动合同法第三十七条)
    option: str = ""  # quitting with compensation over the employer's fault, when the answer says nothing of it
    option_bases: tuple[RetrievedArticle, ...] = ()  # the articles that line cites (劳动合同法第三十八、四十六条)
    checked: Triage | None = None  # the triage it was made from

    def with_calculation(self, rule: Rule | None, calculation: Calculation | None) -> Assessment:
        """The same assessment once the worker's figures are computed: a near deadline the calculation
        gives counts too (the message is not triaged again)."""
        if self.checked is None or calculation is None:
            return self
        return replace(self, codes=escalation_codes(self.checked, rule, calculation))


def assess(query: str, facts: Facts, rule: Rule | None, calculation: Calculation | None, *, lang: str,
           today: date, lookup: Callable[[str, str], RetrievedArticle | None]) -> Assessment:
    """Apply the triage policy to the message, its facts, the matched rule and the calculation."""
    checked = triage(query, facts, today=today)
    deadline, basis, also = own_deadline_line(checked, lang, lookup)
    if basis is not None and rule is not None and not _rests_on(rule, basis, checked) and (
            not (deadline_is_near(checked.days_left) or "time_limit" in facts.asks) or facts.has(*_OTHER_ROUTE_FLAGS)
            or (_another_route(rule, facts, checked.deadline.kind) and not _safer_to_meet(rule, checked))):
        # The lead rule sends the worker another way (a student intern's injury is no work injury, a
        # household worker's claim is not arbitrated): a time limit of a route it does not take is not theirs.
        # A near limit stays beside a rule that is silent on it (the evidence for overtime, 21 days before the
        # year since leaving runs out): that is the first thing the worker must know; and beside a rule with a
        # time limit of its own when the near one is arbitration's year (an IOU sued on in court: whether the year
        # binds that suit is contested, so the worker is told the day that is safe either way). A worker who asks
        # whether they are still in time ("还来得及吗", "超过时间就要不回来了？") is told their day however far it is.
        deadline, basis, also = "", None, None
    notice, notice_basis = resignation_notice(query, facts, lang, today, lookup)
    return Assessment(codes=escalation_codes(checked, rule, calculation), deadline=deadline, deadline_basis=basis,
                      deadline_also=also, notice=notice, notice_basis=notice_basis, checked=checked)


# A leaving the worker plans (我想12月底走, 打算下个月15号辞职, I plan to quit on …): the facts module's reading of a plan
# (knowledge.facts.PLAN_TO_LEAVE), not one made (交了辞职信, 已经提了离职).
_NOTICE_GIVEN = re.compile(r"(?:交了|递了|提了|提交了|已经交|已经提|写了|打了)(?:辞职|离职)|辞职(?:信|报告|申请)(?:已经)?(?:交|递|提)了|"
                           r"\b(?:handed in|gave|submitted|sent) (?:my |a )?(?:resignation|notice)\b", re.IGNORECASE)
# Pay cut without the worker's consent (降薪, 工资降到4000): the pay not paid in full may let the worker go at once
# (劳动合同法第三十八条), so no notice day is told.
_PAY_CUT = re.compile(r"降薪|降(?:了)?(?:我的?)?工资|工资(?:被)?降|减薪|\bpay cut\b|\bcut my (?:pay|wages?|salary)\b", re.IGNORECASE)
_NOTICE_ARTICLE = ("中华人民共和国劳动合同法", "37")
# Facts that end the job another way or let the worker leave at once: no 30 days' notice to count (the employer's
# fault, 劳动合同法第三十八条; a probation's three days; a job already ended).
_NO_NOTICE_TO_COUNT = ("resigned", "left_job", "dismissed", "probation", "wage_owed", "no_social_insurance",
                       "household_employer", "retired_pensioner", "student_intern", "part_time", "contract_expired")


def resignation_notice(text: str, facts: Facts, lang: str, today: date,
                       lookup: Callable[[str, str], RetrievedArticle | None]) -> tuple[str, RetrievedArticle | None]:
    """The day a resignation the worker plans must be given in writing by (30 days before the last day they name,
    劳动合同法第三十七条); ("", None) when no leaving day 30 days or more ahead is planned."""
    end = facts.end_date
    if end is None or end <= today or "end_date" in facts.rough_dates and end.day not in (15, 28, 29, 30, 31):
        return "", None
    text = normalize_text(text)
    if facts.has(*_NO_NOTICE_TO_COUNT) or not PLAN_TO_LEAVE.search(text) or _NOTICE_GIVEN.search(text) \
            or _PAY_CUT.search(text):
        return "", None
    art = lookup(*_NOTICE_ARTICLE)
    if art is None:
        return "", None
    latest = end - timedelta(days=30)
    if latest < today:
        # (less than 30 days ahead: whether notice was given already, or the employer's fault lets the worker go at
        # once, the message rarely says; a day to give notice by is told only while it can still be met)
        return "", None
    return answer_text(lang).resignation_notice.format(day=day_text(end, lang), latest=day_text(latest, lang),
                                                       days=(latest - today).days, basis=art.citation), art


# Quitting with compensation over the employer's fault (劳动合同法第三十八条第一款第二、三项, 第四十六条第一项): told as
# another way to a worker still in the job who is owed wages or whose insurance is not paid, when nothing in the answer
# already speaks of quitting.
_QUIT_ARTICLES = (("中华人民共和国劳动合同法", "38"), ("中华人民共和国劳动合同法", "46"))
# Workers for whom it is no way out: the job already over, an employer gone, no labour contract's compensation (a
# household's helper, a pensioner, an intern, a part-timer, a platform's rider whose relation is in doubt), or a worker
# the job protects now.
_NO_QUIT_OPTION = ("left_job", "dismissed", "resigned", "vanished_employer", "moving_assets", "owner_died",
                   "household_employer", "retired_pensioner", "student_intern", "part_time", "civil_servant",
                   "platform_worker", "craft_or_farm_employer", "not_started", "returned_to_agency",
                   # the claim already arbitrated (an award won, contested or challenged), the company closed and gone
                   "award_won", "award_contested", "award_challenged", "company_deregistered", "bankruptcy",
                   # quitting would lose a protection the job gives now: a pregnant, new or nursing mother's, an injured
                   # or sick worker's (劳动合同法第四十二条)
                   "pregnant", "pregnancy_period", "maternity_leave", "nursing", "injured", "sick_leave",
                   "occupational_disease", "hospitalized",
                   # the worker died: the family claims, nobody is left to quit
                   "death")
# The rules that already speak of quitting, being pushed out or leaving (the option would repeat or contradict them).
_ABOUT_LEAVING = re.compile(r"^(?:dismissal/|contract/(?:quit_for_employer_fault|expiry_\w+|worker_leaves_at_expiry|"
                            r"mutual_\w+)|social_insurance/resign_\w+|dispatch/dispatch_worker_quits|"
                            r"arrears/(?:wages_withheld_for_quitting|wage_arrears_after_leaving|boss_vanished|"
                            r"employer_moving_assets|company_bankrupt_wages)|"
                            # the claim already before arbitration or a court (an award to sue over, enforce or set aside)
                            r"procedure/(?:final_award|disagree_with_award|employer_challenges_award|enforce_award|"
                            r"award_overdue_sue_directly|enforcement_employer_has_no_assets|mixed_award_non_final))")


def quit_option(keys: Sequence[str], facts: Facts, lang: str,
                lookup: Callable[[str, str], RetrievedArticle | None], *,
                outside: bool = False) -> tuple[str, tuple[RetrievedArticle, ...]]:
    """The worker's other way out, as a next step: quitting by written notice over wages owed or insurance unpaid,
    with compensation (劳动合同法第三十八、四十六条), for a worker still in the job; ("", ()) when the facts do not
    give it, a rule of the answer (``keys``: the lead's and the parts') already speaks of leaving, or the lead rule
    puts the worker outside a labour relation (``outside``: a foreigner without a permit, a household's helper), where
    there is no labour contract to end with compensation."""
    ground = "wage_owed" if facts.has("wage_owed") else "no_social_insurance" if facts.has("no_social_insurance") else None
    if ground is None or outside or facts.has(*_NO_QUIT_OPTION) or any(_ABOUT_LEAVING.match(k) for k in keys):
        return "", ()
    arts = tuple(a for a in (lookup(*x) for x in _QUIT_ARTICLES) if a is not None)
    if len(arts) < len(_QUIT_ARTICLES):
        return "", ()
    # 《劳动合同法》第三十八条、第四十六条: the law named once
    first, rest = arts[0].citation, [a.citation.split("》", 1)[-1] if lang != "en" else a.citation for a in arts[1:]]
    basis = "、".join([first, *rest]) if lang != "en" else ", ".join([first, *rest])
    return answer_text(lang).quit_option[ground].format(basis=basis), arts


def _safer_to_meet(rule: Rule, checked: Triage) -> bool:
    """Whether the near limit is arbitration's year for the same pay the rule claims another way (an IOU sued on in
    court): meeting it loses nothing. Not for another claim (a blacklist's personal-information suit beside a
    dismissal)."""
    return rule.topic == "arrears" and checked.deadline is not None \
        and checked.deadline.kind.startswith("arbitration")


def _rests_on(rule: Rule, article: RetrievedArticle, checked: Triage) -> bool:
    """Whether the rule states ``article``, or another stating the same time limit, anywhere (its conclusion, steps
    or deadline)."""
    kind = checked.deadline.kind if checked.deadline is not None else ""
    want = {(short_law_name(article.law), article.key),
            *((short_law_name(law), key) for law, key in DEADLINE_ALSO.get(kind, ()))}
    return any((short_law_name(c.law), c.article) in want for c in rule.all_cites())


# The workers whose claims do not go to labour arbitration or work-injury recognition (解释（一）第二条, 民法典 for 劳务).
_OTHER_ROUTE_FLAGS = ("household_employer", "craft_or_farm_employer", "student_intern", "retired_pensioner",
                      "civil_servant")


# The fifteen-day steps that follow a decision already made (a lawsuit against an award, a second disability
# assessment): no rule's own time limit for bringing a claim stands in for them.
_STEP_AFTER_DECISION = frozenset({"lawsuit", "reassessment"})


def _another_route(rule: Rule, facts: Facts, kind: str = "") -> bool:
    """Whether the lead rule or the worker's facts put the claim outside the route a computed limit is of: a worker
    outside labour arbitration, or a rule stating a time limit of its own (民法典's three years) for a claim not yet
    brought (15 days to contest a disability grade the worker received stay beside the grade's benefits)."""
    return facts.has(*_OTHER_ROUTE_FLAGS) or (rule.deadline is not None and kind not in _STEP_AFTER_DECISION)


# A court's periods (民事诉讼法第八十五条): one whose last day is a public rest day runs to the first day after it. The
# fifteen days to sue after an award are such a period; a weekend is a rest day (a public holiday's dates are not known
# here, so only Saturdays and Sundays are told).
_COURT_PERIOD = ("中华人民共和国民事诉讼法", "85")
# The article of the employer's own step told before the worker's deadline, where it is not the deadline's own (an
# injury's 30 days for the employer to apply are in 工伤保险条例第十七条 with the worker's year): a final award's 30 days
# for the employer to ask that it be set aside.
_EMPLOYER_STEP_BASIS = {"enforcement": ("中华人民共和国劳动争议调解仲裁法", "49")}
_COURT_PERIOD_KINDS = frozenset({"lawsuit"})


def own_deadline_line(checked: Triage, lang: str, lookup: Callable[[str, str], RetrievedArticle | None]
                      ) -> tuple[str, RetrievedArticle | None, RetrievedArticle | None]:
    """The worker's own running time limit as a line citing its article, or "" when there is none or the
    knowledge base does not hold the article it rests on; and the article a weekend's note cites (a lawsuit's
    fifteen days ending on a Saturday run to Monday, but Friday is the day to be safe), when one is added."""
    d = checked.deadline
    basis = DEADLINE_BASIS.get(d.kind) if d is not None else None
    art = lookup(*basis) if basis else None
    employer = (d.employer_due, d.employer_days_left) if d is not None and d.employer_due is not None \
        and d.employer_days_left is not None else None
    # the employer's step, where an article other than the deadline's states it, is told only with that article
    step_basis = _EMPLOYER_STEP_BASIS.get(d.kind) if d is not None and employer is not None else None
    step = lookup(*step_basis) if step_basis else None
    if step_basis and step is None:
        employer = None
    cited = ("; " if lang == "en" else "、").join(a.citation for a in (step, art) if a is not None)
    line = own_deadline(d.kind, d.due, d.days_left, lang, basis=cited, rough=d.rough,
                        employer=employer) if art is not None else ""
    if not line:
        return "", None, None
    if step is not None:
        return line, art, step
    court = lookup(*_COURT_PERIOD) if d.kind in _COURT_PERIOD_KINDS and d.due.weekday() >= 5 and not d.rough else None
    if court is None:
        return line, art, None
    moved = d.due + timedelta(days=7 - d.due.weekday())
    safe = d.due - timedelta(days=d.due.weekday() - 4)
    day = (("Saturday", "Sunday") if lang == "en" else ("星期六", "星期日"))[d.due.weekday() - 5]
    note = answer_text(lang).weekend_deadline.format(day=day, moved=day_text(moved, lang, year=False),
                                                     safe=day_text(safe, lang, year=False), basis=court.citation)
    return line + "\n" + note, art, court


def escalation_codes(t: Triage, rule: Rule | None, calculation: Calculation | None) -> list[str]:
    """Why a person should take the case now: the triage policy's reasons, the matched rule's own, and a
    computed deadline that is near, most serious first."""
    # A rule's own codes count when they are true of its whole situation; a deadline is near only when
    # computed from the worker's dates (by triage or the calculator), never because a rule is about one.
    codes = set(t.codes) | (set(rule.escalate) - {"deadline_near", "group_claim"} if rule is not None else set())
    if calculation is not None and deadline_is_near(calculation.days_left):
        codes.add("deadline_near")
    return [c for c in SEVERITY if c in codes]
