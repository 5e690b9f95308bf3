"""Hostile documents are refused by the loaders with a reason naming the problem, and ordinary
ones of each format still load.

The hostile files are built here (the builders are shared with benchmarks/bench_hostile_files.py,
which measures time and peak memory at full size); the tests use sizes that are quick to write.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from ingestion.config import DocumentLimits
from ingestion.loaders import load_document, load_document_isolated
from knowledge.models import IngestionError, SourceKind
from tests.helpers.documents import corpus_path, write_docx, write_html, write_pdf, write_scanned_pdf

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PARAGRAPH = "<w:p><w:r><w:t>第一条 用人单位应当按时足额支付劳动报酬。</w:t></w:r></w:p>".encode()


# ---------------------------------------------------------------------------------------------
# Builders


def document_xml(body: str) -> bytes:
    """word/document.xml around a body of WordprocessingML."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}</w:body></w:document>').encode()


def docx_parts(body: str | None = None) -> dict[str, bytes]:
    """The parts of a real .docx (python-docx's template), word/document.xml replaced by ``body``."""
    import docx

    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("第一条 用人单位应当按时足额支付劳动报酬。")
    document.save(buffer)
    with zipfile.ZipFile(buffer) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    if body is not None:
        parts["word/document.xml"] = document_xml(body)
    return parts


def write_zip(path: Path, parts: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return path


def write_zip_bomb_docx(path: Path, *, expanded: int = 30_000_000, declared: int | None = None) -> Path:
    """A real .docx whose word/document.xml is ``expanded`` bytes of one paragraph repeated,
    deflated at level 9 (~220:1: 30 MB fit in ~135 KB). With ``declared``, its headers claim
    that size instead, with the CRC of that many first bytes, as bombs do to pass size checks."""
    head, tail = document_xml("@").split(b"@")
    block = PARAGRAPH * (1_000_000 // len(PARAGRAPH))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        for name, data in docx_parts().items():
            if name != "word/document.xml":
                package.writestr(name, data)
        with package.open("word/document.xml", "w", force_zip64=expanded > 2**31 - 1) as fh:
            fh.write(head)
            for _ in range(expanded // len(block)):
                fh.write(block)
            fh.write(tail)
    if declared is not None:
        prefix = (head + block * (declared // len(block) + 1))[:declared]
        _patch_declared_size(path, "word/document.xml", declared, zlib.crc32(prefix))
    return path


def _patch_declared_size(path: Path, name: str, size: int, crc: int) -> None:
    """Rewrite an entry's uncompressed size and CRC in its local header and its directory entry."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as package:
        offset = package.getinfo(name).header_offset
    struct.pack_into("<I", data, offset + 14, crc)
    struct.pack_into("<I", data, offset + 22, size)
    encoded = name.encode()
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        if data[at + 46:at + 46 + len(encoded)] == encoded:
            struct.pack_into("<I", data, at + 16, crc)
            struct.pack_into("<I", data, at + 24, size)
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))


def write_nested_html(path: Path, *, size: int = 1_000_000) -> Path:
    """An HTML page of ``size`` bytes that is one <div> inside another, all the way down."""
    path.write_bytes(b"<html><body>" + b"<div>" * (size // 5) + "第一条 甲。".encode() + b"</body></html>")
    return path


def write_huge_text(path: Path, *, size: int = 50_000_000) -> Path:
    line = "第一条 用人单位应当按时足额支付劳动报酬。\n".encode()
    path.write_bytes(line * (size // len(line)))
    return path


def write_raw_pdf(path: Path, objects: list[bytes]) -> Path:
    """A minimal PDF of the given objects (1 is the catalog) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def write_flate_bomb_pdf(path: Path, *, expanded: int = 200_000_000) -> Path:
    """A one-page PDF whose content stream inflates to ``expanded`` bytes (~1,000:1)."""
    inflater = zlib.compressobj(9)
    chunk = b" " * 1_000_000
    stream = inflater.compress(b"BT /F1 12 Tf 72 712 Td (x) Tj ET\n")
    stream += b"".join(inflater.compress(chunk) for _ in range(expanded // len(chunk))) + inflater.flush()
    return write_raw_pdf(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


def write_blank_pages_pdf(path: Path, pages: int) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def write_corrupt_pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n" + random.Random(7).randbytes(64_000))
    return path


def refusal(path: Path, **kwargs) -> str:
    with pytest.raises(IngestionError) as caught:
        load_document(path, **kwargs)
    assert caught.value.path == str(path)
    return caught.value.reason


# ---------------------------------------------------------------------------------------------
# Word


def test_zip_bomb_docx_is_refused_from_its_directory(tmp_path):
    bomb = write_zip_bomb_docx(tmp_path / "劳动合同.docx", expanded=30_000_000)
    assert bomb.stat().st_size < 150_000  # 30 MB of XML, 600,000 paragraphs, in ~135 KB

    reason = refusal(bomb)

    assert reason.startswith("压缩包异常（疑似压缩炸弹）")
    assert "expands" in reason and "the limit is 100" in reason


def test_docx_whose_header_understates_its_size_is_refused_as_a_bomb(tmp_path):
    """The directory says 2,000 bytes; the data inflates to 30 MB. Reading the entry whole (as
    python-docx does) inflates it all before noticing; the bounded reader stops at 2,000."""
    bomb = write_zip_bomb_docx(tmp_path / "规定.docx", expanded=30_000_000, declared=2_000)

    reason = refusal(bomb)

    assert reason.startswith("压缩包异常（疑似压缩炸弹）")
    assert "word/document.xml inflates past the 2,000 bytes its header declares" in reason


def test_docx_listing_too_many_entries_is_refused(tmp_path):
    parts = docx_parts() | {f"customXml/item{i}.xml": b"<a/>" for i in range(1_500)}
    path = write_zip(tmp_path / "many.docx", parts)

    reason = refusal(path)

    assert reason.startswith("压缩包异常（疑似压缩炸弹）") and "1,5" in reason and "entries" in reason


def test_docx_with_a_compression_word_never_uses_is_refused(tmp_path):
    path = write_zip(tmp_path / "bzip.docx", docx_parts(), method=zipfile.ZIP_BZIP2)

    assert "compression method 12, which Word never uses" in refusal(path)


def test_docx_body_larger_than_the_limit_is_refused(tmp_path):
    body = "".join(f"<w:p><w:r><w:t>第{i}条 甲。</w:t></w:r></w:p>" for i in range(1, 2_000))
    path = write_zip(tmp_path / "big.docx", docx_parts(body))

    reason = refusal(path, limits=DocumentLimits(docx_max_xml_bytes=50_000))

    assert reason.startswith("Word 正文过大") and "the limit is 50,000" in reason


def test_docx_paragraph_too_large_to_hold_is_refused(tmp_path):
    runs = "".join(f"<w:r><w:t>{i % 10}</w:t></w:r>" for i in range(5_000))
    path = write_zip(tmp_path / "runs.docx", docx_parts(f"<w:p>{runs}</w:p>"))

    reason = refusal(path, limits=DocumentLimits(docx_max_block_bytes=20_000))

    assert reason.startswith("Word 文档结构异常") and "one paragraph or table row" in reason


def test_docx_text_is_read_like_word_shows_it(tmp_path):
    """WPS style ids, links, tracked changes, text boxes, merged cells and content controls."""
    body = (
        '<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>某市工资支付规定</w:t></w:r></w:p>'
        '<w:p><w:r><w:t xml:space="preserve">第一条 </w:t></w:r>'
        '<w:hyperlink r:id="rId1"><w:r><w:t>用人单位</w:t></w:r></w:hyperlink>'
        '<w:ins w:id="1" w:author="a"><w:r><w:t>应当</w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="a"><w:r><w:delText>可以</w:delText></w:r></w:del>'
        '<w:r><w:t>按月</w:t><w:tab/><w:t>支付工资。</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>第二条 标准如下：</w:t></w:r><w:r><w:pict><w:txbxContent>'
        '<w:p><w:r><w:t>文本框里的批注</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p>'
        '<w:tbl>'
        '<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>一类地区</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>2690元</w:t></w:r></w:p></w:tc></w:tr>'
        '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>'
        '<w:tc><w:p><w:r><w:t>2500元</w:t></w:r></w:p></w:tc></w:tr>'
        '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>按月计算</w:t></w:r></w:p></w:tc></w:tr>'
        '</w:tbl>'
        '<w:sdt><w:sdtContent><w:p><w:r><w:t>第三条 本规定自公布之日起施行。</w:t></w:r></w:p></w:sdtContent></w:sdt>'
    )
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W_NS}">'
              '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style></w:styles>').encode()
    path = write_zip(tmp_path / "规定.docx", docx_parts(body) | {"word/styles.xml": styles})

    doc = load_document(path)

    assert doc.title == "某市工资支付规定"
    assert [a.key for a in doc.articles] == ["1", "2", "3"]
    assert doc.articles[0].text == "用人单位应当按月 支付工资。"  # the tab, as the parser writes spaces
    assert doc.articles[1].text == "标准如下：\n一类地区 2690元\n一类地区 2500元\n按月计算"
    assert doc.articles[2].text == "本规定自公布之日起施行。"


# ---------------------------------------------------------------------------------------------
# HTML


def test_deeply_nested_html_is_refused(tmp_path):
    path = write_nested_html(tmp_path / "page.html", size=1_000_000)

    assert refusal(path) == "HTML 嵌套过深: elements are nested more than 256 levels deep"


def test_html_with_too_many_elements_is_refused(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>" + "<b>甲</b>" * 250_000 + "</p></body></html>", encoding="utf-8")

    assert refusal(path) == "HTML 元素过多: the page has more than 200,000 elements"


def test_html_keeps_pre_lines_and_the_text_after_comments_and_scripts(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>第一条 用人单位<!-- 编辑注释 -->应当<script>x()</script>按时支付工资。</p>"
                    "<pre>第二条 甲。\n第三条 乙。</pre></body></html>", encoding="utf-8")

    doc = load_document(path)

    assert [(a.key, a.text) for a in doc.articles] == [("1", "用人单位应当按时支付工资。"), ("2", "甲。"), ("3", "乙。")]


def test_gbk_html_without_a_charset_decodes(tmp_path):
    path = tmp_path / "page.htm"
    path.write_bytes("<html><body><h1>某市工资条例</h1><p>第一条 用人单位应当按时支付工资。</p></body></html>".encode("gbk"))

    doc = load_document(path)

    assert doc.title == "某市工资条例"
    assert doc.articles[0].text == "用人单位应当按时支付工资。"


# ---------------------------------------------------------------------------------------------
# Text


def test_fifty_megabyte_text_is_refused_by_size_before_reading(tmp_path):
    path = write_huge_text(tmp_path / "big.txt", size=50_000_000)
    size = path.stat().st_size
    assert size > 49_000_000

    assert refusal(path) == f"文件过大: the file is too large ({size:,} bytes; the limit is 10,000,000 bytes)"


def test_text_over_the_character_limit_is_refused(tmp_path):
    path = tmp_path / "long.md"
    path.write_text("# 某条例\n第一条 " + "用人单位应当按时足额支付劳动报酬。" * 60_000 + "\n", encoding="utf-8")

    assert refusal(path) == "文本过长: more than 1,000,000 characters of text; split it into smaller files"


def test_text_with_too_many_lines_is_refused(tmp_path):
    path = tmp_path / "lines.txt"
    path.write_text("某通知\n" + "各单位：\n" * 60_000, encoding="utf-8")

    assert refusal(path) == "文本行数过多: more than 50,000 lines of text; split it into smaller files"


def test_text_with_too_many_articles_is_refused(tmp_path):
    path = tmp_path / "articles.txt"
    path.write_text("# 某条例\n" + "".join(f"第{i}条 甲。\n" for i in range(1, 6_001)), encoding="utf-8")

    reason = refusal(path)

    assert reason == "条文过多: 6,000 articles or sections (the limit is 5,000); split it into smaller files"


def test_pdf_renamed_to_txt_is_named_for_what_it_is(tmp_path):
    path = tmp_path / "规定.txt"
    write_pdf(path, ["某条例", "第一条 甲。"])

    assert refusal(path).startswith("文件类型与扩展名不符: this is a PDF file, not a text file")


# ---------------------------------------------------------------------------------------------
# PDF


@pytest.mark.parametrize(("content", "actual"), [
    ("docx", "a ZIP archive (or a Word .docx / Excel .xlsx file)"),
    (b"\x89PNG\r\n\x1a\n" + bytes(2000), "a PNG image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000),
     "an old Office file (.doc/.xls) or a password-protected Word file"),
], ids=["docx", "png", "doc"])
def test_other_file_renamed_to_pdf_is_named_for_what_it_is(tmp_path, content, actual):
    path = tmp_path / "规定.pdf"
    if content == "docx":
        write_zip(path, docx_parts())
    else:
        path.write_bytes(content)

    assert refusal(path) == (f"文件类型与扩展名不符: this is {actual}, not a PDF file; send it with its real "
                             "extension or save it again in the right format")


def test_corrupt_and_scanned_pdfs_are_refused_with_their_reasons(tmp_path):
    assert "not a readable PDF" in refusal(write_corrupt_pdf(tmp_path / "坏.pdf"))
    assert "scanned PDF with no text layer" in refusal(write_scanned_pdf(tmp_path / "扫描件.pdf"))


def test_pdf_with_more_pages_than_the_limit_is_refused(tmp_path):
    path = write_blank_pages_pdf(tmp_path / "pages.pdf", 12)

    reason = refusal(path, limits=DocumentLimits(pdf_max_pages=10))

    assert reason == "PDF 页数过多: the PDF has 12 pages (the limit is 10); split it into smaller files"


def test_pdf_whose_page_tree_understates_its_pages_is_refused(tmp_path):
    path = write_blank_pages_pdf(tmp_path / "pages.pdf", 12)
    data = path.read_bytes()
    assert data.count(b"/Count 12") == 1
    path.write_bytes(data.replace(b"/Count 12", b"/Count 02"))  # same length: offsets stay right

    reason = refusal(path, limits=DocumentLimits(pdf_max_pages=10))

    assert reason == "PDF 页数过多: the PDF has 12 pages (the limit is 10); split it into smaller files"


def test_pdf_whose_content_stream_inflates_past_the_limit_is_refused(tmp_path):
    path = write_flate_bomb_pdf(tmp_path / "bomb.pdf", expanded=30_000_000)

    reason = refusal(path)

    assert reason.startswith("PDF 内容异常（疑似恶意文件）: ")
    assert "Limit reached while decompressing" in reason


# ---------------------------------------------------------------------------------------------
# In a child process


def test_isolated_load_returns_the_same_document(tmp_path, corpus_dir):
    markdown = corpus_path(corpus_dir, "职工带薪年休假条例").read_text(encoding="utf-8")
    sources = [write_docx(tmp_path / "条例.docx", markdown), write_html(tmp_path / "条例.html", markdown),
               corpus_path(corpus_dir, "职工带薪年休假条例")]

    for path in sources:
        in_process = load_document(path, kind=SourceKind.REGULATION)
        assert load_document_isolated(path, kind=SourceKind.REGULATION) == in_process


def test_isolated_load_refuses_with_the_same_reason(tmp_path):
    path = write_nested_html(tmp_path / "page.html", size=1_000_000)

    with pytest.raises(IngestionError) as caught:
        load_document_isolated(path)

    assert caught.value.reason == "HTML 嵌套过深: elements are nested more than 256 levels deep"


def test_isolated_load_that_runs_out_of_time_is_refused(tmp_path):
    path = tmp_path / "x.md"
    path.write_text("# 某条例\n第一条 甲。\n", encoding="utf-8")

    with pytest.raises(IngestionError) as caught:
        load_document_isolated(path, limits=DocumentLimits(isolated_timeout_s=0.001))

    assert caught.value.reason.startswith("处理超时: reading the file took longer than 0.001 s")


def test_isolated_load_that_runs_out_of_memory_is_refused(tmp_path):
    """3.3 million two-letter lines cost ~200 MB as Python strings: over a 128 MiB cap."""
    path = tmp_path / "lines.txt"
    path.write_bytes(b"ab\n" * 3_300_000)
    limits = DocumentLimits(isolated_memory_bytes=128 * 1024 * 1024, max_chars=10**8, max_lines=10**8)

    with pytest.raises(IngestionError) as caught:
        load_document_isolated(path, limits=limits)

    assert caught.value.reason.startswith("内存超限: reading the file needed more than 134 MB of memory")
