"""Stage 6: the answer composed offline — a situation rule's conclusion first when one fits, else what
the law says, plainly unsure; every legal sentence quoted from a retrieved article or citing one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from bot.answering.assessment import Assessment
from bot.answering.calculation import CalculationStep
from bot.answering.grounding import Grounding
from bot.answering.models import Answer, CitedArticle
from bot.composer import (
    Quote,
    RuleAnswer,
    choose_articles,
    compose,
    compose_rule_answer,
    escalation_paragraph,
    item_text,
    nearest_items,
    part_line,
    quote_article,
    quote_terms,
    safety_first,
)
from bot.locales import strings
from bot.locales.answers import answer_text
from bot.triage import deadline_is_near
from knowledge.calculators import Calculation
from knowledge.playbooks import Playbook, PlaybookItem
from knowledge.retriever import RetrievedArticle, Retriever, SearchResult
from knowledge.rules import Rule
from knowledge.vocabulary import short_law_name


_MONEY_CLAIMS = frozenset({"wage_arrears", "wage_shortfall", "double_wages", "economic_compensation",
                           "unlawful_dismissal", "overtime_pay", "annual_leave_pay", "probation_wage_floor",
                           "probation_excess", "work_injury_benefits", "maternity_allowance"})
_REFUSING_ZH = ("不能", "不可以", "没有", "拿不到", "要不到")
_REFUSING_EN = ("No,", "No.", "Generally no")


def _asked_for_its_claim(rule: Rule, calculation: Calculation | None, asks: frozenset[str]) -> bool:
    """"能要赔偿吗" / "能要回来吗" / "can I claim": the worker asks whether they can have what their own figures work
    out; the figure answers it as much as "能拿多少" would (the rule's verdict, "不合法。", then their 48,000 yuan) —
    the rule's own calculator's, or a money claim the facts give when the rule does not refuse it."""
    if "can_i" not in asks or calculation is None:
        return False
    if calculation.calculator == rule.calculator:
        return True
    return calculation.calculator in _MONEY_CLAIMS and not rule.conclusion.zh.startswith(_REFUSING_ZH) \
        and not rule.conclusion.en.startswith(_REFUSING_EN)


_SEE_ALSO_RANK = 3  # among the first hits of the whole retrieval
_SEE_ALSO_SHARE = 0.6  # of the best hit's score


def _see_also(hits: Sequence[RetrievedArticle], cited: set[tuple[str, str]]) -> list[RetrievedArticle]:
    """The one retrieved article worth showing beside a rule's own: in the first few hits and close to the best."""
    chosen = choose_articles(hits[:_SEE_ALSO_RANK], most=_SEE_ALSO_RANK, share=_SEE_ALSO_SHARE)
    return [h for h in chosen if (h.law, h.key) not in cited and h.number is not None][:1]


class OfflineComposer:
    """Writes answers from rules, quotations, playbooks and calculations; looks every cited article up."""

    def __init__(self, retriever: Retriever, playbooks: dict[str, Playbook], today: Callable[[], date]) -> None:
        self.retriever = retriever
        self.playbooks = playbooks
        self.today = today
        self._playbook_cache: dict[str, tuple[int, Playbook]] = {}

    # --- the answers --------------------------------------------------------------------

    def rule_answer(self, grounding: Grounding, tokens: list[str], lang: str, step: CalculationStep,
                    assessment: Assessment, *, parts: list[Rule] | None = None,
                    flags: frozenset[str] = frozenset(), asks: frozenset[str] = frozenset()) -> Answer:
        """An answer led by the matched rule: conclusion, figures, deadline, decisive article, next steps."""
        s = strings(lang)
        rule, result = grounding.rule, grounding.result
        assert rule is not None
        decisive = []
        for cite in rule.cites[:1]:
            art = self.retriever.get(cite.law, cite.article)
            if art is not None:
                decisive.append(quote_terms(art, cite.terms) or quote_article(art, [*cite.terms, *tokens], limit=90))
        cited = {(c.law, c.article) for c in rule.all_cites()}
        for other in parts or ():
            cited |= {(c.law, c.article) for c in other.all_cites()}
        # "See also" only from the statutes the rule itself rests on: a labour-contract article beside a
        # rule that says a household worker is not in a labour relation contradicts it.
        laws = {short_law_name(law) for law, _ in cited}
        # Chosen among the hits besides the rule's own articles (which the rule's signal puts first in retrieval),
        # and only one retrieval put near the top on its own: the next hit down, whatever its rank, is often beside the
        # point (a high-wage cap beside a question of which company's years count), and read as if it applied.
        others = [quote_article(a, tokens) for a in _see_also(result.hits, cited)
                  if not a.repealed and short_law_name(a.law) in laws]
        codes = assessment.codes
        body, steps = compose_rule_answer(
            RuleAnswer(rule=rule, decisive=decisive, others=others[:2], calculation=step.calculation, also=step.also,
                       follow_up=step.prompt, alternative=grounding.alternative,
                       escalation=escalation_paragraph(codes, s, flags) if codes else "", deadline=assessment.deadline,
                       deadline_near="deadline_near" in codes,
                       parts=tuple(parts or ()), flags=flags,
                       asked_amount="how_much" in asks or _asked_for_its_claim(rule, step.calculation, asks),
                       asked_legal="is_legal" in asks,
                       asked_deadline="time_limit" in asks, asked_length="how_long" in asks,
                       asked_heard_claim="heard_claim" in asks, notice=assessment.notice, option=assessment.option),
            s=s, lang=lang, today=self.today(),
        )
        body = _first(safety_first(codes, lang, flags), body)
        answer = Answer(body, lang, "offline", topic=rule.topic, next_steps=steps, calculation=step.calculation,
                        follow_up=step.prompt, articles=result.hits, rule=rule.key,
                        also=[p.key for p in parts or ()])
        answer.citations = self.citations(decisive + others[:2], [], step.calculation, rules=[rule, grounding.alternative, *(parts or ())],
                                          also=step.also)
        return answer

    def law_answer(self, result: SearchResult, tokens: list[str], lang: str, topic: str | None,
                   step: CalculationStep, assessment: Assessment, *, flags: frozenset[str] = frozenset(),
                   parts: list[Rule] | None = None, asks: frozenset[str] = frozenset()) -> Answer:
        """No rule fits with confidence: say so, quote what the law says, give the topic's steps; a rule the
        message's facts or words bring on their own (``parts``: a fine docked from pay) is answered first."""
        s = strings(lang)
        quotes = [quote_article(a, tokens) for a in choose_articles(result.hits)]
        playbook = self.usable_playbook(topic)
        calculation = step.calculation
        body, steps = compose(
            s=s, lang=lang, topic_title=self.topic_title(topic, lang), quotes=quotes, playbook=playbook,
            calculation=calculation, follow_up=step.prompt, escalation=assessment.codes, tokens=tokens, flags=flags,
        )
        if result.analysis.topic or calculation is not None:
            w = answer_text(lang)
            body = (w.no_rule_rest if parts else w.no_rule) + "\n\n" + body
        if parts:  # what the facts settle first (a farm household's picker is in no labour dispute), then the rest
            body = "\n\n".join(part_line(p, lang) for p in parts) + "\n\n" + body
        # Without a rule the route is not known: a time limit is worth stating only when it is near or asked about,
        # and then first ("还能去仲裁吗": yes, until that day), before what cannot be said with confidence.
        if assessment.deadline and ("deadline_near" in assessment.codes or "time_limit" in asks) \
                and (calculation is None or calculation.deadline is None):
            body = assessment.deadline + "\n\n" + body
        body = _first(safety_first(assessment.codes, lang, flags), body)
        answer = Answer(body, lang, "offline", topic=topic, next_steps=steps, calculation=calculation,
                        follow_up=step.prompt, articles=result.hits, also=[p.key for p in parts or ()])
        shown = [] if playbook is None else [
            *nearest_items(playbook.evidence, tokens, 3), *nearest_items(playbook.where_to_go, tokens, 3),
            *nearest_items(playbook.deadlines, tokens, 2)]
        answer.citations = self.citations(quotes, shown, calculation, rules=list(parts or ()))
        return answer

    def no_match(self, lang: str, topic: str | None, codes: list[str]) -> Answer:
        """Retrieval found nothing that bears on the question: say so and offer the general routes."""
        s = strings(lang)
        parts = [p for p in (safety_first(codes, lang), s.no_match + "\n" + s.general_routes, s.more_help) if p]
        if codes:
            parts.append(escalation_paragraph(codes, s))
        return Answer("\n\n".join(parts), lang, "no_match", topic=topic)

    def calculation_answer(self, calculation: Calculation, topic: str | None, lang: str,
                           follow_up: str | None = None) -> Answer:
        """A finished calculation as an answer, with its basis cited (and the question that would make it exact,
        when one input the worker may not know was left out)."""
        s = strings(lang)
        escalation = ["deadline_near"] if deadline_is_near(calculation.days_left) else []
        body, steps = compose(
            s=s, lang=lang, topic_title=None, quotes=[], playbook=None, calculation=calculation, follow_up=follow_up,
            escalation=escalation,
        )
        answer = Answer(body, lang, "offline", topic=topic, calculation=calculation, next_steps=steps,
                        follow_up=follow_up)
        answer.citations = self.citations([], [], calculation)
        return answer.escalate_for(escalation, s.escalation_reasons)

    def legal_aid_text(self, lang: str) -> str:
        """Where a worker can get a person's help, from the procedure playbook (cited) and hotlines."""
        s = strings(lang)
        playbook = self.usable_playbook("procedure")
        lines = [s.legal_aid_heading]
        if playbook is not None:
            lines += [f"• {item_text(item, lang)}" for item in playbook.where_to_go[:5]]
        lines += ["", s.general_routes, "", s.disclaimer]
        return "\n".join(lines)


    # --- what they stand on -------------------------------------------------------------

    def usable_playbook(self, topic: str | None) -> Playbook | None:
        """The topic's playbook without items citing articles this corpus does not hold."""
        pb = self.playbooks.get(topic) if topic else None
        if pb is None:
            return None
        revision = self.retriever.catalog.revision()
        cached = self._playbook_cache.get(topic)
        if cached and cached[0] == revision:
            return cached[1]

        def keep(items: tuple[PlaybookItem, ...]) -> tuple[PlaybookItem, ...]:
            return tuple(i for i in items if all(self.retriever.get(c.law, c.article) for c in i.cites))

        usable = replace(
            pb, **{name: keep(getattr(pb, name)) for name in ("summary", "evidence", "where_to_go", "what_to_bring", "deadlines", "escalate_when")}
        )
        self._playbook_cache[topic] = (revision, usable)
        return usable

    def topic_title(self, topic: str | None, lang: str) -> str | None:
        pb = self.playbooks.get(topic) if topic else None
        if pb is None:
            return None
        return pb.title_en if lang == "en" else pb.title_zh

    def citations(self, quotes: list[Quote], items: list[PlaybookItem], calculation: Calculation | None, *,
                  rules: list[Rule | None] = (), also: Calculation | None = None) -> list[CitedArticle]:
        """Every article the answer text cites, each looked up in the corpus (so it exists)."""
        out: list[CitedArticle] = []
        seen: set[tuple[str, str]] = set()

        def add(law: str, key: str, quote: str | None = None) -> None:
            art = self.retriever.get(law, key)
            if art is None or (short_law_name(art.law), art.key) in seen:
                return
            seen.add((short_law_name(art.law), art.key))
            out.append(CitedArticle(art.law, art.key, art.citation, quote or art.text[:120]))

        for q in quotes:
            add(q.article.law, q.article.key, q.text)
            for note in q.article.repeals:  # a quotation's repeal note cites the repealing article
                add(note.by_law, note.by_key)
        for calc in (calculation, also):
            for b in calc.basis if calc is not None else ():
                add(b.law, b.article)
        for r in rules:
            for c in r.all_cites() if r is not None else ():
                add(c.law, c.article)
        for item in items:
            for c in item.cites[:3]:
                add(c.law, c.article)
        return out


def _first(line: str, body: str) -> str:
    """``line`` above ``body`` (the body alone when the line is empty)."""
    return f"{line}\n\n{body}" if line else body
