"""Rule matching on the rules' own situations, each held out in turn (no evaluation questions).

Each situation phrasing is matched as if a worker had written it, with that phrasing left out of the
index and without retrieval's help; the right answer is its own rule. Prints top-1 accuracy and, per
similarity threshold, coverage and precision. It showed that similarity alone cannot be trusted
(top-1 0.17 among 317 close rules, e5 similarities all above 0.9), which is why a match is trusted only
when retrieval independently finds its decisive article or the facts vouch for it (MatchSettings).

    python benchmarks/bench_rules.py            # over the knowledge base in DATA_DIR (run ingest first)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from app.container import open_knowledge  # noqa: E402
from app.settings import Settings  # noqa: E402


def main() -> int:
    kb = open_knowledge(Settings())
    try:
        index = kb.rules
        added, removed = index.sync()
        print(f"situations synced: +{added} -{removed}; {len(index.book)} rules")
        items = index.items()
        ids = sorted(items)
        got = index.collection._collection.get(ids=ids, include=["embeddings"])
        vectors = dict(zip(got["ids"], got["embeddings"], strict=True))
        rows = []
        for sid in ids:
            text, meta = items[sid]
            matches = index.match(text, vector=vectors[sid], exclude_ids=frozenset({sid}), limit=1)
            top = matches[0] if matches else None
            rows.append((meta["rule"], top.rule.key if top else None, top.similarity if top else 0.0))
        right = np.array([r[0] == r[1] for r in rows])
        sims = np.array([r[2] for r in rows])
        print(f"held-out situations: {len(rows)}; top-1 right: {right.mean():.3f}")
        print("| similarity ≥ | coverage | precision |")
        print("|---|---|---|")
        for t in (0.78, 0.80, 0.82, 0.84, 0.86, 0.88, 0.90, 0.92):
            on = sims >= t
            prec = right[on].mean() if on.any() else float("nan")
            print(f"| {t:.2f} | {on.mean():.3f} | {prec:.3f} |")
    finally:
        kb.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
