"""The dependency direction of the house, read from the imports, with no exemptions.

    knowledge ← ingestion ← bot (services) ← handlers ← app ← bot.py

A package imports only the packages to its left; only ``bot.py`` (and tests and benchmarks) imports
``app``; only ``handlers`` and ``app`` import Telegram or the web stack. A module named in a string
(``"handlers.console.app:create_app"``, for uvicorn or importlib) counts as an import.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("knowledge", "ingestion", "bot", "handlers", "app")  # each may import only those before it
CHANNEL_LIBRARIES = {"telegram", "fastapi", "starlette", "uvicorn"}
CHANNEL_PACKAGES = {"handlers", "app"}  # the only ones allowed to import CHANNEL_LIBRARIES
_DOTTED = re.compile(r"^([a-z_][a-z0-9_]*)(?:\.[a-z_][a-z0-9_]*)+(?::[A-Za-z_]\w*)?$")


def imports(path: Path, root: Path = ROOT) -> set[str]:
    """The top-level packages a file imports: import statements anywhere in it (relative ones
    resolved), and dotted module names written as strings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = list(path.relative_to(root).parts[:-1])  # the package the file is in
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                out.add((node.module or "").split(".")[0])
            else:  # a relative import stays in its own top-level package
                out.add(package[0] if package else (node.module or "").split(".")[0])
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and _names_module(node.value, root):
            out.add(node.value.split(".")[0])
    return out


def _names_module(text: str, root: Path) -> bool:
    """Whether a string is an import by name ("handlers.console.app:create_app"), not prose or an
    attribute path such as "app.state": it ends in ":attribute" or names a module that exists."""
    m = _DOTTED.match(text)
    if m is None:
        return False
    first, second = text.split(":")[0].split(".")[:2]
    return ":" in text or (root / first / f"{second}.py").is_file() or (root / first / second).is_dir()


def layer_violations(paths: list[Path], root: Path = ROOT) -> list[str]:
    """What each file imports that its layer may not: a layer above it, or a channel library."""
    offenders = []
    for path in paths:
        own = path.relative_to(root).parts[0]
        if own not in LAYERS:
            continue
        used = imports(path, root)
        bad = used & set(LAYERS[LAYERS.index(own) + 1:])
        if own not in CHANNEL_PACKAGES:
            bad |= used & CHANNEL_LIBRARIES
        if bad:
            offenders.append(f"{path.relative_to(root)} imports {sorted(bad)}")
    return offenders


def test_each_layer_imports_only_the_layers_below_it():
    offenders = layer_violations([p for layer in LAYERS for p in sorted((ROOT / layer).rglob("*.py"))])
    assert not offenders, offenders


def test_only_the_entry_point_tests_and_benchmarks_import_app():
    outside = {"bot.py", "tests", "benchmarks", "app"}
    files = [p for p in ROOT.glob("*.py") if p.name not in outside]
    files += [p for d in ROOT.iterdir() if d.is_dir() and d.name not in outside and not d.name.startswith(".")
              for p in d.rglob("*.py")]
    offenders = [str(p.relative_to(ROOT)) for p in files if "app" in imports(p)]
    assert not offenders, offenders


def test_the_check_catches_each_kind_of_violation(tmp_path):
    """A deliberate break of each rule is reported, and a file that keeps them is not."""
    broken = {
        "knowledge/upward.py": "from bot.chat import ChatService\n",
        "ingestion/upward.py": "import bot.cases\n",
        "bot/late.py": "def f():\n    from handlers.context import BotContext\n",
        "bot/by_name.py": 'FACTORY = "handlers.console.app:create_app"\n',
        "bot/by_module.py": 'importlib.import_module("handlers.worker")\n',
        "bot/channel.py": "from telegram import Update\n",
        "ingestion/web.py": "import fastapi\n",
        "handlers/root.py": "from app.container import Container\n",
    }
    fine = {
        "handlers/worker.py": "",
        "handlers/ok.py": "import telegram\nfrom bot.chat import ChatService\nfrom .context import BotContext\n"
                          'STATE = "app.state.desk"\n',
        "bot/pkg/__init__.py": "from ..escalation import EscalationService\nfrom knowledge.models import Article\n",
        "app/all.py": "import uvicorn\nfrom handlers import worker\nfrom app.settings import Settings\n",
    }
    for name, code in {**broken, **fine}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(code, encoding="utf-8")
    offenders = layer_violations([tmp_path / name for name in {**broken, **fine}], tmp_path)
    assert sorted(o.split(" ")[0] for o in offenders) == sorted(broken), offenders


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def control_characters(paths: list[Path], root: Path = ROOT) -> list[str]:
    """The files, with line numbers, holding a control character (a regex's \\b written inside a non-raw string is a
    backspace: the pattern then silently never matches)."""
    found = []
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _CONTROL.search(line):
                found.append(f"{path.relative_to(root)}:{n}")
    return found


def test_no_source_or_rule_file_holds_a_control_character(tmp_path):
    files = [p for d in ("bot", "knowledge", "ingestion", "handlers", "app", "tests", "benchmarks", "scripts")
             for p in sorted((ROOT / d).rglob("*")) if p.suffix in (".py", ".yaml", ".md") and ".venv" not in p.parts]
    assert control_characters(files) == []
    bad = tmp_path / "bad.py"
    bad.write_text('PATTERN = "\\bword\x08"\n', encoding="utf-8")
    assert control_characters([bad], tmp_path) == ["bad.py:1"]
