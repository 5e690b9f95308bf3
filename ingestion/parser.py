"""Legal text → ParsedDocument: title, preamble facts, 编/章/节 headings, articles or chunks.

Pure functions, no I/O: the loaders turn files into text, this module turns text into articles.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath

from knowledge.models import Article, ParsedDocument, SourceKind
from knowledge.numerals import ARTICLE_LABEL_RE, CN_NUMBER, cn_to_int, digits_to_arabic

logger = logging.getLogger(__name__)

# ---------------------------------------------------------------------------------------------
# Characters and line shapes

_SPACES = str.maketrans({"\u3000": " ", "\xa0": " ", "\t": " ", "\u2002": " ", "\u2003": " ",
                         "\u200b": None, "\ufeff": None})
_INFO_END_RE = re.compile(r"<!--\s*INFO\s+END\s*-->", re.IGNORECASE)
_INFO_END_MARK = "\x00INFO-END\x00"

# Sentence ends, optionally followed by closing quotes or brackets.
_TERMINAL = "。；！？!?;：:」”』…"
_SENTENCE_RE = re.compile(r".*?(?:[。；！？!?;]+[”’」』）)\]]*|$)", re.DOTALL)

# After 第X条 with no space, these characters mean the label is a cross-reference inside a
# sentence (第四十七条规定的…, 第八条第二款, 第七条至第九条), not the start of an article.
_NOT_BODY_START = set("规的中之第至和或及所以与、，,。；;：:）)”’》〉」』")

_STRUCT_UNITS = {"编": 1, "分编": 2, "章": 3, "节": 4}
_APPENDIX_RANK = 0
_STRUCT_HEADING_RE = re.compile(rf"^(?:#{{1,6}}\s*)?第\s*({CN_NUMBER})\s*(分编|编|章|节)\s*(.*)$")
# The heading text and its closing #s are split in Python (_md_heading): a lazy ".+?\s*#*$" is
# quadratic on a long run of "#".
_MD_HEADING_RE = re.compile(r"^(#{1,6})\s+(?=\S)")
_APPENDIX_RE = re.compile(
    r"^(?:#{1,6}\s*)?(附件|附录|附表)\s*([0-9一二三四五六七八九十]*)\s*([：:]?)\s*([^。；;]{0,40})$")
_ENUM_HEADING_RE = re.compile(r"^[一二三四五六七八九十]{1,3}\s*[、．.]\s*\S")
_ITEM_RE = re.compile(
    r"^(?:[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}\s*[、．.](?!\d)|[一二三四五六七八九十]{1,3}\s*、)")
_CASE_SECTIONS = ("基本案情", "案情简介", "裁判结果", "处理结果", "案例分析", "典型意义", "裁判要旨",
                  "争议焦点", "申请人请求", "原告诉讼请求", "诉讼请求", "仲裁请求", "裁判理由", "法院认为")

# ---------------------------------------------------------------------------------------------
# Dates, document numbers, issuers

_DATE_RE = re.compile(
    r"([0-9０-９]{4}|[〇零○Ｏ一二三四五六七八九]{4})\s*年\s*"
    r"([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*"
    r"([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日")
_FILE_DATE_RE = re.compile(r"\s*[（(]\s*(\d{4})\s*[-.－/年]\s*(\d{1,2})\s*[-.－/月]\s*(\d{1,2})\s*日?\s*[)）]")

_AMENDED = ("修正", "修订", "修改")
_PROMULGATED = ("公布", "发布", "印发", "颁布", "公告")
_ADOPTED = ("通过",)
_EFFECTIVE = ("施行", "执行", "实施", "生效")
_EFFECTIVE_ON_PUBLICATION_RE = re.compile(r"自(?:公布|发布|印发|颁布)之日起(?:施行|执行|实施|生效)")
_BODY_EFFECTIVE_RE = re.compile(
    r"本[\u4e00-\u9fff]{0,6}?自\s*(?P<date>" + _DATE_RE.pattern + r")\s*起\s*(?:施行|执行|实施|生效)")

_DOC_NUMBER_RE = re.compile(r"([\u4e00-\u9fff]{1,8})\s*[〔\[［【(（]\s*(\d{4})\s*[〕\]］】)）]\s*第?\s*(\d+)\s*号")
_DECREE_RE = re.compile(r"([\u4e00-\u9fff]{2,20}?(?:令|公告))\s*第\s*([0-9一二三四五六七八九十百千零〇]+)\s*号")
_DECREE_LINE_RE = re.compile(r"(?:中华人民共和国)?[\u4e00-\u9fff]{2,20}(?:令|公告)\s*"
                             r"第\s*[0-9一二三四五六七八九十百千零〇]+\s*号(?:\s*(?:公布|发布))?")
# Document-number prefixes (longest first) and the body that issues them.
_DOC_PREFIX_ISSUERS = (
    ("高检发", "最高人民检察院"), ("法释", "最高人民法院"), ("法发", "最高人民法院"),
    ("人社厅", "人力资源和社会保障部办公厅"), ("人社部", "人力资源和社会保障部"),
    ("劳社厅", "劳动和社会保障部办公厅"), ("劳社部", "劳动和社会保障部"),
    ("劳办", "劳动部办公厅"), ("劳部", "劳动部"), ("国办", "国务院办公厅"), ("国发", "国务院"),
    ("国务院令", "国务院"),
)
_PROVINCES = ("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江",
              "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州",
              "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门")
_PROVINCE_ALT = "|".join(_PROVINCES)
_PLACE = (rf"(?:(?:{_PROVINCE_ALT})(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)?"
          r"|[\u4e00-\u9fff]{2,4}?(?:市(?!场)|自治州|经济特区))")
_ORG_END = r"(?:人民代表大会常务委员会|人民政府|办公厅|办公室|委员会|总局|部|局|署|厅)"
_ISSUER_RULES = (
    (re.compile(r"国务院(?:令|第\s*\S{1,6}\s*次常务会议|常务会议)"), lambda m: "国务院"),
    (re.compile(rf"(全国|{_PLACE})(?:第\S{{1,6}}届)?人民代表大会(常务委员会)?"),
     lambda m: f"{m.group(1)}人民代表大会{m.group(2) or ''}"),
    (re.compile(rf"([\u4e00-\u9fff]{{2,20}}?{_ORG_END})(?:第\s*\S{{1,6}}\s*次)?(?:部务|委务|局务|署务|常务|主任)?会议"),
     lambda m: m.group(1)),
    (re.compile(rf"([\u4e00-\u9fff]{{2,20}}?{_ORG_END})(?:公告|令)"), lambda m: m.group(1)),
)
_SIGNATURE_RE = re.compile(rf"[\u4e00-\u9fff、]{{1,30}}?(?:{_ORG_END}|院)")
_TITLE_ISSUERS = ("最高人民法院", "最高人民检察院", "全国人民代表大会常务委员会", "国务院办公厅", "国务院",
                  "人力资源和社会保障部", "人力资源社会保障部", "劳动和社会保障部", "劳动部")

# ---------------------------------------------------------------------------------------------
# Kinds

_TITLE_SUFFIXES = ("法", "条例", "规定", "办法", "细则", "规则", "解释", "决定", "通知", "意见", "批复",
                   "答复", "复函", "函", "指引", "指南", "公告", "纪要", "问答", "解答")
_POLICY_SUFFIXES = ("通知", "意见", "指引", "指南", "答复", "复函", "函", "公告", "纪要", "问答", "解答")
_REGULATION_SUFFIXES = ("条例", "规定", "办法", "细则", "规则")
_COURT_RE = re.compile(r"^(?:最高人民法院|最高人民检察院)")
_LOCAL_TITLE_RE = re.compile(rf"^{_PLACE}")
_FOLDER_KINDS = {
    "cases": SourceKind.CASE, "case": SourceKind.CASE,
    "interpretations": SourceKind.INTERPRETATION, "interpretation": SourceKind.INTERPRETATION,
    "local": SourceKind.LOCAL, "regulations": SourceKind.REGULATION, "regulation": SourceKind.REGULATION,
    "laws": SourceKind.LAW, "law": SourceKind.LAW, "policies": SourceKind.POLICY, "policy": SourceKind.POLICY,
}
_ARTICLE_LINE_RE = re.compile(rf"^\s*第\s*{CN_NUMBER}\s*条(?:之{CN_NUMBER})?[\s\u3000]", re.MULTILINE)
_COURT_NUMBER_LINE_RE = re.compile(
    r"^[ \t\u3000]*[（(]?法释\s*[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号", re.MULTILINE)
_TRAILING_PAREN_RE = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")
_PAGE_NUMBER_RE = re.compile(
    r"^(?:[-–—－~]*\s*\d{1,4}\s*[-–—－~]*|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$", re.IGNORECASE)


# =============================================================================================
# Public API


def parse_legal_text(text: str, *, title: str | None = None, kind: SourceKind | None = None,
                     origin: str = "", version: str = "", max_chunk_chars: int = 600) -> ParsedDocument:
    """Parse a legal text (Markdown or plain) and return its ParsedDocument.

    Articles (第X条, 第X条之Y) become numbered Articles with their 编/章/节 path; text outside
    articles (policy notices, cases, appendices) becomes chunks of at most ``max_chunk_chars``.
    Preamble facts (issuer, dates, document number) are filled only where the text states them.
    """
    if max_chunk_chars < 20:
        raise ValueError("max_chunk_chars must be at least 20")
    lines, info_end = _clean_lines(text)
    title_index, found_title = _find_title_line(lines)
    doc_title = clean_title(title) if title else found_title
    content = [(i, line) for i, line in enumerate(lines) if i != title_index]
    scan = _scan(content)

    # Lines above `<!-- INFO END -->` are facts about the text; without the marker, only lines
    # shaped like facts (dates, document numbers) are.
    if info_end is not None:
        meta = [line for i, line in scan.preamble if i < info_end]
    else:
        meta = [line for _, line in scan.preamble if _looks_like_metadata(line)]
    facts = _preamble_facts(meta, doc_title)
    units = scan.units
    if not any(u.number is not None for u in units):
        # Without articles, the text before the first heading is content (a notice's opening),
        # not just a preamble: keep it retrievable as the first chunk.
        opening = [line for i, line in scan.preamble if line not in meta]
        if opening:
            units = [_Unit(headings=(), paragraphs=opening), *units]
        preamble = meta
    else:
        preamble = [line for _, line in scan.preamble]

    articles = _build_articles(doc_title, units, max_chunk_chars)
    _fill_effective(facts, articles)
    return ParsedDocument(
        title=doc_title,
        articles=articles,
        kind=kind or infer_kind(doc_title, text),
        issuer=facts.issuer,
        promulgated=facts.promulgated,
        effective=facts.effective,
        version=version or facts.version,
        origin=origin,
        preamble="\n".join(preamble),
        extra=facts.extra,
    )


def infer_kind(title: str, text: str = "", path: str = "") -> SourceKind:
    """Return the SourceKind a document most likely is, from its title, text and folder."""
    folder = _folder_kind(path)
    structured = bool(_ARTICLE_LINE_RE.search(text)) if text else True
    if folder is SourceKind.CASE or (text and not structured and _reads_as_case(text)):
        return SourceKind.CASE
    name = clean_title(title)
    core = _TRAILING_PAREN_RE.sub("", name)
    if _COURT_RE.match(name) and core.endswith(("解释", "规定", "批复", "决定")):
        return SourceKind.INTERPRETATION
    if _COURT_NUMBER_LINE_RE.search(text[:3000]):
        return SourceKind.INTERPRETATION
    if _LOCAL_TITLE_RE.match(name):
        return SourceKind.LOCAL
    if core.endswith(_POLICY_SUFFIXES):
        return SourceKind.POLICY
    if name.startswith("全国人民代表大会") or (core.endswith("法") and not core.endswith("办法")):
        return SourceKind.LAW
    if folder is not None:
        return folder
    if core.endswith(_REGULATION_SUFFIXES):
        return SourceKind.REGULATION
    return SourceKind.REGULATION if structured else SourceKind.POLICY


def version_from_filename(name: str) -> str:
    """Return the ISO date in a file name like "劳动合同法实施条例(2008-09-18).md", or ""."""
    m = _FILE_DATE_RE.search(PurePath(name).name)
    return _iso(m.group(1), m.group(2), m.group(3)) if m else ""


def stated_date(text: str) -> str:
    """Return the first date written in ``text`` (2025年9月1日, 二〇二五年九月一日) as an ISO date, or ""."""
    m = _DATE_RE.search(text)
    return _iso(*m.groups()) if m else ""


def stated_effective(text: str) -> str:
    """Return the ISO date a text says it takes effect ("本解释自2025年9月1日起施行"), or ""."""
    m = _BODY_EFFECTIVE_RE.search(text)
    return stated_date(m.group("date")) if m else ""


def title_from_filename(name: str) -> str:
    """Return the file name's stem without its "(2008-09-18)" version part, as a title."""
    return clean_title(_FILE_DATE_RE.sub("", PurePath(name).stem))


def find_title(text: str) -> str:
    """Return the title the text states (its `# ` line or a title-like first line), or ""."""
    lines, _ = _clean_lines(text)
    return _find_title_line(lines)[1]


def clean_title(title: str) -> str:
    """Return a title without Markdown marks, enclosing 《》 and stray whitespace."""
    s = (title or "").translate(_SPACES).strip().lstrip("#").strip()
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", s)
    if s.startswith("《") and s.endswith("》") and s.count("《") == 1:
        s = s[1:-1].strip()
    return s


def normalize_extracted_text(text: str) -> str:
    """Return PDF-extracted text with page furniture dropped and wrapped lines rejoined.

    Pages may be separated by form feeds (\\f); lines repeated at the top or bottom of most
    pages (running headers/footers) and lone page numbers ("- 3 -", "第 3 页", "3") are dropped.
    """
    pages = [[_squash_spaces(line) for line in page.split("\n")]
             for page in text.replace("\r\n", "\n").replace("\r", "\n").split("\f")]
    pages = [[line for line in page if not _PAGE_NUMBER_RE.match(line)] for page in pages]
    pages = [_trim_blank(page) for page in _drop_running_lines(pages)]
    lines = _rejoin_wrapped([line for page in pages for line in page])
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


# =============================================================================================
# Lines


def _squash_spaces(line: str) -> str:
    return re.sub(r" {2,}", " ", line.translate(_SPACES)).strip()


def _clean_lines(text: str) -> tuple[list[str], int | None]:
    """Return the non-empty, whitespace-normalised lines and the index of `<!-- INFO END -->`."""
    text = _INFO_END_RE.sub(f"\n{_INFO_END_MARK}\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _strip_comments(text)
    lines: list[str] = []
    info_end = None
    for raw in text.split("\n"):
        line = _squash_spaces(raw)
        if line == _INFO_END_MARK:
            info_end = len(lines) if info_end is None else info_end
        elif line:
            lines.append(line)
    return lines, info_end


def _strip_comments(text: str) -> str:
    """Return the text without <!-- … --> comments.

    A scan with str.find, where the regex ``<!--.*?-->`` rescans the rest of the text from every
    unclosed ``<!--`` (quadratic on a hostile text full of them).
    """
    pieces: list[str] = []
    position = 0
    while (start := text.find("<!--", position)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break  # an unclosed comment stays text, as it did with the regex
        pieces.append(text[position:start])
        position = end + 3
    pieces.append(text[position:])
    return "".join(pieces)


def _md_heading(line: str) -> tuple[int, str] | None:
    """Return (depth, text) of a Markdown heading line ("## 第一章 总则 ##" → 2, "第一章 总则")."""
    m = _MD_HEADING_RE.match(line)
    if not m:
        return None
    body = line[m.end():]
    return len(m.group(1)), body.rstrip("#").rstrip() or body[:1]


def _article_start(line: str, last: tuple[int, int] | None) -> tuple[int, int, str] | None:
    """Return (number, suffix, body) when the line starts a new article after ``last``."""
    m = ARTICLE_LABEL_RE.match(line)
    if not m:
        return None
    number = cn_to_int(m.group(1))
    suffix = cn_to_int(m.group(2)) if m.group(2) else 0
    if number is None or suffix is None:
        return None
    rest = line[m.end():]
    if rest and not rest[0].isspace():
        # 第四十七条规定的… is a cross-reference; only a label glued to its body that carries
        # exactly the next number (第七条用人单位…) is taken as an article.
        expected = {(1, 0)} if last is None else {(last[0] + 1, 0), (last[0], last[1] + 1)}
        if rest[0] in _NOT_BODY_START or (number, suffix) not in expected:
            return None
    return number, suffix, rest.strip()


def _structural_heading(line: str) -> tuple[int, str] | None:
    """Return (rank, text) for a 编/分编/章/节 heading line such as "## 第一章 总则"."""
    m = _STRUCT_HEADING_RE.match(line)
    if not m or len(line) > 50:
        return None
    name = clean_title(m.group(3))
    if name and (name[0] in _NOT_BODY_START or re.search(r"[。，,；;]", name) or name.startswith("规定")):
        return None
    label = f"第{m.group(1).strip()}{m.group(2)}"
    return _STRUCT_UNITS[m.group(2)], f"{label} {name}".strip()


def _heading(line: str, *, in_article: bool) -> tuple[int, str] | None:
    """Return (rank, text) when the line is a heading; ranks nest 编 < 分编 < 章 < 节 < Markdown."""
    found = _structural_heading(line)
    if found:
        return found
    m = _APPENDIX_RE.match(line)
    if m and (m.group(2) or m.group(3) or not m.group(4)):
        return _APPENDIX_RANK, clean_title(line).rstrip("：:")
    md = _md_heading(line)
    if md:
        return 4 + md[0], clean_title(md[1])
    if in_article:
        return None
    # Plain-text headings (PDF or Word without styles) only outside articles, where an
    # enumerated line is a section title rather than an item of the article.
    if _ENUM_HEADING_RE.match(line) and len(line) <= 30 and not line.endswith(("。", "；", ";")):
        return 6, line.rstrip("：:")
    if line.strip("【】[] ：:") in _CASE_SECTIONS:
        return 6, line.strip("【】[] ：:")
    return None


# =============================================================================================
# Scanning


@dataclass
class _Unit:
    headings: tuple[str, ...]
    paragraphs: list[str]
    number: int | None = None
    suffix: int = 0


@dataclass
class _Scan:
    preamble: list[tuple[int, str]] = field(default_factory=list)
    units: list[_Unit] = field(default_factory=list)


def _scan(content: list[tuple[int, str]]) -> _Scan:
    """Split indexed lines into the preamble and a document-ordered list of articles/sections."""
    scan = _Scan()
    path: list[tuple[int, str]] = []
    current: _Unit | None = None
    seen: set[tuple[int, int]] = set()
    last: tuple[int, int] | None = None
    started = False
    duplicates, first_duplicate = 0, ""
    for index, line in content:
        start = _article_start(line, last)
        if start and (start[0], start[1]) in seen:
            # An article number cannot repeat in one text: a repeated label is a quotation or
            # a pasted duplicate. Keeping it as a paragraph of the current article loses no
            # text and keeps keys unique (two Articles with one key would overwrite each other
            # in the index).
            duplicates, first_duplicate = duplicates + 1, first_duplicate or line[:12]
            start = None
        if start:
            number, suffix, body = start
            seen.add((number, suffix))
            last = (number, suffix)
            current = _Unit(tuple(t for _, t in path), [body] if body else [], number, suffix)
            scan.units.append(current)
            started = True
            continue
        heading = _heading(line, in_article=current is not None and current.number is not None)
        if heading:
            rank, name = heading
            path = [(r, t) for r, t in path if r < rank] + [(rank, name)]
            current, started = None, True
            continue
        if not started:
            scan.preamble.append((index, line))
            continue
        if current is None:
            current = _Unit(tuple(t for _, t in path), [])
            scan.units.append(current)
        current.paragraphs.append(line)
    if duplicates:  # one line per document: a hostile text repeats a label 100,000 times
        logger.warning("%d duplicate article labels (first: %s) kept as text of the preceding article",
                       duplicates, first_duplicate)
    return scan


def _build_articles(title: str, units: list[_Unit], cap: int) -> list[Article]:
    """Return Articles for numbered units and size-capped chunks for the others."""
    articles: list[Article] = []
    chunk = 0
    for unit in units:
        if unit.number is not None:
            articles.append(Article(law=title, text="\n".join(unit.paragraphs), number=unit.number,
                                    suffix=unit.suffix, headings=unit.headings))
            continue
        for piece in chunk_paragraphs(unit.paragraphs, cap):
            articles.append(Article(law=title, text=piece, chunk=chunk, headings=unit.headings))
            chunk += 1
    return articles


def chunk_paragraphs(paragraphs: list[str], max_chars: int) -> list[str]:
    """Return paragraphs packed into chunks of at most ``max_chars`` (joined with "\\n").

    Long paragraphs are split at sentence ends; only a single sentence longer than the cap is
    cut mid-sentence.
    """
    pieces = [piece for p in paragraphs for piece in _split_paragraph(p, max_chars)]
    chunks: list[str] = []
    current = ""
    for piece in pieces:
        if current and len(current) + 1 + len(piece) > max_chars:
            chunks.append(current)
            current = piece
        else:
            current = f"{current}\n{piece}" if current else piece
    if current:
        chunks.append(current)
    return chunks


def _split_paragraph(paragraph: str, cap: int) -> list[str]:
    if len(paragraph) <= cap:
        return [paragraph]
    sentences = [s for s in _SENTENCE_RE.findall(paragraph) if s]
    pieces: list[str] = []
    current = ""
    for sentence in sentences:
        if len(sentence) > cap:
            pieces.extend([current] if current else [])
            current = ""
            cuts = [sentence[i:i + cap] for i in range(0, len(sentence), cap)]
            pieces.extend(cuts[:-1])
            current = cuts[-1]
        elif len(current) + len(sentence) > cap:
            pieces.append(current)
            current = sentence
        else:
            current += sentence
    if current:
        pieces.append(current)
    return pieces


# =============================================================================================
# Title


def _find_title_line(lines: list[str]) -> tuple[int | None, str]:
    """Return (index, title) of the line that states the title, or (None, "")."""
    head: list[tuple[int, str]] = []
    for i, line in enumerate(lines[:40]):
        if _md_heading(line) and line.startswith("# ") and not _structural_heading(line):
            return i, clean_title(line)
        if ARTICLE_LABEL_RE.match(line) or _heading(line, in_article=False):
            break
        head.append((i, line))
    candidates = [(i, line) for i, line in head[:8] if _title_like(line)]
    for i, line in candidates:
        if _TRAILING_PAREN_RE.sub("", clean_title(line)).endswith(_TITLE_SUFFIXES):
            return i, clean_title(line)
    if head and candidates and candidates[0][0] == head[0][0]:
        return head[0][0], clean_title(head[0][1])
    return None, ""


def _title_like(line: str) -> bool:
    return (2 <= len(line) <= 60 and line[-1] not in _TERMINAL + "，,、" and not _DATE_RE.search(line)
            and not _DOC_NUMBER_RE.search(line) and not _DECREE_RE.search(line)
            and not _PAGE_NUMBER_RE.match(line))


# =============================================================================================
# Preamble facts


@dataclass
class _Facts:
    issuer: str = ""
    promulgated: str = ""
    effective: str = ""
    version: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def _looks_like_metadata(line: str) -> bool:
    """Whether a preamble line states dates, a document number or a decree, not a sentence."""
    bare = line.strip("（）() ")
    if _DATE_RE.fullmatch(bare) or _DOC_NUMBER_RE.fullmatch(bare) or _DECREE_LINE_RE.fullmatch(bare):
        return True
    if len(line) > 160 or (line.endswith(("。", "：", ":")) and bare == line):
        return False
    keywords = _AMENDED + _PROMULGATED + _ADOPTED + _EFFECTIVE
    return bool(_DATE_RE.search(line)) and any(k in line for k in keywords)


def _iso(year: str, month: str, day: str) -> str:
    y = digits_to_arabic(year)
    m, d = cn_to_int(month), cn_to_int(day)
    try:
        return date(int(y), m or 0, d or 0).isoformat()
    except (TypeError, ValueError):
        return ""


def _dated_segments(line: str) -> list[tuple[str, str]]:
    """Return (iso date, text up to the next date) pairs found in a line."""
    matches = list(_DATE_RE.finditer(line))
    out = []
    for k, m in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(line)
        iso = _iso(*m.groups())
        if iso:
            out.append((iso, line[m.end():end]))
    return out


def _preamble_facts(lines: list[str], title: str) -> _Facts:
    """Return what the metadata lines say about dates, issuer and document number."""
    facts = _Facts()
    amendments: list[str] = []
    signature_date = ""
    for line in lines:
        if _DATE_RE.fullmatch(line.strip("（）() ")):
            signature_date = signature_date or _iso(*_DATE_RE.search(line).groups())
            continue
        for iso, tail in _dated_segments(line):
            if any(k in tail for k in _AMENDED):
                amendments.append(iso)
            elif any(k in tail for k in _PROMULGATED):
                facts.promulgated = facts.promulgated or iso
            elif any(k in tail for k in _ADOPTED):
                facts.extra.setdefault("adopted", iso)
            elif any(k in tail for k in _EFFECTIVE):
                facts.effective = facts.effective or iso
        if _EFFECTIVE_ON_PUBLICATION_RE.search(line):
            facts.extra["effective_on_publication"] = "1"
    facts.promulgated = facts.promulgated or signature_date
    facts.version = max(amendments, default="")
    number = _doc_number(lines)
    if number:
        facts.extra["doc_number"] = number
    facts.issuer = _issuer(lines, number, title)
    return facts


def _doc_number(lines: list[str]) -> str:
    """Return the first document number (法释〔2020〕26号, 国务院令第535号) in the lines."""
    for line in lines:
        bare = _DATE_RE.sub(" ", line)
        m = _DOC_NUMBER_RE.search(bare)
        if m:
            prefix = m.group(1)
            for key, _ in _DOC_PREFIX_ISSUERS:
                if key in prefix:
                    prefix = prefix[prefix.index(key):]
                    break
            return f"{prefix}〔{m.group(2)}〕{m.group(3)}号"
        m = _DECREE_RE.search(bare)
        if m:
            return f"{m.group(1).removeprefix('中华人民共和国')}第{m.group(2)}号"
    return ""


def _issuer(lines: list[str], number: str, title: str) -> str:
    """Return the issuing body the metadata lines, the document number or the title name."""
    for line in lines:
        bare = _DATE_RE.sub(" ", line)
        courts = [c for c in ("最高人民法院", "最高人民检察院") if c in bare]
        if courts:
            return "、".join(courts)
        for rule, name in _ISSUER_RULES:
            m = rule.search(bare)
            if m:
                return re.sub(r"^(?:经|由|根据)", "", name(m))
    for key, issuer in _DOC_PREFIX_ISSUERS:
        if number.startswith(key):
            return issuer
    for decree in ("令第", "公告第"):
        if decree in number:
            return number.split(decree)[0]
    for line in lines:
        if len(line) <= 30 and _SIGNATURE_RE.fullmatch(line):
            return line
    for name in _TITLE_ISSUERS:
        if title.startswith(name):
            return name
    return ""


def _fill_effective(facts: _Facts, articles: list[Article]) -> None:
    """Take the effective date from the closing article ("本条例自…起施行") when the preamble lacks it."""
    on_publication = facts.extra.pop("effective_on_publication", "")
    if facts.effective:
        return
    for article in reversed(articles):
        m = _BODY_EFFECTIVE_RE.search(article.text)
        if m:
            facts.effective = _iso(*_DATE_RE.match(m.group("date")).groups())
            return
        if _EFFECTIVE_ON_PUBLICATION_RE.search(article.text):
            on_publication = "1"
            break
    if on_publication and facts.promulgated:
        facts.effective = facts.promulgated


# =============================================================================================
# Kinds


def _folder_kind(path: str) -> SourceKind | None:
    if not path:
        return None
    for part in reversed(PurePath(path).parts[:-1]):
        kind = _FOLDER_KINDS.get(part.lower())
        if kind is not None:
            return kind
    return None


def _reads_as_case(text: str) -> bool:
    found = {name for name in _CASE_SECTIONS if name in text}
    return len(found) >= 2 and bool(found & {"基本案情", "案情简介"})


# =============================================================================================
# PDF clean-up


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def _trim_blank(page: list[str]) -> list[str]:
    # A page break is not a paragraph break: sentences run on across pages.
    filled = [i for i, line in enumerate(page) if line]
    return page[filled[0]:filled[-1] + 1] if filled else []


def _drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Remove lines repeated at the top or bottom of most pages (running headers/footers)."""
    if len(pages) < 2:
        return pages

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", line)

    def edges(page: list[str]) -> set[int]:
        filled = [i for i, line in enumerate(page) if line]
        return set(filled[:2] + filled[-2:])

    counts: dict[str, int] = {}
    for page in pages:
        for k in {key(page[i]) for i in edges(page) if len(page[i]) <= 40}:
            counts[k] = counts.get(k, 0) + 1
    needed = len(pages) if len(pages) <= 3 else max(3, (len(pages) + 1) // 2)
    repeated = {k for k, n in counts.items() if n >= needed}
    if not repeated:
        return pages
    out = []
    for page in pages:
        edge = edges(page)
        out.append([line for i, line in enumerate(page) if not (i in edge and key(line) in repeated)])
    return out


def _starts_block(line: str, last: tuple[int, int] | None) -> tuple[bool, tuple[int, int] | None]:
    """Return whether the line starts an article/heading/item, and the article key it starts."""
    start = _article_start(line, last)
    if start:
        return True, (start[0], start[1])
    return bool(_heading(line, in_article=False) or _ITEM_RE.match(line)), None


def _rejoin_wrapped(lines: list[str]) -> list[str]:
    """Join lines that a PDF wrapped mid-sentence back into their paragraph."""
    widths = sorted(_width(line) for line in lines if line)
    full = widths[int(len(widths) * 0.9)] if widths else 0
    out: list[str] = []
    previous = ""  # the previous physical line, not the joined paragraph
    previous_is_block_head = True
    in_body = False
    last: tuple[int, int] | None = None
    for line in lines:
        if not line:
            previous, previous_is_block_head = "", True
            continue
        is_start, key = _starts_block(line, last)
        if key:
            last = key
        # The first line is usually the title, which must not swallow the line after it.
        heading = bool(_heading(line, in_article=False)) or (not out and key is None)
        if out and previous and not is_start and not previous_is_block_head \
                and _wrapped(previous, full, in_body):
            out[-1] = _join(out[-1], line)
        else:
            out.append(line)
        in_body = in_body or is_start
        previous, previous_is_block_head = line, heading
    return out


def _wrapped(previous: str, full: int, in_body: bool) -> bool:
    """Whether the previous physical line ran to the margin without ending its sentence."""
    if previous[-1] in _TERMINAL or _width(previous) < 0.75 * full:
        return False
    if not in_body:
        # Before the first article, short facts lines end without punctuation.
        return not (previous[-1] in "）)" or previous.endswith(_ADOPTED + _PROMULGATED + _EFFECTIVE
                                                                 + _AMENDED + ("号",)))
    return True


def _join(left: str, right: str) -> str:
    a, b = left[-1], right[0]
    space = a.isascii() and b.isascii() and b.isalnum() and not (a.isdigit() and b.isdigit())
    return f"{left} {right}" if space else left + right
