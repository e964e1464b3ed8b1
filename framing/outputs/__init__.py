"""Outputs: an Analysis as files (``formats``, a registry of formats) and a directory written as one set (``writer``)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from framing.outputs.writer import (
    MANIFEST, OutputError, OutputSet, Written, check_file_target, check_out_dir, previously_written, write_file, write_outputs,
)

if TYPE_CHECKING:
    from framing.config import Config
    from framing.model import Analysis

TABLES: dict[str, str] = {
    "keywords.csv": "keywords",
    "frames.csv": "frames",
    "frame_hits.csv": "frame_hits",
    "similarity.csv": "similarity",
}
OUTPUT_NAMES: tuple[str, ...] = (
    "article.txt", "segments.csv", "analysis.json", *TABLES, "report.html", "report.pdf",
    "segments.parquet", *(name.replace(".csv", ".parquet") for name in TABLES),
)


def write(analysis: Analysis, out_dir: str | Path, formats: Iterable[str] = ("text", "csv", "json", "html", "pdf"),
          config: Config | None = None, *, stamp: str = "") -> Written:
    """Write ``analysis`` into ``out_dir`` in ``formats`` (text, csv, json, parquet, html, pdf) as one set.

    >>> import framing
    >>> analysis = framing.analyze("قالت «هآرتس» إن المحادثات انتهت.")
    >>> framing.write(analysis, "reports/notebook", formats=["csv", "json"])  # doctest: +SKIP
    """
    from framing.config import load_config
    from framing.outputs.formats import render_formats

    files, pdf_error = render_formats(analysis, config or load_config().config, formats, stamp=stamp)
    check_out_dir(out_dir, files)
    return write_outputs(files, out_dir, pdf_error=pdf_error)


def __getattr__(name: str) -> object:  # the formats (and pandas) load on first use
    if name in {"analysis_dict", "render_files", "render_formats", "segments_frame", "FORMATS"}:
        from framing.outputs import formats

        return getattr(formats, name)
    raise AttributeError(f"module 'framing.outputs' has no attribute {name!r}")


__all__ = ["MANIFEST", "OUTPUT_NAMES", "OutputError", "OutputSet", "TABLES", "Written", "check_file_target", "check_out_dir",
           "previously_written", "write", "write_file", "write_outputs"]
