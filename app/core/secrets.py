"""Small secrets (the hub token, remote servers' API keys) in files readable by
the owner only. They are never logged, exported or shown back in full."""

from __future__ import annotations

import os
from pathlib import Path

from app.core.errors import HearthError
from app.core.messages import Msg


def write_secret(path: Path, value: str) -> Path:
    """Store `value` at `path` with owner-only permissions (0600), created so from the start
    and replaced atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(value)
    os.chmod(tmp, 0o600)  # O_CREAT's mode is masked by umask; be explicit
    os.replace(tmp, path)
    return path


def read_secret(path: Path, what: str, fix: str) -> str | None:
    """The stored value, or None when there is none. `what` and `fix` word the error."""
    try:
        value = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise HearthError(Msg("Cannot read {what} file {path}: {reason}.", what=what, path=path,
                              reason=exc.strerror or str(exc)), fix) from exc
    return value or None


def delete_secret(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def redact(text: str, *secrets: str | None) -> str:
    """`text` with every secret blanked out, for any message that might echo a header
    (a `Msg` stays one, its arguments blanked, so the window can still translate it)."""
    if isinstance(text, Msg):
        return Msg(text.template, **{k: redact(v, *secrets) if isinstance(v, str) else v
                                     for k, v in text.args.items()})
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text
