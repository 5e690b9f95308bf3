"""Statistics: cases by status, topic and priority, time to first response, outcomes."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from handlers.console.deps import ConsoleDep, Staff
from handlers.console.pages import labels, render

router = APIRouter()


@router.get("/stats")
def stats(request: Request, c: ConsoleDep, session: Staff) -> Response:
    """Cases by status, topic and priority; time to first response; share closed per outcome."""
    names = labels(c.cases)
    stat_topics = {**names["topic_names"], "other": names["unknown_topic"]}
    return render(request, "stats.html", {"stats": c.cases.stats(), **names, "stat_topics": stat_topics},
                  session=session)
