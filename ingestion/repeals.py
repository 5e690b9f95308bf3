"""Repeal clauses → Repeal records: which article (or 款) of which law a document declares repealed.

Pure functions, no I/O. A closing article such as "本解释自2025年9月1日起施行。《最高人民法院关于
审理劳动争议案件适用法律问题的解释（一）》（法释〔2020〕26号）第三十二条第一款同时废止。" repeals
one paragraph of another document from the day the repealing document takes effect.

Only repeals that name an article are read. Sentences that merely settle conflicts ("…与本解释不
一致的，以本解释为准"), that repeal a whole document ("《女职工劳动保护规定》同时废止") or that talk
about repealing in general ("…应当及时予以修改或者废止") are not repeals of an article, and a
repeal of a single item (项) is left out rather than recorded as its whole paragraph.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from ingestion.parser import clean_title, stated_date, stated_effective
from knowledge.models import ParsedDocument, Repeal, title_key
from knowledge.numerals import CN_NUMBER, article_key, cn_to_int

logger = logging.getLogger(__name__)

_N = CN_NUMBER
_ART = rf"第\s*{_N}\s*条(?:\s*之\s*{_N})?"
_PARA = rf"第\s*{_N}\s*款"
_ITEM = rf"第\s*{_N}\s*项"
_UNIT = rf"(?:{_ART}|{_PARA}|{_ITEM})"
_LIST = rf"{_ART}(?:\s*(?:、|和|及|以及|与|至|到)?\s*{_UNIT})*"
# A document number or date in brackets after the title: 《…》（法释〔2020〕26号）.
_DOC_NOTE = r"(?:\s*[（(][^（）()《》]{1,40}[）)])?"
_GROUP = rf"《[^《》]{{2,100}}》{_DOC_NOTE}\s*(?:中的|的|中)?\s*{_LIST}"
_GROUPS = rf"{_GROUP}(?:\s*(?:、|，|,|和|及|以及)\s*{_GROUP})*"
_VERB = r"(?:予以)?(?:废止|停止执行|停止施行)"
# The verb ends the clause: "…废止后" or "…废止劳动合同" describe something else.
_CLAUSE_END = r"(?=\s*(?:[。；;，,]|$))"
_WHEN = r"(?P<when>同时|自[^。；;，,《》]{1,30}?起|于[^。；;，,《》]{1,20}?)"

# 《T》第N条…同时废止 / 自本解释施行之日起废止
_TITLE_FIRST_RE = re.compile(
    rf"(?P<groups>{_GROUPS})\s*(?:的?(?:相关)?规定)?\s*(?:[，,]?\s*{_WHEN}\s*)?{_VERB}{_CLAUSE_END}")
# 同时废止《T》第N条
_VERB_FIRST_RE = re.compile(
    rf"(?<![未不被已或和、予应拟议])(?:{_WHEN}\s*[，,]?\s*)?{_VERB}\s*(?P<groups>{_GROUPS})\s*(?:的?(?:相关)?规定)?{_CLAUSE_END}")
_GROUP_RE = re.compile(rf"《(?P<title>[^《》]{{2,100}})》{_DOC_NOTE}\s*(?:中的|的|中)?\s*(?P<list>{_LIST})")
_TOKEN_RE = re.compile(
    rf"(?P<range>至|到)?\s*(?:第\s*(?P<art>{_N})\s*条(?:\s*之\s*(?P<suffix>{_N}))?"
    rf"|第\s*(?P<para>{_N})\s*款|第\s*(?P<item>{_N})\s*项)")
# A title right after these words is cited, not repealed (依照《X》第N条废止…).
_CITING = ("依照", "根据", "按照", "依据", "违反", "适用", "参照")
_WHEN_DATE_RE = re.compile(r"自\s*(?P<text>[^。；;，,《》]{1,30}?)\s*起")
_SENTENCE_RE = re.compile(r"[^。；;\n]+[。；;]?")
_ORDINAL_RE = re.compile(r"[（(]([一二三四五六七八九十]+)[）)]$")


def find_repeals(doc: ParsedDocument, *, titles: Iterable[str] = ()) -> list[Repeal]:
    """Return the repeals of other documents' articles that ``doc`` declares, in text order.

    ``titles`` are the titles already in the catalog, to which short or relative names in the
    repeal clause are resolved. A repeal takes effect when ``doc`` does (its effective date, or
    the date its closing article states) unless the clause names its own day.
    """
    known = list(titles)
    effective = doc.effective or next(
        (d for a in reversed(doc.articles) if (d := stated_effective(a.text))), "")
    found: list[Repeal] = []
    for article in doc.articles:
        for repeal in parse_repeals(article.text, by_law=doc.title, by_key=article.key, effective=effective,
                                    promulgated=doc.promulgated, titles=known):
            if repeal not in found:
                found.append(repeal)
    return found


def parse_repeals(text: str, *, by_law: str, by_key: str = "", effective: str = "", promulgated: str = "",
                  titles: Iterable[str] = ()) -> list[Repeal]:
    """Return the article repeals one article's ``text`` declares, in text order.

    ``effective`` is when the repealing document takes effect (found in ``text`` when not given);
    ``promulgated`` serves repeals "自公布之日起". Titles are resolved with :func:`resolve_title`.
    """
    known = list(titles)
    effective = effective or stated_effective(text)
    found: list[Repeal] = []
    for sentence in _SENTENCE_RE.findall(text):
        for match in _clause_matches(sentence):
            since = _since(sentence, match, effective=effective, promulgated=promulgated)
            for group in _GROUP_RE.finditer(match.group("groups")):
                law = resolve_title(group.group("title"), by_law=by_law, titles=known)
                if title_key(law) == title_key(by_law):
                    continue  # a document does not repeal itself; an earlier version shares its title
                for key, paragraph in _targets(group.group("list")):
                    repeal = Repeal(law=law, key=key, paragraph=paragraph, by_law=by_law, by_key=by_key, since=since)
                    if repeal not in found:
                        found.append(repeal)
    return found


def resolve_title(written: str, *, by_law: str = "", titles: Iterable[str] = ()) -> str:
    """Return the catalog title a repeal clause means by ``written``, or the written title cleaned.

    Matches, in order: the same title (ignoring 中华人民共和国, 《》 and bracket width); a sibling
    of the repealing document ("解释（一）" written in a "…解释（二）"); the one catalog title that
    ends with the written name ("劳动合同法").
    """
    name = clean_title(written)
    known = list(titles)
    by_key = {title_key(t): t for t in known}
    if title_key(name) in by_key:
        return by_key[title_key(name)]
    sibling = _sibling(name, by_law)
    if sibling:
        return by_key.get(title_key(sibling), sibling)
    ending = [t for k, t in by_key.items() if len(title_key(name)) >= 3 and k.endswith(title_key(name))]
    return ending[0] if len(ending) == 1 else name


def _clause_matches(sentence: str) -> list[re.Match[str]]:
    matches = []
    for pattern in (_TITLE_FIRST_RE, _VERB_FIRST_RE):
        for m in pattern.finditer(sentence):
            if pattern is _TITLE_FIRST_RE and sentence[: m.start()].rstrip().endswith(_CITING):
                continue
            if not any(m.start() < other.end() and other.start() < m.end() for other in matches):
                matches.append(m)
    return sorted(matches, key=lambda m: m.start())


def _since(sentence: str, match: re.Match[str], *, effective: str, promulgated: str) -> str:
    """Return when the matched repeal takes effect: the clause's own day, else the document's."""
    when = match.group("when") or ""
    if not when.startswith("自"):
        # "自本解释施行之日起，《X》第N条废止": the day is said before the titles.
        before = list(_WHEN_DATE_RE.finditer(sentence[: match.start()]))
        when = before[-1].group(0) if before else when
    if when:
        day = stated_date(when)
        if day:
            return day
        if "公布" in when or "发布" in when or "印发" in when:
            return promulgated or effective
    return effective


def _targets(listing: str) -> list[tuple[str, int | None]]:
    """Return (article key, paragraph or None) for each unit of "第三十二条第一款、第三十三条"."""
    units: list[list] = []  # [key, paragraph, item-level]
    last_number: int | None = None
    for tok in _TOKEN_RE.finditer(listing):
        if tok.group("art"):
            number = cn_to_int(tok.group("art"))
            suffix = cn_to_int(tok.group("suffix")) if tok.group("suffix") else 0
            if number is None or suffix is None:
                continue
            if tok.group("range") and last_number is not None and not suffix and number > last_number:
                units += [[article_key(n), None, False] for n in range(last_number + 1, number)]
            units.append([article_key(number, suffix), None, False])
            last_number = number
        elif tok.group("para") and units:
            paragraph = cn_to_int(tok.group("para"))
            if paragraph is None:
                continue
            key, previous, _ = units[-1]
            if previous is None:
                units[-1][1] = paragraph
            else:
                first = previous + 1 if tok.group("range") else paragraph
                units += [[key, p, False] for p in range(first, paragraph + 1)]
        elif tok.group("item") and units:
            units[-1][2] = True
    out: list[tuple[str, int | None]] = []
    for key, paragraph, item_level in units:
        if item_level:
            logger.info("repeal of an item (项) of article %s left out: only articles and paragraphs are tracked", key)
            continue
        if (key, paragraph) not in out:
            out.append((key, paragraph))
    whole = {key for key, paragraph in out if paragraph is None}
    return [(key, paragraph) for key, paragraph in out if paragraph is None or key not in whole]


def _sibling(name: str, by_law: str) -> str:
    """Return the full title of a numbered sibling ("解释（一）" beside "…解释（二）"), or "".

    The repealing document's own spelling is used, so "…解释(一)" written with half-width
    brackets comes back as "…解释（一）" when the repealing title writes them full-width.
    """
    own = _ORDINAL_RE.search(by_law.translate(str.maketrans("()", "（）")))
    theirs = _ORDINAL_RE.search(title_key(name))
    if not own or not theirs or own.group(1) == theirs.group(1):
        return ""
    candidate = f"{by_law[: own.start()]}（{theirs.group(1)}）"
    return candidate if title_key(candidate).endswith(title_key(name)) else ""


__all__ = ["find_repeals", "parse_repeals", "resolve_title"]
