"""Offline answers composed from what was retrieved: quotes, playbook steps, calculations.

No model writes anything here: every legal sentence is a quotation of a retrieved article or a
playbook item that cites its article, so the answer cannot say what the law does not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.locales import Strings, render_calculation
from knowledge.bm25 import tokenize
from knowledge.calculators import Calculation
from knowledge.playbooks import Playbook, PlaybookItem
from knowledge.retriever import RetrievedArticle
from knowledge.vocabulary import short_law_name

_SENTENCE = re.compile(r"[^。；！？\n]+[。；！？]?")
QUOTE_CHARS = 150


@dataclass(frozen=True, slots=True)
class Quote:
    article: RetrievedArticle
    text: str  # the sentences that answer the question, "……" marking omissions


def quote_article(article: RetrievedArticle, question_tokens: Sequence[str], *, limit: int = QUOTE_CHARS) -> Quote:
    """Return the sentences of an article that best answer the question, in the article's order."""
    text = article.text.strip()
    if len(text) <= limit:
        return Quote(article, text)
    sentences = [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
    wanted = set(question_tokens)
    scored = []
    for i, s in enumerate(sentences):
        toks = set(tokenize(s))
        overlap = len(toks & wanted)
        scored.append((overlap + (0.5 if i == 0 else 0.0), -i, i))
    chosen: list[int] = []
    total = 0
    for _, _, i in sorted(scored, reverse=True):
        if total + len(sentences[i]) > limit and chosen:
            continue
        chosen.append(i)
        total += len(sentences[i])
        if total >= limit * 0.6:
            break
    chosen.sort()
    parts, prev = [], -1
    for i in chosen:
        if prev >= 0 and i != prev + 1:
            parts.append("……")
        parts.append(sentences[i][:limit])
        prev = i
    quoted = "".join(parts)
    if chosen and chosen[0] != 0:
        quoted = "……" + quoted
    if chosen and chosen[-1] != len(sentences) - 1:
        quoted += "……"
    return Quote(article, quoted)


def choose_articles(hits: Sequence[RetrievedArticle], *, most: int = 3) -> list[RetrievedArticle]:
    """Return the few hits worth quoting: the named ones, then those close to the best score."""
    if not hits:
        return []
    named = [h for h in hits if "named" in h.matched_by]
    top = hits[0].score
    close = [h for h in hits if h not in named and h.score >= top * 0.45 and h.number is not None]
    return (named + close)[:most] or [hits[0]]


def render_citation(law: str, label: str) -> str:
    return f"《{short_law_name(law)}》{label}"


def item_text(item: PlaybookItem, lang: str) -> str:
    """Return a playbook item in the worker's language with its citations appended."""
    text = item.en if lang == "en" else item.zh
    if item.cites:
        cites = "、".join(render_citation(c.law, _label(c.article)) for c in item.cites[:3])
        text = f"{text}（{cites}）" if lang != "en" else f"{text} ({cites})"
    return text


def compose(
    *,
    s: Strings,
    lang: str,
    topic_title: str | None,
    quotes: Sequence[Quote],
    playbook: Playbook | None,
    calculation: Calculation | None,
    follow_up: str | None,
    escalation: list[str],
) -> tuple[str, list[str]]:
    """Return the answer text and the next steps it lists."""
    lines: list[str] = []
    if quotes:
        lines.append(s.intro_with_topic.format(topic=topic_title) if topic_title else s.intro_generic)
        for q in quotes:
            lines.append(f"• {q.article.citation}：{s.quote_open}{q.text}{s.quote_close}")
    if calculation is not None:
        text = render_calculation(calculation, lang)
        lines.append("")
        lines.append(s.calculation_heading)
        lines.append(text.summary)
        lines.append(s.formula.format(formula=text.formula))
        basis = "、".join(render_citation(b.law, _label(b.article)) for b in calculation.basis[:4])
        lines.append(s.basis.format(basis=basis))
        for note in text.notes[:2]:
            lines.append(f"· {note}")
    if follow_up:
        lines.append("")
        lines.append(follow_up)
    steps: list[str] = []
    if playbook is not None:
        sections = [
            (s.evidence_heading, playbook.evidence[:3]),
            (s.where_heading, playbook.where_to_go[:3]),
            (s.deadlines_heading, playbook.deadlines[:2]),
        ]
        lines.append("")
        lines.append(s.steps_heading)
        for heading, items in sections:
            if not items:
                continue
            lines.append(heading)
            for item in items:
                text = item_text(item, lang)
                steps.append(text)
                lines.append(f"• {text}")
    if escalation:
        lines.append("")
        lines.append(s.escalate_heading)
        lines.append(s.escalate_body.format(reason="；".join(s.escalation_reasons[c] for c in escalation)))
    lines.append("")
    lines.append(s.disclaimer)
    return "\n".join(lines).strip(), steps


def _label(article: str) -> str:
    from knowledge.numerals import article_label, parse_article_key

    parsed = parse_article_key(article)
    return article_label(*parsed) if parsed else article
