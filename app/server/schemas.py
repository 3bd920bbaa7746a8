"""Request bodies and error bodies in the OpenAI API's own shapes."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ROLES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant"}


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: str
    content: str | list[dict[str, Any]] | None = None

    @field_validator("role")
    @classmethod
    def _known_role(cls, role: str) -> str:
        if role not in ROLES:
            raise ValueError(f"role '{role}' is not supported here (use system, user or "
                             "assistant)")
        return role

    @model_validator(mode="after")
    def _has_content(self) -> ChatMessage:
        # only an assistant's turn may be empty (one that called a tool); a user message
        # without content was answered as if the user had sent an empty one
        if self.content is None and ROLES[self.role] != "assistant":
            raise ValueError(f"a {self.role} message needs content")
        return self

    def text(self) -> str:
        """The message's text; parts of other types (images, audio) are refused."""
        if self.content is None:
            return ""
        if isinstance(self.content, str):
            return self.content
        texts = []
        for part in self.content:
            if part.get("type") != "text":
                raise ValueError(f"content of type '{part.get('type')}' is not supported "
                                 "(text only)")
            texts.append(str(part.get("text", "")))
        return "\n".join(texts)


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="allow")  # other OpenAI fields are accepted and ignored

    model: str
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    max_tokens: int | None = Field(default=None, ge=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    stop: str | list[str] | None = None
    seed: int | None = None
    n: int = Field(default=1, ge=1, le=1)
    stream_options: dict[str, Any] | None = None
    chat_template_kwargs: dict[str, Any] | None = None  # only enable_thinking is read
    response_format: Any = None  # checked by llm.structured (a 400 names what is wrong)

    def stops(self) -> list[str]:
        if self.stop is None:
            return []
        return [self.stop] if isinstance(self.stop, str) else list(self.stop)

    def enable_thinking(self) -> bool | None:
        """vLLM's and llama.cpp's switch, `chat_template_kwargs: {"enable_thinking": false}`
        (None: the model's own setting)."""
        value = (self.chat_template_kwargs or {}).get("enable_thinking")
        return None if value is None else bool(value)

    def chat_messages(self) -> list[dict[str, str]]:
        return [{"role": ROLES[m.role], "content": m.text()} for m in self.messages]


class EmbeddingRequest(BaseModel):
    model_config = ConfigDict(extra="allow")

    model: str
    input: str | list[str] = Field(...)
    encoding_format: str = Field(default="float", pattern="^(float|base64)$")

    def texts(self) -> list[str]:
        texts = [self.input] if isinstance(self.input, str) else list(self.input)
        if not texts:
            raise ValueError("input is empty")
        return texts


def error_body(message: str, type_: str = "invalid_request_error", code: str | None = None,
               param: str | None = None) -> dict[str, Any]:
    """OpenAI's error shape: {"error": {"message", "type", "param", "code"}}."""
    return {"error": {"message": message, "type": type_, "param": param, "code": code}}
