"""The question sets we judge retrieval and answers on: well-formed, and every gold article real."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache

import pytest

from ingestion.builtin import load_builtin_laws
from ingestion.loaders import load_document
from tests.helpers.paths import CORPUS_DIR, EVAL_DIR, REPO_ROOT

# The held-out sets the team wrote (heldout.jsonl, heldout2.jsonl … heldout56.jsonl), by name.
HELDOUTS = {f"heldout{n}": REPO_ROOT / "benchmarks" / "data" / f"heldout{n}.jsonl"
            for n in ("", *(str(i) for i in range(2, 57)))}
TOPICS = {"labor_relation", "arrears", "contract", "dismissal", "overtime_hours", "social_insurance", "injury",
          "procedure", "women", "privacy", "dispatch"}
KEYS = ["id", "question", "topic", "lang", "persona", "gold", "key_points", "escalate", "escalate_reason"]


def rows(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@cache
def articles_of(law: str, source_file: str | None) -> frozenset[str]:
    """The article keys of a national law (laws.db) or of a corpus file; empty when it does not exist."""
    if source_file:
        hits = list(CORPUS_DIR.rglob(source_file))
        if not hits:
            return frozenset()
        doc = load_document(hits[0])
        return frozenset(a.key for a in doc.articles) if doc.title == law else frozenset()
    docs, _errors = load_builtin_laws([law])
    return frozenset(a.key for d in docs for a in d.articles)


@pytest.mark.parametrize("path", list(HELDOUTS.values()), ids=list(HELDOUTS))
def test_the_heldout_sets_are_complete_and_balanced(path):
    questions = rows(path)
    # sets 1-35 hold 120-132 questions; from session 36 a set is 66 (six a topic), read in full each session
    assert len(questions) >= 66 and len({q["id"] for q in questions}) == len(questions)
    assert all(list(q) == KEYS for q in questions)
    assert {q["topic"] for q in questions} == TOPICS
    assert min(Counter(q["topic"] for q in questions).values()) >= 6
    assert sum(q["escalate"] for q in questions) >= len(questions) // 6
    assert sum(q["lang"] == "en" for q in questions) >= 5
    assert all(q["key_points"] and q["gold"] for q in questions)
    # every escalation says which clause of the policy applies (later sets also say why the others do not)
    assert all(q["escalate_reason"] for q in questions if q["escalate"])


@pytest.mark.parametrize("path", [*HELDOUTS.values(), EVAL_DIR / "dev.jsonl"], ids=[*HELDOUTS, "dev"])
def test_every_gold_article_exists_in_the_sources(path, corpus_dir):
    missing = [
        f"{q['id']}: {g['law']} {g['article']}"
        for q in rows(path) for g in q["gold"]
        if str(g["article"]) not in articles_of(g["law"], g.get("source_file"))
    ]
    assert not missing, missing
