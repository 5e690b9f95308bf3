"""One chat turn for any messaging channel: load state, answer, save state, log, offer actions.

Channel-neutral: the Telegram handlers turn a :class:`ChatReply` into messages and buttons;
a later channel (WhatsApp, web chat) would do the same with its own widgets.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from bot.assistant import Answer
from bot.escalation import EscalationService, remember_answer
from bot.locales import case_text, strings
from bot.replies import Action, ChatReply
from knowledge.calculators import CALCULATORS
from knowledge.catalog import article_id
from knowledge.retriever import article_digest

if TYPE_CHECKING:
    from bot.app import Services

logger = logging.getLogger(__name__)

# Calculators worth offering under an answer on each topic.
TOPIC_CALCULATORS: dict[str, tuple[str, ...]] = {
    "contract": ("double_wages",),
    "labor_relation": ("double_wages", "part_time_check"),
    "dismissal": ("economic_compensation", "unlawful_dismissal"),
    "overtime_hours": ("overtime_pay",),
    "arrears": ("arbitration_deadline",),
    "procedure": ("arbitration_deadline",),
    "injury": ("injury_application_deadline",),
}


class ChatService:
    """Turns a worker's message into a reply, keeping the conversation's state in the database."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.escalation = EscalationService(services)

    def reply(self, conversation_id: str, text: str, *, worker_name: str = "", chat_id: int = 0,
              ask_bot: bool = False, route: str | None = None) -> ChatReply:
        """Answer one message of a conversation and return the reply with its buttons.

        During a hand-over the message answers the current question; while the worker has an open
        case it goes to the legal-aid person (unless ``ask_bot``: the worker asked the bot itself).
        ``route``, when the caller has just looked it up (:meth:`route`), saves looking again."""
        store = self.services.conversations
        state = store.load(conversation_id)
        if self.escalation.active(state):
            return self.escalation.answer(conversation_id, text, worker_name=worker_name, chat_id=chat_id)
        if not ask_bot and route != "bot":
            relayed = self.escalation.relay(conversation_id, text, state=state)
            if relayed is not None:
                return relayed
        answer, state = self.services.assistant.answer(text, state)
        remember_answer(state, answer)
        store.save(conversation_id, state)
        interaction_id = None
        if answer.mode not in ("invalid",):
            interaction_id = self.services.activity.record(
                conversation_id=conversation_id, question=text[:2000], answer=answer.text[:6000], topic=answer.topic,
                mode=answer.mode, escalate=answer.escalate, citations=[c.citation for c in answer.citations],
            )
        return ChatReply(answer.text, answer.language, self._actions(answer, interaction_id), answer, interaction_id)

    def route(self, conversation_id: str) -> str:
        """Where the worker's next message goes: "intake" (answering hand-over questions), "case" (to
        the legal-aid person of their open case) or "bot"."""
        if self.escalation.active(self.services.conversations.load(conversation_id)):
            return "intake"
        return "case" if self.services.cases.open_case_for(conversation_id) is not None else "bot"

    def start_calculator(self, conversation_id: str, name: str) -> ChatReply:
        """Begin a calculator walk-through, using facts already given; ask for the first missing input."""
        store = self.services.conversations
        state = store.load(conversation_id)
        lang = state.language or "zh"
        if name not in CALCULATORS:
            return ChatReply(strings(lang).offtopic, lang)
        calculation, prompt = self.services.assistant.begin_calculation(name, state, lang)
        store.save(conversation_id, state)
        if calculation is None:
            return ChatReply(prompt or "", lang)
        answer = self.services.assistant.present_calculation(calculation, state, lang)
        remember_answer(state, answer)
        store.save(conversation_id, state)
        return ChatReply(answer.text, lang, self._lawyer_row(answer), answer=answer)

    def article_text(self, digest: str, lang: str) -> str | None:
        """Return the full text of a cited article (citation, heading path, text), or None."""
        art = self.services.knowledge.retriever.by_digest(digest)
        if art is None:
            return None
        path = " / ".join(art.headings)
        head = f"{art.citation}" + (f"（{path}）" if path else "")
        return f"{head}\n\n{art.text}"

    def legal_aid(self, lang: str) -> ChatReply:
        """Where to get a person's help (legal aid, hotlines, inspection, arbitration), with the button
        that hands the case to our legal-aid staff."""
        text = self.services.assistant.legal_aid_text(lang)
        return ChatReply(text, lang, [[Action(case_text(lang).lawyer_button, "lawyer")]])

    def set_language(self, conversation_id: str, lang: str) -> None:
        store = self.services.conversations
        state = store.load(conversation_id)
        state.language = lang
        store.save(conversation_id, state)

    def language(self, conversation_id: str) -> str | None:
        return self.services.conversations.load(conversation_id).language

    def rate(self, conversation_id: str, interaction_id: int, rating: int) -> bool:
        return self.services.activity.rate(interaction_id=interaction_id, conversation_id=conversation_id, rating=rating)

    def forget(self, conversation_id: str) -> dict[str, int]:
        """Delete what is stored about this conversation; return what was removed, by kind."""
        cases = self.services.cases.forget(conversation_id)
        had_state = self.services.conversations.delete(conversation_id)
        records = self.services.activity.forget(conversation_id=conversation_id)
        return {"conversation": int(had_state), "interactions": records, "cases": cases}

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
            rows.append([
                Action(("🧮 " + CALCULATORS[n].title_zh) if zh else ("🧮 " + CALCULATORS[n].title_en), "calc", n)
                for n in calcs
            ])
        if not answer.escalate:
            rows.append([Action("🆘 找法律援助 / 真人帮助" if zh else "🆘 Legal aid / talk to a person", "aid")])
        if interaction_id is not None and answer.mode in ("offline", "llm", "no_match"):
            rows.append([Action("👍", "rate", f"+{interaction_id}"), Action("👎", "rate", f"-{interaction_id}")])
        return rows
