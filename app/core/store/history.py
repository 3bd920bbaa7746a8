"""Conversations and messages: the chat history kept in SQLite."""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlite_utils import Database

from app.core.errors import NotFound

STATUSES = ("complete", "generating", "stopped", "failed")


@dataclass
class Message:
    id: int
    conversation_id: int
    role: str
    content: str
    created: float
    status: str = "complete"
    model: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    ttft_s: float | None = None
    tokens_per_s: float | None = None
    error: str | None = None
    tool_calls: str | None = None  # JSON: the calls an assistant message made
    tool_result: str | None = None  # JSON: on a 'tool' message, the call it answers

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Message:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in row.items() if k in names})

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Conversation:
    id: int
    title: str
    created: float
    updated: float
    model: str | None = None
    system_prompt: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Conversation:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in row.items() if k in names})

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def title_from(text: str, limit: int = 48) -> str:
    """A short conversation title from its first message."""
    words = " ".join(text.split())
    if len(words) <= limit:
        return words or "New conversation"
    cut = words[:limit].rsplit(" ", 1)[0]
    return (cut or words[:limit]) + "…"


class History:
    """All reads and writes of conversations and messages.

    Every write commits at once, so a crash loses at most the text being
    generated since the last flush.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    # conversations -----------------------------------------------------
    def new_conversation(
        self, title: str = "New conversation", model: str | None = None,
        system_prompt: str | None = None,
    ) -> Conversation:
        now = time.time()
        with self.db.conn:
            row_id = self.db["conversations"].insert(
                {"title": title, "created": now, "updated": now, "model": model,
                 "system_prompt": system_prompt}
            ).last_pk
        return self.conversation(row_id)

    def conversation(self, conversation_id: int) -> Conversation:
        rows = list(self.db.query("select * from conversations where id = ?", [conversation_id]))
        if not rows:
            raise NotFound(
                f"No conversation with id {conversation_id}.",
                "Run `hearth history list` to see the conversations.",
            )
        return Conversation.from_row(rows[0])

    def conversations(self, limit: int | None = None) -> list[Conversation]:
        sql = "select * from conversations order by updated desc, id desc"
        if limit:
            sql += f" limit {int(limit)}"
        return [Conversation.from_row(r) for r in self.db.query(sql)]

    def latest_conversation(self) -> Conversation | None:
        found = self.conversations(limit=1)
        return found[0] if found else None

    def update_conversation(self, conversation_id: int, **values: Any) -> Conversation:
        self.conversation(conversation_id)
        allowed = {"title", "model", "system_prompt"}
        values = {k: v for k, v in values.items() if k in allowed}
        values["updated"] = time.time()
        with self.db.conn:
            self.db["conversations"].update(conversation_id, values)
        return self.conversation(conversation_id)

    def rename(self, conversation_id: int, title: str) -> Conversation:
        return self.update_conversation(conversation_id, title=title.strip() or "Untitled")

    def delete(self, conversation_id: int) -> None:
        self.conversation(conversation_id)
        with self.db.conn:
            self.db.execute("delete from messages where conversation_id = ?", [conversation_id])
            self.db.execute("delete from conversations where id = ?", [conversation_id])

    # messages ----------------------------------------------------------
    def add_message(
        self, conversation_id: int, role: str, content: str, status: str = "complete",
        **extra: Any,
    ) -> Message:
        assert status in STATUSES, status
        now = time.time()
        with self.db.conn:
            row_id = self.db["messages"].insert(
                {"conversation_id": conversation_id, "role": role, "content": content,
                 "created": now, "status": status, **extra}
            ).last_pk
            self.db["conversations"].update(conversation_id, {"updated": now})
        return self.message(row_id)

    def update_message(self, message_id: int, **values: Any) -> Message:
        if "status" in values:
            assert values["status"] in STATUSES, values["status"]
        with self.db.conn:
            self.db["messages"].update(message_id, values)
        return self.message(message_id)

    def message(self, message_id: int) -> Message:
        rows = list(self.db.query("select * from messages where id = ?", [message_id]))
        if not rows:
            raise NotFound(f"No message with id {message_id}.")
        return Message.from_row(rows[0])

    def messages(self, conversation_id: int) -> list[Message]:
        rows = self.db.query(
            "select * from messages where conversation_id = ? order by id", [conversation_id]
        )
        return [Message.from_row(r) for r in rows]

    def delete_messages_from(self, message_id: int) -> None:
        """Delete a message and everything after it in its conversation (edit, regenerate)."""
        msg = self.message(message_id)
        with self.db.conn:
            self.db.execute(
                "delete from messages where conversation_id = ? and id >= ?",
                [msg.conversation_id, message_id],
            )

    def mark_interrupted(self) -> int:
        """Replies left 'generating' by a crashed process become 'stopped' (text kept);
        one that another live process is still writing is left alone."""
        from app.core.hardware import alive_elsewhere

        rows = self.db.query("select id, pid from messages where status = 'generating'")
        dead = [r["id"] for r in rows if not alive_elsewhere(r["pid"])]
        with self.db.conn:
            for message_id in dead:
                self.db.execute("update messages set status = 'stopped', error = 'interrupted' "
                                "where id = ?", [message_id])
        return len(dead)

    def search(self, text: str, limit: int = 50) -> list[dict[str, Any]]:
        """Full-text search over message text; newest first, with a snippet."""
        query = " ".join(f'"{w}"' for w in text.replace('"', " ").split())
        if not query:
            return []
        sql = """
            select m.id as message_id, m.conversation_id, c.title, m.role, m.created,
                   snippet(messages_fts, 0, '[', ']', '…', 12) as snippet
            from messages_fts
            join messages m on m.rowid = messages_fts.rowid
            join conversations c on c.id = m.conversation_id
            where messages_fts match ?
            order by m.created desc limit ?
        """
        return list(self.db.query(sql, [query, limit]))

    # export ------------------------------------------------------------
    def export(self, conversation_id: int, fmt: str = "md") -> str:
        conv = self.conversation(conversation_id)
        msgs = self.messages(conversation_id)
        if fmt == "json":
            return json.dumps(
                {"conversation": conv.to_dict(), "messages": [m.to_dict() for m in msgs]},
                indent=2, ensure_ascii=False,
            )
        if fmt != "md":
            raise ValueError(f"unknown export format {fmt!r}")
        lines = [f"# {conv.title}", ""]
        if conv.system_prompt:
            lines += [f"*System prompt:* {conv.system_prompt}", ""]
        for m in msgs:
            if m.role == "tool":
                record = json.loads(m.tool_result or "{}")
                lines += [f"> **Tool {record.get('name', '')}** ({record.get('status', '')}) "
                          f"`{json.dumps(record.get('arguments', {}), ensure_ascii=False)}`", "",
                          "> " + m.content.replace("\n", "\n> "), ""]
                continue
            who = {"user": "You", "assistant": f"Hearth ({m.model or 'model'})"}.get(m.role, m.role)
            note = "" if m.status == "complete" else f" *[{m.status}]*"
            lines += [f"## {who}{note}", "", m.content, ""]
        return "\n".join(lines)
