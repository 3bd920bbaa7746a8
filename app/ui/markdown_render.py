"""Markdown -> the HTML subset Qt's rich text understands.

markdown-it-py parses (CommonMark plus tables and strikethrough, raw HTML off so
a model's output cannot inject markup); code blocks are highlighted by pygments
with inline styles (Qt rich text has no stylesheet classes) and get a "Copy"
link whose target is the block's index in `Rendered.code_blocks`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # both load with the first message rendered: the window starts faster
    from markdown_it import MarkdownIt
    from pygments.formatters import HtmlFormatter

COPY_SCHEME = "copy-code"


@dataclass
class Palette:
    """Colours the HTML uses; light and dark variants follow the window theme."""

    code_bg: str
    code_border: str
    inline_bg: str
    muted: str
    link: str
    pygments_style: str


LIGHT = Palette("#f5f5f7", "#d8d8de", "#ececf0", "#6b6b76", "#1a5fb4", "default")
DARK = Palette("#1e1f24", "#3a3c44", "#33353c", "#a0a0ab", "#78aeed", "monokai")


@dataclass
class Rendered:
    html: str
    code_blocks: list[str] = field(default_factory=list)


@lru_cache(maxsize=4)
def _formatter(style: str) -> HtmlFormatter:
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(style=style, noclasses=True, nowrap=True)


def _lexer(lang: str, code: str):
    from pygments.lexers import TextLexer, get_lexer_by_name, guess_lexer
    from pygments.util import ClassNotFound

    try:
        if lang:
            return get_lexer_by_name(lang)
    except ClassNotFound:
        pass
    if len(code) > 40:
        try:
            return guess_lexer(code)
        except ClassNotFound:
            pass
    return TextLexer()


def _code_html(code: str, lang: str, index: int, pal: Palette) -> str:
    from pygments import highlight

    body = highlight(code, _lexer(lang, code), _formatter(pal.pygments_style)).rstrip("\n")
    label = html.escape(lang) if lang else "code"
    copy = html.escape(QCoreApplication.translate("Markdown", "Copy"))
    # A one-cell table is the only way to give a block a background and border in Qt rich text.
    return (
        f'<table width="100%" cellspacing="0" cellpadding="6" border="1" '
        f'style="border-color:{pal.code_border}; border-style:solid; margin-top:4px; '
        f'margin-bottom:4px;" bgcolor="{pal.code_bg}">'
        f'<tr><td><span style="color:{pal.muted};">{label}</span>'
        f'&nbsp;&nbsp;&nbsp;<a href="{COPY_SCHEME}:{index}" style="color:{pal.link};">{copy}</a>'
        f'<pre style="white-space:pre-wrap; margin:0;">{body}</pre></td></tr></table>'
    )


def _fence(_renderer, tokens, idx, options, env) -> str:
    tok = tokens[idx]
    lang = tok.info.strip().split(" ")[0] if tok.info else ""
    blocks: list[str] = env["code_blocks"]
    blocks.append(tok.content)
    return _code_html(tok.content, lang, len(blocks) - 1, env["palette"])


def _code_inline(_renderer, tokens, idx, options, env) -> str:
    return (f'<code style="background-color:{env["palette"].inline_bg};">'
            f"{html.escape(tokens[idx].content)}</code>")


def _table_open(_renderer, tokens, idx, options, env) -> str:
    return ('<table border="1" cellspacing="0" cellpadding="4" '
            f'style="border-collapse:collapse; border-color:{env["palette"].code_border};">')


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "breaks": True})
    md.enable(["table", "strikethrough"])
    for name, rule in (("fence", _fence), ("code_block", _fence),
                       ("code_inline", _code_inline), ("table_open", _table_open)):
        md.add_render_rule(name, rule)
    return md


def render(text: str, dark: bool = False) -> Rendered:
    """Render Markdown `text`; code blocks are collected for the copy links."""
    env = {"palette": DARK if dark else LIGHT, "code_blocks": []}
    return Rendered(_parser().render(text, env), env["code_blocks"])
