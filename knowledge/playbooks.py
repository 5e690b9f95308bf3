"""Topic playbooks: what a worker should know, keep, bring and do, each legal point tied to its articles.

One YAML file per topic under ``knowledge/playbooks/`` (the file name is the topic key). Every item
is a Chinese sentence for the worker, its English translation, and the articles that support it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from knowledge.numerals import article_key, parse_article_key

PLAYBOOK_DIR = Path(__file__).parent / "playbooks"

# The sections of a playbook, in the order a worker needs them.
SECTIONS = ("summary", "evidence", "where_to_go", "what_to_bring", "deadlines", "escalate_when")
_TOP_KEYS = frozenset({"topic", "title_zh", "title_en", *SECTIONS})
_ITEM_KEYS = frozenset({"zh", "en", "cites"})
_CITE_KEYS = frozenset({"law", "article"})


@dataclass(frozen=True, slots=True)
class Cite:
    """One cited article: the exact title of the law or regulation and the article key ("82", "276之一")."""

    law: str
    article: str

    def __str__(self) -> str:
        return f"《{self.law}》第{self.article}条"


@dataclass(frozen=True, slots=True)
class PlaybookItem:
    """One point of a playbook, in plain Chinese and English, with the articles that support it."""

    zh: str
    en: str
    cites: tuple[Cite, ...] = ()


@dataclass(frozen=True, slots=True)
class Playbook:
    """A topic's guidance: key legal points, evidence, routes, documents, deadlines, when to hand over."""

    topic: str
    title_zh: str
    title_en: str
    summary: tuple[PlaybookItem, ...]
    evidence: tuple[PlaybookItem, ...]
    where_to_go: tuple[PlaybookItem, ...]
    what_to_bring: tuple[PlaybookItem, ...]
    deadlines: tuple[PlaybookItem, ...]
    escalate_when: tuple[PlaybookItem, ...]

    def items(self) -> Iterator[PlaybookItem]:
        """Yield every item of every section, in section order."""
        for _, item in self.sections():
            yield item

    def sections(self) -> Iterator[tuple[str, PlaybookItem]]:
        """Yield (section name, item) for every item, in section order."""
        for name in SECTIONS:
            for item in getattr(self, name):
                yield name, item

    def cites(self) -> tuple[Cite, ...]:
        """Return every distinct article the playbook cites, in order of first use."""
        return tuple(dict.fromkeys(c for item in self.items() for c in item.cites))


def load_playbooks(root: Path | None = None) -> dict[str, Playbook]:
    """Return every playbook under ``root`` (default: the bundled ``knowledge/playbooks``), keyed by topic.

    Raises ValueError naming the file and the place in it when a file does not follow the schema.
    """
    folder = Path(root) if root is not None else PLAYBOOK_DIR
    if not folder.is_dir():
        raise ValueError(f"{folder}: playbook folder not found")
    books: dict[str, Playbook] = {}
    for path in sorted(folder.glob("*.yaml")):
        book = load_playbook(path)
        books[book.topic] = book
    return books


def load_playbook(path: Path) -> Playbook:
    """Return the playbook in one YAML file; raise ValueError naming the file on a schema error."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read playbook: {exc}") from exc
    try:
        return _playbook(data, expected_topic=path.stem)
    except _SchemaError as exc:
        raise ValueError(f"{path}: {exc}") from None


class _SchemaError(Exception):
    """A schema problem at a place inside one file; load_playbook adds the file name."""


def _playbook(data: Any, *, expected_topic: str) -> Playbook:
    if not isinstance(data, Mapping):
        raise _SchemaError("the file must be a mapping with topic, titles and sections")
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise _SchemaError(f"unknown keys {sorted(map(str, unknown))}")
    topic = _text(data, "topic", "topic")
    if topic != expected_topic:
        raise _SchemaError(f"topic {topic!r} does not match the file name {expected_topic!r}")
    sections = {name: _items(data.get(name), name) for name in SECTIONS}
    if not sections["summary"]:
        raise _SchemaError("summary: at least one item is required")
    return Playbook(
        topic=topic,
        title_zh=_text(data, "title_zh", "title_zh"),
        title_en=_text(data, "title_en", "title_en"),
        **sections,
    )


def _items(raw: Any, where: str) -> tuple[PlaybookItem, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise _SchemaError(f"{where}: must be a list of items")
    return tuple(_item(entry, f"{where}[{i}]") for i, entry in enumerate(raw))


def _item(raw: Any, where: str) -> PlaybookItem:
    if not isinstance(raw, Mapping):
        raise _SchemaError(f"{where}: an item must be a mapping with zh, en and optional cites")
    unknown = set(raw) - _ITEM_KEYS
    if unknown:
        raise _SchemaError(f"{where}: unknown keys {sorted(map(str, unknown))}")
    cites_raw = raw.get("cites") or []
    if not isinstance(cites_raw, list):
        raise _SchemaError(f"{where}.cites: must be a list of {{law, article}}")
    return PlaybookItem(
        zh=_text(raw, "zh", f"{where}.zh"),
        en=_text(raw, "en", f"{where}.en"),
        cites=tuple(_cite(c, f"{where}.cites[{j}]") for j, c in enumerate(cites_raw)),
    )


def _cite(raw: Any, where: str) -> Cite:
    if not isinstance(raw, Mapping) or set(raw) != _CITE_KEYS:
        raise _SchemaError(f"{where}: a cite must be a mapping with exactly law and article")
    law = _text(raw, "law", f"{where}.law")
    article = raw["article"]
    parsed = parse_article_key(article) if isinstance(article, str | int) and not isinstance(article, bool) else None
    if parsed is None:
        raise _SchemaError(f"{where}.article: {article!r} is not an article number")
    return Cite(law=law, article=article_key(*parsed))


def _text(raw: Mapping, key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _SchemaError(f"{where}: a non-empty string is required")
    return value.strip()
