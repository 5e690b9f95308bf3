"""Finding and checking article citations in generated text (the citation guard).

Recognises 《X法》第N条, X法第N条, X法N条, a bare 第N条 after a named law in the same sentence,
lists (第四十六条、第四十七条 / 第46条和第47条), Chinese or Arabic numerals, 之一 articles,
short names (劳动合同法, 社保法, 工伤条例 …) and the English "Article 82 of the Labor Contract Law".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from knowledge.numerals import CN_NUMBER, article_label, cn_to_int, key_from_numerals
from knowledge.vocabulary import short_law_name

ENGLISH_LAW_NAMES: dict[str, str] = {
    "labor contract law": "劳动合同法",
    "labour contract law": "劳动合同法",
    "employment contract law": "劳动合同法",
    "labor law": "劳动法",
    "labour law": "劳动法",
    "labor dispute mediation and arbitration law": "劳动争议调解仲裁法",
    "labour dispute mediation and arbitration law": "劳动争议调解仲裁法",
    "social insurance law": "社会保险法",
    "employment promotion law": "就业促进法",
    "personal information protection law": "个人信息保护法",
    "civil code": "民法典",
    "civil procedure law": "民事诉讼法",
    "criminal law": "刑法",
    "legal aid law": "法律援助法",
    "trade union law": "工会法",
    "law on the protection of women's rights and interests": "妇女权益保障法",
    "women's rights protection law": "妇女权益保障法",
    "occupational disease prevention law": "职业病防治法",
    "work safety law": "安全生产法",
    "regulation on work-related injury insurance": "工伤保险条例",
    "regulations on work-related injury insurance": "工伤保险条例",
    "work injury insurance regulations": "工伤保险条例",
    "work-related injury insurance regulations": "工伤保险条例",
    "implementing regulations of the labor contract law": "劳动合同法实施条例",
    "regulations on ensuring payment of wages to migrant workers": "保障农民工工资支付条例",
    "special provisions on labor protection for female employees": "女职工劳动保护特别规定",
}

_NUM = rf"(?:{CN_NUMBER})"
_ARTICLE = rf"第\s*(?P<num>{_NUM})\s*条(?:\s*之\s*(?P<suf>{_NUM}))?"
_LIST_ITEM = re.compile(rf"^[、，,和及与或]\s*(?:第\s*)?(?P<num>{_NUM})\s*条(?:\s*之\s*(?P<suf>{_NUM}))?")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_EN_ARTICLE = re.compile(r"\bArticles?\s+(?P<nums>\d+(?:\s*(?:,|and|&)\s*\d+)*)\s+of\s+(?:the\s+)?(?P<law>[A-Z][A-Za-z'\-\s]+?(?:Law|Code|Regulations?|Provisions))", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Citation:
    """One article cited in a text: where, which law (catalogued title or None) and which article."""

    start: int
    end: int
    raw: str
    law: str | None
    key: str
    named: bool = False  # the law's name is part of this span (not a list item or a bare 第N条)

    @property
    def label(self) -> str:
        number, _, suffix = self.key.partition("之")
        return article_label(int(number), cn_to_int(suffix) if suffix else 0)

    @property
    def display(self) -> str:
        return f"《{short_law_name(self.law)}》{self.label}" if self.law else self.label


@dataclass(slots=True)
class GuardResult:
    text: str
    kept: list[Citation] = field(default_factory=list)
    removed: list[Citation] = field(default_factory=list)
    dropped_sentences: list[str] = field(default_factory=list)

    @property
    def has_basis(self) -> bool:
        return bool(self.kept)


class CitationExtractor:
    """Finds citations; ``titles`` are the catalogued source titles, ``aliases`` short names → titles."""

    def __init__(self, titles: Iterable[str], aliases: dict[str, str] | None = None) -> None:
        names: dict[str, str] = {}
        by_short = {}
        for t in titles:
            names[t] = t
            names[short_law_name(t)] = t
            by_short[short_law_name(t)] = t
        for alias, target in (aliases or {}).items():
            title = by_short.get(short_law_name(target))
            if title:
                names.setdefault(alias, title)
        self._names = names
        self._by_short = by_short
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or r"(?!x)x"
        self._law_then_article = re.compile(
            rf"《?(?P<law>{alternatives})》?\s*(?:的)?\s*(?:第\s*)?(?P<num>{_NUM})\s*条(?:\s*之\s*(?P<suf>{_NUM}))?"
        )
        self._unknown_law = re.compile(rf"《(?P<law>[^》]{{2,40}})》\s*{_ARTICLE}")
        self._bare = re.compile(_ARTICLE)
        self._law_only = re.compile(rf"《?(?P<law>{alternatives})》?")

    def resolve_law(self, name: str) -> str | None:
        """Return the catalogued title for a law name (full, short, alias or English), or None."""
        name = name.strip().strip("《》")
        if name in self._names:
            return self._names[name]
        english = ENGLISH_LAW_NAMES.get(name.lower().removeprefix("the ").strip())
        if english:
            return self._names.get(english)
        return None

    def extract(self, text: str) -> list[Citation]:
        """Return every citation in ``text`` in order of appearance."""
        found: list[Citation] = []
        taken: list[tuple[int, int]] = []

        def add(start: int, end: int, law: str | None, num: str, suf: str | None, named: bool = False) -> None:
            key = _key(num, suf)
            if key is None or any(s < end and start < e for s, e in taken):
                return
            found.append(Citation(start, end, text[start:end], law, key, named))
            taken.append((start, end))

        for m in self._law_then_article.finditer(text):
            add(m.start(), m.end(), self._names[m.group("law")], m.group("num"), m.group("suf"), named=True)
            self._continue_list(text, m.end(), self._names[m.group("law")], add)
        for m in self._unknown_law.finditer(text):
            # A law the corpus does not hold is kept as "?name", so the guard can reject it.
            law = self.resolve_law(m.group("law")) or f"?{m.group('law')}"
            add(m.start(), m.end(), law, m.group("num"), m.group("suf"), named=True)
        for m in _EN_ARTICLE.finditer(text):
            law = self.resolve_law(m.group("law"))
            for num in re.findall(r"\d+", m.group("nums")):
                key = _key(num, None)
                if key and not any(s < m.end() and m.start() < e for s, e in taken):
                    found.append(Citation(m.start(), m.end(), m.group(0), law or f"?{m.group('law').strip()}", key))
            taken.append(m.span())
        for m in self._bare.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            add(m.start(), m.end(), self._law_before(text, m.start()), m.group("num"), m.group("suf"))
            self._continue_list(text, m.end(), self._law_before(text, m.start()), add)
        return sorted(found, key=lambda c: c.start)

    def _continue_list(self, text: str, pos: int, law: str | None, add: Callable) -> None:
        while True:
            m = _LIST_ITEM.match(text[pos:])
            if not m:
                return
            add(pos + m.start("num"), pos + m.end(), law, m.group("num"), m.group("suf"))
            pos += m.end()

    def _law_before(self, text: str, pos: int) -> str | None:
        """The law named last before ``pos`` in the same sentence (for a bare 第N条)."""
        sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, pos)), default=0)
        last = None
        for m in self._law_only.finditer(text, sentence_start, pos):
            last = self._names[m.group("law")]
        return last


def guard_citations(
    text: str,
    extractor: CitationExtractor,
    *,
    allowed: set[tuple[str, str]],
    exists: Callable[[str, str], bool],
) -> GuardResult:
    """Keep citations that exist and were retrieved; drop sentences resting on any other citation.

    ``allowed`` holds (short law name, article key) pairs of the retrieved context. A citation
    naming a law outside the corpus, an article that does not exist, or an article that was not
    retrieved makes its sentence go; canonical citations replace variant spellings.
    """
    citations = extractor.extract(text)
    bad = [c for c in citations if not _ok(c, allowed, exists)]
    good = [c for c in citations if c not in bad]
    result = GuardResult(text=text, kept=good, removed=bad)
    if not bad:
        result.text = _canonicalize(text, good)
        return result
    sentences = _split_sentences(text)
    out, offset = [], 0
    for sentence in sentences:
        start, end = offset, offset + len(sentence)
        offset = end
        if any(start <= c.start < end for c in bad):
            if sentence.strip():
                result.dropped_sentences.append(sentence.strip())
            continue
        out.append(sentence)
    kept_text = "".join(out)
    result.kept = [c for c in extractor.extract(kept_text) if _ok(c, allowed, exists)]
    result.text = _canonicalize(kept_text, result.kept)
    return result


def _ok(c: Citation, allowed: set[tuple[str, str]], exists: Callable[[str, str], bool]) -> bool:
    if c.law is None or c.law.startswith("?"):
        return False
    return exists(c.law, c.key) and (short_law_name(c.law), c.key) in allowed


def _canonicalize(text: str, citations: list[Citation]) -> str:
    # Only rewrite citations that name their law in the same span (not list continuations).
    out, last = [], 0
    for c in sorted(citations, key=lambda c: c.start):
        if c.named and c.law and not c.raw.isascii():
            out.append(text[last : c.start])
            out.append(c.display)
            last = c.end
    out.append(text[last:])
    return "".join(out)


def _split_sentences(text: str) -> list[str]:
    parts, last = [], 0
    for m in _SENTENCE_END.finditer(text):
        parts.append(text[last : m.end()])
        last = m.end()
    if last < len(text):
        parts.append(text[last:])
    return parts


_key = key_from_numerals
