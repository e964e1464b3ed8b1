"""Writing an Analysis to an output directory: CSV, JSON, article text, report.

Every file is written atomically (a temporary file in the same directory, then
a rename). framing keeps a manifest of what it wrote in the directory and never
overwrites or deletes a file it did not write. The same Analysis gives the same
bytes (no timestamps unless ``stamp`` is given).
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from framing.model import SEGMENT_COLUMNS, Analysis

MANIFEST = ".framing-manifest.json"
TABLES = {
    "keywords.csv": "keywords",
    "frames.csv": "frames",
    "frame_hits.csv": "frame_hits",
    "similarity.csv": "similarity",
}


class OutputError(OSError):
    """The output directory cannot be used; the message is one line."""


@dataclass(frozen=True)
class Written:
    directory: Path
    files: tuple[str, ...]
    pdf_error: str = ""


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


def _previously_written(directory: Path) -> set[str]:
    """Names framing wrote in ``directory`` on earlier runs (from its manifest)."""
    manifest = directory / MANIFEST
    if manifest.is_file():
        try:
            return set(json.loads(manifest.read_text(encoding="utf-8")).get("files", []))
        except (ValueError, OSError):
            return set()
    return set()


def _atomic_write(path: Path, payload: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; outputs are ordinary readable files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def render_files(analysis: Analysis, config, *, pdf: bool = True, stamp: str = "") -> tuple[dict[str, bytes], str]:  # type: ignore[no-untyped-def]
    """All output files as bytes, and the reason the PDF is missing ('' when it is there)."""
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
    html = render_html(analysis, config)
    files["report.html"] = html.encode("utf-8")
    pdf_error = ""
    if pdf:
        try:
            files["report.pdf"] = render_pdf(html)
        except PdfUnavailable as exc:
            pdf_error = str(exc)
    return files, pdf_error


def write_outputs(files: dict[str, bytes], directory: Path, *, pdf_error: str = "") -> Written:
    """Write ``files`` into ``directory`` atomically, refusing to replace files framing did not write."""
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise OutputError(f"{directory}: output path exists and is not a directory")
    ours = _previously_written(directory) if directory.is_dir() else set()
    foreign = sorted(name for name in [*files, MANIFEST] if (directory / name).exists() and name not in ours and name != MANIFEST)
    if (directory / MANIFEST).exists() and not ours and any((directory / n).exists() for n in files):
        foreign = foreign or [MANIFEST]
    if foreign:
        raise OutputError(
            f"{directory}: refusing to overwrite {', '.join(foreign)} (not written by framing); choose another --out"
        )
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{directory}: cannot create output directory ({exc.strerror or exc})") from None
    if not os.access(directory, os.W_OK | os.X_OK):
        raise OutputError(f"{directory}: output directory is not writable")
    try:
        for name in sorted(files):
            _atomic_write(directory / name, files[name])
        manifest = {"files": sorted(ours | set(files))}
        _atomic_write(directory / MANIFEST, (json.dumps(manifest, indent=1) + "\n").encode("utf-8"))
    except OSError as exc:
        raise OutputError(f"{directory}: cannot write output ({exc.strerror or exc})") from None
    return Written(directory, tuple(sorted(files)), pdf_error)
