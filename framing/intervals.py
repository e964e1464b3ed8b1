"""How sure a share is: 95 % percentile intervals from resampling what was sampled.

Within one article the passages are the sampled units (each passage keeps its
frame hits together); across a corpus, the articles are (each keeps its
passages together). Both are the same bootstrap with a different ``sample``
column. The same seed gives the same intervals, run after run.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from framing.config import Config
from framing.stats import rounded

RESAMPLES = 1000
INTERVAL_COLUMNS: tuple[str, ...] = ("share_low", "share_high", "rate_low", "rate_high")


def _draws(n: int, resamples: int, seed: int, cells: int = 4_000_000) -> list[np.ndarray]:
    """Resample counts, in blocks of rows: each row says how often each of the ``n`` samples is drawn in one
    resample of ``n`` draws with replacement (rows sum to ``n``; a block holds at most ``cells`` counts, 100 rows
    at most). Drawn as ``n`` sample numbers per resample and counted, which costs a few operations per draw where a
    multinomial draw of the same counts costs one binomial draw per sample. Kept in the smallest unsigned type that
    holds ``n`` (a count never exceeds it): a resample of 10,000 articles takes 20 kB, not 80."""
    rng = np.random.default_rng(seed)
    chunk = max(1, min(100, cells // max(n, 1)))
    blocks = []
    for first in range(0, resamples, chunk):
        rows = min(chunk, resamples - first)
        picks = rng.integers(0, n, size=(rows, n)) + (np.arange(rows) * n)[:, None]  # row r's picks in [r n, (r+1) n)
        blocks.append(np.bincount(picks.ravel(), minlength=rows * n).reshape(rows, n).astype(np.min_scalar_type(n)))
    return blocks


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
    finite = np.isfinite(values)
    counts = finite.sum(axis=0)
    ordered = np.sort(np.where(finite, values, np.inf), axis=0)  # each column's finite values first
    low, high = np.full(values.shape[1], np.nan), np.full(values.shape[1], np.nan)
    for count in np.unique(counts[counts > 0]):  # columns with as many finite values at once (a frame never
        columns = np.flatnonzero(counts == count)  # drawn, an all-NaN column, stays NaN)
        low[columns], high[columns] = np.percentile(ordered[:count, columns], [2.5, 97.5], axis=0)
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
    draws = [d.astype(np.float64) for d in _draws(len(samples), resamples, seed)]  # once, not once per unit
    result = {}
    for (unit_type, unit), rows in unit_frames.groupby(["unit_type", "unit"], sort=True):
        weights = _weights(samples, rows, frames, sample=sample)
        result[(str(unit_type), str(unit))] = np.vstack([_ratio(w, w.sum(axis=1, keepdims=True)) for w in (d @ weights for d in draws)])
    return result


def bootstrap_intervals(unit_tokens: pd.DataFrame, unit_frames: pd.DataFrame, frames: Sequence[str], *,
                        sample: str = "article", shares_of: str = "weighted", resamples: int = RESAMPLES,
                        seed: int = 0, cells: int = 1_000_000) -> pd.DataFrame:
    """95 % intervals of each unit's frame shares and rates per 1,000 tokens, resampling ``sample``.

    ``unit_tokens``: sample, unit_type, unit, tokens (every sample of every unit, with or without hits);
    ``unit_frames``: sample, unit_type, unit, frame, weighted (and the column ``shares_of`` names, when it is
    another: the passages a frame is present in). Rates are always of weighted hits.

    Every unit is resampled at once: a unit's tokens and frame counts per sample are columns of sparse
    samples x units matrices, and each block of resamples (rows of draw counts) is multiplied by them, so the
    work grows with the samples a unit is in, not with the corpus. Units go in blocks of at most ``cells``
    resample x frame values, so memory stays bounded whatever their number.
    """
    from scipy import sparse

    columns = ["unit_type", "unit", "frame", *INTERVAL_COLUMNS]
    samples = pd.Index(pd.unique(unit_tokens[sample]))
    if not len(samples) or not len(frames):
        return pd.DataFrame(columns=columns)
    units = unit_tokens[["unit_type", "unit"]].drop_duplicates().sort_values(["unit_type", "unit"], kind="mergesort")
    unit_index = pd.MultiIndex.from_frame(units.astype(str))
    n_frames = len(frames)

    def matrix(rows: pd.DataFrame, value: str, by_frame: bool) -> sparse.csc_matrix:
        """samples x units (x frames) sums of ``value``; rows of a frame not listed count nowhere."""
        places = samples.get_indexer(rows[sample].to_numpy())
        owners = unit_index.get_indexer(pd.MultiIndex.from_frame(rows[["unit_type", "unit"]].astype(str)))
        keep = (places >= 0) & (owners >= 0)
        width = len(unit_index)
        if by_frame:
            column = {f: j for j, f in enumerate(frames)}
            which = np.fromiter((column.get(f, -1) for f in rows["frame"].tolist()), dtype=np.int64, count=len(rows))
            keep &= which >= 0
            owners, width = owners * n_frames + which, width * n_frames
        values = rows[value].to_numpy(dtype=float)
        return sparse.coo_matrix((values[keep], (places[keep], owners[keep])), shape=(len(samples), width)).tocsc()

    # (units x samples) @ (samples x resamples), the product scipy computes for (resamples x samples) @ (samples x
    # units), with each block of draws laid out that way once, not copied into it at every product
    tokens = matrix(unit_tokens, "tokens", False).T.tocsr()
    weights = matrix(unit_frames, "weighted", True).T.tocsr()
    counted = weights if shares_of == "weighted" else matrix(unit_frames, shares_of, True).T.tocsr()
    draws = [np.ascontiguousarray(counts.T) for counts in _draws(len(samples), resamples, seed)]
    block = max(1, cells // (resamples * n_frames))
    rows = []

    def product(values: sparse.csr_matrix, draw: np.ndarray, width: int) -> np.ndarray:
        """resamples x units (x frames) sums of the rows ``values`` holds, under the draws ``draw``."""
        return np.asarray(values @ draw).T.reshape(draw.shape[1], -1, width)

    for first in range(0, len(unit_index), block):
        last = min(first + block, len(unit_index))
        span = slice(first * n_frames, last * n_frames)
        shares, rates = [], []
        for counts in draws:
            draw = counts.astype(np.float64)
            c = product(counted[span], draw, n_frames)
            w = product(weights[span], draw, n_frames)
            t = product(tokens[first:last], draw, 1)[:, :, 0]
            shares.append(_ratio(c, c.sum(axis=2, keepdims=True)).reshape(len(c), -1))
            rates.append(_ratio(w, t[:, :, None], 1000.0).reshape(len(w), -1))
        share_bounds, rate_bounds = _percentile_columns(np.vstack(shares)), _percentile_columns(np.vstack(rates))
        for k, (unit_type, unit) in enumerate(unit_index[first:last]):
            for j, frame in enumerate(frames):
                (low_s, high_s), (low_r, high_r) = share_bounds[k * n_frames + j], rate_bounds[k * n_frames + j]
                rows.append({"unit_type": unit_type, "unit": unit, "frame": frame, "share_low": low_s,
                             "share_high": high_s, "rate_low": low_r, "rate_high": high_r})
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
