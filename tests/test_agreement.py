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


def _ls_task(spans: list, key: str = "annotations", predictions: list | None = None) -> dict:
    """A Label Studio task on TEXT whose one annotation (under ``key``) labels ``spans``."""
    result = [{"type": "labels", "value": {"start": s, "end": e, "labels": [label]}} for s, e, label in spans]
    task: dict = {"data": {"text": TEXT}, key: [{"result": result}] if spans else []}
    if predictions is not None:
        task["predictions"] = [{"result": [{"type": "labels", "value": {"start": s, "end": e, "labels": [label]}}
                                           for s, e, label in predictions]}]
    return task


@pytest.mark.parametrize("order", [0, 1])
def test_gold_two_records_for_the_article_are_refused_whatever_their_order(tmp_path, order):
    # K24b: two coders' exports concatenated were scored by their first line only, so F1 followed the line order
    coders = [{"text": TEXT, "label": [[0, 5, "wsj"]]}, {"text": TEXT, "label": [[0, 5, "cnn"]]}]
    other = {"text": "another article", "label": [[0, 7, "cnn"]]}
    path = tmp_path / "g.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [other, *coders[order:], *coders[:order]]),
                    encoding="utf-8")
    with pytest.raises(GoldError, match=r"g\.jsonl: 2 records annotate the article's text \(line 2, line 3\)"):
        read_gold(path, TEXT)
    tasks = tmp_path / "g.json"
    tasks.write_text(json.dumps([_ls_task([[0, 5, "wsj"]]), _ls_task([[0, 5, "cnn"]])]), encoding="utf-8")
    with pytest.raises(GoldError, match=r"2 records annotate the article's text \(record 1, record 2\)"):
        read_gold(tasks, TEXT)


def test_gold_label_studio_predictions_only_is_refused_and_completions_are_annotations(tmp_path):
    # K25: `annotations: []` with predictions scored a model's labels as gold; `completions` said "no label"
    path = tmp_path / "g.json"
    path.write_text(json.dumps([_ls_task([], predictions=[[0, 5, "cnn"]])]), encoding="utf-8")
    with pytest.raises(GoldError, match="has no annotation, only predictions") as exc:
        read_gold(path, TEXT)
    assert "\n" not in str(exc.value)
    path.write_text(json.dumps([_ls_task([[0, 5, "wsj"]], key="completions")]), encoding="utf-8")
    assert [(s.start, s.end, s.label) for s in read_gold(path, TEXT).outlets] == [(0, 5, "wsj")]
    path.write_text(json.dumps([_ls_task([[0, 5, "wsj"]], predictions=[[0, 5, "cnn"]])]), encoding="utf-8")
    assert [s.label for s in read_gold(path, TEXT).outlets] == ["wsj"]  # the annotation, not the prediction


def test_gold_label_studio_json_min_export_and_other_labels_say_what_they_are(tmp_path):
    # K25: JSON-MIN gave "label 0 is not [start, end, label]"
    path = tmp_path / "g.json"
    path.write_text(json.dumps([{"id": 1, "text": TEXT, "label": [{"start": 0, "end": 5, "text": TEXT[:5],
                                                                   "labels": ["wsj"]}]}]), encoding="utf-8")
    with pytest.raises(GoldError, match="JSON-MIN export, which is not read: export JSON or JSONL"):
        read_gold(path, TEXT)
    path.write_text(json.dumps({"text": TEXT, "label": ["positive"]}), encoding="utf-8")
    with pytest.raises(GoldError, match=r'label 0 is "positive", not \[start, end, label\]'):
        read_gold(path, TEXT)


@pytest.mark.parametrize(
    ("spans", "message"),
    [
        ([[0, 20, "wsj"], [30, 40, "wsj"], [0, 40, "cnn"]],
         r"span \[0, 40\) 'cnn' overlaps span \[0, 20\) 'wsj' \(.*label 0\)"),  # one span over two others
        ([[0, 20, "wsj"], [5, 10, "wsj"]], r"span \[5, 10\) 'wsj' overlaps span \[0, 20\) 'wsj'"),  # nested, same
        ([[0, 20, "wsj"], [0, 20, "cnn"]], r"overlaps span \[0, 20\)"),  # one passage, two outlets
        ([[0, 20, "frame:diplomacy"], [10, 30, "frame:sanctions_economy"]], r"span \[10, 30\).* overlaps span"),
    ],
)
def test_gold_overlapping_spans_are_refused(tmp_path, spans, message):
    # K24: overlapping outlet spans were scored (a nested duplicate added a true positive)
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"text": TEXT, "label": spans}), encoding="utf-8")
    with pytest.raises(GoldError, match=message) as exc:
        read_gold(path, TEXT)
    assert "\n" not in str(exc.value)


def test_gold_frames_of_one_passage_and_adjacent_spans_are_accepted(tmp_path):
    spans = [[0, 20, "wsj"], [20, 40, "cnn"], [0, 20, "frame:diplomacy"], [0, 20, "frame:sanctions_economy"],
             [20, 40, "frame:none"], [40, 50, "frame:diplomacy"]]
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"text": TEXT, "label": spans}), encoding="utf-8")
    gold = read_gold(path, TEXT)
    assert [s.label for s in gold.outlets] == ["wsj", "cnn"] and len(gold.frames) == 4


def test_gold_jsonl_error_names_the_broken_line(tmp_path):
    # K76b: a broken second line was reported as "line 1"
    path = tmp_path / "g.jsonl"
    path.write_text('{"text": "x", "label": []}\n\n{"text": "y", "label": [[0,1,"a"]\n', encoding="utf-8")
    with pytest.raises(GoldError, match=r"g\.jsonl:3: not JSON or JSONL \(.*line 3 column"):
        read_gold(path, TEXT)
    path.write_text('{"text": "x",\n "label": [[0, 1, "a"]\n}\n', encoding="utf-8")  # one object over lines
    with pytest.raises(GoldError, match=r"g\.jsonl:3: not JSON"):
        read_gold(path, TEXT)
    path.write_text(json.dumps({"text": TEXT + "\u2028", "label": []}, ensure_ascii=False) + "\n"
                    + json.dumps({"text": TEXT, "label": [[0, 5, "wsj"]]}, ensure_ascii=False), encoding="utf-8")
    assert [s.label for s in read_gold(path, TEXT).outlets] == ["wsj"]  # U+2028 in a string ends no line


def test_cli_evaluate_article_and_gold_both_on_standard_input_is_a_usage_error(capsys):
    # K54: "framing evaluate - -" said "the gold file is empty"
    from framing.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["evaluate", "-", "-", "--config", str(ROOT / "config.yaml")])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "cannot both be standard input" in err and "Traceback" not in err and err.count("\n") == 1


def test_gold_outlet_labels_that_are_no_config_id_are_noted(tmp_path, capsys):
    # K42: "WSJ", "Reuters" and "reuter" were scored as outlets of their own without a word
    from framing.cli import main
    from framing.config import load_config
    from framing.gold import outlet_label_notes

    second, third = TEXT.index("وأضافت"), TEXT.index("وقال")
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"text": TEXT, "label": [[0, 10, "WSJ"], [second, second + 5, "reuter"],
                                                        [third, third + 4, "wall_street_journal"],
                                                        [third + 5, third + 9, "unlisted_x"]]},
                               ensure_ascii=False), encoding="utf-8")
    outlets = load_config(ROOT / "config.yaml").config.outlets
    notes = outlet_label_notes(read_gold(path, TEXT), outlets)
    assert len(notes) == 3 and "'WSJ' is no outlet id of the config (probably 'wsj')" in notes[0]
    assert "'reuter' is no outlet id of the config:" in notes[1] and "(probably 'wsj')" in notes[2]
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["evaluate", str(article), str(path), "--json", "--config", str(ROOT / "config.yaml")])
    assert exc.value.code == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report["notes"] == notes and "WSJ" in report["attribution"]["per_outlet"]  # still scored as given
    assert captured.err.count("framing: warning: gold outlet label") == 3
    with pytest.raises(SystemExit) as exc:
        main(["evaluate", str(article), str(path), "--config", str(ROOT / "config.yaml")])
    assert exc.value.code == 0 and "(probably 'wsj')" in capsys.readouterr().err
