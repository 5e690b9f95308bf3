"""Retrieval on every question set at once (dev and the held-out sets), without the peer: one line a set.

    python benchmarks/eval_sets.py [--json metrics.json] [--sets ../shared/eval/dev.jsonl benchmarks/data/heldout*.jsonl]

`python bot.py eval FILE` gives one set's full table with the peer; this compares a change across all sets in one
process (about three minutes on two cores), so that a change helping one set and hurting others shows.
Needs a built knowledge base in DATA_DIR (python bot.py ingest --path ../shared/corpus).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app.container import open_knowledge  # noqa: E402
from app.settings import Settings  # noqa: E402
from knowledge.evaluation import load_questions, run_search, score_rankings  # noqa: E402


def default_sets() -> list[Path]:
    held = sorted((REPO / "benchmarks" / "data").glob("heldout*.jsonl"),
                  key=lambda p: int(p.stem.removeprefix("heldout") or 1))
    return [REPO.parent / "shared" / "eval" / "dev.jsonl", *held]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sets", nargs="+", type=Path, default=None)
    p.add_argument("--json", help="write every set's metrics (and each topic's) to this file")
    args = p.parse_args()
    logging.disable(logging.WARNING)
    kb = open_knowledge(Settings())
    retriever = kb.retriever
    retriever.search("预热")
    out = {}
    print("| set | n | hit@1 | hit@3 | hit@5 | hit@10 | recall@5 | MRR | weakest topic (hit@5) |")
    print("|---|---|---|---|---|---|---|---|---|")
    try:
        for path in args.sets or default_sets():
            questions = load_questions(path)
            rankings, _ = run_search(questions, lambda q: [(h.law, h.key) for h in retriever.search(q, top_k=10)])
            overall, topics = score_rankings(questions, rankings)
            m = overall.as_dict()
            weakest = min(topics.items(), key=lambda kv: kv[1].as_dict()["hit@5"])
            print(f"| {path.stem} | {m['n']} | {m['hit@1']:.2f} | {m['hit@3']:.2f} | {m['hit@5']:.2f} | "
                  f"{m['hit@10']:.2f} | {m['recall@5']:.2f} | {m['mrr']:.2f} | "
                  f"{weakest[0]} {weakest[1].as_dict()['hit@5']:.2f} |", flush=True)
            out[path.stem] = {"all": m, "topics": {t: v.as_dict() for t, v in topics.items()}}
    finally:
        kb.close()
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
