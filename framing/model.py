"""Data types shared by every stage: the article, its segments, and the analysis.

The article text is never rewritten. Every segment, keyword hit and frame hit
is a ``(start, end)`` pair of Python string indices into ``Article.text``
(end exclusive), checked where it is made.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # pandas is only needed for type hints here
    import pandas as pd

    from framing.findings import Finding
    from framing.profiles import TextProfile
    from framing.structure import Structure
    from framing.voices import Voices

SpeakerType = Literal["outlet", "official", "organization", "anonymous", "social_post", "narrator"]
Kind = Literal["direct", "indirect", "according_to", "narration"]

SPEAKER_TYPES: tuple[str, ...] = ("outlet", "official", "organization", "anonymous", "social_post", "narrator")
UNLISTED_PREFIX = "unlisted_"  # the id of an outlet the config does not list: this and its name's keys


def unlisted_name(outlet_id: str, written: Mapping[str, str] | None = None) -> str:
    """A readable name for an outlet id the config does not define: as the article writes it (``written``, from
    ``written_names``), else an unlisted outlet's words, else the id."""
    if written and written.get(outlet_id):
        return written[outlet_id]
    return outlet_id[len(UNLISTED_PREFIX):].replace("_", " ") if outlet_id.startswith(UNLISTED_PREFIX) else outlet_id


def written_names(segments: Iterable[Segment]) -> dict[str, str]:
    """Each unlisted outlet's name as the article first writes it, in its own voice ("El Khabar")."""
    names: dict[str, str] = {}
    for seg in segments:
        if seg.outlet.startswith(UNLISTED_PREFIX) and seg.speaker_type == "outlet" and seg.speaker:
            names.setdefault(seg.outlet, seg.speaker)
    return names
KINDS: tuple[str, ...] = ("direct", "indirect", "according_to", "narration")

SEGMENT_COLUMNS: tuple[str, ...] = (
    "start", "end", "outlet", "speaker", "speaker_type", "cue", "cue_lemma", "stance", "kind", "text",
)


class OffsetError(ValueError):
    """A span does not fit the article text it claims to point into."""


@dataclass(frozen=True, slots=True)
class Segment:
    """One attributed passage: ``text == article.text[start:end]``.

    ``outlet`` is a source id from the config ('' for none); ``speaker`` who
    speaks ('' for the narrator); ``cue`` the words that attribute it, and
    ``cue_start``/``cue_end`` where they stand (-1 when there is no cue);
    ``cue_lemma`` and ``stance`` the cue verb's config entry ('' when the cue
    has no verb: "according to", a post signature, a dateline).
    """

    start: int
    end: int
    text: str
    outlet: str = ""
    speaker: str = ""
    speaker_type: str = "narrator"
    cue: str = ""
    kind: str = "narration"
    cue_start: int = -1
    cue_end: int = -1
    paragraph: int = 0
    cue_lemma: str = ""
    stance: str = ""

    def row(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in SEGMENT_COLUMNS}


def make_segment(text: str, start: int, end: int, **fields: object) -> Segment:
    """Build a segment over ``text[start:end]``, refusing spans that do not fit.

    >>> make_segment("abc def", 4, 7).text
    'def'
    """
    if not (isinstance(start, int) and isinstance(end, int)):
        raise OffsetError(f"offsets must be integers, got {start!r}, {end!r}")
    if not 0 <= start < end <= len(text):
        raise OffsetError(f"span [{start}, {end}) out of bounds for text of length {len(text)}")
    speaker_type = fields.get("speaker_type", "narrator")
    kind = fields.get("kind", "narration")
    if speaker_type not in SPEAKER_TYPES:
        raise ValueError(f"unknown speaker_type {speaker_type!r}")
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    cue_start = fields.get("cue_start", -1)
    cue_end = fields.get("cue_end", -1)
    if cue_start != -1 and not (0 <= cue_start <= cue_end <= len(text)):
        raise OffsetError(f"cue span [{cue_start}, {cue_end}) out of bounds")
    return Segment(start=start, end=end, text=text[start:end], **fields)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Article:
    """The text as the user gave it (decoded), and its attributed segments.

    Segments are sorted, do not overlap, and each one's ``text`` equals its
    slice of ``text``; this is checked when the article is made.
    """

    text: str
    segments: tuple[Segment, ...] = ()
    title: str = ""
    path: str = ""
    encoding: str = "utf-8"
    lang: str = ""
    publisher: str = ""  # the outlet a wire dateline names ("LONDON (Reuters) -"): metadata, it carries no passage
    # Lines and word tokens of ``text`` (framing.structure), computed once when the article is made and kept
    # through ``with_segments``: every stage reads it instead of tokenizing again.
    structure: Structure = field(default=None, compare=False, repr=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.structure is None:
            from framing.structure import structure_of

            object.__setattr__(self, "structure", structure_of(self.text))
        elif self.structure.length != len(self.text):
            raise OffsetError(f"structure of {self.structure.length} characters given for a text of {len(self.text)}")
        previous_end = 0
        for seg in self.segments:
            if not 0 <= seg.start < seg.end <= len(self.text):
                raise OffsetError(f"segment [{seg.start}, {seg.end}) out of bounds")
            if self.text[seg.start : seg.end] != seg.text:
                raise OffsetError(f"segment [{seg.start}, {seg.end}) text does not match the article")
            if seg.start < previous_end:
                raise OffsetError(f"segment [{seg.start}, {seg.end}) overlaps the previous one")
            previous_end = seg.end

    def with_segments(self, segments: tuple[Segment, ...]) -> Article:
        return replace(self, segments=tuple(sorted(segments, key=lambda s: s.start)))

    def uncovered(self) -> list[tuple[int, int]]:
        """Spans of non-blank characters that no segment covers (empty when segments tile the text)."""
        gaps: list[tuple[int, int]] = []
        cursor = 0
        bounds = [(s.start, s.end) for s in self.segments] + [(len(self.text), len(self.text))]
        for start, end in bounds:
            gap = self.text[cursor:start]
            if gap.strip():
                left = cursor + (len(gap) - len(gap.lstrip()))
                right = cursor + len(gap.rstrip())
                gaps.append((left, right))
            cursor = max(cursor, end)
        return gaps


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the article: its span, its surface form and its matching key."""

    start: int
    end: int
    surface: str
    key: str


@dataclass(frozen=True)
class Analysis:
    """Everything one run computes, ready for rendering.

    ``article`` carries the attributed segments; the tables are pandas
    DataFrames (see the profile and compare stages for their columns).
    """

    article: Article
    sources: dict[str, dict[str, object]]
    config_path: str = ""
    config_sha256: str = ""
    keywords: pd.DataFrame | None = None
    group_keywords: pd.DataFrame | None = None
    frames: pd.DataFrame | None = None
    frame_hits: pd.DataFrame | None = None
    verbs: pd.DataFrame | None = None
    similarity: pd.DataFrame | None = None
    group_frames: pd.DataFrame | None = None
    token_counts: pd.DataFrame | None = None
    clustering: dict[str, list] = field(default_factory=dict)  # framing.compare.cluster: labels, linkage, order, excluded, floor
    frame_matrix: pd.DataFrame | None = None  # outlet x frame shares (NaN below the evidence floor)
    voice_frames: pd.DataFrame | None = None  # each outlet's frame hits in its own voice and quoted (framing.voices)
    evidence: pd.DataFrame | None = None  # hits and passages per outlet and group, and whether they reach the floor
    findings: tuple[Finding, ...] = ()  # what the summary leads with, each with its numbers (framing.findings)
    attribution_inputs: str = ""  # what attribution read of the config (to reuse it when only the lexicon changed)
    text_inputs: str = ""  # what the text counts read of the config (to reuse them when only the lexicon changed)
    text_profile: TextProfile | None = field(default=None, repr=False, compare=False)  # the text counts and tables

    @property
    def segments(self) -> tuple[Segment, ...]:
        return self.article.segments

    @cached_property
    def voices(self) -> Voices:
        """Passages and words per voice (``framing.voices``), counted once and read by the report and the CLI."""
        from framing.voices import voices

        return voices(self.article)
