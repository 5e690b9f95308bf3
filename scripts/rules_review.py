"""Write docs/rules_review.md: every situation rule beside the text of the articles it cites.

A lawyer reads each row: does the conclusion follow from the quoted text, are the conditions and
exceptions right, is anything misleading? Run after changing a rule file:

    python scripts/rules_review.py [--corpus ../shared/corpus] [--out docs/rules_review.md]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingestion.config import DEFAULT_LAWS  # noqa: E402
from knowledge.rules import load_rules  # noqa: E402
from tests.helpers.statutes import corpus_articles, national_articles  # noqa: E402


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--out", default=str(ROOT / "docs" / "rules_review.md"))
    args = parser.parse_args(argv)
    book = load_rules()
    texts = {k: v for k, v in national_articles().items() if k[0] in DEFAULT_LAWS}
    texts.update(corpus_articles(Path(args.corpus)))
    counts = Counter(r.topic for r in book)
    lines = [
        "# Situation rules read against their articles",
        "",
        f"{len(book)} rules ({', '.join(f'{t} {n}' for t, n in sorted(counts.items()))}), made by",
        "`python scripts/rules_review.py` from `knowledge/rules/*.yaml`. Each row: the rule, when it does not",
        "apply, its conclusion, and the decisive article's text with the terms the test checks in **bold**.",
        "`tests/knowledge/test_rules.py` checks that every cited article exists in the default knowledge base",
        "and contains its terms.",
        "",
    ]
    for topic in sorted(counts):
        lines += [f"## {topic}", "", "| rule | not when | conclusion | decisive article (terms in bold) | also cites |",
                  "|---|---|---|---|---|"]
        for rule in book.by_topic(topic):
            first = rule.cites[0]
            text = texts.get((first.law, first.article), "(not in the knowledge base)")
            for term in first.terms:
                text = text.replace(term, f"**{term}**")
            excl = ", ".join(ex.when + (f" → {ex.instead}" if ex.instead else "") for ex in rule.excludes) or "–"
            also = "; ".join(str(c) for c in rule.all_cites()[1:]) or "–"
            lines.append(f"| `{rule.id}` | {cell(excl)} | {cell(rule.conclusion.zh)} | {cell(str(first))}：{cell(text)} "
                         f"| {cell(also)} |")
        lines.append("")
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.out}: {len(book)} rules")
    return 0


if __name__ == "__main__":
    sys.exit(main())
