"""Command line: ingest, sources, retire, search, eval, ask, chat, serve, staff accounts, the staff console.

Each command says what it opens (``opens``): the knowledge base, the application database, both,
or nothing (it builds its own, like ``serve``); ``main`` opens that much and closes it afterwards.
"""

from __future__ import annotations

import argparse
import logging
import sys

from pydantic import ValidationError

from app.cli import chat, knowledge, staff
from app.cli.terminal import console
from app.container import Container
from app.logging_setup import setup_logging
from app.settings import Settings

logger = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bot.py", description="Labor-rights assistant for workers in China")
    sub = parser.add_subparsers(dest="command", required=True)
    knowledge.add_commands(sub)
    chat.add_commands(sub)
    staff.add_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as exc:
        console.print(f"[red]Configuration error:[/red]\n{exc}")
        return 2
    setup_logging(settings.log_level)
    if args.opens == "nothing":
        return args.func(settings, args)
    container = Container.open(settings, knowledge=args.opens in ("knowledge", "everything"),
                               database=args.opens in ("database", "everything"))
    try:
        return args.func(container, args)
    finally:
        container.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
