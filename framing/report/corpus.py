"""The corpus report: the tables of a corpus run as one self-contained HTML page (and its PDF).

It shows what ``framing.corpus.aggregate`` computed, formatted for reading;
a share below ``report.min_frame_hits`` hits is shown as "too few hits".
It computes no statistic.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from markupsafe import Markup

from framing.config import Config
from framing.report.fonts import CSS_FAMILY_STACK, font_face_css
from framing.report.render import FONT_SLOT, environment
from framing.report.view import direction, num, pct

ARTICLE_ROWS = 500  # the report lists this many articles; articles.parquet has them all
SIMILAR_PAIRS = 25  # the report lists this many most alike and most different pairs; similarity.csv has them all


def _share_cell(row: Any, floor: int) -> dict[str, object]:
    if int(row.hits) < floor:
        return {"text": f"too few hits ({int(row.hits)})", "faint": True, "share": 0.0}
    low, high = row.share_low, row.share_high
    interval = f" [{pct(low)}–{pct(high)}]" if pd.notna(low) and pd.notna(high) else ""
    return {"text": f"{pct(row.share)}{interval}", "faint": False, "share": float(row.share)}


def _best_ranked(keywords: pd.DataFrame, top_n: int) -> pd.DataFrame:
    """Each outlet's ``top_n`` best ranked keyword rows, in rank order. Found on row numbers, and only those rows
    taken: selecting or ordering the rows of a corpus' whole keyword table costs a fifth of a second each."""
    rows = np.flatnonzero((keywords["unit_type"] == "outlet").to_numpy())
    rows = rows[np.argsort(keywords["rank"].to_numpy()[rows], kind="stable")]
    outlets = pd.factorize(keywords["unit"])[0][rows]
    return keywords.iloc[rows[pd.Series(outlets).groupby(outlets).cumcount().to_numpy() < top_n]]


def corpus_view(tables: Any, articles: pd.DataFrame, config: Config, state: Any) -> dict[str, object]:
    floor = config.report.min_frame_hits
    units = tables.units
    frame_ids = [f.id for f in config.frames]
    frame_labels = {f.id: f.label for f in config.frames}
    outlets = units[units["unit_type"] == "outlet"].sort_values(["tokens", "unit"], ascending=[False, True])
    groups = units[units["unit_type"] == "group"].sort_values(["tokens", "unit"], ascending=[False, True])
    frames = tables.frames
    hits_by_unit = frames.groupby(["unit_type", "unit"])["hits"].sum().to_dict()

    def unit_rows(rows: pd.DataFrame) -> list[dict[str, object]]:
        return [{"name": r.label, "articles": int(r.articles), "passages": int(r.segments), "tokens": int(r.tokens),
                 "hits": int(hits_by_unit.get((r.unit_type, r.unit), 0)), "thin": bool(r.thin)} for r in rows.itertuples()]

    frames_of: dict[tuple[str, str], dict[str, Any]] = {}  # (unit_type, unit) -> frame -> its row
    for row in frames.itertuples():
        frames_of.setdefault((row.unit_type, row.unit), {})[row.frame] = row

    def share_rows(rows: pd.DataFrame, unit_type: str) -> list[dict[str, object]]:
        found = []
        for r in rows.itertuples():
            mine = frames_of.get((unit_type, r.unit), {})
            total = int(sum(row.hits for row in mine.values()))
            cells = [_share_cell(mine[f], floor) if total >= floor else {"text": "", "faint": True, "share": 0.0}
                     for f in frame_ids]
            found.append({"name": r.label, "hits": total, "cells": cells, "too_few": total < floor})
        return found

    keywords = tables.keywords
    keyword_cols = []
    keywords_of: dict[str, list[dict[str, object]]] = {}
    for t in _best_ranked(keywords, config.keywords.top_n).itertuples():
        keywords_of.setdefault(t.unit, []).append(
            {"term": t.term, "dir": direction(str(t.term)), "z": t.z, "count": int(t.count), "distinctive": bool(t.distinctive)})
    for r in outlets.itertuples():
        keyword_cols.append({"name": r.label, "terms": keywords_of.get(r.unit, [])})
    labels: dict[str, str] = {}
    for unit, label in zip(units["unit"], units["label"]):
        labels.setdefault(str(unit), str(label))  # the first row of a unit names it
    pairs = tables.similarity.dropna(subset=["jsd_frames"]).sort_values(["jsd_frames", "unit_a", "unit_b"], kind="mergesort")
    shown = pairs if len(pairs) <= 2 * SIMILAR_PAIRS else pd.concat([pairs.head(SIMILAR_PAIRS), pairs.tail(SIMILAR_PAIRS)])
    similarity = [{"a": labels.get(r.unit_a, r.unit_a), "b": labels.get(r.unit_b, r.unit_b), "jsd": r.jsd_frames,
                   "cosine": r.cosine_keywords} for r in shown.itertuples()]
    by_date = tables.frames_by_date
    periods: list[dict[str, object]] = []
    if len(by_date):
        totals = by_date.groupby(["period", "frame"])["weighted"].sum().unstack(fill_value=0.0)
        for period, row in totals.iterrows():
            whole = float(row.sum())
            periods.append({"period": period, "weight": whole,
                            "cells": [pct(row.get(f, 0.0) / whole) if whole else "–" for f in frame_ids]})
    listed = articles.head(ARTICLE_ROWS)
    return {
        "title": "Corpus report",
        "articles": int(state.articles), "problems": int(state.problems), "cached": int(state.cached),
        "words": int(articles["words"].sum()) if len(articles) else 0,
        "outlet_rows": unit_rows(outlets), "group_rows": unit_rows(groups),
        "frame_labels": [frame_labels[f] for f in frame_ids],
        "outlet_shares": share_rows(outlets, "outlet"), "group_shares": share_rows(groups, "group"),
        "floor": floor, "keyword_cols": keyword_cols, "similarity": similarity, "periods": periods,
        "pairs": len(pairs), "pairs_cut": len(pairs) - len(shown), "pairs_below_floor": len(tables.similarity) - len(pairs),
        "article_rows": [{"id": r.id, "date": r.date, "title": r.title, "dir": direction(str(r.title)), "words": int(r.words),
                          "report": str(getattr(r, "report", "") or "")}
                         for r in listed.itertuples()],
        "articles_cut": max(len(articles) - ARTICLE_ROWS, 0),
        "resamples": tables.resamples,
    }


def render_corpus_html(tables: Any, articles: pd.DataFrame, config: Config, state: Any) -> str:
    page = environment().get_template("corpus.html").render(
        view=corpus_view(tables, articles, config, state), font_faces=Markup(FONT_SLOT),
        font_stack=Markup(CSS_FAMILY_STACK), unsourced_colour="#999999", num=num,
    )
    return page.replace(FONT_SLOT, font_face_css("".join(sorted(set(page)))), 1)
