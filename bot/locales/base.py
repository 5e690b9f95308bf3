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
    legal_aid_heading: str
    unreadable_input: str
    quote_open: str
    quote_close: str
    escalation_reasons: dict[str, str]


@dataclass(frozen=True, slots=True)
class Ui:
    """Strings of the chat channel (commands, buttons, notices)."""

    welcome: str
    help: str
    commands: tuple[tuple[str, str], ...]  # (command, description) for the command menu
    forget_confirm: str
    forget_yes: str
    forget_no: str
    forget_done: str  # {conversation} {interactions}
    forget_cancelled: str
    language_prompt: str
    language_set: str
    unsupported: dict[str, str]  # sticker | photo | voice | location | other
    rate_notice: str
    group_notice: str
    error: str
    article_missing: str
    feedback_thanks: str
    not_admin: str
    document_not_admin: str
    ingest_started: str  # {name}
    ingest_progress: str  # {name} {done} {total}
    ingest_done: str  # {name} {status} {added} {updated} {unchanged} {removed} {check}
    ingest_failed: str  # {name} {reason}
    ingest_check: str  # {found} {total}
    ingest_reply_hint: str
    sources_empty: str
    retire_usage: str
    retire_confirm: str  # {title} {count}
    retire_done: str  # {title} {count}
    retire_none: str  # {query}
    retire_cancelled: str
    stats: str  # {today} {week} {topics} {no_match} {up} {down}
    no_token: str
