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
    reader = csv.DictReader(io.StringIO(raw))
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
    stripped = raw.strip()
    try:
        if stripped.startswith("["):
            loaded = json.loads(stripped)
            return [r for r in loaded if isinstance(r, dict)]
        return [json.loads(line) for line in stripped.splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        raise GoldError(f"{name}: not JSON or JSONL ({exc.msg}, line {exc.lineno})") from None


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
        sources = record.get("annotations") or record.get("predictions") or []
        results = sources[0].get("result", []) if sources and isinstance(sources[0], dict) else []
        labelled = [
            (r["value"].get("start"), r["value"].get("end"), label, f"{name}: result {r.get('id', n)}")
            for n, r in enumerate(results) if isinstance(r, dict) and isinstance(r.get("value"), dict)
            for label in r["value"].get("labels", [])
        ]
        return _split(labelled, text, "label-studio")
    spans = record.get("label", record.get("labels", []))
    if not isinstance(spans, list):
        raise GoldError(f"{name}: 'label' must be a list of [start, end, label]")
    labelled = []
    for n, item in enumerate(spans):
        if not (isinstance(item, (list, tuple)) and len(item) == 3):
            raise GoldError(f"{name}: label {n} is not [start, end, label]")
        labelled.append((item[0], item[1], str(item[2]), f"{name}: label {n}"))
    return _split(labelled, text, "doccano")


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
