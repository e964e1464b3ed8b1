"""The corpus report (placeholder until the report templates serve corpora)."""

from __future__ import annotations

import pandas as pd

from framing.config import Config


def render_corpus_files(tables, articles: pd.DataFrame, config: Config, state, *, pdf: bool) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    return {}
