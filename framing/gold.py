"""Reading human annotation of one article: doccano JSONL, Label Studio JSON/JSONL, or CSV.

A gold file gives outlet spans (``start, end, outlet``) and frame spans
(``start, end, frame``; an empty frame, or ``frame:none``, marks a coded
passage without any frame). Offsets are checked against the article: a gold
file made on another text is refused, never silently misaligned. What would be
scored silently wrong is refused too: two records for the article (two coders:
keep the adjudicated one), a Label Studio task with only predictions, outlet
spans that overlap, frame passages that overlap without being the same passage.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from framing.annotation import FRAME_PREFIX
from framing.model import UNLISTED_PREFIX
from framing.reader import InputError, read_bytes

if TYPE_CHECKING:
    from framing.config import Outlet

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
    outlets: list[tuple[GoldSpan, str]] = []
    frames: list[tuple[GoldSpan, str]] = []
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
            frames.append((_span(start, end, "" if frame == NO_FRAME else frame, text, where), where))
        elif label:
            outlets.append((_span(start, end, label, text, where), where))
    if not outlets and not frames:
        raise GoldError(f"{fmt} gold has no label for this article: nothing to score")
    _refuse_overlaps(outlets, "each passage has one outlet in the gold, and an overlap would be scored twice")
    passages: dict[tuple[int, int], tuple[GoldSpan, str]] = {}
    for span, where in frames:  # the frames of one passage share its span: one unit, several frames
        passages.setdefault((span.start, span.end), (span, where))
    _refuse_overlaps(list(passages.values()), "frames are scored per passage: give each frame of a passage "
                                              "on the passage's own span")
    return Gold(tuple(sorted((s for s, _w in outlets), key=lambda s: s.start)),
                tuple(sorted((s for s, _w in frames), key=lambda s: s.start)), fmt)


def _refuse_overlaps(spans: list[tuple[GoldSpan, str]], why: str) -> None:
    """Refuse two spans that overlap (sharing only a boundary is fine), naming both."""
    reach: tuple[GoldSpan, str] | None = None  # of the spans so far, the one that ends last
    for span, where in sorted(spans, key=lambda pair: (pair[0].start, pair[0].end)):
        if reach is not None and span.start < reach[0].end:
            other, other_where = reach
            raise GoldError(f"{where}: span [{span.start}, {span.end}) {span.label or NO_FRAME!r} overlaps span "
                            f"[{other.start}, {other.end}) {other.label or NO_FRAME!r} ({other_where}); {why}")
        if reach is None or span.end > reach[0].end:
            reach = (span, where)


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


def _records(raw: str, name: str) -> list[tuple[str, dict[str, object]]]:
    """The records of a JSON list, a single JSON object, or JSONL, each with where it is (``name:line`` in JSONL);
    anything that is not an object is refused."""
    try:
        records = _parsed(raw, name)
    except RecursionError:
        raise GoldError(f"{name}: the JSON is nested too deeply to be a gold file") from None
    for n, (where, record) in enumerate(records, start=1):
        if not isinstance(record, dict):
            raise GoldError(f"{where}: record {n} is {type(record).__name__}, not an object with the article's text")
    return records  # type: ignore[return-value]


def _parsed(raw: str, name: str) -> list[tuple[str, object]]:
    if raw.lstrip().startswith("["):
        try:
            loaded = json.loads(raw)  # (raw, not stripped: the error's line is the file's line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{name}:{exc.lineno}: not JSON ({exc.msg}, line {exc.lineno} column {exc.colno})") from None
        return [(f"{name}: record {n}", r) for n, r in enumerate(loaded, start=1) if isinstance(r, dict)]
    records: list[tuple[str, object]] = []
    for n, line in enumerate(raw.split("\n"), start=1):  # only \n ends a JSONL line: U+2028 may sit in a string
        if not line.strip():
            continue
        try:
            records.append((f"{name}:{n}", json.loads(line)))
        except json.JSONDecodeError as exc:
            if not records:  # the first record: perhaps one object written over several lines
                try:
                    return [(name, json.loads(raw))]
                except json.JSONDecodeError as whole:
                    if whole.msg != "Extra data" and exc.pos >= len(line.rstrip()):  # the line ended mid-object
                        raise GoldError(f"{name}:{whole.lineno}: not JSON or JSONL ({whole.msg}, line "
                                        f"{whole.lineno} column {whole.colno})") from None
            raise GoldError(f"{name}:{n}: not JSON or JSONL ({exc.msg}, line {n} column {exc.colno}; "
                            "each line of a JSONL file is one record)") from None
    return records


def _record_text(record: dict[str, object]) -> str | None:
    data = record.get("data")
    value = data.get("text") if isinstance(data, dict) else record.get("text")
    return value if isinstance(value, str) else None


def _from_json(raw: str, text: str, name: str, frame_ids: Collection[str] | None) -> Gold:
    records = _records(raw, name)
    matching = [(where, r) for where, r in records if _record_text(r) == text]
    if not matching:
        raise GoldError(f"{name}: no record's text is the article's text ({len(records)} record(s) read)")
    if len(matching) > 1:  # two coders' exports together: which is the gold is the user's decision, not the order's
        places = ", ".join(_place(where, name) for where, _r in matching[:3])
        raise GoldError(f"{name}: {len(matching)} records annotate the article's text ({places}"
                        f"{', …' if len(matching) > 3 else ''}); keep one per article (the adjudicated one)")
    where, record = matching[0]
    if "data" in record:  # Label Studio: the annotation, else (framing annotate's own tasks) the prediction
        return _split(_label_studio(record, where), text, "label-studio", frame_ids)
    if "entities" in record and "label" not in record:  # doccano's newer export: entities with offsets
        return _split(_doccano_entities(record["entities"], where), text, "doccano", frame_ids)
    spans = record.get("label", record.get("labels", []))
    if not isinstance(spans, list):
        raise GoldError(f"{where}: 'label' must be a list of [start, end, label], not {_shown(spans)}")
    labelled: list[tuple[object, object, object, str]] = []
    for n, item in enumerate(spans):
        if isinstance(item, dict) and {"start", "end"} <= set(item) and ("labels" in item or "label" in item):
            raise GoldError(f"{where}: label {n} is an object with start, end and labels, as in Label Studio's "
                            "JSON-MIN export, which is not read: export JSON or JSONL (tasks with 'annotations'), "
                            "or doccano's [start, end, label] lists")
        if not (isinstance(item, (list, tuple)) and len(item) == 3):
            raise GoldError(f"{where}: label {n} is {_shown(item)}, not [start, end, label] (doccano's span labels)")
        labelled.append((item[0], item[1], item[2], f"{where}: label {n}"))
    return _split(labelled, text, "doccano", frame_ids)


def _place(where: str, name: str) -> str:
    """'line 3' for ``name:3``, 'record 2' for ``name: record 2``."""
    place = where.removeprefix(name)
    return f"line {place[1:]}" if place.startswith(":") and place[1:].isdigit() else place.lstrip(": ")


def _shown(value: object, limit: int = 60) -> str:
    """``value`` as JSON, cut to ``limit`` characters, for a message."""
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= limit else shown[:limit] + "…"


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
    # 'completions' is Label Studio's name for 'annotations' before version 1.0
    key = "annotations" if "annotations" in record or "completions" not in record else "completions"
    annotations, predictions = record.get(key), record.get("predictions")
    if not isinstance(annotations, (list, type(None))) or not isinstance(predictions, (list, type(None))):
        raise GoldError(f"{name}: '{key}' and 'predictions' must be lists")
    if annotations == [] and predictions:  # an exported task nobody annotated: a model's labels are no gold
        raise GoldError(f"{name}: the task has no annotation, only predictions (a model's labels, not a coder's); "
                        "submit an annotation in Label Studio and export again")
    # no 'annotations' key at all: framing annotate's own task (its predictions), read back as written
    sources = annotations if annotations is not None else predictions or []
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


def spelling(name: str) -> str:
    """A name as letters and digits only, casefolded, without a leading "the": "The Wall Street Journal" and
    "wall_street_journal" are both "wallstreetjournal"."""
    words = "".join(c if c.isalnum() else " " for c in name.casefold()).split()
    return "".join(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)


def outlet_label_notes(gold: Gold, outlets: Iterable[Outlet], predicted: Collection[str] = ()) -> list[str]:
    """One note for each gold outlet label that is no outlet id of the config nor one the tool gave
    (``predicted``, e.g. its ``unlisted_…`` ids): such a label is scored as an outlet of its own, so "Reuters"
    never agrees with the tool's "reuters". Where it spells a listed outlet's id, name or alias otherwise
    (case, spaces, underscores, a leading "the"), the note names the id it probably means."""
    listed = list(outlets)
    ids = {o.id for o in listed}
    notes = []
    for label in sorted({s.label for s in gold.outlets}):
        if label in ids or label in predicted or label.startswith(UNLISTED_PREFIX):
            continue
        spelled = spelling(label)
        meant = [o.id for o in listed if spelled and spelled in {spelling(n) for n in (o.id, o.name, *o.aliases)}]
        guess = f" (probably {' or '.join(repr(m) for m in meant)})" if meant else ""
        notes.append(f"gold outlet label {label!r} is no outlet id of the config{guess}: it is scored as an outlet "
                     "of its own")
    return notes
