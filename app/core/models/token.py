"""The user's hub token for gated repos: a file readable by the owner only, never logged."""

from __future__ import annotations

from pathlib import Path

from app.core import config
from app.core.errors import HearthError
from app.core.messages import Msg
from app.core.secrets import delete_secret, read_secret, write_secret
from app.core.secrets import redact as _redact

TOKEN_FILE = "hub_token"


def token_path() -> Path:
    return config.data_home() / TOKEN_FILE


def get_token() -> str | None:
    """The stored token, or None (then huggingface_hub's own login, if any, is used)."""
    return read_secret(token_path(), Msg("the hub token"),
                       Msg("Set the token again (`hearth models token set`)."))


def set_token(token: str) -> Path:
    """Store `token` with owner-only permissions (0600), created so from the start."""
    token = token.strip()
    if not token or any(c.isspace() for c in token):
        raise HearthError(Msg("That hub token is empty or has spaces in it."),
                          Msg("Copy the token from your hub account's settings (Access Tokens)."))
    return write_secret(token_path(), token)


def clear_token() -> bool:
    return delete_secret(token_path())


def redact(text: str, token: str | None) -> str:
    """`text` with the token blanked out, for any message that might echo a header."""
    return _redact(text, token)
