"""The answer service: a worker's message (and the conversation so far) in, an answer out.

No Telegram here: the CLI, the tests, the Telegram handlers and any later channel call
:meth:`Assistant.answer` the same way. The path reads top to bottom through the stages of
:mod:`bot.answering`: reading → facts → grounding → calculation → assessment → composition.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from bot.answering.assessment import assess, quit_option
from bot.answering.calculation import (
    DEADLINE_CALCULATORS,
    CalculationStep,
    Calculations,
    choose_calculator,
    claim_calculator,
    counts_an_end_not_told,
    second_claim,
    slow_business_told,
    wages_owed,
    rule_calculator,
)
from bot.answering.grounding import Grounder
from bot.answering.models import Answer, CitedArticle
from bot.answering.offline import OfflineComposer
from bot.answering.parts import question_parts
from bot.answering.protective import Protector
from bot.answering.reading import Reading, read_message
from bot.answering.rewrite import Rewriter
from bot.conversation import ConversationState, remember_facts
from bot.locales import strings
from bot.locales.answers import answer_text
from knowledge.bm25 import tokenize
from knowledge.calculators import Calculation
from knowledge.calculators.compensation import (
    if_only_pushed,
    if_slow_business,
    less_what_was_paid,
    not_yet_ended,
    with_unlawful_alternative,
)
from bot.triage import triage
from knowledge.facts import Facts, extract_facts, pushed_only
from knowledge.playbooks import Playbook
from knowledge.retriever import Retriever
from knowledge.rules import Rule, RuleIndex

logger = logging.getLogger(__name__)

__all__ = ["Answer", "Assistant", "CitedArticle"]


# The job has ended (dismissed today, left): what a contract still unsigned would bring in the months ahead is not theirs.
# (an employer vanished, the site emptied: the job is over in fact, nothing lies ahead to count)
_JOB_OVER = frozenset({"dismissed", "resigned", "left_job", "vanished_employer"})
_AHEAD = frozenset({"double_wages.note.open_ended_ahead", "economic_compensation.note.next_step"})


# Notes that do not hold once a court has opened bankruptcy proceedings: the claims go on the administrator's list,
# so neither the year to arbitrate nor an inspectorate's order and its surcharge (劳动合同法第八十五条) is the route.
_NOT_IN_BANKRUPTCY = frozenset({"wage_arrears.note.time_limit", "wage_arrears.note.order"})


def _without_notes(calculation: Calculation, codes: frozenset[str]) -> Calculation:
    kept = tuple(c for c in calculation.caveats if c.code not in codes)
    return calculation if len(kept) == len(calculation.caveats) else replace(calculation, caveats=kept)


def _without_what_lies_ahead(calculation: Calculation) -> Calculation:
    """The calculation without the notes about a job going on (the open-ended contract a year from the start, the 11
    months' double wages if nothing is signed before then, the leaving day from which compensation rises a step): told
    to a worker dismissed today they mislead."""
    return _without_notes(calculation, _AHEAD)


class Assistant:
    """Answers workers' messages from retrieved law, situation rules, playbooks and calculators
    (offline, or rewritten by an LLM behind the citation guard)."""

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
        self.max_message_chars = max_message_chars
        self.today = today
        self.grounder = Grounder(retriever, rules)
        self.calculations = Calculations(today)
        self.composer = OfflineComposer(retriever, playbooks, today)
        self.rewriter = Rewriter(writer, retriever) if writer is not None else None
        self.protector = Protector(retriever, crisis_hotline=crisis_hotline, today=today)
        self._place_map: dict[str, str] | None = None

    # --- entry point: which path a message takes -----------------------------------------

    def answer(self, message: str, state: ConversationState | None = None, *, lang: str | None = None) -> tuple[Answer, ConversationState]:
        """Return the answer to ``message`` and the conversation state to keep for the next turn."""
        state = state or ConversationState()
        reading = read_message(message, self.retriever, lang=lang or state.language, previous=state.replied_in,
                               max_chars=self.max_message_chars)
        text, lang, analysis, signals = reading.text, reading.lang, reading.analysis, reading.signals
        state.replied_in = lang  # a reply of figures only ("8000") keeps the conversation's language
        s = strings(lang)
        if not text:
            return Answer(s.empty_message, lang, "invalid"), state
        if reading.too_long:
            return Answer(s.too_long.format(limit=self.max_message_chars), lang, "invalid"), state
        state.turns += 1
        if signals.crisis:
            facts = extract_facts(text, today=self.today(), places=self.places())  # read once for the rule and triage
            return self.protector.crisis(text, lang, analysis, signals.crisis, rule=self._crisis_rule(reading, facts),
                                         facts=facts), state
        if signals.refusal:
            # Before a calculation in progress: "forge a pay slip for 8000" is not the wage asked for.
            return self.protector.refuse(signals.refusal, text, lang, analysis), state
        if state.pending is not None:
            step = self.calculations.resume(text, lang, analysis, state)
            if step is not None:
                return self._calculation_reply(step, state, lang), state
        if not any(c.isalnum() for c in text):  # emoji or punctuation only: no question, no follow-up
            return Answer(s.empty_message, lang, "invalid"), state
        follow_up = self._is_follow_up(reading, state)
        on_topic = analysis.work_related or bool(analysis.refs) or follow_up
        if signals.other_domain and not analysis.topic and not analysis.refs:
            on_topic = False
        if signals.injection and not analysis.topic:
            return Answer(s.injection, lang, "refusal"), state
        if not on_topic and not signals.other_domain and triage(
                text, extract_facts(text, today=self.today(), places=self.places()), today=self.today()).escalate:
            on_topic = True  # no work word we know, but a danger the policy hands to a person: never off topic
        if not on_topic:
            if signals.family:
                return Answer(s.divorce_or_family, lang, "offtopic"), state
            return Answer(s.abuse if signals.abuse else s.offtopic, lang, "offtopic"), state
        answer = self._answer_question(reading, state, follow_up=follow_up, allow_llm=not signals.injection)
        if signals.venting:  # "真想去把他店砸了": the answer, then why not
            answer.text += "\n\n" + answer_text(lang).venting
        if signals.distress:  # "要跳楼的心都有了": the answer, then where to talk
            answer.text += "\n\n" + answer_text(lang).distress.format(hotline=self.protector.crisis_hotline)
        return answer, state

    def _crisis_rule(self, reading: Reading, facts: Facts) -> Rule | None:
        """The situation rule that answers a work question asked in a crisis (走了加班费还能要吗), when one fits with
        confidence; the crisis reply states it last, after safety and the offer of a person."""
        analysis = reading.analysis
        if analysis is None or not analysis.work_related:
            return None
        return self.grounder.ground(reading.text, analysis=analysis, facts=facts).rule

    # --- the main path ------------------------------------------------------------------

    def _answer_question(self, reading: Reading, state: ConversationState, *, follow_up: bool, allow_llm: bool) -> Answer:
        """The legal question, one stage after another."""
        text, lang = reading.text, reading.lang
        today = self.today()
        # Facts, read once; the conversation keeps them for the next turn.
        facts = remember_facts(state, extract_facts(text, today=today, places=self.places()))
        # Grounding: the articles and the situation rule (a follow-up is searched with the last question).
        query = f"{state.last_question} {text}" if follow_up and state.last_question else text
        grounding = self.grounder.ground(query, analysis=reading.analysis if query == text else None, facts=facts)
        result, rule = grounding.result, grounding.rule
        parts = [] if follow_up else self.grounder.other_parts(grounding, question_parts(text)[:3], facts=facts,
                                                                       text=text)
        topic = (rule.topic if rule else None) or result.analysis.topic or (state.topic if follow_up else None)
        state.topic = topic or state.topic
        if not follow_up:
            state.last_question = text[:300]
        # Calculation: the worker's own figures, when the question asks for them (or the rule computes them).
        # A time limit the worker's own dates already give (⏰ in the answer) is not asked for again.
        assessment = assess(query, facts, rule, None, lang=lang, today=today, lookup=self.retriever.get)
        stated = bool(assessment.deadline)
        name = choose_calculator(text, topic, state.facts, asks=facts.asks, rule=rule, flags=facts.flags)
        own = rule_calculator(rule, text, facts.flags, frozenset(state.facts)) if rule is not None and rule.calculator \
            else None
        if name and not (stated and name in DEADLINE_CALCULATORS):
            step = self.calculations.start(name, lang, state, topic)
        elif own and not (stated and own in DEADLINE_CALCULATORS):
            step = self.calculations.preview(own, state, topic)
        else:
            step = CalculationStep()
        if step.calculation is None:
            # (also instead of asking for the lead's input when another part's figures are all given: 干了2年4个月，
            # 月工资4200 computes the compensation for quitting, rather than asking the day a right was infringed)
            figures = self._part_figures(parts, text, facts, state, topic, stated)
            if figures.calculation is not None or step.prompt is None:
                step = figures
        if step.calculation is None and step.prompt is None:
            claim = claim_calculator(rule, text, frozenset(facts.flags), frozenset(facts.asks),
                                     known=frozenset(state.facts))
            if claim is not None and not (rule is not None and rule.calculator == claim):
                step = self.calculations.preview(claim, state, topic)
            if step.calculation is None and step.prompt is None and claim != "wage_arrears" \
                    and wages_owed(frozenset(facts.flags), frozenset(state.facts)) \
                    and not (rule is not None and rule.civil_route):
                # (not on the civil route: a foreigner without a permit sues for the pay, no arbitration's notes)
                # the compensation for quitting over them needs a start date not told; the wages owed do not
                step = self.calculations.preview("wage_arrears", state, topic)
        if step.calculation is not None:
            step = self._second_claim(step, facts, state, topic, text)
        # Assessment: the triage policy's reasons, the rule's own, a computed deadline that is near.
        assessment = assessment.with_calculation(rule, step.calculation)
        # Composition: the rule's conclusion first when one fits; else what the law says, plainly unsure.
        reasons = strings(lang).escalation_reasons
        if not self._relevant(result) and rule is None and step.calculation is None and step.prompt is None:
            return self.composer.no_match(lang, topic, assessment.codes).escalate_for(assessment.codes, reasons)
        tokens = tokenize(query, result.analysis.legal_terms)
        if rule is not None:
            option, option_bases = quit_option([rule.key, *(p.key for p in parts)], facts, lang, self.retriever.get,
                                               outside=rule.civil_route)
            assessment = replace(assessment, option=option, option_bases=option_bases)
            answer = self.composer.rule_answer(grounding, tokens, lang, step, assessment, parts=parts,
                                               flags=frozenset(facts.flags), asks=frozenset(facts.asks))
        else:
            answer = self.composer.law_answer(result, tokens, lang, topic, step, assessment,
                                              flags=frozenset(facts.flags), parts=parts, asks=frozenset(facts.asks))
        for line, basis in ((assessment.deadline, assessment.deadline_basis), (assessment.deadline, assessment.deadline_also),
                            (assessment.notice, assessment.notice_basis),
                            *((assessment.option, b) for b in assessment.option_bases)):
            if basis is not None and line and line in answer.text:
                if all((c.law, c.article) != (basis.law, basis.key) for c in answer.citations):
                    answer.citations.append(CitedArticle(basis.law, basis.key, basis.citation, basis.text[:120]))
        answer.escalate_for(assessment.codes, reasons)
        if self.rewriter is not None and allow_llm and step.prompt is None:
            self.rewriter.rewrite(answer, text, lang, result, step.calculation, assessment.codes, state.facts, rule=rule)
        return answer

    # --- calculators --------------------------------------------------------------------

    def _part_figures(self, parts: list[Rule], text: str, facts: Facts, state: ConversationState,
                      topic: str | None, stated: bool) -> CalculationStep:
        """The worker's figures for another thing the message asks, when the lead rule computes none ("时效快到了，
        能拿多少？": the limitation rule leads, the dismissal part gives 2N): run, never asked for, only when the
        message already gives every input."""
        for part in parts:
            name = rule_calculator(part, text, facts.flags, frozenset(state.facts)) if part.calculator else None
            if name is None or (stated and name in DEADLINE_CALCULATORS) or counts_an_end_not_told(name, facts.flags):
                continue
            if name == "unlawful_dismissal" and facts.has("quitting") and not facts.has("dismissed", "left_job"):
                continue  # 要是辞职能拿补偿吗, nobody dismissed: what a dismissal would owe is not the quitting worker's figure
            step = self.calculations.preview(name, state, topic)
            if step.calculation is not None:
                return step
        return CalculationStep()

    def _second_claim(self, step: CalculationStep, facts: Facts, state: ConversationState,
                      topic: str | None, text: str) -> CalculationStep:
        """A dismissal's N with what it owes if unlawful (2N) beside it, and the other claim the same facts give
        (the double wages of a dismissed worker who never signed), computed only when every input is there."""
        flags = frozenset(facts.flags)
        first = step.calculation
        assert first is not None
        second = second_claim(first, flags, frozenset(state.facts))
        also = self.calculations.preview(second, state, topic).calculation if second else None
        if "dismissed" in flags:
            first = with_unlawful_alternative(first)
            also = with_unlawful_alternative(also) if also is not None else None
        if "dismissed" in flags and pushed_only(text):
            # only pushed to resign, still at work: the 2N is what a dismissal would owe, N what leaving over a fault owes
            first = if_only_pushed(first)
            also = if_only_pushed(also) if also is not None else None
        if "asked_to_sign" in flags and not flags & {"dismissed", "left_job"}:
            # an ending put to sign that the law bars (怀疑尘肺，让我签终止协议): 2N is what ending it anyway would owe; a
            # contract still to run out (到12月31号到期…不签就到期走人), what ending it then would owe
            at_expiry = "contract_expired" in flags and facts.end_date is not None and facts.as_of is not None \
                and facts.end_date > facts.as_of
            first = not_yet_ended(first, at_expiry=at_expiry)
            also = not_yet_ended(also, at_expiry=at_expiry) if also is not None else None
        if facts.compensation_paid is not None and flags & {"dismissed", "left_job"}:
            first = less_what_was_paid(first, facts.compensation_paid)  # (只给了4个月工资补偿: what is still owed)
        if "dismissed" in flags and slow_business_told(text):
            first = if_slow_business(first)
            also = if_slow_business(also) if also is not None else None
        if flags & _JOB_OVER:
            first = _without_what_lies_ahead(first)
            also = _without_what_lies_ahead(also) if also is not None else None
        if "bankruptcy" in flags:
            first = _without_notes(first, _NOT_IN_BANKRUPTCY)
            also = _without_notes(also, _NOT_IN_BANKRUPTCY) if also is not None else None
        return CalculationStep(calculation=first, prompt=step.prompt, also=also)

    def begin_calculation(self, name: str, state: ConversationState, lang: str) -> tuple[Calculation | None, str | None]:
        """Start calculator ``name`` from the facts known so far; return its result or the next question."""
        step = self.calculations.start(name, lang, state, state.topic)
        return step.calculation, step.prompt

    def present_calculation(self, calculation: Calculation, state: ConversationState, lang: str,
                            follow_up: str | None = None) -> Answer:
        """Return a finished calculation as an answer, with its basis cited (and ``follow_up``, the question
        still pending, under it)."""
        return self.composer.calculation_answer(calculation, state.topic, lang, follow_up)

    def _calculation_reply(self, step: CalculationStep, state: ConversationState, lang: str) -> Answer:
        if step.calculation is not None:
            return self.present_calculation(step.calculation, state, lang, step.prompt)
        return Answer(step.prompt or "", lang, "follow_up", topic=state.topic, follow_up=step.prompt)

    def legal_aid_text(self, lang: str) -> str:
        """Where a worker can get a person's help, from the procedure playbook (cited) and hotlines."""
        return self.composer.legal_aid_text(lang)

    # --- helpers ------------------------------------------------------------------------

    @staticmethod
    def _is_follow_up(reading: Reading, state: ConversationState) -> bool:
        if not state.last_question or reading.analysis.refs:
            return False
        return len(reading.text) <= 25 and (not reading.analysis.topic or reading.analysis.topic == state.topic)

    def _relevant(self, result) -> bool:
        """Whether retrieval found law that bears on the question (else: say so, offer a human)."""
        if not result.hits:
            return False
        if result.named or result.analysis.topic:
            return True
        # No topic recognised: ask for clear lexical and semantic evidence before answering
        # (e5 similarities sit around 0.88 even for unrelated questions).
        return (result.bm25_top >= 10.0 and result.alias_top >= 0.91) or result.dense_top >= 0.93

    def places(self) -> dict[str, str]:
        """City or county → province, for the facts (the worker's own province's local rules)."""
        if self._place_map is None:
            self._place_map = self.retriever.vocabulary.place_to_province
        return self._place_map
