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
        """The rule the answer leads with: the best match, when it is close enough to trust."""
        return self.matches[0].rule if self.matches and self.matches[0].confident else None

    @property
    def alternative(self) -> Rule | None:
        """A second confident rule of the same topic with another conclusion (the worker's situation may
        be that one instead), shown after the main answer."""
        if self.rule is None:
            return None
        for m in self.matches[1:]:
            if m.confident and m.rule.topic == self.rule.topic and m.score >= self.matches[0].score * 0.9:
                return m.rule
        return None
