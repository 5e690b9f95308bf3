"""The case queue: urgent and oldest first, filtered and searched."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from handlers.console.deps import ConsoleDep, Staff, form_int
from handlers.console.pages import labels, render

router = APIRouter()


@router.get("/")
def queue(request: Request, c: ConsoleDep, session: Staff, status: str = "active", priority: str = "",
          topic: str = "", older: str = "", newer: str = "", assignee: str = "", q: str = "") -> Response:
    """The case queue: urgent and oldest first, filtered."""
    assignee_id = session.staff.id if assignee == "me" else form_int(assignee)
    found = c.cases.search(
        status=None if status == "all" else (status or "active"), priority=priority or None, topic=topic or None,
        assignee_id=assignee_id, unassigned=assignee == "none", older_than_days=form_int(older),
        newer_than_days=form_int(newer), query=q or None,
    )
    filters = {"status": status, "priority": priority, "topic": topic, "older": older, "newer": newer,
               "assignee": assignee, "q": q}
    return render(request, "queue.html", {
        "cases": found, "filters": filters, "topics": c.cases.topics(), "staff": c.staff.all(), **labels(c.cases),
    }, session=session)
