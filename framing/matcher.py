"""Frame terms found in a text: which spans of ``text`` each lexicon term counts on.

Word terms and phrases match through ``framing.keys`` (a phrase: consecutive tokens with only blanks or
quotation marks between them), patterns are regexes on the raw text. Hits inside an outlet name are dropped.
Overlaps are resolved longest first (in characters; ties: earlier start, then config order): a hit that
overlaps an accepted hit is dropped, except that the identical span found by another frame counts in that
frame too. So a span is counted at most once per frame, "حقوق الإنسان" goes to human_rights and not "حقوق" to
sovereignty_rights.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from framing.config import Config, PatternTooSlow, Term
from framing.keys import TextIndex, char_spans, index_text, sequence_spans, words
from framing.patterns import PatternTimeout, compile_pattern, find_spans


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


def name_spans(index: TextIndex, config: Config) -> list[tuple[int, int]]:
    """Token spans of every outlet name or alias in the text, merged, in text order."""
    spans: set[tuple[int, int]] = set()
    for outlet in config.outlets:
        for alias in (outlet.name, *outlet.aliases):
            spans.update(sequence_spans(index, words(alias), stemmed=False))
    merged: list[tuple[int, int]] = []
    for first, stop in sorted(spans):
        if merged and first < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], stop))
        else:
            merged.append((first, stop))
    return merged


def _raw_spans(index: TextIndex, term: Term) -> list[tuple[int, int]]:
    """Every span ``term`` matches, names and other terms not considered; raises ``PatternTimeout``."""
    if term.pattern is not None:
        return find_spans(compile_pattern(term.pattern), index.text)
    return char_spans(index, sequence_spans(index, words(term.text or ""), stemmed=True))


def _too_slow(frame: str, lang: str, exc: PatternTimeout) -> PatternTooSlow:
    return PatternTooSlow("(config)", [(f"frames.{frame}.terms.{lang}", None, f"frame {frame!r} ({lang}): {exc}")])


def outside(spans: list[tuple[int, int]], blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
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
    index = index_text(text)
    names = char_spans(index, name_spans(index, config))
    return outside(_raw_spans(index, term), names)


def match_index(index: TextIndex, terms: Sequence[tuple[str, str, Term]], names: list[tuple[int, int]]) -> list[FrameHit]:
    """Counted hits of ``terms`` in an indexed text, outside the character spans ``names``, in text order."""
    return resolve_overlaps(_candidates(index, terms, names))


def _candidates(index: TextIndex, terms: Sequence[tuple[str, str, Term]], names: list[tuple[int, int]]) -> list[FrameHit]:
    """Every match of every term outside outlet names, before overlaps are resolved."""
    candidates: list[FrameHit] = []
    for order, (frame, lang, term) in enumerate(terms):
        try:
            spans = _raw_spans(index, term)
        except PatternTimeout as exc:
            raise _too_slow(frame, lang, exc) from None
        for start, end in outside(spans, names):
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
    index = index_text(text)
    return match_index(index, terms, char_spans(index, name_spans(index, config)))


def match_candidates(text: str, terms: Sequence[tuple[str, str, Term]], config: Config) -> tuple[list[FrameHit], list[FrameHit]]:
    """``(candidates, counted)``: every match of ``terms`` outside outlet names, and those ``resolve_overlaps`` keeps.

    A candidate that is not counted lost its span to an overlapping counted
    hit (``framing.lexicon`` reports which one).
    """
    index = index_text(text)
    candidates = _candidates(index, terms, char_spans(index, name_spans(index, config)))
    return candidates, resolve_overlaps(candidates)
