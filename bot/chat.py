"""One chat turn for any messaging channel: load state, answer, save state, log, offer actions.

Channel-neutral: the Telegram handlers turn a :class:`ChatReply` into messages and buttons;
a later channel (WhatsApp, web chat) would do the same with its own widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from bot.activity import ActivityStore
from bot.assistant import Answer, Assistant
from bot.cases import CaseService
from bot.conversation import ConversationStore
from bot.escalation import EscalationService, remember_answer
from bot.locales import calculator_title, case_text, strings
from bot.replies import Action, ChatReply, owed
from knowledge.calculators import CALCULATORS
from knowledge.catalog import article_id
from knowledge.retriever import Retriever, article_digest

logger = logging.getLogger(__name__)

# Calculators worth offering under an answer on each topic.
TOPIC_CALCULATORS: dict[str, tuple[str, ...]] = {
    "contract": ("double_wages", "probation_wage_floor", "probation_excess", "service_period_penalty"),
    "labor_relation": ("double_wages", "part_time_check"),
    "dismissal": ("economic_compensation", "unlawful_dismissal"),
    "overtime_hours": ("overtime_pay", "annual_leave_pay"),
    "arrears": ("wage_arrears", "arbitration_deadline", "wage_deduction_cap"),
    "procedure": ("arbitration_deadline",),
    "injury": ("injury_application_deadline", "work_injury_benefits"),
    "women": ("maternity_leave", "maternity_allowance", "wage_shortfall"),
    "social_insurance": ("unemployment_period",),
    "dispatch": ("wage_shortfall",),
}


class ChatService:
    """Turns a worker's message into a reply, keeping the conversation's state in the database."""

    def __init__(self, *, assistant: Assistant, conversations: ConversationStore, activity: ActivityStore,
                 cases: CaseService, escalation: EscalationService, retriever: Retriever) -> None:
        self.assistant = assistant
        self.conversations = conversations
        self.activity = activity
        self.cases = cases
        self.escalation = escalation  # a hand-over in progress or an open case takes the worker's messages
        self.retriever = retriever  # the full text behind a cited article's button

    def reply(self, conversation_id: str, text: str, *, worker_name: str = "", chat_id: int = 0,
              ask_bot: bool = False, route: str | None = None) -> ChatReply:
        """Answer one message of a conversation and return the reply with its buttons.

        During a hand-over the message answers the current question; while the worker has an open
        case it goes to the legal-aid person (unless ``ask_bot``: the worker asked the bot itself).
        ``route``, when the caller has just looked it up (:meth:`route`), saves looking again."""
        store = self.conversations
        state = store.load(conversation_id)
        if self.escalation.active(state):
            return self.escalation.answer(conversation_id, text, worker_name=worker_name, chat_id=chat_id)
        if not ask_bot and route != "bot":
            relayed = self.escalation.relay(conversation_id, text, state=state)
            if relayed is not None:
                return relayed
        answer, state = self.assistant.answer(text, state)
        remember_answer(state, answer)
        # The state, the record of the answer and the reply commit together (the reply's 👍 buttons carry
        # the record's id): a bot killed after the commit still owes the worker this reply, and sends it.
        with store.engine.begin() as conn:
            store.save(conversation_id, state, conn=conn)
            interaction_id = None
            if answer.mode not in ("invalid",):
                interaction_id = self.activity.record(
                    conversation_id=conversation_id, question=text[:2000], answer=answer.text[:6000],
                    topic=answer.topic, mode=answer.mode, escalate=answer.escalate,
                    citations=[c.citation for c in answer.citations], conn=conn,
                )
            return owed(ChatReply(answer.text, answer.language, self._actions(answer, interaction_id), answer,
                                  interaction_id))

    def route(self, conversation_id: str) -> str:
        """Where the worker's next message goes: "intake" (answering hand-over questions), "case" (to
        the legal-aid person of their open case) or "bot"."""
        if self.escalation.active(self.conversations.load(conversation_id)):
            return "intake"
        return "case" if self.cases.open_case_for(conversation_id) is not None else "bot"

    def start_calculator(self, conversation_id: str, name: str) -> ChatReply:
        """Begin a calculator walk-through, using facts already given; ask for the first missing input."""
        store = self.conversations
        state = store.load(conversation_id)
        lang = state.language or "zh"
        if name not in CALCULATORS:
            return ChatReply(strings(lang).offtopic, lang)
        calculation, prompt = self.assistant.begin_calculation(name, state, lang)
        if calculation is None:
            reply = ChatReply(prompt or "", lang)
        else:
            answer = self.assistant.present_calculation(calculation, state, lang, prompt)
            remember_answer(state, answer)
            reply = ChatReply(answer.text, lang, self._lawyer_row(answer), answer=answer)
        owed(reply)
        store.save(conversation_id, state)  # one write, with the reply it owes
        return reply

    def article_text(self, digest: str, lang: str) -> str | None:
        """Return the full text of a cited article (citation, heading path, text), or None."""
        art = self.retriever.by_digest(digest)
        if art is None:
            return None
        path = " / ".join(art.headings)
        head = f"{art.citation}" + (f"（{path}）" if path else "")
        return f"{head}\n\n{art.text}"

    def legal_aid(self, lang: str) -> ChatReply:
        """Where to get a person's help (legal aid, hotlines, inspection, arbitration), with the button
        that hands the case to our legal-aid staff."""
        text = self.assistant.legal_aid_text(lang)
        return ChatReply(text, lang, [[Action(case_text(lang).lawyer_button, "lawyer")]])

    def set_language(self, conversation_id: str, lang: str) -> None:
        store = self.conversations
        state = store.load(conversation_id)
        state.language = lang
        store.save(conversation_id, state)

    def language(self, conversation_id: str) -> str | None:
        return self.conversations.load(conversation_id).language

    def rate(self, conversation_id: str, interaction_id: int, rating: int) -> bool:
        return self.activity.rate(interaction_id=interaction_id, conversation_id=conversation_id, rating=rating)

    def forget(self, conversation_id: str, *,
               within: Callable[[dict[str, int]], None] | None = None) -> dict[str, int]:
        """Delete what is stored about this conversation, in one transaction; return what was removed, by
        kind. ``within`` is called with it inside the transaction (to owe the reply that reports it)."""
        with self.conversations.engine.begin() as conn:
            cases = self.cases.forget(conversation_id, conn=conn)
            had_state = self.conversations.delete(conversation_id, conn=conn)
            records = self.activity.forget(conversation_id=conversation_id, conn=conn)
            removed = {"conversation": int(had_state), "interactions": records, "cases": cases}
            if within is not None:
                within(removed)
        return removed

    @staticmethod
    def _lawyer_row(answer: Answer) -> list[list[Action]]:
        """Urgent cases are offered a person right in the answer."""
        return [[Action(case_text(answer.language).lawyer_button, "lawyer")]] if answer.escalate else []

    def _actions(self, answer: Answer, interaction_id: int | None) -> list[list[Action]]:
        if answer.mode in ("invalid", "offtopic", "refusal"):
            return []
        zh = answer.language != "en"
        rows: list[list[Action]] = self._lawyer_row(answer)
        quoted = answer.citations[:3]
        if quoted and answer.mode in ("offline", "llm"):
            # One article per row: long titles stay readable on a phone.
            rows += [[Action("📖 " + c.citation, "article", article_digest(article_id(c.law, c.article)))] for c in quoted]
        calcs = TOPIC_CALCULATORS.get(answer.topic or "", ())
        if calcs and answer.mode in ("offline", "llm") and answer.follow_up is None:
            buttons = [Action("🧮 " + calculator_title(n, answer.language), "calc", n) for n in calcs]
            rows += [buttons[i:i + 2] for i in range(0, len(buttons), 2)]  # two a row: long titles stay readable
        if not answer.escalate:
            rows.append([Action("🆘 找法律援助 / 真人帮助" if zh else "🆘 Legal aid / talk to a person", "aid")])
        if interaction_id is not None and answer.mode in ("offline", "llm", "no_match"):
            rows.append([Action("👍", "rate", f"+{interaction_id}"), Action("👎", "rate", f"-{interaction_id}")])
        return rows
