#!/usr/bin/env bash
# Set up, build the knowledge base on the offline defaults (built-in laws + ../shared/corpus)
# and answer a question with the offline assistant.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
CORPUS=${CORPUS_DIR:-../shared/corpus}
if [ -d "$CORPUS" ]; then
  .venv/bin/python bot.py ingest --path "$CORPUS"
else
  .venv/bin/python bot.py ingest
fi
.venv/bin/python bot.py ask "${1:-干了俩月没给钱咋办}"
