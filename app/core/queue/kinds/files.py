"""Whole-file jobs (summarize, translate) in the shared job queue: how they are
registered, described, submitted and resumed. The CLI and the window both use
these functions, so a job started in one can be resumed from the other."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.core.docs.paths import absent_reason
from app.core.errors import DocumentError, HearthError
from app.core.llm.runtime import Runtime
from app.core.messages import Msg
from app.core.queue.queue import Job, JobContext, JobQueue
from app.core.tasks import language
from app.core.tasks.language import LANGUAGES as KNOWN_LANGUAGES
from app.core.tasks.language import resolve as resolve_language
from app.core.tasks.summarize import LENGTHS, run_summarize_job, target_words
from app.core.tasks.translate import run_translate_job

KINDS = ("summarize", "translate")


def register(queue: JobQueue, runtime: Runtime, ocr=None) -> None:
    """Add the file-job handlers to `queue` (they share the model lane). `ocr`: a
    function giving the OCR process (or None when OCR is off) for scans and images."""

    # Each model call takes the model lane for itself: a chat turn runs between chunks.
    def summarize(ctx: JobContext) -> dict[str, Any]:
        model = runtime.shared(ctx.params.get("model") or None, ctx.control)
        return run_summarize_job(ctx, model, runtime.sampling(model.model_id),
                                 ocr() if ocr else None)

    def translate(ctx: JobContext) -> dict[str, Any]:
        model = runtime.shared(ctx.params.get("model") or None, ctx.control)
        return run_translate_job(ctx, model, runtime.sampling(model.model_id),
                                 ocr() if ocr else None)

    queue.register("summarize", summarize, lane="model")
    queue.register("translate", translate, lane="model")


def _source(path: str | Path) -> Path:
    p = Path(path).expanduser()
    if not p.exists():
        raise DocumentError(absent_reason(p), Msg("Check the path and try again."))
    if not p.is_file():
        raise DocumentError(Msg("{path} is not a file.", path=p), Msg("Choose one file."))
    return p.resolve()


def summarize_params(path: str | Path, output: str | Path | None = None,
                     length: str | int = "medium", model: str | None = None,
                     language: str | None = None) -> dict[str, Any]:
    """`language`: a code or name to write the summary in; None or '' for the
    document's own language."""
    source = _source(path)
    target_words(length)  # refuse a bad length before queueing
    params = {"path": str(source), "output": str(Path(output).expanduser().resolve())
              if output else "", "length": str(length), "model": model or ""}
    if language and language.strip():
        # only when chosen: a job queued before summaries had a language still matches
        # its own params, and resumes
        # a known language by its code (zh, Chinese and chinese are one job), else as typed
        code, name = resolve_language(language)
        params["language"] = code if code in KNOWN_LANGUAGES else name
    return params


def translate_params(path: str | Path, to: str, output: str | Path | None = None,
                     model: str | None = None) -> dict[str, Any]:
    from app.core.tasks.formats import AS_TEXT, SUFFIXES

    source = _source(path)
    if source.suffix.lower() not in SUFFIXES and source.suffix.lower() not in AS_TEXT:
        raise DocumentError(Msg("Hearth cannot translate {suffix} files.",
                                suffix=source.suffix or Msg("extension-less")),
                            Msg("Translation keeps the format of .md, .txt, .html and .docx "
                                "files; PDFs and images are translated into .txt."))
    if not to or not to.strip():
        raise HearthError(Msg("No target language given."),
                          Msg("Choose a language, e.g. --to French."))
    return {"path": str(source), "to": to.strip(),
            "output": str(Path(output).expanduser().resolve()) if output else "",
            "model": model or ""}


def title_of(kind: str, params: dict[str, Any]) -> str:
    name = Path(params["path"]).name
    if kind == "translate":
        return f"Translate {name} into {language.resolve(params['to'])[1]}"
    if params.get("language"):
        return (f"Summarize {name} ({params.get('length', 'medium')}, "
                f"in {language.resolve(params['language'])[1]})")
    return f"Summarize {name} ({params.get('length', 'medium')})"


def submit(queue: JobQueue, kind: str, params: dict[str, Any]) -> tuple[Job, bool]:
    """Queue a file job, or reuse the unfinished job with the same params (it resumes
    from its finished parts). Returns (job, resumed)."""
    if kind not in KINDS:
        raise HearthError(Msg("Unknown file job '{kind}'.", kind=kind),
                          Msg("Use one of: {choices}.", choices=", ".join(KINDS)))
    found = queue.find_resumable(kind, params)
    if found is not None:
        if found.status != "queued":
            found = queue.retry(found.id)
        return found, True
    return queue.submit(kind, title_of(kind, params), params), False


LENGTH_CHOICES = tuple(LENGTHS)
