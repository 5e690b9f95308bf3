"""Builders for PDF, Word and HTML test files made in ``tmp_path`` from real corpus text."""

from __future__ import annotations

import html
import re
from pathlib import Path

CJK_FONT = "STSong-Light"  # reportlab's built-in CID font: no font file needed on CI


def corpus_path(corpus_dir: Path, prefix: str) -> Path:
    """Return the corpus Markdown file whose name starts with ``prefix``."""
    hits = sorted(p for p in corpus_dir.rglob("*.md") if p.name.startswith(prefix))
    assert hits, f"no corpus file starting with {prefix!r} under {corpus_dir}"
    return hits[0]


def markdown_lines(markdown: str) -> list[tuple[int, str]]:
    """Return (heading depth or 0, text) for each non-empty line, HTML comments dropped."""
    out = []
    for raw in re.sub(r"<!--.*?-->", "", markdown, flags=re.DOTALL).splitlines():
        line = raw.strip()
        if not line:
            continue
        m = re.match(r"^(#{1,6})\s+(.*)$", line)
        out.append((len(m.group(1)), m.group(2)) if m else (0, line))
    return out


def plain_text(markdown: str) -> str:
    """Return the Markdown text without `#` marks and comments, one paragraph per line."""
    return "\n".join(text for _, text in markdown_lines(markdown)) + "\n"


def _cjk_canvas(path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
    return canvas.Canvas(str(path), pagesize=A4), A4


def write_pdf(path: Path, lines: list[str], *, wrap: int = 34, lines_per_page: int = 40,
              page_numbers: bool = True, running_header: str = "") -> Path:
    """Write a text PDF: each line hard-wrapped every ``wrap`` characters, as a PDF printer does,
    with an optional running header and a "- n -" page number footer on every page."""
    c, (width, height) = _cjk_canvas(path)
    physical = [line[i:i + wrap] for line in lines for i in range(0, max(len(line), 1), wrap)]
    pages = [physical[i:i + lines_per_page] for i in range(0, len(physical), lines_per_page)] or [[]]
    for number, page in enumerate(pages, start=1):
        c.setFont(CJK_FONT, 9)
        if running_header:
            c.drawCentredString(width / 2, height - 30, running_header)
        c.setFont(CJK_FONT, 11)
        y = height - 60
        for line in page:
            c.drawString(50, y, line)
            y -= 17
        if page_numbers:
            c.setFont(CJK_FONT, 9)
            c.drawCentredString(width / 2, 30, f"- {number} -")
        c.showPage()
    c.save()
    return path


def write_scanned_pdf(path: Path) -> Path:
    """Write a PDF whose page only has drawn shapes, like a scan without a text layer."""
    c, (width, height) = _cjk_canvas(path)
    c.setFillGray(0.8)
    c.rect(40, 40, width - 80, height - 80, fill=1)
    for y in range(100, int(height) - 100, 20):
        c.line(60, y, width - 60, y)
    c.showPage()
    c.save()
    return path


def write_encrypted_pdf(path: Path, lines: list[str], password: str = "secret") -> Path:
    """Write a text PDF that opens only with ``password``."""
    from pypdf import PdfReader, PdfWriter

    plain = write_pdf(path.with_name(path.stem + "-plain.pdf"), lines)
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(password)
    with path.open("wb") as fh:
        writer.write(fh)
    plain.unlink()
    return path


def write_docx(path: Path, markdown: str, *, table: list[list[str]] | None = None) -> Path:
    """Write a Word file: `#`-lines as Heading 1..6 paragraphs, other lines as body paragraphs,
    and ``table`` (rows of cells) after them."""
    import docx

    document = docx.Document()
    for depth, text in markdown_lines(markdown):
        if depth:
            document.add_heading(text, level=depth)
        else:
            document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for k, cell in enumerate(row):
                grid.cell(r, k).text = cell
    document.save(str(path))
    return path


def write_html(path: Path, markdown: str, *, site_title: str = "", encoding: str = "utf-8",
               main: bool = True) -> Path:
    """Write a web page with the text (h1/h2/p) surrounded by nav, script and footer noise, inside
    <main> or straight in <body>; each paragraph's source is broken across lines, as CMS exports are."""
    body = []
    for depth, text in markdown_lines(markdown):
        escaped = html.escape(text)
        if depth:
            body.append(f"<h{depth}>{escaped}</h{depth}>")
        else:
            middle = len(escaped) // 2
            while 0 < middle < len(escaped) - 1 and (escaped[middle - 1].isascii() or escaped[middle].isascii()):
                middle += 1
            body.append(f"<p>\n  {escaped[:middle]}\n  {escaped[middle:]}\n</p>")
    page = f"""<!DOCTYPE html>
<html><head><meta charset="{encoding}"><title>{html.escape(site_title)}</title>
<style>.nav {{ color: red; }}</style>
<script>var tracking = "导航脚本不应出现";</script></head>
<body>
<header><div class="logo">法律法规数据库</div></header>
<nav><ul><li>首页</li><li>法律法规</li><li>联系我们</li></ul></nav>
{"<main>" if main else '<div class="content">'}
{chr(10).join(body)}
{"</main>" if main else "</div>"}
<footer>版权所有 © 某网站 备案号 京ICP备00000000号</footer>
</body></html>
"""
    path.write_bytes(page.encode(encoding))
    return path
