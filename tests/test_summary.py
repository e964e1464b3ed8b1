"""The short run summary and what changed between two runs (for --watch)."""

from __future__ import annotations

from pathlib import Path

import framing
from framing.config import load_config
from framing.summary import changes, outlet_lines

ROOT = Path(__file__).resolve().parent.parent
TEXT = "وذكرت «وول ستريت جورنال» أن المفاوضات انتهت دون اتفاق.\nوأضافت الصحيفة أن العقوبات باقية.\n"


def test_summary_outlet_lines_count_passages_words_and_the_leading_frame():
    analysis = framing.analyze(TEXT, ROOT / "config.yaml")
    [line] = outlet_lines(analysis)
    assert (line.outlet, line.passages) == ("wsj", 2)
    assert line.words == sum(len(s.text.split()) for s in analysis.segments if s.outlet == "wsj")
    assert line.frame_hits >= 2 and line.dominant_frame == "diplomacy"


def test_summary_claims_no_share_below_the_evidence_floor():
    analysis = framing.analyze(TEXT, ROOT / "config.yaml")  # min_frame_hits 5; wsj has fewer
    [line] = outlet_lines(analysis)
    assert line.frame_hits < 5 and line.too_few
    assert line.leading == "diplomacy (too little evidence)"
    assert "%" not in line.leading


def test_summary_changes_names_frames_whose_hits_moved(tmp_path):
    before = framing.analyze(TEXT, ROOT / "config.yaml")
    assert changes(before, before) == []
    edited = (ROOT / "config.yaml").read_text(encoding="utf-8").replace("ar: [مفاوضات, ", "ar: [", 1)
    path = tmp_path / "c.yaml"
    path.write_text(edited, encoding="utf-8")
    after = framing.analyze(TEXT, load_config(path))
    found = changes(before, after)
    assert any(line.startswith("diplomacy: ") and "hits" in line for line in found), found
