#!/usr/bin/env bash
# Set up the environment and run the whole test suite (SQLite and a real PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test

# Tests that need PostgreSQL use 127.0.0.1:5432 (trust auth, database "test"). Start the local
# cluster if it is installed but down; say so plainly if it cannot be reached.
if ! .venv/bin/python - <<'PY' 2>/dev/null
import psycopg
psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test", connect_timeout=3).close()
PY
then
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    echo "PostgreSQL is down; starting the local cluster" >&2
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
    sleep 2
  fi
  .venv/bin/python - <<'PY' || { echo "ERROR: PostgreSQL is not reachable at 127.0.0.1:5432 (database 'test'); the PostgreSQL tests will fail." >&2; }
import psycopg
psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test", connect_timeout=3).close()
PY
fi

exec .venv/bin/python -m pytest -q "$@"
