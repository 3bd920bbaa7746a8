"""Languages: the list offered to users, name/code lookup, and source-language
detection (langdetect: a port of Google's language-detection, small, offline,
pure Python; seeded so the same text always gives the same answer)."""

from __future__ import annotations

import re
import threading

# ISO 639-1 code -> English name: the common languages offered in the window.
LANGUAGES: dict[str, str] = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "sv": "Swedish", "da": "Danish", "no": "Norwegian",
    "fi": "Finnish", "pl": "Polish", "cs": "Czech", "sk": "Slovak", "hu": "Hungarian",
    "ro": "Romanian", "bg": "Bulgarian", "el": "Greek", "ru": "Russian", "uk": "Ukrainian",
    "tr": "Turkish", "ar": "Arabic", "he": "Hebrew", "fa": "Persian", "hi": "Hindi",
    "bn": "Bengali", "ur": "Urdu", "id": "Indonesian", "ms": "Malay", "vi": "Vietnamese",
    "th": "Thai", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "ca": "Catalan",
    "hr": "Croatian", "sr": "Serbian", "sl": "Slovenian", "lt": "Lithuanian", "lv": "Latvian",
    "et": "Estonian", "sw": "Swahili", "tl": "Tagalog", "af": "Afrikaans",
}
_ALIASES = {"chinese (simplified)": "zh", "zh-cn": "zh", "zh-tw": "zh", "mandarin": "zh",
            "farsi": "fa", "filipino": "tl", "norwegian bokmål": "no", "nb": "no"}
# Kana mean Japanese, Han characters alone Chinese. U+30FB (the katakana middle dot) is
# left out: Chinese text uses it between the parts of foreign names.
_KANA = re.compile(r"[\u3040-\u309f\u30a0-\u30fa\u30fc-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_OTHER_WORD = re.compile(r"[^\W\d_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")
_lock = threading.Lock()
_seeded = False


def resolve(language: str) -> tuple[str, str]:
    """(code, name) for a code or a name in any case; free text is kept as its own name.

    'fr' -> ('fr', 'French'); 'french' -> ('fr', 'French'); 'Klingon' -> ('klingon', 'Klingon').
    """
    text = " ".join(language.split())
    low = text.lower()
    if low in LANGUAGES:
        return low, LANGUAGES[low]
    if low in _ALIASES:
        code = _ALIASES[low]
        return code, LANGUAGES[code]
    for code, name in LANGUAGES.items():
        if name.lower() == low:
            return code, name
    slug = re.sub(r"[^\w]+", "-", low).strip("-") or "translated"
    return slug, text


def name_of(code: str) -> str:
    return LANGUAGES.get(code, code)


def script_language(text: str, mostly: bool = True) -> str:
    """'ja' or 'zh' when `text` is written in Japanese or Chinese script, else ''.

    The script tells at once where langdetect needs about 20 word characters and
    takes kanji-heavy Japanese for Chinese. `mostly`: the CJK characters must
    outnumber the words in other scripts (an English report quoting 中文 stays
    English) and Japanese needs a fair share of kana; otherwise one character is
    enough (a short question).
    """
    kana, han = len(_KANA.findall(text)), len(_HAN.findall(text))
    if not kana + han:
        return ""
    if not mostly:
        return "ja" if kana else "zh"
    if kana + han < len(_OTHER_WORD.findall(text)):
        return ""
    return "ja" if kana * 20 >= kana + han else "zh"


def count_words(text: str) -> int:
    """Words for a length target: Chinese and Japanese are written without spaces, so
    each of their characters counts as one word (a 300-character Chinese paragraph
    holds no spaces, yet is far from one word long)."""
    cjk = len(_KANA.findall(text)) + len(_HAN.findall(text))
    if not cjk:
        return len(text.split())
    rest = re.sub(r"[\u3000-\u303f\uff00-\uffef]", " ", _KANA.sub(" ", _HAN.sub(" ", text)))
    return cjk + len(rest.split())  # full-width punctuation is no word


def question_language(question: str) -> str:
    """'zh', 'ja', 'fr' or 'en' for a reply in the question's language: kana or Han
    characters tell at once (a short Chinese question is too short for langdetect),
    French is detected, the rest is English."""
    return script_language(question, mostly=False) or ("fr" if detect(question) == "fr"
                                                        else "en")


def detect(text: str, max_chars: int = 5000) -> str:
    """The ISO code of the main language of `text`, or '' when it cannot tell."""
    sample = re.sub(r"`[^`]*`|https?://\S+|[#*_>|\-\[\]()]+", " ", text[:max_chars])
    script = script_language(sample)
    if script:
        return script
    if len(re.findall(r"\w", sample)) < 20:
        return ""
    global _seeded
    from langdetect import DetectorFactory
    from langdetect import detect as _detect
    from langdetect.lang_detect_exception import LangDetectException

    with _lock:
        if not _seeded:
            DetectorFactory.seed = 0
            _seeded = True
        try:
            code = _detect(sample)
        except LangDetectException:
            return ""
    return code.split("-")[0].lower()
