"""Run the fuzzers (atheris, a dev dependency) for a given time each.

    python -m tests.fuzz --seconds 600                 # every target, 10 minutes each
    python -m tests.fuzz --seconds 60 --only gguf pdf  # some of them
    python -m tests.fuzz --child gguf [libFuzzer args] # one target (what the above runs)

Seeds come from tests/fuzz/seeds/TARGET and the bad-input corpus; inputs that
crash are written to tests/fuzz/crashers/TARGET/, where
tests/fuzz/test_regressions.py replays them in the default test run.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SEED_SUFFIX = {"gguf": ".gguf", "pdf": ".pdf", "docx": ".docx", "epub": ".epub",
               "odt": ".odt", "html": ".html", "markdown": ".md", "text": ".txt",
               "translate-docx": ".docx", "translate-html": ".html"}


def child(name: str, args: list[str]) -> None:
    import atheris

    from tests.fuzz.targets import TARGETS, warm_up

    target = TARGETS[name]
    # The targets import lazily: import what they reach inside the block, so
    # Hearth's code and the pure-Python parsers are instrumented and coverage
    # guides the fuzzer (a first version missed this and fuzzed blind).
    with atheris.instrument_imports(include=["app", "docx", "markdown_it", "jinja2",
                                             "charset_normalizer", "gguf"]):
        warm_up()

    def one(data: bytes) -> None:
        target(data)

    atheris.Setup([sys.argv[0], *args], one)
    atheris.Fuzz()


def seeds(name: str, into: Path) -> int:
    """Copy the target's seeds and the matching bad-input corpus files into `into`."""
    into.mkdir(parents=True, exist_ok=True)
    n = _valid_seeds(name, into)
    suffix = SEED_SUFFIX.get(name)
    if suffix:
        from tests.corpus.generate import build

        for case in build(into.parent / "corpus", heavy=False):
            path = case.path
            if (path.suffix == suffix and path.is_file() and not path.is_symlink()
                    and path.stat().st_size < 1 << 20):
                shutil.copy(path, into / f"corpus-{path.name}")
                n += 1
    if name == "template":
        from tests.corpus.generate import TEMPLATES

        for key, source in TEMPLATES.items():
            (into / f"corpus-{key}.jinja").write_text(source)
            n += 1
    return n


def _valid_seeds(name: str, into: Path) -> int:
    """Well-formed inputs, written fresh (so nothing binary sits in git)."""
    from tests.corpus.generate import gguf_bytes
    from tests.fixtures import documents as fx

    makers = {"pdf": lambda p: fx.make_pdf(p, fx.GUIDE_PAGES, [("Warranty", 3)]),
              "docx": fx.make_docx, "translate-docx": fx.make_docx, "epub": fx.make_epub,
              "odt": fx.make_odt, "html": fx.make_html, "translate-html": fx.make_html,
              "markdown": fx.make_markdown, "text": fx.make_text}
    if name in makers:
        makers[name](into / f"valid{SEED_SUFFIX[name]}")
        return 1
    if name == "gguf":
        (into / "valid.gguf").write_bytes(gguf_bytes(template="{{ messages }}"))
        from app.core.models import bundled

        real = bundled.path_of(bundled.CHAT)
        if real:  # the real header (vocabulary, template), cut before the weights
            with open(real, "rb") as fh:
                (into / "smollm2-head.gguf").write_bytes(fh.read(60_000))
        return 2
    if name == "template":
        from app.core.llm.templates import CHATML
        from app.core.models import bundled
        from app.core.models.gguf_info import read_gguf

        (into / "chatml.jinja").write_text(CHATML)
        real = bundled.path_of(bundled.CHAT)
        if real and read_gguf(real).chat_template:
            (into / "smollm2.jinja").write_text(read_gguf(real).chat_template)
        return 2
    return 0


def run(name: str, seconds: int, work: Path) -> dict:
    corpus = work / name / "corpus"
    n_seeds = seeds(name, corpus)
    crashers = HERE / "crashers" / name
    crashers.mkdir(parents=True, exist_ok=True)
    known = {p.name for p in crashers.glob("*") if p.is_file()}  # committed regressions
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "tests.fuzz", "--child", name, str(corpus),
         f"-max_total_time={seconds}", "-timeout=20", "-rss_limit_mb=3072",
         "-max_len=65536", f"-artifact_prefix={crashers}/", "-print_final_stats=1"],
        cwd=ROOT, capture_output=True, text=True)
    took = time.monotonic() - start
    log = work / name / "libfuzzer.log"  # the whole log; the summary keeps its end
    log.write_text(proc.stdout + proc.stderr)
    tail = (proc.stdout + proc.stderr)[-3000:]
    runs = next((line.split(":")[-1].strip() for line in tail.splitlines()
                 if line.startswith("stat::number_of_executed_units")), "?")
    found = sorted(p.name for p in crashers.glob("*") if p.is_file() and p.name not in known)
    return {"target": name, "seconds": round(took), "executions": runs, "seeds": n_seeds,
            "exit": proc.returncode, "crashers": found, "log": str(log), "tail": tail[-1500:]}


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        child(argv[1], argv[2:])
        return 0
    from tests.fuzz.targets import TARGETS

    ap = argparse.ArgumentParser(prog="python -m tests.fuzz")
    ap.add_argument("--seconds", type=int, default=60, help="per target")
    ap.add_argument("--only", nargs="*", choices=sorted(TARGETS))
    ap.add_argument("--json", help="write the results here")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="hearth-fuzz-"))
    results = []
    for name in args.only or list(TARGETS):
        result = run(name, args.seconds, work)
        results.append(result)
        print(f"{name:15} {result['seconds']:5d} s  {result['executions']:>9} runs  "
              f"exit {result['exit']}  new crashers: {len(result['crashers'])}", flush=True)
        if result["exit"] != 0:
            print(result["tail"], f"\n(whole log: {result['log']})", flush=True)
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=1))
    return 1 if any(r["exit"] != 0 for r in results) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
