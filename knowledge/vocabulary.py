"""Legal vocabulary the retriever needs: aliases of articles, the lexicon, topics, law names, places.

All of it is data under ``knowledge/data`` written from legal knowledge; this module only loads it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path

import yaml

from knowledge.numerals import article_key, parse_article_key

logger = logging.getLogger(__name__)

_PRC = "中华人民共和国"


def short_law_name(title: str) -> str:
    """Return a title without its leading 中华人民共和国 (how gold and citations are compared)."""
    t = title.strip().strip("《》")
    return t.removeprefix(_PRC)


@dataclass(frozen=True, slots=True)
class Topic:
    key: str
    name_zh: str
    name_en: str
    keywords: tuple[str, ...]
    articles: tuple[tuple[str, str], ...]  # (law title, article key), most important first


@dataclass(frozen=True, slots=True)
class SituationPrior:
    """Articles a lawyer reaches for first when the message's facts tell a situation (situation_priors.yaml)."""

    when: frozenset[str]  # fact flags that must all hold
    unless: frozenset[str]  # fact flags none of which may hold
    articles: tuple[tuple[str, str], ...]  # (law title, article key), most important first

    def holds(self, flags: frozenset[str]) -> bool:
        return self.when <= flags and not self.unless & flags


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    colloquial: tuple[str, ...]
    legal: tuple[str, ...]


@dataclass
class Vocabulary:
    # (short law name, article key) → everyday phrasings of the situations the article governs
    aliases: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    lexicon: list[LexiconEntry] = field(default_factory=list)
    topics: dict[str, Topic] = field(default_factory=dict)
    law_names: dict[str, str] = field(default_factory=dict)
    places: dict[str, tuple[str, ...]] = field(default_factory=dict)
    situation_priors: list[SituationPrior] = field(default_factory=list)

    def legal_terms(self) -> list[str]:
        """The lexicon's legal terms, sorted: the words the tokenizer is taught to keep whole."""
        return sorted({t for e in self.lexicon for t in e.legal})

    @cached_property
    def place_to_province(self) -> dict[str, str]:
        """Return {place name: province} for every province and city listed."""
        return {p: prov for prov, names in self.places.items() for p in (prov, *names)}


def data_dir() -> Path:
    return Path(str(resources.files("knowledge") / "data"))


def load_vocabulary(root: Path | None = None) -> Vocabulary:
    """Load every vocabulary file under ``root`` (``knowledge/data`` by default)."""
    root = root or data_dir()
    vocab = Vocabulary()
    for path in sorted((root / "aliases").glob("*.yaml")):
        for law, articles in (_read(path) or {}).items():
            for key, phrases in (articles or {}).items():
                parsed = parse_article_key(str(key))
                if parsed is None:
                    logger.warning("%s: bad article key %r under %s", path.name, key, law)
                    continue
                bucket = vocab.aliases.setdefault((short_law_name(str(law)), article_key(*parsed)), [])
                bucket.extend(str(p).strip() for p in phrases or [] if str(p).strip())
    for path in sorted(root.glob("lexicon*.yaml")):
        for entry in _read(path) or []:
            vocab.lexicon.append(
                LexiconEntry(
                    colloquial=tuple(str(c) for c in entry.get("colloquial", []) if str(c).strip()),
                    legal=tuple(str(t) for t in entry.get("legal", []) if str(t).strip()),
                )
            )
    for key, spec in (_read(root / "topics.yaml") or {}).items():
        arts = []
        for item in spec.get("articles", []) or []:
            parsed = parse_article_key(str(item["article"]))
            if parsed:
                arts.append((str(item["law"]), article_key(*parsed)))
        vocab.topics[key] = Topic(
            key=key,
            name_zh=str(spec.get("name_zh", key)),
            name_en=str(spec.get("name_en", key)),
            keywords=tuple(str(k) for k in spec.get("keywords", []) or []),
            articles=tuple(arts),
        )
    for spec in _read(root / "situation_priors.yaml") or []:
        arts = tuple((str(item["law"]), article_key(*parsed)) for item in spec.get("articles", []) or []
                     if (parsed := parse_article_key(str(item["article"]))))
        vocab.situation_priors.append(SituationPrior(when=frozenset(spec.get("when") or ()),
                                                     unless=frozenset(spec.get("unless") or ()), articles=arts))
    vocab.law_names = {str(k): str(v) for k, v in (_read(root / "law_names.yaml") or {}).items()}
    vocab.places = {str(k): tuple(str(c) for c in v) for k, v in (_read(root / "places.yaml") or {}).items()}
    return vocab


def _read(path: Path):
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)
