"""Where each frame term matches in one article, kept term by term, so a lexicon edit re-matches only what it changed.

Finding a term's spans needs the article's token index (its tokens, keys and
stems); resolving the overlaps between terms and counting the kept hits needs
only those spans and the passages. ``TermMatches`` holds the first, keyed by
what a term matches by (``term_key``: its text or pattern, forms, stemming and
near rules; not its frame, weight or label), with the keys the article's
tokens read as. A later lexicon then needs the index only for a term that is
new and whose first word the article holds: a term whose key is listed gets
its spans, any other text term whose first word the article lacks has none
(as ``framing.matcher`` never tries it either). Resolution, negation and
counting then run exactly as on a fresh match.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from framing.config import Config, Term
from framing.keys import TextIndex
from framing.matcher import (
    Blocked, FrameHit, first_words, is_negated, lexicon, may_occur, negation_words, raw_spans, resolve_overlaps, too_slow,
)
from framing.patterns import PatternTimeout

Span = tuple[int, int, bool, str]  # start, end, negated, the matched text


@dataclass(frozen=True)
class Passage:
    """What the frame stage reads of a segment: where it stands and who it is attributed to."""

    start: int
    end: int
    outlet: str
    speaker: str


@dataclass(frozen=True)
class TermMatches:
    """One article's frame-term spans by ``term_key`` (outside outlet names and skipped cues, each marked negated
    or not), for every term its tokens could start; the keys its tokens read as; and its passages."""

    spans: dict[str, tuple[Span, ...]]
    vocabulary: tuple[str, str]  # the keys its tokens read as, and their stems, each set as one string (one line a
    # key: read back, as sets, only when a new term is to be checked)
    passages: tuple[Passage, ...]
    checked: tuple[str, ...]  # the ``lexicon_id`` of each lexicon whose every term was tried (or could not start)

    @cached_property
    def variants(self) -> frozenset[str]:
        return frozenset(self.vocabulary[0].split("\n"))

    @cached_property
    def stems(self) -> frozenset[str]:
        return frozenset(self.vocabulary[1].split("\n"))


def term_key(term: Term) -> str:
    """What a term matches by, as a short digest (its weight, frame and label do not change where it matches)."""
    spec = json.dumps(term.model_dump(mode="json", exclude={"weight"}), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(spec.encode("utf-8")).hexdigest()[:20]


def term_keys(terms: Sequence[tuple[str, str, Term]], config: Config) -> tuple[str, ...]:
    """``term_key`` of every term of ``terms``, in order (for the config's lexicon: once per config)."""
    if terms is lexicon(config):
        return config.derived("term_matches.keys", lambda c: tuple(term_key(term) for _f, _l, term in lexicon(c)))
    return tuple(term_key(term) for _frame, _lang, term in terms)


def find_matches(index: TextIndex, terms: Sequence[tuple[str, str, Term]], blocked: list[tuple[int, int]],
                 passages: Sequence[Passage], config: Config, *, known: TermMatches | None = None) -> TermMatches:
    """The spans of every term of ``terms`` the text's tokens can start (patterns: always tried).

    ``known``: matches found before in the same article under the same settings; their terms are not tried
    again, and they are kept beside the new ones (undoing an edit then needs no index).
    """
    keep = Blocked(blocked).keep
    keys = term_keys(terms, config)
    spans: dict[str, tuple[Span, ...]] = dict(known.spans) if known is not None else {}
    negation = config.matching.negation
    cues, stops = negation_words(negation)
    for order in may_occur(index, terms):
        if keys[order] in spans:
            continue
        frame, lang, term = terms[order]
        try:
            found = keep(raw_spans(index, term))
        except PatternTimeout as exc:
            raise too_slow(frame, lang, exc) from None
        spans[keys[order]] = tuple(
            (start, end, bool(cues) and is_negated(index, start, negation, cues, stops),
             index.text[start:end]) for start, end in found)
    checked = tuple(dict.fromkeys((*(known.checked if known is not None else ()), terms_id(terms, config))))
    vocabulary = ("\n".join(sorted(index.by_variant)), "\n".join(sorted(index.by_stem)))
    return TermMatches(spans, vocabulary, tuple(passages), checked)


def lexicon_id(keys: Iterable[str]) -> str:
    """What identifies a set of term keys (the terms a ``TermMatches`` was built for)."""
    return hashlib.sha256("\0".join(sorted(set(keys))).encode("utf-8")).hexdigest()[:20]


def terms_id(terms: Sequence[tuple[str, str, Term]], config: Config) -> str:
    """``lexicon_id`` of the keys of ``terms`` (for the config's lexicon: once per config)."""
    if terms is lexicon(config):
        return config.derived("term_matches.id", lambda c: lexicon_id(term_keys(lexicon(c), c)))
    return lexicon_id(term_keys(terms, config))


class Coverage:
    """Which terms of ``terms`` each ``TermMatches`` can answer for without the article's index.

    A term is answered for when its key was among the terms the matches were built for (listed with its
    spans, or unable to start in the text), or when it is a text term none of whose first words the text
    holds. ``lexicons``: the term keys of a lexicon id (``TermMatches.checked``), as the cache keeps them.
    """

    def __init__(self, terms: Sequence[tuple[str, str, Term]], config: Config, lexicons: Callable[[str], frozenset[str] | None]):
        self.terms, self.config, self.lexicons = terms, config, lexicons
        self.keys = term_keys(terms, config)
        self._new: dict[tuple[str, ...], tuple[int, ...]] = {}  # checked ids -> positions of terms not checked

    def _unchecked(self, checked: tuple[str, ...]) -> tuple[int, ...]:
        if checked not in self._new:
            known: set[str] = set()
            for lexicon_id_ in checked:  # a lexicon the cache does not hold leaves its terms to be checked one by one
                known |= self.lexicons(lexicon_id_) or frozenset()
            self._new[checked] = tuple(i for i, key in enumerate(self.keys) if key not in known)
        return self._new[checked]

    def answers_all(self, checked: tuple[str, ...]) -> bool:
        """Whether matches built for the lexicons ``checked`` answer for every term, whatever the text holds."""
        return not self._unchecked(checked)

    def covers(self, matches: TermMatches) -> bool:
        for i in self._unchecked(matches.checked):
            term = self.terms[i][2]
            if self.keys[i] in matches.spans:
                continue
            if term.pattern is not None:
                return False
            variants, stems = first_words(term.text or "", tuple(term.forms), term.stem)
            if any(v in matches.variants for v in variants) or any(s in matches.stems for s in stems):
                return False
        return True


def matched_keys(matches: TermMatches) -> tuple[str, ...]:
    """The keys of the terms that match somewhere in the article (sorted; what ``frame_part_id`` reads of it)."""
    return tuple(sorted(key for key, spans in matches.spans.items() if spans))


def frame_part_id(matched: Iterable[str], config: Config) -> str:
    """What an article's frame part depends on besides its matches, which must cover the config's lexicon: the
    config but its frame terms, and, in lexicon order, the frame, language, label and weight of each term that
    matches in the article (``matched``: their keys). A lexicon edit that touches no term an article matches, nor
    adds one it holds, leaves this as it was, and the article's frame part with it."""
    base, positions, described = config.derived("term_matches.part", _part_inputs)
    present = sorted(order for key in matched for order in positions.get(key, ()))
    spec = "\n".join((base, *(described[order] for order in present)))
    return hashlib.sha256(spec.encode("utf-8")).hexdigest()[:32]


def _part_inputs(config: Config) -> tuple[str, dict[str, tuple[int, ...]], tuple[str, ...]]:
    """For ``frame_part_id``: the digest of the config but its frame terms, the positions of each term key in the
    lexicon, and each term's key, frame, language, label and weight as one line, by position."""
    terms = lexicon(config)
    rest = config.model_dump(mode="json", exclude={"frames": {"__all__": {"terms"}}})
    base = hashlib.sha256(json.dumps(rest, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    described = tuple(json.dumps([key, *spec], ensure_ascii=False)
                      for key, spec in zip(term_keys(terms, config), _described(terms, config)))
    return base, _positions(terms, config), described


def kept_hits(matches: TermMatches, terms: Sequence[tuple[str, str, Term]], config: Config) -> list[FrameHit]:
    """The hits ``framing.matcher.match_index`` keeps, from the spans of ``matches`` (which must cover ``terms``)."""
    by_key = _positions(terms, config)
    described = _described(terms, config)
    candidates: list[FrameHit] = []
    negated: set[int] = set()
    for key, spans in matches.spans.items():
        for order in by_key.get(key, ()):
            frame, lang, label, weight = described[order]
            for start, end, negated_here, _text in spans:
                candidates.append(FrameHit(frame, label, lang, weight, start, end, order))
                if negated_here:
                    negated.add(start)
    return [replace(hit, negated=True) if hit.start in negated else hit for hit in resolve_overlaps(candidates)]


def _positions(terms: Sequence[tuple[str, str, Term]], config: Config) -> dict[str, tuple[int, ...]]:
    """The positions in ``terms`` of each term key (a term may stand in several frames)."""
    def build(keys: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
        found: dict[str, list[int]] = {}
        for order, key in enumerate(keys):
            found.setdefault(key, []).append(order)
        return {k: tuple(v) for k, v in found.items()}

    if terms is lexicon(config):
        return config.derived("term_matches.positions", lambda c: build(term_keys(lexicon(c), c)))
    return build(term_keys(terms, config))


def _described(terms: Sequence[tuple[str, str, Term]], config: Config) -> tuple[tuple[str, str, str, float], ...]:
    """(frame, language, label, weight) of each term, in order: what a hit of it records."""
    def build(listed: Sequence[tuple[str, str, Term]]) -> tuple[tuple[str, str, str, float], ...]:
        return tuple((frame, lang, term.label, float(term.weight)) for frame, lang, term in listed)

    if terms is lexicon(config):
        return config.derived("term_matches.described", lambda c: build(lexicon(c)))
    return build(terms)


def matched_text(matches: TermMatches) -> dict[tuple[int, int], str]:
    """The text of every span, by (start, end)."""
    return {(start, end): text for spans in matches.spans.values() for start, end, _negated, text in spans}
