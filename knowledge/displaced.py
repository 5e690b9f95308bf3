"""Articles a later law displaced (劳动法第八十二条's sixty days, replaced by the one-year limit of 劳动争议调解仲裁法第二十七条).

They stay in the knowledge base (the law's text is the law's text, and a question may name them) but an answer never
quotes them as what the law says today."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data" / "displaced.yaml"


@dataclass(frozen=True, slots=True)
class Displaced:
    law: str
    article: str
    by_law: str
    by_article: str
    terms: tuple[str, ...]


@cache
def displaced_articles(path: Path = DATA) -> dict[tuple[str, str], Displaced]:
    """(law, article key) → what displaced it."""
    out: dict[tuple[str, str], Displaced] = {}
    for row in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
        by = row["by"]
        item = Displaced(row["law"], str(row["article"]), by["law"], str(by["article"]), tuple(by.get("terms", ())))
        out[(item.law, item.article)] = item
    return out


def is_displaced(law: str, article: str) -> bool:
    return (law, article) in displaced_articles()
