"""The application database schema is owned by migrations, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

import bot.activity
import bot.cases
import bot.conversation
import bot.inbox
import bot.ratelimit
import bot.staff  # noqa: F401
from bot.conversation import ConversationState, ConversationStore
from bot.db import create_db_engine, downgrade, metadata, migrate


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    url = f"sqlite:///{tmp_path / 'app.db'}" if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    e = create_db_engine(url)
    yield e
    e.dispose()


def test_migrations_build_exactly_the_schema_the_code_queries(engine):
    assert migrate(engine) == "0005"
    assert migrate(engine) == "0005"  # idempotent
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == [], diff


def test_a_database_from_before_migrations_keeps_its_data(engine):
    # What the first release created with create_all: the two tables, no alembic_version.
    migrate(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
        conn.execute(text("INSERT INTO conversations (conversation_id, state, updated_at) VALUES (:i, :s, :t)"),
                     {"i": "tg:7", "s": ConversationState(topic="arrears").to_json(),
                      "t": datetime(2026, 1, 5, tzinfo=UTC)})
    assert migrate(engine) == "0005"
    assert {"cases", "case_messages", "case_events", "outbox", "staff", "staff_sessions", "inbox",
            "rate_windows"} <= set(inspect(engine).get_table_names())
    assert ConversationStore(engine).load("tg:7").topic == "arrears"


def test_downgrade_and_upgrade_again(engine):
    migrate(engine)
    assert downgrade(engine, "0001") == "0001"
    assert "cases" not in inspect(engine).get_table_names()
    assert migrate(engine) == "0005"


def test_replicas_starting_together_migrate_one_after_the_other(postgres_url):
    from concurrent.futures import ThreadPoolExecutor

    engines = [create_db_engine(postgres_url) for _ in range(4)]
    try:
        with ThreadPoolExecutor(4) as pool:  # without the lock two of them create the same tables and fail
            assert list(pool.map(migrate, engines)) == ["0005"] * 4
    finally:
        for e in engines:
            e.dispose()
