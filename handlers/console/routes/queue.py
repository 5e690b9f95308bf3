"""The case queue: urgent and oldest first, filtered and searched."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from handlers.console.deps import MAX_DAYS, ConsoleDep, Staff, filter_int
from handlers.console.pages import labels, render

router = APIRouter()


@router.get("/")
def queue(request: Request, c: ConsoleDep, session: Staff, status: str = "active", priority: str = "",
          topic: str = "", older: str = "", newer: str = "", assignee: str = "", q: str = "") -> Response:
    """The case queue: urgent and oldest first, filtered (a filter number out of range: a 422 page)."""
    assignee_id = session.staff.id if assignee == "me" else None if assignee == "none" else filter_int(assignee)
    found = c.cases.search(
        status=None if status == "all" else (status or "active"), priority=priority or None, topic=topic or None,
        assignee_id=assignee_id, unassigned=assignee == "none", older_than_days=filter_int(older, low=0, high=MAX_DAYS),
        newer_than_days=filter_int(newer, low=0, high=MAX_DAYS), query=q or None,
    )
    filters = {"status": status, "priority": priority, "topic": topic, "older": older, "newer": newer,
               "assignee": assignee, "q": q}
    return render(request, "queue.html", {
        "cases": found, "filters": filters, "topics": c.cases.topics(), "staff": c.staff.all(), **labels(c.cases),
    }, session=session)
