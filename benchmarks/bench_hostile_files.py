"""Hostile documents against the loaders: outcome, seconds and peak memory of each.

    python benchmarks/bench_hostile_files.py                    # in-process and isolated loads
    python benchmarks/bench_hostile_files.py --baseline HEAD~1  # also the loaders of a git revision

Generates the hostile files itself (zip-bomb .docx, deeply nested HTML, a 50 MB text, PDFs that
are corrupt, scanned, a page bomb or a Flate bomb, files renamed to the wrong extension …) and,
for comparison, the largest real law (民法典) as .docx, .html and .pdf. Each file is loaded in a
fresh process, so the peak RSS is that load's own (RUSAGE_CHILDREN of a wrapper, which includes
the child process of an isolated load). ``--baseline`` runs the ``ingestion`` package of a git
revision (read with ``git show``) in the same way, capped at 60 s and 3 GB so a bomb cannot take
the machine down. Prints a Markdown table. Target: every hostile file refused within 10 s and
500 MB, with a reason naming the problem.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.helpers.documents import write_docx, write_html, write_pdf, write_scanned_pdf  # noqa: E402
from tests.ingestion.test_hostile import (  # noqa: E402
    docx_parts,
    write_blank_pages_pdf,
    write_corrupt_pdf,
    write_flate_bomb_pdf,
    write_huge_text,
    write_nested_html,
    write_zip,
    write_zip_bomb_docx,
)

# One load, in the process that runs it: prints its outcome and the seconds the call took.
LOAD = r"""
import json, logging, sys, time
from pathlib import Path
logging.disable(logging.CRITICAL)
import ingestion.loaders as loaders
from knowledge.models import IngestionError
mode, path = sys.argv[1], Path(sys.argv[2])
load = loaders.load_document_isolated if mode == "isolated" else loaders.load_document
start = time.perf_counter()
try:
    doc = load(path)
    outcome = f"loaded: {len(doc.articles)} articles"
except IngestionError as exc:
    outcome = f"refused: {exc.reason}"
except MemoryError:
    outcome = "MemoryError"
print(json.dumps({"outcome": outcome, "seconds": time.perf_counter() - start}))
"""

# Runs a command with a memory cap and a time limit; reports the command's peak RSS (with its own
# children) from a fresh parent's RUSAGE_CHILDREN.
WRAP = r"""
import json, resource, subprocess, sys
cap, timeout = int(sys.argv[1]), float(sys.argv[2])
def limit():
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
try:
    done = subprocess.run(sys.argv[3:], capture_output=True, text=True, timeout=timeout, preexec_fn=limit)
    out = done.stdout.strip().splitlines()[-1:] or [json.dumps({"outcome": "crashed: " + done.stderr.strip()[-200:]})]
    result = json.loads(out[0])
except subprocess.TimeoutExpired:
    result = {"outcome": f"still running at {timeout:g} s: killed", "seconds": timeout}
result["rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps(result))
"""


def hostile_files(folder: Path) -> list[tuple[str, Path]]:
    """Write the hostile files (and three real large documents); return (description, path)."""
    made: list[tuple[str, Callable[[Path], Path], str]] = [
        ("zip-bomb .docx: 30 MB of XML (600,000 paragraphs)", write_zip_bomb_docx, "bomb.docx"),
        ("zip-bomb .docx whose header says 2 KB, inflating to 140 MB",
         lambda p: write_zip_bomb_docx(p, expanded=140_000_000, declared=2_000), "lying.docx"),
        ("zip-bomb .docx, bzip2: 1 GB of XML", _write_bzip2_bomb_docx, "bzip2.docx"),
        (".docx listing 60,000 entries", _write_many_entries_docx, "entries.docx"),
        ("deeply nested HTML (200,000 levels)", write_nested_html, "nested.html"),
        ("HTML with 250,000 elements",
         lambda p: _write_text(p, "<html><body><p>" + "<b>甲</b>" * 250_000 + "</p></body></html>"), "elements.html"),
        ("HTML with 1 MB whitespace runs in title and text",
         lambda p: _write_text(p, "<html><head><title>a" + " " * 1_000_000 + "b</title></head><body><p>第一条 甲"
                                  + " " * 1_000_000 + "乙。</p></body></html>"), "spaces.html"),
        ("50 MB text", write_huge_text, "big.txt"),
        ("9 MB text (3 million characters)",
         lambda p: _write_text(p, "# 某条例\n第一条 " + "用人单位应当按时足额支付劳动报酬。" * 180_000), "long.txt"),
        ("Markdown: 150,000 unclosed <!-- and a heading line of 300,000 #",
         lambda p: _write_text(p, "# 某条例\n" + "<!--" * 150_000 + "\n# " + "#" * 300_000 + "x\n第一条 甲。\n"),
         "comments.md"),
        ("Markdown: 6,000 one-line articles",
         lambda p: _write_text(p, "# 某条例\n" + "".join(f"第{i}条 甲。\n" for i in range(1, 6_001))), "articles.md"),
        ("corrupt PDF", write_corrupt_pdf, "corrupt.pdf"),
        ("scanned PDF, no text layer", write_scanned_pdf, "scanned.pdf"),
        (".docx renamed .pdf", lambda p: write_zip(p, docx_parts()), "renamed.pdf"),
        ("PNG renamed .pdf", lambda p: _write_bytes(p, b"\x89PNG\r\n\x1a\n" + random.Random(3).randbytes(50_000)),
         "image.pdf"),
        ("PDF with 20,000 blank pages", lambda p: write_blank_pages_pdf(p, 20_000), "pages.pdf"),
        ("PDF whose content stream inflates to 200 MB", write_flate_bomb_pdf, "flate.pdf"),
    ]
    files = [(label, build(folder / name)) for label, build, name in made]
    code = _civil_code_markdown()
    files += [
        ("real: 民法典 as .docx", write_docx(folder / "民法典.docx", code)),
        ("real: 民法典 as .html", write_html(folder / "民法典.html", code)),
        ("real: 民法典 as .pdf", write_pdf(folder / "民法典.pdf", [line.lstrip("# ") for line in code.splitlines()])),
    ]
    return files


def _write_text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _write_bzip2_bomb_docx(path: Path) -> Path:
    """A real .docx whose word/document.xml is 1 GB compressed with bzip2 into ~1 KB (Python's
    zipfile inflates bzip2 entries; Word never writes them)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in docx_parts().items():
            if name != "word/document.xml":
                package.writestr(name, data)
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_BZIP2
        with package.open(info, "w") as fh:
            chunk = b" " * 10_000_000
            for _ in range(100):
                fh.write(chunk)
    return path


def _write_many_entries_docx(path: Path) -> Path:
    return write_zip(path, docx_parts() | {f"customXml/item{i}.xml": b"" for i in range(60_000)},
                     method=zipfile.ZIP_STORED)


def _civil_code_markdown() -> str:
    """民法典 from the statute DB as Markdown: its title, 编/章 headings and 1,260 articles."""
    from ingestion.builtin import load_builtin_laws

    docs, errors = load_builtin_laws(["中华人民共和国民法典"])
    if errors:
        sys.exit(f"民法典 not in the statute DB: {errors[0]}")
    lines = [f"# {docs[0].title}"]
    previous: tuple[str, ...] = ()
    for article in docs[0].articles:
        same = next((i for i, (a, b) in enumerate(zip(previous, article.headings)) if a != b),
                    min(len(previous), len(article.headings)))
        lines += [f"{'#' * min(depth + 2, 6)} {heading}" for depth, heading in enumerate(article.headings)
                  if depth >= same]
        previous = article.headings
        lines.append(f"{article.label} {article.text}")
    return "\n".join(lines) + "\n"


def measure(path: Path, mode: str, *, pythonpath: str | None = None, cap: int = 3 << 30,
            timeout: float = 60.0) -> dict:
    """Load one file in a fresh process; return its outcome, seconds and peak RSS (MB)."""
    env = {**os.environ, "PYTHONPATH": pythonpath} if pythonpath else None
    command = [sys.executable, "-c", WRAP, str(cap), str(timeout), sys.executable, "-c", LOAD, mode, str(path)]
    # "python -c" puts its working directory first on sys.path: the baseline's, not the checkout's.
    done = subprocess.run(command, capture_output=True, text=True, cwd=pythonpath or REPO, env=env, check=False)
    if done.returncode:
        sys.exit(f"measuring {path.name} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def baseline_tree(revision: str, folder: Path) -> str:
    """Write the ``ingestion`` package of a git revision under ``folder``; return it for PYTHONPATH."""
    names = subprocess.run(["git", "ls-tree", "--name-only", revision, "ingestion/"], cwd=REPO, check=True,
                           capture_output=True, text=True).stdout.split()
    target = folder / "ingestion"
    target.mkdir(parents=True)
    for name in names:
        if name.endswith(".py"):
            source = subprocess.run(["git", "show", f"{revision}:{name}"], cwd=REPO, check=True,
                                    capture_output=True).stdout
            (folder / name).write_bytes(source)
    return str(folder)


def _size(path: Path) -> str:
    size = path.stat().st_size
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{size / 1000:.0f} KB"


def _cell(text: str, width: int = 110) -> str:
    text = text.replace("|", "/")
    return text if len(text) <= width else text[:width - 1] + "…"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", metavar="REV", help="also run the ingestion package of this git revision")
    parser.add_argument("--keep", type=Path, help="write the files here and keep them")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch) / "files"
        folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        files = hostile_files(folder)
        print(f"wrote {len(files)} files in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        old = baseline_tree(args.baseline, Path(scratch) / "baseline") if args.baseline else None

        header = "| file | size | outcome (in-process) | s | peak MB | isolated: s | peak MB |"
        rule = "|---|---|---|---|---|---|---|"
        if old:
            header += f" {args.baseline}: outcome | s | peak MB |"
            rule += "---|---|---|"
        print(header)
        print(rule)
        for label, path in files:
            here = measure(path, "inprocess")
            alone = measure(path, "isolated")
            same = "" if alone["outcome"] == here["outcome"] else f" (isolated: {alone['outcome']})"
            row = (f"| {label} | {_size(path)} | {_cell(here['outcome'] + same)} | {here['seconds']:.2f} | "
                   f"{here['rss_mb']:.0f} | {alone['seconds']:.2f} | {alone['rss_mb']:.0f} |")
            if old:
                before = measure(path, "inprocess", pythonpath=old)
                row += f" {_cell(before['outcome'], 60)} | {before['seconds']:.1f} | {before['rss_mb']:.0f} |"
            print(row, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
