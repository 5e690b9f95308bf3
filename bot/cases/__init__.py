"""Cases handed from the bot to legal-aid staff: the packet, the relay of messages, the history.

Channel-neutral and synchronous (handlers call it in a thread). Nothing here talks to Telegram:
everything that must reach a worker or the staff group is written to the ``outbox`` table in
the same transaction as the change that causes it, and a courier (``handlers/courier.py``)
delivers it. So a staff reply typed in the web console, or one accepted just before a restart,
is delivered when the bot runs again; nothing is lost between the two.

Where things go: ``records`` (the tables, the views, search and stats), ``service`` (the
lifecycle: a new staff action goes here), ``delivery`` (the outbox: queueing, leasing, retries,
re-announcement) and ``packet`` (the text staff read in the group).
"""

from bot.cases.delivery import Outbox, OutboxItem, outbox
from bot.cases.packet import render_packet
from bot.cases.records import (
    OUTCOMES,
    STAFF_OUTCOMES,
    STATUSES,
    URGENT_REASONS,
    CaseError,
    CaseEvent,
    CaseMessage,
    CaseRecords,
    CaseStats,
    CaseView,
    NewCase,
)
from bot.cases.service import CaseService, deadline_reasons, priority_of

__all__ = [
    "OUTCOMES",
    "STAFF_OUTCOMES",
    "STATUSES",
    "URGENT_REASONS",
    "CaseError",
    "CaseEvent",
    "CaseMessage",
    "CaseRecords",
    "CaseService",
    "CaseStats",
    "CaseView",
    "NewCase",
    "Outbox",
    "OutboxItem",
    "deadline_reasons",
    "outbox",
    "priority_of",
    "render_packet",
]
