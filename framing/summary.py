"""What a run found, in a few lines: per outlet, and what changed since the previous run.

Both are computed from the Analysis' own tables (no recounting), for the CLI's
short summary and for ``--watch``, which says what a lexicon edit changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from framing.model import Analysis


@dataclass(frozen=True)
class OutletLine:
    """One outlet of the article: its passages, words and frame hits, and its most weighted frame."""

    outlet: str
    name: str
    passages: int
    words: int
    frame_hits: int
    dominant_frame: str  # the frame's id; '' without frame hits, or when two frames tie
    dominant_share: float
    too_few: bool = False  # below the evidence floor (report.min_frame_hits, min_frame_passages): no share is claimed

    @property
    def leading(self) -> str:
        """The leading frame as the summary writes it: with its share only above the evidence floor."""
        if not self.frame_hits:
            return "-"
        if not self.dominant_frame:
            return "tie"
        return f"{self.dominant_frame} (too little evidence)" if self.too_few else f"{self.dominant_frame} ({self.dominant_share:.0%})"


def outlet_lines(analysis: Analysis) -> list[OutletLine]:
    """Outlets of the article, most passages first (then by id)."""
    counts = analysis.token_counts
    if counts is None or not len(counts):
        return []
    frames = analysis.frames
    evidence = analysis.evidence
    enough = set() if evidence is None else {str(u) for u in evidence.loc[(evidence["unit_type"] == "outlet") & evidence["enough"], "unit"]}
    lines = []
    for row in counts[counts["unit_type"] == "outlet"].itertuples(index=False):
        hits, dominant, share = 0, "", 0.0
        if frames is not None and len(frames):
            own = frames[(frames["unit_type"] == "outlet") & (frames["unit"] == row.unit)]
            hits = int(own["hits"].sum())
            if hits:
                top = own["weighted"].max()
                leaders = own[own["weighted"] == top]
                if len(leaders) == 1:
                    dominant, share = str(leaders["frame"].iloc[0]), float(leaders["share"].iloc[0])
        lines.append(OutletLine(str(row.unit), str(row.label), int(row.segments), int(row.tokens), hits, dominant, share,
                                too_few=evidence is not None and str(row.unit) not in enough))
    return sorted(lines, key=lambda line: (-line.passages, line.outlet))


def _frame_totals(analysis: Analysis) -> dict[str, int]:
    frames = analysis.frames
    if frames is None or not len(frames):
        return {}
    article = frames[frames["unit_type"] == "article"]
    return {str(r.frame): int(r.hits) for r in article.itertuples(index=False)}


def changes(before: Analysis, after: Analysis) -> list[str]:
    """What differs between two runs on the same article, one short line each ([] when nothing does)."""
    found: list[str] = []
    if before.article.text != after.article.text:
        found.append(f"article changed: {len(before.article.text):,} -> {len(after.article.text):,} characters")
    old_segments = {(s.start, s.end, s.outlet, s.speaker) for s in before.segments}
    new_segments = {(s.start, s.end, s.outlet, s.speaker) for s in after.segments}
    if old_segments != new_segments:
        found.append(f"attribution changed: {len(new_segments - old_segments)} passage(s) new or re-attributed, "
                     f"{len(old_segments - new_segments)} gone")
    old_frames, new_frames = _frame_totals(before), _frame_totals(after)
    for frame in sorted(set(old_frames) | set(new_frames)):
        a, b = old_frames.get(frame, 0), new_frames.get(frame, 0)
        if a != b:
            found.append(f"{frame}: {a} -> {b} hits")
    old_lines = {line.outlet: line for line in outlet_lines(before)}
    for line in outlet_lines(after):
        old = old_lines.get(line.outlet)
        if old is not None and old.dominant_frame != line.dominant_frame:
            found.append(f"{line.name}: leading frame {old.dominant_frame or '(none)'} -> {line.dominant_frame or '(none)'}")
    return found
