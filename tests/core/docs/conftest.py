"""Document fixtures: the corpus, a Documents service sharing the session's embedder."""

from __future__ import annotations

import pytest

from tests.fixtures import documents as fx


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    pytest.importorskip("fpdf", reason="fpdf2 (dev extra) writes the test PDFs")
    return fx.make_corpus(tmp_path_factory.mktemp("corpus") / "docs")


@pytest.fixture
def documents(hearth_home, embedder):
    """A Documents service on a fresh database, sharing the session's embedding model."""
    from app.core.config import Settings, data_home
    from app.core.docs.service import Documents
    from app.core.store.db import open_db

    db = open_db()
    docs = Documents(db, Settings(db), data_home(), embedder=embedder)
    yield docs
    docs.close()  # the OCR child, when a test started one (the shared embedder stays)
    db.conn.close()
