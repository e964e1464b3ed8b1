"""The annotated article: escaped markup for any span of the text, with passages, cue underlines and numbered
frame hits, built by walking offsets (segments, cues and hits are all spans of ``article.text``)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from markupsafe import Markup, escape

from framing.model import Analysis, Segment
from framing.report.styles import OutletStyle, source_name
from framing.report.view import KIND_LABELS, SOURCE_TYPE_LABELS, View, direction
from framing.voices import is_narration


@dataclass(frozen=True)
class Mark:
    """A span to mark inside the text: a cue (underlined) or a frame-term hit (dotted, numbered)."""

    start: int
    end: int
    kind: str
    title: str
    ref: str = ""


class Annotator:
    """Builds escaped markup for any span of the article from segments, cues and hits (all offsets)."""

    def __init__(self, analysis: Analysis, styles: dict[str, OutletStyle], frame_refs: dict[str, str], frame_labels: dict[str, str]):
        self.text = analysis.article.text
        self.analysis = analysis
        self.styles = styles
        self.segments = [s for s in analysis.article.segments if not is_narration(s)]
        self.starts = [s.start for s in self.segments]
        marks: list[Mark] = []
        for seg in self.segments:
            if 0 <= seg.cue_start < seg.cue_end <= len(self.text):
                marks.append(Mark(seg.cue_start, seg.cue_end, "cue", f"cue: {seg.cue} ({KIND_LABELS.get(seg.kind, seg.kind)})"))
        hits = analysis.frame_hits
        if hits is not None and len(hits):
            for row in hits.itertuples(index=False):
                start, end = int(row.start), int(row.end)
                if not 0 <= start < end <= len(self.text):
                    continue
                label = frame_labels.get(str(row.frame), str(row.frame))
                weight = float(row.weight)
                extra = (f", weight {weight:g}" if weight != 1 else "") + (" — negated, not counted" if getattr(row, "negated", False) else "")
                marks.append(
                    Mark(start, end, "hit", f"frame {frame_refs.get(str(row.frame), '?')}: {label} — term: {row.term}{extra}",
                         frame_refs.get(str(row.frame), ""))
                )
        self.marks = sorted(marks, key=lambda m: (m.start, m.end, m.kind))
        self.mark_starts = [m.start for m in self.marks]
        self.longest_mark = max((m.end - m.start for m in self.marks), default=0)
        self.segment_starts = [s.start for s in self.segments]

    def segment_title(self, seg: Segment) -> str:
        parts = []
        if seg.outlet:
            info = self.analysis.sources.get(seg.outlet, {})
            kind = SOURCE_TYPE_LABELS.get(str(info.get("type", "")), str(info.get("type", "")))
            group = str(info.get("group_label", "") or "")
            described = ", ".join(p for p in (kind, group) if p)
            parts.append(f"outlet: {source_name(self.analysis, seg.outlet)}" + (f" ({described})" if described else ""))
        if seg.speaker:
            parts.append(f"speaker: {seg.speaker} ({seg.speaker_type})")
        if seg.cue:
            parts.append(f"cue: {seg.cue}")
        parts.append(f"kind: {KIND_LABELS.get(seg.kind, seg.kind)}")
        parts.append(f"paragraph {seg.paragraph + 1}, characters {seg.start}–{seg.end}")
        return " · ".join(parts)

    def tag(self, seg: Segment) -> Markup:
        """The small visible label at the start of an attributed segment."""
        style = self.styles.get(seg.outlet)
        parts = [style.name] if style else []
        if seg.speaker and (not style or seg.speaker != style.name) and seg.speaker_type != "outlet":
            parts.append(seg.speaker)
        parts.append(KIND_LABELS.get(seg.kind, seg.kind))
        label = " · ".join(parts)
        css = f"tag o-{style.id}" if style else "tag o-none"
        return Markup('<span class="{}" dir="{}">{}</span>').format(css, direction(label), label)

    def _marks_in(self, start: int, end: int) -> list[Mark]:
        """Marks overlapping ``[start, end)``, by binary search: the article is marked block by block in linear time."""
        first = bisect_left(self.mark_starts, start - self.longest_mark)
        stop = bisect_left(self.mark_starts, end)
        return [m for m in self.marks[first:stop] if m.end > start]

    def segments_in(self, start: int, end: int) -> list[Segment]:
        """Segments overlapping ``[start, end)`` (segments are sorted and do not overlap)."""
        first = max(bisect_right(self.segment_starts, start) - 1, 0)
        stop = bisect_left(self.segment_starts, end)
        return [s for s in self.segments[first:stop] if s.end > start]

    def markup(self, start: int, end: int, *, tags: bool = True, segments: bool = True) -> Markup:
        """Escaped markup of ``text[start:end]`` with segment spans, cue underlines and numbered frame hits."""
        text = self.text
        segs = self.segments_in(start, end) if segments else []
        marks = self._marks_in(start, end)
        points = {start, end}
        for s in segs:
            points.update(p for p in (s.start, s.end) if start < p < end)
        for m in marks:
            points.update(p for p in (m.start, m.end) if start < p < end)
        bounds = sorted(points)
        out: list[str] = []
        open_seg: Segment | None = None
        # one sweep: segments (sorted, not overlapping) and marks (sorted by start) are walked with the bounds, so a
        # block of thousands of passages is marked in linear time
        seg_at = mark_at = 0
        active: list[Mark] = []
        for a, b in zip(bounds, bounds[1:]):
            while seg_at < len(segs) and segs[seg_at].end <= a:
                seg_at += 1
            seg = segs[seg_at] if seg_at < len(segs) and segs[seg_at].start <= a else None
            if seg is not open_seg:
                if open_seg is not None:
                    out.append("</span>")
                if seg is not None:
                    css = f"seg o-{self.styles[seg.outlet].id}" if seg.outlet in self.styles else "seg o-none"
                    out.append(Markup('<span class="{}" title="{}">').format(css, self.segment_title(seg)))
                    if tags and seg.start == a:
                        out.append(self.tag(seg))
                open_seg = seg
            while mark_at < len(marks) and marks[mark_at].start <= a:
                active.append(marks[mark_at])
                mark_at += 1
            active = [m for m in active if m.end > a]  # in the marks' order, as they were taken
            piece = str(escape(text[a:b]))
            for m in sorted(active, key=lambda m: (m.kind != "cue", m.start)):
                css = "cue" if m.kind == "cue" else "hit"
                piece = str(Markup('<span class="{}" title="{}">').format(css, m.title)) + piece + "</span>"
            out.append(piece)
            refs = [m.ref for m in active if m.kind == "hit" and m.end == b and m.ref]
            if refs:
                out.append(Markup('<sup class="fref">{}</sup>').format(",".join(dict.fromkeys(refs))))
        if open_seg is not None:
            out.append("</span>")
        return Markup("".join(out))


def article_section(view: View) -> dict[str, object]:
    article = view.analysis.article
    text, structure = article.text, article.structure
    max_words = view.config.attribution.heading_max_words
    title = article.title.strip()
    rendered = []
    for block in structure.blocks:
        body = text[block.start : block.end]
        kind = "para"
        inside_passage = bool(view.annotator.segments_in(block.start, block.end))
        if block.index == 0 and title and body.strip() == title:
            kind = "title"
        elif not inside_passage and structure.is_heading(text, block, max_words=max_words):
            kind = "heading"
        dir_ = direction(body)
        rendered.append({"dir": dir_, "lang": "ar" if dir_ == "rtl" else "en", "kind": kind, "html": view.annotator.markup(block.start, block.end)})
    legend = [{"style": s} for s in view.styles.values()]
    frames = [{"ref": view.frame_refs[f], "label": label} for f, label in view.frame_labels.items()]
    return {"blocks": rendered, "legend": legend, "frames": frames}
