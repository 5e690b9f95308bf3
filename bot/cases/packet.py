"""The case packet as staff read it in the Telegram group (plain text; the console renders its own)."""

from __future__ import annotations

from bot.cases.records import CaseView
from bot.intake import FACT_ORDER, display_value, mask_phone
from bot.locales import case_text, staff_text


def render_packet(case: CaseView, *, topic_names: dict[str, str]) -> str:
    """Return the packet: number, priority and why, topic, masked contact, facts, question,
    calculations, citations and the bot's answer (shortened), in the staff's language."""
    s = staff_text()
    t = case_text("zh")
    labels = t.fact_labels
    reasons = "、".join(t.reason_labels.get(r, r) for r in case.priority_reasons) or s.no_reasons
    lines = [
        s.packet_title.format(number=case.number),
        s.packet_priority.format(priority=s.priorities[case.priority], reasons=reasons),
        s.packet_topic.format(topic=topic_names.get(case.topic or "", case.topic or s.unknown_topic)),
        s.packet_contact.format(name=case.worker_name or "-", phone=mask_phone(case.phone) or s.no_phone,
                                language=s.languages.get(case.language, case.language)),
        "",
        s.facts_heading,
    ]
    lines += [f"• {labels[n]}：{display_value(n, case.facts.get(n), labels)}" for n in FACT_ORDER]
    if case.facts.get("province"):
        lines.append(f"• {labels['province']}：{case.facts['province']}")
    if case.question:
        lines += ["", s.question_heading, case.question[:800]]
    if case.calculations:
        lines += ["", s.calculations_heading]
        for c in case.calculations:
            lines.append(f"• {c.get('title', c.get('calculator'))}：{c.get('summary', '')}"[:400])
    if case.citations:
        lines += ["", s.citations_heading, "、".join(case.citations[:12])]
    if case.answer_text:
        lines += ["", s.answer_heading, case.answer_text[:1200] + ("…" if len(case.answer_text) > 1200 else "")]
    lines += ["", s.packet_footer]
    return "\n".join(lines)
