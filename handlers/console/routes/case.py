"""One case: the packet, the transcript, the history, and the forms of its actions."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from bot.cases import STAFF_OUTCOMES, CaseEvent, CaseMessage
from bot.intake import FACT_ORDER, display_value, mask_phone
from bot.locales import case_text, staff_text
from handlers.console import text as T
from handlers.console.deps import CaseId, CaseOr404, ConsoleDep, Staff
from handlers.console.pages import labels, plain, render

EDITABLE_FACTS = (*FACT_ORDER, "province")

router = APIRouter()


@router.get("/cases/{case_id}")
def case_page(request: Request, case_id: CaseId, c: ConsoleDep, session: Staff, case: CaseOr404) -> Response:
    """The case packet, the transcript, the history and the actions."""
    t = case_text("zh")
    names = t.fact_labels
    facts = [(n, names[n], display_value(n, case.facts.get(n), names)) for n in FACT_ORDER]
    if case.facts.get("province"):
        facts.append(("province", names["province"], case.facts["province"]))
    return render(request, "case.html", {
        "case": case, "facts": facts, "reasons": [t.reason_labels.get(r, r) for r in case.priority_reasons],
        "phone": mask_phone(case.phone), "messages": [_message_row(m) for m in c.cases.messages(case_id)],
        "history": [_event_row(e) for e in c.cases.events(case_id)],
        "fact_choices": [(n, names[n]) for n in FACT_ORDER], "edit_choices": [(n, names[n]) for n in EDITABLE_FACTS],
        "staff_outcomes": STAFF_OUTCOMES, **labels(c.cases),
        "colleagues": [m for m in c.staff.all() if m.active and m.id != case.assignee_id],
    }, session=session)


def _message_row(m: CaseMessage) -> dict:
    who = T.SENDERS.get(m.sender, m.sender)
    if m.sender in ("staff", "note") and m.author:
        who = f"{m.author}（{who}）"
    state = ""
    if m.sender == "staff":
        state = "delivered" if m.delivered_at else "pending"
    return {"sender": m.sender, "who": who, "at": m.created_at, "text": m.text, "state": state,
            "console": m.channel == "console"}


class _Blank(dict):
    """Event details for a history line: a field the event did not record reads as empty."""

    def __missing__(self, key: str) -> str:
        return ""


def _event_row(e: CaseEvent) -> dict:
    names = case_text("zh").fact_labels
    d = _Blank({k: "" if v is None else v for k, v in e.detail.items()})
    if not d.get("by"):
        d["by"] = T.ACTORS.get(e.actor, e.actor)
    if e.kind == "created":
        reasons = "、".join(case_text("zh").reason_labels.get(r, r) for r in e.detail.get("reasons", []))
        d.update(priority=plain(staff_text().priorities).get(d["priority"], d["priority"]),
                 reasons=f"；{reasons}" if reasons else "")
    elif e.kind == "fact_changed":
        name = e.detail.get("fact", "")
        d.update(fact=names.get(name, name), old=display_value(name, e.detail.get("old"), names),
                 new=display_value(name, e.detail.get("new"), names))
    elif e.kind == "info_requested":
        d["fact"] = names.get(d["fact"], d["fact"])
    elif e.kind == "closed":
        d.update(outcome=staff_text().outcomes.get(d["outcome"], d["outcome"]),
                 note=f"（{d['note']}）" if d["note"] else "")
    elif e.kind == "delivery_failed":
        d["target"] = T.TARGETS.get(d["target"], d["target"])
    elif e.kind == "exported":
        d["channel"] = T.CHANNELS.get(d["channel"], d["channel"])
    line = T.EVENTS[e.kind].format_map(d) if e.kind in T.EVENTS else f"{d['by']}：{e.kind}"
    return {"at": e.created_at, "text": line, "kind": e.kind}
