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
from framing.report.fonts import MPL_FAMILY_STACK, register_matplotlib_fonts

DPI = 150
CSS_PX_PER_INCH = 96
TEXT_COLOUR = "#222222"
GRID_COLOUR = "#DDDDDD"
# Colours that never name an outlet: narration and speakers quoted with no outlet.
NARRATION_COLOUR = "#BBBBBB"
UNSOURCED_COLOUR = "#E4E4E4"
# Groups are told apart by shade and hatch, never by an outlet's colour.
GROUP_STYLES: tuple[tuple[str, str], ...] = (
    ("#3A3A3A", ""), ("#9A9A9A", ""), ("#FFFFFF", "////"), ("#D0D0D0", "...."),
    ("#FFFFFF", "xxx"), ("#6A6A6A", "\\\\\\\\"), ("#FFFFFF", "oo"), ("#D0D0D0", "---"),
)
HEATMAP_CMAP = "Blues"
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


@dataclass(frozen=True)
class Series:
    label: str
    values: Sequence[float]
    colour: str
    hatch: str = ""


@contextmanager
def _figure(width: float, height: float) -> Iterator[object]:
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


@_memo
def heatmap(
    values: np.ndarray,
    *,
    rows: Sequence[str],
    columns: Sequence[str],
    row_colours: Sequence[str] | None = None,
    title: str,
    fmt: str = "{:.0%}",
    cmap: str = HEATMAP_CMAP,
    vmin: float = 0.0,
    vmax: float | None = None,
    colorbar_label: str = "",
    width: float = 7.0,
    wrap: int = 11,
    rotate_columns: bool = False,
) -> Chart:
    """A rows × columns grid of coloured cells with each value written in it.

    NaN cells stay white and read "–". ``row_colours`` draws a strip of the
    rows' identity colours (outlets) beside the row labels.
    """
    values = np.asarray(values, dtype=float)
    n_rows, n_cols = values.shape
    if rotate_columns:
        column_lines = max((len(c) for c in columns), default=1) * 0.45
    else:
        column_lines = max((len(_wrap(c, wrap).splitlines()) for c in columns), default=1)
    height = 0.9 + 0.32 * n_rows + 0.14 * column_lines
    finite = values[np.isfinite(values)]
    top = vmax if vmax is not None else (float(finite.max()) if finite.size else 1.0) or 1.0
    with _figure(width, height) as fig:
        ratios = [0.18, max(n_cols, 1), 0.25] if row_colours is not None else [max(n_cols, 1), 0.25]
        grid = fig.add_gridspec(1, len(ratios), width_ratios=ratios, wspace=0.02)  # type: ignore[attr-defined]
        offset = 1 if row_colours is not None else 0
        ax = fig.add_subplot(grid[0, offset])  # type: ignore[attr-defined]
        image = ax.imshow(np.ma.masked_invalid(values), cmap=cmap, vmin=vmin, vmax=top, aspect="auto")
        if rotate_columns:
            ax.set_xticks(np.arange(n_cols), list(columns), fontsize=7.5, rotation=40, ha="right", rotation_mode="anchor")
        else:
            ax.set_xticks(np.arange(n_cols), [_wrap(c, wrap) for c in columns], fontsize=6.8)
        ax.tick_params(axis="x", length=0)
        ax.tick_params(axis="y", length=0)
        ax.spines[:].set_visible(False)
        norm = image.norm
        colormap = image.cmap
        for i in range(n_rows):
            for j in range(n_cols):
                value = values[i, j]
                if np.isfinite(value):
                    ax.text(j, i, fmt.format(value), ha="center", va="center", fontsize=7.5,
                            color=_text_on(colormap(norm(value))))
                else:
                    ax.text(j, i, "–", ha="center", va="center", fontsize=7.5, color="#999999")
        if row_colours is not None:
            strip = fig.add_subplot(grid[0, 0], sharey=ax)  # type: ignore[attr-defined]
            from matplotlib.colors import to_rgb

            strip.imshow(np.array([[to_rgb(c)] for c in row_colours]), aspect="auto")
            strip.set_xticks([])
            strip.set_yticks(np.arange(n_rows), list(rows))
            strip.tick_params(axis="y", length=0)
            strip.spines[:].set_visible(False)
            ax.tick_params(axis="y", labelleft=False)
        else:
            ax.set_yticks(np.arange(n_rows), list(rows))
        bar_ax = fig.add_subplot(grid[0, offset + 1])  # type: ignore[attr-defined]
        colorbar = fig.colorbar(image, cax=bar_ax)  # type: ignore[attr-defined]
        colorbar.outline.set_visible(False)
        colorbar.ax.tick_params(labelsize=7)
        if colorbar_label:
            colorbar.set_label(colorbar_label, fontsize=7.5)
        fig.suptitle(title, x=0.01, ha="left", fontsize=9.5)  # type: ignore[attr-defined]
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
    cmap: str = HEATMAP_CMAP,
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


@_memo
def grouped_bars(
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    title: str,
    xlabel: str,
    fmt: str = "{:.0%}",
    width: float = 7.0,
) -> Chart:
    """One row per category, one bar per series in it; each bar labelled with its value."""
    n_series = max(len(series), 1)
    height = 0.9 + len(categories) * (0.12 * n_series + 0.16) + 0.2 * ((n_series + 2) // 3)
    with _figure(width, height) as fig:
        ax = fig.add_subplot()  # type: ignore[attr-defined]
        step = 0.8 / n_series
        ys = np.arange(len(categories))
        peak = max((max(s.values, default=0) for s in series), default=0) or 1
        for k, s in enumerate(series):
            offsets = ys - 0.4 + step * (k + 0.5)
            ax.barh(offsets, list(s.values), height=step * 0.92, color=s.colour, hatch=s.hatch or None,
                    edgecolor="#444444", linewidth=0.4, label=s.label)
            for y, v in zip(offsets, s.values, strict=True):
                if v > 0:
                    ax.text(v + peak * 0.01, y, fmt.format(v), va="center", fontsize=6.5)
        ax.set_yticks(ys, [_wrap(c, 24) for c in categories])
        ax.invert_yaxis()
        ax.set_xlim(0, peak * 1.15)
        if fmt.endswith("%}"):
            from matplotlib.ticker import PercentFormatter

            ax.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
        ax.set_xlabel(xlabel)
        ax.grid(axis="x", color=GRID_COLOUR, linewidth=0.5)
        ax.set_axisbelow(True)
        ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=min(n_series, 3), fontsize=7.5)
        fig.suptitle(title, x=0.01, ha="left", fontsize=9.5)  # type: ignore[attr-defined]
        return _png(fig, width, height, title)


@_memo
def dendrogram_chart(
    linkage: Sequence[Sequence[float]],
    *,
    labels: Sequence[str],
    colours: Sequence[str],
    title: str,
    xlabel: str,
    width: float = 7.0,
) -> Chart:
    """scipy's dendrogram drawn on our Axes, leaves marked with their outlets' colours."""
    from scipy.cluster.hierarchy import dendrogram

    z = np.asarray(linkage, dtype=float)
    height = 0.8 + 0.3 * len(labels)
    with _figure(width, height) as fig:
        ax = fig.add_subplot()  # type: ignore[attr-defined]
        tree = dendrogram(
            z,
            labels=list(labels),
            orientation="right",
            ax=ax,
            no_plot=False,
            color_threshold=0,
            above_threshold_color="#555555",
            leaf_font_size=8,
        )
        order = tree["leaves"]
        positions = 5 + 10 * np.arange(len(order))
        ax.scatter(np.zeros(len(order)), positions, s=42, c=[colours[i] for i in order],
                   edgecolors="#333333", linewidths=0.5, zorder=3, clip_on=False)
        if not np.isfinite(z[:, 2]).all() or float(np.nanmax(z[:, 2], initial=0.0)) <= 0.0:
            ax.set_xlim(0.0, 1.0)  # every profile identical: all merges at 0
        ax.set_xlabel(xlabel)
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0, pad=7)
        ax.grid(axis="x", color=GRID_COLOUR, linewidth=0.5)
        ax.set_axisbelow(True)
        ax.set_title(title, loc="left")
        return _png(fig, width, height, title)


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
