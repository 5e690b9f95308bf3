"""Stage 7 (optional): the offline answer rewritten by an LLM, kept only when the citation guard leaves
it a legal basis; the matched rule goes to the model as a practice note."""

from __future__ import annotations

import logging

from bot.answering.models import Answer, CitedArticle
from bot.composer import escalation_paragraph, quote_article
from bot.locales import render_calculation, strings
from knowledge.bm25 import tokenize
from knowledge.calculators import Calculation
from knowledge.citations import CitationExtractor, guard_citations
from knowledge.retriever import Retriever, SearchResult
from knowledge.rules import Rule
from knowledge.vocabulary import short_law_name

logger = logging.getLogger(__name__)


class Rewriter:
    def __init__(self, writer, retriever: Retriever) -> None:
        self.writer = writer
        self.retriever = retriever
        self._extractor: tuple[int, CitationExtractor] | None = None

    def rewrite(self, answer: Answer, text: str, lang: str, result: SearchResult, calculation: Calculation | None,
                escalation: list[str], facts: dict[str, str], *, rule: Rule | None = None) -> None:
        """Replace the offline text with a guarded LLM reply when it keeps its legal basis.

        The matched rule goes to the model as a practice note, with its articles added to the context
        (so the guard allows citing them)."""
        from bot.llm import LLMError  # langchain is imported only when an LLM is configured

        s = strings(lang)
        context = list(result.hits[:6])
        notes: list[str] = []
        if rule is not None:
            have = {(a.law, a.key) for a in context}
            for c in rule.cites:
                art = self.retriever.get(c.law, c.article)
                if art is not None and (art.law, art.key) not in have:
                    context.append(art)
                    have.add((art.law, art.key))
            notes.append(f"{rule.conclusion.get(lang)} ({'、'.join(str(c) for c in rule.cites)})")
        known = "; ".join(f"{k}={v}" for k, v in facts.items())
        worded = render_calculation(calculation, lang) if calculation is not None else None
        if worded is not None:
            known += f"\n{worded.summary} ({worded.formula})" + "".join(f"\n- {c}" for c in worded.caveats)
        try:
            draft = self.writer.write(question=text, lang=lang, articles=context, facts=known, notes=notes)
        except LLMError as exc:
            logger.warning("LLM unavailable, answering offline: %s", exc)
            answer.fallback_reason = str(exc)
            return
        guard = guard_citations(
            draft,
            self._citation_extractor(),
            allowed={(short_law_name(a.law), a.key) for a in context},
            exists=lambda law, key: self.retriever.get(law, key) is not None,
        )
        if guard.removed:
            logger.info("citation guard removed %d citation(s) from the LLM reply", len(guard.removed))
        if not guard.has_basis or len(guard.text.strip()) < 10:
            answer.fallback_reason = "LLM reply lost its legal basis in the citation guard"
            return
        by_key = {(short_law_name(a.law), a.key): a for a in context}
        cited: list[CitedArticle] = []
        for c in guard.kept:
            a = by_key.get((short_law_name(c.law), c.key))
            if a and all((x.law, x.article) != (a.law, a.key) for x in cited):
                cited.append(CitedArticle(a.law, a.key, a.citation, quote_article(a, tokenize(text)).text))
        parts = [guard.text.strip()]
        if worded is not None:
            parts += [worded.summary, *(f"· {c}" for c in worded.caveats)]
        if escalation:
            parts.append(escalation_paragraph(escalation, s))
        parts.append(s.disclaimer)
        answer.text = "\n\n".join(parts)
        answer.citations = cited
        answer.mode = "llm"

    def _citation_extractor(self) -> CitationExtractor:
        revision = self.retriever.catalog.revision()
        if self._extractor is None or self._extractor[0] != revision:
            self._extractor = (revision, CitationExtractor(self.retriever.titles(), self.retriever.vocabulary.law_names))
        return self._extractor[1]
