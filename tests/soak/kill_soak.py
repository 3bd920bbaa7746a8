"""The kill soak: SIGKILL real `hearth` processes at random moments and check
that nothing was lost. Not part of the default test run (minutes to hours):

    .venv/bin/python -m tests.soak.kill_soak --kills 100 [--seed 1] [--minutes 90] [--json OUT]

Rounds rotate through four kinds of work, each a real `python -m app` process:
- chat:     `hearth chat --new --json "question N"` (the bundled model)
- index:    `hearth docs add soak FOLDER` over a real folder whose files change every round
- download: `hearth models pull` of the bundled GGUF from the local test hub (throttled)
- file job: `hearth summarize SOURCE -o OUT` (temperature 0, a fixed seed)

Each process is killed after a random delay (some finish first: those count as
completed, not as kills). After each kill Hearth is started again and:
- `PRAGMA integrity_check` is ok;
- every question whose `chat` call returned its conversation id is still there;
- no reply is left `generating`;
- after `hearth docs sync`, the FAISS index and the chunks table hold the same ids;
- an interrupted download resumes from its partial file (the hub sees a Range
  request from the partial size) and the finished file verifies;
- an interrupted file job resumes from its finished parts and its output equals
  a clean run's.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REPO, FILE = "soak-org/SmolLM2-135M-Instruct-GGUF", "SmolLM2-135M-Instruct.Q4_1.gguf"
DELAYS = {"chat": (1.0, 12.0), "index": (1.0, 14.0), "download": (0.5, 5.0),
          "file": (2.0, 30.0)}
SECTIONS = ["Bees", "Rivers", "Bread", "Comets", "Gardens", "Lighthouses"]


def hearth(home: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    env = dict(os.environ, HEARTH_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def start(home: Path, *args: str) -> subprocess.Popen:
    env = dict(os.environ, HEARTH_HOME=str(home))
    return subprocess.Popen([sys.executable, "-m", "app", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def kill_after(proc: subprocess.Popen, delay: float) -> tuple[bool, str, str]:
    """SIGKILL `proc` after `delay` s unless it ended first: (killed, stdout, stderr)."""
    try:
        out, err = proc.communicate(timeout=delay)
        return False, out, err
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate()
        return True, out, err


class Soak:
    def __init__(self, work: Path, seed: int) -> None:
        from tests.hubserver import HubServer

        self.work = work
        self.rng = random.Random(seed)
        self.home = work / "home"
        self.folder = work / "folder"
        self.source = work / "source.md"
        self.questions: dict[int, list[str]] = {}  # conversation id -> questions returned
        self.failures: list[str] = []
        self.kills = {k: 0 for k in DELAYS}
        self.completed = {k: 0 for k in DELAYS}
        self.resumed = {"download": 0, "file": 0}
        self.hub = HubServer().start()
        os.environ.update(HF_ENDPOINT=self.hub.url, HF_HUB_OFFLINE="0", HF_HUB_DISABLE_XET="1")
        from app.core.models import bundled

        model = bundled.path_of(bundled.CHAT)
        if model is None:
            raise SystemExit("the bundled model is missing: run python3 bootstrap.py --no-start")
        self.hub.add_repo(REPO, {FILE: model})
        self.hub.switches.rate = 25e6  # ~4 s for the 98 MB file, so kills land mid-file
        self._setup_files()
        self._settings(self.home)
        self.clean_summary = self._clean_summary()

    # setup -------------------------------------------------------------------
    def _setup_files(self) -> None:
        from tests.fixtures import documents as fx

        fx.make_corpus(self.folder)
        for i in range(24):
            (self.folder / f"note-{i:02d}.md").write_text(self._note(i, 0))
        parts = []
        for title in SECTIONS:
            body = " ".join(f"{title} paragraph {j}: a plain sentence about {title.lower()} "
                            f"that a summary may keep or drop." for j in range(18))
            parts.append(f"# {title}\n\n{body}\n")
        self.source.write_text("\n".join(parts))

    def _note(self, i: int, version: int) -> str:
        words = " ".join(f"word{(i * 7 + j + version) % 97}" for j in range(600))
        return f"# Note {i} v{version}\n\n{words}\n\nThe end of note {i}, version {version}.\n"

    def _settings(self, home: Path) -> None:
        home.mkdir(parents=True, exist_ok=True)
        code = ("from app.core.session import Core; c = Core(); "
                "c.settings.update({'temperature': 0.0, 'seed': 7, 'max_tokens': 160}); "
                "c.close()")
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True,
                       env=dict(os.environ, HEARTH_HOME=str(home)))

    def _clean_summary(self) -> str:
        home = self.work / "clean-home"
        self._settings(home)
        out = self.work / "clean.summary.md"
        proc = hearth(home, "summarize", str(self.source), "-o", str(out), "--json")
        if proc.returncode != 0:
            raise SystemExit(f"the clean summary failed: {proc.stderr[-2000:]}")
        return out.read_text()

    # checks -------------------------------------------------------------------
    def fail(self, text: str) -> None:
        print(f"  FAIL: {text}", flush=True)
        self.failures.append(text)

    def check_store(self, label: str) -> None:
        """Restart Hearth, then check the database as the issue lists."""
        proc = hearth(self.home, "history", "list", "--json")
        if proc.returncode != 0:
            self.fail(f"{label}: restart failed: {proc.stderr[-500:]}")
            return
        conn = sqlite3.connect(self.home / "hearth.db")
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if ok != "ok":
                self.fail(f"{label}: integrity_check: {ok}")
            for conv, questions in self.questions.items():
                have = {r[0] for r in conn.execute(
                    "SELECT content FROM messages WHERE conversation_id=? AND role='user'",
                    (conv,))}
                if missing := [q for q in questions if q not in have]:
                    self.fail(f"{label}: conversation {conv} lost {missing}")
            generating = conn.execute(
                "SELECT count(*) FROM messages WHERE status='generating'").fetchone()[0]
            if generating:
                self.fail(f"{label}: {generating} replies left 'generating'")
        finally:
            conn.close()

    def check_index(self, label: str) -> None:
        import faiss
        import numpy as np

        proc = hearth(self.home, "docs", "sync", "soak", "--json")
        if proc.returncode != 0:
            self.fail(f"{label}: docs sync after the kill failed: {proc.stderr[-500:]}")
            return
        conn = sqlite3.connect(self.home / "hearth.db")
        try:
            cid = conn.execute("SELECT id FROM doc_collections WHERE name='soak'").fetchone()[0]
            db_ids = sorted(r[0] for r in conn.execute(
                "SELECT id FROM doc_chunks WHERE collection_id=?", (cid,)))
        finally:
            conn.close()
        index = faiss.read_index(str(self.home / "indexes" / f"collection-{cid}.faiss"))
        ids = sorted(faiss.vector_to_array(index.id_map).astype(np.int64).tolist())
        if ids != db_ids:
            self.fail(f"{label}: FAISS holds {len(ids)} ids, the chunks table {len(db_ids)}")

    # rounds -------------------------------------------------------------------
    def chat(self, n: int) -> bool:
        question = f"Question {n}: name one colour of the sky."
        proc = start(self.home, "chat", "--new", "--json", "--max-tokens", "48", question)
        killed, out, err = kill_after(proc, self.rng.uniform(*DELAYS["chat"]))
        if not killed:
            if proc.returncode != 0:
                self.fail(f"chat {n}: exit {proc.returncode}: {err[-300:]}")
            else:
                conv = json.loads(out)["conversation_id"]
                self.questions.setdefault(conv, []).append(question)
        self.check_store(f"chat {n}")
        return killed

    def index(self, n: int) -> bool:
        for i in self.rng.sample(range(24), 6):  # work for this round: six changed files
            (self.folder / f"note-{i:02d}.md").write_text(self._note(i, n))
        proc = start(self.home, "docs", "add", "soak", str(self.folder))
        killed, _, err = kill_after(proc, self.rng.uniform(*DELAYS["index"]))
        if not killed and proc.returncode != 0:
            self.fail(f"index {n}: exit {proc.returncode}: {err[-300:]}")
        self.check_store(f"index {n}")
        self.check_index(f"index {n}")
        return killed

    def download(self, n: int) -> bool:
        partial = next(iter((self.home / "models").rglob(FILE + ".partial")), None) \
            if (self.home / "models").exists() else None
        proc = start(self.home, "models", "pull", REPO, FILE)
        killed, _, err = kill_after(proc, self.rng.uniform(*DELAYS["download"]))
        partial = next(iter((self.home / "models").rglob(FILE + ".partial")), partial)
        saved = partial.stat().st_size if partial and partial.exists() else 0
        if killed:
            self.hub.switches.rate = None
            proc2 = hearth(self.home, "models", "pull", REPO, FILE, "--json")
            self.hub.switches.rate = 25e6
            if proc2.returncode != 0:
                self.fail(f"download {n}: the pull after the kill failed: {proc2.stderr[-300:]}")
            else:
                result = json.loads(proc2.stdout)
                if saved and result.get("resumed_from") != saved:
                    self.fail(f"download {n}: resumed from {result.get('resumed_from')}, "
                              f"the partial file held {saved}")
                elif saved:
                    self.resumed["download"] += 1
        elif proc.returncode != 0:
            self.fail(f"download {n}: exit {proc.returncode}: {err[-300:]}")
        self.check_store(f"download {n}")
        final = next(iter((self.home / "models").rglob(FILE)), None)
        if final is None:
            self.fail(f"download {n}: no model file after the pull")
        else:
            digest = hashlib.sha256(final.read_bytes()).hexdigest()
            if digest != self.hub.repos[REPO].files[FILE].sha256:
                self.fail(f"download {n}: the downloaded file does not verify")
        listed = json.loads(hearth(self.home, "models", "list", "--json").stdout)
        for m in listed:
            if m.get("repo") == REPO:
                hearth(self.home, "models", "rm", m["id"])
        return killed

    def file_job(self, n: int) -> bool:
        out = self.work / f"soak-{n}.summary.md"
        proc = start(self.home, "summarize", str(self.source), "-o", str(out), "--json")
        killed, _, err = kill_after(proc, self.rng.uniform(*DELAYS["file"]))
        if killed:
            again = hearth(self.home, "summarize", str(self.source), "-o", str(out), "--json")
            if again.returncode != 0:
                self.fail(f"file {n}: the run after the kill failed: {again.stderr[-300:]}")
            else:
                if json.loads(again.stdout).get("resumed_parts"):
                    self.resumed["file"] += 1
                if out.read_text() != self.clean_summary:
                    self.fail(f"file {n}: the resumed output differs from a clean run's")
        elif proc.returncode != 0:
            self.fail(f"file {n}: exit {proc.returncode}: {err[-300:]}")
        self.check_store(f"file {n}")
        # The next round summarizes the same file afresh: forget this job's parts.
        jobs = json.loads(hearth(self.home, "jobs", "list", "--json").stdout)
        for job in jobs:
            if job.get("kind") == "summarize" and job.get("status") != "running":
                hearth(self.home, "jobs", "rm", str(job["id"]))
        return killed

    def run(self, kills: int, minutes: float, only: list[str] | None = None) -> dict:
        plan = only or ["chat", "index", "chat", "download", "chat", "file", "chat", "index",
                        "chat", "download", "chat"]
        rounds = {"chat": self.chat, "index": self.index, "download": self.download,
                  "file": self.file_job}
        deadline = time.monotonic() + minutes * 60
        n, t0 = 0, time.monotonic()
        while sum(self.kills.values()) < kills and time.monotonic() < deadline:
            kind = plan[n % len(plan)]
            n += 1
            killed = rounds[kind](n)
            (self.kills if killed else self.completed)[kind] += 1
            print(f"round {n:3d} {kind:8} {'killed' if killed else 'finished':8} "
                  f"kills so far {sum(self.kills.values())}, failures {len(self.failures)}",
                  flush=True)
        return {"kills": self.kills, "completed": self.completed, "resumed": self.resumed,
                "rounds": n, "minutes": round((time.monotonic() - t0) / 60, 1),
                "conversations_checked": len(self.questions),
                "questions_checked": sum(len(q) for q in self.questions.values()),
                "failures": self.failures}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.soak.kill_soak")
    ap.add_argument("--kills", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--minutes", type=float, default=240, help="stop early after this long")
    ap.add_argument("--json", help="write the summary here")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    ap.add_argument("--only", nargs="*", choices=sorted(DELAYS), help="these kinds of work")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="hearth-soak-"))
    print(f"work folder {work}", flush=True)
    soak = Soak(work, args.seed)
    try:
        summary = soak.run(args.kills, args.minutes, args.only)
    finally:
        soak.hub.stop()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(summary, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=1))
    return 1 if summary["failures"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
