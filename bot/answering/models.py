"""What the pipeline returns: an answer and the articles it cites."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.locales import render_calculation
from knowledge.calculators import Calculation
from knowledge.retriever import RetrievedArticle


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
    also: list[str] = field(default_factory=list)  # rules answering the other parts of a multi-part question

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
            "also": self.also,
        }

    def escalate_for(self, codes: list[str], reasons: dict[str, str]) -> Answer:
        """Mark the answer for a person now, for ``codes`` (worded by ``reasons``); no codes: unchanged."""
        if codes:
            self.escalate = True
            self.escalate_codes = list(codes)
            self.escalate_reason = "；".join(reasons[c] for c in codes)
        return self
