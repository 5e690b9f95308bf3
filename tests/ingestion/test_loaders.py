"""Loading real corpus texts as PDF, Word, HTML and GBK text files, and refusing bad files clearly."""

from __future__ import annotations

import random
import re

import pytest

from ingestion.loaders import SUPPORTED_SUFFIXES, iter_document_paths, load_document
from ingestion.parser import parse_legal_text
from knowledge.models import IngestionError, SourceKind
from tests.helpers.documents import (
    corpus_path,
    plain_text,
    write_docx,
    write_encrypted_pdf,
    write_html,
    write_pdf,
    write_scanned_pdf,
)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_same_articles(loaded, reference):
    """The loaded document has the Markdown parse's articles: keys, headings and text."""
    assert [a.key for a in loaded.articles] == [a.key for a in reference.articles]
    for got, want in zip(loaded.articles, reference.articles, strict=True):
        assert got.headings == want.headings, got.key
        assert squash(got.text) == squash(want.text), got.key


@pytest.fixture
def implementing_regulation(corpus_dir):
    """The Markdown of 劳动合同法实施条例 and its parse, the reference for the other formats."""
    markdown = corpus_path(corpus_dir, "劳动合同法实施条例").read_text(encoding="utf-8")
    return markdown, parse_legal_text(markdown)


def refusal(path, **kwargs) -> str:
    with pytest.raises(IngestionError) as caught:
        load_document(path, **kwargs)
    assert caught.value.path == str(path)
    assert str(path) in str(caught.value)
    return caught.value.reason


# ---------------------------------------------------------------------------------------------
# PDF


def test_cid_font_pdf_text_is_extracted_exactly(tmp_path, corpus_dir):
    """pypdf must read back reportlab's STSong-Light text, or the PDF tests below prove nothing."""
    from pypdf import PdfReader

    markdown = corpus_path(corpus_dir, "劳动合同法实施条例").read_text(encoding="utf-8")
    lines = plain_text(markdown).splitlines()[:12]
    pdf = write_pdf(tmp_path / "probe.pdf", lines, wrap=200, page_numbers=False)

    extracted = PdfReader(pdf).pages[0].extract_text().splitlines()
    assert extracted == lines


def test_pdf_with_wrapped_lines_headers_and_page_numbers_parses_like_the_markdown(
        tmp_path, implementing_regulation):
    markdown, reference = implementing_regulation
    pdf = write_pdf(tmp_path / "劳动合同法实施条例(2008-09-18).pdf", plain_text(markdown).splitlines(),
                    wrap=34, lines_per_page=40, running_header="国务院行政法规汇编")

    doc = load_document(pdf)

    assert doc.title == "中华人民共和国劳动合同法实施条例"
    assert len(doc.articles) == 38
    assert_same_articles(doc, reference)
    assert (doc.promulgated, doc.issuer, doc.version) == ("2008-09-18", "国务院", "2008-09-18")
    assert doc.origin == str(pdf)
    assert doc.kind is SourceKind.REGULATION
    assert not any("国务院行政法规汇编" in a.text or re.search(r"- \d+ -", a.text) for a in doc.articles)


def test_pdf_of_a_case_keeps_its_sections(tmp_path, corpus_dir):
    path = corpus_path(corpus_dir, "加班费的仲裁时效应当如何认定")
    markdown = path.read_text(encoding="utf-8")
    pdf = write_pdf(tmp_path / "case.pdf", plain_text(markdown).splitlines(), wrap=30)

    doc = load_document(pdf, kind=SourceKind.CASE)

    assert doc.title == "加班费的仲裁时效应当如何认定"
    assert doc.kind is SourceKind.CASE
    assert_same_articles(doc, parse_legal_text(markdown))


def test_encrypted_pdf_is_refused_as_password_protected(tmp_path):
    pdf = write_encrypted_pdf(tmp_path / "条例.pdf", ["某条例", "第一条 甲。"], password="secret")

    assert "password-protected" in refusal(pdf)


def test_scanned_pdf_is_refused_as_needing_ocr(tmp_path):
    pdf = write_scanned_pdf(tmp_path / "扫描件.pdf")

    reason = refusal(pdf)
    assert "scanned PDF with no text layer" in reason and "OCR" in reason


@pytest.mark.parametrize("content", [
    random.Random(0).randbytes(4096),
    b"%PDF-1.4\n" + random.Random(1).randbytes(4096),
], ids=["random-bytes", "pdf-header-then-garbage"])
def test_corrupt_pdf_is_refused_as_unreadable(tmp_path, content):
    pdf = tmp_path / "坏文件.pdf"
    pdf.write_bytes(content)

    assert "not a readable PDF" in refusal(pdf)


def test_truncated_pdf_is_refused_as_unreadable(tmp_path):
    whole = write_pdf(tmp_path / "whole.pdf", ["某条例", "第一条 甲。"]).read_bytes()
    pdf = tmp_path / "truncated.pdf"
    pdf.write_bytes(whole[: len(whole) // 2])

    assert "not a readable PDF" in refusal(pdf)


# ---------------------------------------------------------------------------------------------
# Word, HTML, text


def test_docx_headings_and_paragraphs_parse_like_the_markdown(tmp_path, implementing_regulation):
    markdown, reference = implementing_regulation
    path = write_docx(tmp_path / "劳动合同法实施条例.docx", markdown)

    doc = load_document(path)

    assert doc.title == reference.title
    assert_same_articles(doc, reference)
    assert doc.promulgated == "2008-09-18"
    assert doc.version == ""  # no date in the file name


def test_docx_table_text_is_kept(tmp_path):
    markdown = "# 某市工资支付办法\n第一条 最低工资标准如下表：\n第二条 本办法自公布之日起施行。\n"
    path = write_docx(tmp_path / "办法.docx", markdown, table=[["一类地区", "2690元"], ["二类地区", "2380元"]])

    doc = load_document(path)

    assert [a.key for a in doc.articles] == ["1", "2"]
    # The table comes after article 2 in the file, so it is read as that article's text.
    assert "一类地区 2690元" in doc.articles[1].text and "二类地区 2380元" in doc.articles[1].text


@pytest.mark.parametrize("main", [True, False], ids=["in-main", "in-body"])
def test_html_page_drops_navigation_and_scripts(tmp_path, corpus_dir, main):
    markdown = corpus_path(corpus_dir, "职工带薪年休假条例").read_text(encoding="utf-8")
    path = write_html(tmp_path / "page.html", markdown, site_title="职工带薪年休假条例 - 法律法规数据库", main=main)

    doc = load_document(path)
    everything = doc.preamble + "".join(a.text for a in doc.articles)

    assert doc.title == "职工带薪年休假条例"
    assert_same_articles(doc, parse_legal_text(markdown))
    assert len(doc.articles) == 10
    for noise in ("导航脚本", "首页", "联系我们", "版权所有", "color"):
        assert noise not in everything
    # Paragraph sources broken across lines are joined without a stray space.
    assert doc.articles[2].text == parse_legal_text(markdown).articles[2].text


def test_html_title_falls_back_to_the_title_tag(tmp_path):
    path = tmp_path / "notice.htm"
    path.write_text("<html><head><title>关于某事项的通知 | 人社部</title></head><body>"
                    "<p>各省人社厅：</p><p>现将有关事项通知如下。</p></body></html>", encoding="utf-8")

    doc = load_document(path)

    assert doc.title == "关于某事项的通知"
    assert doc.kind is SourceKind.POLICY
    assert doc.articles[0].text == "各省人社厅：\n现将有关事项通知如下。"


def test_gbk_text_file_decodes_and_parses(tmp_path, corpus_dir):
    markdown = corpus_path(corpus_dir, "职工带薪年休假条例").read_text(encoding="utf-8")
    path = tmp_path / "职工带薪年休假条例(2007-12-14).txt"
    path.write_bytes(plain_text(markdown).encode("gbk"))

    doc = load_document(path)

    assert doc.title == "职工带薪年休假条例"
    assert doc.version == "2007-12-14"
    assert (doc.promulgated, doc.effective, doc.issuer) == ("2007-12-14", "2008-01-01", "国务院")
    assert_same_articles(doc, parse_legal_text(markdown))
    assert "年休假5天" in doc.articles[2].text


def test_markdown_with_bom_keeps_its_title(tmp_path):
    path = tmp_path / "x.md"
    path.write_bytes("# 某条例\n第一条 甲。\n".encode("utf-8-sig"))

    assert load_document(path).title == "某条例"


def test_title_falls_back_to_the_file_name(tmp_path):
    path = tmp_path / "某单位内部说明(2024-01-02).txt"
    path.write_text("用人单位应当按月足额支付工资。\n", encoding="utf-8")

    doc = load_document(path)

    assert doc.title == "某单位内部说明"
    assert doc.version == "2024-01-02"
    assert doc.articles[0].law == "某单位内部说明"


def test_folder_hint_sets_the_kind(tmp_path, corpus_dir):
    source = corpus_path(corpus_dir, "上海市劳动合同条例")
    target = tmp_path / "local" / "规定.md"
    target.parent.mkdir()
    target.write_text("# 劳动合同若干规定\n第一条 甲。\n", encoding="utf-8")

    assert load_document(target).kind is SourceKind.LOCAL
    assert load_document(source).kind is SourceKind.LOCAL
    assert load_document(target, kind=SourceKind.POLICY).kind is SourceKind.POLICY


# ---------------------------------------------------------------------------------------------
# Refusals


def test_unsupported_type_is_refused_naming_the_suffix(tmp_path):
    path = tmp_path / "工资表.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")

    assert refusal(path) == "unsupported file type '.xlsx'; send PDF, DOCX, HTML, Markdown or plain text"


def test_legacy_doc_is_refused_with_a_hint(tmp_path):
    path = tmp_path / "合同.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")

    assert "save it as .docx" in refusal(path)


def test_corrupt_docx_is_refused(tmp_path):
    path = tmp_path / "合同.docx"
    path.write_bytes(random.Random(2).randbytes(2048))

    assert "not a readable Word .docx file" in refusal(path)


def test_empty_and_blank_files_are_refused(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.md"
    blank.write_text(" \n\u3000\n<!-- INFO END -->\n", encoding="utf-8")

    assert refusal(empty) == "the file is empty"
    assert refusal(blank) == "no usable text in the file"


def test_missing_large_and_binary_files_are_refused(tmp_path):
    big = tmp_path / "big.md"
    big.write_text("# 某条例\n" + "第一条 甲。\n" * 50, encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02\x03text")

    assert refusal(tmp_path / "missing.md") == "file not found"
    assert "too large" in refusal(big, max_bytes=100)
    assert "binary" in refusal(binary)
    folder = tmp_path / "folder.md"
    folder.mkdir()
    assert "folder" in refusal(folder)


def test_undecodable_text_is_refused(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\x81\x20\xff\xfe\x80" * 20)

    assert "cannot decode" in refusal(path)


# ---------------------------------------------------------------------------------------------
# Paths


def test_iter_document_paths_expands_folders_and_keeps_explicit_files(tmp_path):
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / ".git").mkdir()
    for name in ("b.md", "a.pdf", "README.md", ".hidden.md", "sheet.xlsx", "sub/c.docx", "sub/d.HTML",
                 ".git/e.md"):
        (root / name).write_text("x", encoding="utf-8")
    explicit = tmp_path / "工资表.xlsx"

    found = iter_document_paths([root, explicit, root / "b.md"])

    assert found == [root / "a.pdf", root / "b.md", root / "sub" / "c.docx", root / "sub" / "d.HTML", explicit]


def test_supported_suffixes():
    assert SUPPORTED_SUFFIXES == {".pdf", ".docx", ".html", ".htm", ".md", ".markdown", ".txt"}


def test_the_whole_corpus_loads(corpus_dir):
    paths = iter_document_paths([corpus_dir])

    assert len(paths) == len(list(corpus_dir.rglob("*.md"))) - 1  # all but README.md
    kinds = {path.parent.name: set() for path in paths}
    for path in paths:
        doc = load_document(path)
        assert doc.articles, path.name
        assert doc.version or path.parent.name == "cases", path.name  # case files carry no date
        kinds[path.parent.name].add(doc.kind)
    assert kinds["cases"] == {SourceKind.CASE}
    assert kinds["interpretations"] == {SourceKind.INTERPRETATION}
    assert kinds["local"] == {SourceKind.LOCAL}
    assert kinds["regulations"] == {SourceKind.REGULATION, SourceKind.POLICY}
