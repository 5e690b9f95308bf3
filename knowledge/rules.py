"""Situation rules: the answers a legal-aid hotline gives, as data, each resting on the articles it cites.

One YAML file per topic under ``knowledge/rules/`` (the file name is the topic key). A rule says in
which situations it applies (everyday phrasings, Chinese and English), when it does *not* apply
(facts that exclude it, and the rule that applies instead), the conclusion in plain words, the
articles it rests on (with the key terms each article's text must carry, checked by a test), the
facts its figures need, the calculator it opens, and the evidence, the place to go and the
deadline for that situation. The schema is documented in ``knowledge/rules/README.md``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace, field
from pathlib import Path
from typing import Any

import yaml

from knowledge.bm25 import BM25Index, tokenize
from knowledge.calculators.laws import CIVIL_CODE
from knowledge.index import IndexItem, VectorCollection
from knowledge.numerals import article_key, parse_article_key

RULE_DIR = Path(__file__).parent / "rules"
RANKER_FILE = Path(__file__).parent / "data" / "rule_ranker.json"  # fitted by benchmarks/train_rule_ranker.py

TOPICS = frozenset({
    "labor_relation", "arrears", "contract", "dismissal", "overtime_hours", "social_insurance", "injury",
    "procedure", "women", "privacy", "dispatch",
})

# The facts a rule may require or be excluded by: flags read from the worker's message by the fact
# extractor (knowledge/facts.py). A rule naming any other flag is refused at load time.
FACT_FLAGS = frozenset({
    # who employs the worker, and how
    "household_employer",
    "craft_or_farm_employer",  # an individual craftsman or a rural contracting household (解释（一）第二条第五、六项)
    "platform_worker", "dispatched", "construction", "individual_contractor",
    "job_contractor",  # takes a job on their own account (own tools, a lump sum, checked on completion): 承揽
    "weekday_rest_days",  # the weekly rest days fall on weekdays (周一周二休): weekend work is an ordinary shift
    "service_period",  # a training service period or bond agreed (服务期, 培训协议)
    "ship_crew",  # the worker serves on a ship (船员, 海员): the maritime lien
    "inland_vessel",  # a ship of inland waters (长江, 内河): no sea-going ship, so no maritime lien (海商法第三条)
    # asking whether to quit, with nothing told of having left (能不能直接辞职): still in the job, so not the rules for
    # what is owed after leaving (a flag of its own: the situations' profiles know still_employed, not this)
    "asks_to_quit",
    "above_minimum_wage",  # the pay received, told, is at or above the local minimum told (到手3100, 最低工资2490)
    "employer_abroad",  # the employer is abroad with no company or office in China
    "objected_to_change",  # the worker objected to a change of post or pay at the time (no agreement by conduct)
    # a change of post, place or pay the worker went along with for over a month without objecting (解释（一）第四十三条)
    "change_performed",
    # worked on past the contract's expiry with no renewal (到期了…我就照常上班): 解释（一）第三十四条, 解释（二）第十一条
    "kept_on_after_expiry",
    # out on the employer's errand (公司派我上门, 出差, 外出送货): a trip for work, not the commute (工伤保险条例第十四条第五项)
    "work_errand",
    "graduated",  # the worker has graduated (已经毕业, 毕业证拿到了, graduated): a graduate called an intern is an employee
    "borrowed_licence",  # the business runs under another's licence or name (执照是借的, 挂靠): the lender is liable
    # the employer company deregistered (简易注销, 状态是注销): its shareholders' and liquidators' liability, no change of name
    "company_deregistered",
    "task_contract",  # a contract for the length of a task (以完成本剧拍摄为期限): no void termination clause
    "company_contractor",  # a company took the canteen or site on (承包食堂的餐饮公司): no individual contractor's rule
    "died_after_48h",  # a death after more than 48 hours of treatment: no deemed work injury for a sudden illness
    "collapse_survived",  # a collapse or sudden illness lived through (晕倒…已经出院): no deemed work injury either
    "pay_shortfall_told",  # pay told as less than it should be (只发底薪, 扣了, 降到, pays me only): a difference to claim
    "overtime_waiver",  # overtime pay waived or called voluntary (自愿放弃加班费承诺书, 奋斗者协议): the waiver rule needs it
    "heatstroke",  # heat told (中暑, 热射病, heatstroke): the rule on heatstroke at work needs it
    "in_dormitory",  # the accident happened in the employer's dormitory (宿舍着火): the off-duty dormitory rule needs it
    "borrowed_identity",  # the worker works under someone else's ID (用我表姐的身份证进的厂): no ID withheld; pay owed
    "award_won",  # an award or judgment won and in force, unpaid (仲裁赢了公司不给): enforcement, not a new claim
    "working_abroad",  # the worker is working abroad now (派到沙特的工地, sent to a camp in Saudi Arabia): the consulate helps
    "work_accident",  # an accident of force at work (摔下来, 被砸, 触电, 爆炸): an injury by accident, not a sudden illness
    "traffic_accident",  # a road accident (追尾, 车祸, 被车撞): an injury or death by accident, not a sudden illness
    "miscarriage",  # a pregnancy lost or ended (流产, 胎停, 引产): the pregnancy's own rules give way to the leave for it
    "works_from_home",  # the worker works remotely from home (居家办公, 在家远程): a camera there films a private space
    "outsourced_staff",  # contracted to an outsourcing or staffing firm, managed day to day by another company
    "stalked",  # followed, waited for or turned up on at home by someone (a location app alone is not this)
    "over_part_time_hours",  # called part-time, but more than 4 hours a day or 24 a week (劳动合同法第六十八条)
    "registered_business",  # the employer holds a business licence (营业执照, 个体工商户)
    "info_disclosed",  # the worker's own information made known to others (发到全厂大群里, 泄露): a disclosure
    "left_at_expiry",  # the worker left when the contract ran out (合同到期走的): no work went on after it
    "agent_contract",  # engaged as an agent on commission (保险个人代理合同, 代理人, 营销员): an agency, unless managed as staff
    "managed_as_staff",  # clocks in, attends roll calls or draws a base salary (打卡, 早会, 有底薪): managed like staff
    "part_time", "student_intern", "retired_pensioner", "over_retirement_age", "civil_servant", "foreigner",
    "work_permit",
    # the state of the job
    "not_started",  # an offer accepted, the first day not come (or the offer withdrawn before it)
    "still_employed", "left_job", "dismissed", "resigned", "quitting", "probation", "no_written_contract",
    "unfit_alleged",  # the employer says the worker cannot do the job (业绩不达标, 考核不合格, 不能胜任, poor performance)
    "probation_over_limit",  # the probation told is longer than the contract term told allows (劳动合同法第十九条)
    "contract_expired", "tenure_under_1m", "tenure_1_12m", "tenure_over_12m",
    "tenure_over_10y",  # ten years or more with the employer (the open-ended contract)
    "ten_years_only",  # ten years with the employer and no two fixed terms told: the years are the ground
    # near retirement with fewer than fifteen years here and no other ground extending the contract: no extension by law
    "near_retirement_under_15y",
    "refused_to_sign",  # the worker declined the written contract offered
    "asked_to_sign",  # the worker asks whether to sign a paper put to them (not signed yet)
    "backdated_contract",  # ...a contract dated back (倒签, 落款日期写的是入职那天): its date is no signing day
    "bankruptcy",  # the employer in a court's bankruptcy proceedings (法院受理了破产, 破产管理人): the administrator's list
    "second_fixed_term",  # two fixed-term contracts signed in a row (the second running out)
    "unlicensed_agency",  # the agency that sent the worker holds no dispatch licence
    "returned_to_agency",  # the host sent the dispatched worker back to the agency (退回派遣公司)
    "paid_less_than_peers",  # the same work as colleagues for less pay (equal pay)
    "franchise",  # a franchised shop: the franchisee, not the brand, employs its staff
    "owner_died",  # the boss (a shop's owner, a gang boss) has died: his debts pass to his estate
    "injured_off_work",  # hurt away from work (at home, at sport): the medical period, not a work injury
    "hurt_doing_the_job",  # hurt in the middle of the job itself (示范动作时扭了手腕): not on a break or on the way
    "on_a_break",  # hurt at the workplace on a break (去厕所滑了一跤, 午休打饭摔了): the rule on breaks, not the general accident rule
    # a leaving agreement, resignation or settlement already signed (what it is worth, not whether to sign)
    "leaving_paper_signed",
    "late_pregnancy",  # seven months pregnant or more (no overtime or night shifts at all)
    "early_pregnancy",  # under seven months pregnant, told (怀孕4个多月): night shifts not barred yet
    "caused_loss",  # the worker caused the employer a loss (打碎了餐具, 把货弄坏了, 短款): deductions for it, not fines
    "near_retirement",  # retirement near, or said by the employer to be reached
    # body and family
    "pregnant", "maternity_leave", "nursing",
    "maternity_insured",  # maternity insurance is paid for her: the fund pays the allowance
    "difficult_birth",  # 难产, a caesarean (剖宫产) as most provinces count it: 15 days more maternity leave
    "pregnancy_period",  # any of the three: the rules written for a pregnant, new or nursing mother require it
    "injured", "hospitalized", "fracture", "head_injury", "amputation",
    "death", "disability", "occupational_disease", "commuting", "sick_leave",
    # the band of a disability grade told (伤残五级: grade_5_6), read with the flags (knowledge.facts.profile_flags):
    # the benefits differ by band, so a rule for one band gives way to the band's own
    "grade_1_4", "grade_5_6", "grade_7_10",
    "not_own_fault",  # the other party was wholly, mainly or equally to blame (交警认定对方全责)
    "own_main_fault",  # the worker was mainly or wholly to blame (交警说我主要责任): no commuting injury
    # money and insurance
    "no_social_insurance", "wage_owed", "overtime",
    "overtime_total",  # the overtime hours told are all the hours so far (今年到现在加了60个小时), not a month's
    "wage_iou",  # the employer wrote the worker an IOU for the wages (欠条, 白条): a court takes it directly
    "wage_includes_overtime",  # the wage is said to include overtime pay (包薪, 含加班费, 工资包干)
    "inclusion_unwritten",  # ...but only in the boss's words, with no agreement in writing (the wage is the normal pay)
    # paid by the piece (计件, 一件8毛, piece rate): the month's pay already paid every hour at the piece price, so the
    # overtime owes only the premium on it (工资支付暂行规定第十三条第二款)
    "piece_rate",
    # danger, crime, collective claims
    "group", "small_group", "vanished_employer", "moving_assets", "violence", "threat", "harassment", "hidden_camera",
    "camera_in_private_space",  # a camera put openly where people sleep (宿舍屋里明着装摄像头): no secret filming
    # the birth month told puts the worker past the old retirement age (60; a woman's 50 or 55) but short of the new
    # one, rising since 2025 (1966年10月生的…满60了): the contract does not end for retirement yet
    "before_new_retirement_age",
    # the job was ended on a day short of the worker's own retirement age, reached since (今年3月31号说我满60了给我办了终止，
    # 我的退休年龄是60岁零4个月…现在在领养老金了): an unlawful termination that can no longer be undone
    "ended_before_retirement_age",
    # the employer told to be treating the worker well, no push to leave (公司没为难我，领导也挺照顾): a worry about the job,
    # not the rules for a pregnant worker pushed out
    "not_pushed",
    # the worker's ID card, passport or certificates kept by the employer (护照被收走了, took my passport): unlawful in itself
    "documents_withheld",
    # an award told as made that the employer contests in court (仲裁裁决…学校不服，起诉了): the claim was brought, so no
    # time limit to bring it is counted, and the rules on that limit give way to the late defence's
    "award_contested",
    "own_agency",  # the employer's own agency dispatches its staff back to it (自己投资成立的人力公司): self-dispatch
    "no_secret_access",  # never had access to trade secrets (接触不到商业秘密): a non-compete does not bind them
    "own_time_at_work",  # hurt at the workplace on one's own time (没排课，我自己上高级道练活儿): not plainly for work
    "forced_labour", "official_order_ignored", "self_harm",
    # held by threats of violence for leaving, locked in, or no way off the site (谁敢走就找人打断腿, 把车间门锁了关了一晚上,
    # 没有他的船上不了岸): forced labour itself, not papers kept or a doxxing, comes first
    "held_by_threats",
    "disease_diagnosed",  # an occupational disease already diagnosed (确诊, 诊断证明书): the work-injury route, not diagnosis
    "unemployment_named",  # unemployment benefit named (失业金, unemployment): the benefit's rules need it named
    # the ways to claim compared (12333、劳动监察、仲裁有啥区别, 先投诉还是先仲裁, which is faster): the rule comparing them
    "routes_compared",
    # the arbitration commission refused the case or left it undecided (不予受理通知书, 交了申请一直不立案, refused to accept my
    # case): the court is next; a worker who only fears being too late has applied nowhere yet
    "arbitration_refused",
    "comprehensive_hours",  # hours averaged under a scheme the employer names (综合工时): its approval decides the overtime
    "scheme_approved",  # a comprehensive-hours scheme the labour authority approved, told by the worker (有批文)
    "low_contribution_base",  # insurance paid on a base below the wage (按最低基数交): a shortfall, not insurance unpaid
    "refused_overtime",  # overtime refused or pushed back on (不想加, 只能加到8点): the refusal, not the hours' limits
    "criminal_route",  # the police or a crime asked about, or an order to pay ignored: the wage-refusal crime's conditions
    # the proceedings: an award the worker says is not final, a mediation agreement already reached
    "non_final_award", "mediation_agreed",
    "award_challenged",  # the losing employer sues over, appeals or asks to set aside an award (or says it will)
    "injury_recognised",  # the work injury has already been recognised (认定下来了, 鉴定为九级): applying is behind
    # who asks: about someone else's job (a relative, a fellow villager)
    "on_behalf",
})

# The statuses outside a labour relation: a rule written for one of them, with the civil code's time limit, is on the
# civil route (Rule.civil_route).
_OUTSIDE_LABOUR_RELATION = frozenset({"household_employer", "retired_pensioner", "student_intern"})

# The kinds of question a rule answers, as the question-type reader (knowledge/facts.py) names them.
QUESTION_KINDS = frozenset({"is_legal", "can_i", "how_much", "how_long", "where", "evidence", "what_next",
                            "cost",  # cost: what going to arbitration or a lawyer costs the worker
                            "time_limit",  # time_limit: whether a time limit has run (过了时效吗, 还来得及吗, too late)
                            # heard_claim: whether what someone else said holds (HR说…是真的吗, is that true?): a rule's
                            # yes or no answers its own question, not theirs
                            "heard_claim"})

# The calculators a rule may open (knowledge/calculators).
CALCULATORS = frozenset({
    "double_wages", "economic_compensation", "unlawful_dismissal", "overtime_pay", "arbitration_deadline",
    "injury_application_deadline", "part_time_check", "work_injury_benefits", "wage_deduction_cap",
    "probation_wage_floor", "annual_leave_pay", "maternity_allowance", "maternity_leave", "wage_shortfall",
    "service_period_penalty", "probation_excess", "wage_arrears", "unemployment_period",
})

# The triage codes a rule may carry (bot/triage.py explains each).
ESCALATION_CODES = frozenset({
    "life_safety", "death", "serious_injury", "occupational_disease", "group_claim", "vanished_employer",
    "deadline_near", "pregnancy_dismissal", "sexual_harassment", "crime_against_worker",
})

_RULE_KEYS = frozenset({
    "id", "situations", "asks", "requires", "excludes", "conclusion", "cites", "facts", "calculator",
    "evidence", "where", "deadline", "escalate", "aside",
})
_REQUIRED = ("id", "situations", "conclusion", "cites")


@dataclass(frozen=True, slots=True)
class RuleCite:
    """One article a rule rests on, with words its text must contain (checked against the statute)."""

    law: str
    article: str  # "82", "276之一"
    terms: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"《{self.law}》第{self.article}条"


@dataclass(frozen=True, slots=True)
class Text:
    """A sentence for the worker in Chinese and English, with the articles it states (if any)."""

    zh: str
    en: str
    cites: tuple[RuleCite, ...] = ()

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


@dataclass(frozen=True, slots=True)
class Exclusion:
    """A fact under which the rule does not apply, and the rule that applies instead (``topic/id``)."""

    when: str
    instead: str | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    """One situation and its answer."""

    topic: str
    id: str  # unique within the topic
    situations_zh: tuple[str, ...]
    situations_en: tuple[str, ...]
    conclusion: Text
    cites: tuple[RuleCite, ...]  # the decisive article first
    asks: frozenset[str] = frozenset()
    requires: frozenset[str] = frozenset()
    excludes: tuple[Exclusion, ...] = ()
    facts: tuple[str, ...] = ()
    calculator: str | None = None
    evidence: tuple[Text, ...] = ()
    where: tuple[Text, ...] = ()
    deadline: Text | None = None
    escalate: frozenset[str] = frozenset()
    # The words of a plan or worry told beside the worker's question (堵门, 拉横幅 after a dismissal): a rule with them
    # is answered whenever the message uses them, and leads only when the message asks about the plan itself or
    # nothing else near it does (otherwise it follows the lead as a part).
    aside: re.Pattern | None = None

    @property
    def key(self) -> str:
        """The rule's identity across topics: ``topic/id``."""
        return f"{self.topic}/{self.id}"

    @property
    def situations(self) -> tuple[str, ...]:
        return self.situations_zh + self.situations_en

    @property
    def civil_route(self) -> bool:
        """Whether the rule puts the worker outside a labour relation and labour arbitration: a rule whose time limit
        is the civil code's and that is about the relation itself (a freelancer's fee, a household helper's pay, a
        rehired pensioner's) or written for a status outside it (a household helper's, a pensioner's or a student
        intern's injury)."""
        d = self.deadline
        civil = d is not None and bool(d.cites) and all(c.law == CIVIL_CODE for c in d.cites)
        return civil and (self.topic == "labor_relation" or bool(self.requires & _OUTSIDE_LABOUR_RELATION))

    def all_cites(self) -> tuple[RuleCite, ...]:
        """Every article the rule states anywhere, the decisive one first, each once."""
        texts = (self.conclusion, *self.evidence, *self.where, *((self.deadline,) if self.deadline else ()))
        seen: dict[tuple[str, str], RuleCite] = {}
        for c in (*self.cites, *(c for t in texts for c in t.cites)):
            seen.setdefault((c.law, c.article), c)
        return tuple(seen.values())


@dataclass(slots=True)
class RuleBook:
    """Every rule, by key (``topic/id``), in file order."""

    rules: dict[str, Rule] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.rules)

    def __iter__(self):
        return iter(self.rules.values())

    def get(self, key: str) -> Rule | None:
        return self.rules.get(key)

    def by_topic(self, topic: str) -> list[Rule]:
        return [r for r in self.rules.values() if r.topic == topic]


def load_rules(root: Path | None = None) -> RuleBook:
    """Return every rule under ``root`` (default: the bundled ``knowledge/rules``).

    Raises ValueError naming the file and the place in it when a rule does not follow the schema,
    when two rules share a key, or when an ``instead`` names a rule that does not exist."""
    folder = Path(root) if root is not None else RULE_DIR
    book = RuleBook()
    for path in sorted(folder.glob("*.yaml")):
        for rule in load_rule_file(path):
            if rule.key in book.rules:
                raise ValueError(f"{path}: rule {rule.key} is defined twice")
            book.rules[rule.key] = rule
    for rule in book:
        for ex in rule.excludes:
            if ex.instead is not None and ex.instead not in book.rules:
                raise ValueError(f"rule {rule.key}: excludes.instead names {ex.instead!r}, which does not exist")
    for key, rule in book.rules.items():
        if rule.topic == "injury" and not any(ex.when == "injured_off_work" for ex in rule.excludes):
            # hurt at home or at sport: none of the work-injury rules holds (the medical period's rules do)
            book.rules[key] = replace(rule, excludes=(*rule.excludes, Exclusion("injured_off_work", None)))
    if _HELPER_RULE in book.rules:
        for key, rule in book.rules.items():
            if key != _HELPER_RULE and any(ex.when == "household_employer" for ex in rule.excludes) and not any(
                    ex.when == "craft_or_farm_employer" for ex in rule.excludes):
                book.rules[key] = replace(rule, excludes=(*rule.excludes,
                                                          Exclusion("craft_or_farm_employer", _HELPER_RULE)))
    return book


# A rule that does not hold for a worker a household hires directly does not hold for the helper of an individual
# craftsman or a rural contracting household either (解释（一）第二条第四至六项: none of them is a labour dispute); that
# helper is answered by this rule instead.
_HELPER_RULE = "labor_relation/craftsman_or_farm_helper"


def load_rule_file(path: Path) -> list[Rule]:
    """Return the rules of one topic file; raise ValueError naming the file on a schema error."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read rules: {exc}") from exc
    try:
        if not isinstance(data, Mapping) or set(data) != {"topic", "rules"}:
            raise _SchemaError("the file must be a mapping with exactly topic and rules")
        topic = data["topic"]
        if topic != path.stem or topic not in TOPICS:
            raise _SchemaError(f"topic {topic!r} must be one of the topics and match the file name")
        if not isinstance(data["rules"], list) or not data["rules"]:
            raise _SchemaError("rules: a non-empty list is required")
        return [_rule(raw, topic, f"rules[{i}]") for i, raw in enumerate(data["rules"])]
    except _SchemaError as exc:
        raise ValueError(f"{path}: {exc}") from None


class _SchemaError(Exception):
    """A schema problem at a place inside one file; load_rule_file adds the file name."""


def _rule(raw: Any, topic: str, where: str) -> Rule:
    if not isinstance(raw, Mapping):
        raise _SchemaError(f"{where}: a rule must be a mapping")
    rid = _string(raw.get("id"), f"{where}.id")
    where = f"{where} ({rid})"
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise _SchemaError(f"{where}: unknown keys {sorted(map(str, unknown))}")
    for key in _REQUIRED:
        if key not in raw:
            raise _SchemaError(f"{where}: {key} is required")
    situations = raw["situations"]
    if not isinstance(situations, Mapping) or set(situations) - {"zh", "en"}:
        raise _SchemaError(f"{where}.situations: a mapping with zh and en lists")
    zh = tuple(_string(s, f"{where}.situations.zh") for s in situations.get("zh") or [])
    en = tuple(_string(s, f"{where}.situations.en") for s in situations.get("en") or [])
    if len(zh) < 3 or len(en) < 1:
        raise _SchemaError(f"{where}.situations: at least three Chinese and one English phrasing")
    cites = tuple(_cite(c, f"{where}.cites[{j}]") for j, c in enumerate(_list(raw["cites"], f"{where}.cites")))
    if not cites:
        raise _SchemaError(f"{where}.cites: at least one article")
    calculator = raw.get("calculator")
    if calculator is not None and calculator not in CALCULATORS:
        raise _SchemaError(f"{where}.calculator: {calculator!r} is not a calculator ({sorted(CALCULATORS)})")
    return Rule(
        topic=topic, id=rid, situations_zh=zh, situations_en=en,
        conclusion=_text(raw["conclusion"], f"{where}.conclusion", cited=False),
        cites=cites,
        asks=_codes(raw.get("asks"), QUESTION_KINDS, f"{where}.asks"),
        requires=_codes(raw.get("requires"), FACT_FLAGS, f"{where}.requires"),
        excludes=tuple(_exclusion(e, f"{where}.excludes[{j}]") for j, e in
                       enumerate(_list(raw.get("excludes"), f"{where}.excludes"))),
        facts=tuple(_string(f, f"{where}.facts") for f in _list(raw.get("facts"), f"{where}.facts")),
        calculator=calculator,
        evidence=tuple(_text(t, f"{where}.evidence[{j}]") for j, t in
                       enumerate(_list(raw.get("evidence"), f"{where}.evidence"))),
        where=tuple(_text(t, f"{where}.where[{j}]") for j, t in enumerate(_list(raw.get("where"), f"{where}.where"))),
        deadline=_text(raw["deadline"], f"{where}.deadline") if raw.get("deadline") is not None else None,
        escalate=_codes(raw.get("escalate"), ESCALATION_CODES, f"{where}.escalate"),
        aside=_pattern(raw["aside"], f"{where}.aside") if raw.get("aside") is not None else None,
    )


def _pattern(raw: Any, where: str) -> re.Pattern:
    try:
        return re.compile(_string(raw, where), re.IGNORECASE)
    except re.error as exc:
        raise _SchemaError(f"{where}: not a regular expression ({exc})") from exc


def _exclusion(raw: Any, where: str) -> Exclusion:
    if not isinstance(raw, Mapping) or "when" not in raw or set(raw) - {"when", "instead"}:
        raise _SchemaError(f"{where}: a mapping with when (a fact flag) and optional instead (topic/id)")
    when = raw["when"]
    if when not in FACT_FLAGS:
        raise _SchemaError(f"{where}.when: {when!r} is not a fact flag ({sorted(FACT_FLAGS)})")
    instead = raw.get("instead")
    if instead is not None and (not isinstance(instead, str) or "/" not in instead):
        raise _SchemaError(f"{where}.instead: a rule key topic/id")
    return Exclusion(when=when, instead=instead)


def _text(raw: Any, where: str, *, cited: bool = True) -> Text:
    keys = {"zh", "en", "cites"} if cited else {"zh", "en"}
    if not isinstance(raw, Mapping) or not {"zh", "en"} <= set(raw) or set(raw) - keys:
        raise _SchemaError(f"{where}: a mapping with zh and en" + (" and optional cites" if cited else ""))
    cites = tuple(_cite(c, f"{where}.cites[{j}]") for j, c in enumerate(_list(raw.get("cites"), f"{where}.cites")))
    return Text(zh=_string(raw["zh"], f"{where}.zh"), en=_string(raw["en"], f"{where}.en"), cites=cites)


def _cite(raw: Any, where: str) -> RuleCite:
    if not isinstance(raw, Mapping) or not {"law", "article"} <= set(raw) or set(raw) - {"law", "article", "terms"}:
        raise _SchemaError(f"{where}: a cite is a mapping with law, article and terms")
    law = _string(raw["law"], f"{where}.law")
    article = raw["article"]
    parsed = parse_article_key(article) if isinstance(article, str | int) and not isinstance(article, bool) else None
    if parsed is None:
        raise _SchemaError(f"{where}.article: {article!r} is not an article number")
    terms = tuple(_string(t, f"{where}.terms") for t in _list(raw.get("terms"), f"{where}.terms"))
    return RuleCite(law=law, article=article_key(*parsed), terms=terms)


def _codes(raw: Any, allowed: frozenset[str], where: str) -> frozenset[str]:
    codes = frozenset(_string(c, where) for c in _list(raw, where))
    unknown = codes - allowed
    if unknown:
        raise _SchemaError(f"{where}: unknown {sorted(unknown)} (allowed: {sorted(allowed)})")
    return codes


def _list(raw: Any, where: str) -> list:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise _SchemaError(f"{where}: must be a list")
    return raw


def _string(raw: Any, where: str) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise _SchemaError(f"{where}: a non-empty string is required")
    return raw.strip()


# =============================================================================================
# Matching a message to the rules


@dataclass(frozen=True, slots=True)
class RuleMatch:
    """A rule that fits a message: how closely, and whether it came in place of an excluded rule."""

    rule: Rule
    score: float  # the fused score the matches are ordered by
    similarity: float  # best cosine similarity of the message to one of the rule's situations
    lexical: float  # best BM25 score of the message against one of the rule's situations
    confident: bool  # close enough to answer with the rule's conclusion
    via: str | None = None  # the excluded rule whose ``instead`` led here
    features: Mapping[str, float] = field(default_factory=dict, compare=False)  # what the ranker weighed


# A word repeated in a message counts at most three times against the rules' situations (a message naming its two
# factories nine times is not nine times about 厂); the articles' word search counts it once. Measured over the 5,521
# questions of dev and held-out 1-48 by the rule each answer leads with (does it cite a gold article): once, 18 fewer;
# three times, as many as before; without a cap the blacklist rule led a worker shuttled between two factories.
_SITUATION_WORD_REPEATS = 3


@dataclass(slots=True)
class MatchSettings:
    """Thresholds of :meth:`RuleIndex.match` (calibrated on the rules' own situations, held out one by one)."""

    candidates: int = 60  # situation neighbours read from the vector index
    rrf_k: float = 10.0
    dense: float = 1.0
    lexical: float = 0.7
    topic_bonus: float = 0.15  # the message's topic is the rule's
    article_bonus: float = 0.15  # a decisive article of the rule was also retrieved for the message
    asks_bonus: float = 0.05  # the rule answers the kind of question asked
    # A match is trusted (the answer leads with its conclusion) when retrieval independently found one of
    # its two decisive articles among the top five, when the message's facts vouch for it (it requires
    # a flag the message has, or an exclusion led to it), or when the message is nearly one of its
    # situations.
    # Measured on the dev and held-out questions (benchmarks/bench_answers.py): the top rule cites a gold
    # article for 0.82 of questions; with this gate, for 0.88-0.89 of the 0.66-0.71 it covers.
    agreeing_articles: int = 5
    confident_similarity: float = 0.955
    # ... or when meaning and wording agree: the rule is first in both rankings, its words clearly present.
    agreeing_lexical: float = 12.0
    # The situations a rule is written for carry facts (injured, dismissed, pregnant …): a rule whose
    # situations share the message's facts gains, one whose situations state the opposite of the message's
    # (dismissed where the worker resigned, left where they still work) loses.
    profile_bonus: float = 1.0
    profile_penalty: float = 0.3


# Facts that cannot both hold of one worker's situation (a rule about one does not fit a message stating
# the other).
OPPOSED_FLAGS: tuple[tuple[str, str], ...] = (
    ("resigned", "dismissed"), ("still_employed", "left_job"), ("still_employed", "dismissed"),
    ("still_employed", "resigned"),
    ("grade_1_4", "grade_5_6"), ("grade_1_4", "grade_7_10"), ("grade_5_6", "grade_7_10"),  # disability bands
    ("tenure_under_1m", "tenure_1_12m"), ("tenure_under_1m", "tenure_over_12m"),  # how long they have worked
    ("tenure_1_12m", "tenure_over_12m"),
)
# Facts that say little about which situation it is (most messages about work carry them).
# (pay_shortfall_told: a gate for the rule on pay short of what was agreed; its words, 扣 and 不给 among them, are in too many
# messages to tell the rules apart)
_COMMON_FLAGS = frozenset({"left_job", "wage_owed", "pay_shortfall_told"})


def exclusion_for(rule: Rule, flags: frozenset[str]) -> Exclusion | None:
    """The first of a rule's exclusions the message's facts trigger (a household worker for a rule on companies),
    or None."""
    return next((ex for ex in rule.excludes if ex.when in flags), None)


def follow_exclusions(book: RuleBook, rule: Rule, flags: frozenset[str]) -> tuple[Rule | None, str | None]:
    """The rule the facts leave standing when ``rule`` is read with them: each exclusion the facts trigger gives way to
    its ``instead`` rule, followed to the end (the first month's rule gives way to the first year's, which gives way to
    the one for a worker who refused to sign), never round in a circle. None when an exclusion leaves no rule. Also
    the key of the last rule that gave way (None when ``rule`` itself stands)."""
    seen, via = {rule.key}, None
    while (excluded := exclusion_for(rule, flags)) is not None:
        instead = book.get(excluded.instead) if excluded.instead else None
        if instead is None or instead.key in seen:
            return None, via
        via, rule = rule.key, instead
        seen.add(rule.key)
    return rule, via


def situation_profile(book: RuleBook, read_flags: Callable[[str], frozenset[str]]) -> dict[str, dict[str, float]]:
    """For every rule, the share of its situations that state each fact (by ``read_flags``, the fact
    extractor): what the situations a rule was written for have in common."""
    out: dict[str, dict[str, float]] = {}
    for rule in book:
        counts: dict[str, int] = {}
        for phrase in rule.situations:
            for flag in read_flags(phrase):
                counts[flag] = counts.get(flag, 0) + 1
        n = max(1, len(rule.situations))
        out[rule.key] = {flag: c / n for flag, c in counts.items()}
    return out


def profile_fit(profile: Mapping[str, float], flags: frozenset[str]) -> tuple[float, float]:
    """(agreement, contradiction) of a message's facts with a rule's situation profile, each 0..1.

    Agreement: the mean share of the rule's situations stating each informative fact of the message.
    Contradiction: the largest share of its situations stating a fact opposed to one the message states
    that the situations themselves rarely state."""
    informative = flags - _COMMON_FLAGS
    agree = sum(profile.get(f, 0.0) for f in informative) / len(informative) if informative else 0.0
    against = 0.0
    for a, b in OPPOSED_FLAGS:
        for mine, other in ((a, b), (b, a)):
            if mine in flags and other not in flags and profile.get(mine, 0.0) < 0.2:
                against = max(against, profile.get(other, 0.0))
    return agree, against


def profile_missing(profile: Mapping[str, float], flags: frozenset[str]) -> float:
    """The largest share of a rule's situations stating an informative fact the message does not state: what
    the rule presupposes and the worker has not said (a rule on quitting over unpaid wages, for a worker who
    only says the wages are owed)."""
    return max((share for flag, share in profile.items() if flag not in flags and flag not in _COMMON_FLAGS),
               default=0.0)


@dataclass(frozen=True, slots=True)
class RuleRanker:
    """Learned weighings fitted by ``benchmarks/train_rule_ranker.py`` on questions labelled by lawyer-readers.

    ``weights``: the log-odds that a rule is one a lawyer would lead the answer with, from the match features
    (:meth:`RuleIndex.match`); a match is trusted when its log-odds reach ``lead``. ``part_weights``: the
    log-odds that another rule answers another thing the message asks (:func:`part_candidates`); such a rule
    is answered too when its log-odds reach ``part_lead``."""

    weights: Mapping[str, float]
    bias: float
    lead: float
    part_weights: Mapping[str, float] = field(default_factory=dict)
    part_bias: float = 0.0
    part_lead: float = float("inf")  # no part model: no other part is answered by it
    # Each labelled rule's track record (log of times acceptable to times misleading, from the labels it was
    # fitted on): the "record" feature of a match. A rule never labelled has 0.
    record: Mapping[str, float] = field(default_factory=dict)
    # Each labelled rule's track record as another part (log of times labelled a part to times near but not
    # labelled): the "part_record" feature of :func:`part_candidates`.
    part_record: Mapping[str, float] = field(default_factory=dict)
    # A part presupposing a fact the message does not state in this share of its situations or more is never answered
    # (a vanished boss's emergency steps for wages merely owed).
    part_gate: float = float("inf")

    def score(self, features: Mapping[str, float]) -> float:
        return self.bias + sum(w * features.get(name, 0.0) for name, w in self.weights.items())

    def part_score(self, features: Mapping[str, float]) -> float:
        return self.part_bias + sum(w * features.get(name, 0.0) for name, w in self.part_weights.items())

    @classmethod
    def load(cls, path: Path) -> RuleRanker:
        raw = json.loads(path.read_text(encoding="utf-8"))
        parts = raw.get("parts") or {}
        return cls(weights=dict(raw["weights"]), bias=float(raw["bias"]), lead=float(raw["lead"]),
                   part_weights=dict(parts.get("weights", {})), part_bias=float(parts.get("bias", 0.0)),
                   part_lead=float(parts.get("lead", "inf")), record=dict(raw.get("record", {})),
                   part_record=dict(parts.get("record", {})), part_gate=float(parts.get("gate", "inf")))


# How far down the lists a rule answering another part is looked for.
PART_FROM_WHOLE = 6  # the rules nearest the whole message (as many as the grounding keeps)
PART_FROM_EACH = 3  # the rules nearest each question of the message, read with its situation
_FAR = -10.0  # the score of a rule a list does not hold


def part_candidates(lead: str, whole: Sequence[RuleMatch],
                    parts: Sequence[Sequence[RuleMatch]], *,
                    record: Mapping[str, float] | None = None) -> dict[str, tuple[Rule, dict[str, float]]]:
    """The rules that may answer another thing the message asks, other than ``lead`` (a rule key), with the
    features the part model weighs: how near each is to the whole message and to each question of it, and its
    track record as another part in the labels (``record``: :attr:`RuleRanker.part_record`)."""
    lead_score = next((m.score for m in whole if m.rule.key == lead), whole[0].score if whole else 0.0)
    lead_topic = lead.split("/", 1)[0]
    rules: dict[str, Rule] = {}
    for m in whole[:PART_FROM_WHOLE]:
        rules.setdefault(m.rule.key, m.rule)
    for found in parts:
        for m in found[:PART_FROM_EACH]:
            rules.setdefault(m.rule.key, m.rule)
    rules.pop(lead, None)
    whole_rank = {m.rule.key: i for i, m in enumerate(whole)}
    whole_score = {m.rule.key: m.score for m in whole}
    out: dict[str, tuple[Rule, dict[str, float]]] = {}
    for key, rule in rules.items():
        ranks = [i for found in parts for i, m in enumerate(found) if m.rule.key == key]
        scores = [m.score for found in parts for m in found if m.rule.key == key]
        out[key] = (rule, {
            "whole_score": whole_score.get(key, _FAR),
            "whole_rr": 1.0 / (1 + whole_rank[key]) if key in whole_rank else 0.0,
            "whole_gap": min(10.0, lead_score - whole_score.get(key, _FAR)),
            "part_score": max(scores, default=_FAR),
            "part_rr": 1.0 / (1 + min(ranks)) if ranks else 0.0,
            "part_top": float(0 in ranks),
            "part_share": sum(1 for found in parts if any(m.rule.key == key for m in found[:PART_FROM_EACH]))
            / max(1, len(parts)),
            "same_topic": float(rule.topic == lead_topic),
            "asked_apart": float(bool(parts)),
            "part_record": (record or {}).get(key, 0.0),
            # what the rule presupposes that the message does not say (a vanished boss, for unpaid wages)
            "profile_missing": max((m.features.get("profile_missing", 0.0) for m in (*whole, *(m for f in parts for m in f))
                                    if m.rule.key == key), default=0.0),
        })
    return out


class RuleIndex:
    """The rules' situations, searchable by meaning (the vector index) and by words (BM25).

    ``collection`` holds one vector per situation (``<rule key>@<hash>``), kept in step with the
    rule files by :meth:`sync`; without it (or before the first sync) matching uses words alone.
    ``read_flags`` (the fact extractor's flags of a text) gives each rule the profile of its situations
    (:func:`situation_profile`); without it, a message's facts only apply through ``requires``/``excludes``."""

    def __init__(self, book: RuleBook, collection: VectorCollection | None = None, *,
                 settings: MatchSettings | None = None,
                 read_flags: Callable[[str], frozenset[str]] | None = None,
                 ranker: RuleRanker | None = None) -> None:
        self.book = book
        self.collection = collection
        self.settings = settings or MatchSettings()
        self.ranker = ranker
        self.profiles = situation_profile(book, read_flags) if read_flags is not None else {}
        self._ids: list[str] = []
        tokens: list[list[str]] = []
        for rule in book:
            for phrase in rule.situations:
                self._ids.append(f"{rule.key}@{_digest(phrase)}")
                tokens.append(tokenize(phrase))
        self._bm25 = BM25Index(self._ids, tokens, max_repeats=_SITUATION_WORD_REPEATS) if self._ids else None
        # Each rule as one document (its situations and conclusion): the words of a message spread over
        # several of a rule's phrasings count, not only its best single phrasing.
        self.asides = tuple(r for r in book if r.aside is not None)  # rules told by words beside the question
        self._rule_keys = [r.key for r in book]
        self._rule_bm25 = BM25Index(self._rule_keys, max_repeats=_SITUATION_WORD_REPEATS, token_lists=[
            tokenize(" ".join((*r.situations, r.conclusion.zh))) for r in book]) if self._rule_keys else None

    def items(self) -> dict[str, tuple[str, dict[str, str]]]:
        """Every situation to index: id → (text, metadata)."""
        return {f"{r.key}@{_digest(p)}": (p, {"rule": r.key}) for r in self.book for p in r.situations}

    def sync(self, progress=None) -> tuple[int, int]:
        """Embed the situations not yet in the vector index and drop those no rule has; return (added, removed)."""
        if self.collection is None:
            return 0, 0
        wanted = self.items()
        have = self.collection.ids()
        to_add = [IndexItem(id=i, text=t, metadata=m) for i, (t, m) in wanted.items() if i not in have]
        to_remove = sorted(i for i in have if i not in wanted)
        if to_remove:
            self.collection.delete(to_remove)
        if to_add:
            if progress is not None:
                progress.start(len(to_add), "embedding the situations of the rules")
            self.collection.upsert(to_add, progress=progress.advance if progress is not None else None)
        return len(to_add), len(to_remove)

    def match(self, text: str, *, vector: Sequence[float] | None = None, flags: frozenset[str] = frozenset(),
              asks: frozenset[str] = frozenset(), topic: str | None = None,
              articles: Sequence[tuple[str, str]] = (), limit: int = 3,
              exclude_ids: frozenset[str] = frozenset(), profile: frozenset[str] = frozenset()) -> list[RuleMatch]:
        """Return the rules that fit a message, best first.

        ``vector`` is the message's embedding (the retriever's), ``flags`` and ``asks`` what the fact
        extractor read, ``topic`` the message's topic, ``articles`` the (law, article) pairs retrieval
        found, best first. A rule whose ``requires`` are not all in ``flags`` is left out; a rule excluded by a
        flag gives way to its ``instead`` rule (which inherits its score), or is left out.
        ``exclude_ids`` leaves out given situations (for holding one out when calibrating); ``profile`` adds
        facts beyond the flags to weigh against the rules' situation profiles (a disability grade's band)."""
        s = self.settings
        dense_hits = (self.collection.query(vector, n=s.candidates)
                      if vector is not None and self.collection is not None else [])
        sims = _best_per_rule(dense_hits, exclude_ids)
        lex = _best_per_rule(self._bm25.top(tokenize(text), s.candidates) if self._bm25 is not None else [],
                             exclude_ids)
        support = _hits_per_rule(dense_hits, exclude_ids)
        top3 = _mean_top_per_rule(dense_hits, exclude_ids, 3)
        docs = self._rule_bm25.top(tokenize(text), s.candidates) if self._rule_bm25 is not None else []
        doc_rank = {k: i for i, (k, _) in enumerate(docs)}
        doc_score = dict(docs)
        best_doc = docs[0][1] if docs else 1.0
        fused: dict[str, float] = {}
        for weight, ranking in ((s.dense, sims), (s.lexical, lex)):  # dicts keep the rank order
            for i, key in enumerate(ranking):
                fused[key] = fused.get(key, 0.0) + weight / (s.rrf_k + i + 1)
        top_articles = set(articles[: s.agreeing_articles])
        first_dense, first_lexical = next(iter(sims), None), next(iter(lex), None)
        article_rank = {a: i for i, a in reversed(list(enumerate(articles)))}
        dense_rank = {k: i for i, k in enumerate(sims)}
        lex_rank = {k: i for i, k in enumerate(lex)}
        best_sim = next(iter(sims.values()), 0.0)
        best_lex = next(iter(lex.values()), 0.0) or 1.0
        out: dict[str, RuleMatch] = {}
        for key, fused_score in sorted(fused.items(), key=lambda kv: -kv[1]):
            if key not in self.book.rules:
                continue  # a situation of a rule since removed, still in the vector index until the next sync
            rule, via = follow_exclusions(self.book, self.book.rules[key], flags | profile)
            if rule is None:
                continue
            if not rule.requires <= flags:
                continue
            if rule.key in out:
                # Reached again through an exclusion: the facts now vouch for a rule that matched by
                # wording alone, so it is trusted, with the better of its two scores.
                seen = out[rule.key]
                if via is not None and not seen.confident:
                    better = max(seen.score, fused_score) if self.ranker is None else seen.score
                    out[rule.key] = replace(seen, score=better, confident=True, via=via)
                continue
            on_topic = topic is not None and rule.topic == topic
            ranks = [article_rank[(c.law, c.article)] for c in rule.cites if (c.law, c.article) in article_rank]
            retrieved = bool(ranks)
            asked = bool(rule.asks & asks)
            agree, against = (profile_fit(self.profiles.get(rule.key, {}), flags | profile)
                              if self.profiles else (0.0, 0.0))
            missing = profile_missing(self.profiles.get(rule.key, {}), flags | profile)
            sim = sims.get(key, 0.0)
            agrees = any((c.law, c.article) in top_articles for c in rule.cites[:2])
            # The facts vouch for a rule written for them: one that requires a flag the message has, or
            # one reached because the message's facts exclude the rule that matched by wording.
            vouched = bool(rule.requires) or via is not None
            # Both rankings put it first: the message is this situation by meaning and by its words.
            both_first = key == first_dense == first_lexical and lex.get(key, 0.0) >= s.agreeing_lexical
            features = {
                "fused": fused_score * (s.rrf_k + 1),
                "dense_rr": 1.0 / (1 + dense_rank[key]) if key in dense_rank else 0.0,
                "lex_rr": 1.0 / (1 + lex_rank[key]) if key in lex_rank else 0.0,
                "sim": sim,
                "sim_gap": (best_sim - sim) if key in sims else 1.0,
                "lex_share": lex.get(key, 0.0) / best_lex,
                "support": min(support.get(key, 0), 10) / 10,
                "sim_top3": top3.get(key, 0.0),
                "doc_rr": 1.0 / (1 + doc_rank[rule.key]) if rule.key in doc_rank else 0.0,
                "doc_share": doc_score.get(rule.key, 0.0) / best_doc,
                "topic": float(on_topic),
                "retrieved": float(retrieved),
                "article_rr": 1.0 / (1 + min(ranks)) if ranks else 0.0,
                "agrees": float(agrees),
                "asks": float(asked),
                "profile_agree": agree,
                "profile_against": against,
                "profile_missing": missing,
                "vouched": float(vouched),
                "via": float(via is not None),
                "both_first": float(both_first),
            }
            if self.ranker is not None:
                if "record" in self.ranker.weights:
                    features["record"] = self.ranker.record.get(rule.key, 0.0)
                score = self.ranker.score(features)
                confident = score >= self.ranker.lead
            else:
                score = fused_score + (s.topic_bonus * on_topic + s.article_bonus * retrieved + s.asks_bonus * asked
                                       + s.profile_bonus * agree - s.profile_penalty * against) / (s.rrf_k + 1)
                confident = agrees or vouched or both_first or sim >= s.confident_similarity
            out[rule.key] = RuleMatch(rule, score, sim, lex.get(key, 0.0), confident, via, features)
        return sorted(out.values(), key=lambda m: -m.score)[:limit]


def _best_per_rule(ranked: Sequence[tuple[str, float]], exclude_ids: frozenset[str]) -> dict[str, float]:
    """Situation hits (``<rule key>@<hash>``, best first) → each rule's best score, in rank order."""
    best: dict[str, float] = {}
    for sid, score in ranked:
        if sid not in exclude_ids:
            best.setdefault(sid.rsplit("@", 1)[0], score)
    return best


def _hits_per_rule(ranked: Sequence[tuple[str, float]], exclude_ids: frozenset[str]) -> dict[str, int]:
    """Situation hits → how many of each rule's situations are among them (a rule the message is near in
    several phrasings, not one)."""
    counts: dict[str, int] = {}
    for sid, _score in ranked:
        if sid not in exclude_ids:
            key = sid.rsplit("@", 1)[0]
            counts[key] = counts.get(key, 0) + 1
    return counts


def _mean_top_per_rule(ranked: Sequence[tuple[str, float]], exclude_ids: frozenset[str], n: int) -> dict[str, float]:
    """Situation hits → the mean of each rule's ``n`` best scores (missing ones count as 0)."""
    best: dict[str, list[float]] = {}
    for sid, score in ranked:
        if sid not in exclude_ids:
            scores = best.setdefault(sid.rsplit("@", 1)[0], [])
            if len(scores) < n:
                scores.append(score)
    return {k: sum(v) / n for k, v in best.items()}


def _digest(phrase: str) -> str:
    return hashlib.sha1(phrase.encode("utf-8")).hexdigest()[:12]
