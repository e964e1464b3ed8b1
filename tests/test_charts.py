"""Charts: Arabic shaped and ordered by matplotlib itself, no global state left, same input -> same bytes."""

from __future__ import annotations

import io

import matplotlib
import numpy as np
import pytest
from PIL import Image

from framing.report import charts
from framing.report.fonts import MPL_FAMILY_STACK, register_matplotlib_fonts


@pytest.fixture(autouse=True)
def _draw_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test draws its charts: the in-process memo would otherwise hand back earlier bytes."""
    monkeypatch.setattr(charts, "_MEMO", {})
    monkeypatch.setattr(charts, "USE_DISK_CACHE", False)

ARABIC_OUTLETS = ["وكالة «إرنا» الرسمية", "نور نيوز", "The Wall Street Journal"]
COLOURS = ["#0072B2", "#E69F00", "#009E73"]
FRAMES = ["Diplomacy & negotiation", "Military pressure & threat", "تخصيب اليورانيوم"]


def _bar() -> charts.Chart:
    bars = [charts.Bar(name, 10 * (i + 1), colour) for i, (name, colour) in enumerate(zip(ARABIC_OUTLETS, COLOURS))]
    bars.append(charts.Bar("Narration", 40, charts.NARRATION_COLOUR))
    return charts.bar_chart(bars, title="كلمات — words", unit="words")


CHARTS = {"bar": _bar}


def _pixels(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))


def _render_text(text: str) -> np.ndarray:
    """Grey pixels of ``text`` drawn alone, the way the charts draw labels."""
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    register_matplotlib_fonts()
    with rc_context({"font.family": MPL_FAMILY_STACK}):
        fig = Figure(figsize=(4, 0.6), dpi=100)
        FigureCanvasAgg(fig)
        fig.text(0.5, 0.5, text, ha="center", va="center", fontsize=18)
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
    return np.asarray(Image.open(buf).convert("L"))


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_charts_render_valid_png_of_declared_size(name: str) -> None:
    chart = CHARTS[name]()
    image = Image.open(io.BytesIO(chart.png))
    image.verify()
    assert chart.data_uri.startswith("data:image/png;base64,")
    assert image.size == (round(chart.width_in * charts.DPI), round(chart.height_in * charts.DPI))
    assert chart.width_px == round(chart.width_in * 96)


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_charts_same_input_same_bytes(name: str) -> None:
    assert CHARTS[name]().png == CHARTS[name]().png


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_charts_leave_no_global_state(name: str) -> None:
    from matplotlib import _pylab_helpers

    before = dict(matplotlib.rcParams)
    CHARTS[name]()
    assert dict(matplotlib.rcParams) == before
    assert _pylab_helpers.Gcf.get_num_fig_managers() == 0


def test_charts_outlet_colours_are_drawn() -> None:
    pixels = _pixels(_bar().png).reshape(-1, 3)
    present = {tuple(p) for p in np.unique(pixels, axis=0)}
    for colour in COLOURS:
        rgb = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
        assert rgb in present, colour


def test_charts_arabic_letters_are_joined() -> None:
    joined = _render_text("محادثات")
    # Zero-width non-joiners between the letters force their isolated forms.
    isolated = _render_text("\u200c".join("محادثات"))
    ink = lambda image: np.where((image < 128).any(axis=0))[0]  # noqa: E731
    assert (joined != isolated).any()
    assert np.ptp(ink(joined)) < np.ptp(ink(isolated))


def test_charts_arabic_runs_are_ordered_right_to_left() -> None:
    # With the bidi algorithm both strings show "ABC" left of "مسقط"; without it they would differ.
    assert np.array_equal(_render_text("مسقط ABC"), _render_text("ABC مسقط"))


def test_charts_are_cached_on_disk_by_their_inputs(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(charts, "USE_DISK_CACHE", True)
    drawn = _bar()
    assert [p.suffix for p in (tmp_path / "charts").iterdir()] == [".chart"]
    monkeypatch.setattr(charts, "_MEMO", {})  # a fresh process: only the disk remembers
    monkeypatch.setattr(charts, "_figure", lambda *a: pytest.fail("redrawn despite the cache"))
    assert _bar() == drawn
    with pytest.raises(BaseException):  # other inputs are drawn
        charts.bar_chart([charts.Bar("other", 1.0, "#000000")], title="t", unit="words")


def test_charts_dendrogram_svg_is_escaped_markup_with_every_leaf() -> None:
    labels = ["<b>IRNA</b>", "نور نيوز", "The Wall Street Journal"]
    chart = charts.dendrogram_svg([[0, 1, 0.2, 2], [2, 3, 0.6, 3]], labels=labels, colours=COLOURS,
                                  title="clusters & merges", xlabel="JSD")
    assert chart.svg.startswith('<svg class="dendrogram"') and chart.svg.endswith("</svg>")
    assert "&lt;b&gt;IRNA&lt;/b&gt;" in chart.svg and "<b>" not in chart.svg
    assert "نور نيوز" in chart.svg and "clusters &amp; merges" in chart.svg
    assert chart.svg.count("<circle") == 3 and chart.svg.count("<polyline") == 2
    for colour in COLOURS:
        assert f'fill="{colour}"' in chart.svg


def test_charts_shaded_table_writes_values_and_dashes_for_missing_cells() -> None:
    table = charts.shaded_table(np.array([[np.nan, 0.5], [1.0, 0.0]]), rows=[("IRNA", "#0072B2"), ("نور نيوز", "#E69F00")],
                                columns=["a", "b"])
    (_, _, first), (_, _, second) = table.rows
    assert [c.text for c in first] == ["–", "50%"] and [c.text for c in second] == ["100%", "0%"]
    assert first[0].background == "#ffffff" and second[0].background != second[1].background
    assert second[0].colour != second[1].colour  # dark ink on light cells, light ink on dark ones


def test_matplotlib_gets_a_writable_home_when_its_own_is_not(tmp_path, monkeypatch):
    from framing.report.fonts import matplotlib_home

    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.delenv("MPLCONFIGDIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))  # the fallback folder stays in this test's folder
    matplotlib_home.__wrapped__()
    import os

    home = os.environ["MPLCONFIGDIR"]
    assert home.startswith(str(tmp_path)) and os.path.isdir(home) and os.access(home, os.W_OK)
