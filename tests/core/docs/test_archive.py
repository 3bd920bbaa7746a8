"""Zip containers that zipfile chokes on, found by the translate-docx fuzzer:
a directory that places a member's local header "before" the archive made
zipfile seek to a negative offset (`OSError: [Errno 22] Invalid argument`
escaped `hearth translate`), and a member needing "zip file version 23.5"
raised NotImplementedError. Every door refuses such a file as damaged."""

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


def future_version(path: Path) -> Path:
    """Mark the first member as needing zip version 23.5 to extract."""
    data = bytearray(path.read_bytes())
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<H", data, central + 6, 235)
    path.write_bytes(bytes(data))
    return path


def recompressed(method: int):
    """Say every member is compressed with `method` (12 bzip2, 14 LZMA) while the
    data stays deflate: the decompressor fails ("OSError: Invalid data stream")."""

    def damage(path: Path) -> Path:
        data = bytearray(path.read_bytes())
        for magic, at in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
            i = data.find(magic)
            while i >= 0:
                if struct.unpack_from("<H", data, i + at)[0] in (0, 8):  # stored or deflate
                    struct.pack_into("<H", data, i + at, method)
                i = data.find(magic, i + 4)
        path.write_bytes(bytes(data))
        return path

    damage.__name__ = f"method{method}"
    return damage


@pytest.mark.parametrize("damage", [shifted_directory, future_version, recompressed(12),
                                    recompressed(14)])
@pytest.mark.parametrize("suffix", sorted(MAKERS))
def test_a_zip_that_zipfile_cannot_read_is_refused_as_damaged(tmp_path, suffix, damage):
    path = damage(MAKERS[suffix](tmp_path / f"book{suffix}"))
    doors = [load_document] + ([open_format] if suffix == ".docx" else [])
    for door in doors:
        with pytest.raises(DocumentError, match="damaged") as info:
            door(path)
        assert "Errno" not in str(info.value) and "invalid argument" not in str(info.value)
