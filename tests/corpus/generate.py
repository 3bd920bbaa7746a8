"""The bad-input corpus: hostile documents and model files, all generated here
(nothing downloaded), each with the doors it can enter.

`python -m tests.corpus.generate DIR` writes it to DIR and prints the cases;
`build(DIR)` returns them to the tests.

Each case says what it must come to: "refused" (a clear message, nothing kept)
or "either" (read or refused, but never a crash or a raw error).
"""

from __future__ import annotations

import io
import os
import struct
import sys
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

DOC = ("docs", "summarize")  # doors every document enters
TRANSLATABLE = (".md", ".txt", ".html", ".htm", ".docx")
MODEL = ("import", "read")  # doors every model file enters


@dataclass
class Case:
    name: str
    path: Path
    kind: str  # "document" | "model" | "template"
    expect: str = "refused"  # "refused" | "either"
    doors: tuple[str, ...] = ()
    note: str = ""
    extra: dict = field(default_factory=dict)
    heavy: bool = False  # valid text too long to embed in the default test run


# zips ----------------------------------------------------------------------
def raw_zip(members: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip written by hand so its headers can lie: (name, stored bytes, method,
    crc32, declared uncompressed size) per member."""
    out, central = bytearray(), bytearray()
    for name, data, method, crc, size in members:
        n = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, len(data),
                           size, len(n), 0) + n + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21,
                               crc, len(data), size, len(n), 0, 0, 0, 0, 0, offset) + n
    cd_offset = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central),
                       cd_offset, 0)
    return bytes(out)


def stored(name: str, data: bytes) -> tuple[str, bytes, int, int, int]:
    return name, data, 0, zlib.crc32(data), len(data)


def deflate_zeros(mib: int) -> tuple[bytes, int]:
    """A raw deflate stream of `mib` MiB of zeros built in milliseconds: after a
    full flush the compressor starts afresh, so every MiB compresses to the same
    ~1 KB. Returns (stream, crc32 of the inflated data)."""
    zeros = bytes(1 << 20)
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = comp.compress(zeros) + comp.flush(zlib.Z_FULL_FLUSH)
    unit = comp.compress(zeros) + comp.flush(zlib.Z_FULL_FLUSH)
    last = comp.compress(zeros) + comp.flush()
    crc = 0
    for _ in range(mib):
        crc = zlib.crc32(zeros, crc)
    return first + unit * (mib - 2) + last, crc


_CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
       'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
       'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="'
       'application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
       'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
         'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
         'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="word/document.xml"/></Relationships>')
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOCXML = (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>'
           '<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>')
_CONTAINER = ('<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:'
              'opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/book.opf" '
              'media-type="application/oebps-package+xml"/></rootfiles></container>')
_OPF = ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>T</dc:title></metadata>'
        '<manifest><item id="c1" href="ch1.xhtml" media-type="application/xhtml+xml"/>'
        '</manifest><spine><itemref idref="c1"/></spine></package>')
_ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
_CONTENT = (f'<?xml version="1.0"?><office:document-content {_ODT_NS}><office:body>'
            '<office:text><text:p>{text}</text:p></office:text></office:body>'
            '</office:document-content>')


def docx_parts(text: str = "Hello from a small Word file.", **override: bytes) -> dict:
    parts = {"[Content_Types].xml": _CT.encode(), "_rels/.rels": _RELS.encode(),
             "word/document.xml": _DOCXML.replace("{text}", text).encode()}
    parts.update(override)
    return parts


def epub_parts(text: str = "A chapter about comets.", **override: bytes) -> dict:
    parts = {"mimetype": b"application/epub+zip", "META-INF/container.xml": _CONTAINER.encode(),
             "OEBPS/book.opf": _OPF.encode(),
             "OEBPS/ch1.xhtml": f"<html><body><p>{text}</p></body></html>".encode()}
    parts.update(override)
    return parts


def odt_parts(text: str = "An OpenDocument paragraph.", **override: bytes) -> dict:
    parts = {"mimetype": b"application/vnd.oasis.opendocument.text",
             "content.xml": _CONTENT.replace("{text}", text).encode()}
    parts.update(override)
    return parts


def zip_of(parts: dict, extra: list | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    if not extra:
        return buf.getvalue()
    members = [stored(n, d) for n, d in parts.items()] + extra
    return raw_zip(members)


def bomb(parts: dict, member: str, mib: int) -> bytes:
    """`parts` as a zip whose `member` inflates to `mib` MiB of zeros (declared truthfully)."""
    data, crc = deflate_zeros(mib)
    members = [stored(n, d) for n, d in parts.items() if n != member]
    return raw_zip(members + [(member, data, 8, crc, mib << 20)])


def lying_bomb(parts: dict, member: str, mib: int) -> bytes:
    """`member` declares 4 KB but its data inflates to `mib` MiB."""
    data, crc = deflate_zeros(mib)
    members = [stored(n, d) for n, d in parts.items() if n != member]
    return raw_zip(members + [(member, data, 8, crc, 4096)])


def many_members(parts: dict, count: int, mib_each: int) -> bytes:
    data, crc = deflate_zeros(mib_each)
    members = [stored(n, d) for n, d in parts.items()]
    members += [(f"media/pad{i}.bin", data, 8, crc, mib_each << 20) for i in range(count)]
    return raw_zip(members)


_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                     for i in range(1, 10))
           + ']>')


# PDFs ----------------------------------------------------------------------
def pdf_bytes(pages: list[bytes], image_only: bool = False, xref: bool = True) -> bytes:
    """A PDF written by hand (fast even at 10,000 pages): one content stream per page."""
    objs: list[bytes] = []
    n = len(pages)
    font = 3 + 2 * n
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
    for i, content in enumerate(pages):
        res = (f"/XObject << /Im0 {font + 1} 0 R >>" if image_only
               else f"/Font << /F1 {font} 0 R >>")
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << {res} >>"
                    f" /Contents {4 + 2 * i} 0 R >>".encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    if image_only:
        pixels = bytes(range(256)) * 12 * 3
        objs.append(b"<< /Type /XObject /Subtype /Image /Width 48 /Height 64 /ColorSpace "
                    b"/DeviceRGB /BitsPerComponent 8 /Length %d >>\nstream\n" % len(pixels)
                    + pixels + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += (b"%010d 00000 n \n" % (off if xref else off * 7 + 13))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1,
                                                                              start)
    return bytes(out)


def text_page(text: str) -> bytes:
    return f"BT /F1 12 Tf 20 100 Td ({text}) Tj ET".encode()


def encrypted_pdf(path: Path) -> bool:
    try:
        from fpdf import FPDF
    except ImportError:
        return False
    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    pdf.add_page()
    pdf.multi_cell(0, 7, "A secret page.")
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.output(str(path))
    return True


# GGUF ----------------------------------------------------------------------
def _s(text: str | bytes) -> bytes:
    raw = text.encode() if isinstance(text, str) else text
    return struct.pack("<Q", len(raw)) + raw


def _kv(key: str, vtype: int, value: bytes) -> bytes:
    return _s(key) + struct.pack("<I", vtype) + value


def gguf_bytes(kvs: list[bytes] | None = None, template: str | None = None,
               n_tensors: int | None = None, n_kv: int | None = None,
               tensor_type: int = 0, dims: tuple[int, ...] = (4, 2), offset: int = 0,
               version: int = 3) -> bytes:
    """A small GGUF written by hand: a llama-style header, optional chat template,
    one F32 tensor; any count can be made absurd."""
    kvs = list(kvs) if kvs is not None else [
        _kv("general.architecture", 8, _s("llama")),
        _kv("general.name", 8, _s("corpus")),
        _kv("llama.context_length", 4, struct.pack("<I", 2048)),
    ]
    if template is not None:
        kvs.append(_kv("tokenizer.chat_template", 8, _s(template)))
    head = b"GGUF" + struct.pack("<IQQ", version, 1 if n_tensors is None else n_tensors,
                                 len(kvs) if n_kv is None else n_kv)
    head += b"".join(kvs)
    head += _s("token_embd.weight") + struct.pack("<I", len(dims))
    head += b"".join(struct.pack("<Q", d) for d in dims)
    head += struct.pack("<IQ", tensor_type, offset)
    head += bytes(-len(head) % 32)
    return head + bytes(4 * 8)


TEMPLATES = {
    "escape": "{{ ''.__class__.__mro__[1].__subclasses__() }}{{ messages }}",
    "escape_globals": "{{ raise_exception.__globals__ }}",
    "loop_forever": ("{% for a in range(100000) %}{% for b in range(100000) %}"
                     "{% for c in range(100000) %}{% endfor %}{% endfor %}{% endfor %}"),
    "megabytes": "{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}",
    "syntax_error": "{% for m in messages %}{{ m['content'] }",
    "raises": "{{ raise_exception('this template refuses everything') }}",
    "undefined": "{{ nothing.at.all }}",
    "recursion": "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
}


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def build(root: Path, heavy: bool = True) -> list[Case]:
    """Write every case under `root` and return them (`heavy=False`: without the
    long valid texts, for the doors that embed what they read)."""
    root = Path(root)
    keep_heavy = heavy
    d, m = root / "docs", root / "models"
    cases: list[Case] = []

    def doc(name: str, data: bytes | str, expect: str = "refused", note: str = "",
            heavy: bool = False) -> None:
        if heavy and not keep_heavy:
            return
        path = _write(d / name, data)
        doors = DOC + (("translate",) if path.suffix in TRANSLATABLE else ())
        cases.append(Case(name, path, "document", expect, doors, note, heavy=heavy))

    def model(name: str, data: bytes, expect: str = "refused", note: str = "") -> None:
        cases.append(Case(name, _write(m / name, data), "model", expect, MODEL, note))

    # 0-byte files of each type
    for ext in (".pdf", ".docx", ".md", ".txt", ".html", ".epub", ".odt", ".csv"):
        doc(f"empty{ext}", b"", note="0 bytes")
    # PDFs
    good_pdf = pdf_bytes([text_page("The ferry leaves at noon.")])
    doc("truncated.pdf", good_pdf[: len(good_pdf) // 2], "either", "cut in half")
    doc("header-only.pdf", b"%PDF-1.7\n", note="a header and nothing else")
    doc("bad-xref.pdf", pdf_bytes([text_page("Xref offsets are wrong.")], xref=False),
        "either", "every xref offset wrong (pdfium rebuilds it or refuses)")
    doc("pages-10000.pdf", pdf_bytes([text_page(f"Page {i}.") if i % 1000 == 0 else b""
                                      for i in range(10_000)]),
        "either", "10,000 pages (text on every 1,000th)",
        heavy=True)  # 10 text pages to embed, not worth the default `docs add` run
    doc("images-only.pdf", pdf_bytes([b"q 48 0 0 64 10 10 cm /Im0 Do Q"], image_only=True),
        note="pages that are only images")
    doc("html-named.pdf", "<html><body>not a pdf</body></html>", note="HTML named .pdf")
    doc("garbage.pdf", os.urandom(4096), note="random bytes")
    enc = d / "encrypted.pdf"
    d.mkdir(parents=True, exist_ok=True)
    if encrypted_pdf(enc):
        cases.append(Case("encrypted.pdf", enc, "document", "refused", DOC, "password"))
    # zip containers
    for ext, parts, member in ((".docx", docx_parts(), "word/document.xml"),
                               (".epub", epub_parts(), "OEBPS/ch1.xhtml"),
                               (".odt", odt_parts(), "content.xml")):
        stem = ext[1:]
        doc(f"bomb-3gb{ext}", bomb(parts, member, 3072), note="a member inflating to 3 GiB")
        doc(f"bomb-lying{ext}", lying_bomb(parts, member, 1024),
            note="declares 4 KB, inflates to 1 GiB")
        doc(f"bomb-many{ext}", many_members(parts, 40, 64),
            note="40 members of 64 MiB (2.5 GiB in all)")
        doc(f"traversal{ext}", zip_of(parts, [stored("../../../../tmp/hearth-evil.txt", b"x"),
                                              stored("/tmp/hearth-evil-abs.txt", b"x"),
                                              stored("..\\..\\hearth-evil.txt", b"x")]),
            "either", "members named ../, /abs and ..\\")
        doc(f"not-a-zip{ext}", "Just some text with a zip extension.\n", note="plain text")
        doc(f"truncated{ext}", zip_of(parts)[:-40], "either", "end of archive cut off")
        doc(f"laughs{ext}", zip_of({**parts, member: (_LAUGHS + {
            ".docx": f'<w:document xmlns:w="{_W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r>'
                     '</w:p></w:body></w:document>',
            ".epub": "<html><body><p>&lol9;</p></body></html>",
            ".odt": f"<office:document-content {_ODT_NS}><office:body><office:text><text:p>"
                    "&lol9;</text:p></office:text></office:body></office:document-content>",
        }[ext]).encode()}), "either", "billion laughs entity expansion")
        doc(f"bad-xml{ext}", zip_of({**parts, member: b"<unclosed><tag>"}), "either",
            f"{stem} main part is not XML")
    doc("content-types-broken.docx", zip_of(docx_parts(**{
        "[Content_Types].xml": b'<?xml version="1.0"?><Types><Default/></Types>'})),
        note="[Content_Types].xml without its namespace (AttributeError before)")
    doc("content-types-missing.docx", zip_of({k: v for k, v in docx_parts().items()
                                              if k != "[Content_Types].xml"}))
    doc("no-document-part.docx", zip_of({k: v for k, v in docx_parts().items()
                                         if k != "word/document.xml"}))
    doc("ole-password.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4088),
        note="an encrypted Office file")
    doc("drm.epub", zip_of(epub_parts(**{"META-INF/encryption.xml": b"<encryption/>"})))
    doc("no-container.epub", zip_of({k: v for k, v in epub_parts().items()
                                     if k != "META-INF/container.xml"}))
    doc("binary-chapter.epub", zip_of(epub_parts(**{"OEBPS/ch1.xhtml": bytes(range(256)) * 8})))
    doc("password.odt", zip_of(odt_parts(**{"META-INF/manifest.xml":
                                            b"<manifest><encryption-data/></manifest>"})))
    # text
    for ext in (".txt", ".md", ".html", ".csv"):
        doc(f"binary{ext}", bytes(range(256)) * 64 + os.urandom(2048), note="binary bytes")
    doc("invalid-utf8.txt", b"caf\xc3 na\xefve \xff\xfe\xfd r\xc3\xa9sum\xc3" * 200, "either")
    doc("mixed-encodings.md", "# Caf\u00e9\n\n".encode() + "na\u00efve\n".encode("latin-1")
        + "\u00fcber \u20ac\n".encode("cp1252") + "\u65e5\u672c\n".encode("shift_jis"),
        "either")
    doc("utf16-no-bom.txt", "Hello in UTF-16 without a byte order mark. " .encode("utf-16-le")
        * 50, "either")
    doc("no-newline-5mb.txt", ("word " * (5 << 20 // 5))[: 5 << 20], "either",
        "5 MB on one line", heavy=True)
    doc("whitespace.txt", " \n\t\n " * 1000, note="only whitespace")
    doc("nested-10000.html", "<div>" * 10_000 + "deep" + "</div>" * 10_000, "either",
        "10,000 nested elements")
    doc("unclosed.html", "<html><body><!-- never closed <p>text " * 2000, "either")
    doc("nested-quotes.md", "> " * 10_000 + "deep\n" + "- " * 5_000 + "item\n", "either",
        "10,000 nested blockquotes")
    doc("long-line.csv", "a," * (2 << 20), "either", "4 MB row", heavy=True)
    doc("nul-after-text.txt", b"ordinary text. " * 1000 + b"\x00" * 5000, "either",
        heavy=True)
    loop_dir = d / "sub" / "loop"
    loop_dir.parent.mkdir(parents=True, exist_ok=True)
    if not loop_dir.is_symlink():
        loop_dir.symlink_to("..")  # a folder loop a walk must not follow forever
    (d / "folder.pdf").mkdir(parents=True, exist_ok=True)
    cases.append(Case("folder.pdf", d / "folder.pdf", "document", "refused", DOC,
                      "a folder named like a file"))
    loop_a, loop_b = d / "loop-a.txt", d / "loop-b.txt"
    for link, target in ((loop_a, loop_b), (loop_b, loop_a)):
        if not link.is_symlink():
            link.symlink_to(target.name)
    cases.append(Case("loop-a.txt", loop_a, "document", "refused", DOC, "symlink loop"))
    dangling = d / "dangling.md"
    if not dangling.is_symlink():
        dangling.symlink_to("does-not-exist.md")
    cases.append(Case("dangling.md", dangling, "document", "refused", DOC, "dangling symlink"))
    locked = _write(d / "unreadable.txt", "secret")
    locked.chmod(0)
    cases.append(Case("unreadable.txt", locked, "document",
                      "either" if os.geteuid() == 0 else "refused", DOC,
                      "mode 000 (root reads it anyway)"))

    # models
    good = gguf_bytes()
    for cut in (4, 8, 16, 24, 60, len(good) - 40, len(good) - 8):
        model(f"truncated-{cut}.gguf", good[:cut], note=f"cut at byte {cut}")
    model("empty.gguf", b"")
    model("wrong-magic.gguf", b"GGML" + good[4:])
    model("version-99.gguf", gguf_bytes(version=99))
    model("tensors-2e60.gguf", gguf_bytes(n_tensors=1 << 60), note="absurd tensor count")
    model("kv-2e40.gguf", gguf_bytes(n_kv=1 << 40), note="absurd key count")
    model("string-2e62.gguf", b"GGUF" + struct.pack("<IQQ", 3, 1, 1)
          + struct.pack("<Q", 1 << 62) + b"key", note="absurd string length")
    model("array-2e50.gguf", gguf_bytes(kvs=[_s("tokenizer.ggml.tokens") + struct.pack(
        "<IIQ", 9, 8, 1 << 50)]), note="absurd array length")
    model("dims-1000.gguf", gguf_bytes(dims=(2,) * 1000))
    model("dims-overflow.gguf", gguf_bytes(dims=(1 << 62, 1 << 62, 1 << 62)))
    model("tensor-type-9999.gguf", gguf_bytes(tensor_type=9999))
    model("offset-past-end.gguf", gguf_bytes(offset=1 << 40))
    model("value-type-99.gguf", gguf_bytes(kvs=[_kv("general.name", 99, b"")]))
    model("alignment-string.gguf", gguf_bytes(kvs=[_kv("general.alignment", 8, _s("abc"))]),
          note="general.alignment is a string")
    model("alignment-array.gguf", gguf_bytes(kvs=[_kv("general.alignment", 9,
                                                     struct.pack("<IQ", 4, 1) + b"\0" * 4)]),
          "either", note="general.alignment is an array (ignored: 32 is used)")
    model("context-string.gguf", gguf_bytes(kvs=[
        _kv("general.architecture", 8, _s("llama")),
        _kv("llama.context_length", 8, _s("lots"))]), "either",
        note="context_length is a string")
    model("bos-string.gguf", gguf_bytes(kvs=[_kv("tokenizer.ggml.bos_token_id", 8, _s("x"))]),
          "either")
    model("not-gguf.bin", good, note="a GGUF with another extension")
    model("random.gguf", os.urandom(4096))
    (m / "folder.gguf").mkdir(parents=True, exist_ok=True)
    cases.append(Case("folder.gguf", m / "folder.gguf", "model", "refused", MODEL, "a folder"))
    for name, source in TEMPLATES.items():
        path = _write(m / f"template-{name}.gguf", gguf_bytes(template=source))
        cases.append(Case(f"template-{name}.gguf", path, "template", "either",
                          MODEL + ("render",), f"chat template: {name}",
                          {"template": source}))
    return cases


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.corpus.generate DIR", file=sys.stderr)
        return 2
    for case in build(Path(argv[0])):
        print(f"{case.kind:9} {case.expect:8} {case.name:32} {case.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


def with_template(src: Path, dst: Path, template: str) -> Path:
    """A copy of the GGUF `src` whose chat template is `template` (weights unchanged)."""
    import mmap

    from app.core.models.gguf_info import _Header

    with open(src, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        header = _Header(memoryview(mm), len(mm))
        header.parse()
        end, header.data = header.pos, b""
        align = int(header.fields.get("general.alignment", 32) or 32)
        head = bytes(mm[:end])
        data_start = (end + align - 1) // align * align
        key = _s("tokenizer.chat_template") + struct.pack("<I", 8)
        at = head.index(key) + len(key)
        (old_len,) = struct.unpack_from("<Q", head, at)
        new_head = head[:at] + _s(template) + head[at + 8 + old_len:]
        with open(dst, "wb") as out:
            out.write(new_head + bytes(-len(new_head) % align))
            out.write(mm[data_start:])
    return dst
