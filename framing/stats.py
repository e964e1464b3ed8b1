"""Statistics from counts: keyness arithmetic, frame rates and shares, verb tables.

Every function takes ``Counts`` (one article's, or the sum of a corpus') and
returns a tidy DataFrame. This module and ``framing.keyness`` (the keyword
table, column-wise) are the one place where counts are divided, ranked and
rounded (to ``DECIMALS``), so one article and a million articles go through
the same code. A unit's "rest" is everything else in the counts:
the rest of the article, or the rest of the corpus.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np
import pandas as pd

from framing.config import Config
from framing.counts import Counts, Unit

DECIMALS = 6

TOKEN_COUNT_COLUMNS: tuple[str, ...] = ("unit_type", "unit", "label", "segments", "tokens", "content_tokens", "thin")
KEYWORD_COLUMNS: tuple[str, ...] = (
    "unit_type", "unit", "rank", "term", "key", "n", "count", "count_rest",
    "tokens", "tokens_rest", "log_odds", "z", "q", "tfidf", "distinctive",
)
FRAME_COLUMNS: tuple[str, ...] = (
    "unit_type", "unit", "frame", "label", "hits", "passages", "weighted", "rate_per_1000", "share",
    "presence", "presence_low", "presence_high",
)
VERB_COLUMNS: tuple[str, ...] = ("outlet", "lemma", "stance", "count", "forms")


def rounded(value: float) -> float:
    """``value`` to ``DECIMALS`` places (NaN stays NaN; -0.0 becomes 0.0)."""
    return float("nan") if math.isnan(value) else round(float(value), DECIMALS) + 0.0


def rounded_array(values: np.ndarray) -> np.ndarray:
    """``rounded`` of every value: ``np.round`` equals Python's correctly rounded ``round`` except within a hair of
    a tie, and those few values are rounded by ``round`` itself."""
    values = np.asarray(values, dtype=float)
    result = np.round(values, DECIMALS) + 0.0
    scaled = values * 10.0**DECIMALS
    for i in np.flatnonzero(np.abs(scaled - np.floor(scaled) - 0.5) < 1e-6):
        result[i] = rounded(float(values[i]))
    return result


def log_odds_keyness(
    count: np.ndarray | Sequence[float],
    total: float,
    count_rest: np.ndarray | Sequence[float],
    total_rest: float,
    prior: np.ndarray | Sequence[float],
    prior_total: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Log-odds ratio with an informative Dirichlet prior, and its z-score.

    Monroe, Colaresi & Quinn (2008), "Fightin' Words", eqs. 16 and 18-20::

        delta_w = log((y_w + a_w) / (n + a_0 - y_w - a_w))
                - log((y'_w + a_w) / (n' + a_0 - y'_w - a_w))
        z_w     = delta_w / sqrt(1 / (y_w + a_w) + 1 / (y'_w + a_w))

    Returns ``(delta, z)`` arrays; NaN where a term is undefined (a prior
    holding all the mass).
    """
    y = np.asarray(count, dtype=float)
    y_rest = np.asarray(count_rest, dtype=float)
    a = np.asarray(prior, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = np.log((y + a) / (total + prior_total - y - a)) - np.log((y_rest + a) / (total_rest + prior_total - y_rest - a))
        z = delta / np.sqrt(1.0 / (y + a) + 1.0 / (y_rest + a))
    delta = np.where(np.isfinite(delta), delta, np.nan)
    z = np.where(np.isfinite(z), z, np.nan)
    return delta, z


def fdr_q(z: np.ndarray | Sequence[float]) -> np.ndarray:
    """Benjamini-Hochberg q-values of two-sided z-tests, over the whole family given; NaN where z is NaN.

    >>> [round(float(q), 4) for q in fdr_q([3.0, 1.0, float("nan")])]
    [0.0054, 0.3173, nan]
    """
    from scipy.special import ndtr  # scipy.stats costs a second to import; the normal CDF is all this needs

    z = np.asarray(z, dtype=float)
    q = np.full(z.shape, np.nan)
    finite = np.isfinite(z)
    if finite.any():
        q[finite] = benjamini_hochberg(2.0 * ndtr(-np.abs(z[finite])))
    return q


def benjamini_hochberg(p: np.ndarray) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values (q), in the order given: the smallest ``p_(j) m / j`` over j >= rank.

    >>> [round(float(q), 4) for q in benjamini_hochberg(np.array([0.01, 0.04, 0.03, 0.5]))]
    [0.04, 0.0533, 0.0533, 0.5]
    """
    m = len(p)
    order = np.argsort(p, kind="stable")
    scaled = p[order] * (m / np.arange(1, m + 1, dtype=float))
    scaled = np.minimum.accumulate(scaled[::-1])[::-1]
    q = np.empty(m)
    q[order] = np.clip(scaled, 0.0, 1.0)
    return q


def rank_rows(rows: list[dict[str, object]], config: Config) -> list[dict[str, object]]:
    """Rank one unit's keyword rows, flag the distinctive ones, round (plain rows, no pandas: this runs per unit).

    Terms seen at least ``keywords.min_count`` times come first (a word used
    once is weak evidence however unusual it is), each tier by z descending,
    then count, order, key. Distinctive: z at least ``keywords.z_threshold``,
    the count at least ``min_count`` and the row's FDR ``q`` (computed by the
    caller over its whole family of tests) below ``keywords.fdr_alpha``.
    """
    kw = config.keywords

    def order(row: dict[str, object]) -> tuple[object, ...]:
        z = float(row["z"])  # type: ignore[arg-type]
        missing = math.isnan(z)
        return (missing, int(row["count"]) < kw.min_count, 0.0 if missing else -z, -int(row["count"]), row["n"], row["key"])  # type: ignore[call-overload]

    ranked = sorted(rows, key=order)
    for rank, row in enumerate(ranked, start=1):
        z = float(row["z"])  # type: ignore[arg-type]
        row["rank"] = rank
        q = float(row["q"])  # type: ignore[arg-type]
        row["distinctive"] = bool(
            not math.isnan(z) and z >= kw.z_threshold and int(row["count"]) >= kw.min_count  # type: ignore[call-overload]
            and not math.isnan(q) and q < kw.fdr_alpha
        )
        for column in ("log_odds", "z", "q", "tfidf"):
            row[column] = rounded(float(row[column]))  # type: ignore[arg-type]
    return ranked


def distinctive_flags(z: np.ndarray, q: np.ndarray, count: np.ndarray, config: Config) -> np.ndarray:
    """``rank_rows``' distinctive flag, column-wise: z at least ``keywords.z_threshold``, the count at least
    ``min_count`` and q below ``fdr_alpha`` (a missing z or q is never distinctive)."""
    kw = config.keywords
    return ~np.isnan(z) & (np.nan_to_num(z, nan=-np.inf) >= kw.z_threshold) & (count >= kw.min_count) \
        & ~np.isnan(q) & (np.nan_to_num(q, nan=np.inf) < kw.fdr_alpha)


def rank_keywords(table: pd.DataFrame, config: Config) -> pd.DataFrame:
    """``rank_rows`` for a table whose rows are one family of tests (``q`` recomputed over it from ``z``).

    Shared with ``framing.compare`` so group-vs-group keyness is ranked and corrected the same way.
    """
    if table.empty:
        return pd.DataFrame(columns=list(KEYWORD_COLUMNS))
    kw = config.keywords
    z = table["z"].to_numpy(dtype=float)
    q = fdr_q(z)
    count = table["count"].to_numpy(dtype=float)
    missing = np.isnan(z)
    # rank_rows' order, column-wise: a stable sort on (missing, rare, -z, -count, n, key)
    keys = pd.DataFrame({"missing": missing, "rare": count < kw.min_count, "z": np.where(missing, 0.0, -np.nan_to_num(z)),
                         "count": -count, "n": table["n"].to_numpy(), "key": table["key"].to_numpy(dtype=object)})
    order = keys.sort_values(list(keys.columns)).index.to_numpy()
    ranked = table.iloc[order].reset_index(drop=True)
    z, q, count = z[order], q[order], count[order]
    ranked["rank"] = np.arange(1, len(ranked) + 1)
    ranked["q"] = q
    ranked["distinctive"] = distinctive_flags(z, q, count, config)
    for column in ("log_odds", "z", "q", "tfidf"):
        ranked[column] = rounded_array(ranked[column].to_numpy(dtype=float))
    return ranked.reindex(columns=list(KEYWORD_COLUMNS))


# ------------------------------------------------------------------ tables


def token_table(counts: Counts, config: Config) -> pd.DataFrame:
    rows = []
    for unit_type, unit in counts.unit_list():
        tokens = counts.units[(unit_type, unit, "tokens")]
        rows.append({
            "unit_type": unit_type,
            "unit": unit,
            "label": counts.labels[(unit_type, unit)],
            "segments": counts.units[(unit_type, unit, "segments")],
            "tokens": tokens,
            "content_tokens": counts.units[(unit_type, unit, "content_tokens")],
            "thin": tokens < config.keywords.min_tokens,
        })
    return pd.DataFrame(rows, columns=list(TOKEN_COUNT_COLUMNS))


def wilson_interval(successes: int, trials: int, z: float = 1.959963984540054) -> tuple[float, float]:
    """The Wilson score interval (95 % by default) of the proportion ``successes / trials``; NaN for no trials.

    Unlike the normal approximation it stays inside [0, 1] and is not zero-width at 0 or n successes.

    >>> [round(x, 4) for x in wilson_interval(1, 1)]
    [0.2065, 1.0]
    >>> [round(x, 4) for x in wilson_interval(3, 10)]
    [0.1078, 0.6032]
    """
    if trials <= 0:
        return float("nan"), float("nan")
    p = successes / trials
    z2 = z * z
    centre = (p + z2 / (2 * trials)) / (1 + z2 / trials)
    spread = z * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / (1 + z2 / trials)
    return max(0.0, centre - spread), min(1.0, centre + spread)


def frames_table(counts: Counts, config: Config) -> pd.DataFrame:
    """Every frame for every unit: hits, passages with the frame, weighted hits, rate per 1,000 tokens, share
    and presence.

    ``share`` follows ``matching.frame_unit``: a frame's passages over the unit's passage × frame presences
    ('passage': one repetitive passage weighs as much as any other), or its weighted hits over the unit's
    ('term'). ``presence`` is the proportion of the unit's passages the frame is present in, with its 95 %
    Wilson interval (``presence_low``, ``presence_high``): a proportion of passages, so an interval on it
    needs no resampling.
    """
    by_passage = config.matching.frame_unit == "passage"
    presences: Counter[Unit] = Counter()
    for (unit_type, unit, _frame), n in counts.frame_passages.items():
        presences[(unit_type, unit)] += n
    rows = []
    for unit_type, unit in counts.unit_list():
        tokens = counts.units[(unit_type, unit, "tokens")]
        total = presences[(unit_type, unit)] if by_passage else counts.unit_weight.get((unit_type, unit), 0)
        segments = counts.units[(unit_type, unit, "segments")]
        for frame in config.frames:
            weighted = counts.frame_weight.get((unit_type, unit, frame.id), 0)
            passages = counts.frame_passages.get((unit_type, unit, frame.id), 0)
            trials = max(segments, passages)  # the article unit: text outside every passage is one more
            low, high = wilson_interval(passages, trials)
            rows.append({
                "unit_type": unit_type, "unit": unit, "frame": frame.id, "label": frame.label,
                "hits": counts.frame_hits.get((unit_type, unit, frame.id), 0),
                "passages": passages,
                "weighted": rounded(weighted),
                "rate_per_1000": rounded(1000.0 * weighted / tokens) if tokens else 0.0,
                "share": rounded((passages if by_passage else weighted) / total) if total else 0.0,
                "presence": rounded(passages / trials) if trials else 0.0,
                "presence_low": rounded(low), "presence_high": rounded(high),
            })
    return pd.DataFrame(rows, columns=list(FRAME_COLUMNS))


def verbs_table(counts: Counts) -> pd.DataFrame:
    rows = [
        {"outlet": o, "lemma": lemma, "stance": stance, "count": n,
         "forms": ", ".join(sorted(counts.verb_forms[(o, lemma, stance)]))}
        for (o, lemma, stance), n in counts.verbs.items()
    ]
    table = pd.DataFrame(rows, columns=list(VERB_COLUMNS))
    if table.empty:
        return table
    table = table.sort_values(["outlet", "count", "lemma"], ascending=[True, False, True], kind="mergesort")
    return table.reset_index(drop=True)
