"""What a corpus run sends to its engine, batch by batch, once the cache has said what it already holds.

An article whose frame part is cached needs no work at all. Its frame part is
looked up under its frame-term matches and ``frame_part_id``: the config but
its frame terms, with the terms that match in the article. So a lexicon edit
that touches none of an article's terms (most articles, for a one-term edit)
finds its frame part as it was. An article with its text part and matches
that answer for every term of the lexicon is counted again from those matches
by a worker; with its text part alone, only its frame stage runs; else it is
read, attributed (unless cached) and counted afresh.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from framing.config import Config
from framing.corpus.cache import Cache, content_key, decode
from framing.corpus.engine import batched
from framing.corpus.sources import CorpusItem, Problem
from framing.corpus.worker import ArticleRows, FramePart, WorkItem
from framing.matcher import lexicon
from framing.term_matches import Coverage, TermMatches, frame_part_id


@dataclass
class Plan:
    """One batch: its items in order, the cached results among them, and the work sent to the engine."""

    items: list[CorpusItem | Problem]
    cached: dict[int, ArticleRows]
    texts: set[int]  # work items whose text part is cached (only their frame stage runs; the part stays there)
    work: list[WorkItem]
    positions: list[int]  # where each work item's result goes among ``items``
    keys: dict[int, Keys]  # the cache keys of every article of the batch, by position
    recounted: set[int] = field(default_factory=set)  # counted again from cached matches (text part cached too)


@dataclass(frozen=True)
class Keys:
    """An article's cache keys: its content with the part of the config each cached stage reads."""

    attribution: str
    text: str
    frames: str  # its frame part under the whole config (a run that renders each article's own report)
    matches: str

    def frame_part(self, part_id: str | None) -> str:
        """Where its frame part is kept: under its matches and ``frame_part_id`` when there is one, else under
        the whole config."""
        return f"{self.matches}:{part_id}" if part_id else self.frames


def plans(entries: Iterable[CorpusItem | Problem], cache: Cache, shas: tuple[str, str, str, str],
          batch_size: int, config: Config | None) -> Iterator[Plan]:
    """Batches of work (``config``: the run's; None when each article's own report is to be rendered, which
    depends on the whole config)."""
    coverage = None
    if config is not None:

        def lexicons(identifier: str) -> frozenset[str] | None:
            found = cache.get("lexicons", identifier)
            return found if isinstance(found, frozenset) else None

        coverage = Coverage(lexicon(config), config, lexicons)
    for batch in batched(entries, batch_size):
        plan = Plan(batch, {}, set(), [], [], {})
        for position, entry in enumerate(batch):
            if not isinstance(entry, Problem):
                content = content_key(entry)
                plan.keys[position] = Keys(*(f"{content}:{sha}" for sha in shas))
        # the batch's cache entries, a query per table (a lookup per article and table costs seconds at 10,000)
        texts = [k.text for k in plan.keys.values()]
        known_texts = set(cache.blobs("text", texts, values=False)) & set(cache.blobs("text_counts", texts, values=False))
        held = {p: k for p, k in plan.keys.items() if k.text in known_texts}
        frame_keys = {p: k.frames for p, k in held.items()}
        answered: set[str] = set()  # matches whose lexicons answer for every term of this one
        if coverage is not None and config is not None:
            checked_of = cache.blobs("checked", [k.matches for k in held.values()])
            for position, keys in held.items():
                checked = decode(checked_of.get(keys.matches))
                if _checked_pair(checked) and coverage.answers_all(checked[0]):
                    answered.add(keys.matches)
                    frame_keys[position] = keys.frame_part(frame_part_id(checked[1], config))
        frame_parts = cache.blobs("frames", list(frame_keys.values()))
        for position, key in frame_keys.items():
            frames = decode(frame_parts[key]) if key in frame_parts else None
            if isinstance(frames, FramePart):
                plan.cached[position] = ArticleRows(batch[position].id, frames=frames)
        rest = {p: k for p, k in plan.keys.items() if p not in plan.cached}
        matches_of = cache.blobs("matches", [k.matches for k in rest.values()])
        full: list[int] = []  # articles read, attributed (unless cached) and counted afresh
        for position, keys in rest.items():
            if position in held and coverage is not None and keys.matches in matches_of \
                    and (keys.matches in answered or _covers(coverage, matches_of[keys.matches])):
                plan.recounted.add(position)  # a worker counts it from its matches
            else:
                full.append(position)
        attributions = cache.blobs("attribution", [plan.keys[p].attribution for p in full])
        for position, keys in rest.items():
            entry = batch[position]
            assert isinstance(entry, CorpusItem)
            matches = matches_of.get(keys.matches)
            if position in plan.recounted:
                plan.texts.add(position)
                # its id is all the worker reads of the item: the text stays here
                plan.work.append(WorkItem(CorpusItem(entry.id, entry.source), None, True, matches, recount=True))
            else:
                attribution = attributions.get(keys.attribution)  # decoded by the worker
                known = keys.text in known_texts and attribution is not None  # the text part: read when written
                if known:
                    plan.texts.add(position)
                plan.work.append(WorkItem(entry, attribution, known, matches))
            plan.positions.append(position)
        yield plan


def _covers(coverage: Coverage, matches: bytes) -> bool:
    """Whether an article's cached matches answer for every term of the lexicon, read from the matches themselves
    (when the lexicons they were built for, kept apart, do not settle it)."""
    found = decode(matches)
    return isinstance(found, TermMatches) and coverage.covers(found)


def _checked_pair(value: object) -> bool:
    """Whether a ``checked`` entry reads as one: the lexicon ids the matches were built for, and the keys of the
    terms that match."""
    return isinstance(value, tuple) and len(value) == 2 and all(isinstance(part, tuple) for part in value)
