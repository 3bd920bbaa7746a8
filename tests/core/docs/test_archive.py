"""Zip containers whose directory points outside the file (the translate-docx
fuzzer's find: a member's local header "before" the archive made zipfile seek to
a negative offset, and `OSError: [Errno 22] Invalid argument` escaped
`hearth translate`). Every door refuses such a file as damaged."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from app.core.docs.loaders import load_document
from app.core.errors import DocumentError
from app.core.tasks.formats import open_format
from tests.fixtures import documents as fx

MAKERS = {".docx": fx.make_docx, ".epub": fx.make_epub, ".odt": fx.make_odt}


def shifted_directory(path: Path, by: int = 1000) -> Path:
    """Rewrite the end record so the central directory claims to start `by` bytes
    later than it does: zipfile then places every local header `by` bytes earlier,
    the first ones before the start of the file."""
    data = bytearray(path.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    (offset,) = struct.unpack_from("<I", data, end + 16)
    struct.pack_into("<I", data, end + 16, offset + by)
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("suffix", sorted(MAKERS))
def test_a_member_outside_the_archive_is_refused_as_damaged(tmp_path, suffix):
    path = shifted_directory(MAKERS[suffix](tmp_path / f"book{suffix}"))
    doors = [load_document] + ([open_format] if suffix == ".docx" else [])
    for door in doors:
        with pytest.raises(DocumentError, match="damaged") as info:
            door(path)
        assert "Errno" not in str(info.value) and "invalid argument" not in str(info.value)
