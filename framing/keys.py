"""Stemmed matching keys and the token index that frame terms, names and n-grams are found through.

``text.match_key`` is the one normalizer (spelling variants of one word share a key); ``feature_key`` is the
one stemmer on top of it (inflections of one word share a key). Arabic: harakat and tatweel removed, ى read as
ي and a final ه as ة, Snowball Arabic stemmer, then ``match_key`` on the stem. Hamza forms reach the stemmer as
written: it needs them to strip the conjunction in "وأكد" but keep the root letter in "واضح" (and folds them
itself). Latin: ``match_key``, Snowball English.

``TextIndex`` holds the tokens of one text with their keys and where each key occurs; ``sequence_spans`` finds
a phrase (``words``) in it: a word term of the lexicon matches a token when their feature keys are equal, or
when the term's bare key is one of the token's proclitic readings (``clitic_variants``).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from framing.model import Token
from framing.text import clitic_variants, match_key, script_of, strip_diacritics, tokenize

# Between two words of a phrase or n-gram: blanks, quotation marks, tatweel, joiners; or a hyphen alone
# ("all-out war", "air-defense"), not a dash between blanks.
_PHRASE_GAP = re.compile("[\\s\"'«»“”„‘’\u0640\u200c-\u200f]*|[-\u2010\u2011]")


@lru_cache(maxsize=2)
def _stemmer(lang: str):  # type: ignore[no-untyped-def]
    # Imported and built on first use: nothing is done at import time.
    from nltk.stem.snowball import ArabicStemmer, EnglishStemmer

    return ArabicStemmer() if lang == "ar" else EnglishStemmer()


def _stem_arabic(word: str) -> str:
    """NLTK's Arabic stemmer, made order-independent.

    Its ``stem`` resets every step flag but ``suffixes_verb_step1_success``, so
    once one verb suffix was stripped, later words were stemmed differently
    depending on what came before: the same article could get other keys in a
    long-running process (``--watch``, a corpus worker) than in a fresh one.
    """
    stemmer = _stemmer("ar")
    stemmer.suffixes_verb_step1_success = False
    return stemmer.stem(word)


# Spellings the stemmer should not tell apart; hamza forms are kept, since the
# stemmer reads و/ف before a hamzated alef as a conjunction ("وأكد") but not
# before a bare one ("واضح"), and folds them itself afterwards.
_STEM_INPUT = str.maketrans({"ى": "ي", "ی": "ي", "ک": "ك", "ګ": "ك", "ٯ": "ق", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا"})


@lru_cache(maxsize=65536)
def feature_key(word: str) -> str:
    """The stemmed matching key of one word: what keywords are counted by and terms matched on.

    Arabic: harakat and tatweel removed, ى read as ي and a final ه as ة (so
    "المنطقه" and "المنطقة" agree), Snowball Arabic stemmer, then
    ``match_key``. Latin: ``match_key`` then Snowball English.

    >>> feature_key("والمحادثات") == feature_key("محادثات") == feature_key("لمحادثات")
    True
    """
    plain = strip_diacritics(unicodedata.normalize("NFKC", word))
    script = script_of(plain)
    if script == "ar":
        plain = plain.translate(_STEM_INPUT)
        if len(plain) > 2 and plain.endswith("ه"):
            plain = plain[:-1] + "ة"
        return match_key(_stem_arabic(plain))
    if script == "en":
        return _stemmer("en").stem(match_key(plain))
    return match_key(plain)


@dataclass(frozen=True)
class TextIndex:
    """The tokens of one text with their keys, and where each key occurs."""

    text: str
    tokens: tuple[Token, ...]
    stems: tuple[str, ...]
    variants: tuple[tuple[str, ...], ...]
    by_stem: dict[str, list[int]]
    by_variant: dict[str, list[int]]
    starts: tuple[int, ...]

    def token_at(self, offset: int) -> int:
        """Index of the last token starting at or before ``offset`` (-1 when none does)."""
        return bisect_right(self.starts, offset) - 1

    def gap_ok(self, left: int, right: int) -> bool:
        """True when tokens ``left`` and ``right`` are adjacent words of one phrase."""
        return _PHRASE_GAP.fullmatch(self.text, self.tokens[left].end, self.tokens[right].start) is not None


def index_text(text: str, tokens: Sequence[Token] | None = None, stems: Sequence[str] | None = None) -> TextIndex:
    """``text`` indexed by stem and by key variant; ``tokens``: its word tokens when known already (an article's
    ``structure``), else found here; ``stems``: their stemmed keys when known (the structure's), else made here."""
    tokens = tuple(tokenize(text) if tokens is None else tokens)
    stems = tuple(feature_key(t.surface) for t in tokens) if stems is None else tuple(stems)
    variants = tuple(clitic_variants(t.key) for t in tokens)
    by_stem: dict[str, list[int]] = defaultdict(list)
    by_variant: dict[str, list[int]] = defaultdict(list)
    for i, (stem, readings) in enumerate(zip(stems, variants)):
        by_stem[stem].append(i)
        for reading in readings:
            by_variant[reading].append(i)
    return TextIndex(text, tokens, stems, variants, dict(by_stem), dict(by_variant), tuple(t.start for t in tokens))


@dataclass(frozen=True)
class Word:
    """One word of a term or name: its stemmed key, its key, and its key without proclitics."""

    stem: str
    key: str
    bare: str


@lru_cache(maxsize=65536)
def words(phrase: str) -> tuple[Word, ...]:
    return tuple(Word(feature_key(t.surface), t.key, clitic_variants(t.key)[-1]) for t in tokenize(phrase))


def sequence_spans(index: TextIndex, phrase: Sequence[Word], *, stemmed: bool) -> list[tuple[int, int]]:
    """Token spans ``(first, last + 1)`` where ``phrase`` occurs, leftmost first, not overlapping.

    A token matches a word when the word's key, or that key without its
    proclitics, is one of the token's proclitic readings (so the name
    "التلفزيون الرسمي" is found in "للتلفزيون الرسمي"), or (``stemmed``)
    when their stemmed keys are equal.
    """
    if not phrase:
        return []
    first = phrase[0]
    candidates = set(index.by_variant.get(first.key, ())) | set(index.by_variant.get(first.bare, ()))
    if stemmed:
        candidates.update(index.by_stem.get(first.stem, ()))
    found: list[tuple[int, int]] = []
    last_end = -1
    for i in sorted(candidates):
        stop = i + len(phrase)
        if i < last_end or stop > len(index.tokens):
            continue
        if all(
            (
                word.key in index.variants[i + k]
                or word.bare in index.variants[i + k]
                or (stemmed and word.stem == index.stems[i + k])
            )
            and (k == 0 or index.gap_ok(i + k - 1, i + k))
            for k, word in enumerate(phrase)
        ):
            found.append((i, stop))
            last_end = stop
    return found


def word_at(index: TextIndex, i: int, word: Word) -> bool:
    """True when token ``i`` reads as ``word``: one of its proclitic readings is the word's key or bare key.

    A leading و or ف is also tried alone, since "ولن", "ولم", "فلا" are kept whole by ``clitic_variants``.
    """
    readings = index.variants[i]
    if word.key in readings or word.bare in readings:
        return True
    key = index.tokens[i].key
    return len(key) > 2 and key[0] in "وف" and key[1:] in (word.key, word.bare)


def char_spans(index: TextIndex, token_spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans of token spans ``(first, last + 1)``."""
    return [(index.tokens[first].start, index.tokens[stop - 1].end) for first, stop in token_spans]
