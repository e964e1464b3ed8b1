"""The lexicon loop: which frame terms fire on an article, and keyword-in-context lines.

Both go through the same matcher as the analysis (``framing.profiles``), so a
user sees exactly what a term catches.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from framing.config import Config, ConfigError, Term
from framing.model import Analysis
from framing.patterns import PatternError, PatternTimeout, compile_pattern
from framing.profiles import term_spans
from framing.text import tokenize


def term_usage(config: Config, analysis: Analysis | None = None) -> pd.DataFrame:
    """One row per frame term: frame, label, lang, term, weight, and hits on the article when given.

    ``unused`` is True for a term with no hit on the article (None without one).
    """
    counts: dict[tuple[str, str], int] = {}
    if analysis is not None and analysis.frame_hits is not None and len(analysis.frame_hits):
        grouped = analysis.frame_hits.groupby(["frame", "term"]).size()
        counts = {(str(f), str(t)): int(n) for (f, t), n in grouped.items()}
    rows = []
    for frame in config.frames:
        for lang, term in frame.all_terms():
            hits = counts.get((frame.id, term.label), 0) if analysis is not None else None
            rows.append(
                {
                    "frame": frame.id,
                    "label": frame.label,
                    "lang": lang,
                    "term": term.label,
                    "weight": term.weight,
                    "hits": hits,
                    "unused": (hits == 0) if analysis is not None else None,
                }
            )
    return pd.DataFrame(rows, columns=["frame", "label", "lang", "term", "weight", "hits", "unused"])


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
    start: int
    end: int
    left: str
    match: str
    right: str
    outlet: str
    speaker: str


def kwic(analysis: Analysis, term_text: str, config: Config, *, width: int = 60) -> list[KwicLine]:
    """Keyword-in-context lines for ``term_text`` (a word, a phrase, or ``/regex/``) in the analysed article."""
    text = analysis.article.text
    term = parse_term(term_text)
    lang = "en" if term_text.isascii() else "ar"
    lines = []
    segments = analysis.article.segments
    try:
        spans = term_spans(text, term, lang, config)
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
