"""The case file as a PDF download (packet, transcript, history)."""

from __future__ import annotations

import logging

from fastapi import APIRouter
from fastapi.responses import Response

from handlers.console.deps import CaseId, CaseOr404, ConsoleDep, Staff
from handlers.console.pages import LOCAL_TZ

logger = logging.getLogger(__name__)

router = APIRouter()


@router.get("/cases/{case_id}/export.pdf")
def export_pdf(case_id: CaseId, c: ConsoleDep, session: Staff, case: CaseOr404) -> Response:
    """The case file as a PDF (packet, transcript, history)."""
    from bot.casefile import case_pdf  # reportlab and fonts load only when someone exports

    pdf = case_pdf(case, c.cases.messages(case_id), c.cases.events(case_id),
                   topic_name=c.cases.topic_names.get(case.topic or ""), today=c.clock().astimezone(LOCAL_TZ).date())
    c.cases.exported(case_id, session.staff.id, channel="console")
    logger.info("Staff %s exported case %s as PDF", session.staff.id, case_id)
    return Response(pdf, media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="{case.number}.pdf"'})
