"""Frame terms found in a text: which spans of ``text`` each lexicon term counts on.

Word terms and phrases match through ``framing.keys`` (a phrase: consecutive tokens with only blanks or
quotation marks between them) by stem unless the term says ``stem: false``, and by each of its ``forms`` as
written; patterns are regexes on the raw text. A term's ``only_near`` / ``unless_near`` rule keeps or drops a
match by the words around it. Hits inside an outlet name are dropped, and (``matching.skip_cues``) hits inside
an attribution cue: the speaker, its description and the verb of saying are not what the passage reports.
Overlaps are resolved longest first (in characters; ties: earlier start, then config order): a hit that
overlaps an accepted hit is dropped, except that the identical span found by another frame counts in that
frame too. So a span is counted at most once per frame, "حقوق الإنسان" goes to human_rights and not "حقوق" to
sovereignty_rights. Last, a kept hit with a negation cue (``matching.negation``) at most ``window`` tokens
before it in the same clause is marked ``negated``: listed, not counted.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from framing.config import Config, Negation, NearRule, PatternTooSlow, Term
from framing.keys import TextIndex, Word, char_spans, index_text, sequence_spans, word_at, words
from framing.model import Article
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
    negated: bool = False  # a negation cue stands before it in its clause: listed, not counted


def lexicon(config: Config) -> tuple[tuple[str, str, Term], ...]:
    """``(frame id, language, Term)`` for every term of every frame, in config order (built once per config)."""
    return config.derived("matcher.lexicon", lambda c: tuple(
        (frame.id, lang, term) for frame in c.frames for lang, term in frame.all_terms()))


def _name_phrases(config: Config) -> tuple[tuple[Word, ...], ...]:
    """Every outlet name and alias as words (built once per config)."""
    return config.derived("matcher.name_phrases", lambda c: tuple(
        phrase for outlet in c.outlets for alias in (outlet.name, *outlet.aliases) if (phrase := words(alias))))


def _name_index(config: Config) -> dict[str, tuple[int, ...]]:
    """The positions of the name phrases in ``_name_phrases``, by the key and the bare key of their first word."""
    def build(c: Config) -> dict[str, tuple[int, ...]]:
        index: dict[str, list[int]] = defaultdict(list)
        for n, phrase in enumerate(_name_phrases(c)):
            for key in dict.fromkeys((phrase[0].key, phrase[0].bare)):
                index[key].append(n)
        return {k: tuple(v) for k, v in index.items()}

    return config.derived("matcher.name_index", build)


def name_spans(index: TextIndex, config: Config) -> list[tuple[int, int]]:
    """Token spans of every outlet name or alias in the text, merged, in text order."""
    spans: set[tuple[int, int]] = set()
    present = index.by_variant
    by_first = _name_index(config)
    found: set[int] = set()  # most of a long outlet list is not in the text: only phrases its words can start
    for key in present:
        found.update(by_first.get(key, ()))
    phrases = _name_phrases(config)
    for n in sorted(found):
        phrase = phrases[n]  # a phrase one of whose words the text lacks cannot match (most names with «صحيفة»)
        if all(w.key in present or w.bare in present for w in phrase[1:]):
            spans.update(sequence_spans(index, phrase, stemmed=False))
    merged: list[tuple[int, int]] = []
    for first, stop in sorted(spans):
        if merged and first < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], stop))
        else:
            merged.append((first, stop))
    return merged


def raw_spans(index: TextIndex, term: Term) -> list[tuple[int, int]]:
    """Every span ``term`` matches, names and other terms not considered; raises ``PatternTimeout``."""
    if term.pattern is not None:
        spans = find_spans(compile_pattern(term.pattern), index.text)
    else:
        found = set(char_spans(index, sequence_spans(index, words(term.text or ""), stemmed=term.stem)))
        for form in term.forms:
            found.update(char_spans(index, sequence_spans(index, words(form), stemmed=False)))
        spans = sorted(found)
    if term.only_near is not None:
        spans = [span for span in spans if _near(index, span, term.only_near)]
    if term.unless_near is not None:
        spans = [span for span in spans if not _near(index, span, term.unless_near)]
    return spans


def _reads_as(index: TextIndex, i: int, word: Word) -> bool:
    return word_at(index, i, word) or word.stem == index.stems[i]


def _near(index: TextIndex, span: tuple[int, int], rule: NearRule) -> bool:
    """True when a word or phrase of ``rule`` stands within ``rule.window`` tokens of ``span``, on its side."""
    first, last = index.token_at(span[0]), index.token_at(max(span[0], span[1] - 1))
    regions = []
    if rule.side in ("before", "both"):
        regions.append(range(max(0, first - rule.window), max(first, 0)))
    if rule.side in ("after", "both"):
        regions.append(range(last + 1, min(len(index.tokens), last + 1 + rule.window)))
    for region in regions:
        for phrase in (words(w) for w in rule.words):
            for p in range(region.start, region.stop - len(phrase) + 1):
                if all(_reads_as(index, p + k, word) for k, word in enumerate(phrase)):
                    return True
    return False


def too_slow(frame: str, lang: str, exc: PatternTimeout) -> PatternTooSlow:
    return PatternTooSlow("(config)", [(f"frames.{frame}.terms.{lang}", None, f"frame {frame!r} ({lang}): {exc}")])


class Blocked:
    """Character spans no hit may overlap (names, cues), sorted once per text and then searched per term."""

    def __init__(self, blocked: Iterable[tuple[int, int]]):
        ordered = sorted(blocked)
        self.starts = [b_start for b_start, _ in ordered]
        self.reach: list[int] = []  # reach[k]: the furthest end among ordered[: k + 1]
        for _, b_end in ordered:
            self.reach.append(max(b_end, self.reach[-1]) if self.reach else b_end)

    def keep(self, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """The spans that overlap no blocked span (a binary search per span, not a scan of the blocked ones)."""
        kept = []
        for s, e in spans:
            k = bisect_left(self.starts, e) - 1  # blocked spans starting before e
            if k < 0 or self.reach[k] <= s:
                kept.append((s, e))
        return kept


def outside(spans: list[tuple[int, int]], blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that overlap no blocked span."""
    return Blocked(blocked).keep(spans)


def cue_spans(article: Article, config: Config) -> list[tuple[int, int]]:
    """Where the article's attribution cues stand, when ``matching.skip_cues`` keeps frame hits out of them."""
    if not config.matching.skip_cues:
        return []
    return [(s.cue_start, s.cue_end) for s in article.segments if 0 <= s.cue_start < s.cue_end]


def _blocked(index: TextIndex, config: Config, cues: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    return char_spans(index, name_spans(index, config)) + list(cues)


def term_spans(text: str, term: Term, lang: str, config: Config, *, cues: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Character spans ``term`` matches in ``text``, through the matcher ``profile`` uses.

    The spans a term would be counted on if no other term competed: matches
    inside an outlet's name or one of ``cues`` (see ``cue_spans``) are left
    out, overlaps with other terms are not resolved, negation is not read.
    ``lang`` is the term's lexicon language (matching depends only on the
    script of each word).
    """
    del lang  # the stemmer is chosen per word, by its script
    index = index_text(text)
    return outside(raw_spans(index, term), _blocked(index, config, cues))


def match_index(index: TextIndex, terms: Sequence[tuple[str, str, Term]], blocked: list[tuple[int, int]], config: Config) -> list[FrameHit]:
    """Kept hits of ``terms`` in an indexed text, outside the character spans ``blocked``, in text order.

    Negated hits (``matching.negation``) are among them, marked: they hold their span but are not counted.
    """
    return _mark_negated(index, resolve_overlaps(_candidates(index, terms, blocked)), config.matching.negation)


def _candidates(index: TextIndex, terms: Sequence[tuple[str, str, Term]], blocked: list[tuple[int, int]]) -> list[FrameHit]:
    """Every match of every term outside the blocked spans, before overlaps are resolved."""
    candidates: list[FrameHit] = []
    keep = Blocked(blocked).keep  # sorted once for every term
    for order in may_occur(index, terms):
        frame, lang, term = terms[order]
        try:
            spans = raw_spans(index, term)
        except PatternTimeout as exc:
            raise too_slow(frame, lang, exc) from None
        for start, end in keep(spans):
            candidates.append(FrameHit(frame, term.label, lang, float(term.weight), start, end, order))
    return candidates


@dataclass(frozen=True)
class _Triggers:
    """Which terms a token can start: by its key readings and by its stem (a term with a pattern: always tried)."""

    always: tuple[int, ...]
    by_variant: dict[str, tuple[int, ...]]
    by_stem: dict[str, tuple[int, ...]]


_TRIGGERS: dict[int, tuple[Sequence[tuple[str, str, Term]], _Triggers]] = {}  # id(terms) -> (terms, triggers)


def _triggers(terms: Sequence[tuple[str, str, Term]]) -> _Triggers:
    """The trigger index of a term list, built once per tuple (a config's lexicon is one tuple for its lifetime)."""
    known = _TRIGGERS.get(id(terms)) if isinstance(terms, tuple) else None  # a list may change in place: not kept
    if known is not None and known[0] is terms:
        return known[1]
    always: list[int] = []
    by_variant: dict[str, list[int]] = defaultdict(list)
    by_stem: dict[str, list[int]] = defaultdict(list)
    for order, (_frame, _lang, term) in enumerate(terms):
        if term.pattern is not None:
            always.append(order)
            continue
        variants, stems = first_words(term.text or "", tuple(term.forms), term.stem)
        for key in dict.fromkeys(variants):
            by_variant[key].append(order)
        for key in dict.fromkeys(stems):
            by_stem[key].append(order)
    built = _Triggers(tuple(always), {k: tuple(v) for k, v in by_variant.items()}, {k: tuple(v) for k, v in by_stem.items()})
    if isinstance(terms, tuple):
        if len(_TRIGGERS) >= 16:
            _TRIGGERS.clear()
        _TRIGGERS[id(terms)] = (terms, built)
    return built


def may_occur(index: TextIndex, terms: Sequence[tuple[str, str, Term]]) -> list[int]:
    """The positions of the terms that can occur in the text, in lexicon order: those a token of the text can
    start (a dictionary look-up per distinct key of the text, which spares most terms of a lexicon the full
    match), and every pattern term."""
    triggers = _triggers(terms)
    found = set(triggers.always)
    for table, present in ((triggers.by_variant, index.by_variant), (triggers.by_stem, index.by_stem)):
        small, large = (table, present) if len(table) < len(present) else (present, table)
        for key in small:
            if key in large:
                found.update(table[key])
    return sorted(found)


@lru_cache(maxsize=65536)
def first_words(text: str, forms: tuple[str, ...], stem: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The keys a token must have (as one of its readings, or as its stem) to start ``text`` or one of ``forms``."""
    variants: list[str] = []
    stems: list[str] = []
    for phrase, stemmed in ((text, stem), *((form, False) for form in forms)):
        first = words(phrase)[:1]
        for word in first:
            variants += [word.key, word.bare]
            if stemmed:
                stems.append(word.stem)
    return tuple(variants), tuple(stems)


def negation_words(negation: Negation) -> tuple[tuple[Word, ...], tuple[Word, ...]]:
    """The negation cues and the boundary words as words; no cues when negation is off."""
    if not negation.enabled or not negation.cues:
        return (), ()
    cues = tuple(w for lang_cues in negation.cues.values() for cue in lang_cues for w in (words(cue)[0],))
    stops = tuple(w for lang_words in negation.boundary_words.values() for stop in lang_words for w in (words(stop)[0],))
    return cues, stops


def _mark_negated(index: TextIndex, hits: list[FrameHit], negation: Negation) -> list[FrameHit]:
    cues, stops = negation_words(negation)
    if not cues:
        return hits
    return [replace(hit, negated=True) if is_negated(index, hit.start, negation, cues, stops) else hit for hit in hits]


def is_negated(index: TextIndex, start: int, negation: Negation, cues: Sequence[Word], stops: Sequence[Word]) -> bool:
    """True when one of ``cues`` is among the ``negation.window`` tokens before ``start``, in the same clause.

    The look-back stops at a clause boundary: a character of ``negation.boundaries`` between two tokens, or
    one of ``stops`` (boundary words such as "but", «لكن»).
    """
    first = index.token_at(start)  # the hit's first token (-1: none starts before it)
    cursor = start
    for j in range(first - 1, max(first - 1 - negation.window, -1), -1):
        token = index.tokens[j]
        if any(ch in negation.boundaries for ch in index.text[token.end : cursor]):
            return False
        if any(word_at(index, j, w) for w in stops):
            return False
        if any(word_at(index, j, w) for w in cues):
            return True
        cursor = token.start
    return False


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


def match_terms(text: str, terms: Sequence[tuple[str, str, Term]], config: Config, *, cues: Sequence[tuple[int, int]] = ()) -> list[FrameHit]:
    """Kept hits of ``terms`` (``(frame id, language, Term)``, as from ``lexicon``) in ``text``, in text order.

    Patterns run with a time budget (``framing.patterns``; past it:
    ``PatternTooSlow`` naming the frame); outlet names and ``cues`` are not
    searched; overlaps are resolved by ``resolve_overlaps``; negated hits
    are marked.
    """
    index = index_text(text)
    return match_index(index, terms, _blocked(index, config, cues), config)


def match_candidates(
    text: str, terms: Sequence[tuple[str, str, Term]], config: Config, *, cues: Sequence[tuple[int, int]] = ()
) -> tuple[list[FrameHit], list[FrameHit]]:
    """``(candidates, kept)``: every match of ``terms`` outside outlet names and ``cues``, and those ``match_index`` keeps.

    A candidate that is not kept lost its span to an overlapping kept hit
    (``framing.lexicon`` reports which one).
    """
    index = index_text(text)
    candidates = _candidates(index, terms, _blocked(index, config, cues))
    return candidates, _mark_negated(index, resolve_overlaps(candidates), config.matching.negation)
