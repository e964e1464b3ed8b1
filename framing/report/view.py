"""What every section of the report reads: the analysis, the config, the outlet styles, and the formatting helpers."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from markupsafe import Markup

from framing.config import Config
from framing.model import Analysis
from framing.report.styles import OutletStyle, source_name

if TYPE_CHECKING:  # the annotator reads the view's helpers; the view only holds one
    from framing.report.annotate import Annotator


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


# Groups are told apart by shade and pattern (report.css .g0 … .g7), never by an outlet's colour.
GROUP_PATTERNS = 8


# Keywords shown for an outlet none of whose n-grams repeats.
FALLBACK_KEYWORDS = 5


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


def select_rows(table: pd.DataFrame | None, **equal: object) -> pd.DataFrame:
    if table is None or len(table) == 0:
        return pd.DataFrame()
    mask = np.ones(len(table), dtype=bool)
    for column, value in equal.items():
        if column not in table.columns:
            return table.iloc[0:0]
        mask &= np.asarray(table[column].to_numpy(dtype=object) == value, dtype=bool)  # plain arrays: pandas' ops cost
    return table.iloc[np.flatnonzero(mask)]


def as_number(value: object) -> float | None:
    """``value`` as a float, None when it is not a number (NaN stays NaN)."""
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def num(value: object, digits: int = 0) -> str:
    number = as_number(value)
    if number is None:
        return str(value)
    if math.isnan(number):
        return "–"
    return f"{number:,.{digits}f}"


def pct(value: object, digits: int = 0) -> str:
    number = as_number(value)
    if number is None or math.isnan(number):
        return num(value, digits)  # the same text for what is not a number
    return f"{100 * number:.{digits}f}%"


@dataclass
class View:
    analysis: Analysis
    config: Config
    styles: dict[str, OutletStyle]
    frame_labels: dict[str, str]
    frame_refs: dict[str, str]
    thin: dict[str, bool]
    tokens: dict[str, int]
    annotator: Annotator
    _grouped: dict[tuple[str, tuple[str, ...]], dict[tuple[object, ...], pd.DataFrame]] = field(default_factory=dict)

    def rows(self, table: str, **equal: object) -> pd.DataFrame:
        """What ``select_rows(analysis.<table>, **equal)`` gives, from the table grouped once by those columns:
        the cards and the method tables ask for every unit's rows in turn."""
        frame = getattr(self.analysis, table)
        columns = tuple(equal)
        if frame is None or len(frame) == 0 or any(c not in frame.columns for c in columns):
            return select_rows(frame, **equal)
        key = (table, columns)
        if key not in self._grouped:
            self._grouped[key] = {
                (k if isinstance(k, tuple) else (k,)): part for k, part in frame.groupby(list(columns), sort=False)
            }
        return self._grouped[key].get(tuple(equal.values()), frame.iloc[0:0])

    def evidence(self, unit_type: str, unit: str) -> tuple[int, int, bool]:
        """(frame hits, passages with a hit, at or above the floor) of a unit, as the analysis decided it."""
        table = self.analysis.evidence
        if table is None:  # an Analysis made without the compare stage: no floor was applied
            return 0, 0, True
        mine = self.rows("evidence", unit_type=unit_type, unit=unit)
        if mine.empty:
            return 0, 0, unit_type == "article"  # the whole article is not compared with anything
        row = mine.iloc[0]
        return int(row["hits"]), int(row["passages"]), bool(row["enough"])


def frame_tables(config: Config, analysis: Analysis) -> tuple[dict[str, str], dict[str, str]]:
    labels = {f.id: f.label for f in config.frames}
    if analysis.frames is not None and len(analysis.frames) and "label" in analysis.frames.columns:
        for frame, label in zip(analysis.frames["frame"], analysis.frames["label"], strict=True):
            labels.setdefault(str(frame), str(label))
    refs = {frame: str(i + 1) for i, frame in enumerate(labels)}
    return labels, refs


def token_index(analysis: Analysis, unit_type: str) -> tuple[dict[str, bool], dict[str, int]]:
    rows = select_rows(analysis.token_counts, unit_type=unit_type)
    if rows.empty:
        return {}, {}
    thin = {str(u): bool(t) for u, t in zip(rows["unit"], rows["thin"], strict=True)}
    tokens = {str(u): int(t) for u, t in zip(rows["unit"], rows["tokens"], strict=True)}
    return thin, tokens


MATRIX_OUTLETS = 30  # outlets an outlet x outlet table shows (the CSV tables hold every pair)


def matrix_outlets(view: View, units: list[str]) -> tuple[list[str], int]:
    """The outlets of ``units`` an outlet x outlet table shows, in colour order: all of them, or the
    ``MATRIX_OUTLETS`` with the most words (a page of 400 x 400 cells reads as nothing and takes a minute to draw);
    and how many are left out."""
    if len(units) <= MATRIX_OUTLETS:
        return units, 0
    _thin, tokens = token_index(view.analysis, "outlet")
    order = {u: i for i, u in enumerate(units)}
    kept = set(sorted(units, key=lambda u: (-tokens.get(u, 0), order[u]))[:MATRIX_OUTLETS])
    return [u for u in units if u in kept], len(units) - MATRIX_OUTLETS


def thin_label(view: View, outlet: str) -> str:
    name = view.styles[outlet].name if outlet in view.styles else outlet
    return f"{name} †" if view.thin.get(outlet, False) else name


def outlet_name(view: View, outlet: str) -> str:
    if outlet in view.styles:
        return view.styles[outlet].name
    return source_name(view.analysis, outlet) if outlet else ""


def float_or_none(value: object) -> float | None:
    return None if value is None or pd.isna(value) else float(value)  # type: ignore[arg-type]


def listing(names: list[str], limit: int = 4) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def counted(pairs: Iterable[tuple[object, object]]) -> Markup:
    """``قال ×6, نقل ×6`` for an English sentence.

    Each word is isolated, and a left-to-right mark follows each count: without
    it the bidi algorithm treats the ", " between two numbers as right-to-left
    and swaps the items.
    """
    return Markup(", ").join(
        Markup('<bdi dir="{}">{}</bdi>&#8201;×{}&lrm;').format(direction(str(word)), word, int(count)) for word, count in pairs  # type: ignore[call-overload]
    )
