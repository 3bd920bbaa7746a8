"""Bytes to text: the one place that guesses a file's encoding.

Used by the document loaders, the markup readers (EPUB chapters) and the file
jobs' formats; kept apart from `loaders` so that `markup` needs no import of it.
"""

from __future__ import annotations

from app.core.errors import DocumentError
from app.core.messages import Msg


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Bytes to str in whatever encoding they are; (text, encoding). Binary data is refused."""
    from charset_normalizer import from_bytes

    head = data[:8192]
    boms = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
    for bom, enc in boms:
        if head.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    if b"\x00" in head:
        raise DocumentError(Msg("{name} looks like a binary file, not text.", name=name),
                            Msg("Only documents with text can be indexed."))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise DocumentError(Msg("{name} looks like a binary file, not text.", name=name),
                            Msg("Only documents with text can be indexed."))
    return str(best), best.encoding
