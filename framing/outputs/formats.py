"""An Analysis as output files: CSV, JSON, article text, report (bytes; writing is ``writer``'s).

The same Analysis gives the same bytes (no timestamps unless ``stamp`` is given).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable

import pandas as pd

from framing.model import SEGMENT_COLUMNS, Analysis

TABLES = {
    "keywords.csv": "keywords",
    "frames.csv": "frames",
    "frame_hits.csv": "frame_hits",
    "similarity.csv": "similarity",
}


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
    if frame is None:
        return []
    return [_clean(r) for r in frame.to_dict(orient="records")]  # type: ignore[misc]


def analysis_dict(analysis: Analysis, *, stamp: str = "") -> dict[str, object]:
    """Everything in the Analysis as plain JSON-ready data."""
    art = analysis.article
    matrix = analysis.extras.get("frame_matrix")
    out: dict[str, object] = {
        "framing_version": 1,
        "article": {
            "title": art.title,
            "path": art.path,
            "encoding": art.encoding,
            "lang": art.lang,
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
        "clustering": _clean(analysis.extras.get("clustering", {})),
        "frame_matrix": _clean(matrix.reset_index().to_dict(orient="records")) if isinstance(matrix, pd.DataFrame) else [],
    }
    if stamp:
        out["generated_at"] = stamp
    return out


def _csv(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False, lineterminator="\n", float_format="%.6g").encode("utf-8")


def render_files(analysis: Analysis, config, *, pdf: bool = True, stamp: str = "",  # type: ignore[no-untyped-def]
                 progress: Callable[[str], None] | None = None) -> tuple[dict[str, bytes], str]:
    """All output files as bytes, and the reason the PDF is missing ('' when it is there)."""
    step = progress or (lambda _stage: None)
    from framing.report import PdfUnavailable, render_html, render_pdf

    files: dict[str, bytes] = {
        "article.txt": analysis.article.text.encode("utf-8"),
        "segments.csv": _csv(segments_frame(analysis)),
        "analysis.json": (json.dumps(analysis_dict(analysis, stamp=stamp), ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8"),
    }
    for name, attr in TABLES.items():
        frame = getattr(analysis, attr)
        if frame is not None:
            files[name] = _csv(frame)
    step("rendering the HTML report")
    html = render_html(analysis, config)
    files["report.html"] = html.encode("utf-8")
    pdf_error = ""
    if pdf:
        step("laying out the PDF")
        try:
            files["report.pdf"] = render_pdf(html)
        except PdfUnavailable as exc:
            pdf_error = str(exc)
    return files, pdf_error
