"""What an answer stands on: the retrieved articles and the situation rules that fit the message."""

from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.retriever import SearchResult
from knowledge.rules import Rule, RuleMatch


@dataclass(slots=True)
class Grounding:
    """The retrieval result and the matched rules, best first."""

    result: SearchResult
    matches: list[RuleMatch] = field(default_factory=list)

    @property
    def rule(self) -> Rule | None:
        """The rule the answer leads with: the best trusted match among those close to the best one."""
        if not self.matches:
            return None
        best = self.matches[0].score
        return next((m.rule for m in self.matches[:3] if m.confident and m.score >= best * 0.85), None)

    @property
    def alternative(self) -> Rule | None:
        """A second confident rule of the same topic with another conclusion (the worker's situation may
        be that one instead), shown after the main answer."""
        lead = self.rule
        if lead is None:
            return None
        for m in self.matches:
            if m.rule is not lead and m.confident and m.rule.topic == lead.topic and m.score >= self.matches[0].score * 0.9:
                return m.rule
        return None
