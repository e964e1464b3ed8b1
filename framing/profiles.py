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
    Keywords are counted by ``framing.keys.feature_key`` and shown in their
    most frequent surface form in the unit (ties: the form met first).

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
    Found by ``framing.matcher`` (outlet names and cues left out, overlaps
    resolved, negation marked). Each unit counts its hits, their weights and
    the passages a frame is present in; negated hits are listed, not counted.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

import pandas as pd

from framing.config import Config
from framing.counts import (
    ARTICLE_UNIT, Counts, count_frame_passage, count_hit, count_ngram, count_units, passage_units,
    unit_labels,
)
from framing.keyness import keywords_table
from framing.keys import TextIndex, char_spans, index_text
from framing.matcher import FrameHit, cue_spans, lexicon, name_spans
from framing.model import Article, Segment, unlisted_name, written_names
from framing.stats import (  # noqa: F401 - re-exported for compare and the report
    DECIMALS, FRAME_COLUMNS, KEYWORD_COLUMNS, TOKEN_COUNT_COLUMNS, VERB_COLUMNS, frames_table,
    log_odds_keyness, rank_keywords, rank_rows, rounded, token_table, verbs_table,
)
from framing.stopwords import is_stopword, stopword_keys  # noqa: F401 - stopword_keys re-exported
from framing.term_matches import Passage, TermMatches, find_matches, kept_hits
from framing.verb_counts import count_verbs

_T = TypeVar("_T")

UNIT_TYPES: tuple[str, ...] = ("outlet", "group", "article")
FRAME_HIT_COLUMNS: tuple[str, ...] = (
    "frame", "term", "lang", "weight", "start", "end", "match", "segment_start", "outlet", "speaker", "group", "negated",
)

@dataclass(frozen=True)
class Profiles:
    """What ``profile`` measures; every table is sorted and its floats rounded to 6 decimals.

    token_counts  unit_type, unit, label, segments, tokens, content_tokens, thin
    keywords      unit_type, unit, rank, term, key, n, count, count_rest, tokens,
                  tokens_rest, log_odds, z, q, tfidf, distinctive (one row per
                  n-gram present in the unit; outlets and groups only)
    frame_hits    frame, term, lang, weight, start, end, match, segment_start,
                  outlet, speaker, group, negated (negated hits are listed, not counted)
    frames        unit_type, unit, frame, label, hits, passages, weighted,
                  rate_per_1000, share (every frame for every unit, zeros included)
    verbs         outlet, lemma, stance, count, forms
    """

    token_counts: pd.DataFrame
    keywords: pd.DataFrame
    frame_hits: pd.DataFrame
    frames: pd.DataFrame
    verbs: pd.DataFrame
    text: TextProfile | None = None  # what of this a frame lexicon edit leaves as it is


@dataclass(frozen=True)
class TextProfile:
    """The text counts (``count_text``) and the tables made from them alone: what a lexicon edit does not change."""

    counts: Counts
    token_counts: pd.DataFrame
    keywords: pd.DataFrame
    verbs: pd.DataFrame
    reading: Reading | None = None  # the article's token index: the frame stage reads it again


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
    written = written_names(article.segments)
    for oid in sorted(by_outlet):
        outlet = config.outlet(oid)
        units.append(_Unit("outlet", oid, outlet.name if outlet else unlisted_name(oid, written), frozenset(by_outlet[oid])))
    for gid in sorted(by_group):
        units.append(_Unit("group", gid, config.group_label(gid), frozenset(by_group[gid])))
    units.append(_Unit("article", ARTICLE_UNIT, "Article", None))
    return units


def _segment_of(segments: Sequence[Segment] | Sequence[Passage], offset: int, starts: Sequence[int] | None = None) -> int:
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


@dataclass(frozen=True)
class Reading:
    """What both counting stages read of one article: its token index, each token's segment, the names."""

    index: TextIndex
    token_segment: list[int]
    name_tokens: list[tuple[int, int]]


def read_article(article: Article, config: Config) -> Reading:
    """The token index, token segments and name spans of ``article``, read once for both counting stages."""
    text, structure = article.text, article.structure  # tokenized and stemmed once, with the article
    index = index_text(text, structure.tokens(text), structure.stems(text))
    starts = [s.start for s in article.segments]
    token_segment = [_segment_of(article.segments, t.start, starts) for t in index.tokens]
    return Reading(index, token_segment, name_spans(index, config))


def count_article(article: Article, config: Config) -> tuple[Counts, list[FrameHit]]:
    """The article's raw counts (see ``framing.counts``) and its frame hits in text order (negated ones marked, not counted).

    The sum of ``count_text`` (what the lexicon does not change) and ``count_frames`` (what it does).
    """
    reading = read_article(article, config)
    counts = count_text(article, config, reading)
    frames, hits = count_frames(article, config, reading)
    return counts.add(frames), hits


def count_text(article: Article, config: Config, reading: Reading | None = None) -> Counts:
    """Passages, tokens, n-grams and cue verbs of every unit: the counts a frame lexicon edit leaves as they are."""
    reading = reading or read_article(article, config)
    index, token_segment = reading.index, reading.token_segment
    in_name = [False] * len(index.tokens)
    for first, stop in reading.name_tokens:
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
    count_verbs(counts, article, config)
    return counts


def passages_of(article: Article) -> tuple[Passage, ...]:
    return tuple(Passage(s.start, s.end, s.outlet, s.speaker) for s in article.segments)


def article_matches(article: Article, config: Config, reading: Reading | None = None, *,
                    known: TermMatches | None = None) -> TermMatches:
    """Where every frame term of the config matches in ``article``, term by term (``framing.term_matches``)."""
    reading = reading or read_article(article, config)
    names = char_spans(reading.index, reading.name_tokens)
    return find_matches(reading.index, lexicon(config), names + cue_spans(article, config), passages_of(article),
                        config, known=known)


def count_frames(article: Article, config: Config, reading: Reading | None = None) -> tuple[Counts, list[FrameHit]]:
    """Frame hits, weights and passages of every unit (``frames`` and ``matching`` of the config), and the hits."""
    hits = kept_hits(article_matches(article, config, reading), lexicon(config), config)
    return count_hits(hits, article.segments, config), hits


def count_hits(hits: Sequence[FrameHit], segments: Sequence[Passage] | Sequence[Segment], config: Config) -> Counts:
    """The frame counts of every unit from the kept hits and the passages they lie in (negated hits not counted)."""
    starts = [s.start for s in segments]
    counts = Counts()
    member = passage_units(segments, config)
    article_unit = (("article", ARTICLE_UNIT),)
    present: set[tuple[int, str]] = set()
    for hit in hits:
        if hit.negated:
            continue
        segment = _segment_of(segments, hit.start, starts)
        units = (*member.get(segment, ()), *article_unit)
        count_hit(counts, units, hit.frame, hit.weight)
        if (segment, hit.frame) not in present:
            present.add((segment, hit.frame))
            count_frame_passage(counts, units, hit.frame)
    return counts


def text_profile(article: Article, config: Config, reading: Reading | None = None) -> TextProfile:
    reading = reading or read_article(article, config)
    counts = count_text(article, config, reading)
    return TextProfile(counts, token_table(counts, config), keywords_table(counts, config), verbs_table(counts), reading)


def profile(article: Article, config: Config, text: TextProfile | None = None) -> Profiles:
    """Keyword, frame and attribution-verb profiles of every outlet and group of ``article``.

    ``text``: the article's ``text_profile`` under the same config but its frames and matching rules (as
    ``--watch`` keeps it); then only the frame stage runs.
    """
    text = text or text_profile(article, config)
    frame_counts, hits = count_frames(article, config, text.reading)
    return Profiles(
        token_counts=text.token_counts,
        keywords=text.keywords,
        frame_hits=_frame_hits(hits, article, config),
        frames=frames_table(text.counts + frame_counts, config),
        verbs=text.verbs,
        text=text,
    )


def _ngrams(index: TextIndex, content: list[bool], token_segment: list[int], ngram_max: int) -> list[_Occurrence]:
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


def frame_hit_rows(hits: Sequence[FrameHit], segments: Sequence[Passage] | Sequence[Segment], config: Config,
                   matched: Mapping[tuple[int, int], str]) -> list[dict[str, object]]:
    """One row per hit (``FRAME_HIT_COLUMNS``): the term, where it stands (``matched``: the text of each span), and
    the passage and source it lies in."""
    rows: list[dict[str, object]] = []
    starts = [s.start for s in segments]
    for hit in hits:
        i = _segment_of(segments, hit.start, starts)
        seg = segments[i] if i >= 0 else None
        outlet = seg.outlet if seg else ""
        rows.append(
            {
                "frame": hit.frame,
                "term": hit.term,
                "lang": hit.lang,
                "weight": rounded(hit.weight),
                "start": hit.start,
                "end": hit.end,
                "match": matched[(hit.start, hit.end)],
                "segment_start": seg.start if seg else -1,
                "outlet": outlet,
                "speaker": seg.speaker if seg else "",
                "group": _group_of(config, outlet),
                "negated": hit.negated,
            }
        )
    return rows


def _frame_hits(hits: list[FrameHit], article: Article, config: Config) -> pd.DataFrame:
    matched = {(hit.start, hit.end): article.text[hit.start : hit.end] for hit in hits}
    return pd.DataFrame(frame_hit_rows(hits, article.segments, config, matched), columns=list(FRAME_HIT_COLUMNS))
