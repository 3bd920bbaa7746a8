"""Text from scanned pages and images (OCR), read in a child process.

RapidOCR (`rapidocr_onnxruntime`, Apache-2.0) ships its PP-OCRv4 models inside
its wheel and reads Chinese and English offline. It runs in a spawned child
process, never in the caller's: the ONNX runtime holds the GIL for long
stretches (the window would stall) and a page that takes too long or too much
memory can be stopped by ending the child, which is started again for the next
page. The child also renders the PDF page, so the caller only sends a path and
a page number.

Bounds per page: rendered at most MAX_SIDE pixels on its longer side (memory:
about 3 bytes a pixel for the image plus the detector's maps) and at most
PAGE_TIMEOUT_S seconds.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from app.core.child_process import (
    ChildDied,
    ChildProcess,
    ChildStartFailed,
    ChildStartTimeout,
    ChildTimedOut,
    RequestFailed,
)
from app.core.errors import HearthError
from app.core.messages import Msg

PAGE_TIMEOUT_S = 120.0  # 2 cores: a dense A4 page takes about 10 s
START_TIMEOUT_S = 120.0
MAX_SIDE = 2000  # pixels on a page's longer side (A4 at about 170 dpi)


class OcrError(HearthError):
    pass


def available() -> bool:
    """Whether the OCR engine is installed (its import is not tried: it is slow)."""
    import importlib.util

    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


@dataclass
class OcrPage:
    text: str
    seconds: float
    lines: int


def page_count(path: Path, kind: str) -> int:
    """Pages of a PDF, or frames of an image (a TIFF can hold several)."""
    if kind == "pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            return len(pdf)
        finally:
            pdf.close()
    from PIL import Image

    with Image.open(path) as img:
        return int(getattr(img, "n_frames", 1))


def render(path: Path, kind: str, index: int):
    """Page `index` of a PDF or frame `index` of an image, as an RGB numpy array no
    larger than MAX_SIDE pixels on its longer side."""
    import numpy as np
    from PIL import Image

    if kind == "pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            page = pdf[index]
            width, height = page.get_size()  # points (1/72 inch)
            scale = min(200 / 72, MAX_SIDE / max(width, height, 1))
            image = page.render(scale=scale).to_pil()
            page.close()
        finally:
            pdf.close()
    else:
        with Image.open(path) as img:
            img.seek(index)
            image = img.copy()
        image.thumbnail((MAX_SIDE, MAX_SIDE))
    return np.asarray(image.convert("RGB"))


def lines_to_text(result: list) -> tuple[str, int]:
    """RapidOCR's boxes as text: boxes on one line joined (a space between Latin
    words, none between CJK characters), lines top to bottom."""
    from app.core.store.cjk import has_cjk

    boxes = []
    for box, text, _score in result or []:
        ys = [p[1] for p in box]
        xs = [p[0] for p in box]
        boxes.append((min(ys), max(ys), min(xs), text))
    boxes.sort()
    lines: list[list[tuple[float, str]]] = []
    bottom = -1.0
    for top, low, left, text in boxes:
        mid = (top + low) / 2
        if lines and mid < bottom:  # starts above the current line's bottom: same line
            lines[-1].append((left, text))
            bottom = max(bottom, low)
        else:
            lines.append([(left, text)])
            bottom = low
    out = []
    for line in lines:
        parts = [t for _, t in sorted(line)]
        joined = parts[0]
        for part in parts[1:]:
            sep = "" if has_cjk(joined[-1:]) and has_cjk(part[:1]) else " "
            joined += sep + part
        out.append(joined)
    return "\n".join(out), len(out)


def _setup(threads: int):
    """In the child: load the engine; requests are (path, kind, index)."""
    from rapidocr_onnxruntime import RapidOCR

    engine = RapidOCR(**({"intra_op_num_threads": threads} if threads else {}))

    def handle(path: str, kind: str, index: int) -> tuple:
        t0 = time.monotonic()
        # no per-line 180-degree classifier: scans are upright, and it dropped a
        # whole line of a clean Chinese page (bench/chinese.py)
        result, _ = engine(render(Path(path), kind, index), use_cls=False)
        text, lines = lines_to_text(result)
        return text, time.monotonic() - t0, lines

    return handle, ()


class OcrProcess:
    """The OCR engine in a child process; `read` may be called from any thread."""

    def __init__(self, threads: int = 0, page_timeout_s: float = PAGE_TIMEOUT_S) -> None:
        self.threads = threads
        self.page_timeout_s = page_timeout_s
        self._child = ChildProcess(_setup, (threads,), name="hearth-ocr",
                                   start_timeout_s=START_TIMEOUT_S)

    @property
    def running(self) -> bool:
        return self._child.running

    def read(self, path: Path, kind: str, index: int) -> OcrPage:
        """The text of one page (0-based `index`); OcrError when it fails or times out."""
        if not available():
            raise OcrError(Msg("OCR is not installed (rapidocr_onnxruntime)."),
                           Msg("Run `python3 bootstrap.py --no-start` to install it, or turn "
                               "OCR off in Settings > Documents."))
        try:
            text, seconds, lines = self._child.request(str(path), kind, index,
                                                       timeout_s=self.page_timeout_s)
        except ChildStartTimeout as exc:
            raise OcrError(Msg("The OCR engine took too long to start."),
                           Msg("Try again.")) from exc
        except ChildStartFailed as exc:
            raise OcrError(Msg("The OCR engine cannot start: {error}.", error=str(exc.detail)),
                           Msg("Reinstall it with `python3 bootstrap.py --no-start`, or turn "
                               "OCR off in Settings > Documents.")) from exc
        except ChildTimedOut as exc:  # the child was ended; the next page starts a new one
            raise OcrError(Msg("OCR of page {page} took over {seconds} s and was stopped.",
                               page=index + 1, seconds=f"{self.page_timeout_s:.0f}")) from exc
        except RequestFailed as exc:
            raise OcrError(Msg("OCR of page {page} failed: {error}.", page=index + 1,
                               error=str(exc.detail))) from exc
        except ChildDied as exc:
            raise OcrError(Msg("The OCR process stopped unexpectedly ({error}).",
                               error=str(exc)),
                           Msg("The page may be too large for the memory left; the other "
                               "pages are still read.")) from exc
        return OcrPage(text, seconds, lines)

    def close(self) -> None:
        self._child.stop()
