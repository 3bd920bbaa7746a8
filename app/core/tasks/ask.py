"""Answer a question from document collections, with numbered citations.

The best snippets go into the system message within the context budget and
the model is asked to cite them as [1], [2]; the answer carries those
citations (file, page, score, excerpt), which are also stored with the reply
so they can be shown again later. In "documents only" mode a question that no
snippet is close enough to is answered with a refusal, without asking the
model (which would otherwise invent an answer).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from app.core.control import JobControl
from app.core.docs.retriever import best_score
from app.core.docs.service import Documents
from app.core.docs.snippets import Snippet, format_snippets
from app.core.errors import HearthError
from app.core.llm.base import ChatModel, SamplingParams
from app.core.messages import Msg
from app.core.store.history import History, title_from
from app.core.tasks.assistant import Assistant, TokenCallback, TurnResult
from app.core.tasks.language import question_language
from app.core.tools.registry import Approver

# The refusal is the reply itself (stored and shown like one), so it is written in the
# question's language, as a model would answer: the window's languages, English otherwise.
REFUSALS = {
    "en": ("The documents in {where} do not contain an answer to this question "
           "(no passage scored above {threshold:.2f})."),
    "zh": "{where} 中的文档没有这个问题的答案（没有段落的相关度超过 {threshold:.2f}）。",
    "ja": ("{where} の文書には、この質問の答えがありません"
           "（{threshold:.2f} を超える段落がありません）。"),
    "fr": ("Les documents de {where} ne contiennent pas de réponse à cette question "
           "(aucun passage au-dessus de {threshold:.2f})."),
}
NO_COLLECTION = {"en": "no attached collection", "zh": "（未附加文档集）",
                 "ja": "（文書コレクションなし）", "fr": "aucune collection jointe"}
DOC_SHARE = 0.6  # at most this share of the context window goes to snippets


@dataclass
class AskResult:
    answer: str
    citations: list[dict]
    conversation_id: int
    message_id: int | None
    refused: bool = False
    best_score: float = 0.0
    model: str = ""
    status: str = "complete"
    context: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    reasoning: str = ""

    def to_dict(self) -> dict:
        return {"answer": self.answer, "reasoning": self.reasoning,
                "citations": self.citations,
                "conversation_id": self.conversation_id, "message_id": self.message_id,
                "refused": self.refused, "best_score": round(self.best_score, 4),
                "model": self.model, "status": self.status, "context": self.context,
                "notes": self.notes}


def cited_numbers(answer: str) -> set[int]:
    """The citation numbers an answer uses: [1], [2, 3], [1][4]."""
    found: set[int] = set()
    for group in re.findall(r"\[(\d+(?:\s*,\s*\d+)*)\]", answer):
        found.update(int(n) for n in re.split(r"\s*,\s*", group))
    return found


def relevant(snippets: list[Snippet], threshold: float) -> list[Snippet]:
    """Leave out snippets far below the threshold (keyword-only noise that would
    distract a small model), unless nothing better was found."""
    kept = [s for s in snippets if s.score >= threshold / 2]
    return kept or snippets


def document_budget(model: ChatModel, system: str, question: str, max_tokens: int) -> int:
    """Tokens left for snippets once the reply, system prompt and question are counted."""
    reserve = max(16, min(max_tokens, model.n_ctx // 2))
    fixed = len(model.tokenize(system)) + len(model.tokenize(question)) + 64
    return max(0, min(int(model.n_ctx * DOC_SHARE), model.n_ctx - reserve - fixed))


class Asker:
    def __init__(self, documents: Documents, assistant: Assistant, history: History) -> None:
        self.documents = documents
        self.assistant = assistant
        self.history = history

    def ask(
        self, question: str, model: Callable[[], ChatModel] | ChatModel,
        params: SamplingParams, collections: list[str] | None = None,
        conversation_id: int | None = None, k: int = 5, documents_only: bool = False,
        system_prompt: str = "", on_token: TokenCallback | None = None,
        control: JobControl | None = None, on_reasoning: TokenCallback | None = None,
    ) -> AskResult:
        """Answer `question` from `collections` (default: those attached to the conversation).

        `model` may be a callable, so that a refusal never loads a model.
        """
        if not question.strip():
            raise HearthError(Msg("The question is empty."),
                              Msg("Type a question about your documents."))
        if conversation_id is None:
            conv = self.history.new_conversation(title=title_from(question),
                                                 system_prompt=system_prompt or None)
            conversation_id = conv.id
        if collections:
            self.documents.attach(conversation_id, collections)
        names = collections or [c.name for c in self.documents.attached(conversation_id)]
        snippets = self.documents.search(names, question, k) if names else []
        threshold = self.documents.min_score()
        top = best_score(snippets)
        if documents_only:
            snippets = [s for s in snippets if s.score >= threshold]
            if not snippets:
                return self._refuse(conversation_id, question, names, threshold, top)
        snippets = relevant(snippets, threshold)
        chat_model = model() if callable(model) and not hasattr(model, "generate") else model
        budget = document_budget(chat_model, system_prompt, question, params.max_tokens)
        docs_text, used = format_snippets(snippets, lambda t: len(chat_model.tokenize(t)),
                                          budget, documents_only)
        turn = self.assistant.send(conversation_id, question, chat_model, params, system_prompt,
                                   on_token, control, documents=docs_text,
                                   on_reasoning=on_reasoning)
        citations = self._citations(turn.reply.content, used)
        self.save_citations(turn.reply.id, used)
        return AskResult(answer=turn.reply.content, reasoning=turn.reply.reasoning or "",
                         citations=citations,
                         conversation_id=conversation_id, message_id=turn.reply.id,
                         best_score=top, model=turn.reply.model or "", status=turn.reply.status,
                         context=turn.plan.to_dict(), notes=turn.notes)

    def send(
        self, conversation_id: int, text: str, model: ChatModel, params: SamplingParams,
        system_prompt: str = "", on_token: TokenCallback | None = None,
        control: JobControl | None = None, k: int = 5, approve: Approver | None = None,
        on_reasoning: TokenCallback | None = None, attachments: list | None = None,
    ) -> TurnResult:
        """A chat turn like Assistant.send, with snippets from the conversation's attached
        collections in the prompt; their citations are stored with the reply
        (`citations_of(reply.id)`). Without attachments it is a plain turn."""
        docs_text, used = self._documents_for(conversation_id, text, model, params,
                                              system_prompt, k)
        turn = self.assistant.send(conversation_id, text, model, params, system_prompt,
                                   on_token, control, documents=docs_text,
                                   on_reasoning=on_reasoning, attachments=attachments,
                                   approve=approve, cited=len(used))
        return self._keep_citations(turn, used)

    def regenerate(
        self, conversation_id: int, model: ChatModel, params: SamplingParams,
        system_prompt: str = "", on_token: TokenCallback | None = None,
        control: JobControl | None = None, k: int = 5, approve: Approver | None = None,
        on_reasoning: TokenCallback | None = None,
    ) -> TurnResult:
        """Assistant.regenerate, drawing on the attached collections as `send` does."""
        last = next((m for m in reversed(self.history.messages(conversation_id))
                     if m.role == "user"), None)
        docs_text, used = self._documents_for(conversation_id, last.content if last else "",
                                              model, params, system_prompt, k)
        turn = self.assistant.regenerate(conversation_id, model, params, system_prompt,
                                         on_token, control, documents=docs_text,
                                         on_reasoning=on_reasoning, approve=approve,
                                         cited=len(used))
        return self._keep_citations(turn, used)

    def edit(
        self, message_id: int, text: str, model: ChatModel, params: SamplingParams,
        system_prompt: str = "", on_token: TokenCallback | None = None,
        control: JobControl | None = None, k: int = 5, approve: Approver | None = None,
        on_reasoning: TokenCallback | None = None,
    ) -> TurnResult:
        """Assistant.edit, drawing on the attached collections as `send` does."""
        conversation_id = self.history.message(message_id).conversation_id
        docs_text, used = self._documents_for(conversation_id, text, model, params,
                                              system_prompt, k)
        turn = self.assistant.edit(message_id, text, model, params, system_prompt, on_token,
                                   control, documents=docs_text, on_reasoning=on_reasoning,
                                   approve=approve, cited=len(used))
        return self._keep_citations(turn, used)

    def _documents_for(self, conversation_id: int, text: str, model: ChatModel,
                       params: SamplingParams, system_prompt: str,
                       k: int) -> tuple[str, list[Snippet]]:
        """The snippets for `text` from the attached collections that fit the budget."""
        names = [c.name for c in self.documents.attached(conversation_id)]
        if not names or not text.strip():
            return "", []
        snippets = relevant(self.documents.search(names, text, k), self.documents.min_score())
        budget = document_budget(model, system_prompt, text, params.max_tokens)
        return format_snippets(snippets, lambda t: len(model.tokenize(t)), budget)

    def _keep_citations(self, turn: TurnResult, used: list[Snippet]) -> TurnResult:
        used = [*used, *turn.snippets]  # and those the model found with search_documents
        if used:
            self.save_citations(turn.reply.id, used)
        return turn

    def _refuse(self, conversation_id: int, question: str, names: list[str], threshold: float,
                top: float) -> AskResult:
        lang = question_language(question)
        where = ", ".join(f"'{n}'" for n in names) or NO_COLLECTION[lang]
        answer = REFUSALS[lang].format(where=where, threshold=threshold)
        self.history.add_message(conversation_id, "user", question)
        reply = self.history.add_message(conversation_id, "assistant", answer,
                                         model="documents-only")
        return AskResult(answer=answer, citations=[], conversation_id=conversation_id,
                         message_id=reply.id, refused=True, best_score=top,
                         model="documents-only")

    @staticmethod
    def _citations(answer: str, used: list[Snippet]) -> list[dict]:
        cited = cited_numbers(answer)
        return [{**s.citation(), "cited": s.n in cited} for s in used]

    def save_citations(self, message_id: int, used: list[Snippet]) -> None:
        db = self.history.db
        with db.conn:
            db.execute("delete from message_citations where message_id = ?", [message_id])
            for s in used:
                db.execute("insert into message_citations (message_id, n, chunk_id, path, page,"
                           " heading, score, text, ocr) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           [message_id, s.n, s.chunk_id, s.path, s.page, s.heading, s.score,
                            s.text, int(s.ocr)])

    def citations_of(self, message_id: int) -> list[dict]:
        """The citations stored with a reply, for showing an old answer again."""
        return list(self.history.db.query(
            "select n, path, page, heading, score, text, ocr from message_citations"
            " where message_id = ? order by n", [message_id]))

