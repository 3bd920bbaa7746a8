"""Files attached to one message (the paperclip, a drop on the composer, `hearth chat
--attach`): a file whose text fits the context budget goes into the prompt whole with
its message (and again with it in later turns); a larger one is indexed into the
conversation's hidden collection and answered from with citations, as collections are.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.docs.loaders import load_document
from app.core.docs.service import Documents
from app.core.errors import HearthError
from app.core.llm.base import ChatModel, SamplingParams
from app.core.messages import Msg
from app.core.store.history import History, Message
from app.core.tasks.ask import document_budget

HIDDEN_PREFIX = "_hearth-conversation-"  # collections made for attachments; not listed as yours


def hidden_collection(conversation_id: int) -> str:
    return f"{HIDDEN_PREFIX}{conversation_id}"


@dataclass
class Attachment:
    path: str
    name: str
    size: int
    tokens: int
    mode: str  # inline | indexed
    text: str = ""  # inline only
    collection: str | None = None

    def to_dict(self) -> dict:
        return {"path": self.path, "name": self.name, "size": self.size,
                "tokens": self.tokens, "mode": self.mode, "collection": self.collection}


def with_files(content: str, attachments: list[dict]) -> str:
    """A user message as the model sees it: its text, then each inline file whole."""
    parts = [content]
    for a in attachments:
        if a.get("mode") == "inline" and a.get("text"):
            parts.append(f'<file name="{a["name"]}">\n{a["text"].strip()}\n</file>')
    return "\n\n".join(parts)


class Attacher:
    def __init__(self, history: History, documents: Documents, max_mb: float) -> None:
        self.history = history
        self.documents = documents
        self.max_mb = max_mb

    def prepare(self, conversation_id: int, paths: list[str | Path], text: str,
                model: ChatModel, params: SamplingParams, system: str) -> list[Attachment]:
        """Read the files; inline them if together they fit what the context leaves for
        documents, else index them into the conversation's hidden collection."""
        loaded = []
        for p in paths:
            path = Path(p).expanduser()
            if not path.is_file():
                raise HearthError(Msg("Cannot attach {path}: no such file.", path=str(path)),
                                  Msg("Check the path and attach it again."))
            doc = load_document(path, self.max_mb)
            body = "\n\n".join(page.text for page in doc.pages)
            loaded.append((path, doc.size, body, len(model.tokenize(body))))
        shown = self.history.messages(conversation_id)
        used = sum(len(model.tokenize(m.content)) for m in shown[-6:])  # recent turns stay
        budget = document_budget(model, system, text, params.max_tokens) - used
        if sum(t for *_, t in loaded) <= budget:
            return [Attachment(str(p.resolve()), p.name, size, tokens, "inline", body)
                    for p, size, body, tokens in loaded]
        name = hidden_collection(conversation_id)
        self.documents.add(name, [p for p, *_ in loaded])
        self.documents.attach(conversation_id, [name])
        return [Attachment(str(p.resolve()), p.name, size, tokens, "indexed", collection=name)
                for p, size, _body, tokens in loaded]

    def save(self, message: Message, attachments: list[Attachment]) -> None:
        db = self.history.db
        with db.conn:
            for a in attachments:
                db["message_attachments"].insert({"message_id": message.id, **a.to_dict(),
                                                   "text": a.text or None})
