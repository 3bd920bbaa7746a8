"""What to say about a path that cannot be opened as a file: missing, a link that
leads back to itself, or a link to a file that is gone (both look "missing" to
`Path.exists`, and "does not exist" is wrong for a link the user can see)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from app.core.messages import Msg


def absent_reason(path: Path) -> Msg:
    """Why `path` (which `exists()` says is not there) cannot be read."""
    if path.is_symlink():
        try:
            os.stat(path)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return Msg("{name} is a link that leads back to itself.", name=path.name)
        return Msg("{name} is a link to {target}, which does not exist.", name=path.name,
                   target=os.readlink(path))
    return Msg("{path} does not exist.", path=str(path))
