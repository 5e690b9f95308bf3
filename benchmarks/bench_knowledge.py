"""Knowledge-base benchmark: build time and peak memory, unchanged re-ingest, query latency.

    python benchmarks/bench_knowledge.py [--corpus ../shared/corpus] [--questions ../shared/eval/dev.jsonl]

Each stage runs ``bot.py`` (or a small serving loop) in a fresh subprocess with its own
DATA_DIR, so wall time and peak RSS are those of the real command. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

SERVE_LOOP = r"""
import json, resource, sys, time
import numpy as np
from app.container import open_knowledge
from app.settings import Settings
questions = [json.loads(l)["question"] for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
kb = open_knowledge(Settings())
for q in questions[:5]:
    kb.retriever.search(q)          # warm: models, BM25, caches
lat = []
for _ in range(int(sys.argv[2])):
    for q in questions:
        t = time.perf_counter(); kb.retriever.search(q); lat.append((time.perf_counter() - t) * 1000)
print(json.dumps({"n": len(lat), "p50": float(np.percentile(lat, 50)), "p95": float(np.percentile(lat, 95)),
                  "max": float(max(lat)), "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


# Runs a command and reports that command's own peak RSS (RUSAGE_CHILDREN of a fresh parent).
WRAP = r"""
import resource, subprocess, sys
p = subprocess.run(sys.argv[1:], capture_output=True, text=True)
sys.stdout.write(p.stdout); sys.stderr.write(p.stderr)
print("@@RSS_KB", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)
sys.exit(p.returncode)
"""


def run_stage(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Run a command; return (seconds, its peak RSS in MB, stdout)."""
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", WRAP, *args], cwd=REPO, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(args)} failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    rss_kb = next(int(line.split()[1]) for line in proc.stderr.splitlines() if line.startswith("@@RSS_KB"))
    return seconds, rss_kb / 1024, proc.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(REPO.parent / "shared" / "corpus"))
    parser.add_argument("--questions", default=str(REPO.parent / "shared" / "eval" / "dev.jsonl"))
    parser.add_argument("--rounds", type=int, default=4, help="passes over the questions when timing queries")
    parser.add_argument("--data-dir", help="reuse this data directory (skips nothing; builds into it)")
    args = parser.parse_args()

    data_dir = Path(args.data_dir or tempfile.mkdtemp(prefix="kb-bench-"))
    env = {**os.environ, "DATA_DIR": str(data_dir), "LOG_LEVEL": "WARNING", "COLUMNS": "200"}
    py = sys.executable
    rows = []
    t_build, rss_build, out = run_stage([py, "bot.py", "ingest", "--path", args.corpus], env)
    articles = next((line for line in out.splitlines() if "articles in the catalog" in line), "").strip()
    rows.append(("build default corpus (built-in laws + corpus)", f"{t_build:.1f} s", f"{rss_build:.0f} MB"))
    t_re, _, _ = run_stage([py, "bot.py", "ingest", "--path", args.corpus], env)
    rows.append(("re-ingest unchanged corpus", f"{t_re:.1f} s", ""))
    proc = subprocess.run([py, "-c", SERVE_LOOP, args.questions, str(args.rounds)], cwd=REPO, env=env,
                          capture_output=True, text=True)
    if proc.returncode:
        sys.exit(proc.stderr[-3000:])
    serve = json.loads(proc.stdout.strip().splitlines()[-1])
    rows.append((f"query latency warm, {serve['n']} queries", f"p50 {serve['p50']:.0f} ms / p95 {serve['p95']:.0f} ms",
                 f"{serve['rss_mb']:.0f} MB"))
    print(f"\nKnowledge-base benchmark ({os.cpu_count()} cores); {articles}\n")
    print("| stage | time | peak RSS |\n|---|---|---|")
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2]} |")
    print(f"\ndata directory: {data_dir}")


if __name__ == "__main__":
    main()
