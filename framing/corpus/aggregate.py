"""The corpus tables: sums of the articles' counts, then the same statistics as for one article.

Per outlet and group: articles, passages, tokens; keyness against the rest of
the corpus; frame rates and shares with 95 % intervals from a bootstrap over
articles (articles are the sampled units: resampling them keeps each
article's passages together); the outlet x frame matrix; outlet similarity;
frames over time where articles have dates.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from framing.compare import compare
from framing.config import Config
from framing.counts import Counts
from framing.profiles import Profiles
from framing.stats import frames_table, keywords_table, rounded, token_table, verbs_table

INTERVAL_COLUMNS: tuple[str, ...] = ("share_low", "share_high", "rate_low", "rate_high")


@dataclass(frozen=True)
class CorpusTables:
    units: pd.DataFrame  # unit_type, unit, label, articles, segments, tokens, content_tokens, thin
    keywords: pd.DataFrame
    frames: pd.DataFrame  # frames_table columns + share_low, share_high, rate_low, rate_high
    frame_matrix: pd.DataFrame
    similarity: pd.DataFrame
    group_keywords: pd.DataFrame
    clustering: dict[str, list]  # type: ignore[type-arg]
    verbs: pd.DataFrame
    frames_by_date: pd.DataFrame
    resamples: int = 1000  # bootstrap resamples behind the intervals


def units_table(total: Counts, config: Config) -> pd.DataFrame:
    table = token_table(total, config)
    articles = [total.units[(t, u, "articles")] for t, u in zip(table["unit_type"], table["unit"])]
    table.insert(3, "articles", articles)
    return table


def bootstrap_intervals(unit_tokens: pd.DataFrame, unit_frames: pd.DataFrame, frames: list[str], *,
                        resamples: int = 1000, seed: int = 0, chunk: int = 100) -> pd.DataFrame:
    """95 % percentile intervals of each unit's frame share and rate per 1,000 tokens, resampling articles.

    ``unit_tokens``: article, unit_type, unit, tokens; ``unit_frames``: article, unit_type, unit, frame,
    weighted. The same seed gives the same intervals.
    """
    articles = pd.Index(pd.unique(unit_tokens["article"]))
    n = len(articles)
    rows = []
    if n == 0:
        return pd.DataFrame(columns=["unit_type", "unit", "frame", *INTERVAL_COLUMNS])
    rng = np.random.default_rng(seed)
    draws = [rng.multinomial(n, np.full(n, 1.0 / n), size=min(chunk, resamples - s)).astype(np.float64)
             for s in range(0, resamples, chunk)]
    weights_by_unit = {k: g for k, g in unit_frames.groupby(["unit_type", "unit"], sort=True)}
    for (unit_type, unit), tokens_rows in unit_tokens.groupby(["unit_type", "unit"], sort=True):
        tokens = np.zeros(n)
        tokens[articles.get_indexer(tokens_rows["article"])] = tokens_rows["tokens"].to_numpy(dtype=float)
        weights = np.zeros((n, len(frames)))
        mine = weights_by_unit.get((unit_type, unit))
        if mine is not None and len(mine):
            column = {f: j for j, f in enumerate(frames)}
            keep = mine["frame"].isin(column)
            weights[articles.get_indexer(mine.loc[keep, "article"]), mine.loc[keep, "frame"].map(column).to_numpy()] = \
                mine.loc[keep, "weighted"].to_numpy(dtype=float)
        shares, rates = [], []
        for draw in draws:
            w = draw @ weights  # resamples x frames
            s = w.sum(axis=1, keepdims=True)
            t = (draw @ tokens)[:, None]
            with np.errstate(divide="ignore", invalid="ignore"):
                shares.append(np.where(s > 0, w / s, np.nan))
                rates.append(np.where(t > 0, 1000.0 * w / t, np.nan))
        share_all, rate_all = np.vstack(shares), np.vstack(rates)
        for j, frame in enumerate(frames):
            low_s, high_s = _percentiles(share_all[:, j])
            low_r, high_r = _percentiles(rate_all[:, j])
            rows.append({"unit_type": unit_type, "unit": unit, "frame": frame, "share_low": low_s, "share_high": high_s,
                         "rate_low": low_r, "rate_high": high_r})
    return pd.DataFrame(rows, columns=["unit_type", "unit", "frame", *INTERVAL_COLUMNS])


def _percentiles(values: np.ndarray) -> tuple[float, float]:
    finite = values[np.isfinite(values)]
    if not len(finite):
        return float("nan"), float("nan")
    low, high = np.percentile(finite, [2.5, 97.5])
    return rounded(float(low)), rounded(float(high))


def frames_by_date(articles: pd.DataFrame, unit_frames: pd.DataFrame) -> pd.DataFrame:
    """Weighted frame hits and shares per outlet and month (or day, for a corpus within two months)."""
    columns = ["period", "unit_type", "unit", "frame", "weighted", "share"]
    if articles.empty or not articles["date"].astype(str).str.strip().any():
        return pd.DataFrame(columns=columns)
    dates = pd.to_datetime(articles["date"], errors="coerce", utc=True, format="mixed")
    known = articles.assign(when=dates).dropna(subset=["when"])
    if known.empty:
        return pd.DataFrame(columns=columns)
    span = (known["when"].max() - known["when"].min()).days
    period = known["when"].dt.strftime("%Y-%m-%d" if span <= 62 else "%Y-%m")
    by_article = dict(zip(known["id"], period))
    frames = unit_frames[unit_frames["unit_type"] == "outlet"].assign(period=lambda t: t["article"].map(by_article))
    frames = frames.dropna(subset=["period"])
    if frames.empty:
        return pd.DataFrame(columns=columns)
    table = frames.groupby(["period", "unit_type", "unit", "frame"], sort=True)["weighted"].sum().reset_index()
    totals = table.groupby(["period", "unit"])["weighted"].transform("sum")
    table["share"] = [rounded(w / t) if t else 0.0 for w, t in zip(table["weighted"], totals)]
    table["weighted"] = table["weighted"].map(rounded)
    return table[columns]


def corpus_tables(total: Counts, unit_tokens: pd.DataFrame, unit_frames: pd.DataFrame, articles: pd.DataFrame,
                  config: Config, *, resamples: int = 1000, seed: int = 0) -> CorpusTables:
    """Every corpus table from the summed counts and the per-article unit tables."""
    frames = frames_table(total, config)
    intervals = bootstrap_intervals(unit_tokens, unit_frames, [f.id for f in config.frames], resamples=resamples, seed=seed)
    frames = frames.merge(intervals, on=["unit_type", "unit", "frame"], how="left")
    keywords = keywords_table(total, config)
    comparison = compare(Profiles(token_table(total, config), keywords, pd.DataFrame(), frames, pd.DataFrame()), config)
    matrix = comparison.frame_matrix.reset_index()
    return CorpusTables(
        units=units_table(total, config), keywords=keywords, frames=frames, frame_matrix=matrix,
        similarity=comparison.similarity, group_keywords=comparison.group_keywords, clustering=comparison.clustering,
        verbs=verbs_table(total), frames_by_date=frames_by_date(articles, unit_frames), resamples=resamples,
    )
