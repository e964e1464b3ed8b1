"""Outputs: an Analysis as files (``formats``) and a directory written as one set (``writer``)."""

from framing.outputs.formats import TABLES, analysis_dict, render_files, segments_frame
from framing.outputs.writer import MANIFEST, OutputError, Written, check_out_dir, previously_written, write_file, write_outputs

OUTPUT_NAMES: tuple[str, ...] = (
    "article.txt", "segments.csv", "analysis.json", *TABLES, "report.html", "report.pdf",
)

__all__ = ["MANIFEST", "OUTPUT_NAMES", "OutputError", "TABLES", "Written", "analysis_dict", "check_out_dir",
           "previously_written", "render_files", "segments_frame", "write_file", "write_outputs"]
