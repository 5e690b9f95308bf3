"""Files → text → ParsedDocument: PDF, Word .docx, HTML, Markdown and plain text.

Every failure a person can fix (encrypted PDF, scanned PDF, wrong format) raises
IngestionError naming the file and the reason, so the caller can pass it on as it is.

Every read is bounded by DocumentLimits (ingestion/config.py): the file size per format, the
zip directory of a .docx before anything is decompressed, the nesting and element count of an
HTML page before a tree is built, the pages of a PDF, and the characters, lines and articles of
any text. A hostile file is refused with a reason that names the limit (文件过大, 压缩包异常,
HTML 嵌套过深 …). ``load_document_isolated`` also runs the whole load in a child process with a
memory cap and a time limit, so that a parser bug the limits do not foresee cannot take the
caller down.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
import struct
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import IO

from ingestion.config import DocumentLimits
from ingestion.parser import (
    find_title,
    infer_kind,
    normalize_extracted_text,
    parse_legal_text,
    title_from_filename,
    version_from_filename,
)
from knowledge.models import Article, IngestionError, ParsedDocument, SourceKind

logger = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = frozenset({".pdf", ".docx", ".html", ".htm", ".md", ".markdown", ".txt"})

# The reasons a person reads, in one place. Refusals by a limit lead with a short Chinese
# headline for the admin and keep the English detail the other reasons give.
REASON_NOT_FOUND = "file not found"
REASON_NOT_A_FILE = "this is a folder, not a file"
REASON_EMPTY = "the file is empty"
REASON_TOO_LARGE = "文件过大: the file is too large ({size:,} bytes; the limit is {limit:,} bytes)"
REASON_UNSUPPORTED = "unsupported file type '{suffix}'; send PDF, DOCX, HTML, Markdown or plain text"
REASON_LEGACY_DOC = ("old Word .doc files are not supported; open it in Word or WPS and save it as .docx, "
                     "or send a PDF")
REASON_WRONG_TYPE = ("文件类型与扩展名不符: this is {actual}, not {expected}; send it with its real extension "
                     "or save it again in the right format")
REASON_PDF_ENCRYPTED = "the PDF is password-protected (encrypted); send an unprotected copy"
REASON_PDF_UNREADABLE = "not a readable PDF (the file is damaged or not really a PDF)"
REASON_PDF_SCANNED = "scanned PDF with no text layer; run OCR and send the text version"
REASON_PDF_TOO_MANY_PAGES = ("PDF 页数过多: the PDF has {pages:,} pages (the limit is {limit:,}); "
                             "split it into smaller files")
REASON_PDF_LIMIT = "PDF 内容异常（疑似恶意文件）: {detail}"
REASON_DOCX_UNREADABLE = ("not a readable Word .docx file (the file is damaged, or it is an old .doc "
                          "renamed to .docx; save it again as .docx)")
REASON_DOCX_TOO_LARGE = ("Word 正文过大: the document body is {size:,} bytes of XML (the limit is {limit:,}); "
                         "split it into smaller files")
REASON_DOCX_BLOCK = ("Word 文档结构异常: one paragraph or table row holds more than {limit:,} bytes of XML; "
                     "save the document again in Word or WPS, or send a PDF")
REASON_ZIP_BOMB = "压缩包异常（疑似压缩炸弹）: {detail}; save the document again in Word or WPS, or send a PDF"
REASON_HTML_UNREADABLE = "not a readable HTML page"
REASON_HTML_TOO_DEEP = "HTML 嵌套过深: elements are nested more than {limit:,} levels deep"
REASON_HTML_TOO_MANY_ELEMENTS = "HTML 元素过多: the page has more than {limit:,} elements"
REASON_UNDECODABLE = "cannot decode the text (not UTF-8 or GB18030/GBK); save it as UTF-8 text"
REASON_BINARY = "this is a binary file, not text"
REASON_NO_TEXT = "no usable text in the file"
REASON_TEXT_TOO_LONG = "文本过长: more than {limit:,} characters of text; split it into smaller files"
REASON_TOO_MANY_LINES = "文本行数过多: more than {limit:,} lines of text; split it into smaller files"
REASON_TOO_MANY_ARTICLES = ("条文过多: {count:,} articles or sections (the limit is {limit:,}); "
                            "split it into smaller files")
REASON_TIMEOUT = ("处理超时: reading the file took longer than {seconds:g} s; the file may be damaged or "
                  "malicious, or too large: split it into smaller files")
REASON_OUT_OF_MEMORY = ("内存超限: reading the file needed more than {megabytes:,} MB of memory; the file may be "
                        "damaged or malicious, or too large: split it into smaller files")
REASON_READER_FAILED = "解析失败: the document reader stopped unexpectedly; the file may be damaged"

_HTML_DROP = ("script", "style", "nav", "header", "footer", "aside", "noscript", "form", "iframe",
              "template", "svg", "button", "select")
_HTML_BLOCKS = ("p", "div", "li", "tr", "table", "section", "article", "ul", "ol", "pre", "blockquote",
                "dd", "dt", "dl", "td", "th", "main", "center", "figure", "figcaption", "address")
_HTML_HEADINGS = {f"h{level}": level for level in range(1, 7)}

# What a file really is, from its first bytes: a file renamed to the wrong extension is named as
# what it is instead of failing deep inside a parser.
_MAGIC = (
    (b"%PDF-", "pdf", "a PDF file"),
    (b"PK\x03\x04", "zip", "a ZIP archive (or a Word .docx / Excel .xlsx file)"),
    (b"PK\x05\x06", "zip", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole", "an old Office file (.doc/.xls) or a password-protected Word file"),
    (b"\x89PNG\r\n\x1a\n", "image", "a PNG image"),
    (b"\xff\xd8\xff", "image", "a JPEG image"),
    (b"GIF87a", "image", "a GIF image"),
    (b"GIF89a", "image", "a GIF image"),
    (b"II*\x00", "image", "a TIFF image"),
    (b"MM\x00*", "image", "a TIFF image"),
    (b"Rar!\x1a\x07", "archive", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "archive", "a 7-Zip archive"),
    (b"\x1f\x8b\x08", "archive", "a gzip archive"),
)
_EXPECTED = {"pdf": "a PDF file", "docx": "a Word .docx file", "html": "an HTML page", "text": "a text file"}


def load_document(path: Path, *, kind: SourceKind | None = None, max_bytes: int | None = None,
                  limits: DocumentLimits | None = None) -> ParsedDocument:
    """Read a legal document file and return it parsed; raise IngestionError when it cannot be used.

    ``origin`` is the path, ``version`` the date in the file name when it has one, and the title
    falls back to the file name without its date. ``limits`` bound what is read (defaults:
    DocumentLimits()); ``max_bytes``, when given, lowers the file-size limit of every format.
    """
    path = Path(path)
    limits = limits or DocumentLimits()
    reader, fmt = _reader_for(path)
    size_limit = _size_limit(fmt, limits)
    _check_file(path, size_limit if max_bytes is None else min(max_bytes, size_limit))
    _check_type(path, fmt)
    text = reader(path, limits)
    if not text.strip():
        raise IngestionError(str(path), REASON_NO_TEXT)
    _check_text(path, text, limits)
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
    if len(doc.articles) > limits.max_articles:
        raise IngestionError(str(path), REASON_TOO_MANY_ARTICLES.format(count=len(doc.articles),
                                                                        limit=limits.max_articles))
    logger.info("loaded %s: %s, %d articles/chunks (%s)", path, doc.title, len(doc.articles), doc.kind)
    return doc


def load_document_isolated(path: Path, *, kind: SourceKind | None = None,
                           limits: DocumentLimits | None = None) -> ParsedDocument:
    """Load a document like :func:`load_document`, in a child process; return it parsed.

    The child caps its own address space at ``limits.isolated_memory_bytes`` and is killed after
    ``limits.isolated_timeout_s``, so a document that gets past the limits and still makes a
    parser run away costs the caller one refusal (处理超时 / 内存超限), never its memory or its
    event loop. Costs a Python start (~0.7 s): meant for uploads, not for bulk ingestion.
    """
    path = Path(path)
    limits = limits or DocumentLimits()
    command = [sys.executable, "-c", "from ingestion.loaders import _isolated_main; _isolated_main()",
               str(path), kind.value if kind else "", limits.model_dump_json()]
    try:
        done = subprocess.run(command, capture_output=True, timeout=limits.isolated_timeout_s, check=False)
    except subprocess.TimeoutExpired as exc:
        logger.warning("reading %s timed out after %.1f s", path, limits.isolated_timeout_s)
        raise IngestionError(str(path), REASON_TIMEOUT.format(seconds=limits.isolated_timeout_s)) from exc
    try:
        answer = json.loads(done.stdout.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        answer = None
    if isinstance(answer, dict) and "document" in answer:
        return _document_from_json(answer["document"])
    if isinstance(answer, dict) and "refused" in answer:
        raise IngestionError(str(path), answer["refused"])
    # No answer: the child died (MemoryError while answering, a signal, a crash in C code).
    detail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
    logger.warning("reader for %s exited with %s: %s", path, done.returncode, detail[0][:200])
    if "MemoryError" in done.stderr.decode("utf-8", "replace"):
        raise IngestionError(str(path), _out_of_memory(limits))
    raise IngestionError(str(path), REASON_READER_FAILED)


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


Reader = Callable[[Path, DocumentLimits], str]


def _reader_for(path: Path) -> tuple[Reader, str]:
    """Return the reader for the file's extension and the format name its limits go by."""
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise IngestionError(str(path), REASON_LEGACY_DOC)
    readers: dict[str, tuple[Reader, str]] = {
        ".pdf": (read_pdf_text, "pdf"), ".docx": (read_docx_text, "docx"),
        ".html": (read_html_text, "html"), ".htm": (read_html_text, "html"),
        ".md": (read_plain_text, "text"), ".markdown": (read_plain_text, "text"), ".txt": (read_plain_text, "text"),
    }
    if suffix not in readers:
        raise IngestionError(str(path), REASON_UNSUPPORTED.format(suffix=suffix or "(no extension)"))
    return readers[suffix]


def _size_limit(fmt: str, limits: DocumentLimits) -> int:
    return {"pdf": limits.pdf_max_bytes, "docx": limits.docx_max_bytes, "html": limits.html_max_bytes,
            "text": limits.text_max_bytes}[fmt]


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


def _check_type(path: Path, fmt: str) -> None:
    """Refuse a file whose first bytes say it is something else than its extension claims."""
    with path.open("rb") as fh:
        head = fh.read(1024)
    if fmt == "pdf" and b"%PDF-" in head:  # the header may follow a few bytes of junk
        return
    found = next(((kind, name) for magic, kind, name in _MAGIC if head.startswith(magic)), None)
    if found is None:
        return  # unknown bytes: the format's own reader says whether it can read them
    kind, name = found
    if (fmt, kind) == ("docx", "zip"):
        return
    raise IngestionError(str(path), REASON_WRONG_TYPE.format(actual=name, expected=_EXPECTED[fmt]))


def _check_text(path: Path, text: str, limits: DocumentLimits) -> None:
    """Refuse extracted text too long to parse in bounded time (parsing costs per line)."""
    if len(text) > limits.max_chars:
        raise IngestionError(str(path), REASON_TEXT_TOO_LONG.format(limit=limits.max_chars))
    if _count_lines(text) > limits.max_lines:
        raise IngestionError(str(path), REASON_TOO_MANY_LINES.format(limit=limits.max_lines))


def _count_lines(text: str) -> int:
    return sum(1 for line in text.split("\n") if line.strip())


class _TextBudget:
    """Counts the text a reader extracts and refuses the file as soon as it passes the character
    or line limit, so a huge PDF or Word body stops being read at the limit, not at its end."""

    def __init__(self, path: Path, limits: DocumentLimits) -> None:
        self._path, self._limits = path, limits
        self.chars = 0
        self.lines = 0

    def add(self, text: str) -> str:
        self.chars += len(text)
        if self.chars > self._limits.max_chars:
            raise IngestionError(str(self._path), REASON_TEXT_TOO_LONG.format(limit=self._limits.max_chars))
        self.lines += _count_lines(text)
        if self.lines > self._limits.max_lines:
            raise IngestionError(str(self._path), REASON_TOO_MANY_LINES.format(limit=self._limits.max_lines))
        return text


def _out_of_memory(limits: DocumentLimits) -> str:
    return REASON_OUT_OF_MEMORY.format(megabytes=limits.isolated_memory_bytes // 1_000_000)


# ---------------------------------------------------------------------------------------------
# PDF


def read_pdf_text(path: Path, limits: DocumentLimits | None = None) -> str:
    """Return the text layer of a PDF, page furniture removed and wrapped lines rejoined."""
    from pypdf import PdfReader, apply_configuration
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PdfReadError, PyPdfError

    limits = limits or DocumentLimits()
    budget = _TextBudget(path, limits)
    try:
        with apply_configuration(**_pdf_configuration(limits)):
            reader = PdfReader(path)
            if reader.is_encrypted and not _decrypts_without_password(reader):
                raise IngestionError(str(path), REASON_PDF_ENCRYPTED)
            count = _declared_page_count(reader)  # cheap: before pypdf flattens the page tree
            if count <= limits.pdf_max_pages:
                count = len(reader.pages)
            if count > limits.pdf_max_pages:
                raise IngestionError(str(path), REASON_PDF_TOO_MANY_PAGES.format(pages=count,
                                                                                limit=limits.pdf_max_pages))
            pages = [budget.add(page.extract_text() or "") for page in reader.pages]
    except (IngestionError, MemoryError):
        raise
    except LimitReachedError as exc:
        logger.warning("PDF %s passed a pypdf limit: %s", path, exc)
        raise IngestionError(str(path), REASON_PDF_LIMIT.format(detail=str(exc)[:160])) from exc
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


def _declared_page_count(reader) -> int:
    """The page count the PDF's page tree declares (/Count), or 0 when it does not say."""
    try:
        return int(reader.root_object["/Pages"]["/Count"])
    except Exception:  # a damaged tree: pypdf's own walk (capped below) finds out
        return 0


def _pdf_configuration(limits: DocumentLimits) -> dict[str, int]:
    """pypdf's own caps, lowered to the limits: one decompressed stream, the page tree (whose
    /Count may lie), and the byte-by-byte recovery of a broken Flate stream (slow: a Python
    loop over every input byte)."""
    stream = limits.pdf_max_stream_bytes
    return {
        "page_tree_maximum_entries": 2 * limits.pdf_max_pages + 10,
        "maximum_declared_stream_length": stream,
        "zlib_maximum_output_length": stream,
        "lzw_maximum_output_length": stream,
        "run_length_maximum_output_length": stream,
        "jbig2_maximum_output_length": stream,
        "brotli_maximum_output_length": stream,
        "array_based_stream_maximum_output_length": stream,
        "image_maximum_buffer_size": stream,
        "zlib_maximum_recovery_input_length": 1_000_000,
    }


def _decrypts_without_password(reader) -> bool:
    # An owner-password-only PDF opens with the empty user password.
    from pypdf.errors import PyPdfError

    try:
        return bool(reader.decrypt(""))
    except (PyPdfError, NotImplementedError):
        return False


# ---------------------------------------------------------------------------------------------
# Word

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OFFICE_DOCUMENT = "/officeDocument"  # relationship types end so, transitional and strict alike
_STYLES = "/styles"
_W_P, _W_R, _W_TR, _W_TC, _W_TBL, _W_BODY = (f"{_W}{tag}" for tag in ("p", "r", "tr", "tc", "tbl", "body"))
_W_T, _W_BR = f"{_W}t", f"{_W}br"
# What a run holds that is text, and the text of the fixed ones.
_W_RUN_CONTENT = {_W_T: "", _W_BR: "\n", f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}cr": "\n",
                  f"{_W}noBreakHyphen": "-"}
_W_MARKS = tuple(tag for tag in _W_RUN_CONTENT if tag != _W_T)  # tabs and breaks
# Inside a paragraph, what holds text that is not the paragraph's own: text boxes (their own
# paragraphs) and deleted or moved-away text.
_W_NOT_BODY_TEXT = (_W_P, f"{_W}txbxContent", f"{_W}del", f"{_W}moveFrom")
# Containers a paragraph or table may sit in and still be top-level body content.
_W_WRAPPERS = frozenset({f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"})
# Inline containers whose runs are part of the paragraph's text (links, tracked insertions, fields).
_W_RUN_WRAPPERS = frozenset({f"{_W}hyperlink", f"{_W}ins", f"{_W}smartTag", f"{_W}fldSimple", f"{_W}sdt",
                             f"{_W}sdtContent", f"{_W}customXml", f"{_W}moveTo"})
_READ_CHUNK = 64 * 1024
_RATIO_FLOOR = 1_000_000  # entries smaller than this may compress as well as they like
_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"


def read_docx_text(path: Path, limits: DocumentLimits | None = None) -> str:
    """Return a .docx file's paragraphs and tables in order; Heading styles become `#` lines.

    The zip's directory is checked before any entry is decompressed (entry count, declared sizes,
    compression ratios, methods); word/document.xml is then inflated a chunk at a time, never
    past its declared size, and parsed one paragraph or table row at a time: neither a zip bomb
    nor a huge body is ever held in memory, and images are never decompressed at all.
    """
    from lxml import etree

    limits = limits or DocumentLimits()
    try:
        _check_zip_directory(path, limits)
        with zipfile.ZipFile(path) as package, path.open("rb") as archive:
            _check_zip_entries(path, package, limits)
            main = _docx_main_part(path, package, archive, limits)
            size = package.getinfo(main).file_size
            if size > limits.docx_max_xml_bytes:
                raise IngestionError(str(path), REASON_DOCX_TOO_LARGE.format(size=size,
                                                                            limit=limits.docx_max_xml_bytes))
            styles = _docx_style_names(path, package, archive, main, limits)
            body = _EntryReader(path, archive, package.getinfo(main))
            lines = _DocxBody(path, styles, limits).lines(body)
            return "\n".join(line for line in lines if line.strip())
    except (IngestionError, MemoryError):
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError, OSError, zlib.error, etree.LxmlError) as exc:
        logger.info("unreadable docx %s: %s", path, exc)
        raise IngestionError(str(path), REASON_DOCX_UNREADABLE) from exc
    except Exception as exc:  # anything else a damaged file provokes
        logger.warning("docx %s failed with %s: %s", path, type(exc).__name__, exc)
        raise IngestionError(str(path), REASON_DOCX_UNREADABLE) from exc


def _zip_bomb(path: Path, detail: str) -> IngestionError:
    return IngestionError(str(path), REASON_ZIP_BOMB.format(detail=detail))


def _check_zip_directory(path: Path, limits: DocumentLimits) -> None:
    """Read the entry count from the zip's end record, before zipfile builds an object for every
    entry of the directory (a small file can list hundreds of thousands of entries)."""
    with path.open("rb") as fh:
        fh.seek(0, 2)
        size = fh.tell()
        fh.seek(max(0, size - (22 + 65_535)))  # the end record, after which a comment may follow
        tail = fh.read()
    # Where zipfile looks: right at the end when there is no comment, else the last signature.
    at = len(tail) - 22 if tail[-22:-18] == _EOCD else tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < 22:
        raise IngestionError(str(path), REASON_DOCX_UNREADABLE)
    if at >= 20 and tail[at - 20:at - 16] == _ZIP64_LOCATOR:
        raise _zip_bomb(path, "it is a ZIP64 archive, which no Word document needs")
    entries = struct.unpack("<H", tail[at + 10:at + 12])[0]
    if entries > limits.docx_max_entries:
        raise _zip_bomb(path, f"it lists {entries:,} entries (the limit is {limits.docx_max_entries:,})")


def _check_zip_entries(path: Path, package: zipfile.ZipFile, limits: DocumentLimits) -> None:
    """Refuse a zip whose directory declares more than the limits, before decompressing anything."""
    infos = package.infolist()
    if len(infos) > limits.docx_max_entries:
        raise _zip_bomb(path, f"it holds {len(infos):,} entries (the limit is {limits.docx_max_entries:,})")
    total = 0
    for info in infos:
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _zip_bomb(path, f"an entry uses compression method {info.compress_type}, which Word never uses")
        if info.flag_bits & 0x1:
            raise IngestionError(str(path), REASON_DOCX_UNREADABLE)  # an encrypted entry
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _RATIO_FLOOR and ratio > limits.zip_max_ratio:
            raise _zip_bomb(path, f"an entry expands {ratio:,.0f} times (the limit is {limits.zip_max_ratio:,})")
    if total > limits.docx_max_uncompressed_bytes:
        raise _zip_bomb(path, f"it would expand to {total:,} bytes "
                              f"(the limit is {limits.docx_max_uncompressed_bytes:,})")


class _EntryReader:
    """One zip entry, inflated at most 64 KB at a time and never past the size the directory
    declares for it; lxml reads it as a file.

    ``ZipFile.read()`` hands the whole compressed entry to zlib in one call, which inflates all
    of it at once (up to 1 GB) whatever size the header declared. Here an entry that inflates
    past its declared size (a header that lies, as zip bombs do) is refused as soon as it does,
    one that ends short or fails its CRC is damaged, and ``block_limit`` refuses more than that
    many bytes between two ``mark()`` calls (one paragraph too large to hold).
    """

    def __init__(self, path: Path, archive: IO[bytes], info: zipfile.ZipInfo) -> None:
        archive.seek(info.header_offset)
        header = archive.read(30)
        if len(header) != 30 or header[:4] != b"PK\x03\x04":
            raise IngestionError(str(path), REASON_DOCX_UNREADABLE)
        name_length, extra_length = struct.unpack("<HH", header[26:30])
        self._path, self._archive, self._info = path, archive, info
        self._position = info.header_offset + 30 + name_length + extra_length
        self._compressed_left = info.compress_size
        self._inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
        self._crc = 0
        self._done = False
        self.total = 0
        self.block_limit: int | None = None
        self._marked = 0

    def mark(self) -> None:
        self._marked = self.total

    def read(self, size: int = -1) -> bytes:
        if self._done:
            return b""
        if size is None or size <= 0 or size > _READ_CHUNK:
            size = _READ_CHUNK
        data = self._next(size)
        self.total += len(data)
        if self.total > self._info.file_size:
            raise _zip_bomb(self._path, f"{self._info.filename} inflates past the {self._info.file_size:,} bytes "
                                        "its header declares")
        if self.block_limit is not None and self.total - self._marked > self.block_limit:
            raise IngestionError(str(self._path), REASON_DOCX_BLOCK.format(limit=self.block_limit))
        self._crc = zlib.crc32(data, self._crc)
        if not data:
            self._done = True
            if self.total != self._info.file_size or self._crc != self._info.CRC:
                raise IngestionError(str(self._path), REASON_DOCX_UNREADABLE)
        return data

    def _raw(self, size: int) -> bytes:
        self._archive.seek(self._position)
        data = self._archive.read(min(size, self._compressed_left))
        self._position += len(data)
        self._compressed_left -= len(data)
        return data

    def _next(self, size: int) -> bytes:
        if self._inflater is None:
            return self._raw(size) if self._compressed_left > 0 else b""
        while not self._inflater.eof:
            if self._inflater.unconsumed_tail:
                data = self._inflater.decompress(self._inflater.unconsumed_tail, size)
            elif self._compressed_left > 0:
                data = self._inflater.decompress(self._raw(_READ_CHUNK), size)
            else:
                break  # the stream ends short: read() finds the size wrong
            if data:
                return data
        return b""

    def read_all(self, limit: int) -> bytes:
        """Return the whole entry (a small part: relationships), refusing it beyond ``limit`` bytes."""
        if self._info.file_size > limit:
            raise _zip_bomb(self._path, f"{self._info.filename} is {self._info.file_size:,} bytes "
                                        f"(the limit is {limit:,})")
        return b"".join(iter(lambda: self.read(_READ_CHUNK), b""))


def _relationship_target(path: Path, package: zipfile.ZipFile, archive: IO[bytes], rels: str, base: str,
                         kind: str, limits: DocumentLimits) -> str | None:
    """Return the package name of the part a .rels file points to by type (".../styles"), or None."""
    from lxml import etree

    if not _has_part(package, rels):
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    data = _EntryReader(path, archive, package.getinfo(rels)).read_all(limits.docx_max_block_bytes)
    for rel in etree.fromstring(data, parser).iter(_RELATIONSHIP):
        if rel.get("Type", "").endswith(kind) and rel.get("TargetMode") != "External":
            target = rel.get("Target", "")
            name = target.lstrip("/") if target.startswith("/") else f"{base}{target}"
            return _normalize_part_name(name)
    return None


def _has_part(package: zipfile.ZipFile, name: str) -> bool:
    try:
        package.getinfo(name)
    except KeyError:
        return False
    return True


def _normalize_part_name(name: str) -> str:
    parts: list[str] = []
    for part in name.split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)


def _docx_main_part(path: Path, package: zipfile.ZipFile, archive: IO[bytes], limits: DocumentLimits) -> str:
    main = (_relationship_target(path, package, archive, "_rels/.rels", "", _OFFICE_DOCUMENT, limits)
            or "word/document.xml")
    if not _has_part(package, main):
        raise IngestionError(str(path), REASON_DOCX_UNREADABLE)
    return main


def _docx_style_names(path: Path, package: zipfile.ZipFile, archive: IO[bytes], main: str,
                      limits: DocumentLimits) -> dict[str, str]:
    """Return style id → style name for paragraph styles ("1" → "heading 1" in WPS files)."""
    from lxml import etree

    folder, _, file = main.rpartition("/")
    base = f"{folder}/" if folder else ""
    styles = _relationship_target(path, package, archive, f"{base}_rels/{file}.rels", base, _STYLES, limits)
    if styles is None or not _has_part(package, styles):
        return {}
    info = package.getinfo(styles)
    if info.file_size > limits.docx_max_xml_bytes:
        raise IngestionError(str(path), REASON_DOCX_TOO_LARGE.format(size=info.file_size,
                                                                    limit=limits.docx_max_xml_bytes))
    names: dict[str, str] = {}
    source = _EntryReader(path, archive, info)
    for _, style in etree.iterparse(source, events=("end",), tag=f"{_W}style", resolve_entities=False,
                                    no_network=True, load_dtd=False):
        name = style.find(f"{_W}name")
        if name is not None and style.get(f"{_W}styleId"):
            names[style.get(f"{_W}styleId")] = name.get(f"{_W}val", "")
        _release(style)
    return names


class _DocxBody:
    """word/document.xml read one paragraph or table row at a time (lxml iterparse), each
    released once it is a line, so memory holds one paragraph however long the document is.

    Paragraphs and rows in the body itself are lines; paragraphs in table cells are read with
    their row; text boxes, deleted text and tables nested in cells are left out, as python-docx
    leaves them out (tracked insertions and content controls, which it also leaves out, are kept). A single paragraph or row larger than
    ``docx_max_block_bytes`` of XML is refused, since it would be held whole.
    """

    def __init__(self, path: Path, styles: dict[str, str], limits: DocumentLimits) -> None:
        self._path, self._styles, self._limits = path, styles, limits
        self._budget = _TextBudget(path, limits)
        self._above: dict[int, str] = {}  # grid column → the cell above, for vertical merges

    def lines(self, source: _EntryReader) -> Iterator[str]:
        from lxml import etree

        source.block_limit = self._limits.docx_max_block_bytes
        events = etree.iterparse(source, events=("end",), tag=(_W_P, _W_TR, _W_TBL), resolve_entities=False,
                                 no_network=True, load_dtd=False, huge_tree=False)
        for _, element in events:
            tag = element.tag
            if tag == _W_P and _top_level(element):
                yield self._budget.add(_docx_heading(_paragraph_text(element).strip(), element, self._styles))
            elif tag == _W_TR and _top_level(_container(element)):
                yield self._budget.add(self._row(element))
            elif tag == _W_TBL and _top_level(element):
                self._above = {}
            else:
                continue
            _release(element)
            source.mark()

    def _row(self, row) -> str:
        """Return a table row as one line: its cells' text, a merged cell's text once."""
        texts: list[str] = []
        column = 0
        for cell in row.iter(_W_TC):
            if _container(cell) is not row:
                continue  # a cell of a table nested in this row's cells
            properties = cell.find(f"{_W}tcPr")
            span = _grid_span(properties)
            merge = properties.find(f"{_W}vMerge") if properties is not None else None
            if merge is not None and merge.get(f"{_W}val", "continue") == "continue":
                text = self._above.get(column, "")
            else:
                paragraphs = (p for p in cell.iter(_W_P) if _container(p) is cell)  # not a nested table's
                text = "\n".join(_paragraph_text(p).strip() for p in paragraphs).strip()
            for offset in range(span):
                self._above[column + offset] = text
            texts.append(text)
            column += span
        return " ".join(text for text in dict.fromkeys(texts) if text)


def _container(element):
    parent = element.getparent()
    while parent is not None and parent.tag in _W_WRAPPERS:
        parent = parent.getparent()
    return parent


def _top_level(element) -> bool:
    """Whether a paragraph or table sits in the body itself (not in a table cell or a text box)."""
    parent = _container(element) if element is not None else None
    return parent is not None and parent.tag == _W_BODY


def _release(element) -> None:
    # The standard iterparse pattern: empty the element and drop the siblings already read.
    element.clear(keep_tail=True)
    parent = element.getparent()
    while parent is not None and element.getprevious() is not None:
        del parent[0]


def _docx_heading(text: str, paragraph, styles: dict[str, str]) -> str:
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    name = styles.get(style.get(f"{_W}val", ""), "") if style is not None else ""
    level = _heading_level(name)
    return f"{'#' * level} {text}" if level and text else text


def _paragraph_text(paragraph) -> str:
    """The paragraph's runs, also those inside links, tracked insertions and fields."""
    if next(paragraph.iterdescendants(*_W_NOT_BODY_TEXT), None) is None:
        # The usual paragraph, without text boxes or deleted text: its text elements in document
        # order, found by lxml in C (a run-by-run walk in Python costs ~6 µs a run), and when it
        # has no tabs or breaks either, their text joined in C too.
        if next(paragraph.iterdescendants(*_W_MARKS), None) is None:
            return "".join(paragraph.itertext(_W_T, with_tail=False))
        return "".join(map(_content_text, paragraph.iterdescendants(*_W_RUN_CONTENT)))
    pieces: list[str] = []
    stack = [iter(paragraph)]  # iterators, not lists: one proxy object alive at a time, not one per run
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag == _W_R:
            pieces.extend(_run_text(child))
        elif child.tag in _W_RUN_WRAPPERS:
            stack.append(iter(child))
    return "".join(pieces)


def _run_text(run) -> Iterator[str]:
    """A run's text as Word shows it: text, tabs and line breaks (page and column breaks not)."""
    return map(_content_text, run.iterchildren(*_W_RUN_CONTENT))  # filtered in C: no objects for properties


def _content_text(item) -> str:
    tag = item.tag
    if tag == _W_T:
        return item.text or ""
    if tag == _W_BR:
        return "" if item.get(f"{_W}type") in ("page", "column") else "\n"
    return _W_RUN_CONTENT[tag]


def _grid_span(properties) -> int:
    """How many grid columns a cell spans (w:gridSpan), 1 when it does not say or says nonsense."""
    span = properties.find(f"{_W}gridSpan") if properties is not None else None
    try:
        return max(1, min(int(span.get(f"{_W}val")), 64)) if span is not None else 1
    except (TypeError, ValueError):
        return 1


def _heading_level(style: str) -> int:
    """Return the Markdown level of a Word style: Title → 1, Heading N / 标题 N → N (max 6)."""
    name = style.strip().lower()
    if name in ("title", "标题"):
        return 1
    m = re.fullmatch(r"(?:heading|标题)\s*(\d)", name)
    return min(int(m.group(1)), 6) if m else 0


# ---------------------------------------------------------------------------------------------
# HTML

_META_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_GB_CHARSETS = frozenset({"gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "gb18030", "euc-cn"})
_WHITESPACE_RE = re.compile(r"\s+")


def read_html_text(path: Path, limits: DocumentLimits | None = None) -> str:
    """Return the main text of an HTML page, one block per line, the title as a `# ` line.

    The page is first scanned without building a tree, and refused when its elements nest deeper
    or number more than the limits; the tree is then walked iteratively, never recursively.
    """
    from lxml import etree

    limits = limits or DocumentLimits()
    data = _decode_markup(path, path.read_bytes()).encode("utf-8")
    try:
        _check_html_shape(path, data, limits)
        root = etree.fromstring(data, etree.HTMLParser(encoding="utf-8", recover=True, no_network=True))
    except (IngestionError, MemoryError):
        raise
    except Exception as exc:  # lxml raises its own errors on binary junk
        logger.warning("HTML %s failed with %s: %s", path, type(exc).__name__, exc)
        raise IngestionError(str(path), REASON_HTML_UNREADABLE) from exc
    if root is None:
        return ""
    page_title = _html_page_title(root)
    text, has_h1 = _html_text(root)
    return text if has_h1 or not page_title else f"# {page_title}\n{text}"


def _decode_markup(path: Path, data: bytes) -> str:
    """Return the page as text: by its BOM, its declared charset, UTF-8, then GB18030 (GBK pages
    often declare nothing); a few bad bytes in a page become U+FFFD rather than a refusal."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace")
    if b"\x00" in data[:4096]:
        raise IngestionError(str(path), REASON_BINARY)
    m = _META_CHARSET_RE.search(data[:4096])
    declared = m.group(1).decode("ascii").lower() if m else ""
    declared = "gb18030" if declared in _GB_CHARSETS else declared
    for encoding in dict.fromkeys(e for e in (declared, "utf-8", "gb18030") if e):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", "replace")


class _HtmlShape:
    """An lxml parser target that builds nothing: it counts elements and tracks the nesting
    depth, and stops the parse at the first limit passed."""

    def __init__(self, path: Path, limits: DocumentLimits) -> None:
        self._path, self._limits = path, limits
        self.depth = 0
        self.elements = 0

    def start(self, tag, attrib) -> None:
        self.depth += 1
        self.elements += 1
        if self.depth > self._limits.html_max_depth:
            raise IngestionError(str(self._path), REASON_HTML_TOO_DEEP.format(limit=self._limits.html_max_depth))
        if self.elements > self._limits.html_max_elements:
            raise IngestionError(str(self._path),
                                 REASON_HTML_TOO_MANY_ELEMENTS.format(limit=self._limits.html_max_elements))

    def end(self, tag) -> None:
        self.depth -= 1

    def data(self, data) -> None:
        pass

    def close(self) -> None:
        return None


def _check_html_shape(path: Path, data: bytes, limits: DocumentLimits) -> None:
    from lxml import etree

    parser = etree.HTMLParser(target=_HtmlShape(path, limits), encoding="utf-8", recover=True, no_network=True)
    for start in range(0, len(data), _READ_CHUNK):  # fed in chunks, so a refusal stops the scan early
        parser.feed(data[start:start + _READ_CHUNK])
    parser.close()


def _page_string(text: str, in_pre: bool) -> str:
    # Source line breaks inside a paragraph are not line breaks of the text; inside <pre> they are.
    return text if in_pre else _join_wrapped(text)


def _join_wrapped(text: str) -> str:
    """Return the text with each whitespace run made one space, or nothing when the run holds a
    line break next to a Chinese character (an editor's wrap). One linear pass: the regex it
    replaces backtracked quadratically on a long run of spaces."""

    def replace(m: re.Match[str]) -> str:
        if "\n" in m.group():
            before = text[m.start() - 1] if m.start() else ""
            after = text[m.end()] if m.end() < len(text) else ""
            if _is_cjk(before) or _is_cjk(after):
                return ""
        return " "

    return _WHITESPACE_RE.sub(replace, text)


def _is_cjk(ch: str) -> bool:
    return bool(ch) and ("\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")


def _html_main(root):
    """Return the element holding the page's content: <main>, role=main, <article>, <body>."""
    for found in (root.iter("main"), root.xpath("//*[@role='main']"), root.iter("article"), root.iter("body")):
        element = next(iter(found), None)
        if element is not None:
            return element
    return root


def _html_text(root) -> tuple[str, bool]:
    """Return the page's main text, one block per line with headings as `#` lines, and whether
    it has an <h1>. Scripts, navigation and comments are cut out by lxml (the text after them
    stays) and the tree is walked by lxml's iterwalk: no recursion, no per-node Python search."""
    from lxml import etree

    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, *_HTML_DROP, with_tail=False)
    main = _html_main(root)
    pieces: list[str] = []
    has_h1 = False
    in_pre = 0
    walker = etree.iterwalk(main, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if event == "start":
            if tag in _HTML_HEADINGS:
                has_h1 = has_h1 or tag == "h1"
                pieces.append(f"\n{'#' * _HTML_HEADINGS[tag]} {_heading_text(element)}\n")
                walker.skip_subtree()  # its "end" still comes, with the text after it
                continue
            if tag == "br" or tag in _HTML_BLOCKS:
                pieces.append("\n")
            in_pre += tag == "pre"
            if element.text:
                pieces.append(_page_string(element.text, in_pre > 0))
            continue
        if tag in _HTML_BLOCKS:
            pieces.append("\n")
        in_pre -= tag == "pre"
        if element.tail and element is not main:
            pieces.append(_page_string(element.tail, in_pre > 0))
    lines = [re.sub(r"[ \t\u3000\xa0]+", " ", line).strip() for line in "".join(pieces).split("\n")]
    return "\n".join(line for line in lines if line), has_h1


def _heading_text(heading) -> str:
    return " ".join(_join_wrapped(s).strip() for s in heading.itertext() if s.strip())


def _html_page_title(root) -> str:
    title = next(root.iter("title"), None)
    text = " ".join(s.strip() for s in title.itertext() if s.strip()) if title is not None else ""
    # A title is short; cut it before the split, whose \s+ backtracks on a long run of spaces.
    return re.split(r"\s+[-|_–—]\s+|_", text[:200])[0].strip() if text else ""


# ---------------------------------------------------------------------------------------------
# Markdown and plain text


def read_plain_text(path: Path, limits: DocumentLimits | None = None) -> str:
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


# ---------------------------------------------------------------------------------------------
# The child process of load_document_isolated


def _isolated_main() -> None:
    """Entry point of the child: cap memory, load the file, print the outcome as one JSON object."""
    import resource

    path, kind, limits_json = sys.argv[1:4]
    limits = DocumentLimits.model_validate_json(limits_json)
    resource.setrlimit(resource.RLIMIT_AS, (limits.isolated_memory_bytes, limits.isolated_memory_bytes))
    answer_to, sys.stdout = sys.stdout, sys.stderr  # only the answer goes to stdout
    try:
        doc = load_document(Path(path), kind=SourceKind(kind) if kind else None, limits=limits)
        answer: dict = {"document": asdict(doc)}
    except IngestionError as exc:
        answer = {"refused": exc.reason}
    except MemoryError:
        answer = {"refused": _out_of_memory(limits)}
    answer_to.write(json.dumps(answer, ensure_ascii=False))
    answer_to.flush()


def _document_from_json(data: dict) -> ParsedDocument:
    articles = [Article(**{**a, "headings": tuple(a["headings"])}) for a in data["articles"]]
    return ParsedDocument(**{**data, "articles": articles, "kind": SourceKind(data["kind"])})
