"""Translate a whole file into another language, keeping its format.

The file is split into segments by its format (see `formats`): headings,
paragraphs, list items, table cells, runs of one style. Code never reaches the
model. Each segment is translated on its own (one that is longer than the
context budget is cut at sentences), with a glossary of names and terms from
earlier segments so they stay consistent. A segment whose protected spans
(code, link targets) the model lost is translated again piece by piece around
them, so they come back byte for byte.

A segment the model fails on (empty, looping, refusing) keeps its original
text, marked in the output where the format allows, and is listed in
`failed_chunks`. Each finished segment is stored as a job part: a cancelled
or killed job resumes from there.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.errors import HearthError
from app.core.llm.base import ChatModel, SamplingParams
from app.core.messages import Msg
from app.core.queue.queue import JobContext, file_digest
from app.core.store import outputs
from app.core.tasks import language
from app.core.tasks.chunk_call import answer_chunk, fit_prompt, strip_chatter
from app.core.tasks.formats import Segment, open_format
from app.core.tasks.formats.base import missing_markers
from app.core.tasks.glossary import Glossary
from app.core.tasks.splitting import split_to_budget

SYSTEM = ("You are a translator. Translate the user's text into {lang}. Reply with the {lang} "
          "translation only. Keep markers like [1] exactly as they are.")
_MARKER_SPLIT = re.compile(r"(\[\d+\])")
_LABEL = re.compile(r"^\W*(translation|traduction|übersetzung|traducción)\s*:\s*", re.I)
# Lines small models put before the answer ("Sure, here is the translation:").
_CHATTER = re.compile(r"^\W*(sure|certainly|of course|bien s[uû]r|d'accord|voici|voilà|claro|"
                      r"aquí|natürlich|hier ist|certo|ecco|here is|here's|i'm a|je suis un)\b|"
                      r":\s*$", re.I)


@dataclass
class TranslationRun:
    translations: list[str | None]
    chunks: int = 0
    model_calls: int = 0
    resumed: int = 0
    failed: list[dict[str, Any]] = field(default_factory=list)


def clean(text: str, source: str) -> str:
    """The translation alone: no preamble, no label, no commentary after it."""
    text = _LABEL.sub("", strip_chatter(text))
    lines = [ln for ln in text.splitlines() if ln.strip()]
    while len(lines) > 1 and _CHATTER.search(lines[0]) and not _CHATTER.search(source):
        lines.pop(0)
    if "\n" not in source.strip():
        return _LABEL.sub("", lines[0]).strip() if lines else ""
    # A one-paragraph source gets one paragraph back: what follows is commentary.
    text = text[text.find(lines[0]):] if lines else ""
    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    n = len([p for p in re.split(r"\n\s*\n", source) if p.strip()])
    return "\n\n".join(paras[: max(1, n)]).strip()


def plausible(translation: str, source: str) -> str:
    """'' when `translation` could be one of `source`, else why not."""
    if len(translation.split()) > 3 * len(source.split()) + 12:
        return Msg("the answer is far longer than the text (commentary, not a translation)")
    return ""


class Translator:
    def __init__(self, model: ChatModel, ctx: JobContext, params: SamplingParams,
                 target: str) -> None:
        self.model = model
        self.ctx = ctx
        self.params = params
        self.target = target
        self.system = SYSTEM.format(lang=target)
        self.glossary = Glossary()
        overhead = len(fit_prompt(model, self.system, "Use these translations:\n" + "x " * 120))
        # Output takes about as many tokens as input (more for some scripts).
        self.budget = max(32, (model.n_ctx - overhead - 32) // 3)
        self.calls = 0

    def count(self, text: str) -> int:
        return len(self.model.tokenize(text))

    def _ask(self, text: str) -> tuple[str, str]:
        """(translation, failure reason) for one piece of text."""
        self.ctx.control.checkpoint()
        n = self.count(text)
        p = SamplingParams(**{**self.params.__dict__, "max_tokens": 2 * n + 24})
        prompt = self.glossary.prompt(text) + text
        answer = answer_chunk(self.model, self.system, prompt, p, self.ctx.control,
                              source=text, validate=lambda out: plausible(clean(out, text), text))
        self.calls += 1
        if not answer.ok:
            return "", answer.reason
        out = clean(answer.text, text)
        return (out, "") if out else ("", Msg("the model gave an empty answer"))

    def _pieces(self, text: str) -> tuple[str, str]:
        """Translate text that may be longer than the budget, in sentence-cut pieces."""
        outs = []
        for piece in split_to_budget(text, self.count, self.budget):
            out, reason = self._ask(piece)
            if reason:
                return "", reason
            outs.append(out)
        return " ".join(outs), ""

    def segment(self, seg: Segment) -> tuple[str, str]:
        """(translation with markers, failure reason)."""
        out, reason = self._pieces(seg.text)
        if reason or not seg.protected or not missing_markers(out, seg.protected):
            return out, reason
        # The model lost a marker: translate the text around the protected spans instead.
        parts = []
        for bit in _MARKER_SPLIT.split(seg.text):
            if _MARKER_SPLIT.fullmatch(bit) or not any(c.isalpha() for c in bit):
                parts.append(bit)
                continue
            lead, core, trail = re.match(r"^(\s*)(.*?)(\s*)$", bit, re.S).groups()
            out, reason = self._pieces(core)
            if reason:
                return "", reason
            parts.append(lead + out + trail)
        return "".join(parts), ""

    def translate(self, segments: list[Segment]) -> TranslationRun:
        run = TranslationRun([None] * len(segments), chunks=len(segments))
        stored = self.ctx.parts()
        for i, seg in enumerate(segments):
            key = f"seg:{i}"
            part = stored.get(key)
            calls_before = self.calls
            if part is not None:
                run.resumed += 1
                ok, out, reason = part.status == "done", part.output, part.info.get("reason", "")
            else:
                out, reason = self.segment(seg)
                ok = not reason
                self.ctx.save_part(key, out, "done" if ok else "failed",
                                   {"where": seg.where, "reason": reason, "kind": seg.kind,
                                    "calls": self.calls - calls_before})
            if ok:
                run.translations[i] = out
                self.glossary.learn(seg.text, out, seg.kind)
            else:
                run.failed.append({"key": key, "where": seg.where, "reason": reason,
                                   "text": seg.restore(seg.text)[:80]})
            self.ctx.report(i + 1, len(segments), "chunks", seg.where, reused=part is not None)
        run.model_calls = self.calls
        return run


def default_output(path: Path, code: str) -> Path:
    """report.md -> report.fr.md, next to the source (scan.pdf -> scan.fr.txt)."""
    from app.core.tasks.formats import AS_TEXT

    suffix = ".txt" if path.suffix.lower() in AS_TEXT else path.suffix
    return path.with_name(f"{path.stem}.{code}{suffix}")


def run_translate_job(ctx: JobContext, model: ChatModel, params: SamplingParams,
                      ocr=None) -> dict[str, Any]:
    """The 'translate' job: params path, to, output; writes the translated file.
    `ocr` (an OcrProcess) reads scanned pages and images."""
    from app.core.tasks.summarize import ocr_reader, output_file

    start = time.perf_counter()
    p = ctx.params
    path = Path(p["path"])
    if not str(p.get("to", "")).strip():
        raise HearthError(Msg("No target language given."),
                          Msg("Choose a language, e.g. --to French."))
    code, name = language.resolve(p["to"])
    output = output_file(p.get("output") or "", default_output(path, code))
    doc = open_format(path, ocr_reader(ctx, ocr))
    ctx.bind_input(file_digest(path))
    detected = language.detect(doc.plain_text())
    notes = []
    if detected and detected == code:
        notes.append(Msg("{name} already looks like {language}; it was translated anyway.",
                         name=path.name, language=name))
    translator = Translator(model, ctx, params, name)
    run = translator.translate(doc.segments)
    outputs.remember(ctx.queue.db, output, path, "translation")  # before the watcher sees it
    doc.write(output, run.translations)
    return {
        "notes": notes,
        "output_path": str(output), "chunks": run.chunks, "failed_chunks": run.failed,
        "seconds": round(time.perf_counter() - start, 2),
        "source_language": language.name_of(detected) if detected else "unknown",
        "source_language_code": detected, "target_language": name, "target_code": code,
        "model_calls": run.model_calls, "resumed_parts": run.resumed,
        "glossary_terms": len(translator.glossary.entries),
    }
