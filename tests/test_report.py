"""The report: one self-contained HTML page (and its PDF) read from the Analysis tables.

Unit tests use a small hand-made Analysis (Arabic passages, an English post,
a script tag and a link in the text). End-to-end tests render the seed
article through the real pipeline, open the page in headless Chromium and
read the PDF back with poppler.
"""

from __future__ import annotations

import base64
import html.parser
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PIL import Image

from framing.config import Config, default_config_text, load_config, parse_config
from framing.model import Analysis, Article, make_segment
from framing.report import PdfUnavailable, render_html, render_pdf
from framing.report.styles import outlet_styles, palette
from framing.report.view import direction

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "muscat-talks-2026-02-06.ar.txt"
SECTION_IDS = ["summary", "article", "outlets", "comparison", "method"]
SECTION_TITLES = ["Summary", "The annotated article", "Outlets", "Comparison", "Method"]

TITLE = "محادثات مسقط: بداية جيدة"
IRNA_LINE = "قالت وكالة «إرنا» إن المحادثات كانت بداية جيدة وإن التخصيب حق لإيران."
POST_LINE = "Very serious talks in Muscat today <script>alert(1)</script> see https://example.com/x"
SIGNATURE = "— Badr Albusaidi (@badralbusaidi) February 6, 2026"
HAARETZ_LINE = "وزعمت «هآرتس» أن الضغط العسكري مستمر على طهران."
NARRATION = "وأبدى الجانب الإيراني تفاؤلا حذرا."
OFFICIAL = "وقال عراقجي إن الحوار ممكن."
TEXT = "\n".join([TITLE, IRNA_LINE, POST_LINE, SIGNATURE, HAARETZ_LINE, NARRATION, OFFICIAL]) + "\n"
EVIL_NAME = '<img src=x onerror="alert(2)">Haaretz'


# ------------------------------------------------------------------ fixtures


def _span(needle: str, start: int = 0) -> tuple[int, int]:
    at = TEXT.index(needle, start)
    return at, at + len(needle)


def _config() -> Config:
    config = parse_config(default_config_text())
    outlets = [o.model_copy(update={"name": EVIL_NAME}) if o.id == "haaretz" else o for o in config.outlets]
    return config.model_copy(update={"outlets": outlets})


def _article() -> Article:
    def seg(line: str, **fields: object):
        start, end = _span(line)
        return make_segment(TEXT, start, end, **fields)

    irna_cue = _span("قالت وكالة «إرنا»")
    haaretz_cue = _span("وزعمت «هآرتس»")
    official_cue = _span("وقال عراقجي")
    post_start, _ = _span(POST_LINE)
    _, post_end = _span(SIGNATURE)
    segments = (
        seg(TITLE, paragraph=0),
        seg(IRNA_LINE, outlet="irna", speaker="IRNA", speaker_type="outlet", cue="قالت", kind="indirect",
            cue_start=irna_cue[0], cue_end=irna_cue[1], paragraph=1),
        make_segment(TEXT, post_start, post_end, outlet="x", speaker="Badr Albusaidi (@badralbusaidi)",
                     speaker_type="social_post", cue=SIGNATURE, kind="direct", cue_start=_span(SIGNATURE)[0],
                     cue_end=post_end, paragraph=2),
        seg(HAARETZ_LINE, outlet="haaretz", speaker="Haaretz", speaker_type="outlet", cue="زعمت", kind="indirect",
            cue_start=haaretz_cue[0], cue_end=haaretz_cue[1], paragraph=4),
        seg(NARRATION, paragraph=5),
        seg(OFFICIAL, speaker="Abbas Araghchi", speaker_type="official", cue="قال", kind="indirect",
            cue_start=official_cue[0], cue_end=official_cue[1], paragraph=6),
    )
    return Article(text=TEXT, segments=segments, title=TITLE)


def _frame_hits() -> pd.DataFrame:
    rows = []
    for frame, term, lang, needle, outlet, speaker, group in [
        ("diplomacy", "محادثات", "ar", "المحادثات", "irna", "IRNA", "iran_state"),
        ("nuclear_programme", "تخصيب", "ar", "التخصيب", "irna", "IRNA", "iran_state"),
        ("sovereignty_rights", "حق", "ar", "حق", "irna", "IRNA", "iran_state"),
        ("diplomacy", "talks", "en", "talks", "x", "Badr Albusaidi (@badralbusaidi)", "platforms"),
        ("military_threat", "الضغط", "ar", "الضغط", "haaretz", "Haaretz", "israeli_media"),
        ("military_threat", "عسكري", "ar", "العسكري", "haaretz", "Haaretz", "israeli_media"),
        ("diplomacy", "حوار", "ar", "الحوار", "", "Abbas Araghchi", ""),
    ]:
        start, end = _span(needle)
        rows.append({"frame": frame, "term": term, "lang": lang, "weight": 1.0, "start": start, "end": end,
                     "match": TEXT[start:end], "segment_start": -1, "outlet": outlet, "speaker": speaker, "group": group})
    return pd.DataFrame(rows)


def _frames(config: Config, counts: dict[tuple[str, str, str], int], tokens: dict[tuple[str, str], int]) -> pd.DataFrame:
    rows = []
    for unit_type, unit in tokens:
        total = sum(n for (t, u, _), n in counts.items() if (t, u) == (unit_type, unit))
        for frame in config.frames:
            hits = counts.get((unit_type, unit, frame.id), 0)
            rows.append({"unit_type": unit_type, "unit": unit, "frame": frame.id, "label": frame.label, "hits": hits,
                         "passages": hits, "weighted": float(hits), "rate_per_1000": 1000.0 * hits / tokens[(unit_type, unit)],
                         "share": hits / total if total else 0.0})
    return pd.DataFrame(rows)


def _keyword(unit_type: str, unit: str, rank: int, term: str, count: int, z: float, distinctive: bool, tokens: int) -> dict[str, object]:
    return {"unit_type": unit_type, "unit": unit, "rank": rank, "term": term, "key": term, "n": 1, "count": count,
            "count_rest": 1, "tokens": tokens, "tokens_rest": 900, "log_odds": z / 2, "z": z, "tfidf": 0.25,
            "distinctive": distinctive}


def make_analysis(config: Config) -> Analysis:
    """A small, consistent Analysis by hand: three outlets, a group each, every table filled."""
    tokens = {("outlet", "irna"): 120, ("outlet", "x"): 95, ("outlet", "haaretz"): 30,
              ("group", "iran_state"): 120, ("group", "platforms"): 95, ("group", "israeli_media"): 30,
              ("article", "article"): 300}
    counts = {("outlet", "irna", "diplomacy"): 1, ("outlet", "irna", "nuclear_programme"): 1,
              ("outlet", "irna", "sovereignty_rights"): 1, ("outlet", "x", "diplomacy"): 1,
              ("outlet", "haaretz", "military_threat"): 2,
              ("group", "iran_state", "diplomacy"): 1, ("group", "iran_state", "nuclear_programme"): 1,
              ("group", "iran_state", "sovereignty_rights"): 1, ("group", "platforms", "diplomacy"): 1,
              ("group", "israeli_media", "military_threat"): 2,
              ("article", "article", "diplomacy"): 3, ("article", "article", "nuclear_programme"): 1,
              ("article", "article", "sovereignty_rights"): 1, ("article", "article", "military_threat"): 2}
    token_counts = pd.DataFrame(
        [{"unit_type": t, "unit": u, "label": u, "segments": 1, "tokens": n, "content_tokens": n // 2, "thin": n < 80}
         for (t, u), n in tokens.items()]
    )
    keywords = pd.DataFrame([
        _keyword("outlet", "irna", 1, "التخصيب", 3, 2.75, True, 60),
        _keyword("outlet", "irna", 2, "بداية جيدة", 2, 1.5, False, 60),
        _keyword("outlet", "x", 1, "talks", 2, 1.9, False, 48),
        _keyword("outlet", "haaretz", 1, "الضغط", 1, 1.2, False, 15),
    ])
    group_keywords = keywords.assign(
        unit_type="group", unit=keywords["unit"].map({"irna": "iran_state", "x": "platforms", "haaretz": "israeli_media"})
    )
    frames = _frames(config, counts, tokens)
    group_frames = frames[frames["unit_type"] == "group"].drop(columns="unit_type").rename(columns={"unit": "group"})
    outlet_frames = frames[frames["unit_type"] == "outlet"]
    matrix = outlet_frames.pivot(index="unit", columns="frame", values="share")
    verbs = pd.DataFrame([
        {"outlet": "irna", "lemma": "قال", "stance": "neutral", "count": 1, "forms": "قالت"},
        {"outlet": "haaretz", "lemma": "زعم", "stance": "distancing", "count": 1, "forms": "وزعمت"},
    ])
    similarity = pd.DataFrame([
        {"unit_a": "haaretz", "unit_b": "irna", "jsd_frames": 1.0, "cosine_keywords": 0.0},
        {"unit_a": "haaretz", "unit_b": "x", "jsd_frames": 1.0, "cosine_keywords": 0.0},
        {"unit_a": "irna", "unit_b": "x", "jsd_frames": 0.42, "cosine_keywords": 0.1},
    ])
    clustering = {"labels": ["haaretz", "irna", "x"], "linkage": [[1.0, 2.0, 0.42, 2.0], [0.0, 3.0, 1.0, 3.0]],
                  "order": ["haaretz", "irna", "x"], "excluded": []}
    from framing.findings import findings
    from framing.pipeline import sources_registry

    # The findings are computed from these tables, with the evidence floor at one hit (the outlets here have 1-3).
    floor_one = config.model_copy(update={"report": config.report.model_copy(update={"min_frame_hits": 1, "min_frame_passages": 1})})
    from framing.intervals import unit_evidence

    evidence = unit_evidence(_frame_hits(), min_hits=1, min_passages=1)
    found = findings(frames, _frame_hits(), keywords, verbs, token_counts, evidence, ["irna", "x", "haaretz"], floor_one)
    return Analysis(
        article=_article(), sources=sources_registry(config), config_path="tests/config.yaml",
        config_sha256="ab" * 32, keywords=keywords, group_keywords=group_keywords, frames=frames,
        frame_hits=_frame_hits(), verbs=verbs, similarity=similarity, group_frames=group_frames.reset_index(drop=True),
        token_counts=token_counts, clustering=clustering, frame_matrix=matrix, findings=found,
    )


@pytest.fixture(scope="module")
def config() -> Config:
    return _config()


@pytest.fixture(scope="module")
def analysis(config: Config) -> Analysis:
    return make_analysis(config)


@pytest.fixture(scope="module")
def page(analysis: Analysis, config: Config) -> str:
    return render_html(analysis, config)


class _Tags(html.parser.HTMLParser):
    """Every start tag with its attributes, and the text inside each article block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.blocks: list[dict[str, object]] = []
        self._skip = 0
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        self.tags.append((tag, attributes))
        classes = attributes.get("class", "").split()
        if tag == "p" and "blk" in classes:
            self.blocks.append({"dir": attributes.get("dir"), "text": "", "classes": classes})
            self._depth = 1
        elif self._depth:
            self._depth += 1
            if self._skip or "tag" in classes or "fref" in classes:
                self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if self._depth:
            self._depth -= 1
            if self._skip:
                self._skip -= 1

    def handle_data(self, data: str) -> None:
        if self._depth and not self._skip:
            self.blocks[-1]["text"] += data  # type: ignore[operator]


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    return parser


# ------------------------------------------------------------------ HTML


def test_report_has_every_section_in_order(page: str) -> None:
    positions = [page.index(f'<section id="{sid}"') for sid in SECTION_IDS]
    assert positions == sorted(positions)
    for title in SECTION_TITLES:
        assert f"{title}</h2>" in page


def test_report_escapes_article_and_config_text(page: str) -> None:
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "onerror=" not in page.replace("onerror=&#34;", "").replace("onerror=&quot;", "")
    assert "&lt;img src=x onerror=" in page
    tags = _parse(page).tags
    assert not any(tag == "script" for tag, _ in tags)
    assert not any(name.startswith("on") for _, attrs in tags for name in attrs)


def test_report_fetches_nothing(page: str) -> None:
    for tag, attrs in _parse(page).tags:
        for name in ("src", "href"):
            if name in attrs:
                assert attrs[name].startswith(("data:", "#")), (tag, attrs[name][:60])
    assert not re.search(r"""url\(\s*['"]?(?!data:)""", page)
    assert "https://example.com/x" in page  # the link in the article, as text


def test_report_article_blocks_reproduce_the_text(page: str) -> None:
    blocks = _parse(page).blocks
    lines = [line for line in TEXT.splitlines() if line.strip()]
    assert [b["text"] for b in blocks] == lines


def test_report_article_blocks_carry_their_direction(page: str) -> None:
    dirs = {b["text"]: b["dir"] for b in _parse(page).blocks}
    assert dirs[IRNA_LINE] == "rtl"
    assert dirs[POST_LINE] == "ltr"
    assert dirs[SIGNATURE] == "ltr"
    assert dirs[TITLE] == "rtl"


@pytest.mark.parametrize(
    "text, expected",
    [("قال", "rtl"), ("IRNA", "ltr"), ("«قالت» IRNA", "rtl"), ("— Badr البوسعيدي", "ltr"), ("123 ...", "ltr"), ("", "ltr")],
)
def test_report_direction_follows_the_first_strong_character(text: str, expected: str) -> None:
    assert direction(text) == expected


def test_report_marks_segments_cues_and_frame_hits(page: str, analysis: Analysis) -> None:
    for outlet in ("irna", "x", "haaretz"):
        assert f'<span class="seg o-{outlet}"' in page
    assert '<span class="seg o-none"' in page  # Araghchi: quoted with no outlet
    assert page.count('<span class="cue"') >= 4
    assert page.count('<span class="hit"') >= 2 * len(analysis.frame_hits)  # article and outlet cards
    # The side label is visible text, not only a tooltip.
    assert re.search(r'<span class="tag o-irna" dir="ltr">IRNA · reported speech</span>', page)
    assert 'title="frame 1: Diplomacy &amp; negotiation — term: محادثات"' in page


def test_report_colours_are_one_per_outlet_and_consistent(analysis: Analysis, config: Config, page: str) -> None:
    styles = outlet_styles(analysis, config)
    assert list(styles) == ["irna", "x", "haaretz"]  # order of first appearance
    assert len({s.colour for s in styles.values()}) == 3
    for style in styles.values():
        assert f".o-{style.id}{{--c:{style.colour};" in page
    # The words chart draws each outlet in its colour.
    summary = page[page.index('<section id="summary"') : page.index('<section id="article"')]
    png = base64.b64decode(re.search(r'src="data:image/png;base64,([^"]+)"', summary).group(1))
    pixels = {tuple(p) for p in np.unique(np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).reshape(-1, 3), axis=0)}
    for style in styles.values():
        assert tuple(int(style.colour[i : i + 2], 16) for i in (1, 3, 5)) in pixels


def test_report_palette_skips_invalid_colours_and_puts_greys_last(config: Config) -> None:
    report = config.report.model_copy(update={"palette": ["#999999", "red;background:url(x)", "#0072B2", "#000", "#E69F00"]})
    assert palette(config.model_copy(update={"report": report})) == ["#0072b2", "#e69f00", "#999999", "#000000"]


def test_report_cards_show_evidence_and_thin_warning(page: str) -> None:
    outlets = page[page.index('<section id="outlets"') : page.index('<section id="comparison"')]
    assert outlets.count('<article class="card') == 3
    haaretz = outlets[outlets.index('<article class="card o-haaretz"') :]
    assert "Thin evidence: this profile rests on 30 tokens, fewer than 80." in haaretz
    irna = outlets[outlets.index('<article class="card o-irna"') : outlets.index('<article class="card o-x"')]
    assert "Thin evidence" not in irna
    assert "التخصيب" in irna and "2.75" in irna and "3/60" in irna  # term, z, count / tokens
    assert "distancing" in haaretz and "زعم" in haaretz


def test_report_findings_are_written_from_the_tables(page: str) -> None:
    summary = page[page.index('<ol class="findings">') : page.index("</ol>")]
    # Frame gap between the two outlets with >= 80 tokens (IRNA 120, X 95): diplomacy 33% vs 100%.
    assert "Diplomacy &amp; negotiation" in summary and "<b>67</b> percentage points" in summary
    assert "التخصيب" in summary and "<b>2.75</b>" in summary
    assert "distancing verbs" in summary and "زعم" in summary


def test_report_method_lists_lexicon_statistics_and_config(page: str, config: Config) -> None:
    method = page[page.index('<section id="method"') :]
    for frame in config.frames:
        assert frame.label.replace("&", "&amp;") in method
    for statistic in ("Log-odds with an informative Dirichlet prior", "z-score", "TF-IDF", "Jensen–Shannon", "Cosine"):
        assert statistic in method
    assert "tests/config.yaml" in method and "ab" * 32 in method


def test_report_embeds_subset_fonts(page: str) -> None:
    from fontTools.ttLib import TTFont

    faces = re.findall(r'font-family: "([^"]+)"; font-style: normal; font-weight: (\d+); src: url\(data:font/ttf;base64,([^)]+)\)', page)
    assert {(family, weight) for family, weight, _ in faces} == {
        ("Noto Sans", "400"), ("Noto Sans", "700"), ("Noto Sans Arabic", "400"), ("Noto Sans Arabic", "700")}
    for family, _weight, data in faces:
        font = TTFont(io.BytesIO(base64.b64decode(data)))
        assert "fvar" not in font  # static, so WeasyPrint has nothing to re-instantiate
        if family == "Noto Sans Arabic":
            assert ord("ق") in font.getBestCmap()
        assert len(data) < 120_000


def test_report_font_subsets_are_cached_on_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from framing.report import fonts

    if not fonts.font_files():
        pytest.skip("font packages not installed")
    font = fonts.font_files()[0]
    chars = fonts._split_chars("abc")[font.family]
    monkeypatch.setenv(fonts.CACHE_ENV, str(tmp_path / "cache"))
    fonts.static_subsets.cache_clear()
    computed = fonts.static_subsets(font.path, chars)
    files = sorted((tmp_path / "cache" / "fonts").iterdir())
    assert [f.suffix for f in files] == [".ttf"] * len(computed)  # no temporary file left behind
    assert all(font.path.stem in f.name for f in files)

    # A fresh process (no memo) reads the files instead of subsetting again.
    fonts.static_subsets.cache_clear()
    monkeypatch.setattr(fonts, "_static_subsets", lambda *_: pytest.fail("subset again despite the cache"))
    assert fonts.static_subsets(font.path, chars) == computed
    # Another character set is another key.
    assert fonts._cache_names(font.path, chars) != fonts._cache_names(font.path, chars + "\u0416")
    fonts.static_subsets.cache_clear()


def test_report_font_cache_falls_back_when_unwritable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from framing.report import fonts

    if not fonts.font_files():
        pytest.skip("font packages not installed")
    font = fonts.font_files()[0]
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    monkeypatch.setenv(fonts.CACHE_ENV, str(blocker))
    fonts.static_subsets.cache_clear()
    monkeypatch.setattr(fonts, "_static_subsets", lambda path, chars: {400: b"\x00\x01\x00\x00stub"})
    assert fonts.static_subsets(font.path, "abc") == ((400, b"\x00\x01\x00\x00stub"),)
    assert blocker.read_text() == "x"
    fonts.static_subsets.cache_clear()


def test_report_font_subset_does_not_follow_the_page(page: str) -> None:
    """A lexicon edit changes the page's text, not the subset: the base character sets cover its script."""
    from framing.report import fonts

    before = fonts._split_chars(page)
    after = fonts._split_chars(page + "مفاوضات 0123456789 ×–")
    assert before == after


def test_report_renders_without_tables(config: Config) -> None:
    bare = Analysis(article=Article(text="قالت «هآرتس» إن المحادثات انتهت.\n"), sources={})
    page = render_html(bare, config)
    for sid in SECTION_IDS:
        assert f'<section id="{sid}"' in page


def test_report_is_pure_and_deterministic(analysis: Analysis, config: Config, page: str, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("framing.report.charts._MEMO", {})  # draw the charts again, not from the memo
    monkeypatch.setattr("framing.report.charts.USE_DISK_CACHE", False)  # nor from the disk
    assert render_html(analysis, config) == page
    assert list(tmp_path.iterdir()) == []
    assert capsys.readouterr() == ("", "")


def test_report_pdf_is_reproducible(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import time
    import types

    from fontTools.misc import timeTools

    pdf = render_pdf(page)
    assert pdf.startswith(b"%PDF-")
    later = types.SimpleNamespace(time=lambda: time.time() + 3600)  # the subset fonts are written an hour later
    monkeypatch.setattr(timeTools, "time", later)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert render_pdf(page) == pdf


def test_report_pdf_unavailable_is_typed_and_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    with pytest.raises(PdfUnavailable) as caught:
        render_pdf("<html></html>")
    assert isinstance(caught.value, RuntimeError)
    assert "\n" not in str(caught.value) and "WeasyPrint" in str(caught.value)


# ------------------------------------------------------------------ end to end on the seed


@pytest.fixture(scope="module")
def seed_page() -> tuple[Analysis, Config, str]:
    from framing.pipeline import analyze

    loaded = load_config(ROOT / "config.yaml")
    analysis = analyze(SEED.read_text(encoding="utf-8"), loaded, path=str(SEED))
    return analysis, loaded.config, render_html(analysis, loaded.config)


@pytest.fixture(scope="module")
def seed_pdf(seed_page: tuple[Analysis, Config, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    pdf = render_pdf(seed_page[2])
    assert pdf.startswith(b"%PDF-")
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    path.write_bytes(pdf)
    return path


def _seed_outlet_names(analysis: Analysis) -> list[str]:
    return [str(analysis.sources[o]["name"]) for o in dict.fromkeys(s.outlet for s in analysis.segments if s.outlet)]


def test_report_seed_annotation_reproduces_every_line(seed_page: tuple[Analysis, Config, str]) -> None:
    analysis, _config, page = seed_page
    lines = [line.strip() for line in analysis.article.text.splitlines() if line.strip()]
    blocks = _parse(page).blocks
    assert [b["text"] for b in blocks] == lines
    assert sum(b["dir"] == "ltr" for b in blocks) == 4  # two English posts and their signatures




@pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_report_seed_pdf_text_and_pages(seed_page: tuple[Analysis, Config, str], seed_pdf: Path, tmp_path: Path) -> None:
    analysis = seed_page[0]
    text = subprocess.run(["pdftotext", "-layout", str(seed_pdf), "-"], capture_output=True, text=True, check=True).stdout
    for title in SECTION_TITLES:
        assert title in text
    for name in _seed_outlet_names(analysis):
        assert name in text, name
    assert "page 1 of" in text
    assert "Passages, marked in the annotated article" in text  # the cards index the passages ...
    assert "with the words before each" not in text  # ... rather than repeat them
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "3", str(seed_pdf), str(tmp_path / "p")], check=True)
    pages = sorted(tmp_path.glob("p-*.png"))
    assert len(pages) == 3
    for png in pages:
        colours = Image.open(png).convert("RGB").getcolors(maxcolors=1 << 16)
        assert colours is None or len(colours) > 50  # not a blank page


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def _chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}"]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=120, check=True)  # type: ignore[list-item]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed")
def test_report_seed_renders_in_a_browser(seed_page: tuple[Analysis, Config, str], tmp_path: Path) -> None:
    analysis, _config, page = seed_page
    report = tmp_path / "report.html"
    report.write_text(page, encoding="utf-8")
    dom = _chromium("--dump-dom", report.as_uri(), profile=tmp_path / "profile-dom").stdout
    for name in _seed_outlet_names(analysis):
        assert name in dom, name
    images = re.findall(r'<img [^>]*src="([^"]*)"', dom)
    assert len(images) >= 1  # words per source (matplotlib, cached)
    assert dom.count('class="data compact shaded"') == 2  # the two heatmaps are shaded tables
    assert dom.count('<table class="groupbars">') == 1  # frames by group: bars in a table
    assert dom.count('<svg class="dendrogram"') == 1  # the dendrogram: inline SVG
    assert dom.count('<details class="passages">') == len(_seed_outlet_names(analysis))  # collapsed per card
    for src in images:
        assert src.startswith("data:image/png;base64,")
        Image.open(io.BytesIO(base64.b64decode(src.split(",", 1)[1]))).verify()

    shot = tmp_path / "screenshot.png"
    _chromium(f"--screenshot={shot}", "--window-size=1280,4000", report.as_uri(), profile=tmp_path / "profile-shot")
    image = Image.open(shot).convert("RGB")
    assert image.size == (1280, 4000)
    colours = image.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 500


def test_report_says_what_a_frame_share_counts(analysis: Analysis, config: Config, page: str) -> None:
    assert config.matching.frame_unit == "passage"
    assert "passages it is present in" in page and "share of the unit's passage × frame presences" in page
    by_term = config.model_copy(update={"matching": config.matching.model_copy(update={"frame_unit": "term"})})
    other = render_html(analysis, by_term)
    assert "its weighted hits over all of the unit's weighted hits" in other and "passages it is present in" not in other


def test_report_draws_an_unlisted_outlet_in_its_own_colour() -> None:
    """An unlisted outlet's id is not a class name: its style gets one (``u-<n>``, which no config id can be),
    with its CSS rule."""
    from framing.pipeline import analyze

    loaded = load_config()
    analysis = analyze("ذكرت صحيفة «الرصيف» الجزائرية أن الحدود أغلقت. وقالت وكالة «رويترز» إن الاتحاد دعا إلى الحوار.", loaded)
    styles = outlet_styles(analysis, loaded.config)
    assert styles["unlisted_الرصيف"].id == "u-0" and styles["reuters"].id == "reuters"
    page = render_html(analysis, loaded.config)
    assert ".o-u-0{" in page and 'class="seg o-u-0"' in page and "o-unlisted" not in page


def test_report_corpus_lists_the_most_alike_and_most_different_pairs_only() -> None:
    from types import SimpleNamespace

    from framing.report.corpus import SIMILAR_PAIRS, corpus_view

    config = load_config(None).config
    outlets = [f"o{i:02d}" for i in range(30)]  # 435 pairs, 3 of them with an outlet below the floor
    units = pd.DataFrame([{"unit_type": "outlet", "unit": o, "label": o.upper(), "articles": 2, "segments": 4,
                           "tokens": 100 + i, "thin": False} for i, o in enumerate(outlets)])
    frames = pd.DataFrame([{"unit_type": "outlet", "unit": o, "frame": f.id, "hits": 9, "share": 0.125,
                            "share_low": 0.05, "share_high": 0.3} for o in outlets for f in config.frames])
    pairs = [(a, b) for i, a in enumerate(outlets) for b in outlets[i + 1:]]
    similarity = pd.DataFrame([{"unit_a": a, "unit_b": b, "jsd_frames": np.nan if b == "o29" and a < "o03" else k / 1000,
                                "cosine_keywords": 0.5} for k, (a, b) in enumerate(pairs)])
    keywords = pd.DataFrame(columns=["unit_type", "unit", "rank", "term", "z", "count", "distinctive"])
    tables = SimpleNamespace(units=units, frames=frames, keywords=keywords, similarity=similarity,
                             frames_by_date=pd.DataFrame(), resamples=100)
    articles = pd.DataFrame([{"id": "a", "date": "", "title": "t", "words": 10, "report": ""}])
    view = corpus_view(tables, articles, config, SimpleNamespace(articles=1, problems=0, cached=0))
    shown = [(r["a"], r["b"]) for r in view["similarity"]]
    assert len(shown) == 2 * SIMILAR_PAIRS and view["pairs"] == 432 and view["pairs_below_floor"] == 3
    assert view["pairs_cut"] == 432 - 2 * SIMILAR_PAIRS
    assert shown[0] == ("O00", "O01") and shown[-1] == ("O28", "O29")  # most alike first, most different last
    assert [r["jsd"] for r in view["similarity"]] == sorted(r["jsd"] for r in view["similarity"])


def test_report_outlet_by_outlet_tables_show_the_outlets_with_the_most_words_and_say_so() -> None:
    from framing.pipeline import analyze
    from framing.report.view import MATRIX_OUTLETS

    loaded = load_config(ROOT / "config.yaml")
    names = [f"نشرة {chr(0x0628 + i % 20)}{chr(0x0628 + i // 20)}ي" for i in range(MATRIX_OUTLETS + 5)]
    lines = ["محادثات مسقط تستأنف وسط ترقب"] + [
        f"وقالت صحيفة «{name}» إن المفاوضات النووية ستستأنف في مسقط وسط ضغوط عسكرية وعقوبات" + " متزايدة" * (i % 3)
        for i, name in enumerate(names)]
    analysis = analyze("\n".join(lines) + "\n", loaded)
    page = render_html(analysis, loaded.config)
    assert len({s.outlet for s in analysis.article.segments if s.outlet}) == MATRIX_OUTLETS + 5
    assert page.count(f"The {MATRIX_OUTLETS} outlets with the most words are shown; 5 more are in similarity.csv") == 2


def test_report_says_what_a_publisher_changes() -> None:
    import framing

    cfg = load_config(Path(__file__).resolve().parent.parent / "config.yaml")
    text = "Talks resumed on Monday.\n\n\"We left,\" a farmer told Al Jazeera. Reuters reported that the talks stalled."
    assert "Published by" not in render_html(framing.analyze(text, cfg), cfg.config)
    own = render_html(framing.analyze(text, cfg, publisher="al_jazeera"), cfg.config)
    assert "Published by Al Jazeera: what it reports itself" in own
    wire = render_html(framing.analyze(text, cfg, publisher="reuters"), cfg.config)
    assert "Published by Reuters, a news agency" in wire
    assert "Published on X, a platform" in render_html(framing.analyze(text, cfg, publisher="x"), cfg.config)
