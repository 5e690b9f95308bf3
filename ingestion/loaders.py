"""Files → text → ParsedDocument: PDF, Word .docx, HTML, Markdown and plain text.

Every failure a person can fix (encrypted PDF, scanned PDF, wrong format) raises
IngestionError naming the file and the reason, so the caller can pass it on as it is.
"""

from __future__ import annotations

import logging
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from ingestion.parser import (
    find_title,
    infer_kind,
    normalize_extracted_text,
    parse_legal_text,
    title_from_filename,
    version_from_filename,
)
from knowledge.models import IngestionError, ParsedDocument, SourceKind

logger = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = frozenset({".pdf", ".docx", ".html", ".htm", ".md", ".markdown", ".txt"})

# The reasons a person reads, in one place.
REASON_NOT_FOUND = "file not found"
REASON_NOT_A_FILE = "this is a folder, not a file"
REASON_EMPTY = "the file is empty"
REASON_TOO_LARGE = "the file is too large ({size:,} bytes; the limit is {limit:,} bytes)"
REASON_UNSUPPORTED = "unsupported file type '{suffix}'; send PDF, DOCX, HTML, Markdown or plain text"
REASON_LEGACY_DOC = ("old Word .doc files are not supported; open it in Word or WPS and save it as .docx, "
                     "or send a PDF")
REASON_PDF_ENCRYPTED = "the PDF is password-protected (encrypted); send an unprotected copy"
REASON_PDF_UNREADABLE = "not a readable PDF (the file is damaged or not really a PDF)"
REASON_PDF_SCANNED = "scanned PDF with no text layer; run OCR and send the text version"
REASON_DOCX_UNREADABLE = ("not a readable Word .docx file (the file is damaged, or it is an old .doc "
                          "renamed to .docx; save it again as .docx)")
REASON_HTML_UNREADABLE = "not a readable HTML page"
REASON_UNDECODABLE = "cannot decode the text (not UTF-8 or GB18030/GBK); save it as UTF-8 text"
REASON_BINARY = "this is a binary file, not text"
REASON_NO_TEXT = "no usable text in the file"

_HTML_DROP = ("script", "style", "nav", "header", "footer", "aside", "noscript", "form", "iframe",
              "template", "svg", "button", "select")
_HTML_BLOCKS = ("p", "div", "li", "tr", "table", "section", "article", "ul", "ol", "pre", "blockquote",
                "dd", "dt", "dl", "td", "th", "main", "center", "figure", "figcaption", "address")
_CJK = "\u3000-\u9fff\uff00-\uffef"
# A source line break next to a Chinese character is an editor's wrap, not a space.
_CJK_BREAK_RE = re.compile(rf"(?<=[{_CJK}])[ \t]*\n\s*|[ \t]*\n\s*(?=[{_CJK}])")


def load_document(path: Path, *, kind: SourceKind | None = None, max_bytes: int = 20_000_000) -> ParsedDocument:
    """Read a legal document file and return it parsed; raise IngestionError when it cannot be used.

    ``origin`` is the path, ``version`` the date in the file name when it has one, and the title
    falls back to the file name without its date.
    """
    path = Path(path)
    reader = _reader_for(path)
    _check_file(path, max_bytes)
    text = reader(path)
    if not text.strip():
        raise IngestionError(str(path), REASON_NO_TEXT)
    title = find_title(text) or title_from_filename(path.name)
    doc = parse_legal_text(
        text,
        title=title,
        kind=kind or infer_kind(title, text, str(path)),
        origin=str(path),
        version=version_from_filename(path.name),
    )
    if not doc.articles:
        raise IngestionError(str(path), REASON_NO_TEXT)
    logger.info("loaded %s: %s, %d articles/chunks (%s)", path, doc.title, len(doc.articles), doc.kind)
    return doc


def iter_document_paths(paths: list[Path]) -> list[Path]:
    """Return the files to ingest: folders expanded recursively to supported files (sorted,
    without README.md and hidden files), explicit files kept as given so the caller reports them."""
    out: list[Path] = []
    for given in paths:
        given = Path(given)
        if given.is_dir():
            out.extend(_folder_documents(given))
        else:
            out.append(given)
    return list(dict.fromkeys(out))


def _folder_documents(folder: Path) -> list[Path]:
    found = []
    skipped = 0
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).parts
        if not path.is_file() or any(part.startswith(".") for part in relative):
            continue
        if path.name.lower() == "readme.md":
            continue
        if path.suffix.lower() in SUPPORTED_SUFFIXES:
            found.append(path)
        else:
            skipped += 1
    if skipped:
        logger.info("skipped %d unsupported files under %s", skipped, folder)
    return found


def _reader_for(path: Path) -> Callable[[Path], str]:
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise IngestionError(str(path), REASON_LEGACY_DOC)
    readers: dict[str, Callable[[Path], str]] = {
        ".pdf": read_pdf_text, ".docx": read_docx_text, ".html": read_html_text, ".htm": read_html_text,
        ".md": read_plain_text, ".markdown": read_plain_text, ".txt": read_plain_text,
    }
    if suffix not in readers:
        raise IngestionError(str(path), REASON_UNSUPPORTED.format(suffix=suffix or "(no extension)"))
    return readers[suffix]


def _check_file(path: Path, max_bytes: int) -> None:
    if path.is_dir():
        raise IngestionError(str(path), REASON_NOT_A_FILE)
    if not path.is_file():
        raise IngestionError(str(path), REASON_NOT_FOUND)
    size = path.stat().st_size
    if size == 0:
        raise IngestionError(str(path), REASON_EMPTY)
    if size > max_bytes:
        raise IngestionError(str(path), REASON_TOO_LARGE.format(size=size, limit=max_bytes))


# ---------------------------------------------------------------------------------------------
# PDF


def read_pdf_text(path: Path) -> str:
    """Return the text layer of a PDF, page furniture removed and wrapped lines rejoined."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PyPdfError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not _decrypts_without_password(reader):
            raise IngestionError(str(path), REASON_PDF_ENCRYPTED)
        pages = [page.extract_text() or "" for page in reader.pages]
    except IngestionError:
        raise
    except (FileNotDecryptedError, DependencyError) as exc:
        logger.info("encrypted PDF %s: %s", path, exc)
        raise IngestionError(str(path), REASON_PDF_ENCRYPTED) from exc
    except (PdfReadError, PyPdfError) as exc:
        logger.info("unreadable PDF %s: %s", path, exc)
        raise IngestionError(str(path), REASON_PDF_UNREADABLE) from exc
    except Exception as exc:  # pypdf raises plain ValueError/KeyError/... on some broken files
        logger.warning("PDF %s failed with %s: %s", path, type(exc).__name__, exc)
        raise IngestionError(str(path), REASON_PDF_UNREADABLE) from exc
    if not pages:
        raise IngestionError(str(path), REASON_PDF_UNREADABLE)
    if not any(page.strip() for page in pages):
        raise IngestionError(str(path), REASON_PDF_SCANNED)
    return normalize_extracted_text("\f".join(pages))


def _decrypts_without_password(reader) -> bool:
    # An owner-password-only PDF opens with the empty user password.
    from pypdf.errors import PyPdfError

    try:
        return bool(reader.decrypt(""))
    except (PyPdfError, NotImplementedError):
        return False


# ---------------------------------------------------------------------------------------------
# Word


def read_docx_text(path: Path) -> str:
    """Return a .docx file's paragraphs and tables in order; Heading styles become `#` lines."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(str(path))
        blocks = list(document.iter_inner_content())
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        logger.info("unreadable docx %s: %s", path, exc)
        raise IngestionError(str(path), REASON_DOCX_UNREADABLE) from exc
    except Exception as exc:  # lxml and zip errors on damaged files
        logger.warning("docx %s failed with %s: %s", path, type(exc).__name__, exc)
        raise IngestionError(str(path), REASON_DOCX_UNREADABLE) from exc
    lines = []
    for block in blocks:
        if isinstance(block, Table):
            lines.extend(_table_rows(block))
        else:
            lines.append(_docx_paragraph(block))
    return "\n".join(line for line in lines if line.strip())


def _docx_paragraph(paragraph) -> str:
    text = paragraph.text.strip()
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    level = _heading_level(style)
    return f"{'#' * level} {text}" if level and text else text


def _heading_level(style: str) -> int:
    """Return the Markdown level of a Word style: Title → 1, Heading N / 标题 N → N (max 6)."""
    name = style.strip().lower()
    if name in ("title", "标题"):
        return 1
    m = re.fullmatch(r"(?:heading|标题)\s*(\d)", name)
    return min(int(m.group(1)), 6) if m else 0


def _table_rows(table) -> list[str]:
    rows = []
    for row in table.rows:
        cells = list(dict.fromkeys(cell.text.strip() for cell in row.cells))  # merged cells repeat
        rows.append(" ".join(cell for cell in cells if cell))
    return rows


# ---------------------------------------------------------------------------------------------
# HTML


def read_html_text(path: Path) -> str:
    """Return the main text of an HTML page, one block per line, the title as a `# ` line."""
    from bs4 import BeautifulSoup

    try:
        soup = BeautifulSoup(path.read_bytes(), "lxml")
    except Exception as exc:  # lxml raises its own errors on binary junk
        logger.warning("HTML %s failed with %s: %s", path, type(exc).__name__, exc)
        raise IngestionError(str(path), REASON_HTML_UNREADABLE) from exc
    page_title = _html_page_title(soup)
    for tag in soup.find_all(_HTML_DROP):
        tag.decompose()
    main = soup.find("main") or soup.find(attrs={"role": "main"}) or soup.find("article") or soup.body or soup
    has_h1 = main.find("h1") is not None
    _mark_html_blocks(main)
    lines = [re.sub(r"[ \t\u3000\xa0]+", " ", line).strip() for line in main.get_text().split("\n")]
    text = "\n".join(line for line in lines if line)
    return text if has_h1 or not page_title else f"# {page_title}\n{text}"


def _html_page_title(soup) -> str:
    title = soup.find("title")
    text = title.get_text(" ", strip=True) if title else ""
    return re.split(r"\s+[-|_–—]\s+|_", text)[0].strip() if text else ""


def _mark_html_blocks(root) -> None:
    """Rewrite the tree so that get_text() puts every block on its own line."""
    from bs4 import NavigableString

    for string in list(root.find_all(string=True)):
        if string.parent is not None and string.parent.name != "pre":
            # Source line breaks inside a paragraph are not line breaks of the text.
            joined = _CJK_BREAK_RE.sub("", str(string))
            string.replace_with(NavigableString(re.sub(r"\s+", " ", joined)))
    for level in range(1, 7):
        for tag in root.find_all(f"h{level}"):
            tag.replace_with(NavigableString(f"\n{'#' * level} {tag.get_text(' ', strip=True)}\n"))
    for tag in root.find_all("br"):
        tag.replace_with(NavigableString("\n"))
    for tag in root.find_all(_HTML_BLOCKS):
        tag.insert_before(NavigableString("\n"))
        tag.insert_after(NavigableString("\n"))


# ---------------------------------------------------------------------------------------------
# Markdown and plain text


def read_plain_text(path: Path) -> str:
    """Return a text or Markdown file decoded as UTF-8 (with or without BOM), UTF-16 or GB18030."""
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings: tuple[str, ...] = ("utf-16",)
    elif b"\x00" in data[:4096]:
        raise IngestionError(str(path), REASON_BINARY)
    else:
        encodings = ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        logger.debug("decoded %s as %s", path, encoding)
        return text
    raise IngestionError(str(path), REASON_UNDECODABLE)
