"""scripts/evaluate_frames.py: a frame set in any directory, restricted to chosen articles, with config overrides."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("evaluate_frames", ROOT / "scripts" / "evaluate_frames.py")
assert _spec is not None and _spec.loader is not None
evaluate_frames = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(evaluate_frames)

ARTICLES = {
    "en-one": "Iran and the US held talks in Muscat.\nThe strikes hit three sites.\n",
    "ar-two": "عقدت إيران والولايات المتحدة محادثات في مسقط.\n",
}


def _write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


@pytest.fixture()
def frame_set(tmp_path: Path) -> tuple[Path, Path]:
    frames, articles = tmp_path / "frames", tmp_path / "articles"
    frames.mkdir()
    articles.mkdir()
    passages = []
    for stem, text in ARTICLES.items():
        (articles / f"{stem}.txt").write_text(text, encoding="utf-8")
        start = 0
        for n, line in enumerate(text.splitlines(), start=1):
            passages.append([stem, f"{stem}#{n:02}", start, start + len(line), line])
            start += len(line) + 1
    _write(frames / "passages.csv", ["article", "passage", "start", "end", "text"], passages)
    coded = [["en-one#01", "diplomacy"], ["en-one#02", "military_threat"], ["ar-two#01", "diplomacy"]]
    for name in ("coder-a.csv", "coder-b.csv", "adjudicated.csv"):
        _write(frames / name, ["passage", "frame"], coded)
    return frames, articles


def test_evaluate_frames_measures_a_frame_set_in_any_directory(frame_set: tuple[Path, Path]) -> None:
    frames, articles = frame_set
    report = evaluate_frames.measure(frames, articles, None, evaluate_frames._load(ROOT / "config.yaml", []))
    assert report["passages"] == 3 and report["articles"] == ["ar-two", "en-one"]
    overall = report["tool_all"]["adjudicated"]["overall"]
    assert (overall["kappa"], overall["precision"], overall["recall"]) == (1.0, 1.0, 1.0)
    assert report["coders_all"]["overall"]["kappa"] == 1.0
    assert set(report) >= {"tool_ar", "tool_en", "shares"}
    assert report["tool_en"]["adjudicated"]["per_frame"]["military_threat"]["gold"] == 1


def test_evaluate_frames_restricts_to_the_chosen_articles(frame_set: tuple[Path, Path]) -> None:
    frames, articles = frame_set
    report = evaluate_frames.measure(frames, articles, ["en-one"], evaluate_frames._load(ROOT / "config.yaml", []))
    assert report["passages"] == 2 and report["articles"] == ["en-one"]
    assert "tool_ar" not in report


def test_evaluate_frames_refuses_an_unknown_article(frame_set: tuple[Path, Path]) -> None:
    frames, articles = frame_set
    with pytest.raises(SystemExit, match="en-three"):
        evaluate_frames.measure(frames, articles, ["en-three"], evaluate_frames._load(ROOT / "config.yaml", []))


def test_evaluate_frames_overrides_and_stem_ablation_reach_the_config() -> None:
    loaded = evaluate_frames._load(ROOT / "config.yaml", ["matching.frame_unit=term", "matching.negation.window=5"], stems=False)
    assert loaded.config.matching.frame_unit == "term" and loaded.config.matching.negation.window == 5
    assert all(not term.stem for frame in loaded.config.frames for _lang, term in frame.all_terms() if term.text is not None)
