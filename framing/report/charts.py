"""The report's charts, drawn from tables the analysis already computed.

Every function takes plain labels, numbers and colours and returns a ``Chart``
(PNG bytes and its size). Plotting runs on a private ``Figure`` inside
``matplotlib.rc_context``, so no pyplot state and no rcParams leak out, and the
PNG carries no software or date stamp: the same input gives the same bytes.
Arabic labels are passed as they are; matplotlib (>= 3.11) shapes and orders
them itself.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import io
import json
import math
import pickle
import textwrap
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

from framing.report import cache as disk_cache
from framing.report.fonts import MPL_FAMILY_STACK, matplotlib_home, register_matplotlib_fonts

DPI = 150
CSS_PX_PER_INCH = 96
TEXT_COLOUR = "#222222"
GRID_COLOUR = "#DDDDDD"
# Colours that never name an outlet: narration and speakers quoted with no outlet.
NARRATION_COLOUR = "#BBBBBB"
UNSOURCED_COLOUR = "#E4E4E4"
SHARES_CMAP = "Blues"
SIMILARITY_CMAP = "Purples_r"

_RC: dict[str, object] = {
    "font.size": 8.5,
    "axes.titlesize": 9.5,
    "axes.labelsize": 8.5,
    "axes.edgecolor": "#888888",
    "axes.labelcolor": TEXT_COLOUR,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "xtick.color": TEXT_COLOUR,
    "ytick.color": TEXT_COLOUR,
    "text.color": TEXT_COLOUR,
    "legend.frameon": False,
    "legend.fontsize": 8,
    "hatch.linewidth": 0.6,
    "hatch.color": "#555555",
    "svg.hashsalt": "framing",
    "savefig.dpi": DPI,
    "figure.dpi": DPI,
}


@dataclass(frozen=True)
class Chart:
    """A rendered chart: PNG bytes, size in inches and a text alternative."""

    png: bytes
    width_in: float
    height_in: float
    alt: str

    @property
    def data_uri(self) -> str:
        return "data:image/png;base64," + base64.b64encode(self.png).decode("ascii")

    @property
    def width_px(self) -> int:
        """CSS width that shows the chart at its designed size (96 CSS px per inch)."""
        return round(self.width_in * CSS_PX_PER_INCH)


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    colour: str
    hatch: str = ""
    note: str = ""


@contextmanager
def _figure(width: float, height: float) -> Iterator[object]:
    matplotlib_home()
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    register_matplotlib_fonts()
    with rc_context({**_RC, "font.family": MPL_FAMILY_STACK}):
        fig = Figure(figsize=(width, height), dpi=DPI, layout="constrained")
        FigureCanvasAgg(fig)
        yield fig


def _png(fig: object, width: float, height: float, alt: str) -> Chart:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None}, facecolor="white")  # type: ignore[attr-defined]
    return Chart(buf.getvalue(), width, height, alt)


_MEMO: dict[str, Chart] = {}
_MEMO_SIZE = 32
# Charts are also kept on disk (framing.report.cache), so a fresh process whose
# charts did not change neither draws them nor imports matplotlib.
USE_DISK_CACHE = True


@functools.cache
def _drawing_inputs() -> str:
    """Everything besides the arguments that a chart's pixels depend on: this module, matplotlib, the fonts."""
    from importlib import metadata
    from pathlib import Path

    from framing.report.fonts import _file_hash, font_files

    try:
        mpl = metadata.version("matplotlib")
    except metadata.PackageNotFoundError:
        mpl = "?"
    source = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    return "\0".join([source, mpl, *(_file_hash(f.path) for f in font_files())])


def _encode(chart: Chart) -> bytes:
    head = json.dumps({"width_in": chart.width_in, "height_in": chart.height_in, "alt": chart.alt}, ensure_ascii=True)
    return head.encode("ascii") + b"\n" + chart.png


def _decode(data: bytes | None) -> Chart | None:
    if not data:
        return None
    head, _, png = data.partition(b"\n")
    try:
        meta = json.loads(head)
        chart = Chart(png, float(meta["width_in"]), float(meta["height_in"]), str(meta["alt"]))
    except (ValueError, KeyError, TypeError):
        return None
    return chart if png.startswith(b"\x89PNG\r\n\x1a\n") else None


def _memo(draw):  # type: ignore[no-untyped-def]
    """Remember charts by their inputs, in the process and on disk: a re-run redraws only what changed.

    Drawing is a pure function of the arguments (and of matplotlib, the fonts
    and this module, which are part of the disk key), so a remembered chart is
    the same bytes the drawing would give.
    """

    @functools.wraps(draw)
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        key = hashlib.sha256(pickle.dumps((draw.__name__, args, sorted(kwargs.items())), protocol=4)).hexdigest()
        if key not in _MEMO:
            if len(_MEMO) >= _MEMO_SIZE:
                _MEMO.pop(next(iter(_MEMO)))
            chart = None
            if USE_DISK_CACHE:
                name = hashlib.sha256(f"{key}\0{_drawing_inputs()}".encode()).hexdigest()[:32] + ".chart"
                chart = _decode(disk_cache.read("charts", name))
            if chart is None:
                chart = draw(*args, **kwargs)
                if USE_DISK_CACHE:
                    disk_cache.write("charts", {name: _encode(chart)})
            _MEMO[key] = chart
        return _MEMO[key]

    return wrapper


def _text_on(colour: Sequence[float] | str) -> str:
    """Black or white, whichever reads better on ``colour`` (a hex string or RGB(A) floats)."""
    r, g, b = _rgb01(colour) if isinstance(colour, str) else tuple(colour)[:3]
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#000000" if luminance > 0.5 else "#FFFFFF"


def _wrap(label: str, width: int) -> str:
    return "\n".join(textwrap.wrap(label, width)) or label


@_memo
def bar_chart(bars: Sequence[Bar], *, title: str, unit: str, width: float = 7.0) -> Chart:
    """Horizontal bars, largest first as given, each annotated with its value and share of the total."""
    height = 0.75 + 0.3 * max(len(bars), 1)
    total = sum(b.value for b in bars) or 1.0
    with _figure(width, height) as fig:
        ax = fig.add_subplot()  # type: ignore[attr-defined]
        ys = np.arange(len(bars))
        ax.barh(
            ys,
            [b.value for b in bars],
            color=[b.colour for b in bars],
            hatch=None,
            edgecolor="#555555",
            linewidth=0.4,
            height=0.7,
        )
        for patch, bar in zip(ax.patches, bars, strict=True):
            if bar.hatch:
                patch.set_hatch(bar.hatch)
        ax.set_yticks(ys, [b.label for b in bars])
        ax.invert_yaxis()
        peak = max((b.value for b in bars), default=0) or 1
        for y, bar in zip(ys, bars, strict=True):
            share = 100 * bar.value / total
            ax.text(bar.value + peak * 0.01, y, f"{bar.value:,.0f} {unit} ({share:.0f}%){bar.note}", va="center", fontsize=7.5)
        ax.set_xlim(0, peak * 1.28)
        ax.set_xlabel(unit)
        ax.set_title(title, loc="left")
        ax.grid(axis="x", color=GRID_COLOUR, linewidth=0.5)
        ax.set_axisbelow(True)
        return _png(fig, width, height, title)


@dataclass(frozen=True)
class ShadedCell:
    text: str
    background: str
    colour: str


@dataclass(frozen=True)
class ShadedTable:
    """A heatmap drawn as an HTML table: crisp in HTML and PDF, selectable, and far cheaper than a figure."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, str, tuple[ShadedCell, ...]], ...]  # (label, identity colour, cells)
    legend: tuple[ShadedCell, ...]


# The two colormaps the shaded tables use, as ColorBrewer's nine anchors: the
# same 256-entry tables matplotlib builds, without importing matplotlib.
_COLORMAP_ANCHORS: dict[str, tuple[str, ...]] = {
    "Blues": ("#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"),
    "Purples": ("#fcfbfd", "#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#54278f", "#3f007d"),
}
_LUT_SIZE = 256


@functools.cache
def _lookup_table(name: str) -> np.ndarray:
    """``name``'s colours as a (256, 3) array, built as matplotlib's LinearSegmentedColormap.from_list does."""
    reverse = name.endswith("_r")
    anchors = np.array([_rgb01(c) for c in _COLORMAP_ANCHORS[name.removesuffix("_r")]])
    x = np.linspace(0, 1, len(anchors))
    xind = np.linspace(0, 1, _LUT_SIZE)
    ind = np.searchsorted(x, xind)[1:-1]
    distance = (xind[1:-1] - x[ind - 1]) / (x[ind] - x[ind - 1])
    channels = []
    for k in range(3):
        y = anchors[:, k]
        channels.append(np.clip(np.concatenate([[y[0]], distance * (y[ind] - y[ind - 1]) + y[ind - 1], [y[-1]]]), 0.0, 1.0))
    lut = np.stack(channels, axis=1)
    return lut[::-1] if reverse else lut


def _rgb01(colour: str) -> tuple[float, float, float]:
    colour = colour.lstrip("#")
    if len(colour) == 3:
        colour = "".join(c * 2 for c in colour)
    return tuple(int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _shade(name: str, value: float, vmin: float, vmax: float) -> tuple[float, float, float]:
    """The colour of ``value`` on colormap ``name`` scaled to [vmin, vmax], as matplotlib would pick it."""
    position = (value - vmin) / (vmax - vmin) if vmax != vmin else 0.0
    index = min(max(int(position * _LUT_SIZE), 0), _LUT_SIZE - 1) if position >= 0 else 0
    r, g, b = _lookup_table(name)[index]
    return float(r), float(g), float(b)


def _hex(rgb: Sequence[float]) -> str:
    return "#" + "".join(format(round(v * 255), "02x") for v in rgb[:3])


def shaded_table(
    values: np.ndarray,
    *,
    rows: Sequence[tuple[str, str]],
    columns: Sequence[str],
    fmt: str = "{:.0%}",
    cmap: str = SHARES_CMAP,
    vmin: float = 0.0,
    vmax: float = 1.0,
) -> ShadedTable:
    """Cells coloured by value on ``cmap`` with the value written in; NaN cells read "–"."""

    def cell(value: float) -> ShadedCell:
        if not np.isfinite(value):
            return ShadedCell("–", "#ffffff", "#999999")
        shade = _shade(cmap, float(value), vmin, vmax)
        return ShadedCell(fmt.format(value), _hex(shade), _text_on(shade))

    values = np.asarray(values, dtype=float)
    body = tuple((label, colour, tuple(cell(v) for v in values[i])) for i, (label, colour) in enumerate(rows))
    legend = tuple(cell(v) for v in np.linspace(vmin, vmax, 5))
    return ShadedTable(tuple(columns), body, legend)


@dataclass(frozen=True)
class SvgChart:
    """A chart written as inline SVG markup (no matplotlib): crisp in HTML and PDF, drawn in microseconds."""

    svg: str  # markupsafe.Markup: built from escaped pieces
    width_px: int
    height_px: int
    alt: str


def _nice_step(top: float) -> float:
    for step in (0.05, 0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 5.0):
        if top / step <= 6:
            return step
    return top / 5


def dendrogram_svg(
    linkage: Sequence[Sequence[float]],
    *,
    labels: Sequence[str],
    colours: Sequence[str],
    title: str,
    xlabel: str,
    font_family: str = MPL_FAMILY_STACK[0],
) -> SvgChart:
    """scipy's dendrogram layout written as SVG: leaves on the left with their outlets' colours, merges to the right."""
    from markupsafe import Markup, escape
    from scipy.cluster.hierarchy import dendrogram

    z = np.asarray(linkage, dtype=float)
    tree = dendrogram(z, no_plot=True, labels=list(labels), orientation="right")
    order = tree["leaves"]
    heights = z[:, 2][np.isfinite(z[:, 2])]
    top = float(heights.max()) if heights.size and float(heights.max()) > 0 else 1.0
    step = _nice_step(top)
    axis_max = step * math.ceil(top / step - 1e-9)
    row, head, foot, left, right = 22, 30, 44, 210, 24
    width = 672
    height = head + row * len(order) + foot
    plot = width - left - right

    def x(distance: float) -> float:
        return left + plot * (distance / axis_max)

    def y(position: float) -> float:  # scipy puts leaf k at 5 + 10 k
        return head + row * (position / 10.0)

    out = [
        f'<svg class="dendrogram" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
        f'font-family="{escape(font_family)}" font-size="11" fill="#222222">',
        f'<text x="4" y="16" font-size="12.5">{escape(title)}</text>',
    ]
    ticks = [step * k for k in range(int(round(axis_max / step)) + 1)]
    base = head + row * len(order)
    for tick in ticks:
        out.append(f'<line x1="{x(tick):.1f}" y1="{head - 6}" x2="{x(tick):.1f}" y2="{base}" stroke="{GRID_COLOUR}" stroke-width="0.7"/>')
        out.append(f'<text x="{x(tick):.1f}" y="{base + 15}" text-anchor="middle" font-size="10">{tick:g}</text>')
    out.append(f'<line x1="{left}" y1="{base}" x2="{left + plot}" y2="{base}" stroke="#888888" stroke-width="0.8"/>')
    out.append(f'<text x="{left + plot / 2:.1f}" y="{base + 34}" text-anchor="middle" font-size="11">{escape(xlabel)}</text>')
    for icoord, dcoord in zip(tree["icoord"], tree["dcoord"], strict=True):
        points = " ".join(f"{x(d):.1f},{y(i):.1f}" for i, d in zip(icoord, dcoord, strict=True))
        out.append(f'<polyline points="{points}" fill="none" stroke="#555555" stroke-width="1.2"/>')
    for k, leaf in enumerate(order):
        cy = y(5 + 10 * k)
        out.append(f'<circle cx="{left}" cy="{cy:.1f}" r="4.5" fill="{escape(colours[leaf])}" stroke="#333333" stroke-width="0.6"/>')
        out.append(f'<text x="{left - 10}" y="{cy + 4:.1f}" text-anchor="end">{escape(labels[leaf])}</text>')
    out.append("</svg>")
    return SvgChart(Markup("".join(out)), width, height, title)
