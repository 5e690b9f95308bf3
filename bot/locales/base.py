from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Strings:
    disclaimer: str
    intro_with_topic: str  # {topic}
    intro_generic: str
    law_says: str
    calculation_heading: str
    formula: str  # {formula}
    basis: str  # {basis}
    steps_heading: str
    evidence_heading: str
    where_heading: str
    deadlines_heading: str
    ask_missing: str  # {prompt}
    ask_missing_progress: str  # {title}
    invalid_input: str  # {message} {prompt}
    escalate_heading: str
    escalate_body: str  # {reason}
    no_match: str
    general_routes: str
    offtopic: str
    divorce_or_family: str
    injection: str
    fabrication: str
    fabrication_law: str  # {citation} {quote}
    abuse: str
    crisis: str  # {hotline}
    crisis_then_legal: str
    more_help: str
    empty_message: str
    too_long: str  # {limit}
    estimated_start: str  # {date}
    quote_open: str
    quote_close: str
    escalation_reasons: dict[str, str]
