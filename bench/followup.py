"""A follow-up turn as a user has it: the real main window (offscreen), a question typed
key by key at human speed, a pause, Enter; time to first token from the Enter key to the
first piece of the reply shown in the window.

Turn 1 is that question in a new conversation; turn 5 is the same kind of question after
four turns that pasted ~700-token passages (about 3k tokens of history), asked three times
in a row (turns 5 to 7). While the user types, the window passes the draft to the core,
which evaluates it ahead (`app/core/tasks/prefill.py`); the full run also measures the same
with that switched off.
"""

from __future__ import annotations

import os
import random
import time

from bench.common import median, na, row, say
from bench.gui import WindowUnavailable, real_window, spin_until
from bench.llm import WORDS, passage

KEY_S = 0.1  # one key every 100 ms: 120 words a minute, a fast typist
PAUSE_S = 1.0  # between the last key and Enter
QUESTION = "which of these passages did you find most interesting, and why?"
NAMES = ("TTFT turn 1, typed in the window [CPU]",
         "TTFT turn 5, ~3k tokens history, typed in the window [CPU]")


class Typist:
    def __init__(self, app, window) -> None:
        from PySide6.QtTest import QTest

        self.app, self.window, self.chat = app, window, window.chat
        self.qtest = QTest
        self.first_piece = 0.0
        real = self.chat.messages.append_piece

        def append_piece(piece: str) -> None:  # the reply's text reaching the window
            if not self.first_piece:
                self.first_piece = time.perf_counter()
            real(piece)

        self.chat.messages.append_piece = append_piece

    def idle(self) -> None:
        chat = self.chat
        spin_until(self.app, lambda: not chat.busy(), 600)
        self.window.core.prefill.wait_idle(60)

    def paste_and_send(self, text: str) -> None:
        from PySide6.QtCore import Qt

        self.chat.composer.edit.setPlainText(text)
        self.qtest.keyClick(self.chat.composer.edit, Qt.Key.Key_Return)
        spin_until(self.app, lambda: self.chat.busy_with_turn(), 30)
        self.idle()

    def type_and_send(self, text: str) -> float:
        """Type `text` key by key, pause, press Enter; seconds to the first reply piece."""
        from PySide6.QtCore import Qt

        edit = self.chat.composer.edit
        edit.setFocus()
        for ch in text:
            self.qtest.keyClicks(edit, ch)
            spin_until(self.app, lambda: False, KEY_S)
        spin_until(self.app, lambda: False, PAUSE_S)
        self.first_piece = 0.0
        start = time.perf_counter()
        self.qtest.keyClick(edit, Qt.Key.Key_Return)
        spin_until(self.app, lambda: bool(self.first_piece), 120)
        seconds = self.first_piece - start if self.first_piece else float("nan")
        self.idle()
        return seconds


def measure(typist: Typist, asks: int, seed: int) -> tuple[list[float], list[float], int]:
    """TTFT of `asks` first turns and `asks` follow-ups after ~3k tokens of history; and
    the prompt tokens of the last follow-up."""
    chat, core = typist.chat, typist.window.core
    t1, t5 = [], []
    for i in range(asks):
        chat.new_conversation()
        typist.idle()
        t1.append(typist.type_and_send(f"{WORDS[i]}, {QUESTION}"))
    chat.new_conversation()
    typist.idle()
    rng = random.Random(seed)
    for _ in range(4):
        typist.paste_and_send(passage(rng, 60) + "\n\nSummarize this passage in one sentence.")
    for i in range(asks):
        t5.append(typist.type_and_send(f"{WORDS[i + 6]}, {QUESTION}"))
    last = core.history.messages(chat.conversation.id)[-1]
    return t1, t5, int(last.prompt_tokens or 0)


def run(quick: bool) -> list[dict]:
    try:
        with real_window() as opened:
            if opened is None:
                return [na(n, "no chat model installed", "ms") for n in NAMES]
            app, window, _home = opened
            return measure_rows(quick, app, window)
    except WindowUnavailable as exc:
        return [na(n, f"the window cannot start here: {exc}", "ms") for n in NAMES]


def measure_rows(quick: bool, app, window) -> list[dict]:
    rows: list[dict] = []
    core = window.core
    core.settings.update({"n_ctx": 4096, "max_tokens": 32, "seed": 1})
    typist = Typist(app, window)
    typist.idle()
    asks = 3 if quick else 5
    load = os.getloadavg()[0]
    say("typing turn 1 and turn 5 in the window")
    t1, t5, used = measure(typist, asks, seed=0)
    load = max(load, os.getloadavg()[0])
    note = (f"real window offscreen: a question typed key by key ({KEY_S * 1000:.0f} ms a "
            f"key), {PAUSE_S:.0f} s pause, Enter; to the first piece shown; turn 5 prompt "
            f"{used} tokens; turns 5 to {4 + asks} after four pasted passages; median of "
            f"{asks} each; the draft evaluated while typing (prefill_drafts on); load "
            f"average up to {load:.1f}; baseline = TTFT turn 1 typed the same way")
    rows += [row(NAMES[0], median(t1) * 1000, "ms",
                 note=f"a new conversation, typed as above; median of {asks}"),
             row(NAMES[1], median(t5) * 1000, "ms", baseline=median(t1) * 1000,
                 target="<= 1.2x", note=note)]
    if not quick:
        say("the same with prefill_drafts off")
        core.settings.set("prefill_drafts", False)
        o1, o5, _ = measure(typist, asks, seed=1)
        rows.append(row("TTFT turn 5 typed, prefill_drafts off [CPU]", median(o5) * 1000,
                        "ms", baseline=median(o1) * 1000,
                        note="reference: the same typing with the draft not evaluated "
                             "ahead (ratio vs turn 1 typed the same way)"))
    return rows
