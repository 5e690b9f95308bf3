"""The everyday phrasings (aliases) retrieval matches questions against: each names a real article, and the
English ones reach the articles English questions need."""

from __future__ import annotations

import re
from functools import cache

import yaml

from ingestion.builtin import load_builtin_laws
from ingestion.loaders import load_document
from knowledge.vocabulary import data_dir
from tests.helpers.paths import CORPUS_DIR


@cache
def _corpus_titles() -> dict[str, frozenset[str]]:
    out = {}
    for path in CORPUS_DIR.rglob("*.md"):
        if path.name == "README.md":
            continue
        doc = load_document(path)
        out[doc.title] = frozenset(a.key for a in doc.articles)
    return out


def _articles(law: str) -> frozenset[str]:
    if law in _corpus_titles():
        return _corpus_titles()[law]
    docs, _errors = load_builtin_laws([law])
    return frozenset(a.key for d in docs for a in d.articles)


def test_every_alias_names_an_article_of_the_sources(corpus_dir):
    missing = []
    for path in sorted((data_dir() / "aliases").glob("*.yaml")):
        for law, articles in yaml.safe_load(path.read_text(encoding="utf-8")).items():
            held = _articles(law)
            missing += [f"{path.name}: {law} {key}" for key in articles if str(key) not in held]
    assert not missing, missing[:20]


def test_the_english_phrasings_cover_what_the_rules_cite_in_plain_english():
    english = yaml.safe_load((data_dir() / "aliases" / "english.yaml").read_text(encoding="utf-8"))
    phrasings = [p for articles in english.values() for ps in articles.values() for p in ps]
    assert len(phrasings) >= 1500
    assert not [p for p in phrasings if re.search(r"[\u4e00-\u9fff]", p)]  # English, no Chinese legal terms
    assert all(3 <= len(ps) <= 5 for articles in english.values() for ps in articles.values())
    # The articles English questions most need are there: dismissal damages, the arbitration time limit.
    assert len(english["中华人民共和国劳动合同法"]["87"]) >= 3
    assert len(english["中华人民共和国劳动争议调解仲裁法"]["27"]) >= 3


def test_every_situation_prior_names_an_article_of_the_sources_and_real_fact_flags(corpus_dir):
    from knowledge.rules import FACT_FLAGS
    from knowledge.vocabulary import load_vocabulary

    priors = load_vocabulary().situation_priors
    assert len(priors) >= 8
    missing = [f"{law} {key}" for p in priors for law, key in p.articles if key not in _articles(law)]
    assert not missing, missing
    assert all(p.when and p.when | p.unless <= FACT_FLAGS for p in priors)
    dismissed = next(p for p in priors if p.when == {"dismissed"})
    assert dismissed.holds(frozenset({"dismissed", "still_employed"}))
    assert not dismissed.holds(frozenset({"dismissed", "household_employer"}))  # a household's worker: civil


def test_an_english_question_takes_the_legal_terms_and_topic_of_what_happened():
    """"my finger was cut off by a punch press" names no injury word the English lexicon holds; the facts read from it
    (an amputation) give the word search 工伤 and 伤残 and the question its topic. A Chinese question is left alone."""
    from knowledge.query import QueryAnalyzer
    from knowledge.vocabulary import load_vocabulary

    analyzer = QueryAnalyzer(load_vocabulary(), [])
    qa = analyzer.analyze("On 3 September my right index finger was cut off by a punch press at the factory where "
                          "I work. What am I entitled to?")
    assert qa.topic is None and "工伤" not in qa.legal_terms
    analyzer.add_fact_terms(qa, frozenset({"injured", "amputation"}))
    assert qa.topic == "injury" and {"工伤", "伤残"} <= set(qa.legal_terms)
    zh = analyzer.analyze("我的手指被冲床切断了")
    before = list(zh.legal_terms)
    analyzer.add_fact_terms(zh, frozenset({"injured", "amputation"}))
    assert zh.legal_terms == before
