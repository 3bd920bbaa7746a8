"""Zip containers (DOCX, EPUB, ODT) opened with limits, so a zip bomb is refused
before anything is inflated.

Two checks, because a zip can lie:
- declared sizes: the central directory's uncompressed sizes (per member, in
  total, and against the compressed size) are checked before any member is read;
- streamed sizes: members are inflated in 1 MiB blocks (`read_member`, and
  `check_zip`'s pass over every member before python-docx opens the file). A
  block read never inflates past the member's declared size, and data that
  would go on past it fails the CRC check as "damaged". This pass is needed:
  `ZipFile.read()` asks zlib for up to 2 GiB in one call, so a member that
  declares 4 KB but inflates to 1 GiB takes 1 GiB of memory there.
"""

from __future__ import annotations

import lzma
import zipfile
import zlib
from pathlib import Path

from app.core.errors import DocumentError
from app.core.messages import Msg

MAX_MEMBER = 256 << 20  # one member inflated (a 1,000-page book's text is ~30 MB of XML)
MAX_TOTAL = 1 << 30  # all members inflated (python-docx keeps every part in memory)
MAX_RATIO = 100  # inflated/compressed for members over RATIO_FLOOR (real XML: 5-30x)
RATIO_FLOOR = 8 << 20
MAX_MEMBERS = 100_000
_BLOCK = 1 << 20

# what inflating damaged member data raises: zlib.error (deflate), OSError "Invalid
# data stream" (bzip2: translate-docx fuzzer find), LZMAError, EOFError, and
# NotImplementedError (an unknown method)
_DAMAGED_DATA = (zlib.error, OSError, lzma.LZMAError, EOFError, NotImplementedError)
_BOMB_HINT = Msg("Hearth does not open it (it would fill the memory). Remove it from the folder.")
_RESAVE = Msg("Open and re-save it, or remove it from the folder.")


def check_zip(path: Path, what: str = "", hint: str = "") -> None:
    """Raise DocumentError when `path` is not a zip or declares sizes a bomb would
    (`what` names the format in the message: Msg("Word file"); default "file")."""
    what = what or Msg("file")
    hint = hint or _RESAVE
    try:
        with zipfile.ZipFile(path) as zf:
            check_members(zf, path.name)
            for info in zf.infolist():
                _stream(zf, info)
    except zipfile.BadZipFile as exc:
        raise DocumentError(Msg("{name} is a damaged {what} (not a valid zip archive).",
                                name=path.name, what=what), hint) from exc
    except (ValueError, EOFError, NotImplementedError) as exc:
        # zipfile's own errors on a garbled directory ("zip file version 23.5": fuzzer find)
        raise DocumentError(Msg("{name} is a damaged {what} ({error}).", name=path.name,
                                what=what, error=str(exc)), hint) from exc


def check_members(zf: zipfile.ZipFile, name: str) -> None:
    """The declared-size checks on an open zip (raises DocumentError)."""
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise DocumentError(Msg("{name} holds {count} files, more than a document has.",
                                name=name, count=f"{len(infos):,}"), _BOMB_HINT)
    total = 0
    for info in infos:
        # local headers lie before the central directory; a directory that says
        # otherwise made zipfile seek before the file's start (OSError, fuzzer find)
        if not 0 <= info.header_offset < zf.start_dir:
            raise DocumentError(Msg("{name} is damaged ({part} lies outside the archive).",
                                    name=name, part=info.filename), _RESAVE)
        size = info.file_size
        total += size
        if size > MAX_MEMBER:
            raise DocumentError(
                Msg("{name} would inflate {part} to {size} MB (a zip bomb or a damaged file).",
                    name=name, part=info.filename, size=f"{size / 1048576:,.0f}"), _BOMB_HINT)
        if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
            raise DocumentError(
                Msg("{name} compresses {part} {ratio} times (a zip bomb).", name=name,
                    part=info.filename, ratio=f"{size // max(info.compress_size, 1):,}"),
                _BOMB_HINT)
    if total > MAX_TOTAL:
        raise DocumentError(Msg("{name} would inflate to {size} MB in all (a zip bomb or a "
                                "damaged file).", name=name, size=f"{total / 1048576:,.0f}"),
                            _BOMB_HINT)


def _stream(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Inflate one member in blocks, keeping nothing: a lying size fails its CRC here."""
    try:
        with zf.open(info) as fh:
            while fh.read(_BLOCK):
                pass
    except _DAMAGED_DATA as exc:
        raise zipfile.BadZipFile(f"{info.filename}: {exc}") from exc
    except RuntimeError as exc:
        raise _encrypted(info.filename) from exc


def read_member(zf: zipfile.ZipFile, member: str, limit: int = MAX_MEMBER) -> bytes:
    """A member's bytes, inflated block by block and refused once past `limit`
    (KeyError when it is missing, zipfile.BadZipFile when its data is damaged)."""
    out = bytearray()
    try:
        with zf.open(member) as fh:
            while block := fh.read(_BLOCK):
                out += block
                if len(out) > limit:
                    raise DocumentError(Msg("{part} inflates past {size} MB (a zip bomb or "
                                            "a damaged file).", part=member,
                                            size=f"{limit / 1048576:,.0f}"), _BOMB_HINT)
    except _DAMAGED_DATA as exc:
        # damaged compressed data (found by the EPUB fuzzer: "invalid distances set")
        raise zipfile.BadZipFile(f"{member}: {exc}") from exc
    except RuntimeError as exc:  # zipfile's "is encrypted, password required" (fuzzer find)
        raise _encrypted(member) from exc
    return bytes(out)


def _encrypted(member: str) -> DocumentError:
    return DocumentError(Msg("{part} inside it is encrypted (password-protected).",
                             part=member), Msg("Save an unprotected copy to index it."))
