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

from bot.composer import Quote, choose_articles, compose, item_text, quote_article
from bot.conversation import ConversationState, PendingCalculation, extract_facts, service_start
from bot.locales import calculator_title, input_prompt, invalid_message, render_calculation, strings
from bot.safety import read_signals, urgency
from knowledge.bm25 import tokenize
from knowledge.calculators import CALCULATORS, Calculation, InvalidInput, MissingInputs, Phrase, run
from knowledge.citations import CitationExtractor, guard_citations
from knowledge.inputs import parse_input
from knowledge.playbooks import Playbook, PlaybookItem
from knowledge.query import QueryAnalysis, normalize_question
from knowledge.retriever import RetrievedArticle, Retriever, SearchResult
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


# What the law says about obtaining insurance benefits by fraud, most specific first.
_FRAUD_CONSEQUENCES = (("工伤保险条例", "60"), ("中华人民共和国社会保险法", "88"))


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
        }


class Assistant:
    """Answers workers' messages from retrieved law, playbooks and calculators (offline or with an LLM)."""

    def __init__(
        self,
        retriever: Retriever,
        playbooks: dict[str, Playbook],
        *,
        writer=None,
        crisis_hotline: str = "12356",
        max_message_chars: int = 2000,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.retriever = retriever
        self.playbooks = playbooks
        self.writer = writer
        self.crisis_hotline = crisis_hotline
        self.max_message_chars = max_message_chars
        self.today = today
        self._extractor: tuple[int, CitationExtractor] | None = None
        self._playbook_cache: dict[str, tuple[int, Playbook]] = {}

    # --- entry point --------------------------------------------------------------------

    def answer(self, message: str, state: ConversationState | None = None, *, lang: str | None = None) -> tuple[Answer, ConversationState]:
        """Return the answer to ``message`` and the conversation state to keep for the next turn."""
        state = state or ConversationState()
        text = normalize_question(message)
        analysis = self.retriever.analyze(text) if text else None
        lang = lang or state.language or ("en" if analysis is not None and analysis.english else "zh")
        s = strings(lang)
        if not text:
            return Answer(s.empty_message, lang, "invalid"), state
        if len(text) > self.max_message_chars:
            return Answer(s.too_long.format(limit=self.max_message_chars), lang, "invalid"), state
        state.turns += 1
        signals = read_signals(text)
        if signals.crisis:
            return self._crisis(text, lang, analysis, state), state
        if state.pending is not None:
            handled = self._continue_calculation(text, lang, analysis, state)
            if handled is not None:
                return handled, state
        if signals.fabrication:
            return self._refuse_fraud(lang, analysis), state
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
        s = strings(lang)
        today = self.today()
        query = f"{state.last_question} {text}" if follow_up and state.last_question else text
        # The question was analysed once already; a follow-up is searched together with the last question.
        result = self.retriever.retrieve(query, top_k=8, analysis=None if query != text else analysis)
        qa = result.analysis
        topic = qa.topic or (state.topic if follow_up else None)
        state.facts.update(extract_facts(text, qa, today=today))
        state.topic = topic or state.topic
        if not follow_up:
            state.last_question = text[:300]
        calculation, follow_prompt = None, None
        name = choose_calculator(text, topic, state.facts)
        if name:
            calculation, follow_prompt = self._start_calculation(name, lang, state, topic)
        urg = urgency(text, days_to_deadline=calculation.days_left if calculation else None)
        escalation = urg.reasons
        if not self._relevant(result) and calculation is None and follow_prompt is None:
            parts = [s.no_match + "\n" + s.general_routes, s.more_help]
            if escalation:
                parts.append(s.escalate_heading + "\n" + s.escalate_body.format(reason="；".join(s.escalation_reasons[c] for c in escalation)))
            answer = Answer("\n\n".join(parts), lang, "no_match", topic=topic)
            return self._with_escalation(answer, escalation, s)
        chosen = choose_articles(result.hits)
        tokens = tokenize(query, qa.legal_terms)
        quotes = [quote_article(a, tokens) for a in chosen]
        playbook = self._usable_playbook(topic)
        body, steps = compose(
            s=s, lang=lang, topic_title=self._topic_title(topic, lang), quotes=quotes, playbook=playbook,
            calculation=calculation, follow_up=follow_prompt, escalation=escalation,
        )
        answer = Answer(
            body, lang, "offline", topic=topic, next_steps=steps, calculation=calculation, follow_up=follow_prompt,
            articles=result.hits,
        )
        answer.citations = self._citations(quotes, playbook, calculation)
        self._with_escalation(answer, escalation, s)
        if self.writer is not None and allow_llm and follow_prompt is None:
            self._try_llm(answer, text, lang, result, calculation, escalation, state)
        return answer

    def _try_llm(self, answer: Answer, text: str, lang: str, result: SearchResult, calculation, escalation, state) -> None:
        """Replace the offline text with a guarded LLM reply when it keeps its legal basis."""
        from bot.llm import LLMError

        s = strings(lang)
        context = result.hits[:6]
        facts = "; ".join(f"{k}={v}" for k, v in state.facts.items())
        worded = render_calculation(calculation, lang) if calculation is not None else None
        if worded is not None:
            facts += f"\n{worded.summary} ({worded.formula})"
        try:
            draft = self.writer.write(question=text, lang=lang, articles=context, facts=facts)
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
            parts.append(worded.summary)
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
        escalation = urgency("", days_to_deadline=calculation.days_left).reasons
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
        estimated = ["start_date"] if "start_date" in values and "start_date" not in state.facts else []
        state.pending = PendingCalculation(calculator=name, values=values, estimated=estimated)
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
        state.pending = None
        if "start_date" in p.estimated and "start_date" in p.values:
            # The calculation rests on an inferred date: say so, as a note of the result.
            note = Phrase("estimated_start", {"date": p.values["start_date"]})
            result = replace(result, notes=(note, *result.notes))
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

    def _values_from_facts(self, name: str, state: ConversationState, topic: str | None) -> dict[str, str]:
        facts, today = state.facts, self.today()
        values: dict[str, str] = {}
        if "monthly_wage" in facts and name in ("double_wages", "economic_compensation", "unlawful_dismissal", "overtime_pay"):
            values["monthly_wage"] = facts["monthly_wage"]
        start = service_start(facts, today=today)
        if start and name in ("double_wages", "economic_compensation", "unlawful_dismissal"):
            values["start_date"] = start.isoformat()
        if "end_date" in facts and name in ("double_wages", "economic_compensation", "unlawful_dismissal"):
            values["end_date"] = facts["end_date"]
        if name == "arbitration_deadline" and topic in ("arrears", "overtime_hours"):
            values["dispute_type"] = "arrears"
        return values

    # --- safety paths -------------------------------------------------------------------

    def _crisis(self, text: str, lang: str, analysis: QueryAnalysis | None, state: ConversationState) -> Answer:
        s = strings(lang)
        parts = [s.crisis.format(hotline=self.crisis_hotline)]
        topic = analysis.topic if analysis else None
        playbook = self._usable_playbook(topic) if topic else None
        steps: list[str] = []
        if analysis is not None and analysis.work_related:
            parts.append(s.crisis_then_legal)
            if playbook is not None:
                for item in playbook.where_to_go[:3]:
                    steps.append(item_text(item, lang))
                parts.append("\n".join(f"• {x}" for x in steps))
            else:
                parts.append(s.general_routes)
        parts.append(s.disclaimer)
        codes = urgency(text, crisis=True).reasons
        answer = Answer("\n\n".join(parts), lang, "crisis", topic=topic, next_steps=steps)
        if playbook is not None:
            answer.citations = self._citations([], playbook, None, sections=("where_to_go",))
        return self._with_escalation(answer, codes, s)

    def _refuse_fraud(self, lang: str, analysis: QueryAnalysis) -> Answer:
        """Refuse to help deceive, state the consequence from the law when the corpus has it."""
        s = strings(lang)
        parts = [s.fabrication]
        answer = Answer("", lang, "refusal", topic=analysis.topic)
        for law, key in _FRAUD_CONSEQUENCES:
            art = self.retriever.get(law, key)
            if art is not None:
                parts.append(s.fabrication_law.format(citation=art.citation, quote=art.text))
                answer.citations.append(CitedArticle(art.law, art.key, art.citation, art.text))
                break
        parts += [s.general_routes, s.disclaimer]
        answer.text = "\n\n".join(parts)
        return answer

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

    def _citations(
        self, quotes: list[Quote], playbook: Playbook | None, calculation: Calculation | None,
        sections: tuple[str, ...] = ("evidence", "where_to_go", "deadlines"),
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


def choose_calculator(text: str, topic: str | None, facts: dict[str, str]) -> str | None:
    """Return the calculator a message asks for (an amount or a deadline), or None."""
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

