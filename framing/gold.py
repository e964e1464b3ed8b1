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
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from framing.annotation import FRAME_PREFIX
from framing.reader import InputError, read_bytes

NO_FRAME = "none"
# A gold file larger than this is refused unread (evaluate passes its own limit, from the config).
DEFAULT_MAX_BYTES = 100_000_000


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


def _offset(value: object) -> int:
    """A character offset: a whole number, or (CSV) its digits; 3.0, 3.7, True and '3.5' are refused."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    raise ValueError(value)


def _span(start: object, end: object, label: str, text: str, where: str) -> GoldSpan:
    try:
        s, e = _offset(start), _offset(end)
    except ValueError:
        raise GoldError(f"{where}: start and end must be whole numbers (got {start!r}, {end!r})") from None
    if s == e:
        raise GoldError(f"{where}: span [{s}, {e}) is empty")
    if not 0 <= s < e <= len(text):
        raise GoldError(f"{where}: span [{s}, {e}) is outside the article ({len(text)} characters)")
    return GoldSpan(s, e, label)


def _split(labelled: list[tuple[object, object, object, str]], text: str, fmt: str,
           frame_ids: Collection[str] | None) -> Gold:
    outlets, frames = [], []
    seen: dict[tuple[object, object, object], str] = {}
    for start, end, given, where in labelled:
        if (start, end, given) in seen:  # counted twice, it would weigh twice
            raise GoldError(f"{where}: the same span and label as {seen[(start, end, given)]}")
        seen[(start, end, given)] = where
        if not isinstance(given, str):
            raise GoldError(f"{where}: the label must be text (an outlet id or frame:<id>), not {given!r}")
        label = given.strip()
        try:
            label.encode("utf-8")
        except UnicodeEncodeError:
            raise GoldError(f"{where}: the label {label!r} holds a lone surrogate, not text") from None
        if label[:len(FRAME_PREFIX)].casefold() == FRAME_PREFIX.casefold():  # "Frame:diplomacy" too
            frame = label[len(FRAME_PREFIX):].strip()
            if frame_ids is not None and frame not in (NO_FRAME, "") and frame not in frame_ids:
                raise GoldError(f"{where}: {label!r} is not a frame of the config (its frames: "
                                f"{', '.join(frame_ids)}; frame:none marks a passage with no frame)")
            frames.append(_span(start, end, "" if frame == NO_FRAME else frame, text, where))
        elif label:
            outlets.append(_span(start, end, label, text, where))
    if not outlets and not frames:
        raise GoldError(f"{fmt} gold has no label for this article: nothing to score")
    return Gold(tuple(sorted(outlets, key=lambda s: s.start)), tuple(sorted(frames, key=lambda s: s.start)), fmt)


def _from_csv(raw: str, text: str, name: str, frame_ids: Collection[str] | None) -> Gold:
    csv.field_size_limit(max(csv.field_size_limit(), len(raw) + 1))  # a long passage is one field: the file bounds it
    reader = csv.DictReader(io.StringIO(raw), strict=True)  # (strict: an unterminated quote is an error)
    try:
        return _csv_rows(reader, text, name, frame_ids)
    except csv.Error as exc:
        raise GoldError(f"{name}:{reader.line_num}: not a readable CSV ({exc})") from None


def _csv_rows(reader: csv.DictReader, text: str, name: str,  # type: ignore[type-arg]
              frame_ids: Collection[str] | None) -> Gold:
    columns = set(reader.fieldnames or [])
    if not {"start", "end"} <= columns or not columns & {"outlet", "frame", "label"}:
        raise GoldError(f"{name}: a gold CSV needs the columns start,end and outlet, frame or label")
    labelled: list[tuple[object, object, object, str]] = []
    for n, row in enumerate(reader, start=2):
        where = f"{name}:{n}"
        if row.get("outlet"):
            labelled.append((row["start"], row["end"], row["outlet"], where))
        if "frame" in columns:
            frame = (row.get("frame") or "").strip()
            labelled.append((row["start"], row["end"], FRAME_PREFIX + (frame or NO_FRAME), where))
        if row.get("label"):
            labelled.append((row["start"], row["end"], row["label"], where))
    return _split(labelled, text, "csv", frame_ids)


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
        except RecursionError:
            raise GoldError(f"{name}: the JSON is nested too deeply to be a gold file") from None
    except RecursionError:
        raise GoldError(f"{name}: the JSON is nested too deeply to be a gold file") from None
    for n, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            raise GoldError(f"{name}: record {n} is {type(record).__name__}, not an object with the article's text")
    return records


def _record_text(record: dict[str, object]) -> str | None:
    data = record.get("data")
    value = data.get("text") if isinstance(data, dict) else record.get("text")
    return value if isinstance(value, str) else None


def _from_json(raw: str, text: str, name: str, frame_ids: Collection[str] | None) -> Gold:
    records = _records(raw, name)
    matching = [r for r in records if _record_text(r) == text]
    if not matching:
        raise GoldError(f"{name}: no record's text is the article's text ({len(records)} record(s) read)")
    record = matching[0]
    if "data" in record:  # Label Studio: the first annotation, else the predictions
        return _split(_label_studio(record, name), text, "label-studio", frame_ids)
    if "entities" in record and "label" not in record:  # doccano's newer export: entities with offsets
        return _split(_doccano_entities(record["entities"], name), text, "doccano", frame_ids)
    spans = record.get("label", record.get("labels", []))
    if not isinstance(spans, list):
        raise GoldError(f"{name}: 'label' must be a list of [start, end, label]")
    labelled: list[tuple[object, object, object, str]] = []
    for n, item in enumerate(spans):
        if not (isinstance(item, (list, tuple)) and len(item) == 3):
            raise GoldError(f"{name}: label {n} is not [start, end, label]")
        labelled.append((item[0], item[1], item[2], f"{name}: label {n}"))
    return _split(labelled, text, "doccano", frame_ids)


def _doccano_entities(entities: object, name: str) -> list[tuple[object, object, object, str]]:
    """doccano's entity export: ``{"entities": [{"start_offset", "end_offset", "label"}, …]}``."""
    if not isinstance(entities, list):
        raise GoldError(f"{name}: 'entities' must be a list")
    labelled: list[tuple[object, object, object, str]] = []
    for n, entity in enumerate(entities):
        if not isinstance(entity, dict) or not {"start_offset", "end_offset", "label"} <= set(entity):
            raise GoldError(f"{name}: entity {n} is not an object with start_offset, end_offset and label")
        labelled.append((entity["start_offset"], entity["end_offset"], entity["label"], f"{name}: entity {n}"))
    return labelled


def _label_studio(record: dict[str, object], name: str) -> list[tuple[object, object, object, str]]:
    """The labelled spans of a Label Studio task: its first annotation's results, else its first prediction's."""
    sources = record.get("annotations") or record.get("predictions") or []
    if not isinstance(sources, list):
        raise GoldError(f"{name}: 'annotations' and 'predictions' must be lists")
    if len(sources) > 1:  # which coder is the gold is the user's decision, not ours
        raise GoldError(f"{name}: the task has {len(sources)} annotations (or predictions); export one per task "
                        "(the adjudicated one)")
    results = sources[0].get("result", []) if sources and isinstance(sources[0], dict) else []
    if not isinstance(results, list):
        raise GoldError(f"{name}: an annotation's 'result' must be a list")
    labelled: list[tuple[object, object, object, str]] = []
    for n, result in enumerate(results):
        if not isinstance(result, dict):
            raise GoldError(f"{name}: result {n} is not an object")
        if not isinstance(result.get("value"), dict) or "labels" not in result["value"]:
            if result.get("type") == "labels":
                raise GoldError(f"{name}: result {result.get('id', n)} is a span without a 'value' with 'labels'")
            continue  # a relation, a choice, a text area: no span to score
        value = result["value"]
        where = f"{name}: result {result.get('id', n)}"
        labels = value.get("labels", [])
        if not isinstance(labels, list) or not all(isinstance(label, str) for label in labels):
            raise GoldError(f"{where}: 'labels' must be a list of label names")
        if not labels:
            raise GoldError(f"{where}: the span has no label")
        labelled += [(value.get("start"), value.get("end"), label, where) for label in labels]
    return labelled


def read_gold(path: str | Path, text: str, *, frame_ids: Collection[str] | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Gold:
    """Read ``path`` (CSV, doccano JSONL, or Label Studio JSON/JSONL) as gold labels for ``text``.

    With ``frame_ids``, a frame label that is none of them is refused (a typo would otherwise drop its passages
    from the frame agreement unseen). A file over ``max_bytes`` (a whole project's export is fine; a device is
    not) is refused before it is read into memory.
    """
    path = Path(path)
    try:
        _shown, data = read_bytes(path, max_bytes=max_bytes)
    except InputError as exc:
        raise GoldError(f"{path}: the gold file: {exc.problem}") from None
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GoldError(f"{path}: cannot read the gold file ({exc})") from None
    if not raw.strip():
        raise GoldError(f"{path}: the gold file is empty")
    if path.suffix.lower() == ".csv":
        return _from_csv(raw, text, str(path), frame_ids)
    return _from_json(raw, text, str(path), frame_ids)
