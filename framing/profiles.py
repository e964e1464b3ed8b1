"""Per-outlet and per-group keyword and framing profiles of an attributed article.

Input: an ``Article`` whose segments carry an outlet id. Output: ``Profiles``,
five plain DataFrames (token counts, keywords, frame hits, frame profiles,
attribution verbs). Every keyword and frame hit is computed from offsets into
``article.text``; nothing here rewrites the text.

Units are every outlet that owns at least one segment, every group
(``outlets[].group``) of those outlets, and the whole article ('article').
A unit's "rest" is every other token of the article: narration, other
sources and text no segment covers.

Matching keys
    ``feature_key`` stems a token. Arabic script: harakat and tatweel
    removed, ى read as ي and a final ه as ة, Snowball Arabic stemmer, then
    ``match_key`` on the stem. Hamza forms reach the stemmer as written: it
    needs them to strip the conjunction in "وأكد" but keep the root letter in
    "واضح" (and folds them itself). Latin: ``match_key``, Snowball English.
    Keywords are counted by feature key and shown in their most frequent
    surface form in the unit (ties: the form met first). A word term of the lexicon matches a token when their feature keys are
    equal, or when the term's bare key is one of the token's proclitic
    readings (``clitic_variants``), as the config promises.

Content tokens (keyword features)
    A token is dropped when any proclitic reading of its key is a stopword
    (stopwordsiso 'ar' + 'en', ``keywords.stopwords_extra``, every cue-verb
    form and lemma, every type noun and continuation noun), when it contains a
    digit, when its key is one letter, or when it stands inside an occurrence
    of an outlet's name or alias. Names are removed where they occur rather
    than word by word, so "الحرب" still counts outside "معهد دراسة الحرب".

N-grams
    An n-gram is n content tokens that follow each other in the token stream
    of one segment with only blanks or quotation marks between them: it never
    bridges a removed stopword, a clause punctuation mark or a segment edge.
    Keyness is computed per order n (an n-gram is counted against the n-grams
    of the rest, never against unigrams).

Frame hits
    Word terms and phrases match through the keys above (a phrase: consecutive
    tokens, same gap rule as n-grams), patterns are regexes on the raw text.
    Hits inside an outlet name are dropped. Overlaps are resolved longest
    first (in characters; ties: earlier start, then config order): a hit that
    overlaps an accepted hit is dropped, except that the identical span found
    by another frame counts in that frame too. So a span is counted at most
    once per frame, "حقوق الإنسان" goes to human_rights and not "حقوق" to
    sovereignty_rights.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

import pandas as pd

from framing.config import Config, PatternTooSlow, Term
from framing.counts import ARTICLE_UNIT, Counts, count_hit, count_ngram, count_units, count_verb, unit_labels
from framing.model import Article, Segment, Token
from framing.patterns import PatternTimeout, compile_pattern, find_spans
from framing.stats import (  # noqa: F401 - re-exported for compare and the report
    DECIMALS, FRAME_COLUMNS, KEYWORD_COLUMNS, TOKEN_COUNT_COLUMNS, VERB_COLUMNS, frames_table, keywords_table,
    log_odds_keyness, rank_keywords, rank_rows, rounded, token_table, verbs_table,
)
from framing.text import clitic_variants, match_key, script_of, strip_diacritics, tokenize

_T = TypeVar("_T")

UNIT_TYPES: tuple[str, ...] = ("outlet", "group", "article")
FRAME_HIT_COLUMNS: tuple[str, ...] = (
    "frame", "term", "lang", "weight", "start", "end", "match", "segment_start", "outlet", "speaker", "group",
)

# Between two words of a phrase or n-gram: blanks, quotation marks, tatweel, joiners.
_PHRASE_GAP = re.compile("[\\s\"'«»“”„‘’\u0640\u200c-\u200f]*")


@dataclass(frozen=True)
class Profiles:
    """What ``profile`` measures; every table is sorted and its floats rounded to 6 decimals.

    token_counts  unit_type, unit, label, segments, tokens, content_tokens, thin
    keywords      unit_type, unit, rank, term, key, n, count, count_rest, tokens,
                  tokens_rest, log_odds, z, tfidf, distinctive (one row per
                  n-gram present in the unit; outlets and groups only)
    frame_hits    frame, term, lang, weight, start, end, match, segment_start,
                  outlet, speaker, group
    frames        unit_type, unit, frame, label, hits, weighted, rate_per_1000,
                  share (every frame for every unit, zeros included)
    verbs         outlet, lemma, stance, count, forms
    """

    token_counts: pd.DataFrame
    keywords: pd.DataFrame
    frame_hits: pd.DataFrame
    frames: pd.DataFrame
    verbs: pd.DataFrame


# ------------------------------------------------------------------ keys


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


def stopword_keys(config: Config) -> frozenset[str]:
    """Matching keys never taken as keywords: stopword lists, cue verbs, type and continuation nouns.

    Continuation nouns count with and without their article ("الصحيفة", "صحيفة"). Built once per config.
    """
    return config.derived("profiles.stopword_keys", _build_stopword_keys)


def _build_stopword_keys(config: Config) -> frozenset[str]:
    import stopwordsiso

    words: set[str] = set(stopwordsiso.stopwords("ar")) | set(stopwordsiso.stopwords("en"))
    for extra in config.keywords.stopwords_extra.values():
        words.update(extra)
    for cues in config.attribution.languages.values():
        for verb in cues.verbs:
            words.add(verb.lemma)
            words.update(verb.forms)
        words.update(cues.type_nouns)
    keys = {token.key for word in words for token in tokenize(word)}
    for cues in config.attribution.languages.values():
        for noun in cues.continuation_nouns:
            # "البيان" refers back to a source; so does a bare "بيان" ("في بيان").
            keys.update(reading for token in tokenize(noun) for reading in clitic_variants(token.key))
    return frozenset(keys)


def is_stopword(key: str, stopwords: frozenset[str]) -> bool:
    """True when ``key`` or a proclitic reading of it is a stopword ("وأن", "بأنها", "ولن").

    ``clitic_variants`` keeps three-letter words whole; a leading و or ف is
    also tried alone here, since "ولن", "ولم", "فلا" are function words.
    """
    if any(reading in stopwords for reading in clitic_variants(key)):
        return True
    return len(key) > 2 and key[0] in "وف" and key[1:] in stopwords


# ------------------------------------------------------------ text index


@dataclass(frozen=True)
class _TextIndex:
    """The tokens of one text with their keys, and where each key occurs."""

    text: str
    tokens: tuple[Token, ...]
    stems: tuple[str, ...]
    variants: tuple[tuple[str, ...], ...]
    by_stem: dict[str, list[int]]
    by_variant: dict[str, list[int]]

    def gap_ok(self, left: int, right: int) -> bool:
        """True when tokens ``left`` and ``right`` are adjacent words of one phrase."""
        return _PHRASE_GAP.fullmatch(self.text, self.tokens[left].end, self.tokens[right].start) is not None


def _index(text: str) -> _TextIndex:
    tokens = tuple(tokenize(text))
    stems = tuple(feature_key(t.surface) for t in tokens)
    variants = tuple(clitic_variants(t.key) for t in tokens)
    by_stem: dict[str, list[int]] = defaultdict(list)
    by_variant: dict[str, list[int]] = defaultdict(list)
    for i, (stem, readings) in enumerate(zip(stems, variants)):
        by_stem[stem].append(i)
        for reading in readings:
            by_variant[reading].append(i)
    return _TextIndex(text, tokens, stems, variants, dict(by_stem), dict(by_variant))


@dataclass(frozen=True)
class _Word:
    """One word of a term or name: its stemmed key, its key, and its key without proclitics."""

    stem: str
    key: str
    bare: str


@lru_cache(maxsize=65536)
def _words(phrase: str) -> tuple[_Word, ...]:
    return tuple(_Word(feature_key(t.surface), t.key, clitic_variants(t.key)[-1]) for t in tokenize(phrase))


def _sequence_spans(index: _TextIndex, words: Sequence[_Word], *, stemmed: bool) -> list[tuple[int, int]]:
    """Token spans ``(first, last + 1)`` where ``words`` occur as a phrase, leftmost first, not overlapping.

    A token matches a word when the word's key, or that key without its
    proclitics, is one of the token's proclitic readings (so the name
    "التلفزيون الرسمي" is found in "للتلفزيون الرسمي"), or (``stemmed``)
    when their stemmed keys are equal.
    """
    if not words:
        return []
    first = words[0]
    candidates = set(index.by_variant.get(first.key, ())) | set(index.by_variant.get(first.bare, ()))
    if stemmed:
        candidates.update(index.by_stem.get(first.stem, ()))
    found: list[tuple[int, int]] = []
    last_end = -1
    for i in sorted(candidates):
        stop = i + len(words)
        if i < last_end or stop > len(index.tokens):
            continue
        if all(
            (
                word.key in index.variants[i + k]
                or word.bare in index.variants[i + k]
                or (stemmed and word.stem == index.stems[i + k])
            )
            and (k == 0 or index.gap_ok(i + k - 1, i + k))
            for k, word in enumerate(words)
        ):
            found.append((i, stop))
            last_end = stop
    return found


def _name_spans(index: _TextIndex, config: Config) -> list[tuple[int, int]]:
    """Token spans of every outlet name or alias in the text, merged, in text order."""
    spans: set[tuple[int, int]] = set()
    for outlet in config.outlets:
        for alias in (outlet.name, *outlet.aliases):
            spans.update(_sequence_spans(index, _words(alias), stemmed=False))
    merged: list[tuple[int, int]] = []
    for first, stop in sorted(spans):
        if merged and first < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], stop))
        else:
            merged.append((first, stop))
    return merged


def _char_spans(index: _TextIndex, token_spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(index.tokens[first].start, index.tokens[stop - 1].end) for first, stop in token_spans]


# --------------------------------------------------------------- frames


@dataclass(frozen=True, slots=True)
class FrameHit:
    """One counted match of a frame term: ``text[start:end]``; ``term`` as written in the config."""

    frame: str
    term: str
    lang: str
    weight: float
    start: int
    end: int
    order: int = 0  # position of the term in the lexicon, for deterministic tie-breaks


def lexicon(config: Config) -> list[tuple[str, str, Term]]:
    """``(frame id, language, Term)`` for every term of every frame, in config order."""
    return [(frame.id, lang, term) for frame in config.frames for lang, term in frame.all_terms()]


def _raw_spans(index: _TextIndex, term: Term) -> list[tuple[int, int]]:
    """Every span ``term`` matches, names and other terms not considered; raises ``PatternTimeout``."""
    if term.pattern is not None:
        return find_spans(compile_pattern(term.pattern), index.text)
    return _char_spans(index, _sequence_spans(index, _words(term.text or ""), stemmed=True))


def _too_slow(frame: str, lang: str, exc: PatternTimeout) -> PatternTooSlow:
    return PatternTooSlow("(config)", [(f"frames.{frame}.terms.{lang}", None, f"frame {frame!r} ({lang}): {exc}")])


def _outside(spans: list[tuple[int, int]], blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that overlap no blocked span (a binary search per span, not a scan of ``blocked``)."""
    if not blocked:
        return list(spans)
    ordered = sorted(blocked)
    starts = [b_start for b_start, _ in ordered]
    reach: list[int] = []  # reach[k]: the furthest end among ordered[: k + 1]
    for _, b_end in ordered:
        reach.append(max(b_end, reach[-1]) if reach else b_end)
    kept = []
    for s, e in spans:
        k = bisect_left(starts, e) - 1  # blocked spans starting before e: ordered[: k + 1]
        if k < 0 or reach[k] <= s:
            kept.append((s, e))
    return kept


def term_spans(text: str, term: Term, lang: str, config: Config) -> list[tuple[int, int]]:
    """Character spans ``term`` matches in ``text``, through the matcher ``profile`` uses.

    The spans a term would be counted on if no other term competed: matches
    inside an outlet's name are left out, overlaps with other terms are not
    resolved. ``lang`` is the term's lexicon language (matching depends only
    on the script of each word).
    """
    del lang  # the stemmer is chosen per word, by its script
    index = _index(text)
    names = _char_spans(index, _name_spans(index, config))
    return _outside(_raw_spans(index, term), names)


def _match(index: _TextIndex, terms: Sequence[tuple[str, str, Term]], names: list[tuple[int, int]]) -> list[FrameHit]:
    return resolve_overlaps(_candidates(index, terms, names))


def _candidates(index: _TextIndex, terms: Sequence[tuple[str, str, Term]], names: list[tuple[int, int]]) -> list[FrameHit]:
    """Every match of every term outside outlet names, before overlaps are resolved."""
    candidates: list[FrameHit] = []
    for order, (frame, lang, term) in enumerate(terms):
        try:
            spans = _raw_spans(index, term)
        except PatternTimeout as exc:
            raise _too_slow(frame, lang, exc) from None
        for start, end in _outside(spans, names):
            candidates.append(FrameHit(frame, term.label, lang, float(term.weight), start, end, order))
    return candidates


def resolve_overlaps(candidates: Iterable[FrameHit]) -> list[FrameHit]:
    """Keep the longest hits; an identical span counts once per frame but may count in several frames.

    Candidates are taken longest first (ties: earlier start, then lexicon
    order); one is kept unless it overlaps a kept hit, the only exception
    being the very same span kept for a different frame. Returns hits in
    text order.
    """
    # Kept hits of nonzero length never overlap unless they share their span, so each character belongs to
    # at most one kept span: mark the characters kept hits cover and where they start, and keep the frames of
    # each kept span; a check then costs the candidate's length, not the number of hits kept so far.
    ordered = sorted(candidates, key=lambda h: (h.start - h.end, h.start, h.order))
    size = max((max(h.start, h.end) for h in ordered), default=0) + 2
    covered, opens, points = bytearray(size), bytearray(size), bytearray(size)  # points: kept empty hits
    frames: dict[tuple[int, int], set[str]] = {}
    kept: list[FrameHit] = []
    for hit in ordered:
        start, end = max(hit.start, 0), hit.end
        if end > start:
            if (hit.start, end) in frames:  # only hits of this very span overlap it
                clash = hit.frame in frames[(hit.start, end)]
            else:
                clash = covered.find(1, start, end) >= 0
            clash = clash or points.find(1, start + 1, end) >= 0
        else:  # an empty hit overlaps a hit that holds it strictly inside
            clash = 0 < hit.start < size and covered[hit.start - 1] == covered[hit.start] == 1 and not opens[hit.start]
        if clash:
            continue
        kept.append(hit)
        if end > start:
            frames.setdefault((hit.start, end), set()).add(hit.frame)
            covered[start:end] = b"\x01" * (end - start)
            opens[start] = 1
        elif 0 <= hit.start < size:
            points[hit.start] = 1
    return sorted(kept, key=lambda h: (h.start, h.end, h.order))


def match_terms(text: str, terms: Sequence[tuple[str, str, Term]], config: Config) -> list[FrameHit]:
    """Counted hits of ``terms`` (``(frame id, language, Term)``, as from ``lexicon``) in ``text``, in text order.

    Patterns run with a time budget (``framing.patterns``; past it:
    ``PatternTooSlow`` naming the frame); outlet names are not searched;
    overlaps are resolved by ``resolve_overlaps``.
    """
    index = _index(text)
    return _match(index, terms, _char_spans(index, _name_spans(index, config)))


def match_candidates(text: str, terms: Sequence[tuple[str, str, Term]], config: Config) -> tuple[list[FrameHit], list[FrameHit]]:
    """``(candidates, counted)``: every match of ``terms`` outside outlet names, and those ``resolve_overlaps`` keeps.

    A candidate that is not counted lost its span to an overlapping counted
    hit (``framing.lexicon`` reports which one).
    """
    index = _index(text)
    candidates = _candidates(index, terms, _char_spans(index, _name_spans(index, config)))
    return candidates, resolve_overlaps(candidates)


# -------------------------------------------------------------- keyness


# --------------------------------------------------------------- units


@dataclass(frozen=True)
class _Unit:
    unit_type: str
    unit: str
    label: str
    segments: frozenset[int] | None  # None: the whole article


@dataclass(frozen=True)
class _Occurrence:
    n: int
    key: str
    surface: str
    position: int  # first token index, for tie-breaks on display forms
    segment: int  # -1: outside every segment


def _units(article: Article, config: Config) -> list[_Unit]:
    by_outlet: dict[str, set[int]] = defaultdict(set)
    by_group: dict[str, set[int]] = defaultdict(set)
    for i, seg in enumerate(article.segments):
        if not seg.outlet:
            continue
        by_outlet[seg.outlet].add(i)
        outlet = config.outlet(seg.outlet)
        if outlet is not None and outlet.group:
            by_group[outlet.group].add(i)
    units = []
    for oid in sorted(by_outlet):
        outlet = config.outlet(oid)
        units.append(_Unit("outlet", oid, outlet.name if outlet else oid, frozenset(by_outlet[oid])))
    for gid in sorted(by_group):
        units.append(_Unit("group", gid, config.group_label(gid), frozenset(by_group[gid])))
    units.append(_Unit("article", ARTICLE_UNIT, "Article", None))
    return units


def _segment_of(segments: Sequence[Segment], offset: int, starts: Sequence[int] | None = None) -> int:
    """Index of the segment holding ``offset``, -1 when none does."""
    starts = [s.start for s in segments] if starts is None else starts
    i = bisect_right(starts, offset) - 1
    return i if i >= 0 and offset < segments[i].end else -1


def _in_unit(unit: _Unit, segment: int) -> bool:
    return unit.segments is None or segment in unit.segments


def _by_segment(items: Sequence[_T], segments: Sequence[int]) -> dict[int, list[_T]]:
    """``items`` grouped by the segment each lies in (``segments[i]`` for ``items[i]``), order kept."""
    grouped: dict[int, list[_T]] = defaultdict(list)
    for item, segment in zip(items, segments):
        grouped[segment].append(item)
    return grouped


def _members(unit: _Unit, grouped: dict[int, list[_T]]) -> list[_T]:
    """The items of an outlet or group unit in text order: what filtering every item with ``_in_unit`` gives.

    Segments are in text order and items are grouped in text order, so visiting the unit's segments in
    index order keeps the items' order (the article unit, ``segments`` None, is every item: not asked here).
    """
    assert unit.segments is not None
    return [item for segment in sorted(unit.segments) for item in grouped.get(segment, ())]


def _group_of(config: Config, outlet_id: str) -> str:
    outlet = config.outlet(outlet_id) if outlet_id else None
    return outlet.group if outlet is not None else ""


# ---------------------------------------------------------------- profile


def count_article(article: Article, config: Config) -> tuple[Counts, list[FrameHit]]:
    """The article's raw counts (see ``framing.counts``) and its counted frame hits, in text order."""
    index = _index(article.text)
    segments = article.segments
    starts = [s.start for s in segments]
    token_segment = [_segment_of(segments, t.start, starts) for t in index.tokens]
    name_tokens = _name_spans(index, config)
    names = _char_spans(index, name_tokens)
    in_name = [False] * len(index.tokens)
    for first, stop in name_tokens:
        for i in range(first, stop):
            in_name[i] = True
    stopwords = stopword_keys(config)
    content = [
        not in_name[i]
        and len(t.key) > 1
        and not any(ch.isdigit() for ch in t.key)
        and not is_stopword(t.key, stopwords)
        for i, t in enumerate(index.tokens)
    ]
    counts = Counts()
    count_units(counts, article, config, token_segment, content)
    member = unit_labels(article, config)
    article_unit = (("article", ARTICLE_UNIT),)
    for occ in _ngrams(index, content, token_segment, config.keywords.ngram_max):
        count_ngram(counts, (*member.get(occ.segment, ()), *article_unit), occ.n, occ.key, occ.surface, occ.position)
    hits = _match(index, lexicon(config), names)
    for hit in hits:
        segment = _segment_of(segments, hit.start, starts)
        count_hit(counts, (*member.get(segment, ()), *article_unit), hit.frame, hit.weight)
    _count_verbs(counts, article, config)
    return counts, hits


def profile(article: Article, config: Config) -> Profiles:
    """Keyword, frame and attribution-verb profiles of every outlet and group of ``article``."""
    counts, hits = count_article(article, config)
    return Profiles(
        token_counts=token_table(counts, config),
        keywords=keywords_table(counts, config),
        frame_hits=_frame_hits(hits, article, config),
        frames=frames_table(counts, config),
        verbs=verbs_table(counts),
    )


def _ngrams(index: _TextIndex, content: list[bool], token_segment: list[int], ngram_max: int) -> list[_Occurrence]:
    found: list[_Occurrence] = []
    tokens = index.tokens
    for i in range(len(tokens)):
        if not content[i]:
            continue
        for n in range(1, ngram_max + 1):
            last = i + n - 1
            if n > 1 and (
                last >= len(tokens)
                or not content[last]
                or token_segment[last] != token_segment[i]
                or not index.gap_ok(last - 1, last)
            ):
                break
            key = " ".join(index.stems[i : last + 1])
            surface = " ".join(t.surface for t in tokens[i : last + 1])
            found.append(_Occurrence(n, key, surface, i, token_segment[i]))
    return found


def _frame_hits(hits: list[FrameHit], article: Article, config: Config) -> pd.DataFrame:
    rows = []
    starts = [s.start for s in article.segments]
    for hit in hits:
        i = _segment_of(article.segments, hit.start, starts)
        seg = article.segments[i] if i >= 0 else None
        outlet = seg.outlet if seg else ""
        rows.append(
            {
                "frame": hit.frame,
                "term": hit.term,
                "lang": hit.lang,
                "weight": rounded(hit.weight),
                "start": hit.start,
                "end": hit.end,
                "match": article.text[hit.start : hit.end],
                "segment_start": seg.start if seg else -1,
                "outlet": outlet,
                "speaker": seg.speaker if seg else "",
                "group": _group_of(config, outlet),
            }
        )
    return pd.DataFrame(rows, columns=list(FRAME_HIT_COLUMNS))


def _verb_patterns(config: Config) -> tuple[list[tuple[list[_Word], str, str]], dict[str, list[int]]]:
    """Every cue-verb form as words with its lemma and stance, and the forms indexed by first word (once per config)."""
    forms: dict[tuple[str, ...], tuple[str, str]] = {}
    for cues in config.attribution.languages.values():
        for verb in cues.verbs:
            for form in verb.forms:
                forms.setdefault(tuple(t.key for t in tokenize(form)), (verb.lemma, verb.stance))
    patterns = [
        ([_Word("", key, clitic_variants(key)[-1]) for key in form_keys], lemma, stance)
        for form_keys, (lemma, stance) in forms.items()
        if form_keys
    ]
    by_first: dict[str, list[int]] = defaultdict(list)  # a word key -> the forms that can start there
    for number, (words, _lemma, _stance) in enumerate(patterns):
        for key in dict.fromkeys((words[0].key, words[0].bare)):
            by_first[key].append(number)
    return patterns, dict(by_first)


def _count_verbs(counts: Counts, article: Article, config: Config) -> None:
    """Cue verbs introducing each outlet: config forms found in each segment's cue, each cue counted once."""
    patterns, by_first = config.derived("profiles.verb_patterns", _verb_patterns)

    def verbs_in(cue: str) -> list[tuple[str, str, str]]:
        """(lemma, stance, surface) of every form found in one cue, in the order of ``forms``."""
        cue_index = _index(cue)
        numbers = sorted({n for key in cue_index.by_variant for n in by_first.get(key, ())})
        return [
            (lemma, stance, " ".join(t.surface for t in cue_index.tokens[first:stop]))
            for words, lemma, stance in (patterns[n] for n in numbers)
            for first, stop in _sequence_spans(cue_index, words, stemmed=False)
        ]

    seen_cues: set[tuple[str, int, int]] = set()
    found_in: dict[str, list[tuple[str, str, str]]] = {}  # cue text -> its verbs: a repeated cue is read once
    for seg in article.segments:
        if not seg.outlet or not seg.cue:
            continue
        if seg.cue_start >= 0:
            if (seg.outlet, seg.cue_start, seg.cue_end) in seen_cues:
                continue
            seen_cues.add((seg.outlet, seg.cue_start, seg.cue_end))
            cue = article.text[seg.cue_start : seg.cue_end]
        else:
            cue = seg.cue
        if cue not in found_in:
            found_in[cue] = verbs_in(cue)
        for lemma, stance, surface in found_in[cue]:
            count_verb(counts, seg.outlet, lemma, stance, surface)
