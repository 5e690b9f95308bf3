#!/usr/bin/env bash
# Set up, build the knowledge base on the offline defaults and answer a sample question.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
CORPUS=${CORPUS_DIR:-../shared/corpus}
if [ -d "$CORPUS" ]; then
  .venv/bin/python bot.py ingest --path "$CORPUS"
else
  .venv/bin/python bot.py ingest
fi
.venv/bin/python bot.py search "${1:-干了俩月没给钱咋办}"
