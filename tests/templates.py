"""Real chat templates from tests/fixtures/templates, swapped onto a real engine."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from app.core.llm.templates import ChatTemplate

TEMPLATES = Path(__file__).parent / "fixtures" / "templates"


def swapped_templates(engine) -> Iterator[Callable[[str], None]]:
    """Yield `use(name)`, which puts fixture template `name` on `engine`; the engine's
    own template is back when the generator ends (for a pytest fixture to yield from)."""
    saved = engine.template

    def use(name: str) -> None:
        source = (TEMPLATES / name).read_text(encoding="utf-8")
        engine.template = ChatTemplate(source, saved.bos_token, saved.eos_token)

    try:
        yield use
    finally:
        engine.template = saved
