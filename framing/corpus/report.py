"""The corpus report files: report.html and, when asked, report.pdf from the same page."""

from __future__ import annotations

from typing import Any

import pandas as pd

from framing.config import Config


def render_corpus_files(tables: Any, articles: pd.DataFrame, config: Config, state: Any, *, pdf: bool) -> dict[str, bytes]:
    from framing.report.corpus import render_corpus_html
    from framing.report.render import PdfUnavailable, render_pdf

    html = render_corpus_html(tables, articles, config, state)
    files = {"report.html": html.encode("utf-8")}
    if pdf:
        try:
            files["report.pdf"] = render_pdf(html)
        except PdfUnavailable:
            pass  # the HTML carries everything; the CLI says when the PDF is missing
    return files
