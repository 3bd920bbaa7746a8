"""Schema migrations: plain functions, registered in file order by `@migration`,
applied in that order and recorded by name, each in one transaction.

Add a new migration at the end of this file; never edit one that has shipped
(tests/core/test_migrations.py upgrades a database of the first schema).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from app.core import messages
from app.core.errors import StorageError
from app.core.messages import Msg
from app.core.store.sqlite import Database

Migration = Callable[[Database], None]
MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    """Register `fn` after the migrations above it (its name is its record)."""
    if any(m.__name__ == fn.__name__ for m in MIGRATIONS):
        raise ValueError(f"two migrations are named {fn.__name__}")
    MIGRATIONS.append(fn)
    return fn


@migration
def m001_initial(db: Database) -> None:
    db["conversations"].create(
        {
            "id": int,
            "title": str,
            "created": float,
            "updated": float,
            "model": str,
            "system_prompt": str,
        },
        pk="id",
        not_null={"title", "created", "updated"},
        defaults={"title": "New conversation"},
    )
    db["messages"].create(
        {
            "id": int,
            "conversation_id": int,
            "role": str,  # system | user | assistant
            "content": str,
            "created": float,
            "model": str,
            "prompt_tokens": int,
            "completion_tokens": int,
            "ttft_s": float,
            "tokens_per_s": float,
            "status": str,  # complete | generating | stopped | failed
            "error": str,
        },
        pk="id",
        foreign_keys=[("conversation_id", "conversations", "id")],
        not_null={"conversation_id", "role", "content", "created", "status"},
        defaults={"content": "", "status": "complete"},
    )
    db["messages"].create_index(["conversation_id", "id"])
    db["messages"].enable_fts(["content"], fts_version="FTS5", create_triggers=True)
    db["settings"].create({"key": str, "value": str}, pk="key")


@migration
def m002_models(db: Database) -> None:
    """Models registered in the catalog (downloaded or imported); the bundled
    ones are found on disk and need no row."""
    db["models"].create(
        {
            "id": str,
            "path": str,
            "source": str,  # downloaded | imported
            "repo": str,
            "filename": str,
            "sha256": str,
            "size": int,
            "added": float,
            "metadata": str,  # JSON of GGUFInfo.to_dict()
            "settings": str,  # JSON of per-model overrides
        },
        pk="id",
        not_null={"path", "source", "added"},
    )


@migration
def m004_documents(db: Database) -> None:
    """Document collections: sources (folders/files), files with hash and status,
    chunks with page, heading path, char offsets, text and their stored vector
    (so the FAISS index can be rebuilt without re-embedding), FTS5 over chunk
    text, the collections attached to each conversation and the citations of
    each answer (kept with the message, so they survive re-indexing)."""
    # Plain SQL for ON DELETE CASCADE, one statement at a time (executescript would
    # commit mid-migration).
    statements = (
        """CREATE TABLE doc_collections (
           id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created FLOAT NOT NULL,
           updated FLOAT NOT NULL, embedding_model TEXT, dim INTEGER, index_kind TEXT,
           sync_state TEXT NOT NULL DEFAULT 'idle', last_sync FLOAT, watch INTEGER DEFAULT 1)""",
        """CREATE TABLE doc_sources (
           id INTEGER PRIMARY KEY,
           collection_id INTEGER NOT NULL REFERENCES doc_collections(id) ON DELETE CASCADE,
           path TEXT NOT NULL, kind TEXT NOT NULL, added FLOAT NOT NULL,
           UNIQUE (collection_id, path))""",
        """CREATE TABLE doc_files (
           id INTEGER PRIMARY KEY,
           collection_id INTEGER NOT NULL REFERENCES doc_collections(id) ON DELETE CASCADE,
           path TEXT NOT NULL, kind TEXT, sha256 TEXT, size INTEGER, mtime FLOAT,
           pages INTEGER, chunks INTEGER NOT NULL DEFAULT 0,
           status TEXT NOT NULL DEFAULT 'pending', reason TEXT, embedding_model TEXT,
           indexed FLOAT, UNIQUE (collection_id, path))""",
        """CREATE TABLE doc_chunks (
           id INTEGER PRIMARY KEY,
           collection_id INTEGER NOT NULL REFERENCES doc_collections(id) ON DELETE CASCADE,
           file_id INTEGER NOT NULL REFERENCES doc_files(id) ON DELETE CASCADE,
           ord INTEGER NOT NULL, page INTEGER, heading TEXT, char_start INTEGER,
           char_end INTEGER, text TEXT NOT NULL, vector BLOB)""",
        """CREATE INDEX doc_chunks_file ON doc_chunks(file_id)""",
        """CREATE INDEX doc_chunks_collection ON doc_chunks(collection_id)""",
        """CREATE TABLE conversation_collections (
           conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
           collection_id INTEGER NOT NULL REFERENCES doc_collections(id) ON DELETE CASCADE,
           PRIMARY KEY (conversation_id, collection_id))""",
        """CREATE TABLE message_citations (
           message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
           n INTEGER NOT NULL, chunk_id INTEGER, path TEXT NOT NULL, page INTEGER,
           heading TEXT, score FLOAT, text TEXT NOT NULL, PRIMARY KEY (message_id, n))""",
    )
    for statement in statements:
        db.execute(statement)
    db["doc_chunks"].enable_fts(["text"], fts_version="FTS5", create_triggers=True,
                                tokenize="porter")


@migration
def m005_jobs(db: Database) -> None:
    """The background job queue (file jobs, indexing, downloads) and each job's
    finished parts, so a cancelled or killed job resumes where it stopped."""
    db["jobs"].create(
        {
            "id": int,
            "kind": str,  # summarize | translate | index | download ...
            "title": str,
            "params": str,  # JSON
            "status": str,  # queued | running | done | failed | cancelled | interrupted
            "done": float,
            "total": float,
            "unit": str,
            "message": str,
            "error": str,
            "result": str,  # JSON
            "created": float,
            "updated": float,
            "started": float,
            "finished": float,
            "pid": int,  # the process running it, to tell a live job from a killed one
        },
        pk="id",
        not_null={"kind", "title", "params", "status", "created", "updated"},
        defaults={"status": "queued", "params": "{}"},
    )
    db["jobs"].create_index(["status"])
    db["job_parts"].create(
        {
            "job_id": int,
            "key": str,  # the job's own stable name for one unit of work
            "seq": int,
            "status": str,  # done | failed
            "output": str,
            "info": str,  # JSON
            "created": float,
        },
        pk=("job_id", "key"),
        foreign_keys=[("job_id", "jobs", "id")],
        not_null={"job_id", "key", "status"},
    )


@migration
def m006_message_owner(db: Database) -> None:
    """The process writing a reply, so that opening Hearth elsewhere (a CLI command while
    the window answers) does not mark a live reply as stopped."""
    db["messages"].add_column("pid", int)


@migration
def m007_cjk_keywords(db: Database) -> None:
    """Keyword search for Chinese and Japanese: the chunk FTS table indexes
    `hearth_terms(text)` (CJK runs cut into words, see store/cjk.py; other text
    unchanged) instead of the raw text, which FTS5 saw as one token per run."""
    for statement in (
        "DROP TRIGGER IF EXISTS doc_chunks_ai", "DROP TRIGGER IF EXISTS doc_chunks_ad",
        "DROP TRIGGER IF EXISTS doc_chunks_au", "DROP TABLE IF EXISTS doc_chunks_fts",
        "CREATE VIRTUAL TABLE doc_chunks_fts USING fts5(text, tokenize='porter unicode61')",
        "CREATE TRIGGER doc_chunks_ai AFTER INSERT ON doc_chunks BEGIN"
        " INSERT INTO doc_chunks_fts(rowid, text) VALUES (new.id, hearth_terms(new.text)); END",
        "CREATE TRIGGER doc_chunks_ad AFTER DELETE ON doc_chunks BEGIN"
        " DELETE FROM doc_chunks_fts WHERE rowid = old.id; END",
        "CREATE TRIGGER doc_chunks_au AFTER UPDATE OF text ON doc_chunks BEGIN"
        " DELETE FROM doc_chunks_fts WHERE rowid = old.id;"
        " INSERT INTO doc_chunks_fts(rowid, text) VALUES (new.id, hearth_terms(new.text)); END",
        "INSERT INTO doc_chunks_fts(rowid, text) SELECT id, hearth_terms(text) FROM doc_chunks",
    ):
        db.execute(statement)


@migration
def m008_ocr_chunks(db: Database) -> None:
    """Whether a chunk's text was read from a scanned page with OCR (its citation says so)."""
    db.execute("ALTER TABLE doc_chunks ADD COLUMN ocr INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE message_citations ADD COLUMN ocr INTEGER NOT NULL DEFAULT 0")


@migration
def m009_message_reasoning(db: Database) -> None:
    """A reasoning model's thinking, kept apart from its answer (never sent back to the
    model), and how long it thought."""
    db["messages"].add_column("reasoning", str)
    db["messages"].add_column("reasoning_s", float)


@migration
def m010_message_versions(db: Database) -> None:
    """Message versions: each message follows `parent_id` (the message it answers or
    continues); regenerate and edit add a sibling instead of deleting, and `active`
    marks the sibling shown (the conversation continues from it)."""
    db["messages"].add_column("parent_id", int)
    db["messages"].add_column("active", int, not_null_default=1)
    db.execute("""update messages set parent_id = coalesce((
                      select max(p.id) from messages p
                      where p.conversation_id = messages.conversation_id and p.id < messages.id),
                      0)""")  # 0: the conversation's start
    db["messages"].create_index(["parent_id"])


@migration
def m011_message_attachments(db: Database) -> None:
    """Files attached to one message: their text goes into the prompt whole with that
    message (`mode` 'inline', the text kept here so the file may move) or through the
    conversation's hidden collection ('indexed', answered with citations)."""
    db.execute("""CREATE TABLE message_attachments (
                  id INTEGER PRIMARY KEY,
                  message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
                  path TEXT NOT NULL, name TEXT NOT NULL, size INTEGER, tokens INTEGER,
                  mode TEXT NOT NULL, collection TEXT, text TEXT)""")
    db.execute("CREATE INDEX message_attachments_message ON message_attachments(message_id)")


@migration
def m012_tool_calls(db: Database) -> None:
    """Tool use: an assistant message's calls (JSON list of {id, name, arguments}) and,
    on a 'tool' message, which call it answers and how it went (JSON object)."""
    db["messages"].add_column("tool_calls", str)
    db["messages"].add_column("tool_result", str)


@migration
def m013_cjk_message_search(db: Database) -> None:
    """Search across conversations in Chinese and Japanese: the message FTS table indexes
    `hearth_terms(content)` (CJK runs cut into words, as m007 did for document chunks)
    instead of the raw text, in which FTS5 found no word inside a Chinese sentence. It
    keeps its own (cut) text, so snippets come from what was indexed."""
    for statement in (
        "DROP TRIGGER IF EXISTS messages_ai", "DROP TRIGGER IF EXISTS messages_ad",
        "DROP TRIGGER IF EXISTS messages_au", "DROP TABLE IF EXISTS messages_fts",
        "CREATE VIRTUAL TABLE messages_fts USING fts5(content)",
        "CREATE TRIGGER messages_ai AFTER INSERT ON messages BEGIN"
        " INSERT INTO messages_fts(rowid, content) VALUES (new.id, hearth_terms(new.content));"
        " END",
        "CREATE TRIGGER messages_ad AFTER DELETE ON messages BEGIN"
        " DELETE FROM messages_fts WHERE rowid = old.id; END",
        "CREATE TRIGGER messages_au AFTER UPDATE OF content ON messages BEGIN"
        " DELETE FROM messages_fts WHERE rowid = old.id;"
        " INSERT INTO messages_fts(rowid, content) VALUES (new.id, hearth_terms(new.content));"
        " END",
        "INSERT INTO messages_fts(rowid, content) SELECT id, hearth_terms(content) FROM messages",
    ):
        db.execute(statement)



@migration
def m014_hearth_outputs(db: Database) -> None:
    """Files Hearth wrote (summaries, translations) and what they came from: indexing
    leaves them out, so answers cite the original, not the small model's rewrite."""
    db["hearth_outputs"].create({"path": str, "source": str, "kind": str, "created": float},
                                pk="path")

def migrate(db: Database) -> list[str]:
    """Apply every migration not yet recorded; returns the names applied.

    A database that records migrations this Hearth does not know was written by a
    newer version: it is refused untouched. Each step is one transaction; before an
    existing database is upgraded a copy is kept beside it all the same (sqlite-utils'
    full-text setup commits as it goes).
    """
    if "_migrations" not in db.table_names():
        db["_migrations"].create({"name": str, "applied": float}, pk="name")
    done = {row["name"] for row in db["_migrations"].rows}
    unknown = sorted(done - {m.__name__ for m in MIGRATIONS})
    if unknown:
        from app import __version__

        raise StorageError(
            Msg("The database {path} was written by a newer Hearth than this one "
                "({version}; it does not know {names}).", path=_path_of(db),
                version=__version__, names=", ".join(unknown)),
            Msg("Install that newer Hearth again, or set HEARTH_HOME to another folder to use "
                "this version with a new, empty history."))
    pending = [m for m in MIGRATIONS if m.__name__ not in done]
    backup = _backup(db, pending[0].__name__) if pending and done else None
    applied = []
    for step in pending:
        name = step.__name__
        try:
            with db.conn:  # commits on success, rolls everything back on an error
                db.execute("BEGIN")  # DDL too: sqlite3 opens no transaction for it itself
                step(db)
                db["_migrations"].insert({"name": name, "applied": time.time()})
        except sqlite3.Error as exc:
            fix = Msg("Install the Hearth version you used before, or report this with "
                      "`hearth --debug doctor` output.")
            raise StorageError(
                Msg("Could not upgrade the database {path} from an older Hearth (step {name}: "
                    "{error}).", path=_path_of(db), name=name, error=str(exc)),
                messages.join(Msg("Your data from before the upgrade is in {backup}.",
                                  backup=backup), fix) if backup else fix) from exc
        applied.append(name)
    return applied


def _path_of(db: Database) -> str:
    return next((row[2] for row in db.execute("pragma database_list") if row[1] == "main"), "")


def _backup(db: Database, before: str) -> Path | None:
    """Copy the database to `<name>.before-<migration>` (kept if it already exists)."""
    path = _path_of(db)
    if not path:  # in-memory
        return None
    target = Path(f"{path}.before-{before}")
    if not target.exists():
        copy = sqlite3.connect(str(target))
        try:
            db.conn.backup(copy)
        finally:
            copy.close()
    return target
