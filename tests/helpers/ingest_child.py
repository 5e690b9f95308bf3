"""A second process that ingests one document into a shared knowledge base (catalog URL and Chroma
server from the environment, as a replica would), under the catalog's writer lock.

    python -m tests.helpers.ingest_child DATA_DIR FILE
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from app.settings import Settings
from ingestion.sync import load_paths
from tests.helpers.kb import make_kb


def main(data_dir: str, file: str) -> int:
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(name)s: %(message)s")
    kb = make_kb(Path(data_dir), catalog_url=Settings().catalog_url, chroma=Settings().chroma)
    try:
        docs, failures = load_paths([Path(file)])
        assert not failures, failures
        report = kb.ingestor.sync_documents(docs)
        print("synced", [r.status for r in report.results], flush=True)
        return 0 if not report.failed else 1
    finally:
        kb.close()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
