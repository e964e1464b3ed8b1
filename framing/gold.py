"""Reading human annotation of one article: doccano JSONL, Label Studio JSON/JSONL, or CSV.

A gold file gives outlet spans (``start, end, outlet``) and frame spans
(``start, end, frame``; an empty frame, or ``frame:none``, marks a coded
passage without any frame). Offsets are checked against the article: a gold
file made on another text is refused, never silently misaligned.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from framing.annotation import FRAME_PREFIX

NO_FRAME = "none"


class GoldError(ValueError):
    """The gold file cannot be used; the message is one line."""


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    label: str  # an outlet id, a frame id, or '' (a frame unit coded with no frame)


@dataclass(frozen=True)
class Gold:
    outlets: tuple[GoldSpan, ...]
    frames: tuple[GoldSpan, ...]
    source_format: str


def _span(start: object, end: object, label: str, text: str, where: str) -> GoldSpan:
    try:
        s, e = int(start), int(end)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        raise GoldError(f"{where}: start and end must be whole numbers") from None
    if not 0 <= s < e <= len(text):
        raise GoldError(f"{where}: span [{s}, {e}) is outside the article ({len(text)} characters)")
    return GoldSpan(s, e, label)


def _split(labelled: list[tuple[object, object, str, str]], text: str, fmt: str) -> Gold:
    outlets, frames = [], []
    for start, end, label, where in labelled:
        label = label.strip()
        if label.startswith(FRAME_PREFIX):
            frame = label[len(FRAME_PREFIX):]
            frames.append(_span(start, end, "" if frame == NO_FRAME else frame, text, where))
        elif label:
            outlets.append(_span(start, end, label, text, where))
    return Gold(tuple(sorted(outlets, key=lambda s: s.start)), tuple(sorted(frames, key=lambda s: s.start)), fmt)


def _from_csv(raw: str, text: str, name: str) -> Gold:
    csv.field_size_limit(max(csv.field_size_limit(), len(raw) + 1))  # a long passage is one field: the file bounds it
    reader = csv.DictReader(io.StringIO(raw))
    try:
        return _csv_rows(reader, text, name)
    except csv.Error as exc:
        raise GoldError(f"{name}:{reader.line_num}: not a readable CSV ({exc})") from None


def _csv_rows(reader: csv.DictReader, text: str, name: str) -> Gold:  # type: ignore[type-arg]
    columns = set(reader.fieldnames or [])
    if not {"start", "end"} <= columns or not columns & {"outlet", "frame", "label"}:
        raise GoldError(f"{name}: a gold CSV needs the columns start,end and outlet, frame or label")
    labelled: list[tuple[object, object, str, str]] = []
    for n, row in enumerate(reader, start=2):
        where = f"{name}:{n}"
        if row.get("outlet"):
            labelled.append((row["start"], row["end"], row["outlet"], where))
        if "frame" in columns:
            frame = (row.get("frame") or "").strip()
            labelled.append((row["start"], row["end"], FRAME_PREFIX + (frame or NO_FRAME), where))
        if row.get("label"):
            labelled.append((row["start"], row["end"], row["label"], where))
    return _split(labelled, text, "csv")


def _records(raw: str, name: str) -> list[dict[str, object]]:
    """The records of a JSON list, a single JSON object, or JSONL; anything that is not an object is refused."""
    stripped = raw.strip()
    try:
        if stripped.startswith("["):
            loaded = json.loads(stripped)
            return [r for r in loaded if isinstance(r, dict)]
        records = [json.loads(line) for line in stripped.splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        try:  # one object written over several lines
            records = [json.loads(stripped)]
        except json.JSONDecodeError:
            raise GoldError(f"{name}: not JSON or JSONL ({exc.msg}, line {exc.lineno})") from None
    for n, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            raise GoldError(f"{name}: record {n} is {type(record).__name__}, not an object with the article's text")
    return records


def _record_text(record: dict[str, object]) -> str | None:
    data = record.get("data")
    value = data.get("text") if isinstance(data, dict) else record.get("text")
    return value if isinstance(value, str) else None


def _from_json(raw: str, text: str, name: str) -> Gold:
    records = _records(raw, name)
    matching = [r for r in records if _record_text(r) == text]
    if not matching:
        raise GoldError(f"{name}: no record's text is the article's text ({len(records)} record(s) read)")
    record = matching[0]
    if "data" in record:  # Label Studio: the first annotation, else the predictions
        return _split(_label_studio(record, name), text, "label-studio")
    spans = record.get("label", record.get("labels", []))
    if not isinstance(spans, list):
        raise GoldError(f"{name}: 'label' must be a list of [start, end, label]")
    labelled = []
    for n, item in enumerate(spans):
        if not (isinstance(item, (list, tuple)) and len(item) == 3):
            raise GoldError(f"{name}: label {n} is not [start, end, label]")
        labelled.append((item[0], item[1], str(item[2]), f"{name}: label {n}"))
    return _split(labelled, text, "doccano")


def _label_studio(record: dict[str, object], name: str) -> list[tuple[object, object, str, str]]:
    """The labelled spans of a Label Studio task: its first annotation's results, else its first prediction's."""
    sources = record.get("annotations") or record.get("predictions") or []
    if not isinstance(sources, list):
        raise GoldError(f"{name}: 'annotations' and 'predictions' must be lists")
    results = sources[0].get("result", []) if sources and isinstance(sources[0], dict) else []
    if not isinstance(results, list):
        raise GoldError(f"{name}: an annotation's 'result' must be a list")
    labelled: list[tuple[object, object, str, str]] = []
    for n, result in enumerate(results):
        if not isinstance(result, dict) or not isinstance(result.get("value"), dict):
            continue
        value = result["value"]
        where = f"{name}: result {result.get('id', n)}"
        labels = value.get("labels", [])
        if not isinstance(labels, list) or not all(isinstance(label, str) for label in labels):
            raise GoldError(f"{where}: 'labels' must be a list of label names")
        labelled += [(value.get("start"), value.get("end"), label, where) for label in labels]
    return labelled


def read_gold(path: str | Path, text: str) -> Gold:
    """Read ``path`` (CSV, doccano JSONL, or Label Studio JSON/JSONL) as gold labels for ``text``."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise GoldError(f"{path}: gold file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read the gold file ({exc})") from None
    if not raw.strip():
        raise GoldError(f"{path}: the gold file is empty")
    if path.suffix.lower() == ".csv":
        return _from_csv(raw, text, str(path))
    return _from_json(raw, text, str(path))
