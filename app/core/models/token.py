"""The user's hub token for gated repos: a file readable by the owner only, never logged."""

from __future__ import annotations

import os
from pathlib import Path

from app.core import config
from app.core.errors import HearthError

TOKEN_FILE = "hub_token"


def token_path() -> Path:
    return config.data_home() / TOKEN_FILE


def get_token() -> str | None:
    """The stored token, or None (then huggingface_hub's own login, if any, is used)."""
    path = token_path()
    try:
        token = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise HearthError(f"Cannot read the hub token file {path}: {exc.strerror}.",
                          "Set the token again (`hearth models token set`).") from exc
    return token or None


def set_token(token: str) -> Path:
    """Store `token` with owner-only permissions (0600), created so from the start."""
    token = token.strip()
    if not token or any(c.isspace() for c in token):
        raise HearthError("That hub token is empty or has spaces in it.",
                          "Copy the token from your hub account's settings (Access Tokens).")
    path = token_path()
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(token)
    os.chmod(tmp, 0o600)  # O_CREAT's mode is masked by umask; be explicit
    os.replace(tmp, path)
    return path


def clear_token() -> bool:
    try:
        token_path().unlink()
    except FileNotFoundError:
        return False
    return True


def redact(text: str, token: str | None) -> str:
    """`text` with the token blanked out, for any message that might echo a header."""
    return text.replace(token, "***") if token else text
