"""The topic playbooks: all load, every legal point is cited, and every cited article exists."""

from __future__ import annotations

import logging
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from ingestion.builtin import statute_db_path
from ingestion.loaders import load_document
from knowledge.numerals import article_key, parse_article_key
from knowledge.playbooks import SECTIONS, Cite, Playbook, load_playbook, load_playbooks

TOPICS = {
    "labor_relation", "arrears", "contract", "dismissal", "overtime_hours", "social_insurance",
    "injury", "procedure", "women", "dispatch", "privacy",
}

# Sections whose every item states law (a rule, a right, a deadline) and so must cite it.
ALWAYS_CITED = ("summary", "deadlines")
# Sections that mix practical tips with law: an item that uses these words states law.
LEGAL_WORD_SECTIONS = ("where_to_go", "evidence")
LEGAL_WORDS = ("法", "条", "应当", "有权", "不得", "期限", "日内", "年内", "赔偿", "补偿")

# The statute DB marks the consolidated Criminal Law text 已被修改 (later 修正案 are separate documents).
_CURRENT = "status = '现行有效' OR (law_name = '中华人民共和国刑法' AND status = '已被修改')"


@pytest.fixture(scope="module")
def playbooks() -> dict[str, Playbook]:
    return load_playbooks()


@pytest.fixture(scope="module")
def existing_articles(corpus_dir: Path) -> set[tuple[str, str]]:
    """Every (law title, article key) a playbook may cite: laws.db current rows and the corpus files."""
    found: set[tuple[str, str]] = set()
    with closing(sqlite3.connect(f"file:{statute_db_path()}?mode=ro", uri=True)) as conn:
        for law, label in conn.execute(f"SELECT law_name, article_no FROM articles WHERE {_CURRENT}"):
            parsed = parse_article_key(label or "")
            if parsed is not None:
                found.add((law, article_key(*parsed)))
    logging.disable(logging.INFO)  # the loader logs one line per file
    try:
        for sub in ("regulations", "interpretations", "local"):
            for path in sorted((corpus_dir / sub).glob("*.md")):
                doc = load_document(path)
                found.update((doc.title, a.key) for a in doc.articles)
    finally:
        logging.disable(logging.NOTSET)
    return found


def test_all_topics_load(playbooks):
    assert set(playbooks) == TOPICS
    for topic, book in playbooks.items():
        assert book.topic == topic
        assert book.title_zh and book.title_en
        for section in SECTIONS:
            assert getattr(book, section), f"{topic}: section {section} is empty"


def test_every_item_has_both_languages(playbooks):
    empty = [f"{t}.{s}: {item.zh or item.en!r}" for t, book in playbooks.items()
             for s, item in book.sections() if not item.zh.strip() or not item.en.strip()]
    assert not empty, "items without zh or en:\n" + "\n".join(empty)


def test_every_legal_item_cites_an_article(playbooks):
    uncited = []
    for topic, book in playbooks.items():
        for section, item in book.sections():
            legal = section in ALWAYS_CITED or (
                section in LEGAL_WORD_SECTIONS and any(w in item.zh for w in LEGAL_WORDS))
            if legal and not item.cites:
                uncited.append(f"{topic}.{section}: {item.zh}")
    assert not uncited, "items stating law without a citation:\n" + "\n".join(uncited)


def test_every_cited_article_exists(playbooks, existing_articles):
    missing = sorted({f"{topic}: {cite}" for topic, book in playbooks.items()
                      for cite in book.cites() if (cite.law, cite.article) not in existing_articles})
    assert not missing, "cited articles not found in laws.db or the corpus:\n" + "\n".join(missing)


def test_items_yields_every_section(playbooks):
    book = playbooks["arrears"]
    assert list(book.items()) == [item for s in SECTIONS for item in getattr(book, s)]


def test_article_numbers_are_normalised(tmp_path):
    path = tmp_path / "arrears.yaml"
    path.write_text(
        "topic: arrears\ntitle_zh: 拖欠工资\ntitle_en: Unpaid wages\nsummary:\n"
        "  - zh: 单位应当及时足额支付劳动报酬。\n    en: Pay wages on time.\n"
        "    cites: [{law: 中华人民共和国刑法, article: 第二百七十六条之一}, {law: 中华人民共和国劳动合同法, article: 30}]\n",
        encoding="utf-8")
    book = load_playbook(path)
    assert book.summary[0].cites == (Cite("中华人民共和国刑法", "276之一"), Cite("中华人民共和国劳动合同法", "30"))
    assert book.evidence == ()


@pytest.mark.parametrize(
    "body, message",
    [
        ("topic: arrears\ntitle_zh: x\ntitle_en: x\nsummary:\n  - zh: 甲\n", "summary[0].en"),
        ("topic: contract\ntitle_zh: x\ntitle_en: x\nsummary:\n  - {zh: 甲, en: a}\n", "does not match"),
        ("topic: arrears\ntitle_zh: x\ntitle_en: x\nsummary:\n  - {zh: 甲, en: a, cites: [{law: 劳动法}]}\n",
         "summary[0].cites[0]"),
        ("topic: arrears\ntitle_zh: x\ntitle_en: x\nsummary:\n  - {zh: 甲, en: a, cites: [{law: 劳动法, article: 甲}]}\n",
         "not an article number"),
        ("topic: arrears\ntitle_zh: x\ntitle_en: x\nsummary: []\nnotes: x\n", "unknown keys"),
        ("topic: arrears\ntitle_zh: x\ntitle_en: x\nsummary: [\n", "cannot read"),
    ],
)
def test_schema_errors_name_the_file(tmp_path, body, message):
    path = tmp_path / "arrears.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(message)) as excinfo:
        load_playbook(path)
    assert str(path) in str(excinfo.value)
