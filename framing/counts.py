"""Raw counts of one article that add up across articles.

``count_article`` reads an attributed article once and returns ``Counts``:
per unit (each outlet, each group, and the whole article as unit 'article')
the passages, tokens, content tokens, n-gram counts, frame hits and the
passages each frame is present in (a counted hit), and per
outlet the cue verbs. Nothing is ranked, rounded or divided here. Two
``Counts`` add (``a + b``), so a corpus is the sum of its articles, and the
statistics of ``framing.stats`` are the same code for one article and for a
million.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from framing.config import Config
from framing.model import Article, unlisted_name, written_names

ARTICLE_UNIT = "article"
UNIT_FIELDS: tuple[str, ...] = ("articles", "segments", "tokens", "content_tokens")

Unit = tuple[str, str]  # (unit_type, unit)
_COUNTERS = frozenset({"units", "ngrams", "forms", "frame_hits", "frame_weight", "frame_passages", "unit_weight", "verbs"})


@dataclass
class Counts:
    """Counts of one article or of many (their sum); every value is a count or a sum of weights."""

    labels: dict[Unit, str] = field(default_factory=dict)
    units: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # (unit_type, unit, field)
    ngrams: Counter[tuple[str, str, int, str]] = field(default_factory=Counter)  # (unit_type, unit, n, key)
    forms: Counter[tuple[str, str, str, str]] = field(default_factory=Counter)  # (unit_type, unit, key, surface)
    first_seen: dict[tuple[str, str, str, str], tuple[int, int]] = field(default_factory=dict)  # -> (article, token)
    frame_hits: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # (unit_type, unit, frame)
    frame_weight: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    frame_passages: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # passages with a counted hit
    unit_weight: Counter[Unit] = field(default_factory=Counter)  # all frame weight of a unit, summed hit by hit
    verbs: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # (outlet, lemma, stance)
    verb_forms: dict[tuple[str, str, str], set[str]] = field(default_factory=dict)

    def __getstate__(self) -> dict[str, dict[Any, Any]]:
        """Pickled as plain dicts: a Counter unpickles through ``Counter.update``, a Python call per counter, which
        across the cached parts of a corpus of ten thousand articles costs seconds."""
        return {name: dict(value) for name, value in vars(self).items()}

    def __setstate__(self, state: dict[str, dict[Any, Any]]) -> None:
        for name, value in state.items():
            if name in _COUNTERS:
                counter: Counter[Any] = Counter()
                dict.update(counter, value)  # as stored: every value a count already summed
                value = counter
            self.__dict__[name] = value

    def add(self, other: Counts, *, ordinal: int = 0, after: bool = False) -> Counts:
        """Add ``other`` into this (in place); ``ordinal`` places other's articles after this one's for display ties.

        ``after``: the caller knows that every article of ``other`` (shifted by ``ordinal``) comes after all of
        this one's, so a form already seen here keeps its first place and only new forms are looked at.
        """
        for unit, label in other.labels.items():
            self.labels.setdefault(unit, label)
        # empty fields are skipped: a frame part (no n-grams, forms or verbs) is added once per article in a corpus
        if other.units:
            self.units.update(other.units)
        if other.ngrams:
            self.ngrams.update(other.ngrams)
        if other.forms:
            self.forms.update(other.forms)
        if after:
            theirs = other.first_seen
            self.first_seen.update({key: (theirs[key][0] + ordinal, theirs[key][1])
                                    for key in theirs.keys() - self.first_seen.keys()})
        else:
            for key, (article, token) in other.first_seen.items():
                seen = (article + ordinal, token)
                if key not in self.first_seen or seen < self.first_seen[key]:
                    self.first_seen[key] = seen
        if other.frame_hits:
            self.frame_hits.update(other.frame_hits)
        if other.frame_passages:
            self.frame_passages.update(other.frame_passages)
        for key, weight in other.frame_weight.items():
            self.frame_weight[key] += weight
        for unit, weight in other.unit_weight.items():
            self.unit_weight[unit] += weight
        if other.verbs:
            self.verbs.update(other.verbs)
        for key, surfaces in other.verb_forms.items():
            self.verb_forms.setdefault(key, set()).update(surfaces)
        return self

    def without_ngrams(self) -> Counts:
        """These counts but the n-grams and their surface forms (what the keyword tables read, and most of the size)."""
        return replace(self, ngrams=Counter(), forms=Counter(), first_seen={})

    def __add__(self, other: Counts) -> Counts:
        articles = max((a for a, _t in self.first_seen.values()), default=-1) + 1
        return Counts().add(self).add(other, ordinal=articles, after=True)

    def unit_list(self) -> list[Unit]:
        """Outlets (by id), then groups (by id), then 'article'."""
        order = {"outlet": 0, "group": 1, "article": 2}
        return sorted(self.labels, key=lambda u: (order.get(u[0], 3), u[1]))


def sum_counts(parts: Iterable[Counts]) -> Counts:
    """The sum of ``parts`` in order; each part's articles come after the previous parts' for display ties."""
    total = Counts()
    articles = 0
    for part in parts:
        total.add(part, ordinal=articles, after=True)
        articles += max((a for a, _t in part.first_seen.values()), default=-1) + 1
    return total


def unit_labels(article: Article, config: Config) -> dict[int, list[Unit]]:
    """For each segment index, the outlet and group units it belongs to ([] for narration)."""
    return passage_units(article.segments, config)


def passage_units(passages: Sequence[Any], config: Config) -> dict[int, list[Unit]]:
    """``unit_labels`` of a sequence of segments (or of anything with their ``outlet``)."""
    found: dict[int, list[Unit]] = {}
    for i, seg in enumerate(passages):
        if not seg.outlet:
            continue
        units: list[Unit] = [("outlet", seg.outlet)]
        outlet = config.outlet(seg.outlet)
        if outlet is not None and outlet.group:
            units.append(("group", outlet.group))
        found[i] = units
    return found


def _labels(article: Article, config: Config) -> dict[Unit, str]:
    labels: dict[Unit, str] = {}
    written = written_names(article.segments)
    for seg in article.segments:
        if seg.outlet and ("outlet", seg.outlet) not in labels:
            outlet = config.outlet(seg.outlet)
            labels[("outlet", seg.outlet)] = outlet.name if outlet else unlisted_name(seg.outlet, written)
            if outlet is not None and outlet.group:
                labels[("group", outlet.group)] = config.group_label(outlet.group)
    labels[("article", ARTICLE_UNIT)] = "Article"
    return labels


def count_units(counts: Counts, article: Article, config: Config, token_segment: list[int], content: list[bool]) -> None:
    """Passages, tokens and content tokens per unit (the article unit counts every token, inside a segment or not)."""
    counts.labels.update(_labels(article, config))
    member = unit_labels(article, config)
    article_unit: Unit = ("article", ARTICLE_UNIT)
    for units in member.values():
        for unit_type, unit in units:
            counts.units[(unit_type, unit, "segments")] += 1
    counts.units[(*article_unit, "segments")] += len(article.segments)
    for unit_type, unit in counts.labels:
        counts.units[(unit_type, unit, "articles")] += 1
    for segment, is_content in zip(token_segment, content):
        for unit_type, unit in (*member.get(segment, ()), article_unit):
            counts.units[(unit_type, unit, "tokens")] += 1
            if is_content:
                counts.units[(unit_type, unit, "content_tokens")] += 1


def count_ngram(counts: Counts, units: Iterable[Unit], n: int, key: str, surface: str, position: int) -> None:
    for unit_type, unit in units:
        counts.ngrams[(unit_type, unit, n, key)] += 1
        if unit_type == "article":  # the article unit's keywords are never listed: its surface forms are not kept
            continue
        form = (unit_type, unit, key, surface)
        counts.forms[form] += 1
        if form not in counts.first_seen:
            counts.first_seen[form] = (0, position)


def count_hit(counts: Counts, units: Iterable[Unit], frame: str, weight: float) -> None:
    for unit_type, unit in units:
        counts.frame_hits[(unit_type, unit, frame)] += 1
        counts.frame_weight[(unit_type, unit, frame)] += weight
        counts.unit_weight[(unit_type, unit)] += weight


def count_frame_passage(counts: Counts, units: Iterable[Unit], frame: str) -> None:
    """One more passage of each unit in which ``frame`` has a counted hit (call once per passage and frame)."""
    for unit_type, unit in units:
        counts.frame_passages[(unit_type, unit, frame)] += 1


def count_verb(counts: Counts, outlet: str, lemma: str, stance: str, surface: str) -> None:
    counts.verbs[(outlet, lemma, stance)] += 1
    counts.verb_forms.setdefault((outlet, lemma, stance), set()).add(surface)
