"""Agreement metrics, gold reading and the annotate -> evaluate round trip."""

from __future__ import annotations

import json
from pathlib import Path

import krippendorff
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sklearn.metrics import cohen_kappa_score

import framing
from framing.agreement import cohen_kappa, evaluate, krippendorff_alpha, prf
from framing.annotation import annotation_jsonl
from framing.gold import GoldError, read_gold

ROOT = Path(__file__).resolve().parent.parent
TEXT = ("وذكرت «وول ستريت جورنال» أن المفاوضات انتهت دون اتفاق.\nوأضافت الصحيفة أن العقوبات باقية.\n"
        "وقال مسؤول إن الجولة المقبلة قريبة.\n")


def _task(value: dict) -> str:
    """A Label Studio task on TEXT with one result whose value holds ``value`` (and a span)."""
    result = {"id": "r1", "type": "labels", "value": {"start": 0, "end": 5, **value}}
    return json.dumps({"data": {"text": TEXT}, "annotations": [{"result": [result]}]}, ensure_ascii=False)


@pytest.fixture(scope="module")
def analysis():
    return framing.analyze(TEXT, ROOT / "config.yaml")


@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2)), min_size=2, max_size=60))
def test_agreement_kappa_and_alpha_match_reference_implementations(pairs):
    a, b = [x for x, _ in pairs], [y for _, y in pairs]
    if len(set(a) | set(b)) < 2:
        assert cohen_kappa(a, b) == 1.0 and krippendorff_alpha(a, b) == 1.0
        return
    expected = cohen_kappa_score(a, b)
    assert cohen_kappa(a, b) == pytest.approx(expected, abs=1e-9, nan_ok=True)
    if a != b:
        reference = krippendorff.alpha(reliability_data=np.array([a, b], dtype=float), level_of_measurement="nominal")
        assert krippendorff_alpha(a, b) == pytest.approx(reference, abs=1e-9, nan_ok=True)


def test_agreement_prf_counts():
    assert prf(3, 4, 6) == {"precision": 0.75, "recall": 0.5, "f1": 0.6, "tp": 3, "predicted": 4, "gold": 6}
    assert prf(0, 0, 0)["f1"] == 0.0


@pytest.mark.parametrize("fmt", ["doccano", "label-studio"])
def test_agreement_own_annotation_evaluates_to_one(tmp_path, analysis, fmt):
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text(annotation_jsonl(analysis, fmt), encoding="utf-8")
    result = evaluate(analysis, read_gold(gold_file, TEXT), ["diplomacy", "sanctions_economy"])
    assert result["attribution"]["overall"]["f1"] == 1.0
    assert result["attribution"]["characters"]["overall"]["f1"] == 1.0
    assert result["frames"]["overall"]["f1"] == 1.0 and result["frames"]["overall"]["kappa"] == 1.0


def test_agreement_csv_gold_scores_a_missed_outlet_and_a_missing_frame(tmp_path, analysis):
    first_end = TEXT.index("\n")
    second = TEXT.index("وأضافت")
    third = TEXT.index("وقال")
    gold = tmp_path / "gold.csv"
    gold.write_text(
        "start,end,outlet,frame\n"
        f"0,{first_end},wsj,diplomacy\n"
        f"{second},{third - 1},wsj,sanctions_economy\n"
        f"{third},{len(TEXT) - 1},reuters,\n",  # the gold says Reuters carried the third sentence; no frame there
        encoding="utf-8")
    result = evaluate(analysis, read_gold(gold, TEXT), ["diplomacy", "sanctions_economy"])
    wsj, reuters = result["attribution"]["per_outlet"]["wsj"], result["attribution"]["per_outlet"]["reuters"]
    assert (wsj["tp"], wsj["gold"]) == (2, 2) and (reuters["tp"], reuters["gold"], reuters["predicted"]) == (0, 1, 0)
    assert result["attribution"]["overall"]["recall"] == pytest.approx(2 / 3)
    per = result["frames"]["per_frame"]
    assert per["sanctions_economy"]["gold"] == 1 and per["diplomacy"]["gold"] == 1
    assert result["frames"]["passages"] == 3


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("g.jsonl", '{"text": "another article", "label": []}\n', "no record's text"),
        ("g.jsonl", "{not json\n", "not JSON"),
        ("g.csv", "a,b\n1,2\n", "needs the columns"),
        ("g.csv", "start,end,outlet\n0,99999,wsj\n", "outside the article"),
        ("g.csv", "start,end,outlet\nx,3,wsj\n", "whole numbers"),
        ("g.jsonl", "", "empty"),
        ("g.json", "42\n", "record 1 is int, not an object"),
        ("g.json", _task({"labels": "wsj"}), "'labels' must be a list"),
        ("g.json", _task({"labels": None}), "'labels' must be a list"),
        ("g.json", _task({"labels": [7]}), "'labels' must be a list"),
        ("g.json", json.dumps({"data": {"text": TEXT}, "annotations": {"result": []}}), "must be lists"),
    ],
)
def test_gold_bad_files_are_refused_in_one_line(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldError, match=message) as exc:
        read_gold(path, TEXT)
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize(
    ("label", "message"),
    [
        ([0, 5, None], "the label must be text"),
        ([0.5, 5, "wsj"], "whole numbers"),
        ([True, 5, "wsj"], "whole numbers"),
        ([5, 5, "wsj"], r"span \[5, 5\) is empty"),
        ([0, 5, "frame:diplomcy"], "'frame:diplomcy' is not a frame of the config"),
        ([0, 5, "\ud800"], "lone surrogate"),
        ([0, 5, "Frame:diplomcy"], "is not a frame of the config"),  # the prefix in any case is the prefix
    ],
)
def test_gold_labels_that_would_be_scored_wrongly_are_refused(tmp_path, label, message):
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"text": TEXT, "label": [label]}), encoding="utf-8")  # (escapes: a lone surrogate too)
    with pytest.raises(GoldError, match=message):
        read_gold(path, TEXT, frame_ids=["diplomacy", "sanctions_economy"])


def test_gold_without_frame_ids_keeps_any_frame_and_frame_none_is_always_known(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("start,end,frame\n0,5,new_frame\n6,9,none\n", encoding="utf-8")
    assert [s.label for s in read_gold(path, TEXT).frames] == ["new_frame", ""]
    with pytest.raises(GoldError, match="'frame:new_frame' is not a frame"):
        read_gold(path, TEXT, frame_ids=["diplomacy"])


def test_gold_deeply_nested_json_and_a_file_over_the_limit_are_refused_in_one_line(tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200_000, encoding="utf-8")
    with pytest.raises(GoldError, match="nested too deeply"):
        read_gold(deep, TEXT)
    big = tmp_path / "big.jsonl"
    big.write_text(json.dumps({"text": TEXT, "label": []}, ensure_ascii=False) + "\n" + " " * 5000, encoding="utf-8")
    with pytest.raises(GoldError, match="over the 1,000-byte limit"):
        read_gold(big, TEXT, max_bytes=1000)
    with pytest.raises(GoldError, match="over the 1,000-byte limit"):
        read_gold("/dev/zero", TEXT, max_bytes=1000)


def test_cli_annotate_then_evaluate_round_trip(tmp_path, capsys):
    from framing.cli import main

    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    gold = tmp_path / "a.jsonl"
    with pytest.raises(SystemExit) as exc:
        main(["annotate", str(article), "--out", str(gold), "--config", str(ROOT / "config.yaml")])
    assert exc.value.code == 0
    with pytest.raises(SystemExit) as exc:
        main(["annotate", str(article), "--out", str(gold)])
    assert exc.value.code == 2  # exists: --force to replace
    capsys.readouterr()
    with pytest.raises(SystemExit) as exc:
        main(["evaluate", str(article), str(gold), "--json", "--html", str(tmp_path / "e.html"),
              "--config", str(ROOT / "config.yaml")])
    assert exc.value.code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["attribution"]["overall"]["f1"] == 1.0
    assert set(report["attribution"]) >= {"overall", "per_outlet"} and "frames" in report
    page = (tmp_path / "e.html").read_text(encoding="utf-8")
    assert "Krippendorff" in page and "&lt;" not in TEXT and "وول ستريت" in page


def test_gold_csv_with_a_field_over_the_csv_module_default_limit_is_read(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("start,end,outlet,note\n0,3,wsj," + "x" * 200_000 + "\n", encoding="utf-8")
    assert [(s.start, s.end, s.label) for s in read_gold(path, TEXT).outlets] == [(0, 3, "wsj")]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("g.json", json.dumps({"data": {"text": TEXT}, "annotations": [{"result": [5]}]}), "is not an object"),
        ("g.json", json.dumps({"data": {"text": TEXT}, "annotations": [{"result": [
            {"type": "labels", "value": None}]}]}), "without a 'value'"),
        ("g.json", _task({"labels": []}), "has no label"),
        ("g.json", json.dumps({"data": {"text": TEXT}, "annotations": [{"result": []}, {"result": []}]}),
         "2 annotations"),
        ("g.jsonl", json.dumps({"text": TEXT, "label": [[0, 5, "wsj"], [0, 5, "wsj"]]}), "the same span and label"),
        ("g.jsonl", json.dumps({"text": TEXT, "label": []}), "no label"),
        ("g.csv", "start,end,outlet\n", "no label"),
        ("g.csv", 'start,end,outlet\n0,5,"wsj\n', "not a readable CSV"),
    ],
)
def test_gold_that_would_be_scored_silently_wrong_is_refused(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldError, match=message):
        read_gold(path, TEXT)


def test_gold_doccano_entities_export_is_read(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"text": TEXT, "entities": [{"id": 1, "label": "wsj", "start_offset": 0,
                                                            "end_offset": 5}]}), encoding="utf-8")
    assert [(s.start, s.end, s.label) for s in read_gold(path, TEXT).outlets] == [(0, 5, "wsj")]


def test_gold_label_studio_results_that_are_no_spans_are_skipped(tmp_path):
    results = [{"id": "c", "type": "choices", "value": {"choices": ["ok"]}},
               {"id": "r1", "type": "labels", "value": {"start": 0, "end": 5, "labels": ["wsj"]}}]
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"data": {"text": TEXT}, "annotations": [{"result": results}]}), encoding="utf-8")
    assert [s.label for s in read_gold(path, TEXT).outlets] == ["wsj"]
