"""The case file as a PDF a lawyer can work from: the case packet, then the draft arbitration application.

Part 1 (案件材料) is everything the case holds: who, what, the bot's calculations and answer, the
transcript, internal notes and the history. Part 2 lays out the draft application that
``bot.casefile.application`` words; every page of it carries a banner saying a lawyer must check
it before it is filed.

Chinese only (the staff work in Chinese and the application is filed in Chinese). The text uses
reportlab's built-in CID font STSong-Light, so no font file ships with the project; a PDF reader
supplies the glyphs.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import partial
from typing import NamedTuple
from unicodedata import category
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.textsplit import ALL_CANNOT_START, getCharWidths
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine
from reportlab.rl_config import _FUZZ

from bot.casefile.application import DRAFT_BANNER, MORE_CLAIMS, Application, basis_text, draft, money
from bot.cases import CaseEvent, CaseMessage, CaseView
from bot.intake import FACT_ORDER, display_value
from bot.locales import case_text, staff_text

FONT = "STSong-Light"
BEIJING = timezone(timedelta(hours=8))  # China has no daylight saving time: a fixed offset is exact

_MARGIN = 20 * mm
_INK = colors.HexColor("#1f2937")
_MUTED_HEX = "#6b7280"
_MUTED = colors.HexColor(_MUTED_HEX)
_ACCENT = colors.HexColor("#1e3a8a")
_RED = colors.HexColor("#b91c1c")
_LINE = colors.HexColor("#d1d5db")

_SENDERS = {"worker": "当事人", "staff": "工作人员", "bot": "机器人", "note": "内部备注"}
_CHANNELS = {"history": "转交前对话", "console": "控制台", "telegram": "Telegram"}
_EVENTS = {
    "created": "创建案件", "claimed": "认领", "note": "添加内部备注", "info_requested": "向当事人询问",
    "fact_changed": "修改事实", "closed": "结案", "forgotten": "当事人删除个人数据", "delivery_failed": "消息未送达",
    "reannounced": "紧急案件再次提醒",
}
# reportlab's rule of what cannot start a line is Japanese: it lets a line begin with Chinese
# full-width ，？！：；》”, which no Chinese reader accepts. With them added, such a mark hangs at the
# end of the line instead (see _Paragraph).
_CANNOT_START_ZH = "，！？：；》〉”’…％·"
_CANNOT_START = ALL_CANNOT_START + "".join(c for c in _CANNOT_START_ZH if c not in ALL_CANNOT_START)
# Glyphs STSong-Light does not have (emoji, pictographs, joiners): dropped rather than printed as boxes.
_NO_GLYPH = re.compile("[\U00010000-\U0010ffff\u2600-\u27bf\u2b00-\u2bff\ufe00-\ufe0f\u200d]")


def case_pdf(case: CaseView, messages: list[CaseMessage], events: list[CaseEvent], *,
             topic_name: str | None, today: date) -> bytes:
    """Return a PDF a lawyer can use: the case packet, then a draft 劳动人事争议仲裁申请书."""
    s = _styles()
    story = _packet(case, messages, events, topic_name=topic_name, today=today, s=s)
    if not case.anonymized:  # a worker who deleted their data withdrew: no application is drafted
        story += [NextPageTemplate("draft"), PageBreak(), *_application(draft(case), s=s)]
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, title=f"{case.number} 案件材料与仲裁申请书草稿", author="劳动权益助手",
                          invariant=True, leftMargin=_MARGIN, rightMargin=_MARGIN)
    width, height = A4
    body = width - 2 * _MARGIN
    doc.addPageTemplates([
        PageTemplate("packet", [Frame(_MARGIN, 18 * mm, body, height - 36 * mm, id="packet")],
                     onPage=partial(_mark_part, label="案件材料")),
        PageTemplate("draft", [Frame(_MARGIN, 18 * mm, body, height - 44 * mm, id="draft")],
                     onPage=_draft_page),
    ])
    doc.build(story, canvasmaker=partial(_NumberedCanvas, number=case.number, exported=today))
    return buf.getvalue()


# ---- part 1: the case packet -----------------------------------------------------------------------


def _packet(case: CaseView, messages: list[CaseMessage], events: list[CaseEvent], *, topic_name: str | None,
            today: date, s: _Styles) -> list[Flowable]:
    st, t = staff_text(), case_text("zh")
    reasons = "、".join(t.reason_labels.get(r, r) for r in case.priority_reasons) or st.no_reasons
    rows = [
        ("案件编号", case.number),
        ("导出日期", today.isoformat()),
        ("状态", st.statuses.get(case.status, case.status)),
        ("优先级", f"{st.priorities.get(case.priority, case.priority)}（{reasons}）"),
        ("类别", topic_name or case.topic or st.unknown_topic),
        ("承办人", case.assignee_name or "未认领"),
        ("创建时间", _ts(case.created_at)),
        ("认领时间", _ts(case.claimed_at)),
        ("结案时间", _ts(case.closed_at)),
    ]
    if case.outcome:
        rows.append(("结案结果", st.outcomes.get(case.outcome, case.outcome)))
    if case.anonymized:
        rows.append(("当事人", "［已删除］"))
    else:
        rows += [("当事人", case.worker_name or "未提供"), ("联系电话", case.phone or st.no_phone),
                 ("语言", st.languages.get(case.language, case.language))]
    out: list[Flowable] = [
        _Paragraph(_p(f"案件材料　{case.number}"), s.title),
        _Paragraph(_p(("内部资料，请妥善保管。" if case.anonymized else "内部资料，含当事人个人信息，请妥善保管。")
                      + "时间均为北京时间。"), s.subtitle),
        _table(rows, s),
    ]
    if case.anonymized:
        out += [Spacer(1, 4 * mm), _Paragraph(_p(
            "当事人已要求删除其个人数据：姓名、电话、基本事实、问题、机器人的回答与计算、对话内容均已删除。"
            "以下仅为机构依规保留的记录（编号、类别、优先级、状态、时间和处理经过）。"
            "因此不生成仲裁申请书草稿。"), s.notice)]
    else:
        out += _heading("基本事实", s)
        labels = t.fact_labels
        fact_rows = [(labels[n], display_value(n, case.facts.get(n), labels)) for n in FACT_ORDER]
        if case.facts.get("province"):
            fact_rows.append((labels["province"], case.facts["province"]))
        out.append(_table(fact_rows, s))
        if case.question:
            out += [*_heading("当事人的问题", s), _Paragraph(_p(case.question), s.body)]
        if case.calculations:
            out += _heading("机器人计算的期限和金额", s)
            out += [_calculation(c, today=today, s=s) for c in case.calculations]
            out.append(_Paragraph(_p("以上为机器人按当事人陈述的初步计算，须根据证据重新核算。"), s.small))
        if case.answer_text or case.citations:
            out += _heading("机器人给出的回答", s)
            if case.answer_text:
                out.append(_Paragraph(_p(case.answer_text), s.body))
            if case.citations:
                out.append(_Paragraph(_p("引用条文：" + "、".join(map(basis_text, case.citations))), s.body))
    out += _transcript(case, [m for m in messages if m.sender != "note"], s)
    notes = [m for m in messages if m.sender == "note"]
    if notes:
        out += _heading("内部备注（仅供工作人员，不得提交或转给当事人）", s)
        if case.anonymized:
            out.append(_Paragraph(_p(f"共 {len(notes)} 条备注，内容已随当事人数据删除。"), s.body))
        else:
            out += [_message(m, s, style=s.note) for m in notes]
    out += _heading("处理经过", s)
    if events:
        out.append(_table([(_ts(e.created_at), f"{_actor(e)}　{_EVENTS.get(e.kind, e.kind)}　{_event_detail(e)}")
                           for e in events], s, label_width=34 * mm))
    else:
        out.append(_Paragraph(_p("暂无记录。"), s.body))
    return out


def _transcript(case: CaseView, messages: list[CaseMessage], s: _Styles) -> list[Flowable]:
    out = _heading("对话记录", s)
    if case.anonymized:
        return [*out, _Paragraph(_p(f"共 {len(messages)} 条消息，内容已应当事人要求删除。"), s.body)]
    if not messages:
        return [*out, _Paragraph(_p("暂无消息。"), s.body)]
    return out + [_message(m, s, style=s.message) for m in messages]


def _message(m: CaseMessage, s: _Styles, *, style: ParagraphStyle) -> Flowable:
    who = _SENDERS.get(m.sender, m.sender)
    if m.author and m.sender in ("staff", "note"):
        who += f" {m.author}"
    channel = _CHANNELS.get(m.channel)
    head = f"{_ts(m.created_at)} · {who}" + (f"（{channel}）" if channel and m.sender != "note" else "")
    text = m.text if m.text is not None else "［已删除］"
    # One paragraph, so a long message flows on to the next page instead of leaving a gap before it.
    return _Paragraph(f'<font size="8.5" color="{_MUTED_HEX}">{_p(head)}</font><br/>{_p(text)}', style)


def _calculation(c: dict, *, today: date, s: _Styles) -> Flowable:
    title = c.get("title") or c.get("calculator") or "计算"
    lines = [f'<font color="#1e3a8a">{_p(title)}</font>']
    facts = []
    if c.get("amount") not in (None, ""):
        facts.append(f"金额：人民币 {money(c['amount'])} 元")
    if c.get("deadline"):
        facts.append(f"期限：{c['deadline']}（{_days_left(c['deadline'], today)}）")
    if facts:
        lines.append(_p("；".join(facts)))
    if c.get("summary"):
        lines.append(_p(c["summary"]))
    basis = [basis_text(b) for b in c.get("basis") or []]
    if basis:
        lines.append(_p("依据：" + "、".join(basis)))
    return KeepTogether([_Paragraph("<br/>".join(lines), s.calc), Spacer(1, 2 * mm)])


def _days_left(deadline: str, today: date) -> str:
    try:
        days = (date.fromisoformat(deadline) - today).days
    except ValueError:
        return "日期无法识别"
    if days > 0:
        return f"距导出日还有 {days} 天"
    return "导出当日届满" if days == 0 else f"已过 {-days} 天"


def _actor(e: CaseEvent) -> str:
    if e.actor == "worker":
        return "当事人"
    if e.actor == "bot":
        return "系统"
    return str(e.detail.get("by") or e.actor)


def _event_detail(e: CaseEvent) -> str:
    d, t, st = e.detail, case_text("zh"), staff_text()
    labels = t.fact_labels
    match e.kind:
        case "created":
            reasons = "、".join(t.reason_labels.get(r, r) for r in d.get("reasons") or []) or st.no_reasons
            return f"优先级：{st.priorities.get(d.get('priority', ''), d.get('priority', ''))}（{reasons}）"
        case "fact_changed":
            name = d.get("fact", "")
            if d.get("old") is None and d.get("new") is None:
                return f"{labels.get(name, name)}（内容已删除）"
            old, new = (display_value(name, d.get(k), labels) if name in labels else d.get(k) for k in ("old", "new"))
            return f"{labels.get(name, name)}：{old} → {new}"
        case "info_requested":
            return labels.get(d.get("fact", ""), d.get("fact", ""))
        case "closed":
            outcome = st.outcomes.get(d.get("outcome", ""), d.get("outcome", ""))
            return outcome + (f"；备注：{d['note']}" if d.get("note") else "")
        case "reannounced":
            return f"已等待 {d.get('waited_min', '?')} 分钟"
        case "delivery_failed":
            return f"发给{'当事人' if d.get('target') == 'worker' else '工作人员群'}的消息：{d.get('error', '')}"
    return "；".join(f"{k}：{v}" for k, v in d.items() if k != "by")


# ---- part 2: the draft arbitration application --------------------------------------------------


def _application(a: Application, *, s: _Styles) -> list[Flowable]:
    out: list[Flowable] = [_Paragraph(_p("劳动人事争议仲裁申请书"), s.title),
                           _Paragraph(_p("（草稿）"), s.subtitle)]
    out += [*_section("申请人", s), _table(a.applicant, s)]
    out += [*_section("被申请人", s), _table(a.respondent, s)]
    out += _section("仲裁请求", s)
    out += [_Paragraph(_p(f"{i}. {claim}"), s.claim) for i, claim in enumerate(a.claims, 1)]
    out.append(_Paragraph(_p(MORE_CLAIMS), s.claim))
    out += _section("事实与理由", s)
    out += [_Paragraph(_p(para), s.indented) for para in a.facts]
    out += [*_section("证据清单", s), _evidence_table(a.evidence, s)]
    out += [
        Spacer(1, 8 * mm),
        _Paragraph(_p("此致"), s.indented),
        _Paragraph(_p(a.commission), s.body),
        Spacer(1, 12 * mm),
        _Paragraph(_p("申请人（签名）：＿＿＿＿＿＿＿＿"), s.right),
        Spacer(1, 4 * mm),
        _Paragraph(_p("日期：＿＿＿＿年＿＿月＿＿日"), s.right),
    ]
    return out


def _evidence_table(evidence: list[tuple[str, str]], s: _Styles) -> Table:
    rows = [[_Paragraph(_p(x), s.cell_head) for x in ("序号", "证据名称", "证明目的")]]
    rows += [[_Paragraph(str(i), s.cell), _Paragraph(_p(item), s.cell), _Paragraph(_p(purpose), s.cell)]
             for i, (item, purpose) in enumerate(evidence, 1)]
    table = Table(rows, colWidths=[14 * mm, 70 * mm, None], repeatRows=1)
    table.setStyle(_grid(header=True))
    return table


# ---- Chinese line breaking ---------------------------------------------------------------------


class _Line(NamedTuple):
    start: int
    end: int
    extra_space: float
    width_used: float
    forced: bool  # ended by <br/>
    max_width: float
    rest: bool  # what was left after the last full line


def _lines(chars: list[str] | str, widths: list[float], max_widths: list[float],
           forced: list[bool] | None = None) -> list[_Line]:
    """Break ``chars`` into lines as reportlab's CJK wrapping does (``textsplit.dumbSplit`` for one run
    of text, ``paragraph.cjkFragSplit`` for several): fill each line, and push the character that
    overflows on to the next line unless it cannot start one, in which case it hangs. The only
    difference is the set of marks that cannot start a line, which includes the Chinese ones."""
    lines: list[_Line] = []
    i = used = start = 0
    max_width = max_widths[0]
    while i < len(chars):
        c, w = chars[i], widths[i]
        is_break = bool(forced and forced[i])
        used += w
        i += 1
        if not ((used > max_width + _FUZZ and used > 0) or is_break):
            continue
        extra = max_width - used
        if not is_break:
            if ord(c) < 0x3000:
                # Inside a run of Latin text: break after its last space, or where CJK text resumes,
                # if that is in the second half of the line.
                for j in range(i - 1, (start + i) >> 1, -1):
                    cj = chars[j]
                    if cj and category(cj) == "Zs" or ord(cj) >= 0x3000:
                        k = j + 1
                        if k < i:
                            extra += sum(widths[k + 1:i])
                            c, w, i = chars[k], widths[k], k + 1
                            break
            if c not in _CANNOT_START and i > start + 1:  # the i > start + 1 condition ensures progress
                i -= 1
                extra += w
        lines.append(_Line(start, i, extra, used, is_break, max_width, rest=False))
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        start, used = i, 0
    if used > 0:
        lines.append(_Line(start, len(chars), max_width - used, used, False, max_width, rest=True))
    return lines


class _Paragraph(Paragraph):
    """A paragraph that breaks CJK lines by the Chinese rule (see ``_lines``).

    reportlab reads the marks that cannot start a line from a module constant and has no style
    option for them, so the line breaking is overridden here rather than the constant changed for
    every PDF the process makes. The paragraphs of the case file hold text only (no inline images,
    bullets or end dots): those, and a split paragraph's continuation, go to reportlab as they are."""

    def breakLinesCJK(self, max_widths):
        if not isinstance(max_widths, (list, tuple)):
            max_widths = [max_widths]
        frags, style = self.frags, self.style
        if ((hasattr(self, "blPara") and getattr(self, "_splitpara", 0)) or not frags or self.bulletText
                or style.endDots or any(hasattr(f, "cbDefn") for f in frags)):
            return super().breakLinesCJK(max_widths)
        self.height = 0
        if len(frags) == 1:  # one run of text
            f = frags[0]
            text = f.text if hasattr(f, "text") else "".join(getattr(f, "words", []))
            lines = [(line.extra_space, [text[line.start:line.end] if line.rest else text[line.start:line.end].strip()])
                     for line in _lines(text, getCharWidths(text, f.fontName, f.fontSize), max_widths)]
            return f.clone(kind=0, lines=lines, ascent=f.fontSize, descent=-0.2 * f.fontSize)
        glyphs = [cjkU(t, f, "utf8") for f in frags for t in (f.text or [f.text])]
        calc_bounds = getattr(self, "autoLeading", getattr(style, "autoLeading", "")) not in ("", "off")
        lines = _lines(glyphs, [g.width for g in glyphs], max_widths, [hasattr(g.frag, "lineBreak") for g in glyphs])
        return ParaLines(kind=1, lines=[
            makeCJKParaLine(glyphs[line.start:line.end], line.max_width, line.width_used,
                            line.extra_space, line.forced, calc_bounds)
            for line in lines])


# ---- pieces ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h2: ParagraphStyle
    section: ParagraphStyle
    body: ParagraphStyle
    message: ParagraphStyle
    indented: ParagraphStyle
    claim: ParagraphStyle
    calc: ParagraphStyle
    note: ParagraphStyle
    notice: ParagraphStyle
    small: ParagraphStyle
    right: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle


def _styles() -> _Styles:
    """The document's paragraph styles (built per document: nothing of reportlab's is changed)."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    base = ParagraphStyle("base", fontName=FONT, fontSize=10.5, leading=16, textColor=_INK, wordWrap="CJK")

    def style(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return _Styles(
        title=style("title", fontSize=18, leading=26, alignment=TA_CENTER, spaceAfter=2),
        subtitle=style("subtitle", fontSize=9, leading=13, alignment=TA_CENTER, textColor=_MUTED, spaceAfter=8),
        h2=style("h2", fontSize=13, leading=18, textColor=_ACCENT, spaceBefore=12, spaceAfter=2, keepWithNext=1),
        section=style("section", fontSize=12.5, leading=18, spaceBefore=10, spaceAfter=4, keepWithNext=1),
        body=style("body", spaceAfter=4),
        message=style("message", spaceBefore=3, spaceAfter=5),
        indented=style("indented", firstLineIndent=21, spaceAfter=6, leading=18),
        claim=style("claim", leftIndent=21, firstLineIndent=-12, spaceAfter=4, leading=18),
        calc=style("calc", fontSize=10, leading=15, leftIndent=6, rightIndent=6, borderPadding=(4, 6, 4, 6),
                   borderColor=_LINE, borderWidth=0.5, backColor=colors.HexColor("#f9fafb"), spaceBefore=4,
                   spaceAfter=4),
        note=style("note", spaceBefore=3, backColor=colors.HexColor("#fef9c3"), borderPadding=(3, 4, 3, 4),
                   leftIndent=4, rightIndent=4, spaceAfter=6),
        notice=style("notice", textColor=_RED, borderColor=_RED, borderWidth=0.8, borderPadding=6, leftIndent=6,
                     rightIndent=6, spaceBefore=8),
        small=style("small", fontSize=8.5, leading=12, textColor=_MUTED),
        right=style("right", alignment=TA_RIGHT, rightIndent=12),
        cell=style("cell", fontSize=9.5, leading=13.5),
        cell_head=style("cell_head", fontSize=9.5, leading=13.5, textColor=_ACCENT),
    )


def _p(text: str) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept, glyphs the font lacks dropped."""
    text = _NO_GLYPH.sub("", str(text)).strip()
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


def _heading(text: str, s: _Styles) -> list[Flowable]:
    return [_Paragraph(_p(text), s.h2), HRFlowable(width="100%", thickness=0.6, color=_ACCENT, spaceBefore=1,
                                                    spaceAfter=5)]


def _section(text: str, s: _Styles) -> list[Flowable]:
    return [_Paragraph(_p(text), s.section)]


def _table(rows: list[tuple[str, str]], s: _Styles, *, label_width: float = 42 * mm) -> Table:
    data = [[_Paragraph(_p(k), s.cell_head), _Paragraph(_p(v), s.cell)] for k, v in rows]
    table = Table(data, colWidths=[label_width, None], hAlign="LEFT")
    table.setStyle(_grid())
    return table


def _grid(*, header: bool = False) -> TableStyle:
    shaded = ((0, 0), (-1, 0)) if header else ((0, 0), (0, -1))  # the header row, or the label column
    return TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, _LINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("BACKGROUND", *shaded, colors.HexColor("#f3f4f6")),
    ])


def _ts(d: datetime | None) -> str:
    if d is None:
        return "—"
    d = d if d.tzinfo else d.replace(tzinfo=UTC)
    return d.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M")


# ---- pages -------------------------------------------------------------------------------------


def _mark_part(canvas: Canvas, doc: BaseDocTemplate, *, label: str) -> None:
    canvas.part_label = label  # read back by _NumberedCanvas when it writes the footers


def _draft_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
    _mark_part(canvas, doc, label="仲裁申请书（草稿）")
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.06))
    canvas.setFont(FONT, 110)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, -40, "草稿")
    canvas.restoreState()
    canvas.saveState()
    top = height - 12 * mm
    canvas.setStrokeColor(_RED)
    canvas.setFillColor(colors.HexColor("#fef2f2"))
    canvas.setLineWidth(1)
    canvas.rect(_MARGIN, top - 11 * mm, width - 2 * _MARGIN, 11 * mm, fill=1, stroke=1)
    canvas.setFillColor(_RED)
    canvas.setFont(FONT, 10.5)
    canvas.drawCentredString(width / 2, top - 7 * mm, DRAFT_BANNER)
    canvas.restoreState()


class _NumberedCanvas(Canvas):
    """Writes "第 x / y 页" in each footer once the number of pages is known."""

    def __init__(self, *args, number: str, exported: date, **kwargs):
        super().__init__(*args, **kwargs)
        self._number, self._exported = number, exported
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(len(self._pages))
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        width, _ = A4
        self.saveState()
        self.setStrokeColor(_LINE)
        self.line(_MARGIN, 13 * mm, width - _MARGIN, 13 * mm)
        self.setFont(FONT, 8.5)
        self.setFillColor(_MUTED)
        label = getattr(self, "part_label", "")
        self.drawString(_MARGIN, 9 * mm, f"案件 {self._number}　{label}　导出于 {self._exported.isoformat()}")
        self.drawRightString(width - _MARGIN, 9 * mm, f"第 {self._pageNumber} / {total} 页")
        self.restoreState()
