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


def _pairs(run: str) -> list[str]:
    return [run] if len(run) < 3 else [run[i:i + 2] for i in range(len(run) - 1)]


def _words(run: str, search: bool = True) -> list[str]:
    if _HAN_RUN.fullmatch(run):
        jieba = _tokenizer()
        return list(jieba.cut_for_search(run) if search else jieba.cut(run))
    out: list[str] = []  # mixed kana/hangul/Han: Han parts by jieba, the rest in pairs
    pos = 0
    for m in _OTHER_RUN.finditer(run):
        if m.start() > pos:
            out += _words(run[pos:m.start()], search)
        out += _pairs(m.group())
        pos = m.end()
    if pos < len(run):
        out += _words(run[pos:], search)
    return out


def index_terms(text: str | None) -> str | None:
    """The text FTS5 indexes for a chunk: CJK runs cut into space-separated words."""
    if not text or not has_cjk(text):
        return text
    return _RUN.sub(lambda m: " " + " ".join(_words(m.group(), True)) + " ", text)


def query_terms(query: str) -> list[str]:
    """Words of a question worth matching, lower-cased, in order, without repeats."""
    words: list[str] = []
    pos = 0
    for m in _RUN.finditer(query):
        words += re.findall(r"\w+", query[pos:m.start()].lower())
        words += [w for w in _words(m.group(), True) if w not in STOP]
        pos = m.end()
    words += re.findall(r"\w+", query[pos:].lower())
    return list(dict.fromkeys(w for w in words if w.strip()))
