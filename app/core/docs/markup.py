"""Text out of markup formats: HTML (stdlib html.parser), EPUB (zip of XHTML
chapters in spine order) and ODT (zip with content.xml).

Each returns plain text with paragraph breaks plus headings as
(level, title, character offset into the returned text).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree as ET

from app.core.docs import archive
from app.core.docs.text import decode_text
from app.core.messages import Msg

HeadingTuple = tuple[int, str, int]

_BLOCK = {"p", "div", "br", "li", "tr", "table", "section", "article", "header", "footer",
          "blockquote", "pre", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
          "hr", "figure", "figcaption", "main", "nav", "aside", "td", "th"}
_SKIP = {"script", "style", "head", "noscript", "template", "svg"}


class MarkupError(Exception):
    """What is wrong with the file, said after its name ("is damaged (...)."), and a hint
    (the loader raises it as a DocumentError with the name in front)."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.length = 0
        self.headings: list[HeadingTuple] = []
        self.title = ""
        self._skip = 0
        self._in_title = False
        self._heading: tuple[int, int, list[str]] | None = None  # level, offset, words

    def _emit(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def _newline(self, n: int = 2) -> None:
        tail = "".join(self.parts[-2:])
        have = len(tail) - len(tail.rstrip("\n"))
        if self.length and have < n:
            self._emit("\n" * (n - have))

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "title":
            self._in_title = True
        if tag in _SKIP:
            self._skip += 1
            return
        if tag in _BLOCK:
            self._newline(1 if tag in ("br", "td", "th", "li", "tr") else 2)
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = (int(tag[1]), self.length, [])

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
            return
        if self._heading and re.fullmatch(r"h[1-6]", tag):
            level, offset, words = self._heading
            title = " ".join("".join(words).split())
            if title:
                self.headings.append((level, title, offset))
            self._heading = None
        if tag in _BLOCK:
            self._newline(2 if tag not in ("td", "th", "li", "br") else 1)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self._skip:
            return
        text = re.sub(r"\s+", " ", data)
        if not text.strip() and (not self.parts or self.parts[-1].endswith(("\n", " "))):
            return
        if self.parts and self.parts[-1].endswith("\n"):
            text = text.lstrip()
        self._emit(text)
        if self._heading:
            self._heading[2].append(text)


def html_to_text(html: str) -> tuple[str, list[HeadingTuple], str]:
    """(text, headings, <title>) of an HTML or XHTML document."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts), parser.headings, " ".join(parser.title.split())


def _zip(path: Path) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise MarkupError(Msg("is damaged (not a valid zip archive)."),
                          Msg("Open and re-save it, or remove it from the folder.")) from exc
    try:
        archive.check_members(zf, path.name)  # a zip bomb is refused before inflating
    except BaseException:
        zf.close()
        raise
    return zf


def _xml(zf: zipfile.ZipFile, name: str) -> ET.Element:
    try:
        return ET.fromstring(archive.read_member(zf, name))
    except KeyError as exc:
        raise MarkupError(Msg("is damaged ({part} is missing).", part=name),
                          Msg("Re-save or re-export it.")) from exc
    except (ET.ParseError, zipfile.BadZipFile) as exc:
        raise MarkupError(Msg("is damaged ({part}: {error}).", part=name, error=str(exc)),
                          Msg("Re-save or re-export it.")) from exc


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def epub_chapters(path: Path) -> tuple[list[tuple[str, list[HeadingTuple]]], str]:
    """The chapters of an EPUB in reading order: [(text, headings)], and the book title."""
    with _zip(path) as zf:
        names = set(zf.namelist())
        if "META-INF/encryption.xml" in names:
            raise MarkupError(Msg("is DRM-protected (encrypted)."),
                              Msg("Only EPUB files without DRM can be indexed."))
        container = _xml(zf, "META-INF/container.xml")
        rootfile = next((el.get("full-path") for el in container.iter()
                         if _local(el.tag) == "rootfile"), None)
        if not rootfile:
            raise MarkupError(Msg("is damaged (no package file)."), Msg("Re-export the book."))
        opf = _xml(zf, rootfile)
        base = posixpath.dirname(rootfile)
        manifest = {el.get("id"): el.get("href") for el in opf.iter() if _local(el.tag) == "item"}
        spine = [el.get("idref") for el in opf.iter() if _local(el.tag) == "itemref"]
        title = next((el.text or "" for el in opf.iter() if _local(el.tag) == "title"), "")
        chapters = []
        for idref in spine:
            href = manifest.get(idref)
            if not href:
                continue
            name = posixpath.normpath(posixpath.join(base, href.split("#")[0]))
            if name not in names:
                continue
            try:
                html, _ = decode_text(archive.read_member(zf, name), name)
            except zipfile.BadZipFile as exc:
                raise MarkupError(Msg("is damaged ({part}: {error}).", part=name,
                                      error=str(exc)), Msg("Re-export the book.")) from exc
            text, heads, _ = html_to_text(html)
            chapters.append((text, heads))
    return chapters, title.strip()


_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def odt_text(path: Path) -> tuple[str, list[HeadingTuple]]:
    """Text and headings of an OpenDocument text file."""
    with _zip(path) as zf:
        if "META-INF/manifest.xml" in zf.namelist():
            manifest = archive.read_member(zf, "META-INF/manifest.xml")
            if b"encryption-data" in manifest:
                raise MarkupError(Msg("is password-protected."),
                                  Msg("Save an unprotected copy to index it."))
        root = _xml(zf, "content.xml")
    parts: list[str] = []
    headings: list[HeadingTuple] = []
    length = 0
    for el in root.iter():
        name = _local(el.tag)
        if name not in ("p", "h") or not el.tag.startswith("{" + _TEXT_NS):
            continue
        text = "".join(el.itertext()).strip()
        if not text:
            continue
        if name == "h":
            level = int(el.get(f"{{{_TEXT_NS}}}outline-level", "1"))
            headings.append((level, text, length))
        parts.append(text + "\n\n")
        length += len(text) + 2
    return "".join(parts), headings
