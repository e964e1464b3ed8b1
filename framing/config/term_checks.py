"""Checks of frame terms that the schema cannot make: a pattern that can match the empty string (an error), and a
word term whose punctuation breaks it as a phrase (a warning)."""

from __future__ import annotations

from re import _parser as re_parser  # type: ignore[attr-defined]
from typing import Any
from warnings import catch_warnings, simplefilter

from framing.keys import index_text
from framing.patterns import PatternError, compile_pattern
from framing.text import tokenize


# Texts a pattern that ``re`` cannot parse (syntax only ``regex`` reads, such as \p{L}) is tried on for an empty match.
_EMPTY_PROBES = ("", "The talks, the U.S. and 5+1 — المحادثات في مسقط، 2026.")


def empty_match(pattern: str) -> str | None:
    """Why a frame term's ``pattern`` counts nothing where it matches: it can match the empty string.

    Hits are spans of text, so an empty match is dropped (``patterns.find_spans``): a pattern that can
    only match empty text (``''``, ``\\b``, a lookaround) never counts a hit, and one that can match it
    (``x*``, ``a|``) is a typo more often than not. None when every match takes at least one character,
    or when the pattern does not compile (the schema reports that).
    """
    try:
        compiled = compile_pattern(pattern)
    except PatternError:
        return None
    try:
        with catch_warnings():  # ``re``'s FutureWarning on "[[" (a POSIX class to ``regex``) is not ours
            simplefilter("ignore")
            low, high = re_parser.parse(pattern).getwidth()  # ``regex``'s default syntax is ``re``'s: the same widths
    except Exception:  # noqa: BLE001 - syntax ``re`` does not read: look for an empty match on sample texts
        try:
            empty = any(m.end() == m.start() for text in _EMPTY_PROBES for m in compiled.finditer(text, timeout=0.5))
        except TimeoutError:
            return None
        low, high = (0, 1) if empty else (1, 1)
    if high == 0:
        return "matches only the empty string, so it never counts a hit (a frame term must match some text)"
    if low == 0:
        return ("can match the empty string, which is never counted (an empty alternative, or a '*' or '?' on the "
                "whole pattern): make every match take at least one character")
    return None


def unmatchable_terms(raw: dict[str, Any]) -> list[tuple[tuple[Any, ...], str]]:
    """Word terms (and forms) that cannot match text written as they are, as ``(location, message)`` warnings.

    A term is read as its words (``text.tokenize``), and a phrase is found only where nothing but blanks,
    quotation marks or one hyphen stands between two of its words (``keys.TextIndex.gap_ok``): "U.S.
    sanctions" reads as the words "U S sanctions", which the text "U.S. sanctions" does not hold, so the
    term never matches what it was copied from ("5+1 talks", "9/11", "Mr. Smith" alike). Legal (the
    words match when written apart), so a warning. Entries of the wrong shape are skipped.
    """
    warnings: list[tuple[tuple[Any, ...], str]] = []
    frames = raw.get("frames") if isinstance(raw, dict) else None
    for i, frame in enumerate(frames if isinstance(frames, list) else []):
        terms = frame.get("terms") if isinstance(frame, dict) else None
        for lang, items in terms.items() if isinstance(terms, dict) else ():
            for j, item in enumerate(items if isinstance(items, list) else []):
                loc = ("frames", i, "terms", lang, j)
                phrases = [(loc, "term", item if isinstance(item, str) else item.get("text") if isinstance(item, dict) else None)]
                forms = item.get("forms") if isinstance(item, dict) else None
                phrases += [((*loc, "forms", k), "form", form) for k, form in enumerate(forms if isinstance(forms, list) else [])]
                for where, kind, phrase in phrases:
                    broken = _broken_gap(phrase) if isinstance(phrase, str) else None
                    if broken:
                        warnings.append((where, f"{kind} {phrase!r} cannot match as written: {broken}"))
    return warnings


def _broken_gap(phrase: str) -> str | None:
    """Why ``phrase`` cannot match text written as it is: the first gap between its words a phrase cannot span."""
    tokens = tokenize(phrase)
    if len(tokens) < 2:
        return None
    index = index_text(phrase, tokens)
    for k in range(len(tokens) - 1):
        if not index.gap_ok(k, k + 1):
            gap = phrase[tokens[k].end : tokens[k + 1].start]
            words = " ".join(t.surface for t in tokens)
            return (f"{gap!r} between {tokens[k].surface!r} and {tokens[k + 1].surface!r} breaks the phrase, so it reads "
                    f"as the words {words!r} (found only with nothing but blanks or a hyphen between them; a pattern "
                    "term matches it as written)")
    return None
