"""Fuzz targets: bytes in, and the only acceptable outcomes are a result or a
HearthError (a message for the user). Anything else is a crash to fix.

Each target is `fn(data: bytes) -> None`; run them with `python -m tests.fuzz`.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from app.core.errors import HearthError

_TMP = Path(tempfile.mkdtemp(prefix="hearth-fuzz-", dir="/dev/shm" if os.path.isdir(
    "/dev/shm") else None))
MESSAGES = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "hi there"}]


def _file(data: bytes, suffix: str) -> Path:
    path = _TMP / f"input{suffix}"
    path.write_bytes(data)
    return path


def gguf(data: bytes) -> None:
    from app.core.models import gguf_info

    gguf_info._CACHE.clear()
    try:
        gguf_info.read_gguf(_file(data, ".gguf"))
    except HearthError:
        pass


def template(data: bytes) -> None:
    from app.core.llm import templates

    templates.RENDER_SECONDS = 0.2
    source = data.decode("utf-8", errors="replace")
    chat = templates.ChatTemplate(source, "<s>", "</s>")
    text = chat.render(MESSAGES)
    if "hi there" not in text and not chat.is_fallback:
        # a template may transform messages, but it must render *something* for them
        assert text.strip(), "an empty prompt was accepted"


def _loader(suffix: str):
    def target(data: bytes) -> None:
        from app.core.docs.loaders import load_document

        try:
            load_document(_file(data, suffix))
        except HearthError:
            pass

    target.__name__ = suffix[1:]
    return target


def _translate(suffix: str):
    def target(data: bytes) -> None:
        from app.core.tasks.formats import open_format

        try:
            open_format(_file(data, suffix))
        except HearthError:
            pass

    return target


def warm_up() -> None:
    """Import what the targets use, so instrumentation sees it and no run pays for it."""
    import docx  # noqa: F401
    import pypdfium2  # noqa: F401
    from charset_normalizer import from_bytes  # noqa: F401
    from jinja2.sandbox import ImmutableSandboxedEnvironment  # noqa: F401
    from markdown_it import MarkdownIt  # noqa: F401

    from app.core.docs import archive, loaders, markup  # noqa: F401
    from app.core.llm import templates  # noqa: F401
    from app.core.models import gguf_info  # noqa: F401
    from app.core.tasks import formats  # noqa: F401
    from app.core.tasks.formats import html_doc, markdown_doc, text_doc, word_doc  # noqa: F401
    from app.core.tasks.source import read_source  # noqa: F401


TARGETS = {
    "gguf": gguf,
    "template": template,
    "pdf": _loader(".pdf"),
    "docx": _loader(".docx"),
    "epub": _loader(".epub"),
    "odt": _loader(".odt"),
    "html": _loader(".html"),
    "markdown": _loader(".md"),
    "text": _loader(".txt"),
    "translate-docx": _translate(".docx"),
    "translate-html": _translate(".html"),
}
