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

# The console's browser tests drive Debian's chromium (Playwright cannot download browsers here).
# (benchmarks/console_screenshots.py also wants fonts-noto-cjk for Chinese text; the tests do not need it.)
if [ -x /usr/bin/chromium ]; then
  echo "chromium: /usr/bin/chromium found (console browser tests will run)"
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium: /usr/bin/chromium missing; installing Debian's chromium for the console browser tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q chromium >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null 2>&1; } \
    || echo "chromium: apt-get install chromium failed; the console browser tests will be skipped" >&2
  [ -x /usr/bin/chromium ] && echo "chromium: installed"
else
  echo "chromium: /usr/bin/chromium missing and cannot install it here (needs root and apt-get); the console browser tests will be skipped" >&2
fi

exec .venv/bin/python -m pytest -q "$@"
