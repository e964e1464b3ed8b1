"""The lexicon loop: which frame terms fire on an article, which lose their matches to another term, KWIC lines.

Everything goes through the same matcher as the analysis (``framing.profiles``),
so a user sees exactly what a term catches, and, when a term matches but is
not counted, which term took the span (overlaps are resolved longest first,
then in config order). Terms listed twice are found by ``framing config check``
(``framing.config.problems.duplicate_terms``).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import pandas as pd

from framing.config import Config, ConfigError, Term
from framing.matcher import FrameHit, cue_spans, lexicon, match_candidates, term_spans
from framing.model import Analysis
from framing.patterns import PatternError, PatternTimeout, compile_pattern
from framing.text import tokenize

USAGE_COLUMNS: tuple[str, ...] = (
    "frame", "label", "lang", "term", "weight", "hits", "negated", "shadowed", "shadowed_by", "unused",
)


def term_usage(
    config: Config,
    analysis: Analysis | None = None,
    *,
    langs: Collection[str] | None = None,
    frames: Collection[str] | None = None,
) -> pd.DataFrame:
    """One row per frame term: frame, label, lang, term, weight; with an article, what the term does on it.

    ``hits`` is how many matches are counted for the term, ``negated`` how many
    were kept but not counted (``matching.negation``); ``shadowed`` how
    many of its matches were not counted because an overlapping term took the
    span, ``shadowed_by`` those terms (``term`` in the same frame, ``term
    (frame)`` in another), ``unused`` True when the term matches nothing at
    all. Without an article these are None. ``langs`` and ``frames`` keep
    only the terms of those lexicon languages and frame ids.
    """
    terms = lexicon(config)
    counted: dict[int, int] = {}
    negated: dict[int, int] = {}
    lost: dict[int, int] = {}
    winners: dict[int, dict[str, None]] = {}
    if analysis is not None:
        candidates, kept = match_candidates(analysis.article.text, terms, config, cues=cue_spans(analysis.article, config))
        kept_spans = {(h.start, h.end, h.order) for h in kept}
        for hit in kept:
            tally = negated if hit.negated else counted
            tally[hit.order] = tally.get(hit.order, 0) + 1
        for hit in candidates:
            if (hit.start, hit.end, hit.order) in kept_spans:
                continue
            lost[hit.order] = lost.get(hit.order, 0) + 1
            winner = _winner(hit, kept)
            if winner is not None:
                name = winner.term if winner.frame == hit.frame else f"{winner.term} ({winner.frame})"
                winners.setdefault(hit.order, {})[name] = None
    labels = {frame.id: frame.label for frame in config.frames}
    rows = []
    for order, (frame_id, lang, term) in enumerate(terms):
        if (langs is not None and lang not in langs) or (frames is not None and frame_id not in frames):
            continue
        hits = counted.get(order, 0) if analysis is not None else None
        shadowed = lost.get(order, 0) if analysis is not None else None
        rows.append(
            {
                "frame": frame_id,
                "label": labels[frame_id],
                "lang": lang,
                "term": term.label,
                "weight": term.weight,
                "hits": hits,
                "shadowed": shadowed,
                "shadowed_by": ", ".join(winners.get(order, {})) if analysis is not None else None,
                "negated": negated.get(order, 0) if analysis is not None else None,
                "unused": (hits == 0 and order not in negated and shadowed == 0) if analysis is not None else None,
            }
        )
    return pd.DataFrame(rows, columns=list(USAGE_COLUMNS))


def _winner(hit: FrameHit, kept: list[FrameHit]) -> FrameHit | None:
    """The counted hit that took ``hit``'s span: the first, in resolution order, that overlaps it."""
    clashes = [
        k for k in kept
        if k.start < hit.end and hit.start < k.end and ((k.start, k.end) != (hit.start, hit.end) or k.frame == hit.frame)
    ]
    return min(clashes, key=lambda k: (k.start - k.end, k.start, k.order), default=None)


class TermError(ConfigError):
    """A term given on the command line cannot be matched (no word in it, a bad or runaway pattern)."""


def parse_term(term_text: str) -> Term:
    """``/regex/`` as a pattern term, anything else as a word or phrase; ``TermError`` when it cannot match."""
    if len(term_text) > 2 and term_text.startswith("/") and term_text.endswith("/"):
        try:
            compile_pattern(term_text[1:-1])
        except PatternError as exc:
            raise TermError("lexicon kwic", [("TERM", None, f"invalid pattern {term_text}: {exc}")]) from None
        return Term(pattern=term_text[1:-1])
    if not tokenize(term_text):
        raise TermError("lexicon kwic", [("TERM", None, f"term {term_text!r} has no word in it")])
    return Term(text=term_text)


@dataclass(frozen=True)
class KwicLine:
    """One match in context; ``outlet`` and ``speaker`` are those of the segment holding it, as in segments.csv."""

    start: int
    end: int
    left: str
    match: str
    right: str
    outlet: str
    speaker: str

    @property
    def source(self) -> str:
        """Who the passage reaches the reader through: "outlet, speaker", either one, or "narration"."""
        return ", ".join(part for part in (self.outlet, self.speaker) if part) or "narration"


def kwic(analysis: Analysis, term_text: str, config: Config, *, width: int = 60) -> list[KwicLine]:
    """Keyword-in-context lines for ``term_text`` (a word, a phrase, or ``/regex/``) in the analysed article."""
    text = analysis.article.text
    term = parse_term(term_text)
    lang = "en" if term_text.isascii() else "ar"
    lines = []
    segments = analysis.article.segments
    try:
        spans = term_spans(text, term, lang, config, cues=cue_spans(analysis.article, config))
    except PatternTimeout as exc:
        raise TermError("lexicon kwic", [("TERM", None, str(exc))]) from None
    for start, end in spans:
        seg = next((s for s in segments if s.start <= start < s.end), None)
        lines.append(
            KwicLine(
                start=start,
                end=end,
                left=" ".join(text[max(0, start - width) : start].split()),
                match=text[start:end],
                right=" ".join(text[end : end + width].split()),
                outlet=seg.outlet if seg else "",
                speaker=seg.speaker if seg else "",
            )
        )
    return lines
