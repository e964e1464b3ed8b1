"""The lexicon loop: hits, shadowed and unused terms, language and frame filters, KWIC with the analysis' sources."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.cli import main
from framing.config import Config, ConfigError, Frame, load_config
from framing.lexicon import TermError, kwic, term_usage
from framing.model import Analysis
from framing.pipeline import analyze, kwic_report, lexicon_report
from framing.matcher import cue_spans, term_spans

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "muscat-talks-2026-02-06.ar.txt"
CONFIG = ROOT / "config.yaml"


@pytest.fixture(scope="module")
def config() -> Config:
    return load_config(CONFIG).config


@pytest.fixture(scope="module")
def seed(config: Config) -> Analysis:
    return analyze(SEED.read_text(encoding="utf-8"), config)


def run(capsys, *args):  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exc:
        main([*args])
    captured = capsys.readouterr()
    return exc.value.code, captured.out, captured.err


@pytest.mark.parametrize(
    ("term", "winner"),
    [("ضربات", "ضربة"), ("الاقتصادية", "اقتصادي"), ("رفضها", "رفض"), ("تهديدات", "تهديد")],
)
def test_lexicon_term_that_matches_but_loses_its_span_is_shadowed_not_unused(config, seed, term, winner) -> None:  # type: ignore[no-untyped-def]
    usage = term_usage(config, seed)
    row = usage[usage.term == term].iloc[0]
    assert row.hits == 0 and row.shadowed > 0 and not row.unused
    assert winner in row.shadowed_by.split(", ")


def test_lexicon_usage_hits_are_the_analysis_frame_hits(config, seed) -> None:  # type: ignore[no-untyped-def]
    usage = term_usage(config, seed)
    counted_hits = seed.frame_hits[~seed.frame_hits["negated"]]
    assert int(usage.hits.sum()) == len(counted_hits)
    assert int(usage.negated.sum()) == int(seed.frame_hits["negated"].sum())
    counted = counted_hits.groupby(["frame", "term"]).size()
    for (frame, term), n in counted.items():
        assert int(usage[(usage.frame == frame) & (usage.term == term)].hits.sum()) == n


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_lexicon_every_match_is_counted_or_shadowed(config, seed, data) -> None:  # type: ignore[no-untyped-def]
    """For any order of any terms: hits + shadowed = the term's own matches, and unused means no match at all."""
    pool = [(lang, term) for frame in config.frames for lang, term in frame.all_terms() if lang == "ar"]
    picked = data.draw(st.lists(st.sampled_from(pool), min_size=1, max_size=12, unique_by=lambda p: p[1].label))
    split = data.draw(st.integers(0, len(picked)))
    frames = [
        Frame(id=f"f{n}", label=f"F{n}", terms={"ar": [t for _, t in part]})
        for n, part in enumerate((picked[:split], picked[split:]))
        if part
    ]
    cfg = config.model_copy(update={"frames": frames})
    usage = term_usage(cfg, seed)
    for row, (lang, term) in zip(usage.itertuples(index=False), [p for part in (picked[:split], picked[split:]) for p in part]):
        own = term_spans(seed.article.text, term, lang, cfg, cues=cue_spans(seed.article, cfg))
        assert row.hits + row.negated + row.shadowed == len(own)
        assert row.unused == (not own)
        assert bool(row.shadowed_by) == (row.shadowed > 0)


def test_lexicon_show_lists_the_article_language_unless_all(seed) -> None:  # type: ignore[no-untyped-def]
    only = lexicon_report(CONFIG, SEED)
    assert set(only.lang) == {"ar"}
    every = lexicon_report(CONFIG, SEED, all_langs=True)
    assert set(every.lang) == {"ar", "en"}
    assert set(lexicon_report(CONFIG).lang) == {"ar", "en"}  # no article: the whole lexicon


def test_lexicon_show_frame_filter_and_unknown_frame(capsys) -> None:  # type: ignore[no-untyped-def]
    assert set(lexicon_report(CONFIG, frame="human_rights").frame) == {"human_rights"}
    with pytest.raises(ConfigError, match="no frame 'nope'"):
        lexicon_report(CONFIG, frame="nope")
    code, _out, err = run(capsys, "lexicon", "show", "--frame", "nope", "-c", str(CONFIG))
    assert code == 2 and err.strip().startswith("framing: error:") and "human_rights" in err


def test_lexicon_cli_show_says_shadowed_by(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _err = run(capsys, "lexicon", "show", "-a", str(SEED), "-c", str(CONFIG), "--frame", "military_threat")
    assert code == 0
    line = next(line for line in out.splitlines() if "ضربات" in line)
    assert "shadowed by" in line and "unused" not in line
    assert " en " not in out.replace("│", " ")  # the English terms of an Arabic article are left out


def test_lexicon_cli_config_check_warns_about_duplicate_terms_with_exit_0(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "c.yaml"
    path.write_text(CONFIG.read_text(encoding="utf-8").replace(" negotiation, negotiations,", " negotiation, negotiation, negotiations,", 1),
                    encoding="utf-8")
    code, out, err = run(capsys, "config", "check", str(path))
    assert code == 0 and "OK" in out
    assert "[frames[0].terms.en[2]] warning: term 'negotiation' is listed twice in frame 'diplomacy'" in err


def test_lexicon_kwic_shows_outlet_and_speaker_as_segments_do(config, seed) -> None:  # type: ignore[no-untyped-def]
    lines = kwic(seed, "عراقجي", config)
    assert lines
    for line in lines:
        seg = next(s for s in seed.article.segments if s.start <= line.start < s.end)
        assert (line.outlet, line.speaker) == (seg.outlet, seg.speaker)
    quoted = [line for line in lines if line.speaker == "Abbas Araghchi"]
    assert quoted and all(line.source != "narration" for line in quoted)


def test_lexicon_kwic_width_defaults_to_the_config(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(CONFIG.read_text(encoding="utf-8").replace("kwic_width: 60", "kwic_width: 12"), encoding="utf-8")
    assert load_config(path).config.report.kwic_width == 12
    lines = kwic_report("مفاوضات", SEED, path)
    assert lines and all(len(line.left) <= 12 and len(line.right) <= 12 for line in lines)
    assert max(len(line.left) for line in kwic_report("مفاوضات", SEED, path, width=40)) > 12


@pytest.mark.parametrize("term", ["—", "", "  ", "/(/", "//"])
def test_lexicon_kwic_term_that_cannot_match_is_one_line_exit_2(term: str, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TermError):
        kwic_report(term, SEED, CONFIG)
    code, _out, err = run(capsys, "lexicon", "kwic", term, str(SEED), "-c", str(CONFIG))
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 2 and len(lines) == 1 and lines[0].startswith("framing: error: lexicon kwic: [TERM]")
