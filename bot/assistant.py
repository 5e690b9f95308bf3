"""The answer service: a worker's message (and the conversation so far) in, an answer out.

No Telegram here: the CLI, the tests, the Telegram handlers and any later channel call
:meth:`Assistant.answer` the same way.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from bot.composer import (
    Quote,
    RuleAnswer,
    choose_articles,
    compose,
    compose_rule_answer,
    item_text,
    own_deadline,
    quote_article,
    quote_terms,
)
from bot.conversation import ConversationState, PendingCalculation, remember_facts
from bot.grounding import Grounding
from bot.locales import calculator_title, case_text, input_prompt, invalid_message, render_calculation, strings
from bot.locales.answers import answer_text
from bot.safety import crisis_situations, read_signals
from bot.triage import DEADLINE_BASIS, SEVERITY, Triage, deadline_is_near, triage
from knowledge.bm25 import tokenize
from knowledge.calculators import CALCULATORS, Calculation, InvalidInput, MissingInputs, run
from knowledge.citations import CitationExtractor, guard_citations
from knowledge.facts import Facts, extract_facts
from knowledge.inputs import parse_input
from knowledge.playbooks import Playbook, PlaybookItem
from knowledge.query import QueryAnalysis, normalize_question
from knowledge.retriever import RetrievedArticle, Retriever, SearchResult
from knowledge.rules import Rule, RuleIndex
from knowledge.vocabulary import short_law_name

logger = logging.getLogger(__name__)

_AMOUNT = re.compile(
    r"多少钱|能要多少|要多少|赔多少|补偿多少|多少补偿|赔偿多少|怎么算|算一下|算算|帮我算|能拿多少|能得多少|给多少|拿多少|"
    r"几个月工资|多少个月|\bhow much\b|\bcalculate\b",
    re.IGNORECASE,
)
_DEADLINE = re.compile(r"还来得及|时效|多久之内|多长时间内|期限|截止|还能告|还能申请|还能仲裁|过期了|\btoo late\b|\bdeadline\b|\btime limit\b", re.IGNORECASE)
_DOUBLE = re.compile(r"双倍|二倍|两倍|double", re.IGNORECASE)
_UNLAWFUL = re.compile(r"违法|无故|没有?理由|直接开除|突然|不合法|\bunlawful|\bwrongful|\billegal", re.IGNORECASE)
_DISMISSAL = re.compile(r"辞退|开除|解除|裁员|被裁|炒|不续|劝退|\bfired\b|\bdismiss|\blaid off\b", re.IGNORECASE)
_OVERTIME = re.compile(r"加班|\bovertime\b", re.IGNORECASE)
_INJURY = re.compile(r"工伤|受伤|摔|事故|\binjur", re.IGNORECASE)
_ARREARS_TOPIC = re.compile(r"欠|拖|没发|不发|没给|工资|加班费|\bunpaid\b|\bwage", re.IGNORECASE)


# The article stated after a refusal, per kind: the first one the knowledge base holds is quoted.
# A fabrication aimed at injury or insurance benefits meets the fraud rule; any other one meets the
# rule that makes faking needless (the employer must produce the records it keeps).
_INSURANCE_CLAIM = re.compile(
    r"工伤|受伤|伤情|伤残|骗保|保险|病历|诊断|医院|病假|事故|撞|摔|\binjur|\binsurance|\bmedical|\bhospital|\bsick|\baccident",
    re.IGNORECASE,
)
_REFUSAL_LAW: dict[str, tuple[tuple[str, str], ...]] = {
    "extortion": (("中华人民共和国刑法", "274"),),
    "insurance_fraud": (("工伤保险条例", "60"), ("中华人民共和国社会保险法", "88")),
}
_REFUSAL_BASIS: dict[str, tuple[tuple[str, str], ...]] = {
    "fabrication": (("中华人民共和国劳动争议调解仲裁法", "6"),),
}
# The articles behind the crisis routes' {slots}; a slot stays empty when the article is not held.
_ROUTE_BASIS = {
    "advance": ("保障农民工工资支付条例", "63"),
    "advance_order": ("中华人民共和国劳动争议调解仲裁法", "44"),
    "injury_application": ("工伤保险条例", "17"),
}


@dataclass(frozen=True, slots=True)
class CitedArticle:
    law: str
    article: str  # key: "82", "276之一"
    citation: str  # 《劳动合同法》第八十二条
    quote: str

    def as_dict(self) -> dict[str, str]:
        return {"law": self.law, "article": self.article, "citation": self.citation, "quote": self.quote}


@dataclass(slots=True)
class Answer:
    """A structured answer; ``text`` is what the worker reads."""

    text: str
    language: str
    mode: str  # offline | llm | crisis | refusal | offtopic | no_match | follow_up | invalid
    topic: str | None = None
    citations: list[CitedArticle] = field(default_factory=list)
    next_steps: list[str] = field(default_factory=list)
    calculation: Calculation | None = None
    follow_up: str | None = None
    escalate: bool = False
    escalate_reason: str = ""
    escalate_codes: list[str] = field(default_factory=list)
    articles: list[RetrievedArticle] = field(default_factory=list)
    fallback_reason: str = ""
    rule: str | None = None  # the situation rule the answer leads with (topic/id)

    def as_dict(self) -> dict:
        """The JSON shape scripts check: text, citations [{law, article}], topic, escalate, reason, mode."""
        calc = None
        if self.calculation is not None:
            c = self.calculation
            calc = {
                "calculator": c.calculator, "amount": str(c.amount) if c.amount is not None else None,
                "deadline": c.deadline.isoformat() if c.deadline else None, "days_left": c.days_left,
                "formula": render_calculation(c, self.language).formula, "inputs": c.inputs,
                "basis": [{"law": b.law, "article": b.article} for b in c.basis],
            }
        return {
            "text": self.text,
            "citations": [{"law": c.law, "article": c.article, "citation": c.citation} for c in self.citations],
            "topic": self.topic,
            "escalate": self.escalate,
            "escalate_reason": self.escalate_reason,
            "mode": self.mode,
            "language": self.language,
            "next_steps": self.next_steps,
            "calculation": calc,
            "follow_up": self.follow_up,
            "rule": self.rule,
        }


class Assistant:
    """Answers workers' messages from retrieved law, playbooks and calculators (offline or with an LLM)."""

    def __init__(
        self,
        retriever: Retriever,
        playbooks: dict[str, Playbook],
        *,
        writer=None,
        rules: RuleIndex | None = None,
        crisis_hotline: str = "12356",
        max_message_chars: int = 2000,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.retriever = retriever
        self.playbooks = playbooks
        self.writer = writer
        self.rules = rules  # the situation rules (None: answers quote the law without a rule's conclusion)
        self.crisis_hotline = crisis_hotline
        self.max_message_chars = max_message_chars
        self.today = today
        self._extractor: tuple[int, CitationExtractor] | None = None
        self._playbook_cache: dict[str, tuple[int, Playbook]] = {}
        self._place_map: dict[str, str] | None = None

    # --- entry point --------------------------------------------------------------------

    def answer(self, message: str, state: ConversationState | None = None, *, lang: str | None = None) -> tuple[Answer, ConversationState]:
        """Return the answer to ``message`` and the conversation state to keep for the next turn."""
        state = state or ConversationState()
        text = normalize_question(message)
        analysis = self.retriever.analyze(text) if text else None
        lang = lang or state.language or _message_language(text, analysis, state.replied_in)
        state.replied_in = lang  # a reply of figures only ("8000") keeps the conversation's language
        s = strings(lang)
        if not text:
            return Answer(s.empty_message, lang, "invalid"), state
        if len(text) > self.max_message_chars:
            return Answer(s.too_long.format(limit=self.max_message_chars), lang, "invalid"), state
        state.turns += 1
        signals = read_signals(text)
        if signals.crisis:
            return self._crisis(text, lang, analysis, signals.crisis), state
        if signals.refusal:
            # Before a calculation in progress: "forge a pay slip for 8000" is not the wage asked for.
            return self._refuse(signals.refusal, text, lang, analysis), state
        if state.pending is not None:
            handled = self._continue_calculation(text, lang, analysis, state)
            if handled is not None:
                return handled, state
        follow_up = self._is_follow_up(text, analysis, state)
        on_topic = analysis.work_related or bool(analysis.refs) or follow_up
        if signals.other_domain and not analysis.topic and not analysis.refs:
            on_topic = False
        if signals.injection and not analysis.topic:
            return Answer(s.injection, lang, "refusal"), state
        if not on_topic:
            if signals.family:
                return Answer(s.divorce_or_family, lang, "offtopic"), state
            return Answer(s.abuse if signals.abuse else s.offtopic, lang, "offtopic"), state
        return self._answer_question(text, lang, analysis, state, follow_up=follow_up, allow_llm=not signals.injection), state

    # --- the main path ------------------------------------------------------------------

    def _answer_question(
        self, text: str, lang: str, analysis: QueryAnalysis, state: ConversationState, *, follow_up: bool, allow_llm: bool
    ) -> Answer:
        """The main path, one stage after another: facts → retrieval and rule match → calculation →
        triage → composition (offline, then the LLM when configured)."""
        s = strings(lang)
        today = self.today()
        # 1. Facts, read once; the conversation keeps them for the next turn.
        facts = remember_facts(state, extract_facts(text, today=today, places=self._places()))
        # 2. Retrieval and the situation rule (a follow-up is searched with the last question).
        query = f"{state.last_question} {text}" if follow_up and state.last_question else text
        grounding = self._ground(query, analysis=None if query != text else analysis, facts=facts)
        result, rule = grounding.result, grounding.rule
        topic = (rule.topic if rule else None) or result.analysis.topic or (state.topic if follow_up else None)
        state.topic = topic or state.topic
        if not follow_up:
            state.last_question = text[:300]
        # 3. The worker's own figures, when the question asks for them (or the rule computes them).
        calculation, follow_prompt = None, None
        name = choose_calculator(text, topic, state.facts, asks=facts.asks, rule=rule)
        if name:
            calculation, follow_prompt = self._start_calculation(name, lang, state, topic)
        # 4. Triage: the policy's reasons, the rule's own, a computed deadline that is near.
        checked = triage(query, facts, today=today)
        codes = escalation_codes(checked, rule, calculation)
        deadline, deadline_basis = self._own_deadline(checked, lang)
        if not self._relevant(result) and rule is None and calculation is None and follow_prompt is None:
            parts = [s.no_match + "\n" + s.general_routes, s.more_help]
            if codes:
                parts.append(self._escalation_text(codes, s))
            answer = Answer("\n\n".join(parts), lang, "no_match", topic=topic)
            return self._with_escalation(answer, codes, s)
        # 5. Composition: the rule's conclusion first when one fits; else what the law says, plainly unsure.
        tokens = tokenize(query, result.analysis.legal_terms)
        if rule is not None:
            answer = self._rule_answer(grounding, tokens, lang, calculation, follow_prompt, codes, deadline)
        else:
            quotes = [quote_article(a, tokens) for a in choose_articles(result.hits)]
            playbook = self._usable_playbook(topic)
            body, steps = compose(
                s=s, lang=lang, topic_title=self._topic_title(topic, lang), quotes=quotes, playbook=playbook,
                calculation=calculation, follow_up=follow_prompt, escalation=codes,
            )
            if deadline and (calculation is None or calculation.deadline is None):
                body = deadline + "\n\n" + body
            if result.analysis.topic or calculation is not None:
                body = answer_text(lang).no_rule + "\n\n" + body
            answer = Answer(body, lang, "offline", topic=topic, next_steps=steps, calculation=calculation,
                            follow_up=follow_prompt, articles=result.hits)
            answer.citations = self._citations(quotes, playbook, calculation)
        answer.rule = rule.key if rule else None
        if deadline_basis is not None and deadline in answer.text:
            if all((c.law, c.article) != (deadline_basis.law, deadline_basis.key) for c in answer.citations):
                answer.citations.append(CitedArticle(deadline_basis.law, deadline_basis.key, deadline_basis.citation,
                                                     deadline_basis.text[:120]))
        self._with_escalation(answer, codes, s)
        if self.writer is not None and allow_llm and follow_prompt is None:
            self._try_llm(answer, text, lang, result, calculation, codes, state, rule=rule)
        return answer

    def _own_deadline(self, checked: Triage, lang: str) -> tuple[str, RetrievedArticle | None]:
        """The worker's own running time limit as a line citing its article, or "" when there is none or
        the knowledge base does not hold the article it rests on."""
        d = checked.deadline
        basis = DEADLINE_BASIS.get(d.kind) if d is not None else None
        art = self.retriever.get(*basis) if basis else None
        line = own_deadline(d.kind, d.due, d.days_left, lang, basis=art.citation) if art is not None else ""
        return (line, art) if line else ("", None)

    def _ground(self, query: str, *, analysis: QueryAnalysis | None, facts: Facts) -> Grounding:
        """Retrieve the articles and match the situation rules, reusing the question's embedding."""
        result = self.retriever.retrieve(query, top_k=8, analysis=analysis, facts=facts)
        if self.rules is None:
            return Grounding(result, [])
        if self.retriever.rules is self.rules:
            matches = result.rules  # matched once, inside retrieval (the rules' articles are a signal there)
        else:
            matches = self.rules.match(
                query, vector=result.vector, flags=facts.flags, asks=facts.asks, topic=result.analysis.topic,
                articles=[(h.law, h.key) for h in result.hits[:10]],
            )
        usable = [replace(m, rule=rule) for m in matches if (rule := self._usable_rule(m.rule)) is not None]
        return Grounding(result, usable)

    def _usable_rule(self, rule: Rule) -> Rule | None:
        """The rule without the steps citing articles this knowledge base does not hold; None when its
        decisive article is missing (a rule never speaks for law the worker cannot be shown)."""
        def held(text) -> bool:
            return all(self.retriever.get(c.law, c.article) is not None for c in text.cites)

        if self.retriever.get(rule.cites[0].law, rule.cites[0].article) is None:
            return None
        deadline = rule.deadline if rule.deadline is None or held(rule.deadline) else None
        return replace(rule, cites=tuple(c for c in rule.cites if self.retriever.get(c.law, c.article) is not None),
                       evidence=tuple(t for t in rule.evidence if held(t)), where=tuple(t for t in rule.where if held(t)),
                       deadline=deadline)

    def _rule_answer(self, grounding: Grounding, tokens: list[str], lang: str, calculation: Calculation | None,
                     follow_prompt: str | None, codes: list[str], deadline: str = "") -> Answer:
        """An answer led by the matched rule: conclusion, figures, deadline, decisive article, next steps."""
        s = strings(lang)
        rule, result = grounding.rule, grounding.result
        decisive = []
        for cite in rule.cites[:1]:
            art = self.retriever.get(cite.law, cite.article)
            if art is not None:
                decisive.append(quote_terms(art, cite.terms) or quote_article(art, [*cite.terms, *tokens], limit=90))
        cited = {(c.law, c.article) for c in rule.all_cites()}
        others = [quote_article(a, tokens) for a in choose_articles(result.hits, most=2)
                  if (a.law, a.key) not in cited and not a.repealed]
        body, steps = compose_rule_answer(
            RuleAnswer(rule=rule, decisive=decisive, others=others[:2], calculation=calculation, follow_up=follow_prompt,
                       alternative=grounding.alternative, escalation=self._escalation_text(codes, s) if codes else "",
                       deadline=deadline),
            s=s, lang=lang, today=self.today(),
        )
        answer = Answer(body, lang, "offline", topic=rule.topic, next_steps=steps, calculation=calculation,
                        follow_up=follow_prompt, articles=result.hits)
        answer.citations = self._citations(decisive + others[:2], None, calculation, rule=rule,
                                           also=grounding.alternative)
        return answer

    @staticmethod
    def _escalation_text(codes: list[str], s) -> str:
        return s.escalate_heading + "\n" + s.escalate_body.format(reason="；".join(s.escalation_reasons[c] for c in codes))

    def _try_llm(self, answer: Answer, text: str, lang: str, result: SearchResult, calculation, escalation, state, *,
                 rule: Rule | None = None) -> None:
        """Replace the offline text with a guarded LLM reply when it keeps its legal basis.

        The matched rule goes to the model as a practice note, with its articles added to the context
        (so the guard allows citing them)."""
        from bot.llm import LLMError

        s = strings(lang)
        context = list(result.hits[:6])
        notes: list[str] = []
        if rule is not None:
            have = {(a.law, a.key) for a in context}
            for c in rule.cites:
                art = self.retriever.get(c.law, c.article)
                if art is not None and (art.law, art.key) not in have:
                    context.append(art)
                    have.add((art.law, art.key))
            notes.append(f"{rule.conclusion.get(lang)} ({'、'.join(str(c) for c in rule.cites)})")
        facts = "; ".join(f"{k}={v}" for k, v in state.facts.items())
        worded = render_calculation(calculation, lang) if calculation is not None else None
        if worded is not None:
            facts += f"\n{worded.summary} ({worded.formula})" + "".join(f"\n- {c}" for c in worded.caveats)
        try:
            draft = self.writer.write(question=text, lang=lang, articles=context, facts=facts, notes=notes)
        except LLMError as exc:
            logger.warning("LLM unavailable, answering offline: %s", exc)
            answer.fallback_reason = str(exc)
            return
        guard = guard_citations(
            draft,
            self._citation_extractor(),
            allowed={(short_law_name(a.law), a.key) for a in context},
            exists=lambda law, key: self.retriever.get(law, key) is not None,
        )
        if guard.removed:
            logger.info("citation guard removed %d citation(s) from the LLM reply", len(guard.removed))
        if not guard.has_basis or len(guard.text.strip()) < 10:
            answer.fallback_reason = "LLM reply lost its legal basis in the citation guard"
            return
        by_key = {(short_law_name(a.law), a.key): a for a in context}
        cited: list[CitedArticle] = []
        for c in guard.kept:
            a = by_key.get((short_law_name(c.law), c.key))
            if a and all((x.law, x.article) != (a.law, a.key) for x in cited):
                cited.append(CitedArticle(a.law, a.key, a.citation, quote_article(a, tokenize(text)).text))
        parts = [guard.text.strip()]
        if worded is not None:
            parts += [worded.summary, *(f"· {c}" for c in worded.caveats)]
        if escalation:
            parts.append(s.escalate_heading + "\n" + s.escalate_body.format(reason="；".join(s.escalation_reasons[c] for c in escalation)))
        parts.append(s.disclaimer)
        answer.text = "\n\n".join(parts)
        answer.citations = cited
        answer.mode = "llm"

    # --- calculators --------------------------------------------------------------------

    def begin_calculation(self, name: str, state: ConversationState, lang: str) -> tuple[Calculation | None, str | None]:
        """Start calculator ``name`` from the facts known so far; return its result or the next question."""
        return self._start_calculation(name, lang, state, state.topic)

    def present_calculation(self, calculation: Calculation, state: ConversationState, lang: str) -> Answer:
        """Return a finished calculation as an answer, with its basis cited."""
        s = strings(lang)
        escalation = ["deadline_near"] if deadline_is_near(calculation.days_left) else []
        body, steps = compose(
            s=s, lang=lang, topic_title=None, quotes=[], playbook=None, calculation=calculation, follow_up=None,
            escalation=escalation,
        )
        answer = Answer(body, lang, "offline", topic=state.topic, calculation=calculation, next_steps=steps)
        answer.citations = self._citations([], None, calculation)
        return self._with_escalation(answer, escalation, s)

    def legal_aid_text(self, lang: str) -> str:
        """Where a worker can get a person's help, from the procedure playbook (cited) and hotlines."""
        s = strings(lang)
        playbook = self._usable_playbook("procedure")
        lines = [s.legal_aid_heading]
        if playbook is not None:
            lines += [f"• {item_text(item, lang)}" for item in playbook.where_to_go[:5]]
        lines += ["", s.general_routes, "", s.disclaimer]
        return "\n".join(lines)

    def _start_calculation(self, name: str, lang: str, state: ConversationState, topic: str | None) -> tuple[Calculation | None, str | None]:
        values = self._values_from_facts(name, state, topic)
        state.pending = PendingCalculation(calculator=name, values=values)
        return self._advance_calculation(lang, state)

    def _advance_calculation(self, lang: str, state: ConversationState) -> tuple[Calculation | None, str | None]:
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
            return None, s.ask_missing_progress.format(title=title) + "\n" + s.ask_missing.format(prompt=prompt)
        except InvalidInput as exc:
            p.values.pop(exc.spec.name, None)
            p.awaiting = exc.spec.name
            prompt = input_prompt(p.calculator, exc.spec.name, lang)
            return None, s.invalid_input.format(message=invalid_message(exc, lang), prompt=prompt)
        state.pending = None  # (a date estimated from a duration is a caveat the calculator states itself)
        return result, None

    def _continue_calculation(self, text: str, lang: str, analysis: QueryAnalysis, state: ConversationState) -> Answer | None:
        p = state.pending
        assert p is not None
        calc = CALCULATORS.get(p.calculator)
        if calc is None or not p.awaiting:
            state.pending = None
            return None
        spec = calc.spec(p.awaiting)
        value = parse_input(spec, text, today=self.today())
        if value is None:
            if len(text) > 12 and (analysis.topic or analysis.refs):
                state.pending = None  # a new question: drop the calculation in progress
                return None
            s = strings(lang)
            prompt = input_prompt(p.calculator, spec.name, lang)
            return Answer(s.invalid_input.format(message=s.unreadable_input, prompt=prompt), lang, "follow_up",
                          topic=state.topic, follow_up=prompt)
        p.values[spec.name] = _serialize(value)
        calculation, prompt = self._advance_calculation(lang, state)
        if calculation is None:
            return Answer(prompt or "", lang, "follow_up", topic=state.topic, follow_up=prompt)
        return self.present_calculation(calculation, state, lang)

    @staticmethod
    def _values_from_facts(name: str, state: ConversationState, topic: str | None) -> dict[str, str]:
        """The inputs of calculator ``name`` the conversation already gave: never asked again."""
        wanted = {spec.name for spec in CALCULATORS[name].inputs}
        values = {k: v for k, v in state.facts.items() if k in wanted}
        if name == "arbitration_deadline" and topic in ("arrears", "overtime_hours"):
            values["dispute_type"] = "arrears"
        return values

    # --- safety paths -------------------------------------------------------------------

    def _crisis(self, text: str, lang: str, analysis: QueryAnalysis | None, kinds: tuple[str, ...]) -> Answer:
        """Safety first, then the offer of a person (a button, taken only with consent), then the routes
        that fit what the person is living through."""
        s = strings(lang)
        situations = crisis_situations(text)
        shown = [k for k in situations if k in s.crisis_safety]
        if "emergency" in shown:
            shown = [k for k in shown if k != "injured"]
        if "attacked" in shown:
            shown = [k for k in shown if k != "threatened"]
        safety = "\n".join(s.crisis_safety[k] for k in shown)
        if "self_harm" in kinds:
            parts = [s.crisis.format(hotline=self.crisis_hotline)] + ([safety] if safety else [])
        else:
            parts = [s.crisis_opening + "\n" + safety]
        parts.append(s.crisis_offer.format(button=case_text(lang).lawyer_button))
        topic = analysis.topic if analysis else None
        cited: list[CitedArticle] = []
        routes = [self._fill_citations(s.crisis_routes[r], s, cited) for r in _crisis_routes(situations, topic)]
        parts += [*routes, s.disclaimer]
        steps = [line[2:] for r in routes for line in r.splitlines() if line.startswith("• ")]
        answer = Answer("\n\n".join(parts), lang, "crisis", topic=topic, next_steps=steps, citations=cited)
        codes = ["crisis", *triage(text, extract_facts(text, today=self.today()), today=self.today()).codes]
        return self._with_escalation(answer, list(dict.fromkeys(codes)), s)

    def _refuse(self, kind: str, text: str, lang: str, analysis: QueryAnalysis | None) -> Answer:
        """Refuse in one sentence, give the honest route, and quote the law when the corpus holds it."""
        s = strings(lang)
        answer = Answer("", lang, "refusal", topic=analysis.topic if analysis else None)
        parts = [s.refusals[kind]]
        law_kind = "insurance_fraud" if kind == "fabrication" and _INSURANCE_CLAIM.search(text) else kind
        for template, table in ((s.refusal_law, _REFUSAL_LAW), (s.refusal_basis, _REFUSAL_BASIS)):
            art = next(filter(None, (self.retriever.get(law, key) for law, key in table.get(law_kind, ()))), None)
            if art is not None:
                parts.append(template.format(citation=art.citation, quote=art.text))
                answer.citations.append(CitedArticle(art.law, art.key, art.citation, art.text))
        if kind != "privileged":  # a refusal to share records carries no legal information to disclaim
            parts.append(s.disclaimer)
        answer.text = "\n\n".join(parts)
        return answer

    def _fill_citations(self, template: str, s, cited: list[CitedArticle]) -> str:
        """Fill a template's article slots with the citation of each article the corpus holds."""
        slots: dict[str, str] = {}
        for slot, (law, key) in _ROUTE_BASIS.items():
            if "{" + slot + "}" not in template:
                continue
            art = self.retriever.get(law, key)
            slots[slot] = s.cite.format(citation=art.citation) if art is not None else ""
            if art is not None and all(c.citation != art.citation for c in cited):
                cited.append(CitedArticle(art.law, art.key, art.citation, art.text[:120]))
        return template.format(**slots)

    # --- helpers ------------------------------------------------------------------------

    def _is_follow_up(self, text: str, analysis: QueryAnalysis, state: ConversationState) -> bool:
        if not state.last_question or analysis.refs:
            return False
        return len(text) <= 25 and (not analysis.topic or analysis.topic == state.topic)

    def _relevant(self, result: SearchResult) -> bool:
        """Whether retrieval found law that bears on the question (else: say so, offer a human)."""
        if not result.hits:
            return False
        if result.named or result.analysis.topic:
            return True
        # No topic recognised: ask for clear lexical and semantic evidence before answering
        # (e5 similarities sit around 0.88 even for unrelated questions).
        return (result.bm25_top >= 10.0 and result.alias_top >= 0.91) or result.dense_top >= 0.93

    def _usable_playbook(self, topic: str | None) -> Playbook | None:
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

    def _topic_title(self, topic: str | None, lang: str) -> str | None:
        pb = self.playbooks.get(topic) if topic else None
        if pb is None:
            return None
        return pb.title_en if lang == "en" else pb.title_zh

    def _places(self) -> dict[str, str]:
        """City or county → province, for the facts (the worker's own province's local rules)."""
        if self._place_map is None:
            self._place_map = self.retriever.vocabulary.place_to_province
        return self._place_map

    def _citations(
        self, quotes: list[Quote], playbook: Playbook | None, calculation: Calculation | None,
        sections: tuple[str, ...] = ("evidence", "where_to_go", "deadlines"), *, rule: Rule | None = None,
        also: Rule | None = None,
    ) -> list[CitedArticle]:
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
        if calculation is not None:
            for b in calculation.basis:
                add(b.law, b.article)
        for r in (rule, also):
            for c in r.all_cites() if r is not None else ():
                add(c.law, c.article)
        if playbook is not None:
            limits = {"evidence": 3, "where_to_go": 3, "deadlines": 2}
            for section in sections:
                for item in getattr(playbook, section)[: limits.get(section, 3)]:
                    for c in item.cites[:3]:
                        add(c.law, c.article)
        return out

    def _citation_extractor(self) -> CitationExtractor:
        revision = self.retriever.catalog.revision()
        if self._extractor is None or self._extractor[0] != revision:
            self._extractor = (revision, CitationExtractor(self.retriever.titles(), self.retriever.vocabulary.law_names))
        return self._extractor[1]

    @staticmethod
    def _with_escalation(answer: Answer, codes: list[str], s) -> Answer:
        if codes:
            answer.escalate = True
            answer.escalate_codes = list(codes)
            answer.escalate_reason = "；".join(s.escalation_reasons[c] for c in codes)
        return answer


def _crisis_routes(situations: tuple[str, ...], topic: str | None) -> list[str]:
    """The legal routes a crisis reply ends with (at most two sets), most pressing first."""
    routes = []
    if {"confined", "attacked", "threatened"} & set(situations):
        routes.append("police")
    if {"emergency", "injured"} & set(situations) or topic == "injury":
        routes.append("injury")
    if {"destitute", "unpaid"} & set(situations) or topic == "arrears":
        routes.append("wages")
    return routes[:2] or ["general"]


_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]{2,}")


def _message_language(text: str, analysis: QueryAnalysis | None, previous: str | None) -> str:
    """The language of a message; one with no words of either ("8000", "2023-03-01") keeps the previous."""
    if analysis is not None and analysis.english:
        return "en"
    if _CJK.search(text):
        return "zh"
    if _LATIN.search(text):
        return "en"
    return previous or "zh"


def escalation_codes(t: Triage, rule: Rule | None, calculation: Calculation | None) -> list[str]:
    """Why a person should take the case now: the triage policy's reasons, the matched rule's own, and a
    computed deadline that is near, most serious first."""
    # A rule's own codes count when they are true of its whole situation; a deadline is near only when
    # computed from the worker's dates (by triage or the calculator), never because a rule is about one.
    codes = set(t.codes) | (set(rule.escalate) - {"deadline_near", "group_claim"} if rule is not None else set())
    if calculation is not None and deadline_is_near(calculation.days_left):
        codes.add("deadline_near")
    return [c for c in SEVERITY if c in codes]


def choose_calculator(text: str, topic: str | None, facts: dict[str, str], *, asks: frozenset[str] = frozenset(),
                      rule: Rule | None = None) -> str | None:
    """Return the calculator a message asks for (an amount or a deadline), or None.

    A matched rule's calculator opens when the worker asks how much or how long ("应该给我多少",
    "还能去仲裁要吗"); otherwise the wording of the message decides."""
    if rule is not None and rule.calculator and asks & {"how_much", "how_long"}:
        return rule.calculator
    if _DEADLINE.search(text):
        if topic == "injury" or (_INJURY.search(text) and "认定" in text):
            return "injury_application_deadline"
        if topic in ("arrears", "procedure", "overtime_hours", "dismissal") or _ARREARS_TOPIC.search(text):
            return "arbitration_deadline"
        return None
    if not _AMOUNT.search(text):
        return None
    if _DOUBLE.search(text) or facts.get("written_contract") == "no":
        return "double_wages"
    if topic == "dismissal" or _DISMISSAL.search(text):
        return "unlawful_dismissal" if _UNLAWFUL.search(text) else "economic_compensation"
    if _OVERTIME.search(text):
        return "overtime_pay"
    return None


def _serialize(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, Decimal):
        return str(value)
    return str(value)

