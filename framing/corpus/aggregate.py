"""The corpus tables: sums of the articles' counts, then the same statistics as for one article.

Per outlet and group: articles, passages, tokens; keyness against the rest of
the corpus; frame rates and shares with 95 % intervals from a bootstrap over
articles (articles are the sampled units: resampling them keeps each
article's passages together); the outlet x frame matrix; outlet similarity;
frames over time where articles have dates.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from framing.compare import Comparison, compare
from framing.config import Config
from framing.corpus.side_by_side import side_by_side
from framing.counts import Counts
from framing.intervals import bootstrap_intervals, share_column
from framing.profiles import Profiles
from framing.keyness import keywords_table
from framing.ngram_sums import NgramColumns
from framing.stats import frames_table, rounded, token_table, verbs_table

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


_NUMERIC_DATE = r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b"  # 06/02/2026, 13.02.26


def numeric_dates(given: pd.Series) -> pd.Series:
    """Which values are numeric dates whose day and month order the value alone may not tell."""
    return given.astype(str).str.match(_NUMERIC_DATE.replace("(", "(?:"), na=False)


def day_first(given: pd.Series) -> bool | None:
    """Whether the column's numeric dates put the day first (a first number over 12 somewhere), the month first (a
    second number over 12), or None when no value tells (every number 12 or less, or no numeric date)."""
    parts = given.astype(str).str.extract(_NUMERIC_DATE).dropna().astype(int)
    if parts.empty:
        return None
    if (parts[0] > 12).any():
        return True
    if (parts[1] > 12).any():
        return False
    return None


def mixed_orders(given: pd.Series) -> tuple[str, str] | None:
    """A value putting the day first (its first number over 12) and one putting the month first (its second over
    12), when the column holds both: its numeric dates contradict each other; else None."""
    text = given.astype(str)
    parts = text.str.extract(_NUMERIC_DATE).dropna().astype(int)
    day, month = parts.index[parts[0] > 12], parts.index[parts[1] > 12]
    if len(day) and len(month):
        return str(text[day[0]]), str(text[month[0]])
    return None


def read_dates(given: pd.Series) -> pd.Series:
    """The dates of the date column's values as UTC timestamps; NaT where a value is empty or reads as no date.
    Numeric dates are read in one order for the whole column (``day_first``; month first when nothing tells), never
    value by value (13/02 day-first and 06/02 month-first in one column)."""
    text = given.astype(str).str.strip().replace("", None)
    dates = pd.to_datetime(text, errors="coerce", utc=True, format="mixed")
    numeric = numeric_dates(text)
    if numeric.any() and day_first(given):  # only those: dayfirst would swap an ISO date's month and day too
        dates[numeric] = pd.to_datetime(text[numeric], errors="coerce", utc=True, format="mixed", dayfirst=True)
    return dates


def frames_by_date(articles: pd.DataFrame, unit_frames: pd.DataFrame, column: str = "weighted") -> pd.DataFrame:
    """Frame counts and shares per outlet and month (or day, for a corpus within two months); ``weighted`` holds what
    a share counts (``framing.intervals.share_column``)."""
    columns = ["period", "unit_type", "unit", "frame", "weighted", "share"]
    if articles.empty or not articles["date"].astype(str).str.strip().any():
        return pd.DataFrame(columns=columns)
    dates = read_dates(articles["date"])
    known = articles.assign(when=dates).dropna(subset=["when"])
    if known.empty:
        return pd.DataFrame(columns=columns)
    span = (known["when"].max() - known["when"].min()).days
    period = known["when"].dt.strftime("%Y-%m-%d" if span <= 62 else "%Y-%m")
    by_article = dict(zip(known["id"], period))
    frames = unit_frames[unit_frames["unit_type"] == "outlet"].assign(period=lambda t: t["article"].map(by_article),
                                                                      weighted=lambda t: t[column].astype(float))
    frames = frames.dropna(subset=["period"])
    if frames.empty:
        return pd.DataFrame(columns=columns)
    table = frames.groupby(["period", "unit_type", "unit", "frame"], sort=True)["weighted"].sum().reset_index()
    totals = table.groupby(["period", "unit"])["weighted"].transform("sum")
    table["share"] = [rounded(w / t) if t else 0.0 for w, t in zip(table["weighted"], totals)]
    table["weighted"] = table["weighted"].map(rounded)
    return table[columns]


def corpus_tables(total: Counts, unit_tokens: pd.DataFrame, unit_frames: pd.DataFrame, articles: pd.DataFrame,
                  config: Config, *, resamples: int = 1000, seed: int = 0,
                  text_tables: tuple[pd.DataFrame, pd.DataFrame] | None = None,
                  ngrams: NgramColumns | None = None, parallel: bool = False) -> CorpusTables:
    """Every corpus table from the summed counts and the per-article unit tables.

    ``text_tables``: (keywords, group_keywords) computed before from the same text counts (a re-run after a
    lexicon edit), taken as they are: they read no frame. ``ngrams``: the n-gram part of the counts as columns
    (a corpus' sum), when ``total`` holds none. ``parallel``: the bootstrap in a forked process beside the keyword
    statistics and the comparison (the same tables).
    """
    frames = frames_table(total, config)
    column = share_column(config)  # what a share counts: passages a frame is present in, or weighted hits

    def keyness_and_comparison() -> tuple[pd.DataFrame, Comparison]:  # reads the frame shares, not their intervals
        keywords = keywords_table(total, config, ngrams) if text_tables is None else text_tables[0]
        return keywords, compare(Profiles(token_table(total, config), keywords, pd.DataFrame(), frames, pd.DataFrame()),
                                 config, group_keywords=None if text_tables is None else text_tables[1])

    intervals, (keywords, comparison) = side_by_side(
        lambda: bootstrap_intervals(unit_tokens, unit_frames, [f.id for f in config.frames], shares_of=column,
                                    resamples=resamples, seed=seed),
        keyness_and_comparison, parallel=parallel)
    frames = frames.merge(intervals, on=["unit_type", "unit", "frame"], how="left")
    matrix = comparison.frame_matrix.reset_index()
    return CorpusTables(
        units=units_table(total, config), keywords=keywords, frames=frames, frame_matrix=matrix,
        similarity=comparison.similarity, group_keywords=comparison.group_keywords, clustering=comparison.clustering,
        verbs=verbs_table(total), frames_by_date=frames_by_date(articles, unit_frames, column), resamples=resamples,
    )
