"""The core's text (errors, hints, progress notes) in the window's language.

The core says `Msg("The file {name} is damaged.", name=...)` (app/core/messages.py): a
str that reads as English and keeps its template and arguments. Here the template is
looked up in the translations under the context "core" (scripts/translations.py
collects every template there) and filled with the same arguments; a message inside
an argument is translated too. Anything else (a file name, text from a server, an old
job's plain English) is shown as it is.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication

from app.core.errors import HearthError
from app.core.messages import Msg, join

CONTEXT = "core"
log = logging.getLogger(__name__)
# a joined message ("{p0} {p1}", app.core.messages.join): sentences one after another
_JOINED = re.compile(r"(\{p\d+\}[^{}]*)+")
# after a full-width stop a Chinese or Japanese sentence follows with no space
_WIDE_STOP = re.compile(r"(?<=[。！？；：）」』])[ \t]+")


def say(text: str) -> str:
    """`text` in the window's language when it is a `Msg`, else `text` unchanged.

    Never raises (it runs in slots): a translation whose placeholders do not fit its
    arguments falls back to the English text.
    """
    if not isinstance(text, Msg):
        return text
    args = {key: say(value) if isinstance(value, Msg) else value
            for key, value in text.args.items()}
    template = QCoreApplication.translate(CONTEXT, text.template)
    try:
        out = template.format(**args)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError) as exc:
        log.warning("translation of %r does not fit its arguments: %s", text.template, exc)
        try:
            out = text.template.format(**args)  # the English, its parts still translated
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            return str.__str__(text)
    if _JOINED.fullmatch(text.template):
        out = _WIDE_STOP.sub("", out)
    return out


def sentences(*parts: str) -> str:
    """Sentences already in the window's language, one after another: a space between
    them, none after a Chinese or Japanese full stop."""
    return _WIDE_STOP.sub("", " ".join(p for p in parts if p))


def error_text(exc: BaseException) -> str:
    """What the window shows for `exc`: a `HearthError`'s message and hint each in the
    window's language; any other exception as its own text."""
    if isinstance(exc, HearthError):
        return say(join(exc.message, exc.hint))
    return str(exc)
