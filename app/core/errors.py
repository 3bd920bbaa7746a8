"""Errors meant for the user: each message says what the user can do about it."""

from __future__ import annotations

from app.core.messages import Msg


class HearthError(Exception):
    """Base of every error Hearth shows to a user.

    `message` says what went wrong, `hint` what to do about it. Each is a `Msg`
    (app/core/messages.py), kept as given so the window can show it in its language;
    `str(error)` is the English the command line prints.
    """

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip() if self.hint else self.message


class Cancelled(HearthError):
    """The user cancelled a long job."""

    def __init__(self, message: str = Msg("Cancelled."), hint: str = "") -> None:
        super().__init__(message, hint)


class ModelNotFound(HearthError):
    pass


class InvalidModelFile(HearthError):
    """A file that is not a usable GGUF model (corrupt, truncated, empty, wrong type)."""


class ModelLoadError(HearthError):
    pass


class ContextOverflow(HearthError):
    pass


class NotFound(HearthError):
    """A conversation, message, collection or other record that does not exist."""


class StorageError(HearthError):
    pass


class DamagedDatabase(StorageError):
    """The database file cannot be read; `kept` is where a copy of it was saved."""

    def __init__(self, message: str, hint: str = "", kept: str = "") -> None:
        super().__init__(message, hint)
        self.kept = kept


class HubError(HearthError):
    pass


class DownloadError(HearthError):
    pass


class DocumentError(HearthError):
    pass
