from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# A phrase's wording: a str.format template, or a function of the phrase's parameters.
Template = str | Callable[..., str]


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
    ask_to_refine: str  # {title}: the figure is shown; an optional input would make it exact
    invalid_input: str  # {message} {prompt}
    escalate_heading: str
    escalate_body: str  # {reason}
    no_match: str
    general_routes: str
    offtopic: str
    divorce_or_family: str
    injection: str
    refusals: dict[str, str]  # refusal kind (bot.safety.REFUSALS) → why, in one sentence, then the honest route
    refusal_law: str  # {citation} {quote}: what the law says of what was asked
    refusal_basis: str  # {citation} {quote}: the rule that makes the honest route work
    abuse: str
    crisis: str  # {hotline}: a person who speaks of harming themselves
    crisis_opening: str  # a person in danger for another reason (locked in, attacked, no food or shelter)
    crisis_safety: dict[str, str]  # situation (bot.safety.SITUATIONS) → what to do right now
    crisis_offer: str  # {button}: the hand-over is offered, never claimed
    crisis_routes: dict[str, str]  # wages | injury | police | general → the legal routes for later ({cite} slots)
    crisis_question: str  # {answer}: the situation rule's answer (with its article) to what the person asked, after the routes
    cite: str  # {citation}: an article cited inside a sentence
    more_help: str
    empty_message: str
    too_long: str  # {limit}
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
    ingest_too_big: str  # {name} {limit}: refused before download (Telegram bots download up to 20 MB)
    ingest_download_failed: str  # {name}
    ingest_timeout: str  # {name} {seconds}
    ingest_error: str  # {name}
    replace_prompt: str  # {name} {title} {why} {current} {new} {diff} {warning}
    replace_why: dict[str, str]  # builtin | file | upload (where the current text came from): {title}
    replace_diff: dict[str, str]  # added | changed | removed: {count}
    replace_labels: str  # {line} {labels}: a diff line with its first article labels
    replace_separator: str  # between article labels
    replace_more: str  # {labels}: the first labels of a longer list
    replace_shrink: str  # {removed} {new}
    replace_changed: str  # {title}: the source changed before the admin confirmed
    replace_yes: str
    replace_no: str
    replace_started: str  # {name} {title}
    replace_cancelled: str  # {title}
    replace_gone: str
    sources_empty: str
    retire_usage: str
    retire_confirm: str  # {title} {count}
    retire_done: str  # {title} {count}
    retire_none: str  # {query}
    retire_cancelled: str
    stats: str  # {today} {week} {topics} {no_match} {up} {down}
    no_token: str
    button_stale: str  # a forged, broken or out-of-place button: the toast that answers it
    button_done: str  # a second tap on a button whose step was already taken
    unknown_command: str  # {commands}: the commands this person can use, one a line
    admin_commands: tuple[tuple[str, str], ...]  # (command, description) an admin can also use
    staff_commands: tuple[tuple[str, str], ...]  # (command, description) for legal-aid staff in their group
    command_groups: dict[str, str]  # admin | staff: the heading above those commands


@dataclass(frozen=True, slots=True)
class CaseText:
    """What a worker reads while being handed to a legal-aid person (consent, questions, relay)."""

    lawyer_button: str
    consent: str  # {summary} {turns} {name}
    consent_yes: str
    consent_no: str
    declined: str  # {routes}
    cancelled: str
    cancel_button: str
    phone_ask: str
    phone_invalid: str
    problem_question: str
    facts_intro: str  # {count}
    fact_questions: dict[str, str]
    fact_invalid: dict[str, str]  # by kind: date | money | yesno | text
    unknown_button: str
    skip_button: str
    submit_button: str
    yes_button: str
    no_button: str
    submitted: str  # {number} {hours} {urgent}
    urgent_note: str
    already_open: str  # {number}
    relayed_unclaimed: str  # {number}
    claimed: str  # {name} {number} {hours}
    staff_says: str  # {name} {text}
    info_request: str  # {name} {question}
    info_thanks: str
    closed: str  # {number} {outcome} {note}
    closed_note: str  # {note}
    outcomes: dict[str, str]
    feedback_up: str
    feedback_down: str
    feedback_thanks: str
    ask_usage: str
    summary_topic: str  # {topic}
    summary_none: str
    fact_labels: dict[str, str]  # fact names + missing/unknown/skipped/ongoing/yes/no/yuan
    reason_labels: dict[str, str]
    attachments: dict[str, str]  # photo | document | voice | location | other


@dataclass(frozen=True, slots=True)
class StaffText:
    """What legal-aid staff read in their Telegram group (the packet, buttons, notices)."""

    packet_title: str  # {number}
    packet_priority: str  # {priority} {reasons}
    packet_topic: str  # {topic}
    packet_contact: str  # {name} {phone} {language}
    packet_footer: str
    facts_heading: str
    question_heading: str
    calculations_heading: str
    citations_heading: str
    answer_heading: str
    no_reasons: str
    unknown_topic: str
    no_phone: str
    priorities: dict[str, str]
    statuses: dict[str, str]
    languages: dict[str, str]
    outcomes: dict[str, str]
    claim_button: str
    claimed_button: str  # {name}
    ask_button: str
    close_button: str
    back_button: str
    claimed: str  # {name}
    claimed_by_other: str  # {name}
    assigned: str  # {by} {to}
    claimed_ok: str
    not_staff: str
    case_closed: str
    closed: str  # {number} {name} {outcome}
    forgotten: str  # {number}
    worker_says: str  # {text}
    console_reply: str  # {name} {text}
    fact_from_worker: str  # {label} {value}
    info_requested: str  # {label}
    choose_fact: str
    choose_outcome: str
    reannounce: str  # {number} {minutes} {reasons}
    not_delivered: str
    delivery_unknown: str  # {text}
    possibly_repeated: str
    topic_name: str  # {number} {priority} {topic}
    pdf_button: str
    fact_usage: str
    fact_done: str  # {label} {value}
    attachments: dict[str, str]  # photo | document | voice | location | other


@dataclass(frozen=True, slots=True)
class CalculatorText:
    """The calculators' words: titles, the question for each input, errors, and result phrases."""

    titles: dict[str, str]  # calculator name → title
    prompts: dict[str, dict[str, str]]  # calculator name → input name → question
    errors: dict[str, str]  # InvalidInput code → message ({params})
    phrases: dict[str, Template]  # Phrase code → wording
