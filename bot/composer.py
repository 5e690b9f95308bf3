"""Offline answers composed from what was retrieved: quotes, playbook steps, calculations.

No model writes anything here: every legal sentence is a quotation of a retrieved article or a
playbook item that cites its article, so the answer cannot say what the law does not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bot.locales import Strings, render_calculation
from bot.locales.answers import AnswerText, answer_text
from knowledge.bm25 import tokenize
from knowledge.calculators import Calculation
from knowledge.displaced import is_displaced
from knowledge.playbooks import Playbook, PlaybookItem
from knowledge.retriever import RetrievedArticle
from knowledge.rules import Rule, Text
from knowledge.vocabulary import short_law_name

_SENTENCE = re.compile(r"[^。；！？\n]+[。；！？]?")
_CLAUSE = re.compile(r"[^。；！？：\n]+[。；！？：]?")  # sentences, items and lead-ins ending in "："
QUOTE_CHARS = 150


@dataclass(frozen=True, slots=True)
class Quote:
    article: RetrievedArticle
    text: str  # the sentences that answer the question, "……" marking omissions


def quote_article(article: RetrievedArticle, question_tokens: Sequence[str], *, limit: int = QUOTE_CHARS) -> Quote:
    """Return the sentences of an article that best answer the question, in the article's order."""
    text = (article.in_force_text or article.text).strip()  # a repealed paragraph is not quoted as law
    if len(text) <= limit:
        return Quote(article, text)
    sentences = [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
    wanted = set(question_tokens)
    scored = []
    for i, s in enumerate(sentences):
        toks = set(tokenize(s))
        overlap = len(toks & wanted)
        scored.append((overlap + (0.5 if i == 0 else 0.0), -i, i))
    chosen: list[int] = []
    total = 0
    for _, _, i in sorted(scored, reverse=True):
        if total + len(sentences[i]) > limit and chosen:
            continue
        chosen.append(i)
        total += len(sentences[i])
        if total >= limit * 0.6:
            break
    chosen.sort()
    parts, prev = [], -1
    for i in chosen:
        if prev >= 0 and i != prev + 1:
            parts.append("……")
        parts.append(sentences[i][:limit])
        prev = i
    quoted = "".join(parts)
    if chosen and chosen[0] != 0:
        quoted = "……" + quoted
    if chosen and chosen[-1] != len(sentences) - 1:
        quoted += "……"
    return Quote(article, quoted)


def choose_articles(hits: Sequence[RetrievedArticle], *, most: int = 3, share: float = 0.45) -> list[RetrievedArticle]:
    """Return the few hits worth quoting: the named ones, then those within ``share`` of the best score; never an
    article a later law displaced (劳动法第八十二条's sixty days)."""
    hits = [h for h in hits if not is_displaced(h.law, h.key)]
    if not hits:
        return []
    named = [h for h in hits if "named" in h.matched_by]
    top = hits[0].score
    close = [h for h in hits if h not in named and h.score >= top * share and h.number is not None]
    return (named + close)[:most] or [hits[0]]


def render_citation(law: str, label: str) -> str:
    return f"《{short_law_name(law)}》{label}"


def item_text(item: PlaybookItem, lang: str) -> str:
    """Return a playbook item in the worker's language with its citations appended."""
    text = item.en if lang == "en" else item.zh
    if item.cites:
        cites = "、".join(render_citation(c.law, _label(c.article)) for c in item.cites[:3])
        text = f"{text}（{cites}）" if lang != "en" else f"{text} ({cites})"
    return text


def compose(
    *,
    s: Strings,
    lang: str,
    topic_title: str | None,
    quotes: Sequence[Quote],
    playbook: Playbook | None,
    calculation: Calculation | None,
    follow_up: str | None,
    escalation: list[str],
    tokens: Sequence[str] = (),
    flags: frozenset[str] = frozenset(),
) -> tuple[str, list[str]]:
    """Return the answer text and the next steps it lists (the playbook's items nearest the question)."""
    lines: list[str] = []
    if quotes:
        lines.append(s.intro_with_topic.format(topic=topic_title) if topic_title else s.intro_generic)
        for q in quotes:
            lines.append(quote_line(q, s, lang))
    if calculation is not None:
        text = render_calculation(calculation, lang)
        lines.append("")
        lines.append(s.calculation_heading)
        lines.append(text.summary)
        lines.append(s.formula.format(formula=text.formula))
        basis = "、".join(render_citation(b.law, _label(b.article)) for b in calculation.basis[:4])
        lines.append(s.basis.format(basis=basis))
        for note in (*text.caveats, *text.notes[:1]):  # every note that changes the amount or the claim
            lines.append(f"· {note}")
    if follow_up:
        lines.append("")
        lines.append(follow_up)
    steps: list[str] = []
    if playbook is not None:
        sections = [
            (s.evidence_heading, nearest_items(playbook.evidence, tokens, 3)),
            (s.where_heading, nearest_items(playbook.where_to_go, tokens, 3)),
            (s.deadlines_heading, nearest_items(playbook.deadlines, tokens, 2)),
        ]
        if any(items for _, items in sections):
            lines += ["", s.steps_heading]
        for heading, items in sections:
            if not items:
                continue
            lines.append(heading)
            for item in items:
                text = item_text(item, lang)
                steps.append(text)
                lines.append(f"• {text}")
    if escalation:
        lines.append("")
        lines.append(escalation_paragraph(escalation, s, flags))
    lines.append("")
    lines.append(s.disclaimer)
    return "\n".join(lines).strip(), steps


def escalation_paragraph(codes: Sequence[str], s: Strings, flags: frozenset[str] = frozenset()) -> str:
    """Why a person should take the case now: the heading and the reasons of ``codes``, worded for what the facts
    tell (a hidden camera is not forced labour)."""
    def reason(code: str) -> str:
        kind = next((f"{code}:{f}" for f in sorted(flags) if f"{code}:{f}" in s.escalation_reasons), None)
        return s.escalation_reasons[kind or code]
    return s.escalate_heading + "\n" + s.escalate_body.format(reason="；".join(reason(c) for c in codes))


def nearest_items(items: Sequence[PlaybookItem], tokens: Sequence[str], most: int) -> list[PlaybookItem]:
    """The items that share words with the question (a topic's checklist is broad: a guard is not shown a
    rider's app evidence), most shared first, in the playbook's order; none when none shares a word (an
    answer without a rule is not padded with another situation's checklist)."""
    if not tokens:
        return list(items[:most])
    wanted = set(tokens)
    scored = [(len(set(tokenize(item.zh)) & wanted), i) for i, item in enumerate(items)]
    chosen = sorted(i for overlap, i in sorted(scored, key=lambda x: (-x[0], x[1]))[:most] if overlap > 0)
    return [items[i] for i in chosen]


def _label(article: str) -> str:
    from knowledge.numerals import article_label, parse_article_key

    parsed = parse_article_key(article)
    return article_label(*parsed) if parsed else article


# =============================================================================================
# Answers that lead with the answer: a situation rule's conclusion, the worker's figures, the
# deadline, the decisive article, the next steps for that situation; then the rest.


@dataclass(frozen=True, slots=True)
class RuleAnswer:
    """What an answer led by a situation rule is made of (every legal sentence is cited)."""

    rule: Rule
    decisive: Sequence[Quote]  # the rule's decisive article(s), quoted short
    others: Sequence[Quote] = ()  # other retrieved provisions worth knowing
    calculation: Calculation | None = None
    also: Calculation | None = None  # a second claim the same facts give, shown under the first
    follow_up: str | None = None  # the question for a figure still missing
    alternative: Rule | None = None  # a second rule that may fit the worker's situation instead
    escalation: str = ""  # the escalation paragraph, already worded
    deadline: str = ""  # the worker's own time limit computed from their dates (when no calculation gives one)
    deadline_near: bool = False  # that limit runs out within the triage window: it is said first
    parts: Sequence[Rule] = ()  # the rules answering the other questions of the same message
    flags: frozenset[str] = frozenset()  # the message's facts: a step presupposing the opposite is left out
    asked_amount: bool = False  # the worker asked how much ("能拿多少"): their figure follows the verdict
    asked_legal: bool = True  # the message asks whether something is legal ("is it legal", "can they")
    asked_deadline: bool = False  # the worker asked whether they are still in time ("过了时效吗"): their limit comes first
    asked_length: bool = False  # the worker asked how long ("能领多久", "能休多少天"): a period their figures give opens
    asked_heard_claim: bool = False  # the worker asked whether what someone else said holds ("HR说…是真的吗")
    notice: str = ""  # the day a resignation the worker plans must be given in writing by, worded and cited
    option: str = ""  # another way the facts open (quitting with compensation over wages owed), worded and cited


# The calculators whose figure is a length of time the worker asks "how long" about (not a claim's time limit).
_PERIOD_CALCULATORS = frozenset({"maternity_leave", "unemployment_period"})


def compose_rule_answer(a: RuleAnswer, *, s: Strings, lang: str, today: date) -> tuple[str, list[str]]:
    """Return the answer text (conclusion first) and the next steps it lists."""
    w = answer_text(lang)
    rule = a.rule
    lines = [rule.conclusion.get(lang)]
    if lang == "en" and not a.asked_legal:
        # "No, the dismissal is unlawful." answers "is it legal?"; asked "can I get compensation?" or "what can I
        # claim?", its "No" would read as the answer to that: the statement stands without it.
        lines[0] = _legality_yes_no_dropped(lines[0])
    if a.asked_heard_claim:
        # "HR says foreigners need not be insured. Is that true?": the rule's "Generally yes, foreign employees are
        # insured" would read as "yes, HR is right"; the statement after the yes or no answers it
        lines[0] = _yes_no_dropped(lines[0], lang)
    if "on_behalf" in a.flags and "death" not in a.flags:
        # 我老公在厂里被压断手指…: the rule's "你" is the person asked about (not after a death: the family is asking
        # for itself, and "the person concerned" is the one who died)
        lines[0] += w.on_behalf
    worded = render_calculation(a.calculation, lang) if a.calculation is not None else None
    # Asked how much, the worker's own figure right after the verdict ("不合法。…约为20,800.00元"), then the reasons: the
    # first lines answer "能拿多少" with their number, not the rule's general terms. A figure nobody asked for (what an
    # unlawful dismissal would cost, told to a worker not dismissed) stays below the conclusion.
    verdict, reasons = split_verdict(lines[0], lang)
    lifted = a.asked_amount and worded is not None and bool(worded.summary) and bool(verdict) and bool(reasons)
    gap = " " if lang == "en" else ""
    # The other questions' short answers (each part's own verdict: 不收费。两地任选。) right after the first one's, so the
    # opening lines answer every question asked; each part below then gives its reasons without repeating its verdict.
    # (A verdict the first one already says, or another part's, is not said twice: "不收费，不请律师也能自己去。" then "不收费。")
    shown: dict[str, str] = {}
    said: set[str] = set()  # the parts whose verdict the opening lines carry (their paragraphs go without it)
    for p in a.parts if verdict else ():
        v = split_verdict(p.conclusion.get(lang), lang)[0]
        bare = v.strip().rstrip("。.!！")
        if not bare:
            continue
        said.add(p.key)
        # (a bare yes or no, 能。不合法。, answers another question even when the first one's is the same word)
        if _ANY_QUESTIONS_VERDICT.match(bare) or (bare not in verdict and all(bare not in s for s in shown.values())):
            shown[p.key] = v
    others = w.other_answers.format(verdicts=gap.join(shown.values())) if shown else ""
    if lifted:
        lines = [f"{verdict}{gap}{worded.summary}", *([others] if others else []), "", reasons]
    elif others:
        lines = [verdict, others, "", reasons]
    elif (a.asked_amount or (a.asked_length and a.calculation is not None
                             and a.calculation.calculator in _PERIOD_CALCULATORS)) \
            and worded is not None and worded.summary and not verdict:
        # A conclusion with no yes or no to say first ("国家规定产假98天，…" asked "我能休多少天"): the worker's own
        # figure opens, the rule's general terms follow it.
        lifted = True
        lines = [worded.summary, "", lines[0]]
    # The worker's own limit, when no calculation states one; running out within weeks, it comes right after the
    # conclusion, before the other questions and the figures.
    own = a.deadline if a.calculation is None or a.calculation.deadline is None else ""
    # Asked "过了时效吗" / "还来得及吗", their own limit as a date and days left answers it: it opens the answer.
    own_first = bool(own) and a.asked_deadline
    if own_first:
        lines = [w.still_in_time, own, "", *lines]  # "还没过…" answers "过了吗", the date and days left say why
    elif own and a.deadline_near and others:
        at = lines.index("") + 1  # after the short answers, before the reasons
        lines[at:at] = [own, ""]
    elif own and a.deadline_near:
        lines += ["", own]
    # A claim whose time limit has already run (double wages for a period that ended more than a year ago) is said
    # right after the conclusion: "can I still claim it" is answered by that before the figures.
    # (Only a claim's own limit, worded with how it may have been interrupted: an arbitration limit counted from the
    # last day alone, put first, would hide a demand the worker told that restarted it.)
    passed = (a.calculation is not None and a.calculation.days_left is not None and a.calculation.days_left < 0
              and a.calculation.calculator in w.claim_deadline_passed)
    asked_limit = a.asked_deadline and a.calculation is not None and a.calculation.deadline is not None
    limit_said = passed or asked_limit
    if limit_said:  # the claim's own limit, asked about or already run: said right after the conclusion
        lines += ["", deadline_line(a.calculation, w, lang, today)]
    for part in a.parts:  # each other question of the message, answered right after the first
        lines += ["", part_line(part, lang, verdict_shown=part.key in said)]
    if a.notice:  # 想12月底走: the day the written notice is due, after the answers to what was asked
        lines += ["", a.notice]
    if a.calculation is not None and worded is not None:
        notes = [f"· {note}" for note in (*worded.caveats, *worded.notes[:1])]
        if lifted:
            lines += ["", w.figure_notes_heading, *notes] if notes else []
        else:
            lines += ["", w.figures_heading, worded.summary, *notes]
        if a.also is not None:
            also = render_calculation(a.also, lang)
            lines += [also.summary, *(f"· {note}" for note in also.caveats)]
        deadline = deadline_line(a.calculation, w, lang, today)
        if deadline and not limit_said:
            lines.append(deadline)
    if own and not a.deadline_near and not own_first:
        lines += ["", own]
    if a.follow_up:
        lines += ["", a.follow_up]
    if a.decisive:
        lines += ["", w.basis_heading]
        for q in a.decisive:
            lines.append(quote_line(q, s, lang))
        if lang == "en":  # the Chinese quotation with the rule's point beside it, in English
            lines.append(w.basis_gloss.format(conclusion=first_sentence(rule.conclusion.en)))
    steps = [(f"{label}：{item_text_rule(t, lang)}" if lang != "en" else f"{label}: {item_text_rule(t, lang)}")
             + (w.arrears_while_employed if t is rule.deadline and _flat_limit_for_owed_wages(t, a.flags) else "")
             for label, t in _rule_steps(rule, w) if fits(t, a.flags, rule.topic)]
    if a.option:
        steps.append(a.option)
    if steps:
        lines += ["", w.next_heading, *(f"• {x}" for x in steps)]
    if a.escalation:
        lines += ["", a.escalation]
    if a.alternative is not None and all(a.alternative.key != p.key for p in a.parts):
        lines += ["", w.also_possible.format(conclusion=a.alternative.conclusion.get(lang))]
    if a.others:
        lines += ["", w.more_heading]
        lines += [quote_line(q, s, lang) for q in a.others]
    lines += ["", s.disclaimer]
    return "\n".join(lines).strip(), steps


def safety_first(codes: Sequence[str], lang: str, flags: frozenset[str] = frozenset()) -> str:
    """What to do now, before any answer, when the triage found danger or a crime against the worker (the line for
    the kind of crime the facts tell: a hidden camera is not a withheld ID card)."""
    w = answer_text(lang)
    lines = []
    for code in codes:
        if code not in w.safety:
            continue
        kind = next((k for k in w.crime_kinds if k in flags), None) if code == "crime_against_worker" else None
        lines.append(w.crime_kinds[kind] if kind else w.safety[code])
    return "\n".join(lines)


def part_line(rule: Rule, lang: str, *, verdict_shown: bool = False) -> str:
    """The answer to another question of the message: that rule's conclusion and its decisive article (without its
    opening verdict when the answer's first lines said it already: ``verdict_shown``)."""
    cite = rule.cites[0]
    where = render_citation(cite.law, _label(cite.article))
    conclusion = rule.conclusion.get(lang)
    if verdict_shown:
        conclusion = split_verdict(conclusion, lang)[1] or conclusion
    return f"{conclusion}（{where}）" if lang != "en" else f"{conclusion} ({where})"


_VERDICT_LIMIT = {"zh": 40, "en": 120}
# A verdict that may answer any question (能, 不合法, 没有, Yes …): said again for another question, it is not a repeat.
_ANY_QUESTIONS_VERDICT = re.compile(r"(?:不|没)?(?:能|可以|会|是|要|算|行|对|有|合法|违法|有效|无效|属于|需要|应该|用)$|"
                                    r"(?:yes|no|not quite|generally yes|generally no)\b", re.IGNORECASE)
_BARE_VERDICT = re.compile(r"(?:不)?(?:能|可以|会|是|要|算|行|对)[。！]|(?:yes|no|not quite|generally yes|generally no)[.!]",
                           re.IGNORECASE)


def split_verdict(conclusion: str, lang: str) -> tuple[str, str]:
    """A conclusion's opening verdict (不合法。 / Yes, you are owed severance.) and the reasons after it; ("", "") when
    it has no short first sentence to stand alone."""
    if lang == "en":
        head = first_sentence(conclusion)
    else:
        end = conclusion.find("。")
        head = conclusion[:end + 1] if end >= 0 else conclusion
    rest = conclusion[len(head):].strip()
    if not rest or len(head) > _VERDICT_LIMIT.get(lang, 40) or _BARE_VERDICT.fullmatch(head.strip()):
        return "", ""  # a bare "No." or "能。" before a figure would read as the figure's answer
    return head, rest


# "No, the dismissal is unlawful." / "Yes, it is allowed.": a yes or no that answers whether something is legal.
_LEGALITY_YES_NO = re.compile(r"^(?:Yes|No),\s+(?P<first>\w)(?=[^.!?]*\b(?:unlawful|illegal|lawful|legal|allowed|"
                              r"permitted|invalid|void|valid)\b)")


_OPENING_YES_NO_EN = re.compile(r"^(?:(?:Generally|Usually|In general|Mostly),?\s+)?(?:[Yy]es|[Nn]o)(?:[,.;:]|\s+[-—])\s*"
                                r"(?P<first>\w)")
_OPENING_YES_NO_ZH = re.compile(r"^(?:能|可以|不能|不可以|是|不是|是的|对|不对|算|不算|会|不会|要|不要|有|没有|行|不行)[。，,！!]\s*")


def _yes_no_dropped(conclusion: str, lang: str) -> str:
    """A conclusion without the bare yes or no it opens with (its statement stands alone): asked whether what someone
    else said is true, the rule's yes answers the rule's own question and would read as agreeing with them."""
    if lang == "en":
        return _OPENING_YES_NO_EN.sub(lambda m: m.group("first").upper(), conclusion, count=1)
    rest = _OPENING_YES_NO_ZH.sub("", conclusion, count=1)
    return rest if rest else conclusion


def _legality_yes_no_dropped(conclusion: str) -> str:
    """An English conclusion without the "Yes," or "No," of its first sentence when that sentence says whether
    something is legal (for a message that did not ask that): the statement after it stands alone."""
    return _LEGALITY_YES_NO.sub(lambda m: m.group("first").upper(), conclusion, count=1)


def first_sentence(text: str) -> str:
    """The first sentence of an English text (the whole text when it has one)."""
    m = re.match(r"(.+?[.!?])(?:\s|$)", text)
    return m.group(1) if m else text


def quote_terms(article: RetrievedArticle, terms: Sequence[str], *, limit: int = 120) -> Quote | None:
    """Quote the sentences (or items) of an article that carry the given terms, with a short lead-in such
    as "下列纠纷不属于劳动争议：" kept in front; None when no sentence carries a term."""
    text = (article.in_force_text or article.text).strip()
    parts = [p.strip() for p in _CLAUSE.findall(text) if p.strip()]
    hits = [i for i, p in enumerate(parts) if any(t in p for t in terms)]
    if not hits:
        return None
    chosen: list[int] = []
    if parts[0].endswith(("：", ":")) and len(parts[0]) <= 30 and hits[0] != 0:
        chosen.append(0)
    total = sum(len(parts[i]) for i in chosen)
    for i in hits:
        if chosen and total + len(parts[i]) > limit:
            break
        chosen.append(i)
        total += len(parts[i])
    out, prev = [], -1
    for i in chosen:
        if prev >= 0 and i != prev + 1:
            out.append("……")
        out.append(parts[i])
        prev = i
    quoted = "".join(out)
    if chosen[0] != 0:
        quoted = "……" + quoted
    if chosen[-1] != len(parts) - 1:
        quoted += "……"
    return Quote(article, quoted)


# A step written for a dismissed worker (reinstatement, the dismissal notice) does not fit one who resigned.
_PRESUPPOSES_DISMISSAL = re.compile(r"恢复(?:工作|劳动关系)|继续履行|辞退通知|解除通知|被辞退|违法解除")


def fits(step: Text, flags: frozenset[str], topic: str | None = None) -> bool:
    """Whether a rule's step fits the message's facts: not one presupposing a dismissal when the worker
    says they resigned (and nothing says they were dismissed), nor, in a rule outside the injury topic, one about a
    work injury when nobody is said to be hurt (a subcontracting rule's "工伤认定" step for workers owed wages)."""
    if "resigned" in flags and "dismissed" not in flags and _PRESUPPOSES_DISMISSAL.search(step.zh):
        return False
    if topic != "injury" and not flags & _HURT and _ABOUT_AN_INJURY.search(step.zh) \
            and not _ABOUT_PAY.search(step.zh):  # (工钱、受伤赔偿先协商: the pay's step too, kept)
        return False
    return True


# The facts of someone hurt or ill, and a step about a work injury (工伤认定, 伤残鉴定, 停工留薪).
_HURT = frozenset({"injured", "hospitalized", "fracture", "head_injury", "amputation", "death", "disability",
                   "commuting", "sick_leave"})
_ABOUT_AN_INJURY = re.compile(r"工伤|受伤|伤残|工亡|伤亡|停工留薪|医疗费|劳动能力鉴定")
_ABOUT_PAY = re.compile(r"工资|工钱|报酬|欠薪|加班费|经济补偿|赔偿金|二倍|仲裁时效|劳动仲裁")


_FLAT_YEAR = re.compile(r"一年|1年")
_WHILE_EMPLOYED = re.compile(r"在职|存续|终止")


def _flat_limit_for_owed_wages(deadline: Text, flags: frozenset[str]) -> bool:
    """Whether a rule's time limit says "one year" flat to a worker still employed who is owed wages, for whom
    the arrears are not time-barred while the job lasts (调解仲裁法第二十七条第四款)."""
    return ({"still_employed", "wage_owed"} <= flags and bool(_FLAT_YEAR.search(deadline.zh))
            and not _WHILE_EMPLOYED.search(deadline.zh)
            and any(c.article == "27" and "调解仲裁法" in c.law for c in deadline.cites))


def _rule_steps(rule: Rule, w: AnswerText) -> list[tuple[str, Text]]:
    """The situation's own next steps: evidence to keep, where to go, the time limit (a few of each)."""
    out = [(w.evidence_label, t) for t in rule.evidence[:2]]
    out += [(w.where_label, t) for t in rule.where[:2]]
    if rule.deadline is not None:
        out.append((w.deadline_label, rule.deadline))
    return out


def item_text_rule(text: Text, lang: str) -> str:
    """A rule's sentence in the worker's language with the articles it states appended."""
    out = text.get(lang)
    if text.cites:
        cites = "、".join(render_citation(c.law, _label(c.article)) for c in text.cites[:3])
        out = f"{out}（{cites}）" if lang != "en" else f"{out} ({cites})"
    return out


def deadline_line(calculation: Calculation, w: AnswerText, lang: str, today: date) -> str:
    """The worker's own deadline as a date and the days left (or passed), or ""."""
    if calculation.deadline is None:
        return ""
    days = (calculation.deadline - today).days
    d = calculation.deadline
    when = day_text(d, lang)
    if days >= 0:
        return w.deadline_line.format(date=when, days=days)
    template = w.claim_deadline_passed.get(calculation.calculator, w.deadline_passed)
    return template.format(date=when, days=-days)


def quote_line(q: Quote, s: Strings, lang: str) -> str:
    """• 《劳动合同法》第八十二条：“……” with a note when the article or a paragraph of it is repealed."""
    notes = repeal_notes(q.article, answer_text(lang), lang)
    return f"• {q.article.citation}：{s.quote_open}{q.text}{s.quote_close}{notes}"


# Few enough days left that waiting for legal aid or a lawyer could lose the claim, for the limits the worker meets by
# filing a claim or a lawsuit themselves.
_DAYS_ONLY = 10
_FILED_BY_THE_WORKER = frozenset({"arbitration", "arbitration_interrupted", "arbitration_unproven_interruption",
                                  "injury_application", "lawsuit", "reassessment", "annual_leave"})


def own_deadline(kind: str, due: date, days_left: int, lang: str, *, basis: str, rough: bool = False,
                 employer: tuple[date, int] | None = None) -> str:
    """The worker's own time limit from their dates with the article it rests on ("" once passed); from a
    date without its day (``rough``), said as the earliest it can be. The employer's own step (``employer``: the day
    and the days left) comes first: an injury's 30 days for the employer to apply while they run (the worker's own
    year matters once they pass), a final award's 30 days to ask that it be set aside, running or passed."""
    if days_left < 0:
        return ""
    w = answer_text(lang)
    when = day_text(due, lang)
    template = w.your_deadline_rough if rough else w.your_deadline
    kind_text = w.deadline_kinds.get(kind, kind)
    if employer is not None and not rough and (
            first := (w.employer_first if employer[1] >= 0 else w.employer_passed).get(kind)):
        kind_text = first.format(date=day_text(employer[0], lang), days=employer[1]) + kind_text
    line = template.format(kind=kind_text, date=when, days=days_left, basis=basis)
    if days_left <= _DAYS_ONLY and not rough and kind in _FILED_BY_THE_WORKER:
        # legal aid takes up to 7 days to decide and 3 more to assign someone (法律援助法第四十三条; under 7 days left it
        # may act first, 第四十四条, but the worker cannot count on it)
        line += "\n" + w.deadline_days_only.format(paper=w.deadline_papers.get(kind, w.deadline_papers[""]))
    return line


def repeal_notes(article: RetrievedArticle, w: AnswerText, lang: str = "zh") -> str:
    """Say by what and since when an article (or a paragraph of it) was or will be repealed."""
    notes = []
    for r in article.repeals:
        since = _day(r.since, lang) if r.since else "?"
        paragraph = (w.paragraph.format(n=r.paragraph) if lang == "en" else r.paragraph_label) if r.paragraph else ""
        template = (w.repealed_whole if r.whole else w.repealed_note) if r.in_force else w.repeal_pending
        notes.append(template.format(paragraph=paragraph or w.this_article, by=r.by_citation, since=since))
    return "".join(notes)


def _day(iso: str, lang: str) -> str:
    return day_text(date.fromisoformat(iso), lang)


def day_text(d: date, lang: str, *, year: bool = True) -> str:
    """A day as an answer says it: 2026-12-05 in English, 2026年12月5日 (or 12月5日 without the year) in Chinese."""
    if lang == "en":
        return d.isoformat()
    return f"{d.year}年{d.month}月{d.day}日" if year else f"{d.month}月{d.day}日"
