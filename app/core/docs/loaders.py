"""Turn a file into text with page numbers and headings: the one entry point is
`load_document(path)`.

Every problem a user can meet (corrupt, encrypted, empty, binary or too large
files) is raised as `DocumentError` with a reason a person can act on, so the
caller can list the file as skipped and go on with the rest.

Offsets: each `Heading.offset` is a character offset into the text of the page
it sits on (`Page.text`), so a chunk's heading path can be found from its page
and offset.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.core.docs import archive, markup
from app.core.docs.text import decode_text
from app.core.errors import Cancelled, DocumentError, HearthError
from app.core.messages import Msg, join

TEXT_EXTS = {".txt", ".text", ".log", ".rst", ".org", ".tex", ".json", ".yaml", ".yml",
             ".ini", ".cfg", ".toml", ".py", ".js", ".ts", ".c", ".h", ".cpp", ".java",
             ".go", ".rs", ".sh", ".sql", ".xml"}
KIND_BY_EXT = {
    ".pdf": "pdf", ".docx": "docx", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".epub": "epub",
    ".csv": "csv", ".tsv": "csv", ".odt": "odt",
    **{ext: "text" for ext in TEXT_EXTS},
    # scans and photos: read with OCR (docs/ocr.py) when it is on
    ".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image", ".tiff": "image",
}
SUPPORTED_EXTS = frozenset(KIND_BY_EXT)
DEFAULT_MAX_MB = 200
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Office files saved with a password
# What third-party parsers raise on input they were not written for.
PARSER_ERRORS = (ValueError, KeyError, IndexError, AttributeError, TypeError, LookupError,
                 RecursionError, EOFError, zipfile.BadZipFile, SyntaxError, zlib.error,
                 NotImplementedError)


@dataclass
class Page:
    number: int  # 1-based (a section number for formats without pages)
    text: str
    ocr: bool = False  # the text was read from the page's image
    drawn: bool = True  # False: the page draws nothing at all (not worth OCR)


# Reads page `index` (0-based) of `total` of a PDF or image file ("pdf" | "image") with
# OCR; raises HearthError when it cannot (the page is then left empty).
PageReader = Callable[[Path, str, int, int], str]


@dataclass
class Heading:
    level: int
    title: str
    page: int
    offset: int  # character offset into that page's text


@dataclass
class LoadedDocument:
    path: Path
    kind: str  # pdf | docx | markdown | text | html | epub | csv | odt
    sha256: str
    size: int
    pages: list[Page]
    headings: list[Heading] = field(default_factory=list)
    title: str = ""
    page_unit: str = "page"  # "page", or "section" where the format has no pages (EPUB)
    encoding: str = ""

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def text(self) -> str:
        """The whole document as one string (pages separated by blank lines)."""
        return "\n\n".join(p.text for p in self.pages if p.text.strip())

    @property
    def char_count(self) -> int:
        return sum(len(p.text) for p in self.pages)


def kind_of(path: Path) -> str | None:
    """The loader kind for a file name, or None when the extension is not known."""
    return KIND_BY_EXT.get(path.suffix.lower())


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_EXTS


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def load_document(path: Path | str, max_mb: float = DEFAULT_MAX_MB,
                  ocr: PageReader | None = None) -> LoadedDocument:
    """Read `path` into pages of text with headings; raise DocumentError on bad files.

    Files with an unknown extension are read as text when they are text. With `ocr`,
    PDF pages without a text layer and images are read by it; without, images are
    refused and such pages stay empty.
    """
    path = Path(path)
    name = path.name
    try:
        before = path.stat()
        size = before.st_size
    except FileNotFoundError as exc:
        raise DocumentError(Msg("{name} no longer exists.", name=name),
                            Msg("Sync the collection again.")) from exc
    except OSError as exc:
        raise DocumentError(Msg("{name} cannot be read: {error}.", name=name,
                                error=str(exc.strerror)),
                            Msg("Check the file's permissions.")) from exc
    if not path.is_file():
        raise DocumentError(Msg("{name} is not a regular file.", name=name),
                            Msg("Add a folder as a folder, or pick the files in it."))
    if size == 0:
        raise DocumentError(Msg("{name} is empty.", name=name), Msg("Nothing to index."))
    if max_mb and size > max_mb * 1024 * 1024:
        raise DocumentError(
            Msg("{name} is {size} MB, over the {limit} MB limit.", name=name,
                size=f"{size / 1048576:.0f}", limit=f"{max_mb:g}"),
            Msg("Raise the file size limit (max_file_mb) in Settings to include it."),
        )
    kind = kind_of(path) or "text"
    if kind == "image" and ocr is None:
        raise DocumentError(Msg("{name} is an image: its text can only be read with OCR.",
                                name=name),
                            Msg("Turn on OCR in Settings > Documents to index it."))
    ocr_errors: list[str] = []
    try:
        doc = _LOADERS[kind](path)
        if ocr is not None and kind in ("pdf", "image"):
            _read_blank_pages(doc, ocr, ocr_errors)
    except DocumentError:
        raise
    except OSError as exc:
        raise DocumentError(Msg("{name} cannot be read ({error}).", name=name,
                                error=(exc.strerror or str(exc)).lower()),
                            Msg("Check the file and its permissions.")) from exc
    except MemoryError as exc:
        raise DocumentError(Msg("{name} is too large to read in the memory left.", name=name),
                            Msg("Close other programs, or remove it from the folder.")) from exc
    except PARSER_ERRORS as exc:
        # The parsers (python-docx, pdfium, expat, html.parser) raise these on
        # malformed input they did not foresee: the file is damaged, not Hearth.
        raise DocumentError(Msg("{name} is damaged or not a valid {kind} file ({error}).",
                                name=name, kind=kind.upper(), error=type(exc).__name__),
                            Msg("Open and re-save it, or remove it from the folder.")) from exc
    doc.size = size
    try:
        doc.sha256 = file_sha256(path)
        after = path.stat()
    except FileNotFoundError as exc:
        raise DocumentError(Msg("{name} was deleted while Hearth was reading it.", name=name),
                            Msg("Nothing of it is kept; sync again if it comes back.")) from exc
    # A file rewritten while it was parsed would pair old text with the new hash,
    # and the next sync would then take it as unchanged: refuse it this time.
    if (after.st_size, after.st_mtime_ns) != (size, before.st_mtime_ns):
        raise DocumentError(Msg("{name} changed while Hearth was reading it.", name=name),
                            Msg("It is read again at the next sync."))
    if not any(p.text.strip() for p in doc.pages):
        if ocr_errors:
            raise DocumentError(Msg("{name}: OCR found no text ({error})", name=name,
                                    error=ocr_errors[0]),
                                Msg("Check that the scan is readable and upright."))
        if kind in ("pdf", "image") and ocr is not None:
            raise DocumentError(Msg("{name} contains no text, not even with OCR.", name=name),
                                Msg("Nothing to index."))
        hint = (Msg("It may be a scanned document: turn on OCR in Settings > Documents.")
                if kind == "pdf" else Msg("Nothing to index."))
        raise DocumentError(Msg("{name} contains no text.", name=name), hint)
    return doc


def _read_blank_pages(doc: LoadedDocument, ocr: PageReader, errors: list[str]) -> None:
    """OCR every page without a text layer that draws something (a page that fails
    stays empty). Empty pages are skipped: a 10,000-page PDF of blank pages would
    otherwise keep OCR busy for many minutes to read nothing."""
    total = len(doc.pages)
    for i, page in enumerate(doc.pages):
        if page.text.strip() or not page.drawn:
            continue
        try:
            page.text = ocr(doc.path, doc.kind, i, total)
            page.ocr = True
        except Cancelled:
            raise
        except HearthError as exc:
            errors.append(join(exc.message, exc.hint))  # a Msg stays translatable


def _doc(path: Path, kind: str, pages: list[Page], headings=None, **kw) -> LoadedDocument:
    return LoadedDocument(path=path, kind=kind, sha256="", size=0, pages=pages,
                          headings=list(headings or []), **kw)


# PDF -----------------------------------------------------------------------
def _load_pdf(path: Path) -> LoadedDocument:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise DocumentError(Msg("{name} is encrypted (password-protected).",
                                    name=path.name),
                                Msg("Save an unprotected copy to index it.")) from exc
        raise DocumentError(Msg("{name} is not a readable PDF ({error}).", name=path.name,
                                error=str(exc).rstrip(".")),  # PDFium's ends with one
                            Msg("The file may be damaged: open and re-save it, "
                                "or remove it from the folder.")) from exc
    try:
        pages = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
            textpage.close()
            drawn = next(iter(page.get_objects(max_depth=1)), None) is not None
            page.close()
            pages.append(Page(i + 1, text.replace("\x00", ""), drawn=drawn))
        headings = []
        for item in pdf.get_toc(max_depth=6):
            title, index = _bookmark(item)
            if index is not None and title:
                headings.append(Heading(item.level + 1, title, index + 1, 0))
    except pdfium.PdfiumError as exc:
        raise DocumentError(Msg("{name} is a damaged PDF ({error}).", name=path.name,
                                error=str(exc).rstrip(".")),
                            Msg("Open and re-save it, or remove it from the folder.")) from exc
    finally:
        pdf.close()
    return _doc(path, "pdf", pages, headings)


def _bookmark(item) -> tuple[str, int | None]:
    """(title, 0-based page index) of a PDF bookmark (pypdfium2 4.x and 5.x APIs)."""
    if hasattr(item, "get_title"):
        dest = item.get_dest()
        return (item.get_title() or "").strip(), dest.get_index() if dest else None
    return (item.title or "").strip(), item.page_index


# DOCX ----------------------------------------------------------------------
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _load_docx(path: Path) -> LoadedDocument:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    with path.open("rb") as fh:
        if fh.read(8) == _OLE_MAGIC:
            raise DocumentError(Msg("{name} is password-protected (or an old .doc file).",
                                    name=path.name),
                                Msg("Save an unprotected .docx copy to index it."))
    # a zip bomb is refused before python-docx inflates it
    archive.check_zip(path, Msg("Word file"))
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError,
            AttributeError, TypeError) as exc:  # AttributeError: a broken [Content_Types].xml
        raise DocumentError(Msg("{name} is not a readable Word file (its parts are damaged "
                                "or missing).", name=path.name),
                            Msg("The file may be damaged: open and re-save it in Word.")) from exc
    except XMLSyntaxError as exc:
        # lxml's own words, without its "(<string>, line 1)" (not the class name: raw)
        reason = " ".join(str(getattr(exc, "msg", "") or "").split())[:120] or "XML"
        raise DocumentError(Msg("{name} is a damaged Word file ({error}).", name=path.name,
                                error=reason),
                            Msg("Open and re-save it in Word.")) from exc
    pages: list[Page] = []
    headings: list[Heading] = []
    buf: list[str] = []
    pos = 0

    def new_page() -> None:
        nonlocal buf, pos
        pages.append(Page(len(pages) + 1, "".join(buf)))
        buf, pos = [], 0

    for block in document.iter_inner_content():
        if hasattr(block, "rows"):  # a table: one line per row, cells separated by " | "
            text = "\n".join(" | ".join(c.text.strip() for c in row.cells) for row in block.rows)
            breaks_before = breaks_after = 0
        else:
            text = block.text
            breaks_before, breaks_after = _docx_breaks(block._p)
            style = (block.style.name if block.style is not None else "") or ""
            level = _heading_level(style)
            for _ in range(breaks_before):
                new_page()
            breaks_before = 0
            if level and text.strip():
                headings.append(Heading(level, text.strip(), len(pages) + 1, pos))
        if text.strip():
            buf.append(text + "\n\n")
            pos += len(text) + 2
        for _ in range(breaks_after):
            new_page()
    new_page()
    return _doc(path, "docx", pages, headings, title=document.core_properties.title or "")


def _heading_level(style: str) -> int:
    if style == "Title":
        return 1
    m = re.match(r"Heading (\d)", style)
    return int(m.group(1)) if m else 0


def _docx_breaks(p) -> tuple[int, int]:
    """Page breaks in a paragraph: (before its text, after its text).

    Word records where it last laid out a page (lastRenderedPageBreak) and
    explicit breaks (w:br type=page); either starts a new page.
    """
    before = after = 0
    seen_text = False
    for el in p.iter():
        tag = el.tag
        if tag == f"{_W}t" and el.text:
            seen_text = True
        elif tag == f"{_W}lastRenderedPageBreak" or (
            tag == f"{_W}br" and el.get(f"{_W}type") == "page"
        ):
            if seen_text:
                after += 1
            else:
                before += 1
    return min(before, 1), min(after, 1)


# Markdown and plain text ---------------------------------------------------
def _load_text(path: Path) -> LoadedDocument:
    text, enc = decode_text(path.read_bytes(), path.name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # A form feed is the plain-text page break (as written by pdftotext and printers).
    pages = [Page(i + 1, t) for i, t in enumerate(text.split("\f"))]
    return _doc(path, "text", pages, encoding=enc)


def _load_csv(path: Path) -> LoadedDocument:
    doc = _load_text(path)
    doc.kind = "csv"
    return doc


def _load_markdown(path: Path) -> LoadedDocument:
    from markdown_it import MarkdownIt

    text, enc = decode_text(path.read_bytes(), path.name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    line_starts = [0]
    for m in re.finditer("\n", text):
        line_starts.append(m.end())
    tokens = MarkdownIt("commonmark").parse(text)
    headings = []
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open" and tok.map:
            title = tokens[i + 1].content.strip() if i + 1 < len(tokens) else ""
            headings.append(Heading(int(tok.tag[1]), title, 1, line_starts[tok.map[0]]))
    title = headings[0].title if headings and headings[0].level == 1 else ""
    return _doc(path, "markdown", [Page(1, text)], headings, title=title, encoding=enc)


# HTML, EPUB and ODT -----------------------------------------------------------
def _load_html(path: Path) -> LoadedDocument:
    raw = path.read_bytes()
    text, enc = decode_text(raw, path.name)
    body, heads, title = markup.html_to_text(text)
    headings = [Heading(lvl, t, 1, off) for lvl, t, off in heads]
    return _doc(path, "html", [Page(1, body)], headings, title=title, encoding=enc)


def _load_epub(path: Path) -> LoadedDocument:
    try:
        chapters, title = markup.epub_chapters(path)
    except markup.MarkupError as exc:
        raise DocumentError(Msg("{name} {problem}", name=path.name, problem=exc.message),
                            exc.hint) from exc
    pages, headings = [], []
    for number, (body, heads) in enumerate(chapters, start=1):
        pages.append(Page(number, body))
        headings += [Heading(lvl, t, number, off) for lvl, t, off in heads]
    return _doc(path, "epub", pages, headings, title=title, page_unit="section")


def _load_odt(path: Path) -> LoadedDocument:
    try:
        body, heads = markup.odt_text(path)
    except markup.MarkupError as exc:
        raise DocumentError(Msg("{name} {problem}", name=path.name, problem=exc.message),
                            exc.hint) from exc
    headings = [Heading(lvl, t, 1, off) for lvl, t, off in heads]
    return _doc(path, "odt", [Page(1, body)], headings)


def _load_image(path: Path) -> LoadedDocument:
    """An image: one blank page per frame (a TIFF may hold several), for OCR to fill."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as img:
            frames = int(getattr(img, "n_frames", 1))
    except (UnidentifiedImageError, OSError) as exc:
        raise DocumentError(Msg("{name} is not a readable image ({error}).", name=path.name,
                                error=str(exc)),
                            Msg("The file may be damaged: open and re-save it.")) from exc
    except Image.DecompressionBombError as exc:  # far more pixels than any scan
        raise DocumentError(Msg("{name} is too large an image to read ({error}).",
                                name=path.name, error=str(exc)),
                            Msg("Scale it down (a page at 300 dpi is about 9 million "
                                "pixels).")) from exc
    return _doc(path, "image", [Page(i + 1, "") for i in range(frames)])


_LOADERS = {
    "image": _load_image, "pdf": _load_pdf, "docx": _load_docx, "markdown": _load_markdown,
    "text": _load_text, "csv": _load_csv, "html": _load_html, "epub": _load_epub, "odt": _load_odt,
}
