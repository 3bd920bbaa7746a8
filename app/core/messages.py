"""Text the core shows a person (errors, hints, progress notes), kept translatable.

The core never imports Qt, so it cannot translate. Instead it says `Msg("The file
{name} is damaged.", name=path.name)`: a `str` that reads as the English text (the
command line prints it as is) and remembers its template and arguments, so the
window can look the template up in its translations and fill in the same arguments
(app/ui/core_text.py). scripts/translations.py collects every `Msg("...")` template
in app/core for Qt's translation files.

Text that is stored and shown later (a job's note or error) goes through
`encode`/`decode`, which keep the template and arguments in the database too.
"""

from __future__ import annotations

import json
from typing import Any

_STORED = "\x1emsg"  # prefix of an encoded message; never the start of English prose


class Msg(str):
    """English text that remembers the template and arguments it was made from.

    Arguments are numbers or strings; a string argument that is itself a `Msg`
    (a reason inside a sentence) is translated too.
    """

    template: str
    args: dict[str, Any]

    def __new__(cls, template: str, /, **args: Any) -> Msg:
        text = super().__new__(cls, template.format(**args) if args else template)
        text.template, text.args = template, args
        return text

    def __reduce__(self):  # pickles (to and from child processes) as template and args
        return (_rebuild, (self.template, self.args))


def _rebuild(template: str, args: dict[str, Any]) -> Msg:
    return Msg(template, **args)


def encode(text: str) -> str:
    """`text` for a database column: a `Msg` keeps its template and arguments."""
    if not isinstance(text, Msg):
        return text
    return _STORED + json.dumps({"t": text.template, "a": _plain_args(text.args)},
                                ensure_ascii=False)


def decode(stored: str | None) -> str:
    """The text `encode` stored: a `Msg` again where one was stored, else the text."""
    if not stored or not stored.startswith(_STORED):
        return stored or ""
    try:
        data = json.loads(stored[len(_STORED):])
        return Msg(data["t"], **{k: _from_plain(v) for k, v in data["a"].items()})
    except (ValueError, KeyError, TypeError, IndexError):
        return stored[len(_STORED):]  # damaged: show what is there rather than fail


def _plain_args(args: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in args.items():
        if isinstance(value, Msg):
            out[key] = {"t": value.template, "a": _plain_args(value.args)}
        elif isinstance(value, int | float | str) or value is None:
            out[key] = value
        else:
            out[key] = str(value)
    return out


def _from_plain(value: Any) -> Any:
    if isinstance(value, dict) and "t" in value:
        return Msg(value["t"], **{k: _from_plain(v) for k, v in value.get("a", {}).items()})
    return value


def join(*parts: str, sep: str = " ") -> str:
    """Sentences one after another (a message and its hint), or items of a list with
    `sep`; a `Msg` when any part is one, so the window translates each part."""
    kept = [p for p in parts if p]
    if not any(isinstance(p, Msg) for p in kept):
        return sep.join(kept)
    names = {f"p{i}": p for i, p in enumerate(kept)}
    escaped = sep.replace("{", "{{").replace("}", "}}")
    return Msg(escaped.join("{" + n + "}" for n in names), **names)
