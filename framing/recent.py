"""The sources a continuation can refer back to («الصحيفة», "the newspaper", «هؤلاء الدبلوماسيين»).

Attribution keeps every attributed passage of the current section in the order it was read. A
continuation wants the most recent one of a type, or sharing a word with it, within a few paragraphs.
Scanning the list for each continuation made a long section quadratic (a 5 MB single-line article
never finished); here the latest passage of each type and of each speaker stem is indexed as it is
added, so a lookup costs the size of the question, not the length of the section.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

_A = TypeVar("_A")

SPEAKER_BODIES = frozenset({"organization", "official"})  # a speaker «الجهة» / "the ministry" can mean


class Recent(Generic[_A]):
    """Attributions in reading order, each with its paragraph (paragraphs never decrease)."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self._count = 0
        self._last: tuple[int, int, _A] | None = None  # (position, paragraph, attribution)
        self._by_type: dict[str, tuple[int, int, _A]] = {}
        self._body: tuple[int, int, _A] | None = None
        self._by_stem: dict[str, tuple[int, int, _A]] = {}

    def __len__(self) -> int:
        return self._count

    def add(self, paragraph: int, attribution: _A, *, source_type: str, body: bool, stems: Iterable[str]) -> None:
        """Remember ``attribution`` read in ``paragraph``.

        ``source_type`` is the type of its outlet ('' for none), ``body`` whether it is an organization
        or official speaking without an outlet, ``stems`` the stems of its speaker's name.
        """
        if self._last is not None and paragraph < self._last[1]:
            raise ValueError(f"paragraph {paragraph} added after paragraph {self._last[1]}")
        entry = (self._count, paragraph, attribution)
        self._count += 1
        self._last = entry
        if source_type:
            self._by_type[source_type] = entry
        if body:
            self._body = entry
        for stem in stems:
            self._by_stem[stem] = entry

    def last(self, since: int) -> _A | None:
        """The latest attribution, if read in paragraph ``since`` or later."""
        return _within(self._last, since)

    def last_of(self, types: Iterable[str], since: int, *, body: bool) -> _A | None:
        """The latest attribution whose outlet has one of ``types`` (or, with ``body``, that is an
        organization or official without an outlet), if read in paragraph ``since`` or later."""
        found = [self._by_type[t] for t in types if t in self._by_type]
        if body and self._body is not None:
            found.append(self._body)
        return _within(max(found, key=lambda entry: entry[0], default=None), since)

    def last_sharing(self, stems: Iterable[str], since: int) -> _A | None:
        """The latest attribution whose speaker shares a stem with ``stems``, if read in paragraph ``since`` or later."""
        found = [self._by_stem[s] for s in stems if s in self._by_stem]
        return _within(max(found, key=lambda entry: entry[0], default=None), since)


def _within(entry: tuple[int, int, _A] | None, since: int) -> _A | None:
    # Paragraphs never decrease: when the latest match is too old, every earlier one is too.
    return entry[2] if entry is not None and entry[1] >= since else None


@dataclass
class Context:
    """What continuations can refer back to: attributions of the current section (``attribution.Attribution``)."""

    recent: Recent[Any] = field(default_factory=Recent)  # indexed by outlet type and speaker stem
    previous: Any = None  # the sentence just before, when attributed
    named: Recent[str] = field(default_factory=Recent)  # outlets named, carrying a passage or not, by type

    def reset(self) -> None:
        self.recent.clear()
        self.previous = None
        self.named.clear()

    def name(self, paragraph: int, outlet: str, source_type: str) -> None:
        """An outlet named in the text, whether or not it carries the passage («ونفت الإمارات ما أوردته صحيفة …»)."""
        if source_type:
            self.named.add(paragraph, outlet, source_type=source_type, body=False, stems=())

    def last_named(self, types: Iterable[str], since: int) -> str:
        """The outlet of one of ``types`` named last, in paragraph ``since`` or later, else ''."""
        return self.named.last_of(types, since, body=False) or ""

    def remember(self, paragraph: int, att: Any, outlet_types: Mapping[str, str]) -> None:
        """Add an attribution; its type is its outlet's, or that of an outlet missing from the config."""
        source_type = outlet_types.get(att.outlet, "") or att.source_type  # an unlisted outlet: its type noun's
        self.recent.add(paragraph, att, source_type=source_type, stems=att.speaker_stems,
                        body=not att.outlet and att.speaker_type in SPEAKER_BODIES)
