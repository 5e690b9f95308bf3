"""The dependency direction of the house: the core never imports Telegram (or the web layer)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = ["knowledge", "ingestion", "bot"]
FORBIDDEN = ("telegram", "handlers")


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module.split(".")[0])
    return out


def test_core_packages_do_not_import_telegram_or_handlers():
    offenders = []
    for package in CORE:
        for path in (ROOT / package).rglob("*.py"):
            if package == "bot" and path.name in ("telegram_app.py",):
                continue  # the composition root for the Telegram channel may wire handlers
            bad = imports(path) & set(FORBIDDEN)
            if bad:
                offenders.append(f"{path.relative_to(ROOT)} imports {sorted(bad)}")
    assert not offenders, offenders


def test_knowledge_and_ingestion_do_not_import_bot():
    offenders = [
        str(p.relative_to(ROOT))
        for package in ("knowledge", "ingestion")
        for p in (ROOT / package).rglob("*.py")
        if "bot" in imports(p)
    ]
    assert not offenders, offenders
