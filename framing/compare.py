"""Compare the outlets and groups of one article from their profiles.

Input: ``Profiles`` (from ``framing.profiles.profile``); nothing here looks
back at the article. Output: ``Comparison``:

frame_matrix    outlet x frame shares of weighted frame hits (index: outlet
                ids sorted; columns: frame ids in lexicon order); NaN for an
                outlet below the evidence floor (``evidence``)
similarity      one row per pair of outlets (unit_a < unit_b): Jensen-Shannon
                divergence (base 2, 0..1) of their frame distributions and
                cosine similarity of their TF-IDF keyword vectors; NaN when a
                side has too few frame hits (the floor above) / no keyword
clustering      average-linkage clustering of outlets on frame JSD:
                {'labels': ids in linkage index order, 'linkage': scipy
                linkage rows, 'order': ids in dendrogram leaf order,
                'excluded': outlets left out for having fewer frame hits
                than the floor, 'floor': that floor}
group_frames    the group rows of ``Profiles.frames`` (``group`` for ``unit``)
group_keywords  keyness of each group against the other groups only
                (narration and outlets without a group are not in the
                reference), same columns as ``Profiles.keywords``
evidence        frame hits and passages with a hit per outlet and group, and
                whether they reach the floor (``report.min_frame_hits`` hits in
                ``report.min_frame_passages`` passages): nothing below it gets a
                share, a divergence or a place in the clustering

Rows are sorted and floats rounded to 6 decimals, so the same profiles and
config give identical tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from framing.config import Config
from framing.intervals import EVIDENCE_COLUMNS, share_column, totals_evidence, unit_evidence
from framing.profiles import DECIMALS, FRAME_COLUMNS, KEYWORD_COLUMNS, Profiles, log_odds_keyness, rank_keywords
from framing.stats import rounded_array

SIMILARITY_COLUMNS: tuple[str, ...] = ("unit_a", "unit_b", "jsd_frames", "cosine_keywords")
GROUP_FRAME_COLUMNS: tuple[str, ...] = ("group", *FRAME_COLUMNS[2:])


@dataclass(frozen=True)
class Comparison:
    """Outlet-by-outlet and group-by-group comparison; see the module docstring for the tables."""

    frame_matrix: pd.DataFrame
    similarity: pd.DataFrame
    clustering: dict[str, list] = field(default_factory=dict)
    group_frames: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(GROUP_FRAME_COLUMNS)))
    group_keywords: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(KEYWORD_COLUMNS)))
    evidence: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(EVIDENCE_COLUMNS)))


def jensen_shannon(p: np.ndarray, q: np.ndarray) -> float:
    """Jensen-Shannon divergence in bits (0 for identical, 1 for disjoint distributions); NaN if one is empty.

    >>> jensen_shannon(np.array([1.0, 0.0]), np.array([0.0, 2.0]))
    1.0
    """
    p = np.asarray(p, dtype=float)
    q = np.asarray(q, dtype=float)
    if p.sum() <= 0 or q.sum() <= 0:
        return float("nan")
    p = p / p.sum()
    q = q / q.sum()
    m = (p + q) / 2
    with np.errstate(divide="ignore", invalid="ignore"):
        left = np.where(p > 0, p * np.log2(p / m), 0.0).sum()
        right = np.where(q > 0, q * np.log2(q / m), 0.0).sum()
    return float(max(0.0, (left + right) / 2))


def cosine(u: np.ndarray, v: np.ndarray) -> float:
    """Cosine similarity of two vectors; NaN when one is all zeros."""
    nu = float(np.linalg.norm(u))
    nv = float(np.linalg.norm(v))
    if nu == 0 or nv == 0:
        return float("nan")
    return float(np.dot(u, v) / (nu * nv))


def _round(value: float) -> float:
    return value if np.isnan(value) else round(float(value), DECIMALS) + 0.0


def compare(profiles: Profiles, config: Config, *, group_keywords: pd.DataFrame | None = None) -> Comparison:
    """Frame matrix, pairwise similarity, clustering and group comparison of ``profiles``.

    ``group_keywords``: the group keyness of the same keywords, computed before (``--watch`` after a lexicon
    edit), taken as it is.
    """
    frames = profiles.frames
    outlet_rows = frames[frames["unit_type"] == "outlet"]
    frame_ids = list(dict.fromkeys(frames["frame"])) or [f.id for f in config.frames]
    outlets = sorted(set(outlet_rows["unit"].unique())
                     | set(profiles.keywords.loc[profiles.keywords["unit_type"] == "outlet", "unit"].unique()))

    def matrix(values: str) -> pd.DataFrame:
        """outlet x frame ``values`` (0 where an outlet has no row for a frame), filled cell by cell."""
        grid = np.zeros((len(outlets), len(frame_ids)))
        row_of, column_of = {o: i for i, o in enumerate(outlets)}, {f: j for j, f in enumerate(frame_ids)}
        for unit, frame, value in zip(outlet_rows["unit"].tolist(), outlet_rows["frame"].tolist(),
                                      outlet_rows[values].tolist()):
            if unit in row_of and frame in column_of and not pd.isna(value):
                grid[row_of[unit], column_of[frame]] = float(value)
        return pd.DataFrame(grid, index=pd.Index(outlets, name="outlet"), columns=pd.Index(frame_ids, name="frame"))

    floor = config.report.min_frame_hits
    if profiles.frame_hits is not None and len(profiles.frame_hits):
        evidence = unit_evidence(profiles.frame_hits, min_hits=floor, min_passages=config.report.min_frame_passages)
    else:  # summed counts (a corpus): no single hits to count passages from
        evidence = totals_evidence(frames, min_hits=floor)
    solid = set(evidence.loc[(evidence["unit_type"] == "outlet") & evidence["enough"], "unit"])
    enough = pd.Series([o in solid for o in outlets], index=outlets, dtype=bool)
    shares = matrix("share")
    shares.loc[~enough] = np.nan  # no share is shown for an outlet below the floor
    weighted = matrix(share_column(config))  # what the shares count: passages or weighted hits
    vectors = _keyword_vectors(profiles.keywords, outlets)
    divergence = jsd_matrix(weighted)  # once per pair: the similarity table and the clustering read it

    first, second = np.triu_indices(len(outlets), k=1)  # every pair once, a before b, in the outlets' order
    both = enough.to_numpy()[first] & enough.to_numpy()[second]
    jsd = np.where(both, divergence.to_numpy()[first, second], np.nan)
    cosines = cosine_matrix(vectors)[first, second] if not vectors.empty else np.full(len(first), np.nan)
    names = np.array(outlets, dtype=object)
    similarity = pd.DataFrame({"unit_a": names[first], "unit_b": names[second], "jsd_frames": rounded_array(jsd),
                               "cosine_keywords": rounded_array(cosines)}, columns=list(SIMILARITY_COLUMNS))

    group_frames = frames[frames["unit_type"] == "group"].drop(columns="unit_type").rename(columns={"unit": "group"})
    return Comparison(
        frame_matrix=shares,
        similarity=similarity,
        clustering=cluster(weighted, divergence, enough, floor),
        group_frames=group_frames.reset_index(drop=True)[list(GROUP_FRAME_COLUMNS)],
        group_keywords=group_keywords if group_keywords is not None else group_keyness(profiles.keywords, config),
        evidence=evidence,
    )


def _keyword_vectors(keywords: pd.DataFrame, outlets: list[str]) -> pd.DataFrame:
    """outlet x key tf-idf (0 where an outlet lacks a key), keys in order: placed cell by cell from the three
    columns it reads (pivoting, or selecting every column of, a corpus' keyword table costs a second or more)."""
    rows = keywords[["unit", "key", "tfidf"]][(keywords["unit_type"] == "outlet").to_numpy()]
    if rows.empty:
        return pd.DataFrame(index=outlets)
    columns, keys = pd.factorize(rows["key"], sort=True)
    places = pd.Index(outlets).get_indexer(rows["unit"])
    kept = places >= 0
    tfidf = rows["tfidf"].to_numpy(dtype=float)
    grid = np.zeros((len(outlets), len(keys)))
    grid[places[kept], columns[kept]] = np.where(np.isnan(tfidf), 0.0, tfidf)[kept]
    return pd.DataFrame(grid, index=outlets, columns=keys)


def jsd_matrix(weighted: pd.DataFrame, *, block: int = 256) -> pd.DataFrame:
    """Jensen-Shannon divergence between every two rows of an outlet x frame matrix (NaN beside an empty row).

    The same arithmetic as ``jensen_shannon``, for a block of rows against all rows at a time (memory stays at
    ``block`` x rows x frames whatever the number of outlets)."""
    values = weighted.to_numpy(dtype=float)
    n = len(values)
    sums = values.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        shares = values / sums[:, None]
    result = np.zeros((n, n))
    for start in range(0, n, block):
        p = shares[start:start + block, None, :]
        q = shares[None, :, :]
        m = (p + q) / 2
        with np.errstate(divide="ignore", invalid="ignore"):
            left = np.where(p > 0, p * np.log2(p / m), 0.0).sum(axis=2)
            right = np.where(q > 0, q * np.log2(q / m), 0.0).sum(axis=2)
        result[start:start + block] = np.maximum(0.0, (left + right) / 2)
    empty = sums <= 0
    result[empty, :] = np.nan
    result[:, empty] = np.nan
    np.fill_diagonal(result, 0.0)
    return pd.DataFrame(result, index=weighted.index, columns=weighted.index)


def cosine_matrix(vectors: pd.DataFrame) -> np.ndarray:
    """Cosine similarity between every two rows of ``vectors`` (NaN beside an all-zero row)."""
    values = np.ascontiguousarray(vectors.to_numpy(dtype=float))  # (row by row: the layout sets the sums' order)
    norms = np.linalg.norm(values, axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        result = (values @ values.T) / np.outer(norms, norms)
    zero = norms == 0
    result[zero, :] = np.nan
    result[:, zero] = np.nan
    return result


def cluster(weighted: pd.DataFrame, divergence: pd.DataFrame, enough: pd.Series | None = None,
            floor: int = 1) -> dict[str, list]:
    """Average-linkage clustering of the rows of an outlet x frame matrix on their Jensen-Shannon divergence
    (``divergence``, from ``jsd_matrix``).

    Outlets with no frame hit, or not ``enough`` (fewer than ``floor`` hits), are listed under
    'excluded': a distribution from a hit or two says nothing. With fewer than two outlets left the
    linkage is empty.
    """
    from scipy.cluster.hierarchy import leaves_list, linkage
    from scipy.spatial.distance import squareform

    has_hits = weighted.sum(axis=1) > 0
    if enough is not None:
        has_hits &= enough.reindex(weighted.index, fill_value=False)
    labels = [str(x) for x in weighted.index[has_hits]]
    excluded = [str(x) for x in weighted.index[~has_hits]]
    if len(labels) < 2:
        return {"labels": labels, "linkage": [], "order": labels, "excluded": excluded, "floor": floor}
    distances = divergence.loc[labels, labels].to_numpy(dtype=float)
    tree = linkage(squareform(distances, checks=False), method="average")
    return {
        "labels": labels,
        "linkage": [[_round(x) for x in row] for row in tree.tolist()],
        "order": [labels[i] for i in leaves_list(tree)],
        "excluded": excluded,
        "floor": floor,
    }


def group_keyness(keywords: pd.DataFrame, config: Config) -> pd.DataFrame:
    """Keyness of each group against the pooled other groups, from the group rows of ``Profiles.keywords``.

    The prior is ``prior_scale`` x each n-gram's share of all group n-grams;
    ``count_rest``/``tokens_rest`` are the other groups' counts. ``term`` and
    ``tfidf`` are the group's own, as profiled.
    """
    rows = keywords[keywords["unit_type"] == "group"]
    if rows.empty:
        return pd.DataFrame(columns=list(KEYWORD_COLUMNS))
    prior_scale = config.keywords.prior_scale
    pooled = rows.groupby(["n", "key"])["count"].sum()
    tokens = rows.groupby(["unit", "n"])["tokens"].first()
    pooled_tokens = tokens.groupby(level="n").sum()
    tables = []
    for group in sorted(set(rows["unit"])):
        mine = rows[rows["unit"] == group].sort_values(["n", "key"], kind="mergesort")
        parts = []
        for n, part in mine.groupby("n", sort=True):
            total = int(tokens[(group, n)])
            total_rest = int(pooled_tokens[n]) - total
            everywhere = pooled.loc[n].reindex(part["key"]).to_numpy(dtype=float)
            y = part["count"].to_numpy(dtype=float)
            prior = prior_scale * everywhere / pooled_tokens[n]
            delta, z = log_odds_keyness(y, total, everywhere - y, total_rest, prior, prior_scale)
            part = part.assign(
                count_rest=(everywhere - y).astype(int), tokens=total, tokens_rest=total_rest, log_odds=delta, z=z
            )
            parts.append(part)
        tables.append(rank_keywords(pd.concat(parts, ignore_index=True), config))
    return pd.concat(tables, ignore_index=True)[list(KEYWORD_COLUMNS)]
