"""OCR of scanned pages and images, with the real RapidOCR engine in its child
process: scans are indexed and cited by page as OCR'd, only pages without a text
layer are read, it can be turned off, and a page that takes too long is stopped."""

from __future__ import annotations

import pytest

from app.core.docs import ocr
from app.core.errors import DocumentError
from tests.fixtures import scans

ZH = "电热水壶保修说明\n本款电热水壶自购买之日起享受两年免费保修，请保留购物发票。"
EN = "Lighthouse keeping\nThe keepers lit the lamp at dusk and trimmed the wick at midnight."

STRIP = (1240, 260)  # a strip of a page at 150 dpi: OCR time grows with the pixels

pytestmark = [
    pytest.mark.skipif(not ocr.available(), reason="rapidocr_onnxruntime is not installed"),
    pytest.mark.skipif(scans.cjk_font() is None, reason=scans.NO_FONT),
]


@pytest.fixture(scope="module")
def engine():
    proc = ocr.OcrProcess(threads=2)
    yield proc
    proc.close()


@pytest.fixture(scope="module")
def scan_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("scans") / "scan.pdf"
    drawn = scans.scanned_pdf(path, [ZH, EN], scans.cjk_font(), page=STRIP)
    return path, drawn


def test_a_scanned_page_is_read_in_chinese_and_english(engine, scan_pdf):
    path, drawn = scan_pdf
    for i, ref in enumerate(drawn):
        page = engine.read(path, "pdf", i)
        assert scans.char_accuracy(ref, page.text) >= 0.95, page.text
    assert engine.running  # one child serves every page


def test_only_pages_without_a_text_layer_are_read(tmp_path):
    from fpdf import FPDF
    from PIL import Image

    from app.core.docs.loaders import load_document

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=14)
    pdf.cell(0, 10, "A page with its own text layer.")
    pdf.add_page()  # an image and no text layer: a scan
    picture = tmp_path / "scan.png"
    Image.new("RGB", (64, 32), "gray").save(picture)
    pdf.image(str(picture), x=10, y=10, w=60)
    pdf.add_page()  # draws nothing at all: not worth OCR
    path = tmp_path / "mixed.pdf"
    pdf.output(str(path))
    asked = []

    def reader(p, kind, index, total):
        asked.append((kind, index, total))
        return "read by OCR"

    doc = load_document(path, ocr=reader)
    assert asked == [("pdf", 1, 3)]
    assert [p.ocr for p in doc.pages] == [False, True, False]
    assert doc.pages[1].text == "read by OCR"


def test_without_ocr_a_scan_is_skipped_with_a_hint(scan_pdf, tmp_path):
    from app.core.docs.loaders import load_document

    with pytest.raises(DocumentError, match="turn on OCR"):
        load_document(scan_pdf[0])
    png = tmp_path / "note.png"
    scans.scanned_image(png, EN, scans.cjk_font(), page=STRIP)
    with pytest.raises(DocumentError, match="only be read with OCR"):
        load_document(png)


def test_a_page_over_the_time_limit_is_stopped_and_the_next_one_read(scan_pdf):
    proc = ocr.OcrProcess(threads=2, page_timeout_s=0.05)
    try:
        with pytest.raises(ocr.OcrError, match="took over"):
            proc.read(scan_pdf[0], "pdf", 0)
        assert not proc.running  # the child was ended
        proc.page_timeout_s = ocr.PAGE_TIMEOUT_S
        assert "keepers" in proc.read(scan_pdf[0], "pdf", 1).text
    finally:
        proc.close()


def test_boxes_on_one_line_are_joined_in_reading_order():
    boxes = [
        ([[300, 10], [400, 10], [400, 40], [300, 40]], "world", 0.9),
        ([[10, 12], [200, 12], [200, 38], [10, 38]], "hello", 0.9),
        ([[10, 60], [100, 60], [100, 90], [10, 90]], "保修", 0.9),
        ([[110, 62], [200, 62], [200, 88], [110, 88]], "两年", 0.9),
    ]
    assert ocr.lines_to_text(boxes) == ("hello world\n保修两年", 2)


def test_scans_and_images_are_indexed_and_cited_as_ocr(documents, scan_pdf, tmp_path):
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(scan_pdf[0].read_bytes())
    scans.scanned_image(folder / "note.png", "Receipt\nThe kettle was bought on 3 May.",
                        scans.cjk_font(), page=STRIP)
    messages = []
    report = documents.add("scans", [folder], progress=lambda p: messages.append(p.message))
    assert report.skipped == [] and report.indexed == 2
    assert report.ocr_pages == 3
    assert "scan.pdf: page 2/2, OCR" in messages
    hits = documents.search(["scans"], "when did the keepers light the lamp", k=1)
    assert hits[0].name == "scan.pdf" and hits[0].page == 2 and hits[0].ocr
    assert hits[0].label() == "scan.pdf, page 2 (OCR)"
    assert hits[0].citation()["ocr"] is True
    top = documents.search(["scans"], "热水壶保修", k=1)[0]
    assert top.page == 1 and "两年" in top.text
    documents.settings.set("ocr", False)  # turned off: the next sync reads nothing new
    assert documents.ocr() is None


def test_summarize_and_translate_read_a_scanned_pdf(engine, scan_pdf, tmp_path):
    """The file jobs read scans with the same OCR process (a fake model answers)."""
    from app.core.tasks.summarize import run_summarize_job
    from app.core.tasks.translate import run_translate_job
    from tests.core.tasks.helpers import PARAMS, RespondingModel, make_queue, user_text

    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(scan_pdf[0].read_bytes())
    model = RespondingModel(lambda prompt: "Read.", n_ctx=2048)
    queue = make_queue(tmp_path / "q")
    queue.register("summarize", lambda ctx: run_summarize_job(ctx, model, PARAMS, engine))
    queue.register("translate", lambda ctx: run_translate_job(ctx, model, PARAMS, engine))
    job = queue.submit("summarize", "s", {"path": str(pdf), "length": "20"})
    result = queue.run(job.id)
    assert result["input_chars"] > 60
    summary = (tmp_path / "scan.summary.md").read_text()  # short: quoted as it is
    seen = summary + " ".join(user_text(c) for c in model.calls)
    assert "keepers" in seen and "保修" in seen  # both pages were read
    job = queue.submit("translate", "t", {"path": str(pdf), "to": "French"})
    result = queue.run(job.id)
    assert result["output_path"] == str(tmp_path / "scan.fr.txt")
    assert "Read." in (tmp_path / "scan.fr.txt").read_text()
