"""An analysis as annotation tasks: doccano JSONL and Label Studio tasks with predictions.

Outlet spans are the attributed segments (label = outlet id); frame labels are
passage spans labelled ``frame:<id>`` for each frame with at least one counted
hit in the passage. ``framing evaluate`` reads both formats back, so the
tool's own annotation evaluates to F1 = 1.
"""

from __future__ import annotations

import json
from importlib import metadata
from typing import Literal

from framing.model import Analysis

AnnotationFormat = Literal["doccano", "label-studio"]
FRAME_PREFIX = "frame:"


def predicted_spans(analysis: Analysis) -> list[tuple[int, int, str]]:
    """(start, end, label) for every attributed passage and every frame present in a passage, by position."""
    spans: list[tuple[int, int, str]] = []
    hits = analysis.frame_hits
    frames_at: dict[int, set[str]] = {}
    if hits is not None and len(hits):
        counted = hits[~hits["negated"].astype(bool)] if "negated" in hits.columns else hits
        for segment_start, frame in zip(counted["segment_start"], counted["frame"]):
            frames_at.setdefault(int(segment_start), set()).add(str(frame))
    for seg in analysis.segments:
        if seg.outlet:
            spans.append((seg.start, seg.end, seg.outlet))
        spans += [(seg.start, seg.end, f"{FRAME_PREFIX}{frame}") for frame in sorted(frames_at.get(seg.start, ()))]
    return spans


def doccano_record(analysis: Analysis) -> dict[str, object]:
    """``{"text": …, "label": [[start, end, label], …]}``: doccano's sequence-labelling JSONL record."""
    return {"text": analysis.article.text, "label": [list(span) for span in predicted_spans(analysis)]}


def label_studio_task(analysis: Analysis) -> dict[str, object]:
    """A Label Studio task whose predictions are the tool's labels (``<Labels name="label" toName="text">``)."""
    text = analysis.article.text
    result = [
        {
            "id": f"s{n}",
            "from_name": "label",
            "to_name": "text",
            "type": "labels",
            "value": {"start": start, "end": end, "text": text[start:end], "labels": [label]},
        }
        for n, (start, end, label) in enumerate(predicted_spans(analysis))
    ]
    return {
        "data": {"text": text},
        "predictions": [{"model_version": f"framing {metadata.version('framing')}", "result": result}],
    }


def annotation_jsonl(analysis: Analysis, fmt: AnnotationFormat = "doccano") -> str:
    """One JSONL line (with its newline) for the article in ``fmt``."""
    record = doccano_record(analysis) if fmt == "doccano" else label_studio_task(analysis)
    return json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
