"""Chat templates: the Jinja template stored in the GGUF, rendered in a sandbox
(as llama-cpp-python and transformers do), with a ChatML fallback.

A GGUF's template is code from whoever made the file: besides the sandbox
(no attribute escapes), a render has a time limit and a size limit, and a
template that breaks any of them, or fails to compile or render, is replaced
by ChatML for the rest of the session (`fallback_reason` says why).
"""

from __future__ import annotations

import json
import logging
import sys
import time
from datetime import datetime
from functools import lru_cache
from typing import Any

CHATML = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n"
    "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
RENDER_SECONDS = 2.0  # a real template renders a long history in milliseconds
EXTRA_CHARS = 64_000  # what a template may add around the messages' own text

log = logging.getLogger(__name__)


class TemplateError(Exception):
    pass


class TemplateRaised(TemplateError):
    """The template's own `raise_exception` (e.g. "roles must alternate")."""


def _raise(message: str) -> None:
    raise TemplateRaised(message)


@lru_cache(maxsize=8)
def _compile(source: str) -> Any:
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
    env.globals["raise_exception"] = _raise
    env.globals["strftime_now"] = lambda fmt: datetime.now().strftime(fmt)
    return env.from_string(source)


def _deadline_tracer(deadline: float):
    """A trace function that stops template code (Jinja compiles it to a module
    named '<template>') once `deadline` passes, even in a loop that writes nothing."""

    def local(frame, event, arg):
        if time.monotonic() > deadline:
            raise TemplateError(f"the chat template ran for over {RENDER_SECONDS:g} s")
        return local

    def outer(frame, event, arg):
        return local if frame.f_code.co_filename == "<template>" else None

    return outer


def render_limited(source: str, limit_chars: int, seconds: float = RENDER_SECONDS,
                   **context: Any) -> str:
    """Render `source` in the sandbox; TemplateError past the time or size limit."""
    from jinja2 import TemplateError as JinjaError

    previous = sys.gettrace()
    if previous is None:  # leave a debugger's or coverage's tracer alone
        sys.settrace(_deadline_tracer(time.monotonic() + seconds))
    try:
        parts, size = [], 0
        for piece in _compile(source).generate(**context):
            parts.append(piece)
            size += len(piece)
            if size > limit_chars:
                raise TemplateError(f"the chat template wrote over {limit_chars:,} characters")
        return "".join(parts)
    except TemplateError:
        raise
    except (JinjaError, RecursionError, ValueError, TypeError, LookupError, AttributeError,
            ArithmeticError, MemoryError) as exc:
        raise TemplateError(f"the chat template failed ({type(exc).__name__}: {exc})") from exc
    finally:
        if previous is None:
            sys.settrace(None)


class ChatTemplate:
    def __init__(self, source: str | None, bos_token: str | None, eos_token: str | None) -> None:
        self.is_fallback = not source
        self.source = source or CHATML
        self.bos_token = bos_token or ""
        self.eos_token = eos_token or ""
        self.fallback_reason = ""

    @property
    def supports_tools(self) -> bool:
        """Templates that take tools read the `tools` variable (Qwen, Llama 3.1, Mistral...)."""
        return not self.is_fallback and "tools" in self.source

    def render(self, messages: list[dict[str, str]], add_generation_prompt: bool = True,
               **variables: object) -> str:
        """`variables` are the template's own switches (e.g. Qwen3's `enable_thinking`)."""
        context = dict(variables, messages=messages, add_generation_prompt=add_generation_prompt,
                       bos_token=self.bos_token, eos_token=self.eos_token)
        limit = 2 * sum(len(str(m.get("content", ""))) for m in messages) + EXTRA_CHARS
        if variables.get("tools"):  # declarations, and calls in the messages, are text too
            limit += 2 * len(json.dumps(variables["tools"])) + sum(
                len(json.dumps(m.get("tool_calls", ""))) for m in messages)
        try:
            text = render_limited(self.source, limit, **context)
            if messages and not text.strip():
                raise TemplateError("the chat template wrote nothing for these messages")
            return text
        except TemplateError as exc:
            if self.is_fallback:
                raise
            # The model's own template is broken or hostile: ChatML is what most
            # instruct models of its size understand, and the chat keeps working.
            # A template that refuses these messages is asked again next turn.
            log.warning("chat template replaced by ChatML: %s", exc)
            self.fallback_reason = str(exc)
            if not isinstance(exc, TemplateRaised):
                self.is_fallback, self.source = True, CHATML
            return render_limited(CHATML, limit, **context)
