"""Render an ``Analysis`` as one self-contained HTML page, and that page as PDF.

The layers follow the analysis: tables (``Analysis``) -> a view of plain
values, escaped markup and charts (this module) -> the Jinja template. Nothing
here recomputes the analysis: counts, keyness, frame shares, similarities and
the clustering are read from the Analysis tables; this module only selects,
orders, formats and draws them.

The annotated article is built by walking offsets (segments, cues and frame
hits are spans of ``article.text``), escaping every piece of text with
markupsafe and adding our own tags as ``Markup``.

The page needs nothing from the network: charts are PNG data URIs and fonts
are ``@font-face`` data URIs, subset to the characters on the page.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import numpy as np
import pandas as pd
from markupsafe import Markup, escape

from framing.config import Config
from framing.model import Analysis, Segment
from framing.report import charts
from framing.report.fonts import CSS_FAMILY_STACK, font_face_css
from framing.text import blocks, looks_like_heading, tokenize

TEMPLATE = "report.html"
FONT_SLOT = "/*@framing-font-faces@*/"
# What the page shows on screen only: the PDF is rendered without it (WeasyPrint never parses it).
SCREEN_ONLY = "<!--framing:screen-only-->"
END_SCREEN_ONLY = "<!--/framing:screen-only-->"
_SCREEN_ONLY_RE = re.compile(re.escape(SCREEN_ONLY) + ".*?" + re.escape(END_SCREEN_ONLY), re.S)
SECTION_TITLES: dict[str, str] = {
    "summary": "Summary",
    "article": "The annotated article",
    "outlets": "Outlets",
    "comparison": "Comparison",
    "method": "Method",
}
KIND_LABELS: dict[str, str] = {
    "direct": "direct quote",
    "indirect": "reported speech",
    "according_to": "according to",
    "narration": "narration",
}
SOURCE_TYPE_LABELS: dict[str, str] = {
    "news_agency": "news agency",
    "newspaper": "newspaper",
    "website": "website",
    "broadcaster": "broadcaster",
    "platform": "platform",
    "organization": "organization",
    "government": "government",
    "think_tank": "think tank",
}
DISTANCING_STANCES = ("distancing",)
MARKED_STANCES = ("distancing", "warning", "endorsing", "assertive")
# Groups are told apart by shade and pattern (report.css .g0 … .g7), never by an outlet's colour.
GROUP_PATTERNS = 8
# Keywords shown for an outlet none of whose n-grams repeats.
FALLBACK_KEYWORDS = 5
_HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")  # used with fullmatch: "$" would let "\n" through


class PdfUnavailable(RuntimeError):
    """WeasyPrint (or the Pango library it needs) cannot be loaded; the message is one line."""


# ---------------------------------------------------------------- colours


@dataclass(frozen=True)
class OutletStyle:
    """How one outlet is drawn everywhere: its colour, a light tint of it, and the ink that reads on it."""

    id: str
    name: str
    colour: str
    tint: str
    ink: str
    order: int


def _hex6(colour: str) -> str:
    colour = colour.lower()
    if len(colour) == 4:
        colour = "#" + "".join(c * 2 for c in colour[1:])
    return colour


def _rgb(colour: str) -> tuple[int, int, int]:
    colour = _hex6(colour)
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _mix_with_white(colour: str, amount: float) -> str:
    r, g, b = _rgb(colour)
    return "#{:02x}{:02x}{:02x}".format(*(round(255 - (255 - c) * amount) for c in (r, g, b)))


def _ink_on(colour: str) -> str:
    r, g, b = (c / 255 for c in _rgb(colour))
    return "#000000" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.45 else "#ffffff"


def palette(config: Config) -> list[str]:
    """The config palette as ``#rrggbb``: valid hex colours only, greys last.

    Narration is drawn in neutral grey, so greys and black are handed out only
    when the coloured entries run out.
    """
    colours = [_hex6(c) for c in config.report.palette if isinstance(c, str) and _HEX_COLOUR.fullmatch(c)]
    if not colours:
        colours = [_hex6(c) for c in type(config.report)().palette]
    chromatic = [c for c in colours if len(set(_rgb(c))) > 1]
    grey = [c for c in colours if len(set(_rgb(c))) == 1]
    return list(dict.fromkeys(chromatic + grey))


def outlet_styles(analysis: Analysis, config: Config) -> dict[str, OutletStyle]:
    """One style per outlet that carries a segment, in order of first appearance in the article."""
    order = list(dict.fromkeys(s.outlet for s in analysis.article.segments if s.outlet))
    colours = palette(config)
    styles = {}
    for i, outlet in enumerate(order):
        colour = colours[i % len(colours)]
        styles[outlet] = OutletStyle(
            id=outlet,
            name=_source_name(analysis, outlet),
            colour=colour,
            tint=_mix_with_white(colour, 0.28),
            ink=_ink_on(colour),
            order=i,
        )
    return styles


def _source_name(analysis: Analysis, outlet: str) -> str:
    return str(analysis.sources.get(outlet, {}).get("name") or outlet)


# ---------------------------------------------------------------- helpers


def direction(text: str) -> str:
    """'rtl' or 'ltr' from the first strong character, as HTML's ``dir="auto"`` decides.

    Written out because WeasyPrint does not implement ``dir="auto"``.

    >>> direction("«قال» IRNA"), direction("IRNA قالت")
    ('rtl', 'ltr')
    """
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def _rows(table: pd.DataFrame | None, **equal: object) -> pd.DataFrame:
    if table is None or len(table) == 0:
        return pd.DataFrame()
    mask = np.ones(len(table), dtype=bool)
    for column, value in equal.items():
        if column not in table.columns:
            return table.iloc[0:0]
        mask &= np.asarray(table[column].to_numpy(dtype=object) == value, dtype=bool)  # plain arrays: pandas' ops cost
    return table.iloc[np.flatnonzero(mask)]


def _number(value: object) -> float | None:
    """``value`` as a float, None when it is not a number (NaN stays NaN)."""
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _num(value: object, digits: int = 0) -> str:
    number = _number(value)
    if number is None:
        return str(value)
    if math.isnan(number):
        return "–"
    return f"{number:,.{digits}f}"


def _pct(value: object, digits: int = 0) -> str:
    number = _number(value)
    if number is None or math.isnan(number):
        return _num(value, digits)  # the same text for what is not a number
    return f"{100 * number:.{digits}f}%"


def _words(text: str, start: int, end: int) -> int:
    return len(tokenize(text, start, end))


def _is_narration(seg: Segment) -> bool:
    return not seg.outlet and seg.speaker_type == "narrator"


# ---------------------------------------------------------- the annotation


@dataclass(frozen=True)
class Mark:
    """A span to mark inside the text: a cue (underlined) or a frame-term hit (dotted, numbered)."""

    start: int
    end: int
    kind: str
    title: str
    ref: str = ""


class _Annotator:
    """Builds escaped markup for any span of the article from segments, cues and hits (all offsets)."""

    def __init__(self, analysis: Analysis, styles: dict[str, OutletStyle], frame_refs: dict[str, str], frame_labels: dict[str, str]):
        self.text = analysis.article.text
        self.analysis = analysis
        self.styles = styles
        self.segments = [s for s in analysis.article.segments if not _is_narration(s)]
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
            parts.append(f"outlet: {_source_name(self.analysis, seg.outlet)}" + (f" ({described})" if described else ""))
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
        css = f"tag o-{seg.outlet}" if style else "tag o-none"
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
        for a, b in zip(bounds, bounds[1:]):
            seg = next((s for s in segs if s.start <= a < s.end), None)
            if seg is not open_seg:
                if open_seg is not None:
                    out.append("</span>")
                if seg is not None:
                    css = f"seg o-{seg.outlet}" if seg.outlet in self.styles else "seg o-none"
                    out.append(Markup('<span class="{}" title="{}">').format(css, self.segment_title(seg)))
                    if tags and seg.start == a:
                        out.append(self.tag(seg))
                open_seg = seg
            active = [m for m in marks if m.start <= a < m.end]
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


# ----------------------------------------------------------------- the view


@dataclass
class _View:
    analysis: Analysis
    config: Config
    styles: dict[str, OutletStyle]
    frame_labels: dict[str, str]
    frame_refs: dict[str, str]
    thin: dict[str, bool]
    tokens: dict[str, int]
    annotator: _Annotator


def _frame_tables(config: Config, analysis: Analysis) -> tuple[dict[str, str], dict[str, str]]:
    labels = {f.id: f.label for f in config.frames}
    if analysis.frames is not None and len(analysis.frames) and "label" in analysis.frames.columns:
        for frame, label in zip(analysis.frames["frame"], analysis.frames["label"], strict=True):
            labels.setdefault(str(frame), str(label))
    refs = {frame: str(i + 1) for i, frame in enumerate(labels)}
    return labels, refs


def _token_index(analysis: Analysis, unit_type: str) -> tuple[dict[str, bool], dict[str, int]]:
    rows = _rows(analysis.token_counts, unit_type=unit_type)
    if rows.empty:
        return {}, {}
    thin = {str(u): bool(t) for u, t in zip(rows["unit"], rows["thin"], strict=True)}
    tokens = {str(u): int(t) for u, t in zip(rows["unit"], rows["tokens"], strict=True)}
    return thin, tokens


def _summary(view: _View) -> dict[str, object]:
    analysis, text = view.analysis, view.analysis.article.text
    segments = analysis.article.segments
    words_total = _words(text, 0, len(text))
    outlet_words: Counter[str] = Counter()
    outlet_segments: Counter[str] = Counter()
    speaker_words: Counter[tuple[str, str]] = Counter()
    speaker_segments: Counter[tuple[str, str]] = Counter()
    speaker_outlets: dict[tuple[str, str], list[str]] = {}
    narration = unsourced = 0
    for seg in segments:
        n = _words(text, seg.start, seg.end)
        if seg.outlet:
            outlet_words[seg.outlet] += n
            outlet_segments[seg.outlet] += 1
        elif _is_narration(seg):
            narration += n
        else:
            unsourced += n
        if seg.speaker and seg.speaker_type not in ("narrator", "outlet"):
            key = (seg.speaker, seg.speaker_type)
            speaker_words[key] += n
            speaker_segments[key] += 1
            outlets = speaker_outlets.setdefault(key, [])
            if seg.outlet and seg.outlet not in outlets:
                outlets.append(seg.outlet)
    uncovered = sum(_words(text, a, b) for a, b in analysis.article.uncovered())
    narration += uncovered

    sources = []
    for outlet, style in view.styles.items():
        info = analysis.sources.get(outlet, {})
        sources.append(
            {
                "id": outlet,
                "name": style.name,
                "type": SOURCE_TYPE_LABELS.get(str(info.get("type", "")), str(info.get("type", ""))),
                "group": str(info.get("group_label", "") or "—"),
                "segments": outlet_segments[outlet],
                "words": outlet_words[outlet],
                "share": outlet_words[outlet] / words_total if words_total else 0.0,
                "thin": view.thin.get(outlet, False),
            }
        )

    speakers = [
        {
            "name": name,
            "type": kind,
            "dir": direction(name),
            "outlets": [view.styles[o] for o in speaker_outlets[(name, kind)] if o in view.styles],
            "segments": speaker_segments[(name, kind)],
            "words": words,
            "share": words / words_total if words_total else 0.0,
        }
        for (name, kind), words in sorted(speaker_words.items(), key=lambda kv: (-kv[1], kv[0]))
    ]

    bars = [charts.Bar(view.styles[o].name, outlet_words[o], view.styles[o].colour) for o in view.styles]
    bars.sort(key=lambda b: -b.value)
    if unsourced:
        bars.append(charts.Bar("Quoted, no outlet", unsourced, charts.UNSOURCED_COLOUR, "////"))
    bars.append(charts.Bar("Narration", narration, charts.NARRATION_COLOUR))
    words_chart = charts.bar_chart(bars, title="Words carried by each source", unit="words")
    word_rows = [{"label": b.label, "words": int(b.value), "share": b.value / words_total if words_total else 0.0} for b in bars]
    return {
        "title": analysis.article.title or "(untitled article)",
        "title_dir": direction(analysis.article.title),
        "chars": len(text),
        "words": words_total,
        "segments": len(segments),
        "attributed": sum(1 for s in segments if not _is_narration(s)),
        "sources": sources,
        "speakers": speakers,
        "words_chart": words_chart,
        "word_rows": word_rows,
        "findings": _findings(view),
    }


def _pick(rows: pd.DataFrame, column: str, *, largest: bool, tokens: dict[str, int]) -> pd.Series:
    """The row with the largest (or smallest) ``column``; ties go to the unit with more tokens, then by id."""
    ordered = rows.assign(_tokens=[-tokens.get(str(u), 0) for u in rows["unit"]])
    ordered = ordered.sort_values([column, "_tokens", "unit"], ascending=[not largest, True, True], kind="mergesort")
    return ordered.iloc[0]


def _findings(view: _View) -> list[dict[str, object]]:
    """The three differences the summary leads with, each written from the tables with its numbers."""
    return [_frame_gap_finding(view), _keyword_finding(view), _verb_finding(view)]


def _frame_gap_finding(view: _View) -> dict[str, object]:
    """The frame whose share differs most between two outlets with enough text (groups when outlets are too thin)."""
    min_tokens = view.config.keywords.min_tokens
    unit_kind = "outlet"
    names = {u: s.name for u, s in view.styles.items()}
    tokens = view.tokens
    rows = _rows(view.analysis.frames, unit_type="outlet")
    if not rows.empty:
        rows = rows[rows["unit"].isin([u for u in view.styles if not view.thin.get(u, True)])]
    if rows.empty or rows["unit"].nunique() < 2:
        unit_kind = "group"
        thin_groups, tokens = _token_index(view.analysis, "group")
        names = {g: view.config.group_label(g) for g in thin_groups}
        rows = _rows(view.analysis.frames, unit_type="group")
        if not rows.empty:
            rows = rows[rows["unit"].isin([g for g, thin in thin_groups.items() if not thin])]
    if rows.empty or rows["unit"].nunique() < 2:
        return {
            "title": "Frame gap",
            "text": Markup("Too little text to compare frames: fewer than two outlets or groups reach {} tokens.").format(min_tokens),
        }
    best: tuple[float, str] | None = None
    for frame, part in rows.groupby("frame", sort=False):
        gap = float(part["share"].max() - part["share"].min())
        if best is None or gap > best[0] + 1e-12:
            best = (gap, str(frame))
    assert best is not None
    part = rows[rows["frame"] == best[1]]
    high = _pick(part, "share", largest=True, tokens=tokens)
    low = _pick(part[part["unit"] != high["unit"]], "share", largest=False, tokens=tokens)
    by_passage = view.config.matching.frame_unit == "passage"
    count, what, digits = ("passages", "passage × frame presences", 0) if by_passage else ("weighted", "weighted frame hits", 1)
    total = {str(u): float(g[count].sum()) for u, g in rows.groupby("unit")}

    def side(row: pd.Series) -> Markup:
        unit = str(row["unit"])
        return Markup("<b>{}</b> gives it <b>{}</b> of its {} ({} of {}; {} tokens)").format(
            names.get(unit, unit), _pct(row["share"]), what, _num(row[count], digits), _num(total.get(unit, 0), digits),
            _num(tokens.get(unit, 0)),
        )

    text = Markup("Largest frame gap between two {}s with at least {} tokens: <b>{}</b>. {}; {}: a gap of <b>{}</b> percentage points.").format(
        unit_kind, min_tokens, view.frame_labels.get(best[1], best[1]), side(high), side(low), _num(100 * best[0])
    )
    return {"title": "Frame gap", "text": text}


def _keyword_finding(view: _View) -> dict[str, object]:
    rows = _rows(view.analysis.keywords, unit_type="outlet")
    if rows.empty:
        return {"title": "Keywords", "text": Markup("No keyword table in this analysis.")}
    rows = rows[rows["unit"].isin(list(view.styles))]
    distinctive = rows[rows["distinctive"].astype(bool)]
    repeated = rows[rows["count"] >= view.config.keywords.min_count]
    pool = distinctive if not distinctive.empty else (repeated if not repeated.empty else rows)
    if pool.empty:
        return {"title": "Keywords", "text": Markup("No outlet has a keyword.")}
    solid = pool[[not view.thin.get(str(u), True) for u in pool["unit"]]]
    pool = solid if not solid.empty else pool
    top = pool.sort_values(["z", "count", "unit", "key"], ascending=[False, False, True, True], kind="mergesort").iloc[0]
    unit = str(top["unit"])
    name = view.styles[unit].name if unit in view.styles else unit
    caveat = Markup("") if bool(top["distinctive"]) else Markup(
        " No keyword is distinctive (z ≥ {} and at least {} occurrences); this is the strongest one."
    ).format(view.config.keywords.z_threshold, view.config.keywords.min_count)
    thin = Markup(" (thin evidence)") if view.thin.get(unit, False) else Markup("")
    text = Markup(
        "Most distinctive keyword: <bdi class=\"term\" dir=\"{}\">{}</bdi> for <b>{}</b>{}: z = <b>{}</b>, log-odds = {}; "
        "{} of its {} content terms, against {} of the {} in the rest of the article.{}"
    ).format(
        direction(str(top["term"])), top["term"], name, thin, _num(top["z"], 2), _num(top["log_odds"], 2),
        _num(top["count"]), _num(top["tokens"]), _num(top["count_rest"]), _num(top["tokens_rest"]), caveat,
    )
    return {"title": "Distinctive keyword", "text": text}


def _verb_finding(view: _View) -> dict[str, object]:
    verbs = view.analysis.verbs
    if verbs is None or len(verbs) == 0:
        return {"title": "Attribution verbs", "text": Markup("No cue verb introduces an outlet.")}
    verbs = verbs[verbs["outlet"].isin(list(view.styles))]
    marked = verbs[verbs["stance"].isin(MARKED_STANCES)]
    total = int(verbs["count"].sum())
    if not marked.empty:
        parts = []
        for stance in MARKED_STANCES:
            part = marked[marked["stance"] == stance]
            for outlet, rows in part.groupby("outlet", sort=True):
                verbs_used = _counted(zip(rows["lemma"], rows["count"], strict=True))
                parts.append(Markup("<b>{}</b> with {} verbs ({})").format(view.styles[str(outlet)].name, stance, verbs_used))
        text = Markup("Of {} cue verbs that introduce outlets, {} are not neutral: {}.").format(
            total, int(marked["count"].sum()), Markup("; ").join(parts)
        )
        return {"title": "Attribution verbs", "text": text}
    common = verbs.groupby("lemma")["count"].sum().sort_values(ascending=False, kind="mergesort")
    listed = _counted(common.head(5).items())
    distancing = [v.lemma for cues in view.config.attribution.languages.values() for v in cues.verbs if v.stance in DISTANCING_STANCES]
    shown = Markup(", ").join(Markup('<bdi dir="{}">{}</bdi>').format(direction(v), v) for v in distancing[:6])
    text = Markup(
        "All {} cue verbs that introduce outlets are neutral ({}); no outlet is introduced with a distancing verb ({}) "
        "or an assertive, endorsing or warning one."
    ).format(total, listed, shown if distancing else "none configured")
    return {"title": "Attribution verbs", "text": text}


def _counted(pairs: Iterable[tuple[object, object]]) -> Markup:
    """``قال ×6, نقل ×6`` for an English sentence.

    Each word is isolated, and a left-to-right mark follows each count: without
    it the bidi algorithm treats the ", " between two numbers as right-to-left
    and swaps the items.
    """
    return Markup(", ").join(
        Markup('<bdi dir="{}">{}</bdi>&#8201;×{}&lrm;').format(direction(str(word)), word, int(count)) for word, count in pairs  # type: ignore[call-overload]
    )


def _article(view: _View) -> dict[str, object]:
    text = view.analysis.article.text
    max_words = view.config.attribution.heading_max_words
    title = view.analysis.article.title.strip()
    rendered = []
    for block in blocks(text):
        body = text[block.start : block.end]
        kind = "para"
        inside_passage = bool(view.annotator.segments_in(block.start, block.end))
        if block.index == 0 and title and body.strip() == title:
            kind = "title"
        elif not inside_passage and looks_like_heading(body, max_words=max_words):
            kind = "heading"
        dir_ = direction(body)
        rendered.append({"dir": dir_, "lang": "ar" if dir_ == "rtl" else "en", "kind": kind, "html": view.annotator.markup(block.start, block.end)})
    legend = [{"style": s} for s in view.styles.values()]
    frames = [{"ref": view.frame_refs[f], "label": label} for f, label in view.frame_labels.items()]
    return {"blocks": rendered, "legend": legend, "frames": frames}


def _cards(view: _View) -> list[dict[str, object]]:
    analysis, text = view.analysis, view.analysis.article.text
    width = view.config.report.kwic_width
    top_n = view.config.keywords.top_n
    min_tokens = view.config.keywords.min_tokens
    min_count = view.config.keywords.min_count
    line_starts = [b.start for b in blocks(text)]
    cards = []
    for outlet, style in view.styles.items():
        info = analysis.sources.get(outlet, {})
        passages = []
        for seg in (s for s in analysis.article.segments if s.outlet == outlet):
            i = bisect_right(line_starts, seg.start) - 1
            line_start = line_starts[i] if i >= 0 else 0
            left = max(line_start, seg.start - width)
            passages.append(
                {
                    "dir": direction(text[seg.start : seg.end]),
                    "left": view.annotator.markup(left, seg.start, tags=False, segments=False) if left < seg.start else Markup(""),
                    "cut": left > line_start,
                    "html": view.annotator.markup(seg.start, seg.end, tags=False),
                    "speaker": seg.speaker,
                    "speaker_dir": direction(seg.speaker),
                    "speaker_type": seg.speaker_type,
                    "cue": seg.cue,
                    "kind": KIND_LABELS.get(seg.kind, seg.kind),
                    "paragraph": seg.paragraph + 1,
                    "words": _words(text, seg.start, seg.end),
                }
            )
        keywords = _rows(analysis.keywords, unit_type="outlet", unit=outlet)
        keywords_note = ""
        if not keywords.empty:
            keywords = keywords.sort_values("rank", kind="mergesort")
            repeated = keywords[keywords["count"] >= min_count]
            if repeated.empty:
                keywords_note = f"No n-gram occurs {min_count} times in these passages; the {FALLBACK_KEYWORDS} strongest single occurrences are shown."
                keywords = keywords.head(FALLBACK_KEYWORDS)
            else:
                keywords = repeated.head(top_n)
        keyword_rows = [
            {
                "term": str(r["term"]),
                "dir": direction(str(r["term"])),
                "z": r["z"],
                "log_odds": r["log_odds"],
                "count": r["count"],
                "tokens": r["tokens"],
                "count_rest": r["count_rest"],
                "tokens_rest": r["tokens_rest"],
                "tfidf": r["tfidf"],
                "distinctive": bool(r["distinctive"]),
            }
            for r in keywords.to_dict("records")
        ]
        keyword_dir = direction("".join(r["term"] for r in keyword_rows)) if keyword_rows else "ltr"
        frames = _rows(analysis.frames, unit_type="outlet", unit=outlet)
        frame_rows = [
            {
                "ref": view.frame_refs.get(str(r["frame"]), ""),
                "label": view.frame_labels.get(str(r["frame"]), str(r["label"])),
                "hits": r["hits"],
                "weighted": r["weighted"],
                "rate": r["rate_per_1000"],
                "share": float(r["share"]) if not pd.isna(r["share"]) else 0.0,
            }
            for r in frames.to_dict("records")
        ]
        verbs = _rows(analysis.verbs, outlet=outlet)
        verb_rows = [
            {"lemma": str(r["lemma"]), "stance": str(r["stance"]), "count": r["count"], "forms": str(r["forms"])}
            for r in verbs.sort_values(["count", "lemma"], ascending=[False, True], kind="mergesort").to_dict("records")
        ] if not verbs.empty else []
        cards.append(
            {
                "style": style,
                "type": SOURCE_TYPE_LABELS.get(str(info.get("type", "")), str(info.get("type", ""))),
                "group": str(info.get("group_label", "") or ""),
                "country": str(info.get("country", "") or ""),
                "tokens": view.tokens.get(outlet),
                "thin": view.thin.get(outlet, False),
                "min_tokens": min_tokens,
                "passages": passages,
                "keywords": keyword_rows,
                "keyword_dir": keyword_dir,
                "keywords_note": keywords_note,
                "min_count": min_count,
                "frames": [f for f in frame_rows if f["hits"]],
                "frames_without_hits": [f["label"] for f in frame_rows if not f["hits"]],
                "frame_hits": sum(int(r["hits"]) for r in frame_rows),
                "verbs": verb_rows,
            }
        )
    return cards


def _comparison(view: _View) -> dict[str, object]:
    analysis = view.analysis
    outlets = list(view.styles)
    result: dict[str, object] = {}

    matrix = analysis.extras.get("frame_matrix")
    if not isinstance(matrix, pd.DataFrame):
        rows = _rows(analysis.frames, unit_type="outlet")
        matrix = rows.pivot(index="unit", columns="frame", values="share") if not rows.empty else None
    if isinstance(matrix, pd.DataFrame) and len(matrix):
        present = [o for o in outlets if o in matrix.index]
        frames = [f for f in view.frame_labels if f in matrix.columns]
        values = matrix.reindex(index=present, columns=frames).to_numpy(dtype=float)
        result["frame_heatmap"] = charts.shaded_table(
            values,
            rows=[(_thin_label(view, o), view.styles[o].colour) for o in present],
            columns=[view.frame_labels[f] for f in frames],
            vmax=1.0,
        )

    similarity = analysis.similarity
    if similarity is not None and len(similarity):
        units = [o for o in outlets if o in set(similarity["unit_a"]) | set(similarity["unit_b"])]
        index = {u: i for i, u in enumerate(units)}
        jsd = np.full((len(units), len(units)), np.nan)
        np.fill_diagonal(jsd, 0.0)
        for row in similarity.itertuples(index=False):
            a, b = str(row.unit_a), str(row.unit_b)
            if a in index and b in index:
                jsd[index[a], index[b]] = jsd[index[b], index[a]] = float(row.jsd_frames)
        if len(units) >= 2:
            result["similarity_heatmap"] = charts.shaded_table(
                jsd,
                rows=[(_thin_label(view, u), view.styles[u].colour) for u in units],
                columns=[view.styles[u].name for u in units],
                fmt="{:.2f}",
                cmap=charts.SIMILARITY_CMAP,
                vmax=1.0,
            )

    clustering = analysis.extras.get("clustering")
    if isinstance(clustering, dict) and len(clustering.get("linkage") or []) >= 1:
        labels = [str(x) for x in clustering.get("labels", [])]
        result["dendrogram"] = charts.dendrogram_svg(
            clustering["linkage"],
            labels=[_thin_label(view, u) for u in labels],
            colours=[view.styles[u].colour if u in view.styles else charts.NARRATION_COLOUR for u in labels],
            title="Outlets clustered by their frame profiles (average linkage on JSD)",
            xlabel="Jensen–Shannon divergence at which clusters merge",
        )
        excluded = [view.styles[u].name if u in view.styles else u for u in clustering.get("excluded", [])]
        result["excluded"] = excluded

    result.update(_group_comparison(view))
    return result


def _thin_label(view: _View, outlet: str) -> str:
    name = view.styles[outlet].name if outlet in view.styles else outlet
    return f"{name} †" if view.thin.get(outlet, False) else name


def _group_comparison(view: _View) -> dict[str, object]:
    analysis = view.analysis
    result: dict[str, object] = {}
    thin_groups, group_tokens = _token_index(analysis, "group")
    group_frames = analysis.group_frames
    if group_frames is not None and len(group_frames):
        groups = sorted(set(map(str, group_frames["group"])), key=lambda g: (-group_tokens.get(g, 0), g))
        solid = [g for g in groups if not thin_groups.get(g, False)]
        shown = solid if len(solid) >= 2 else groups
        frames = [f for f in view.frame_labels if f in set(group_frames["frame"])]
        series = []
        for i, group in enumerate(shown):
            part = group_frames[group_frames["group"] == group].set_index("frame")
            values = [float(part["share"].get(f, 0.0)) if f in part.index else 0.0 for f in frames]
            series.append({"label": view.config.group_label(group), "tokens": group_tokens.get(group, 0),
                           "css": f"g{i % GROUP_PATTERNS}", "values": values})
        if series:
            # Drawn as an HTML table of bars: crisp, selectable, and nothing to redraw with matplotlib.
            peak = max((v for s in series for v in s["values"]), default=0.0) or 1.0
            result["group_bars"] = {
                "series": series,
                "rows": [
                    {"label": view.frame_labels[f],
                     "bars": [{"css": s["css"], "width": 100 * s["values"][k] / peak, "text": _pct(s["values"][k])} for s in series]}
                    for k, f in enumerate(frames)
                ],
            }
        result["groups_left_out"] = [view.config.group_label(g) for g in groups if g not in shown]

    group_keywords = analysis.group_keywords
    if group_keywords is not None and len(group_keywords):
        groups = sorted(set(map(str, group_keywords["unit"])), key=lambda g: (-group_tokens.get(g, 0), g))
        depth = min(8, view.config.keywords.top_n)
        columns = []
        for group in groups:
            part = group_keywords[group_keywords["unit"] == group].sort_values("rank", kind="mergesort").head(depth)
            columns.append(
                {
                    "label": view.config.group_label(group),
                    "tokens": group_tokens.get(group, 0),
                    "thin": thin_groups.get(group, False),
                    "terms": [
                        {"term": str(r["term"]), "dir": direction(str(r["term"])), "z": r["z"], "count": r["count"],
                         "distinctive": bool(r["distinctive"])}
                        for _, r in part.iterrows()
                    ],
                }
            )
        result["group_keywords"] = columns
        result["group_keyword_depth"] = depth
    return result


def _method(view: _View) -> dict[str, object]:
    analysis, config = view.analysis, view.config
    hit_counts: Counter[tuple[str, str]] = Counter()
    hits = analysis.frame_hits
    if hits is not None and len(hits):
        counted = hits[~hits["negated"].astype(bool)] if "negated" in hits.columns else hits
        hit_counts.update(zip(map(str, counted["frame"]), map(str, counted["term"]), strict=True))
    lexicon = []
    for frame in config.frames:
        terms: dict[str, list[dict[str, object]]] = {"ar": [], "en": []}
        for lang, term in frame.all_terms():
            terms.setdefault(lang, []).append({"label": term.label, "weight": term.weight, "hits": hit_counts.get((frame.id, term.label), 0)})
        lexicon.append({"ref": view.frame_refs.get(frame.id, ""), "id": frame.id, "label": frame.label, "description": frame.description, "terms": terms})

    token_rows = []
    if analysis.token_counts is not None and len(analysis.token_counts):
        for _, r in analysis.token_counts.iterrows():
            token_rows.append({k: r[k] for k in ("unit_type", "unit", "label", "segments", "tokens", "content_tokens", "thin")})

    frame_rows = _frame_count_rows(view)

    similarity = _similarity_matrix(view)

    verb_rows = []
    if analysis.verbs is not None and len(analysis.verbs):
        for r in analysis.verbs.itertuples(index=False):
            verb_rows.append({"outlet": _outlet_name(view, str(r.outlet)), "lemma": str(r.lemma), "stance": str(r.stance),
                              "count": r.count, "forms": str(r.forms)})

    linkage_rows = _merge_steps(view)
    return {
        "lexicon": lexicon,
        "keywords": config.keywords,
        "token_rows": token_rows,
        "frame_rows": frame_rows,
        "similarity": similarity,
        "hits_total": 0 if hits is None else len(hits),
        "verb_rows": verb_rows,
        "linkage_rows": linkage_rows,
        "config_path": analysis.config_path or "(not recorded)",
        "config_sha256": analysis.config_sha256 or "(not recorded)",
    }


def _similarity_matrix(view: _View) -> dict[str, object]:
    """Outlets numbered in colour order, with the cosine similarity of each pair's keyword vectors (JSD is in the chart)."""
    table = view.analysis.similarity
    if table is None or len(table) == 0:
        return {"outlets": [], "rows": []}
    present = set(map(str, table["unit_a"])) | set(map(str, table["unit_b"]))
    outlets = [o for o in view.styles if o in present]
    cosine = {}
    for r in table.itertuples(index=False):
        cosine[(str(r.unit_a), str(r.unit_b))] = cosine[(str(r.unit_b), str(r.unit_a))] = r.cosine_keywords
    rows = [
        {"number": i + 1, "style": view.styles[a], "label": _thin_label(view, a),
         "cells": [None if a == b else cosine.get((a, b), float("nan")) for b in outlets]}
        for i, a in enumerate(outlets)
    ]
    return {"outlets": outlets, "rows": rows}


def _merge_steps(view: _View) -> list[dict[str, object]]:
    """The linkage rows in words: which outlets each step joins, and at what divergence."""
    clustering = view.analysis.extras.get("clustering")
    if not isinstance(clustering, dict):
        return []
    members: list[list[str]] = [[_outlet_name(view, str(u))] for u in clustering.get("labels", [])]
    steps = []
    for i, (a, b, distance, size) in enumerate(clustering.get("linkage") or []):
        left, right = members[int(a)], members[int(b)]
        members.append(left + right)
        steps.append({"step": i + 1, "a": _listing(left), "b": _listing(right), "distance": distance, "size": int(size)})
    return steps


def _listing(names: list[str], limit: int = 4) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def _frame_count_rows(view: _View) -> list[dict[str, object]]:
    """One row per unit (outlets, then groups by size, then the article): hits and share of every frame."""
    frames = view.analysis.frames
    if frames is None or len(frames) == 0:
        return []
    group_thin, group_tokens = _token_index(view.analysis, "group")
    _, article_tokens = _token_index(view.analysis, "article")
    units: list[tuple[str, str, str, int | None]] = [
        ("outlet", o, _thin_label(view, o), view.tokens.get(o)) for o in view.styles
    ]
    groups = sorted({str(u) for u in _rows(frames, unit_type="group").get("unit", [])}, key=lambda g: (-group_tokens.get(g, 0), g))
    units += [("group", g, view.config.group_label(g) + (" †" if group_thin.get(g) else ""), group_tokens.get(g)) for g in groups]
    units += [("article", str(u), "Whole article", article_tokens.get(str(u))) for u in sorted(set(_rows(frames, unit_type="article").get("unit", [])))]
    rows = []
    for unit_type, unit, label, tokens in units:
        part = frames[(frames["unit_type"] == unit_type) & (frames["unit"] == unit)].set_index("frame")
        cells: list[dict[str, object] | None] = []
        for frame in view.frame_labels:
            if frame not in part.index:
                cells.append(None)
                continue
            hits, weighted = int(part.at[frame, "hits"]), float(part.at[frame, "weighted"])
            cells.append({"hits": hits, "weighted": weighted, "share": float(part.at[frame, "share"]), "weighted_differs": abs(weighted - hits) > 1e-9})
        rows.append(
            {
                "kind": unit_type,
                "label": label,
                "style": view.styles.get(unit) if unit_type == "outlet" else None,
                "tokens": tokens,
                "hits": int(part["hits"].sum()),
                "cells": cells,
            }
        )
    return rows


def _outlet_name(view: _View, outlet: str) -> str:
    if outlet in view.styles:
        return view.styles[outlet].name
    return _source_name(view.analysis, outlet) if outlet else ""


def _outlet_css(styles: Iterable[OutletStyle]) -> Markup:
    rules = [
        f".o-{s.id}{{--c:{s.colour};--t:{s.tint};--i:{s.ink}}}"
        for s in styles
        if re.fullmatch(r"[a-z][a-z0-9_]*", s.id) and _HEX_COLOUR.fullmatch(s.colour)
    ]
    return Markup("\n".join(rules))


# ------------------------------------------------------------ entry points


@cache
def _environment():  # type: ignore[no-untyped-def]
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(
        loader=PackageLoader("framing.report", "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["num"] = _num
    env.filters["pct"] = _pct
    env.filters["dir"] = direction
    return env


def render_html(analysis: Analysis, config: Config) -> str:
    """The report as one self-contained HTML page (fonts and charts inline, nothing fetched).

    Pure: reads the Analysis tables, writes no file, prints nothing; the same
    analysis and config give the same string.
    """
    styles = outlet_styles(analysis, config)
    frame_labels, frame_refs = _frame_tables(config, analysis)
    thin, tokens = _token_index(analysis, "outlet")
    view = _View(
        analysis=analysis,
        config=config,
        styles=styles,
        frame_labels=frame_labels,
        frame_refs=frame_refs,
        thin=thin,
        tokens=tokens,
        annotator=_Annotator(analysis, styles, frame_refs, frame_labels),
    )
    page = _environment().get_template(TEMPLATE).render(
        sections=SECTION_TITLES,
        screen_only=Markup(SCREEN_ONLY),
        end_screen_only=Markup(END_SCREEN_ONLY),
        font_faces=Markup(FONT_SLOT),
        font_stack=Markup(CSS_FAMILY_STACK),
        outlet_css=_outlet_css(styles.values()),
        unsourced_colour=charts.UNSOURCED_COLOUR,
        summary=_summary(view),
        article=_article(view),
        cards=_cards(view),
        comparison=_comparison(view),
        method=_method(view),
        config=config,
    )
    # The fonts are subset to exactly the characters on the page, so they go in last.
    # The slot sits in <head> before any article text, hence count=1.
    return page.replace(FONT_SLOT, font_face_css("".join(sorted(set(page)))), 1)


def print_version(html: str) -> str:
    """The page as the PDF lays it out: without its screen-only parts (the cards' passage lists, the count tables).

    The passages are in the annotated article already; repeating them in the
    outlet cards was most of WeasyPrint's layout time.
    """
    return _SCREEN_ONLY_RE.sub("", html)


def render_pdf(html: str) -> bytes:
    """The page as PDF bytes, through WeasyPrint; only ``data:`` URLs are fetched.

    The screen-only parts of the page are left out (``print_version``).
    Raises ``PdfUnavailable`` when WeasyPrint or its Pango library cannot load.
    """
    try:
        from weasyprint import HTML
        from weasyprint.urls import URLFetcher
    except (ImportError, OSError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise PdfUnavailable(f"PDF output needs WeasyPrint and the Pango library ({reason})") from None
    fetcher = URLFetcher(allowed_protocols={"data"})
    document = HTML(string=print_version(html), url_fetcher=fetcher, media_type="print")
    # The file identifier comes from the page, so the same page gives the same bytes.
    identifier = hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii")
    return document.write_pdf(pdf_identifier=identifier)
