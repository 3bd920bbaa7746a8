"""Summarize a file of any length.

Text that fits the model's context budget is summarized in one pass. Longer
text goes through map-reduce: each top-level section is cut into chunks that
fit (at headings and paragraphs), every chunk is summarized in order, and the
chunk summaries of a section are combined, recursively, until one summary per
section remains; the section summaries are then combined into an overview.
The output keeps the document's structure: one part per top-level section,
each saying which pages it covers.

Every model call's result is stored as a job part under a stable key, so a
cancelled or killed job resumes without redoing finished chunks.
"""

from __future__ import annotations

import math
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
from app.core.tasks.chunk_call import Answer, answer_chunk, fit_prompt, strip_chatter
from app.core.tasks.source import Section, SourceText, page_range, read_source
from app.core.tasks.splitting import split_to_budget

LENGTHS = {"short": 40, "medium": 90, "long": 180}  # words per part
SYSTEM = "You are a careful assistant. You write short, accurate summaries."
MAP_PROMPT = "Summarize the following text in about {words} words.\n\nText:\n{text}"
COMBINE_PROMPT = ("These are summaries of consecutive parts of {what}. Combine them into one "
                  "summary of about {words} words.\n\n{text}")
OVERVIEW_PROMPT = ("These are summaries of the sections of a document titled \"{title}\". "
                   "Write an overview of the whole document in about {words} words.\n\n{text}")
# Appended to every prompt, after the text (small models follow the last line best);
# the English name of the language, which models understand best.
LANGUAGE_PROMPT = "\n\nWrite the summary in {language}."

# The summary file's own words, in the summary's language (others get English): a
# Chinese summary under English labels reads as half translated.
LABELS: dict[str, dict[str, str]] = {
    "en": {"title": "# Summary: {title}", "covers": "*Covers {pages}.*",
           "verbatim": "*Short section, quoted in full:*",
           "failed": "> **Not summarized{span}:** {reason}. Read this part in the original.",
           "span": " ({pages})", "page": "{unit} {first}", "pages": "{unit}s {first}–{last}",
           "unit:page": "page", "unit:section": "section",
           "Introduction": "Introduction", "Section {n}": "Section {n}"},
    "zh": {"title": "# 摘要：{title}", "covers": "*涵盖{pages}。*",
           "verbatim": "*篇幅较短，全文引用：*",
           "failed": "> **未摘要{span}：**{reason}。请阅读原文中的这一部分。",
           "span": "（{pages}）", "page": "第 {first} {unit}", "pages": "第 {first}–{last} {unit}",
           "unit:page": "页", "unit:section": "节",
           "Introduction": "引言", "Section {n}": "第 {n} 节"},
    "ja": {"title": "# 要約：{title}", "covers": "*対象：{pages}*",
           "verbatim": "*短いセクションのため全文を引用：*",
           "failed": "> **要約されていません{span}：**{reason}。この部分は原文をお読みください。",
           "span": "（{pages}）", "page": "{first} {unit}", "pages": "{first}–{last} {unit}",
           "unit:page": "ページ", "unit:section": "セクション",
           "Introduction": "はじめに", "Section {n}": "セクション {n}"},
    "fr": {"title": "# Résumé : {title}", "covers": "*Texte couvert : {pages}.*",
           "verbatim": "*Section courte, citée en entier :*",
           "failed": "> **Non résumé{span} :** {reason}. Lisez cette partie dans l'original.",
           "span": " ({pages})", "page": "{unit} {first}", "pages": "{unit}s {first}–{last}",
           "unit:page": "page", "unit:section": "section",
           "Introduction": "Introduction", "Section {n}": "Section {n}"},
}


def labels_for(code: str) -> dict[str, str]:
    """The summary file's labels for a language code (English for languages without)."""
    return LABELS.get(code, LABELS["en"])


def summary_language(detected: str, wanted: str = "") -> tuple[str, str]:
    """(code, English name) of the language to write the summary in: `wanted` (a code
    or a name) or else the document's own, `detected` (language.detect's code). The
    name is '' when it cannot be told (too little text, or a language Hearth has no
    name for): no instruction then."""
    if wanted and wanted.strip():
        return language.resolve(wanted)
    return detected, language.LANGUAGES.get(detected, "")


def target_words(length: str | int) -> int:
    """Words per part for 'short' | 'medium' | 'long' or an explicit word count."""
    if isinstance(length, int) or str(length).isdigit():
        words = int(length)
        if not 5 <= words <= 2000:
            raise HearthError(Msg("A summary length of {words} words is out of range.",
                                  words=words),
                              Msg("Use short, medium, long or a word count from 5 to 2000."))
        return words
    if length not in LENGTHS:
        raise HearthError(Msg("Unknown summary length '{length}'.", length=str(length)),
                          Msg("Use short, medium, long or a word count."))
    return LENGTHS[length]


@dataclass
class Chunk:
    key: str
    text: str
    first_page: int | None
    last_page: int | None


@dataclass
class SectionPlan:
    section: Section
    chunks: list[Chunk]
    verbatim: bool = False  # too short to summarize: quoted as it is


@dataclass
class SummaryRun:
    """What one summarize job did: its output and honest accounting."""

    output: str
    chunks: int = 0
    model_calls: int = 0  # calls made in this run (finished parts are not redone)
    resumed: int = 0  # parts reused from an earlier run
    failed: list[dict[str, Any]] = field(default_factory=list)
    passes: str = "one"  # one | map-reduce


class Summarizer:
    """Plans and runs the map-reduce for one source text on one model."""

    def __init__(self, model: ChatModel, ctx: JobContext, params: SamplingParams,
                 words: int, code: str = "", language_name: str = "") -> None:
        self.model = model
        self.ctx = ctx
        self.words = words
        self.labels = labels_for(code)
        # said in every prompt, so it counts in the overhead below
        self.instruction = (LANGUAGE_PROMPT.format(language=language_name)
                            if language_name else "")
        # Chinese and Japanese take more tokens per word (about one per character)
        self.out_tokens = int(words * (2.5 if code in ("zh", "ja") else 1.7)) + 24
        self.params = SamplingParams(**{**params.__dict__, "max_tokens": self.out_tokens})
        overhead = max(len(fit_prompt(model, SYSTEM, tpl.format(what="x", words=words, text="")
                                      + self.instruction))
                       for tpl in (MAP_PROMPT, COMBINE_PROMPT))
        self.budget = model.n_ctx - overhead - self.out_tokens - 16
        if self.budget < 64:
            raise HearthError(Msg("The model's context ({tokens} tokens) is too small to "
                                  "summarize in {words}-word parts.", tokens=model.n_ctx,
                                  words=words),
                              Msg("Choose a shorter length or raise the context length in "
                                  "Settings."))
        self.stored = ctx.parts()
        self.run = SummaryRun("")
        self.done = 0
        self.total = 0

    # counting ----------------------------------------------------------
    def count(self, text: str) -> int:
        return len(self.model.tokenize(text))

    # planning ----------------------------------------------------------
    def plan(self, source: SourceText) -> list[SectionPlan]:
        plans = []
        for si, section in enumerate(source.sections()):
            base = source.text.find(section.text) if section.text else -1
            texts = split_to_budget(section.text, self.count, self.budget)
            if len(texts) == 1 and language.count_words(texts[0]) <= self.words:
                chunk = Chunk(f"map:{si}:0", texts[0], section.first_page, section.last_page)
                plans.append(SectionPlan(section, [chunk], verbatim=True))
                continue
            chunks, pos = [], base
            for ci, text in enumerate(texts):
                at = source.text.find(text[:80], max(pos, 0)) if pos >= 0 else -1
                end = at + len(text) if at >= 0 else -1
                first = source.page_at(at) if at >= 0 else section.first_page
                last = source.page_at(max(at, end - 1)) if at >= 0 else section.last_page
                chunks.append(Chunk(f"map:{si}:{ci}", text, first, last))
                pos = end if at >= 0 else pos
            plans.append(SectionPlan(section, chunks))
        return plans

    def _estimate_calls(self, n: int) -> int:
        """Model calls to combine `n` summaries into one (an estimate for the ETA)."""
        fan_in = max(2, self.budget // max(1, self.out_tokens + 8))
        calls = 0
        while n > 1:
            n = math.ceil(n / fan_in)
            calls += n
        return calls

    # running -----------------------------------------------------------
    def _call(self, key: str, prompt: str, where: str) -> tuple[str, bool]:
        """One stored model call: reuse a finished part, else ask and store."""
        part = self.stored.get(key)
        if part is not None:
            self.run.resumed += 1
            ok = part.status == "done"
            if not ok:
                self.run.failed.append({"key": key, "where": where,
                                        "reason": part.info.get("reason", "failed")})
            self._tick(where, reused=True)
            return part.output, ok
        answer: Answer = answer_chunk(self.model, SYSTEM, prompt, self.params, self.ctx.control)
        self.run.model_calls += 1
        text = tidy(strip_chatter(answer.text)) if answer.ok else ""
        info = {"where": where, "attempts": answer.attempts, "reasons": answer.reasons}
        if answer.ok:
            self.ctx.save_part(key, text, "done", info)
        else:
            info["reason"] = answer.reason
            self.ctx.save_part(key, "", "failed", info)
            self.run.failed.append({"key": key, "where": where, "reason": answer.reason})
        self._tick(where)
        return text, answer.ok

    def _tick(self, where: str, reused: bool = False) -> None:
        self.done += 1
        self.total = max(self.total, self.done)
        self.ctx.report(self.done, self.total, "chunks", where, reused=reused)

    def combine(self, key: str, items: list[str], what: str, words: int, note: str,
                prompt: str = COMBINE_PROMPT, **fmt: str) -> tuple[str, bool]:
        """Combine summaries into one, in groups that fit, recursively (`what` goes into
        the model's English prompt, `note` is the progress note: "combining ...")."""
        level = 0
        while len(items) > 1:
            groups: list[list[str]] = [[]]
            used = 0
            for item in items:
                size = self.count(item) + 4
                if groups[-1] and used + size > self.budget:
                    groups.append([])
                    used = 0
                groups[-1].append(item)
                used += size
            results = []
            for gi, group in enumerate(groups):
                if len(group) == 1:
                    results.append(group[0])
                    continue
                final = len(groups) == 1
                tpl = prompt if final else COMBINE_PROMPT
                text = tpl.format(what=what, words=words, text="\n\n".join(group),
                                  **fmt) + self.instruction
                out, ok = self._call(f"{key}:{level}:{gi}", text, note)
                results.append(out if ok else "\n\n".join(group))
                if not ok and final:
                    return "\n\n".join(group), False
            items = results
            level += 1
        return (items[0] if items else ""), True

    def summarize(self, source: SourceText) -> SummaryRun:
        plans = self.plan(source)
        self.run.chunks = sum(len(p.chunks) for p in plans if not p.verbatim)
        self.total = self.run.chunks + sum(self._estimate_calls(len(p.chunks)) for p in plans)
        self.total += 1 if len(plans) > 1 else 0
        self.run.passes = "map-reduce" if any(len(p.chunks) > 1 for p in plans) else "one"
        parts: list[tuple[SectionPlan, str, list[dict]]] = []
        for si, plan in enumerate(plans):
            self.ctx.control.checkpoint()
            parts.append(self._section(si, plan))
        overview = ""
        summaries = [s for _, s, _ in parts if s]
        if len(plans) > 1 and summaries:
            labelled = [f"{p.section.title}: {s}" for p, s, _ in parts if s]
            overview, ok = self.combine("overview", labelled, "a document", self.words,
                                        Msg("combining a document"), OVERVIEW_PROMPT,
                                        title=source.title)
            if len(labelled) == 1 or not ok:
                overview = ""  # one section needs no overview; a failed one is not shown
        self.run.output = render(source, parts, overview, self.labels)
        return self.run

    def _section(self, si: int, plan: SectionPlan) -> tuple[SectionPlan, str, list[dict]]:
        if plan.verbatim:
            return plan, plan.chunks[0].text, []
        what = f"the section \"{plan.section.title}\""
        summaries, failed = [], []
        for chunk in plan.chunks:
            pages = _pages(chunk.first_page, chunk.last_page)
            where = (Msg("{title} ({pages})", title=plan.section.title, pages=pages) if pages
                     else plan.section.title)
            prompt = MAP_PROMPT.format(words=self.words, text=chunk.text) + self.instruction
            out, ok = self._call(chunk.key, prompt, where)
            if ok:
                summaries.append(out)
            else:
                failed.append({"first": chunk.first_page, "last": chunk.last_page,
                               "reason": self.run.failed[-1]["reason"]})
        if not summaries:
            return plan, "", failed
        text, ok = self.combine(f"section:{si}", summaries, what, self.words,
                                Msg('combining the section "{title}"', title=plan.section.title))
        if not ok:
            failed.append({"first": None, "last": None,
                           "reason": Msg("combining this section's summaries failed")})
        return plan, text, failed


def _pages(first: int | None, last: int | None) -> str:
    if first is None:
        return ""
    if last in (None, first):
        return Msg("page {first}", first=first)
    return Msg("pages {first}–{last}", first=first, last=last)


def tidy(text: str) -> str:
    """Model text made safe to place under our headings: its own heading marks and
    code fences (often unbalanced) would break the summary's structure; a last
    sentence cut off by the length limit is dropped when enough text remains."""
    lines = []
    for line in text.strip().splitlines():
        if re.match(r"^\s*(```|~~~)", line):
            continue
        lines.append(re.sub(r"^\s{0,3}#{1,6}\s+", "", line))
    out = "\n".join(lines).strip()
    if out and out[-1] not in ".!?…:)\"'”»。！？」』）":
        # Chinese and Japanese end sentences with full-width marks and no space
        end = max(out.rfind(". "), out.rfind(".\n"), out.rfind("! "), out.rfind("? "),
                  out.rfind("。"), out.rfind("！"), out.rfind("？"))
        if end >= len(out) // 2:
            out = out[:end + 1]
    return out


def _title(title: str, labels: dict[str, str]) -> str:
    """A section title for the file: the titles Hearth made up ('Introduction',
    'Section 3') in the summary's language, the document's own as they are."""
    template = getattr(title, "template", None)
    if template in ("Introduction", "Section {n}"):
        return labels[template].format(**title.args)
    return title


def _page_span(first: int | None, last: int | None, unit: str, labels: dict[str, str]) -> str:
    """'page 3', 'pages 3–7', '第 3–7 页' ('' when the document has no pages)."""
    return page_range(first, last, labels.get(f"unit:{unit}", unit), labels)


def render(source: SourceText, parts: list[tuple[SectionPlan, str, list[dict]]],
           overview: str, labels: dict[str, str] | None = None) -> str:
    """The summary as Markdown: title, overview, then one part per top-level section,
    labelled in the summary's language (`labels`, English by default)."""
    labels = labels or LABELS["en"]
    lines = [labels["title"].format(title=_title(source.title, labels)), ""]
    if overview:
        lines += [overview.strip(), ""]
    single = len(parts) == 1 and parts[0][0].section.title == source.title
    for plan, text, failed in parts:
        section = plan.section
        pages = _page_span(section.first_page, section.last_page, section.page_unit, labels)
        if not single:
            heading = f"## {_title(section.title, labels)}"
            if pages:
                heading += labels["span"].format(pages=pages)
            lines += [heading, ""]
        elif pages:
            lines += [labels["covers"].format(pages=pages), ""]
        if text:
            body = text.strip()
            if plan.verbatim:
                body = "\n".join("> " + ln if ln.strip() else ">" for ln in body.splitlines())
                body = labels["verbatim"] + "\n\n" + body
            lines += [body, ""]
        for f in failed:
            span = (labels["span"].format(pages=_page_span(f["first"], f["last"], "page",
                                                           labels))
                    if f.get("first") is not None else "")
            lines += [labels["failed"].format(span=span, reason=f["reason"]), ""]
    return "\n".join(lines).rstrip() + "\n"


def default_output(path: Path) -> Path:
    """report.pdf -> report.summary.md, next to the source."""
    return path.with_name(f"{path.stem}.summary.md")


def output_file(given: str, default: Path) -> Path:
    """Where a file job writes: `given` (-o), with `default`'s name inside it when it is a
    folder, else `default`."""
    output = Path(given) if given else default
    return output / default.name if output.is_dir() else output


def ocr_reader(ctx: JobContext, ocr):
    """A loaders.PageReader over an OcrProcess that reports "page 3/12, OCR" on the job."""
    if ocr is None:
        return None

    def read(path: Path, kind: str, index: int, total: int) -> str:
        ctx.control.checkpoint()
        ctx.report(index, total, "pages", Msg("page {page}/{total}, OCR", page=index + 1,
                                              total=total))
        return ocr.read(path, kind, index).text
    return read


def run_summarize_job(ctx: JobContext, model: ChatModel, params: SamplingParams,
                      ocr=None) -> dict[str, Any]:
    """The 'summarize' job: params path, output, length, language (a code or name; by
    default the document's own); writes the summary file.
    `ocr` (an OcrProcess) reads scanned pages and images."""
    start = time.perf_counter()
    p = ctx.params
    path = Path(p["path"])
    output = output_file(p.get("output") or "", default_output(path))
    source = read_source(path, ocr_reader(ctx, ocr))
    code = language.detect(source.text)
    out_code, out_name = summary_language(code, p.get("language") or "")
    # Parts are tied to the file and to the summary's language: a resume in another
    # language (a changed param, or a detector that now tells differently) starts over.
    ctx.bind_input(f"{file_digest(path)} in {out_name or '?'}")
    summarizer = Summarizer(model, ctx, params, target_words(p.get("length", "medium")),
                            out_code, out_name)
    run = summarizer.summarize(source)
    outputs.remember(ctx.queue.db, output, path, "summary")  # before the watcher sees it
    _write_text(output, run.output)
    return {
        "output_path": str(output), "chunks": run.chunks, "failed_chunks": run.failed,
        "seconds": round(time.perf_counter() - start, 2),
        "source_language": language.name_of(code) if code else "unknown",
        "source_language_code": code, "summary_language": out_name or "unknown",
        "summary_language_code": out_code, "model_calls": run.model_calls,
        "resumed_parts": run.resumed, "passes": run.passes,
        "input_chars": len(source.text), "output_chars": len(run.output),
    }


def _write_text(path: Path, text: str) -> None:
    """Write atomically: a full disk or a cancel never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise HearthError(Msg("Cannot write {path}: {error}.", path=str(path),
                              error=str(exc.strerror or exc)),
                          Msg("Free some disk space or choose another output folder (-o).")
                          ) from exc

