"""How sure a share is: 95 % percentile intervals from resampling what was sampled.

Within one article the passages are the sampled units (each passage keeps its
frame hits together); across a corpus, the articles are (each keeps its
passages together). Both are the same bootstrap with a different ``sample``
column. The same seed gives the same intervals, run after run.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import numpy as np
import pandas as pd

from framing.config import Config
from framing.stats import rounded

RESAMPLES = 1000
INTERVAL_COLUMNS: tuple[str, ...] = ("share_low", "share_high", "rate_low", "rate_high")


def _draws(n: int, resamples: int, seed: int, chunk: int = 100) -> list[np.ndarray]:
    """Resample counts: each row says how often each of the ``n`` samples is drawn (rows sum to ``n``)."""
    rng = np.random.default_rng(seed)
    return [rng.multinomial(n, np.full(n, 1.0 / n), size=min(chunk, resamples - s)).astype(np.float64)
            for s in range(0, resamples, chunk)]


def _percentiles(values: np.ndarray) -> tuple[float, float]:
    finite = values[np.isfinite(values)]
    if not len(finite):
        return float("nan"), float("nan")
    low, high = np.percentile(finite, [2.5, 97.5])
    return rounded(float(low)), rounded(float(high))


def _percentile_columns(values: np.ndarray) -> list[tuple[float, float]]:
    """``_percentiles`` of every column of ``values`` (resamples x frames) at once."""
    if values.size == 0:
        return [(float("nan"), float("nan"))] * values.shape[1]
    finite = np.where(np.isfinite(values), values, np.nan)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # a frame never drawn: an all-NaN column gives NaN
        low, high = np.nanpercentile(finite, [2.5, 97.5], axis=0)
    return [(rounded(float(a)), rounded(float(b))) for a, b in zip(low, high)]


def _ratio(numerator: np.ndarray, denominator: np.ndarray, scale: float = 1.0) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(denominator > 0, scale * numerator / denominator, np.nan)


def _weights(samples: pd.Index, rows: pd.DataFrame, frames: Sequence[str], *, sample: str, value: str = "weighted") -> np.ndarray:
    """samples x frames ``value`` (weighted hits, or passages) of one unit."""
    weights = np.zeros((len(samples), len(frames)))
    if rows.empty:
        return weights
    column = {f: j for j, f in enumerate(frames)}
    columns = np.fromiter((column.get(f, -1) for f in rows["frame"].tolist()), dtype=np.int64, count=len(rows))
    keep = columns >= 0  # plain arrays: pandas' selection costs more than the sums on a few rows per unit
    if not keep.any():
        return weights
    places = samples.get_indexer(rows[sample].to_numpy())
    np.add.at(weights, (places[keep], columns[keep]), rows[value].to_numpy(dtype=float)[keep])
    return weights


def resampled_shares(unit_frames: pd.DataFrame, frames: Sequence[str], *, sample: str = "article",
                     resamples: int = RESAMPLES, seed: int = 0) -> dict[tuple[str, str], np.ndarray]:
    """Each unit's frame shares in every resample of the samples (resamples x frames; NaN: no hit drawn).

    All units see the same resamples, so differences between two units are paired.
    """
    samples = pd.Index(pd.unique(unit_frames[sample]))
    if not len(samples):
        return {}
    draws = _draws(len(samples), resamples, seed)
    result = {}
    for (unit_type, unit), rows in unit_frames.groupby(["unit_type", "unit"], sort=True):
        weights = _weights(samples, rows, frames, sample=sample)
        result[(str(unit_type), str(unit))] = np.vstack([_ratio(w, w.sum(axis=1, keepdims=True)) for w in (d @ weights for d in draws)])
    return result


def bootstrap_intervals(unit_tokens: pd.DataFrame, unit_frames: pd.DataFrame, frames: Sequence[str], *,
                        sample: str = "article", shares_of: str = "weighted", resamples: int = RESAMPLES,
                        seed: int = 0) -> pd.DataFrame:
    """95 % intervals of each unit's frame shares and rates per 1,000 tokens, resampling ``sample``.

    ``unit_tokens``: sample, unit_type, unit, tokens (every sample of every unit, with or without hits);
    ``unit_frames``: sample, unit_type, unit, frame, weighted (and the column ``shares_of`` names, when it is
    another: the passages a frame is present in). Rates are always of weighted hits.
    """
    columns = ["unit_type", "unit", "frame", *INTERVAL_COLUMNS]
    samples = pd.Index(pd.unique(unit_tokens[sample]))
    if not len(samples):
        return pd.DataFrame(columns=columns)
    draws = _draws(len(samples), resamples, seed)
    frames_by_unit = {k: g for k, g in unit_frames.groupby(["unit_type", "unit"], sort=True)}
    rows = []
    for (unit_type, unit), listed in unit_tokens.groupby(["unit_type", "unit"], sort=True):
        tokens = np.zeros(len(samples))
        tokens[samples.get_indexer(listed[sample])] = listed["tokens"].to_numpy(dtype=float)
        mine = frames_by_unit.get((unit_type, unit), unit_frames.iloc[0:0])
        weights = _weights(samples, mine, frames, sample=sample)
        counted = weights if shares_of == "weighted" else _weights(samples, mine, frames, sample=sample, value=shares_of)
        shares, rates = [], []
        for draw in draws:
            c = draw @ counted
            shares.append(_ratio(c, c.sum(axis=1, keepdims=True)))
            rates.append(_ratio(draw @ weights, (draw @ tokens)[:, None], 1000.0))
        share_bounds, rate_bounds = _percentile_columns(np.vstack(shares)), _percentile_columns(np.vstack(rates))
        for frame, (low_s, high_s), (low_r, high_r) in zip(frames, share_bounds, rate_bounds):
            rows.append({"unit_type": unit_type, "unit": unit, "frame": frame, "share_low": low_s, "share_high": high_s,
                         "rate_low": low_r, "rate_high": high_r})
    return pd.DataFrame(rows, columns=columns)


def share_intervals(unit_frames: pd.DataFrame, frames: Sequence[str], *, sample: str = "sample",
                    resamples: int = RESAMPLES, seed: int = 0) -> pd.DataFrame:
    """95 % intervals of each unit's frame shares alone (no token counts per sample needed)."""
    rows = []
    for (unit_type, unit), shares in resampled_shares(unit_frames, frames, sample=sample, resamples=resamples, seed=seed).items():
        for frame, (low, high) in zip(frames, _percentile_columns(shares)):
            rows.append({"unit_type": unit_type, "unit": unit, "frame": frame, "share_low": low, "share_high": high})
    return pd.DataFrame(rows, columns=["unit_type", "unit", "frame", "share_low", "share_high"])


def gap_interval(resampled: dict[tuple[str, str], np.ndarray], a: tuple[str, str], b: tuple[str, str], j: int) -> tuple[float, float]:
    """95 % interval of share(a) - share(b) of frame ``j``, from the paired resamples of ``resampled_shares``."""
    if a not in resampled or b not in resampled:
        return float("nan"), float("nan")
    return _percentiles(resampled[a][:, j] - resampled[b][:, j])


EVIDENCE_COLUMNS: tuple[str, ...] = ("unit_type", "unit", "hits", "passages", "enough")


def counted_hits(frame_hits: pd.DataFrame | None) -> pd.DataFrame | None:
    """The hits that count: negated ones (a ``negated`` column, when the matcher reports them) are left out."""
    if frame_hits is None or "negated" not in frame_hits.columns:
        return frame_hits
    return frame_hits[~frame_hits["negated"].astype(bool)]


def unit_evidence(frame_hits: pd.DataFrame | None, *, min_hits: int, min_passages: int) -> pd.DataFrame:
    """Frame hits and passages with a hit of each outlet and group, and whether they reach the floor."""
    hits = counted_hits(frame_hits)
    rows = []
    if hits is not None and len(hits):
        for unit_type in ("outlet", "group"):
            part = hits[hits[unit_type].astype(str) != ""]
            for unit, mine in part.groupby(part[unit_type].astype(str), sort=True):
                n, passages = len(mine), int(mine["segment_start"].nunique())
                rows.append({"unit_type": unit_type, "unit": unit, "hits": n, "passages": passages,
                             "enough": n >= min_hits and passages >= min_passages})
    return pd.DataFrame(rows, columns=list(EVIDENCE_COLUMNS))


def totals_evidence(frames: pd.DataFrame, *, min_hits: int) -> pd.DataFrame:
    """The evidence of summed counts (a corpus, where single hits are not kept): the hit floor only; ``passages``
    is the sum of each frame's passages (a passage with two frames counts twice)."""
    rows = []
    part = frames[frames["unit_type"].isin(["outlet", "group"])]
    for (unit_type, unit), mine in part.groupby(["unit_type", "unit"], sort=True):
        hits = int(mine["hits"].sum())
        passages = int(mine["passages"].sum()) if "passages" in mine.columns else 0
        rows.append({"unit_type": unit_type, "unit": str(unit), "hits": hits, "passages": passages, "enough": hits >= min_hits})
    return pd.DataFrame(rows, columns=list(EVIDENCE_COLUMNS))


def share_column(config: Config) -> str:
    """What a frame share counts (``matching.frame_unit``): passages a frame is present in, or weighted hits."""
    return "passages" if config.matching.frame_unit == "passage" else "weighted"


def passage_frames(frame_hits: pd.DataFrame | None, *, presence: bool = False) -> pd.DataFrame:
    """Weighted hits per passage, outlet or group, and frame (hits outside an outlet's passages are left out);
    with ``presence``, 1 for each frame present in a passage (``matching.frame_unit: passage``).

    The ``sample`` column is the passage's start offset.
    """
    columns = ["sample", "unit_type", "unit", "frame", "weighted"]
    frame_hits = counted_hits(frame_hits)
    if frame_hits is None or frame_hits.empty:
        return pd.DataFrame(columns=columns)
    hits = frame_hits[frame_hits["outlet"].astype(str) != ""]
    parts = []
    for unit_type, column in (("outlet", "outlet"), ("group", "group")):
        part = hits[hits[column].astype(str) != ""]
        parts.append(pd.DataFrame({"sample": part["segment_start"].to_numpy(), "unit_type": unit_type,
                                   "unit": part[column].astype(str).to_numpy(), "frame": part["frame"].astype(str).to_numpy(),
                                   "weighted": part["weight"].to_numpy(dtype=float)}))
    table = pd.concat(parts, ignore_index=True)
    table = table.groupby(["sample", "unit_type", "unit", "frame"], sort=True, as_index=False)["weighted"].sum()[columns]
    return table.assign(weighted=1.0) if presence else table
