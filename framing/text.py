"""Matching keys, tokens, paragraphs and sentences, all as offsets into the text.

Nothing here rewrites the article: normalizers build *keys* used for matching
(`match_key`), and every token, paragraph and sentence is a span of the
original string. Regexes are compiled once at import; no other work is done
at import time.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from framing.model import Token

# Invisible characters that may stand inside a word: soft hyphen, zero-width space, non-joiner and joiner, word
# joiner, and a byte-order mark used as one. They belong to the word they stand in and never to its key.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# Combining marks of Latin and other scripts: a decomposed "ü" (u + U+0308, macOS copy and paste) is one word.
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# Arabic harakat, superscript alef, Quranic marks, tatweel; invisible characters and direction marks.
_DIACRITICS = re.compile(f"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200e\u200f{_INVISIBLE}]")
_CHAR_MAP = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
        "ى": "ي", "ئ": "ي", "ی": "ي", "ي": "ي",
        "ؤ": "و",
        "ة": "ه",
        "ک": "ك", "ګ": "ك",
        "ٯ": "ق",
        "’": "'", "‘": "'", "`": "'",
    }
)
_WORD = re.compile(r"[^\W_](?:[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640" + _COMBINING + _INVISIBLE
                   + r"]|['’](?=[^\W\d_]))*")
_ARABIC_LETTER = re.compile("[\u0620-\u064a\u0671-\u06d3]")
_LATIN_LETTER = re.compile("[A-Za-z]")

# Proclitics, outermost first: conjunction, preposition, article.
_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")
_MIN_STEM = 2


def strip_diacritics(text: str) -> str:
    """Remove harakat and tatweel: ``"مُحَادَثَات" -> "محادثات"``."""
    return _DIACRITICS.sub("", text)


@lru_cache(maxsize=65536)
def match_key(word: str) -> str:
    """The key two spellings of one word share (for matching only, never for display).

    >>> match_key("الإيرانيّة") == match_key("الايرانية")
    True
    """
    key = unicodedata.normalize("NFKC", word)
    key = strip_diacritics(key).translate(_CHAR_MAP)
    return key.casefold()


@lru_cache(maxsize=65536)
def clitic_variants(key: str) -> tuple[str, ...]:
    """Readings of a matching key with Arabic proclitics (و ف ب ل ك ال) removed, least stripped first.

    >>> clitic_variants(match_key("وللصحيفة"))
    ('وللصحيفه', 'للصحيفه', 'صحيفه', 'الصحيفه')
    """
    if not _ARABIC_LETTER.match(key):
        return (key,)
    seen: list[str] = [key]

    def add(candidate: str) -> None:
        if len(candidate) >= _MIN_STEM and candidate not in seen:
            seen.append(candidate)

    bases = [key]
    if len(key) > 3 and key[0] in _CONJUNCTIONS:
        bases.append(key[1:])
    for base in list(bases):
        add(base)
        if base.startswith("لل") and len(base) > 4:  # ل + ال: «للصحيفة»
            add(base[2:])
            add("ال" + base[2:])
            continue
        rest = base
        if len(base) > 3 and base[0] in _PREPOSITIONS:
            rest = base[1:]
            add(rest)
        if rest.startswith("ال") and len(rest) > 3:
            add(rest[2:])
    return tuple(seen)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    return [
        Token(m.start(), m.end(), m.group(), match_key(m.group()))
        for m in _WORD.finditer(text, start, end)
    ]


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    """Offsets of every word token of ``text`` (the spans ``tokenize`` gives)."""
    for m in _WORD.finditer(text):
        yield m.start(), m.end()


def script_of(text: str) -> str:
    """'ar' when Arabic letters outnumber Latin ones, 'en' when Latin ones do, '' when neither."""
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if arabic == latin == 0:
        return ""
    return "ar" if arabic >= latin else "en"


# Letters of the Arabic script that Arabic itself does not use (Persian, Urdu and Kurdish do): پ چ ژ گ ک ی ے ڕ ڵ ۆ ێ
_NOT_ARABIC_LETTERS = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06d2\u0695\u06b5\u06c6\u06ce]")
_ANY_LETTER = re.compile(r"[^\W\d_]")


def script_note(text: str) -> str | None:
    """A note when the text is written in letters framing does not read (its cues and lexicon are Arabic and English):
    mostly letters of neither script (Chinese, Cyrillic …), or the Arabic script with letters Arabic does not use
    (Persian, Urdu, Kurdish). None for Arabic and Latin text."""
    arabic, latin = len(_ARABIC_LETTER.findall(text)), len(_LATIN_LETTER.findall(text))
    other = len(_ANY_LETTER.findall(text)) - arabic - latin
    if other > arabic + latin:
        return ("most of the text's letters are neither Arabic nor Latin: framing reads Arabic and English (cues, "
                "outlet names, lexicon), so it will find little here")
    foreign = len(_NOT_ARABIC_LETTERS.findall(text))
    if arabic >= latin and foreign >= max(5, 0.02 * arabic):
        return (f"the text uses {foreign:,} letters of the Arabic script that Arabic does not (Persian, Urdu or "
                "Kurdish?): framing's Arabic cues and lexicon may find little here")
    return None


# Latin-script languages whose common words (the stopword lists of the ``stopwordsiso`` package) can tell a text in
# them from an English one, with the names the note gives them.
_OTHER_LATIN = {"fr": "French", "es": "Spanish", "de": "German", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
                "tr": "Turkish", "id": "Indonesian", "sv": "Swedish", "pl": "Polish"}
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_MIN_LATIN_WORDS = 30


@lru_cache(maxsize=1)
def _common_words() -> dict[str, tuple[str, ...]]:
    """Each common word of English and of ``_OTHER_LATIN``, with the languages it is common in."""
    import stopwordsiso

    found: dict[str, list[str]] = {}
    for code in ("en", *_OTHER_LATIN):
        for word in stopwordsiso.stopwords(code):
            found.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in found.items()}


def language_note(text: str) -> str | None:
    """A note when a text written mostly in Latin letters is not English: its common words are another language's
    (at least a quarter of its words, and twice the share of English ones), so framing's English cues, outlet
    phrases and lexicon will find little. None for English, for Arabic text, and for a text too short to tell."""
    if len(_LATIN_LETTER.findall(text)) < len(_ARABIC_LETTER.findall(text)):
        return None
    words = [w.lower() for w in _LATIN_WORD.findall(text)]
    if len(words) < _MIN_LATIN_WORDS:
        return None
    counts = dict.fromkeys(("en", *_OTHER_LATIN), 0)
    common = _common_words()
    for word in words:
        for code in common.get(word, ()):
            counts[code] += 1
    english = counts["en"] / len(words)
    code, best = max(((c, counts[c] / len(words)) for c in _OTHER_LATIN), key=lambda pair: pair[1])
    if best < 0.25 or best < 2 * english:
        return None
    return (f"the text reads as {_OTHER_LATIN[code]}, not English (its common words): framing reads Arabic and English "
            "(cues, outlet phrases, lexicon), so it will find little here")


# ---------------------------------------------------------------- paragraphs


@dataclass(frozen=True, slots=True)
class Block:
    """A line of the article (paragraph, heading, title, post or signature), stripped of blanks."""

    start: int
    end: int
    index: int
    kind: str = "paragraph"


_LINE = re.compile(r"[^\r\n]+")


def blocks(text: str) -> list[Block]:
    """Non-blank lines as spans with surrounding whitespace excluded."""
    found: list[Block] = []
    for m in _LINE.finditer(text):
        line = m.group()
        if not line.strip():
            continue
        left = m.start() + (len(line) - len(line.lstrip()))
        right = m.start() + len(line.rstrip())
        found.append(Block(left, right, len(found)))
    return found


_TERMINAL = re.compile(r"[.!?؟:؛،;,…»\"”)]\s*$")


def looks_like_heading(text: str, *, max_words: int) -> bool:
    """A short line with no sentence-final punctuation: a title or section heading."""
    words = 0
    for _word in _WORD.finditer(text):  # counting stops past max_words: a long line is read once, not listed
        words += 1
        if words > max_words:
            return False
    if words == 0:
        return False
    stripped = text.strip()
    if stripped.startswith("«") and stripped.endswith("»"):
        return True  # a quoted phrase used as a heading
    return not _TERMINAL.search(stripped)


# ----------------------------------------------------------------- sentences

# A run of stops, closing marks, then a blank. Possessive (a shorter run could never be followed by a
# blank) and never started inside a run, so a long run of dots is read once instead of once per dot.
_STOPS = ".!?؟"
_END = re.compile(r"(?<![.!?؟])[.!?؟]++[\"”’»)\]]*+(?=\s|$)")
_END_HERE = re.compile(r"[.!?؟]++[\"”’»)\]]*+(?=\s|$)")
_QUOTE_MARKS = re.compile("[«»“”()\"]")
_OPENERS = {"«": "»", "“": "”", "(": ")"}
OPENING_QUOTES = '«“"'  # the marks a quotation opens and closes with (a straight quote does both)
CLOSING_QUOTES = '»”"'
_ABBREV_INITIALS = re.compile(r"(?:\b[A-Za-z]\.)*\b[A-Za-z]$")


class QuoteReader:
    """The state of reading quotation marks left to right: open marks, and a pending straight quote.

    ``quote_spans`` reads a whole range with one; ``framing.quotes`` reads only as far as it needs.
    """

    __slots__ = ("stack", "straight_open")

    def __init__(self) -> None:
        self.stack: list[tuple[str, int]] = []
        self.straight_open = -1

    @property
    def clean(self) -> bool:
        """Nothing open: reading on gives what reading afresh from here would."""
        return not self.stack and self.straight_open < 0

    def read(self, ch: str, i: int) -> tuple[int, int] | None:
        """Take the mark ``ch`` at offset ``i``; the outermost span it closes, if any."""
        stack = self.stack
        if ch in _OPENERS:
            stack.append((_OPENERS[ch], i))
        elif stack and ch == stack[-1][0]:
            closer, opened = stack.pop()
            if not stack and closer != ")":
                return (opened, i + 1)
        elif ch == '"' and not stack:
            if self.straight_open < 0:
                self.straight_open = i
            else:
                opened, self.straight_open = self.straight_open, -1
                return (opened, i + 1)
        return None


def quote_marks(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The quotation marks and brackets in ``text[start:end]``: the only characters ``QuoteReader`` reads."""
    return _QUOTE_MARKS.finditer(text, start, end)


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Balanced «…», “…” and "…" spans inside ``text[start:end]`` (outermost only)."""
    spans: list[tuple[int, int]] = []
    reader = QuoteReader()
    for m in _QUOTE_MARKS.finditer(text, start, end):  # every other character leaves the state as it is
        span = reader.read(m.group(), m.start())
        if span is not None:
            spans.append(span)
    return sorted(spans)


def _ends(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Sentence stops in ``text[start:end]`` (``_END``), also a run that begins right at ``start``."""
    if 0 < start < end and text[start - 1] in _STOPS and text[start] in _STOPS:
        here = _END_HERE.match(text, start, end)  # _END's look-behind would see the run's first part
        if here is not None:
            yield here
            start = here.end()
    yield from _END.finditer(text, start, end)


def sentences(text: str, start: int, end: int, *, abbreviations: frozenset[str] = frozenset(),
              before_numbers: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``, stripped of surrounding blanks.

    A sentence ends at . ! ? or ؟ followed by a blank, unless the stop is inside
    a balanced quotation, follows a known abbreviation or initials ("U.S."), or
    one of ``before_numbers`` before a number ("No. 5"), or the next word starts in lower case.
    """
    quoted = quote_spans(text, start, end)
    opened = [a for a, _b in quoted]  # quoted is sorted: reach[k] is the furthest end of quoted[: k + 1]
    reach = list(accumulate((b for _a, b in quoted), max))
    cuts: list[int] = []
    for m in _ends(text, start, end):
        stop = m.start()
        k = bisect_left(opened, stop) - 1  # the spans opened before the stop: is one still open after it?
        if k >= 0 and reach[k] - 1 > stop:  # inside a quotation: it ends the sentence only when the quotation
            following = text[m.end() : m.end() + 3].lstrip()  # closes with the stop and a capital letter follows
            if reach[k] > m.end() or not following[:1].isupper():  # ('… "a massacre." A doctor …'), never before
                continue  # a lower-case or uncased word ('"Where to?" asked one', «… ؟» قال)
        if text[stop] == ".":
            before = text[max(start, stop - 12) : stop]
            word = re.split(r"\s", before)[-1]
            following = text[m.end() : m.end() + 3].lstrip()
            if word.casefold() + "." in abbreviations or _ABBREV_INITIALS.search(word):
                continue
            if word.casefold() + "." in before_numbers and following[:1].isdigit():
                continue
            if following[:1].islower():
                continue
        cuts.append(m.end())
    spans: list[tuple[int, int]] = []
    cursor = start
    for cut in [*cuts, end]:
        piece = text[cursor:cut]
        if piece.strip():
            left = cursor + (len(piece) - len(piece.lstrip()))
            right = cursor + len(piece.rstrip())
            spans.append((left, right))
        cursor = cut
    return spans
