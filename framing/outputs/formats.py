"""An Analysis as output files: CSV, JSON, article text, report (bytes; writing is ``writer``'s).

The same Analysis gives the same bytes (no timestamps unless ``stamp`` is given).
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import BinaryIO

import numpy as np
import pandas as pd

from framing.model import SEGMENT_COLUMNS, Analysis

from framing.outputs import TABLES


def segments_frame(analysis: Analysis) -> pd.DataFrame:
    rows = [seg.row() for seg in analysis.article.segments]
    return pd.DataFrame(rows, columns=list(SEGMENT_COLUMNS))


def _clean(value: object) -> object:
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return None
        return round(value, 6)
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if hasattr(value, "item"):  # numpy scalar
        return _clean(value.item())
    return value


def _records(frame: pd.DataFrame | None) -> list[dict[str, object]]:
    """The rows of ``frame`` as plain dicts, cleaned column by column (pandas' own to_dict boxes every value)."""
    if frame is None:
        return []
    names = [str(c) for c in frame.columns]
    columns = [[_clean(v) for v in frame[c].tolist()] for c in frame.columns]
    return [dict(zip(names, values)) for values in zip(*columns)]


def analysis_dict(analysis: Analysis, *, stamp: str = "") -> dict[str, object]:
    """Everything in the Analysis as plain JSON-ready data."""
    art = analysis.article
    matrix = analysis.frame_matrix
    out: dict[str, object] = {
        "framing_version": 1,
        "article": {
            "title": art.title,
            "path": art.path,
            "encoding": art.encoding,
            "lang": art.lang,
            "publisher": art.publisher,
            "characters": len(art.text),
        },
        "config": {"path": analysis.config_path, "sha256": analysis.config_sha256},
        "sources": analysis.sources,
        "segments": [
            dict(seg.row(), cue_start=seg.cue_start, cue_end=seg.cue_end, paragraph=seg.paragraph)
            for seg in art.segments
        ],
        "token_counts": _records(analysis.token_counts),
        "keywords": _records(analysis.keywords),
        "group_keywords": _records(analysis.group_keywords),
        "frames": _records(analysis.frames),
        "group_frames": _records(analysis.group_frames),
        "frame_hits": _records(analysis.frame_hits),
        "verbs": _records(analysis.verbs),
        "similarity": _records(analysis.similarity),
        "clustering": _clean(analysis.clustering),
        "frame_matrix": _clean(matrix.reset_index().to_dict(orient="records")) if isinstance(matrix, pd.DataFrame) else [],
        "findings": [_clean(f.record()) for f in analysis.findings],
        "voice_frames": _records(analysis.voice_frames),
        "evidence": _records(analysis.evidence),
    }
    if stamp:
        out["generated_at"] = stamp
    return out


def csv_bytes(frame: pd.DataFrame, *, rows_at_once: int = 20_000) -> bytes:
    """A table as the CSV bytes every output writes (``write_csv``)."""
    buffer = io.BytesIO()
    write_csv(frame, buffer, rows_at_once=rows_at_once)
    return buffer.getvalue()


def write_csv(frame: pd.DataFrame, handle: BinaryIO, *, rows_at_once: int = 20_000) -> None:
    """Write a table into a seekable binary ``handle`` (at its start) as the CSV every output writes (UTF-8, \\n line
    ends, floats to 6 significant digits, a missing value empty): what ``to_csv(index=False, lineterminator="\\n",
    float_format="%.6g")`` writes, through the csv module (pandas formats value by value through its own machinery,
    several times slower on a corpus' keyword tables), ``rows_at_once`` rows at a time, each slice written as it is
    formatted: memory stays that slice's. A table with columns of other types goes through pandas."""
    plain = frame.columns.is_unique and all(isinstance(c, str) for c in frame.columns) \
        and all(_plain_dtype(frame[c].dtype) for c in frame.columns)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(list(frame.columns))
    for start in range(0, len(frame), rows_at_once):
        piece = frame.iloc[start:start + rows_at_once]
        cells = [_csv_cells(piece[c]) for c in piece.columns] if plain else None
        if cells is None or any(column is None for column in cells):
            handle.seek(0)
            handle.truncate()
            handle.write(frame.to_csv(index=False, lineterminator="\n", float_format="%.6g").encode("utf-8"))
            return
        writer.writerows(zip(*cells))  # type: ignore[arg-type]
        handle.write(buffer.getvalue().encode("utf-8"))
        buffer.seek(0)
        buffer.truncate()
    handle.write(buffer.getvalue().encode("utf-8"))


def _plain_dtype(dtype: object) -> bool:
    types = pd.api.types
    if isinstance(dtype, pd.SparseDtype):
        return False
    return types.is_bool_dtype(dtype) or types.is_integer_dtype(dtype) or types.is_float_dtype(dtype) \
        or types.is_object_dtype(dtype) or types.is_string_dtype(dtype)


_PLAIN = (str, int, float)  # bool is an int


def _csv_cells(column: pd.Series) -> list[str] | None:
    """One column's cells as ``to_csv`` writes them: floats ``%.6g``, a missing value empty, anything else ``str``;
    None when the column holds values of another kind (dates, decimals, NumPy scalars), left to pandas."""
    dtype = column.dtype
    if pd.api.types.is_float_dtype(dtype):
        return ["" if v != v else "%.6g" % v for v in column.to_numpy(dtype=float, na_value=float("nan")).tolist()]
    if isinstance(dtype, np.dtype) and dtype.kind in "iub":  # NumPy integers and booleans: no missing value
        return list(map(str, column.to_numpy().tolist()))
    if isinstance(dtype, pd.StringDtype):  # strings or missing, nothing else
        return ["" if v is None else v for v in column.to_numpy(dtype=object, na_value=None).tolist()]
    values = column.astype(object).tolist()
    if not all(v is None or v is pd.NA or type(v) in _PLAIN or type(v) is bool for v in values):
        return None
    return ["" if v is None or v is pd.NA or (type(v) is float and v != v) else str(v) for v in values]


@dataclass
class _Rendering:
    """What the formats of one write share: the analysis, the config, and what one format made for another."""

    analysis: Analysis
    config: object
    stamp: str
    step: Callable[[str], None]
    html: str = ""
    pdf_error: str = ""


def _text(r: _Rendering) -> dict[str, bytes]:
    return {"article.txt": r.analysis.article.text.encode("utf-8")}


def _csvs(r: _Rendering) -> dict[str, bytes]:
    files = {"segments.csv": csv_bytes(segments_frame(r.analysis))}
    for name, attr in TABLES.items():
        frame = getattr(r.analysis, attr)
        if frame is not None:
            files[name] = csv_bytes(frame)
    return files


def _parquets(r: _Rendering) -> dict[str, bytes]:
    import io

    files = {}
    frames = {"segments.parquet": segments_frame(r.analysis)}
    frames.update({name.replace(".csv", ".parquet"): getattr(r.analysis, attr) for name, attr in TABLES.items()})
    for name, frame in frames.items():
        if frame is not None:
            buffer = io.BytesIO()
            frame.to_parquet(buffer, index=False)
            files[name] = buffer.getvalue()
    return files


def json_text(data: dict[str, object]) -> str:
    """``data`` as JSON with one top-level key per line and, in a list of records, one record per line.

    As readable as an indented dump and as easy to diff and grep, but written by the C encoder: an indented
    dump goes through Python's and takes three times as long on an analysis (a thousand keyword rows).
    """
    lines = []
    for key in sorted(data):
        value = data[key]
        name = json.dumps(key, ensure_ascii=False)
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            rows = ",\n  ".join(json.dumps(v, ensure_ascii=False, sort_keys=True) for v in value)
            lines.append(f" {name}: [\n  {rows}\n ]")
        else:
            lines.append(f" {name}: {json.dumps(value, ensure_ascii=False, sort_keys=True)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _json(r: _Rendering) -> dict[str, bytes]:
    return {"analysis.json": json_text(analysis_dict(r.analysis, stamp=r.stamp)).encode("utf-8")}


def _html(r: _Rendering) -> dict[str, bytes]:
    from framing.report import render_html

    r.step("rendering the HTML report")
    r.html = render_html(r.analysis, r.config)
    return {"report.html": r.html.encode("utf-8")}


def _pdf(r: _Rendering) -> dict[str, bytes]:
    from framing.report import PdfUnavailable, render_html, render_pdf

    r.step("laying out the PDF")
    try:
        return {"report.pdf": render_pdf(r.html or render_html(r.analysis, r.config))}
    except PdfUnavailable as exc:
        r.pdf_error = str(exc)
        return {}


# name -> the files it makes; applied in this order (the PDF reuses the HTML)
FORMATS: dict[str, Callable[[_Rendering], dict[str, bytes]]] = {
    "text": _text, "csv": _csvs, "json": _json, "parquet": _parquets, "html": _html, "pdf": _pdf,
}
DEFAULT_FORMATS: tuple[str, ...] = ("text", "csv", "json", "html", "pdf")


def render_formats(analysis: Analysis, config, formats: Iterable[str] = DEFAULT_FORMATS, *, stamp: str = "",  # type: ignore[no-untyped-def]
                   progress: Callable[[str], None] | None = None) -> tuple[dict[str, bytes], str]:
    """The files of ``formats`` as bytes, and the reason the PDF is missing ('' when it is there or not asked)."""
    wanted = set(formats)
    unknown = sorted(wanted - set(FORMATS))
    if unknown:
        raise ValueError(f"unknown output format(s) {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    rendering = _Rendering(analysis, config, stamp, progress or (lambda _stage: None))
    files: dict[str, bytes] = {}
    for name, make in FORMATS.items():
        if name in wanted:
            files.update(make(rendering))
    return files, rendering.pdf_error


def render_files(analysis: Analysis, config, *, pdf: bool = True, stamp: str = "",  # type: ignore[no-untyped-def]
                 progress: Callable[[str], None] | None = None) -> tuple[dict[str, bytes], str]:
    """All output files of ``framing analyze`` as bytes, and the reason the PDF is missing ('' when it is there)."""
    formats = DEFAULT_FORMATS if pdf else tuple(f for f in DEFAULT_FORMATS if f != "pdf")
    return render_formats(analysis, config, formats, stamp=stamp, progress=progress)
