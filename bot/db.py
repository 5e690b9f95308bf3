"""The application database (conversations, interactions, cases, staff): engine and migrations.

The schema is owned by Alembic migrations in ``bot/migrations`` (SQLite by default, PostgreSQL by
``DATABASE_URL``); the ``Table`` objects next to each store describe it for queries, and a test
checks that the two agree.
"""

from __future__ import annotations

import logging
from importlib.resources import files

from sqlalchemy import MetaData, create_engine, event, inspect, text
from sqlalchemy.engine import Engine

logger = logging.getLogger(__name__)

metadata = MetaData()

# The revision that matches what session-1 databases got from create_all (conversations, interactions).
BASELINE_REVISION = "0001"

# PostgreSQL advisory key (two-int4 space) serialising migrations of replicas that start together.
MIGRATION_LOCK_KEY = (0x4C52_4153, 2)


def create_db_engine(url: str) -> Engine:
    """Return an engine for ``url`` (SQLite in WAL mode, or any SQLAlchemy URL such as PostgreSQL)."""
    engine = create_engine(url, future=True, pool_pre_ping=True)
    if url.startswith("sqlite"):
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def alembic_config():
    """Return the Alembic config of the packaged migrations (no alembic.ini needed)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(files("bot") / "migrations"))
    return cfg


def migrate(engine: Engine, revision: str = "head") -> str | None:
    """Upgrade the database to ``revision``; return the revision it is at afterwards.

    A database created before migrations existed (tables but no ``alembic_version``) is stamped
    at the baseline first, so its data is kept. On PostgreSQL the migration holds a transaction
    advisory lock: replicas starting together migrate one after the other (the second finds the
    schema at head and does nothing).
    """
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    cfg = alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            a, b = MIGRATION_LOCK_KEY
            conn.execute(text("SELECT pg_advisory_xact_lock(:a, :b)"), {"a": a, "b": b})
        cfg.attributes["connection"] = conn
        tables = set(inspect(conn).get_table_names())
        if "alembic_version" not in tables and {"conversations", "interactions"} <= tables:
            logger.info("Stamping a pre-migration database at revision %s", BASELINE_REVISION)
            command.stamp(cfg, BASELINE_REVISION)
        command.upgrade(cfg, revision)
        return MigrationContext.configure(conn).get_current_revision()


def downgrade(engine: Engine, revision: str) -> str | None:
    """Step the database back to ``revision`` (dropping what later migrations added)."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
        return MigrationContext.configure(conn).get_current_revision()
