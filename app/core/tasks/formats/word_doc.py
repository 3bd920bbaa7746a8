"""Word (.docx), translated run group by run group with python-docx.

Paragraphs, their styles and their order never change: only the text of runs
does. Neighbouring runs with the same formatting (Word often splits one word
into several) are merged into one segment, so a sentence in one style is
translated as a whole, and a bold or italic phrase stays bold or italic.
Paragraphs in a code style or a monospaced font are left as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import DocumentError
from app.core.messages import Msg
from app.core.tasks.formats.base import (
    FormatDoc,
    Segment,
    atomic_write,
    protect,
    split_ws,
    translatable,
)

CODE_STYLES = re.compile(r"code|preformatted|macro|source|listing|verbatim", re.IGNORECASE)
MONO_FONTS = re.compile(r"courier|consolas|mono|menlo|lucida console|code", re.IGNORECASE)
PROTECT = re.compile(r"https?://\S+")


@dataclass
class _Group:
    runs: list  # docx Run objects sharing one formatting
    segment: int
    lead: str
    trail: str


def _format_key(run) -> str:
    rpr = run._r.rPr
    return rpr.xml if rpr is not None else ""


def _is_code(paragraph) -> bool:
    style = paragraph.style.name if paragraph.style is not None else ""
    if CODE_STYLES.search(style or ""):
        return True
    runs = [r for r in paragraph.runs if r.text.strip()]
    return bool(runs) and all(r.font.name and MONO_FONTS.search(r.font.name) for r in runs)


def iter_paragraphs(document):
    """Body paragraphs and those in table cells (nested tables too), in reading order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    def walk(container):
        for item in container.iter_inner_content():
            if isinstance(item, Paragraph):
                yield item
            elif isinstance(item, Table):
                seen = set()
                for row in item.rows:
                    for cell in row.cells:
                        if id(cell._tc) in seen:  # a merged cell appears once per grid column
                            continue
                        seen.add(id(cell._tc))
                        yield from walk(cell)

    yield from walk(document)


class WordDoc(FormatDoc):
    def __init__(self, path: Path, document) -> None:
        self.path = path
        self.document = document
        self.segments: list[Segment] = []
        self.groups: list[_Group] = []
        for n, paragraph in enumerate(iter_paragraphs(document), start=1):
            if _is_code(paragraph):
                continue
            kind = "heading" if (paragraph.style is not None and paragraph.style.name
                                 and paragraph.style.name.lower().startswith(("heading", "title"))
                                 ) else "paragraph"
            self._paragraph(paragraph, kind, n)

    @classmethod
    def read(cls, path: Path) -> WordDoc:
        import zipfile

        import docx
        from docx.opc.exceptions import PackageNotFoundError

        from app.core.docs.archive import check_zip
        from app.core.docs.loaders import PARSER_ERRORS

        # a zip bomb is refused before python-docx inflates it
        resave = Msg("Open it in Word or LibreOffice and save it again as .docx.")
        check_zip(path, Msg("Word file"), resave)
        try:
            return cls(path, docx.Document(str(path)))
        except (zipfile.BadZipFile, PackageNotFoundError, *PARSER_ERRORS) as exc:
            raise DocumentError(Msg("{name} is not a readable Word file.", name=path.name),
                                resave) from exc

    def _paragraph(self, paragraph, kind: str, n: int) -> None:
        runs = list(paragraph.runs)
        groups: list[list] = []
        for run in runs:
            if groups and _format_key(groups[-1][-1]) == _format_key(run):
                groups[-1].append(run)
            else:
                groups.append([run])
        for runs_ in groups:
            text = "".join(r.text for r in runs_)
            lead, core, trail = split_ws(text)
            if not translatable(core):
                continue
            masked, spans = protect(core, PROTECT)
            where = Msg("paragraph {n}", n=n)
            self.segments.append(Segment(masked, kind if len(groups) == 1 else "run", where,
                                         spans))
            self.groups.append(_Group(runs_, len(self.segments) - 1, lead, trail))

    def write(self, path: Path, translations: list[str | None]) -> None:
        import io

        for group in self.groups:
            new = translations[group.segment]
            if new is None:
                continue  # the original text stays; the job reports it as not translated
            seg = self.segments[group.segment]
            text = group.lead + " ".join(seg.restore(new).split()) + group.trail
            group.runs[0].text = text
            for run in group.runs[1:]:
                run.text = ""
        buf = io.BytesIO()
        self.document.save(buf)
        atomic_write(path, buf.getvalue())
