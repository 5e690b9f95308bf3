"""Handing a worker to a legal-aid person: consent first, a few gap-filling questions, the case.

The steps live in the conversation state (``state.intake``), so a restart in the middle of the
questions loses nothing. Nothing leaves the bot before the worker's explicit yes; a no shares
nothing and says where else to turn.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import date

from bot.activity import ActivityStore
from bot.cases import CaseError, CaseService, NewCase
from bot.clock import utc_now
from bot.conversation import ConversationState, ConversationStore, IntakeState
from bot.intake import (
    FACT_KINDS,
    SKIPPED,
    UNKNOWN,
    display_value,
    facts_to_ask,
    normalize_phone,
    plain_amount,
    read_answer,
)
from bot.locales import case_text, render_calculation, staff_text, strings
from bot.replies import Action, ChatReply, owed
from bot.triage import triage_text
from knowledge.retriever import Retriever
from knowledge.vocabulary import Topic

logger = logging.getLogger(__name__)

PROBLEM = "problem"  # the pseudo-question "what happened?" asked when the worker has asked the bot nothing
# Facts the assistant extracts from questions, under the names the case packet uses.
_CARRIED = ("monthly_wage", "start_date", "end_date", "written_contract", "province")


class EscalationService:
    """The worker's side of a hand-over: consent, questions, case creation, relay while it is open."""

    def __init__(self, *, conversations: ConversationStore, cases: CaseService, activity: ActivityStore,
                 retriever: Retriever, topics: Mapping[str, Topic],
                 today: Callable[[], date] = lambda: utc_now().date()) -> None:
        self.conversations = conversations
        self.cases = cases
        self.activity = activity
        self.retriever = retriever  # reads the topic and urgency of a problem told during the hand-over
        self.topics = topics  # names the topic in the consent summary
        self.today = today

    # ---- entry ---------------------------------------------------------------------------------

    def start(self, conversation_id: str, *, worker_name: str, lang: str) -> ChatReply:
        """Show exactly what would be shared and ask for an explicit yes."""
        t = case_text(lang)
        case = self.cases.open_case_for(conversation_id)
        if case is not None:
            return ChatReply(t.already_open.format(number=case.number), lang)
        state = self.conversations.load(conversation_id)
        turns = len(self.activity.transcript(conversation_id=conversation_id))
        state.intake = IntakeState(stage="consent", lang=lang)
        text = t.consent.format(summary=self._summary(state, lang), turns=turns, name=worker_name or "-")
        return self._saved(conversation_id, state, ChatReply(
            text, lang, [[Action(t.consent_yes, "consent", "y"), Action(t.consent_no, "consent", "n")]]))

    def consent(self, conversation_id: str, agreed: bool) -> ChatReply:
        """Yes: ask for an optional phone number. No: share nothing and point to other help."""
        state = self.conversations.load(conversation_id)
        lang = (state.intake.lang if state.intake else None) or state.language or "zh"
        t = case_text(lang)
        if state.intake is None or state.intake.stage != "consent":
            if state.intake is not None and state.intake.collecting:
                return ChatReply("", lang)  # a second press while the hand-over goes on: nothing changes
            case = self.cases.open_case_for(conversation_id)  # a second press, or an old message
            return ChatReply(t.already_open.format(number=case.number) if case else t.cancelled, lang)
        if not agreed:
            state.intake = None
            logger.info("Worker declined the hand-over; nothing shared")
            return self._saved(conversation_id, state, ChatReply(t.declined.format(routes=strings(lang).general_routes),
                                                                 lang))
        state.intake.stage = "phone"
        return self._saved(conversation_id, state, ChatReply(t.phone_ask, lang, [
            [Action(t.skip_button, "intake", "skip"), Action(t.cancel_button, "intake", "cancel")]]))

    def _saved(self, conversation_id: str, state: ConversationState, reply: ChatReply) -> ChatReply:
        """Store the state with the reply that reports it, in one commit (see :func:`bot.replies.owed`)."""
        owed(reply)
        self.conversations.save(conversation_id, state)
        return reply

    # ---- answers -------------------------------------------------------------------------------

    def active(self, state: ConversationState) -> bool:
        return state.intake is not None and state.intake.collecting

    def answer(self, conversation_id: str, text: str, *, worker_name: str, chat_id: int) -> ChatReply:
        """Read the worker's typed answer to the current question (phone or a fact)."""
        state = self.conversations.load(conversation_id)
        return self._step(conversation_id, state, text=text, choice=None, worker_name=worker_name, chat_id=chat_id)

    def button(self, conversation_id: str, choice: str, *, worker_name: str, chat_id: int) -> ChatReply:
        """A button under a question: unknown | skip | yes | no | submit | cancel."""
        state = self.conversations.load(conversation_id)
        if not self.active(state):
            lang = state.language or "zh"
            return ChatReply("", lang)
        return self._step(conversation_id, state, text=None, choice=choice, worker_name=worker_name, chat_id=chat_id)

    def _step(self, conversation_id: str, state: ConversationState, *, text: str | None, choice: str | None,
              worker_name: str, chat_id: int) -> ChatReply:
        intake = state.intake
        lang = (intake.lang if intake else None) or state.language or "zh"
        t = case_text(lang)
        stage = intake.stage if intake else None
        if choice == "cancel":
            state.intake = None
            return self._saved(conversation_id, state, ChatReply(t.cancelled, lang))
        if stage == "supplement":
            return self._supplement(conversation_id, state, text, choice, lang)
        if stage == "phone":
            if choice in ("skip", "submit", "unknown"):
                intake.phone = None
            else:
                phone = normalize_phone(text or "")
                if phone is None:
                    return ChatReply(t.phone_invalid, lang, [[Action(t.skip_button, "intake", "skip"),
                                                               Action(t.cancel_button, "intake", "cancel")]])
                intake.phone = phone
            known = self._known_facts(state)
            intake.stage, intake.facts = "facts", known
            if not state.last_question and "crisis" not in state.escalation:
                # /lawyer before any question: first the problem in the worker's words, which also
                # tells which facts matter.
                intake.pending = [PROBLEM]
                return self._next(conversation_id, state, lang, worker_name, chat_id)
            intake.pending = self._questions(state, known)
            prompt = t.facts_intro.format(count=len(intake.pending)) if intake.pending else ""
            return self._next(conversation_id, state, lang, worker_name, chat_id, prefix=prompt)
        if stage == "facts":
            pending = intake.pending
            if choice == "submit" or not pending:
                intake.pending = []
                return self._next(conversation_id, state, lang, worker_name, chat_id)
            name = pending[0]
            if name == PROBLEM:
                return self._problem(conversation_id, state, text, choice, lang, worker_name, chat_id)
            value = self._read(name, text, choice)
            if value is None:
                return self._question(t.fact_invalid[FACT_KINDS[name]] + "\n" + t.fact_questions[name], name, lang)
            intake.facts[name] = value
            intake.pending = pending[1:]
            return self._next(conversation_id, state, lang, worker_name, chat_id)
        state.intake = None
        return self._saved(conversation_id, state, ChatReply(t.cancelled, lang))

    def _problem(self, conversation_id: str, state: ConversationState, text: str | None, choice: str | None,
                 lang: str, worker_name: str, chat_id: int) -> ChatReply:
        """The worker's own account of the problem: kept as the case's question; its topic and urgency
        decide the questions that follow."""
        intake = state.intake
        text = (text or "").strip()[:2000]
        if text and choice is None:
            intake.question = text
            analysis = self.retriever.analyze(text)
            state.topic = analysis.topic or state.topic
            for code in triage_text(text, today=self.today()).codes:
                if code not in state.escalation:
                    state.escalation.append(code)
        known = intake.facts
        known.update({k: v for k, v in self._known_facts(state).items() if k not in known})
        intake.pending = self._questions(state, known)
        prompt = case_text(lang).facts_intro.format(count=len(intake.pending)) if intake.pending else ""
        return self._next(conversation_id, state, lang, worker_name, chat_id, prefix=prompt)

    def _read(self, name: str, text: str | None, choice: str | None) -> str | None:
        if choice == "unknown":
            return UNKNOWN
        if choice == "skip":
            return SKIPPED
        if choice in ("yes", "no"):
            return choice
        return read_answer(name, text or "", today=self.today())

    def _next(self, conversation_id: str, state: ConversationState, lang: str, worker_name: str, chat_id: int,
              prefix: str = "") -> ChatReply:
        intake = state.intake
        if intake.pending:
            name = intake.pending[0]
            if name == PROBLEM:
                t = case_text(lang)
                reply = ChatReply(t.problem_question, lang, [[Action(t.skip_button, "intake", "skip"),
                                                             Action(t.cancel_button, "intake", "cancel")]])
            else:
                question = case_text(lang).fact_questions[name]
                reply = self._question(f"{prefix}\n\n{question}" if prefix else question, name, lang, submit=True)
            return self._saved(conversation_id, state, reply)
        return self._submit(conversation_id, state, lang, worker_name, chat_id)

    def _question(self, text: str, name: str, lang: str, *, submit: bool = True) -> ChatReply:
        t = case_text(lang)
        rows: list[list[Action]] = []
        if FACT_KINDS[name] == "yesno":
            rows.append([Action(t.yes_button, "intake", "yes"), Action(t.no_button, "intake", "no")])
        rows.append([Action(t.unknown_button, "intake", "unknown"), Action(t.skip_button, "intake", "skip")])
        if submit:
            rows.append([Action(t.submit_button, "intake", "submit"), Action(t.cancel_button, "intake", "cancel")])
        return ChatReply(text, lang, rows)

    def _supplement(self, conversation_id: str, state: ConversationState, text: str | None, choice: str | None,
                    lang: str) -> ChatReply:
        intake = state.intake
        name = intake.asking
        t = case_text(lang)
        value = self._read(name, text, choice)
        if value is None:
            return self._question(t.fact_invalid[FACT_KINDS[name]] + "\n" + t.fact_questions[name], name, lang,
                                  submit=False)
        state.intake = None
        # The fact commits with the thanks, the state after: killed between the two, the worker's next
        # message would answer the question again and set the same fact.
        reply = owed(ChatReply(t.info_thanks, lang))
        try:
            self.cases.set_fact(intake.case_id, name, value, actor="worker", actor_name="worker")
        except CaseError:
            reply = ChatReply(t.cancelled, lang)
        return self._saved(conversation_id, state, reply)

    # ---- the case ------------------------------------------------------------------------------

    def _submit(self, conversation_id: str, state: ConversationState, lang: str, worker_name: str,
                chat_id: int) -> ChatReply:
        t = case_text(lang)
        intake = state.intake
        transcript = self.activity.transcript(conversation_id=conversation_id)
        lines: list[tuple[str, str]] = []
        for question, answer, _ in transcript:
            lines += [("worker", question), ("bot", answer)]
        last = transcript[-1] if transcript else None
        questions = " ".join([*(q for q, _, _ in transcript), intake.question or ""])
        reasons = list(dict.fromkeys([*state.escalation, *triage_text(questions, today=self.today()).codes]))
        facts = {k: v for k, v in intake.facts.items() if v}
        state.intake = None
        replies: list[ChatReply] = []

        def with_the_case(conn, case) -> None:
            # The case, the end of the hand-over and the confirmation commit together: a kill after the
            # commit neither loses the case number nor leaves the worker mid-hand-over (a second case).
            urgent = t.urgent_note if case.priority == "urgent" else ""
            text = t.submitted.format(number=case.number, hours=self.cases.promised_hours(case), urgent=urgent)
            replies.append(owed(ChatReply(text, lang)))
            self.conversations.save(conversation_id, state, conn=conn)

        self.cases.create(NewCase(
            conversation_id=conversation_id, worker_chat_id=chat_id, worker_name=worker_name[:200], language=lang,
            topic=state.topic, facts=facts, phone=intake.phone,
            question=intake.question or state.last_question or (last[0] if last else None),
            answer_text=last[1] if last else None,
            citations=last[2] if last else [], calculations=list(state.calculations), reasons=reasons,
            transcript=lines,
        ), within=with_the_case)
        return replies[0]

    def _known_facts(self, state: ConversationState) -> dict[str, str]:
        facts = {k: state.facts[k] for k in _CARRIED if state.facts.get(k)}
        if "monthly_wage" in facts:
            facts["monthly_wage"] = plain_amount(facts["monthly_wage"])
        return facts

    def _questions(self, state: ConversationState, known: dict[str, str]) -> list[str]:
        if "crisis" in state.escalation:
            return []  # a person in crisis is handed over at once; staff ask the rest themselves
        return facts_to_ask(state.topic, known)

    def _summary(self, state: ConversationState, lang: str) -> str:
        t = case_text(lang)
        topic = self.topics.get(state.topic or "")
        head = (topic.name_zh if lang == "zh" else topic.name_en.split(" (")[0]) if topic else t.summary_none
        labels = t.fact_labels
        known = self._known_facts(state)
        parts = [head] + [f"{labels[k]} {display_value(k, v, labels)}" for k, v in known.items()]
        return "；".join(parts) if lang == "zh" else "; ".join(parts)

    # ---- while a case is open --------------------------------------------------------------------

    def relay(self, conversation_id: str, text: str, *, attachment: str | None = None,
              copy: tuple[int, int] | None = None, state: ConversationState | None = None) -> ChatReply | None:
        """Pass the worker's message (or photo, file, voice note: ``attachment`` names its kind and
        ``copy`` locates it) to their open case; None when there is no open case. ``state``: the
        conversation state when the caller has it loaded already."""
        case = self.cases.open_case_for(conversation_id)
        if case is None:
            return None
        state = state or self.conversations.load(conversation_id)
        lang = state.language or case.language
        if attachment is not None:
            label = staff_text().attachments.get(attachment, attachment)
            text = f"[{label}] {text}".strip()
        # Passed on, the message owes the worker no words (the handler reacts 👀); the one-time notice that
        # nobody has taken the case yet is owed with the state that records it was given.
        owed(ChatReply("", lang, relayed=True))
        try:
            claimed = self.cases.worker_message(case.id, text, copy=copy)
        except CaseError:
            return None
        if claimed or state.relay_noticed == case.id:
            return ChatReply("", lang, relayed=True)
        state.relay_noticed = case.id
        return self._saved(conversation_id, state, ChatReply(
            case_text(lang).relayed_unclaimed.format(number=case.number), lang, relayed=True))

    def feedback(self, conversation_id: str, case_id: int, rating: int) -> ChatReply:
        """Keep the worker's rating of their case; the thanks is owed with it."""
        lang = self.conversations.load(conversation_id).language or "zh"
        reply = owed(ChatReply(case_text(lang).feedback_thanks, lang))
        self.cases.feedback(case_id, conversation_id, rating)
        return reply


def calculation_record(calculation) -> dict:
    """The part of a calculator result a legal-aid person needs, as JSON-ready values (in Chinese, for staff)."""
    words = render_calculation(calculation, "zh")
    return {
        "calculator": calculation.calculator, "title": words.title,
        "amount": str(calculation.amount) if calculation.amount is not None else None,
        "deadline": calculation.deadline.isoformat() if calculation.deadline else None,
        "days_left": calculation.days_left, "summary": words.summary,
        "basis": [str(b) for b in calculation.basis],
    }


def remember_answer(state: ConversationState, answer) -> None:
    """Keep what a hand-over needs from an answer: its calculation and its urgency codes."""
    if answer.calculation is not None:
        record = calculation_record(answer.calculation)
        state.calculations = [c for c in state.calculations if c["calculator"] != record["calculator"]][-4:] + [record]
    for code in answer.escalate_codes:
        if code not in state.escalation:
            state.escalation.append(code)

