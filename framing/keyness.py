"""The keyword table: keyness and TF-IDF of every n-gram of every outlet and group, computed column-wise.

One row per (unit, n-gram) of the counts, so a corpus gives hundreds of
thousands of rows: everything here works on whole columns (NumPy), never on a
dict per row. The arithmetic is the one ``framing.stats`` documents and is
done in the same order, so the table is the same to the last bit: log-odds
with an informative Dirichlet prior and its z (``log_odds_keyness``),
Benjamini-Hochberg q over every row at once, TF-IDF with scikit-learn's
smoothed idf and each unit's row scaled to unit length (its norm summed key
by key, in key order), each unit's rows ranked by ``rank_rows``' order, and
floats rounded to ``DECIMALS`` places as Python's ``round`` does.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from framing.config import Config
from framing.counts import Counts
from framing.stats import KEYWORD_COLUMNS, distinctive_flags, fdr_q, log_odds_keyness, rounded_array


def _display_forms(counts: Counts) -> dict[tuple[str, str, str], str]:
    """Each unit's most frequent surface of each key; ties go to the form seen first. Keyed (type, unit, key)."""
    best: dict[tuple[str, str, str], tuple[int, tuple[int, int], str]] = {}
    for (unit_type, unit, key, surface), count in counts.forms.items():
        candidate = (-count, counts.first_seen[(unit_type, unit, key, surface)], surface)
        place = (unit_type, unit, key)
        if place not in best or candidate < best[place]:
            best[place] = candidate
    return {place: c[2] for place, c in best.items()}


def _sequential_sums(values: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The sum of each ``values[start:end]``, added left to right as Python's ``sum`` does."""
    return np.array([float(np.cumsum(values[s:e])[-1]) if e > s else 0.0 for s, e in zip(starts.tolist(), ends.tolist())])


def keywords_table(counts: Counts, config: Config) -> pd.DataFrame:
    """Keyness (log-odds with an informative Dirichlet prior, z, Benjamini-Hochberg q) and TF-IDF of every n-gram
    of every outlet and group, ranked within each unit (``KEYWORD_COLUMNS``)."""
    kw = config.keywords
    scored = [u for u in counts.unit_list() if u[0] != "article"]
    place = {u: i for i, u in enumerate(scored)}
    everywhere: dict[tuple[int, str], int] = {}
    listed: list[tuple[int, int, str, int]] = []  # (unit's place, n, key, count)
    for (unit_type, unit, n, key), count in counts.ngrams.items():
        if unit_type == "article":
            everywhere[(n, key)] = count
        elif (unit_type, unit) in place:
            listed.append((place[(unit_type, unit)], n, key, count))
    if not listed:
        return pd.DataFrame(columns=list(KEYWORD_COLUMNS))
    totals: dict[int, int] = {}
    for (n, _key), count in everywhere.items():
        totals[n] = totals.get(n, 0) + count
    listed = [row for row in listed if row[1] in totals]
    if not listed:  # n-grams of outlets the article unit never counted: nothing to test them against
        return pd.DataFrame(columns=list(KEYWORD_COLUMNS))
    listed.sort()  # units in order, then n, then key: the order of the tests
    units = np.fromiter((row[0] for row in listed), dtype=np.int64, count=len(listed))
    ns = np.fromiter((row[1] for row in listed), dtype=np.int64, count=len(listed))
    keys = [row[2] for row in listed]
    y = np.fromiter((row[3] for row in listed), dtype=float, count=len(listed))
    overall = np.fromiter((everywhere[(row[1], row[2])] for row in listed), dtype=float, count=len(listed))
    del listed, everywhere  # the largest intermediates: gone before the table is built
    n_total = np.array([float(totals.get(n, 0)) for n in range(max(totals) + 1)])[ns]
    # each unit's tokens of each n: the sum of its counts of that n
    group_start = np.flatnonzero(np.r_[True, (units[1:] != units[:-1]) | (ns[1:] != ns[:-1])])
    group_end = np.r_[group_start[1:], len(keys)]
    total = np.repeat(np.add.reduceat(y, group_start), group_end - group_start)  # integer-valued: exact in any order
    total_rest = n_total - total
    prior = kw.prior_scale * overall / n_total
    y_rest = overall - y
    delta, z = log_odds_keyness(y, total, y_rest, total_rest, prior, kw.prior_scale)  # type: ignore[arg-type]
    q = fdr_q(z)
    tfidf = _tfidf(scored, units, keys, y)

    # rank within each unit: counted at least min_count first, then z descending, count descending, n, key
    missing = np.isnan(z)
    order = np.lexsort((np.arange(len(keys)), -y, np.where(missing, 0.0, -np.nan_to_num(z)), y < kw.min_count,
                        missing, units))
    unit_sorted = units[order]
    first_of_unit = np.r_[0, np.flatnonzero(unit_sorted[1:] != unit_sorted[:-1]) + 1]
    rank = np.arange(len(order)) - np.repeat(first_of_unit, np.diff(np.r_[first_of_unit, len(order)])) + 1
    distinctive = distinctive_flags(z, q, y, config)
    display = _display_forms(counts)
    unit_types = [scored[u][0] for u in units.tolist()]
    unit_names = [scored[u][1] for u in units.tolist()]
    table = pd.DataFrame({
        "unit_type": unit_types, "unit": unit_names, "rank": 0,
        "term": [display[(t, u, k)] for t, u, k in zip(unit_types, unit_names, keys)], "key": keys, "n": ns,
        "count": y.astype(int), "count_rest": y_rest.astype(int), "tokens": total.astype(int),
        "tokens_rest": total_rest.astype(int), "log_odds": rounded_array(delta), "z": rounded_array(z),
        "q": rounded_array(q), "tfidf": rounded_array(tfidf), "distinctive": distinctive,
    })
    table = table.iloc[order].reset_index(drop=True)
    table["rank"] = rank
    return table[list(KEYWORD_COLUMNS)]


def _tfidf(scored: list[tuple[str, str]], units: np.ndarray, keys: list[str], y: np.ndarray) -> np.ndarray:
    """TF-IDF of each row among the units of its type: raw counts times the smoothed idf
    ``ln((units + 1) / (df + 1)) + 1``, each unit's row scaled to unit length (scikit-learn's defaults).

    A key is one n-gram (keys of different n differ), so each (unit, key) is one row: a unit's document is its
    rows, read in key order."""
    result = np.zeros(len(keys))
    codes, uniques = pd.factorize(np.array(keys, dtype=object), sort=True)  # a key's code: its place in key order
    if len(np.unique(units * len(uniques) + codes)) != len(keys):
        raise ValueError("an n-gram key is listed twice for one unit")
    types = np.array([scored[u][0] for u in units.tolist()], dtype=object)
    for unit_type in dict.fromkeys(types.tolist()):
        rows = np.flatnonzero((types == unit_type) & (y > 0))
        if not len(rows):
            continue
        documents = sum(1 for t, _u in scored if t == unit_type)
        rows = rows[np.lexsort((codes[rows], units[rows]))]  # unit by unit, keys in order
        frequency = np.bincount(codes[rows], minlength=len(uniques))[codes[rows]]  # units holding each key
        idf_of = {df: math.log((documents + 1) / (df + 1)) + 1.0 for df in set(frequency.tolist())}
        weight = y[rows] * np.array([idf_of[df] for df in frequency.tolist()])
        owner = units[rows]
        starts = np.r_[0, np.flatnonzero(owner[1:] != owner[:-1]) + 1]
        ends = np.r_[starts[1:], len(owner)]
        norms = np.sqrt(_sequential_sums(weight * weight, starts, ends))
        result[rows] = weight / np.repeat(norms, ends - starts)
    return result
