"""Where the shared corpus and evaluation files live: ``../shared`` beside the checkout."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_DIR = Path(os.environ.get("SHARED_DIR", REPO_ROOT.parent / "shared"))
CORPUS_DIR = SHARED_DIR / "corpus"
EVAL_DIR = SHARED_DIR / "eval"


def corpus_file(name: str) -> Path:
    """Return the corpus file whose name starts with ``name`` (any sub-folder)."""
    hits = sorted(p for p in CORPUS_DIR.rglob("*.md") if p.name.startswith(name))
    if not hits:
        raise FileNotFoundError(f"no corpus file starting with {name!r} under {CORPUS_DIR}")
    return hits[0]
