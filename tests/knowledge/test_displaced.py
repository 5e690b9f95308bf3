"""Articles a later law displaced are never quoted as the law today, and the later article says the rule."""

from __future__ import annotations

import re

from bot.composer import choose_articles
from ingestion.config import DEFAULT_LAWS
from knowledge.displaced import displaced_articles
from knowledge.retriever import RetrievedArticle
from tests.helpers.statutes import corpus_articles, national_articles

_SPACE = re.compile(r"\s+")


def test_each_displaced_article_and_the_one_that_governs_now_exist_and_say_it(corpus_dir):
    texts = {k: v for k, v in national_articles().items() if k[0] in DEFAULT_LAWS}
    texts.update(corpus_articles(corpus_dir))
    assert displaced_articles()
    for item in displaced_articles().values():
        assert (item.law, item.article) in texts, item
        later = texts.get((item.by_law, item.by_article))
        assert later is not None, item
        assert all(_SPACE.sub("", t) in _SPACE.sub("", later) for t in item.terms), item


def _hit(law: str, key: str, score: float) -> RetrievedArticle:
    return RetrievedArticle(id=f"{law}#{key}", source_id=law, law=law, key=key, number=int(key), suffix=0,
                            label=f"第{key}条", headings=(), text="…", kind="law", status="current", score=score)


def test_the_sixty_days_of_the_labour_law_are_not_quoted_beside_the_one_year_limit():
    hits = [_hit("中华人民共和国劳动法", "82", 1.0), _hit("中华人民共和国劳动争议调解仲裁法", "27", 0.9),
            _hit("中华人民共和国劳动争议调解仲裁法", "5", 0.8)]
    chosen = [(h.law, h.key) for h in choose_articles(hits)]
    assert ("中华人民共和国劳动法", "82") not in chosen
    assert ("中华人民共和国劳动争议调解仲裁法", "27") in chosen
