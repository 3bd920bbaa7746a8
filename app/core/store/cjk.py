"""Words in Chinese and Japanese text, for keyword search.

SQLite FTS5's `unicode61` tokenizer splits on spaces and punctuation, so a run
of Chinese characters is one token and no word inside a sentence can match.
Text with CJK characters is therefore segmented before it is indexed: jieba
cuts each run of Han characters into words (search mode, which adds the
shorter words inside long ones: 热水壶 -> 热水, 水壶, 热水壶), and runs of
kana or hangul, which jieba does not know, become overlapping character pairs.
Text without CJK characters is passed through unchanged, so English keyword
search is exactly what it was.

`bench/cjk_keywords.py` measured this against FTS5's `trigram` tokenizer on the
same Chinese questions (README, documents section): trigram cannot match the
two-character words most Chinese questions turn on.
"""

from __future__ import annotations

import re
import threading

# Han (incl. extension A and compatibility), kana, hangul
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_OTHER_RUN = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]+")
_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+")

# Question words and particles that say nothing about what is asked for.
STOP = frozenset((  # noqa: SIM905 - one string per line reads best
    "的 了 是 在 和 与 及 有 吗 呢 吧 啊 呀 么 要 "
    "会 能 可以 应该 需要 什么 怎么 怎样 怎么样 如何 为什么 "
    "哪些 哪个 哪里 多少 多久 几 几个 谁 我 你 他 她 "
    "它 我们 你们 他们 这 那 这个 那个 一个 一 把 被 "
    "给 对 让 就 都 也 还 又 很 最 更 时候 什么样 是否 "
    "有没有 一下 请问 の は が を に で と も や か "
    "です ます "
).split())

_lock = threading.Lock()
_jieba = None
_child = None  # ChildProcess when segment_in_child_process() was called (the window)
START_TIMEOUT_S = 60.0
CUT_TIMEOUT_S = 60.0


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def _tokenizer():
    """jieba's segmenter, loaded on the first CJK text. rjieba (jieba-rs, the same
    dictionary and algorithm: identical words on tests/corpus/zh) loads it in about
    0.3 s where Python's jieba took 1-2 s, holding the GIL either way; English-only
    collections never load it."""
    global _jieba
    with _lock:
        if _jieba is None:
            import rjieba

            _jieba = rjieba
    return _jieba


def _cut_here(runs: list[str], search: bool) -> list[list[str]]:
    jieba = _tokenizer()
    return [list(jieba.cut_for_search(r) if search else jieba.cut(r)) for r in runs]


def _child_setup() -> tuple:
    """In the child: load the dictionary, then cut batches of Han runs."""
    _tokenizer()
    return (lambda runs, search: (_cut_here(runs, search),)), ()


def segment_in_child_process() -> None:
    """Cut words in a child process from now on (the window calls this).

    Importing rjieba builds its dictionary in one Rust call that holds the GIL for
    0.3-0.6 s: in the window's process that froze the window at the first Chinese
    text indexed or asked about, from whichever thread. The child pays it instead;
    each text's Han runs then go there in one round trip (~0.1 ms)."""
    global _child
    from app.core.child_process import ChildProcess

    with _lock:
        if _child is None and _jieba is None:
            _child = ChildProcess(_child_setup, name="hearth-segmenter",
                                  start_timeout_s=START_TIMEOUT_S)


def prepare() -> None:
    """Start the segmenter's child ahead of the first Chinese text (in the background)."""
    child = _child
    if child is not None:
        try:
            child.start()
        except Exception:  # noqa: BLE001 - the first real cut retries and falls back
            pass


def stop() -> None:
    """End the segmenter's child, if one runs (the window's close)."""
    if _child is not None:
        _child.stop()


def _cut(runs: list[str], search: bool) -> list[list[str]]:
    if not runs:
        return []
    child = _child
    if child is not None:
        from app.core.child_process import ChildError

        try:
            return child.request(runs, search, timeout_s=CUT_TIMEOUT_S)[0]
        except ChildError:  # e.g. it was killed: cut here (slower start) rather than fail
            pass
    return _cut_here(runs, search)


def _pairs(run: str) -> list[str]:
    return [run] if len(run) < 3 else [run[i:i + 2] for i in range(len(run) - 1)]


def _parts(run: str) -> list[tuple[bool, str]]:
    """A CJK run as (is Han, text) pieces: Han for jieba, kana/hangul for pairs."""
    if _HAN_RUN.fullmatch(run):
        return [(True, run)]
    out: list[tuple[bool, str]] = []
    pos = 0
    for m in _OTHER_RUN.finditer(run):
        if m.start() > pos:
            out += _parts(run[pos:m.start()])
        out.append((False, m.group()))
        pos = m.end()
    if pos < len(run):
        out += _parts(run[pos:])
    return out


def _words_of(runs: list[str], search: bool = True) -> list[list[str]]:
    """The words of each CJK run (all Han pieces cut in one batch)."""
    parts = [_parts(r) for r in runs]
    cut = iter(_cut([text for p in parts for han, text in p if han], search))
    return [[w for han, text in p for w in (next(cut) if han else _pairs(text))] for p in parts]


def _words(run: str, search: bool = True) -> list[str]:
    return _words_of([run], search)[0]


def index_terms(text: str | None) -> str | None:
    """The text FTS5 indexes for a chunk: CJK runs cut into space-separated words."""
    if not text or not has_cjk(text):
        return text
    words = iter(_words_of(_RUN.findall(text)))
    return _RUN.sub(lambda m: " " + " ".join(next(words)) + " ", text)


def query_terms(query: str) -> list[str]:
    """Words of a question worth matching, lower-cased, in order, without repeats."""
    words: list[str] = []
    pos = 0
    cut = iter(_words_of(_RUN.findall(query)))
    for m in _RUN.finditer(query):
        words += re.findall(r"\w+", query[pos:m.start()].lower())
        words += [w for w in next(cut) if w not in STOP]
        pos = m.end()
    words += re.findall(r"\w+", query[pos:].lower())
    return list(dict.fromkeys(w for w in words if w.strip()))
