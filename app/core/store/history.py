"""Conversations and messages: the chat history kept in SQLite."""

from __future__ import annotations

import json
import re
import time
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from app.core import messages
from app.core.errors import NotFound
from app.core.messages import Msg
from app.core.store.sqlite import Database


def cjk_snippet(content: str, words: list[str], width: int = 40) -> str:
    """About `width` characters of `content` around its first matching word, each
    match in [brackets] as FTS5's snippet() marks them, '…' where the text goes on."""
    text = " ".join(content.split())
    low = text.lower()
    found = [i for i in (low.find(w.lower()) for w in words if w) if i >= 0]
    start = max(0, min(found, default=0) - width // 3)
    part = text[start:start + width]
    marked = re.sub("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if w),
                    lambda m: f"[{m.group(0)}]", part, flags=re.IGNORECASE) if words else part
    return ("…" if start else "") + marked + ("…" if start + width < len(text) else "")


STATUSES = ("complete", "generating", "stopped", "failed")
ROOT = 0  # the parent_id of a conversation's first message (and of its edited versions)
LINK_SQL = """update messages set parent_id = coalesce((
                  select max(p.id) from messages p
                  where p.conversation_id = messages.conversation_id and p.id < messages.id), 0)
              where parent_id is null"""


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
    reasoning: str | None = None  # a reasoning model's thinking, kept apart from `content`
    reasoning_s: float | None = None
    parent_id: int | None = None  # the message this one follows (0: the conversation's start)
    active: int = 1  # 1 for the version shown among its siblings
    version: int = 1  # which of its versions this is (1-based), filled by `messages`
    versions: int = 1  # how many versions its place has
    attachments: list[dict[str, Any]] = field(default_factory=list)  # files sent with it
    tool_calls: str | None = None  # JSON: the calls an assistant message made
    tool_result: str | None = None  # JSON: on a 'tool' message, the call it answers

    def prompt_content(self) -> str:
        """The message as the model sees it: its text, then each file attached whole."""
        parts = [self.content]
        for a in self.attachments:
            if a.get("mode") == "inline" and a.get("text"):
                parts.append(f'<file name="{a["name"]}">\n{a["text"].strip()}\n</file>')
        return "\n\n".join(parts)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Message:
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in row.items() if k in names}
        if values.get("error"):  # stored with its template: shown in the window's language
            values["error"] = messages.decode(values["error"])
        return cls(**values)

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
                Msg("No conversation with id {conversation_id}.", conversation_id=conversation_id),
                Msg("Run `hearth history list` to see the conversations."),
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
    # Messages form a tree through `parent_id`: a regenerated reply or an edited question
    # is a new sibling of the one it replaces, and `active` marks the sibling shown. The
    # conversation is the path through the active siblings; nothing is ever deleted by a
    # regenerate or an edit.
    def add_message(
        self, conversation_id: int, role: str, content: str, status: str = "complete",
        *, parent_id: int | None | str = "last", **extra: Any,
    ) -> Message:
        """Add a message after `parent_id` (default: the last message shown), as the
        version shown of its place."""
        assert status in STATUSES, status
        if parent_id == "last":
            shown = self.messages(conversation_id)
            parent_id = shown[-1].id if shown else ROOT
        now = time.time()
        with self.db.conn:
            self._deactivate_siblings(conversation_id, parent_id)
            row_id = self.db["messages"].insert(
                {"conversation_id": conversation_id, "role": role, "content": content,
                 "created": now, "status": status, "parent_id": parent_id, "active": 1,
                 **extra}
            ).last_pk
            self.db["conversations"].update(conversation_id, {"updated": now})
        return self.message(row_id)

    def _link(self, conversation_id: int) -> None:
        """Rows written without a parent (by another program, or straight into the table)
        follow the message before them, as every message did before versions."""
        if next(iter(self.db.query("select 1 from messages where conversation_id = ? and "
                                   "parent_id is null limit 1", [conversation_id])), None):
            with self.db.conn:
                self.db.execute(LINK_SQL + " and conversation_id = ?", [conversation_id])

    def _deactivate_siblings(self, conversation_id: int, parent_id: int | None) -> None:
        self.db.execute("update messages set active = 0 where conversation_id = ? and "
                        "parent_id is ?", [conversation_id, parent_id])

    def show_version(self, message_id: int) -> Message:
        """Make `message_id` the version shown of its place (and so the branch the
        conversation continues from)."""
        msg = self.message(message_id)
        with self.db.conn:
            self._deactivate_siblings(msg.conversation_id, msg.parent_id)
            self.db.execute("update messages set active = 1 where id = ?", [message_id])
        return self.message(message_id)

    def versions(self, message_id: int) -> list[Message]:
        """Every version of a message's place, oldest first."""
        msg = self.message(message_id)
        rows = list(self.db.query("select * from messages where conversation_id = ? and "
                                  "parent_id is ? order by id",
                                  [msg.conversation_id, msg.parent_id]))
        found = [Message.from_row(r) for r in rows]
        for i, m in enumerate(found, 1):
            m.version, m.versions = i, len(found)
        return found

    def step_version(self, message_id: int, step: int) -> Message:
        """Show the previous (-1) or next (+1) version of a message's place."""
        siblings = self.versions(message_id)
        at = next(i for i, m in enumerate(siblings) if m.id == message_id)
        return self.show_version(siblings[max(0, min(len(siblings) - 1, at + step))].id)

    def update_message(self, message_id: int, **values: Any) -> Message:
        if "status" in values:
            assert values["status"] in STATUSES, values["status"]
        if values.get("error"):
            values["error"] = messages.encode(values["error"])
        with self.db.conn:
            self.db["messages"].update(message_id, values)
        return self.message(message_id)

    def message(self, message_id: int) -> Message:
        rows = list(self.db.query("select * from messages where id = ?", [message_id]))
        if not rows:
            raise NotFound(Msg("No message with id {message_id}.", message_id=message_id))
        msg = Message.from_row(rows[0])
        if msg.parent_id is None:
            self._link(msg.conversation_id)
            msg = Message.from_row(next(iter(self.db.query(
                "select * from messages where id = ?", [message_id]))))
        ids = [r[0] for r in self.db.execute(
            "select id from messages where conversation_id = ? and parent_id is ? order by id",
            [msg.conversation_id, msg.parent_id])]
        msg.version, msg.versions = ids.index(msg.id) + 1, len(ids)
        msg.attachments = list(self.db.query(
            "select * from message_attachments where message_id = ? order by id", [message_id]))
        return msg

    def add_attachments(self, message_id: int, rows: list[dict[str, Any]]) -> Message:
        """Record files attached to a message (see tasks.attachments)."""
        with self.db.conn:
            for row in rows:
                self.db["message_attachments"].insert({**row, "message_id": message_id})
        return self.message(message_id)

    def messages(self, conversation_id: int, all_versions: bool = False) -> list[Message]:
        """The conversation as shown: the path through the versions shown, each message
        with its `version` of `versions`. With `all_versions`, every message in order."""
        self._link(conversation_id)
        rows = [Message.from_row(r) for r in self.db.query(
            "select * from messages where conversation_id = ? order by id", [conversation_id])]
        files: dict[int, list[dict[str, Any]]] = {}
        for a in self.db.query("select a.* from message_attachments a join messages m on "
                               "m.id = a.message_id where m.conversation_id = ? order by a.id",
                               [conversation_id]):
            files.setdefault(a["message_id"], []).append(a)
        children: dict[int | None, list[Message]] = {}
        for m in rows:
            m.attachments = files.get(m.id, [])
            children.setdefault(m.parent_id, []).append(m)
        for siblings in children.values():
            for i, m in enumerate(siblings, 1):
                m.version, m.versions = i, len(siblings)
        if all_versions:
            return rows
        path: list[Message] = []
        parent: int | None = ROOT
        while siblings := children.get(parent):
            shown = next((m for m in reversed(siblings) if m.active), siblings[-1])
            path.append(shown)
            parent = shown.id
        return path

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
        from app.core.store.cjk import has_cjk, query_terms

        words: list[str] = []
        for word in text.replace('"', " ").split():
            # a Chinese or Japanese word is cut as the messages were (store/cjk.py)
            words += (query_terms(word) or [word]) if has_cjk(word) else [word]
        query = " ".join(f'"{w}"' for w in dict.fromkeys(words))
        if not query:
            return []
        sql = """
            select m.id as message_id, m.conversation_id, c.title, m.role, m.created,
                   snippet(messages_fts, 0, '[', ']', '…', 12) as snippet, m.content
            from messages_fts
            join messages m on m.rowid = messages_fts.rowid
            join conversations c on c.id = m.conversation_id
            where messages_fts match ?
            order by m.created desc limit ?
        """
        hits = list(self.db.query(sql, [query, limit]))
        for hit in hits:
            content = hit.pop("content")
            if has_cjk(content):  # the indexed text is cut into words (repeated, spaced)
                hit["snippet"] = cjk_snippet(content, list(dict.fromkeys(words)))
        return hits

    # export ------------------------------------------------------------
    def export(self, conversation_id: int, fmt: str = "md", all_versions: bool = False,
               reasoning: bool = False) -> str:
        """The conversation as shown (every version with `all_versions`); a reasoning
        model's thinking only with `reasoning` (JSON always keeps it in its own field)."""
        conv = self.conversation(conversation_id)
        msgs = self.messages(conversation_id, all_versions)
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
            if m.versions > 1:
                shown = ", shown" if all_versions and m.active else ""
                note += f" *(version {m.version}/{m.versions}{shown})*"
            lines += [f"## {who}{note}", ""]
            if reasoning and m.reasoning:
                thought = "\n".join(f"> {line}" for line in m.reasoning.strip().splitlines())
                lines += [f"> *Thought for {m.reasoning_s or 0:.0f} s*", ">", thought, ""]
            lines += [m.content, ""]
        return "\n".join(lines)
