"""The keyword table: keyness and TF-IDF of every n-gram of every outlet and group, computed column-wise.

One row per (unit, n-gram) of the counts, so a corpus gives hundreds of
thousands of rows: everything here works on whole columns, never on a dict per
row. The n-grams come as Arrow columns (``framing.ngram_sums``); their strings
stay there, numbered in key order, and the arithmetic is on NumPy arrays. The arithmetic is the one ``framing.stats`` documents and is
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
import pyarrow as pa
import pyarrow.compute as pc

from framing.config import Config
from framing.counts import Counts
from framing.ngram_sums import NgramColumns, ngram_columns
from framing.stats import KEYWORD_COLUMNS, distinctive_flags, fdr_q, log_odds_keyness, rounded_array


def _sequential_sums(values: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The sum of each ``values[start:end]``, added left to right as Python's ``sum`` does."""
    return np.array([float(np.cumsum(values[s:e])[-1]) if e > s else 0.0 for s, e in zip(starts.tolist(), ends.tolist())])


def _vocabulary(column: pa.ChunkedArray) -> pa.Array:
    """The distinct strings of ``column`` in Python's string order (Arrow's byte order of UTF-8 is code point order)."""
    distinct = pc.unique(column)
    return distinct.take(pc.sort_indices(distinct))


def _codes(column: pa.ChunkedArray, vocabulary: pa.Array) -> np.ndarray:
    """Each value's place in ``vocabulary`` (-1: not in it)."""
    return pc.index_in(column, value_set=vocabulary).fill_null(-1).to_numpy().astype(np.int64)


def _places(table: pa.Table, scored: list[tuple[str, str]]) -> np.ndarray:
    """Each row's unit's place among ``scored`` (-1: a unit not scored, such as the article)."""
    if not scored or not table.num_rows:
        return np.full(table.num_rows, -1, dtype=np.int64)
    types, names = sorted({t for t, _u in scored}), sorted({u for _t, u in scored})
    lookup = np.full((len(types), len(names)), -1, dtype=np.int64)
    for place, (unit_type, unit) in enumerate(scored):
        lookup[types.index(unit_type), names.index(unit)] = place
    t = _codes(table.column("unit_type"), pa.array(types, pa.string()))
    u = _codes(table.column("unit"), pa.array(names, pa.string()))
    return np.where((t >= 0) & (u >= 0), lookup[t, u], -1)


def _lookup(sorted_keys: np.ndarray, wanted: np.ndarray, what: str) -> np.ndarray:
    """Where each of ``wanted`` is in ``sorted_keys`` (every one must be there)."""
    found = np.searchsorted(sorted_keys, wanted)
    if len(wanted) and (found.max() >= len(sorted_keys) or (sorted_keys[found] != wanted).any()):
        raise ValueError(f"{what} missing from the counts")
    return found


def _display_forms(forms: pa.Table, scored: list[tuple[str, str]], vocabulary: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """Each unit's most frequent surface of each key; ties go to the form seen first, then to the smaller surface.

    Returns (unit place x vocabulary size + key code, ascending; the row of ``forms`` holding that surface)."""
    size = len(vocabulary)
    place = _places(forms, scored)
    code = _codes(forms.column("key"), vocabulary)
    surface = _codes(forms.column("surface"), _vocabulary(forms.column("surface")))
    count = forms.column("count").to_numpy()
    first = forms.column("first").to_numpy()
    rows = np.flatnonzero((place >= 0) & (code >= 0))
    rows = rows[np.lexsort((surface[rows], first[rows], -count[rows], code[rows], place[rows]))]
    owner = place[rows] * size + code[rows]
    best = np.r_[True, owner[1:] != owner[:-1]] if len(rows) else np.zeros(0, dtype=bool)
    return owner[best], rows[best]


def keywords_table(counts: Counts, config: Config, ngrams: NgramColumns | None = None) -> pd.DataFrame:
    """Keyness (log-odds with an informative Dirichlet prior, z, Benjamini-Hochberg q) and TF-IDF of every n-gram
    of every outlet and group, ranked within each unit (``KEYWORD_COLUMNS``).

    ``ngrams``: the n-gram part of the counts as columns (a corpus' sum, ``framing.ngram_sums.NgramSums``); read
    from ``counts`` when not given. Strings stay in Arrow: keys are numbered in key order, and the work is on
    numbers."""
    kw = config.keywords
    columns = ngram_columns(counts) if ngrams is None else ngrams
    scored = [u for u in counts.unit_list() if u[0] != "article"]
    table = columns.ngrams
    vocabulary = _vocabulary(table.column("key"))
    size = len(vocabulary)
    code = _codes(table.column("key"), vocabulary)
    n_all = table.column("n").to_numpy().astype(np.int64)
    count_all = table.column("count").to_numpy()
    is_article = pc.equal(table.column("unit_type"), "article").to_numpy(zero_copy_only=False)
    place = _places(table, scored)
    totals: dict[int, int] = {}
    for n, count in zip(n_all[is_article].tolist(), count_all[is_article].tolist()):
        totals[n] = totals.get(n, 0) + count
    keep = ~is_article & (place >= 0) & np.isin(n_all, list(totals))
    if not keep.any():  # no unit's n-grams, or only n-grams the article unit never counted: nothing to test
        return pd.DataFrame(columns=list(KEYWORD_COLUMNS))
    listed = np.flatnonzero(keep)
    listed = listed[np.lexsort((code[listed], n_all[listed], place[listed]))]  # units, then n, then key: the tests' order
    units, ns, codes = place[listed], n_all[listed], code[listed]
    y = count_all[listed].astype(float)
    article_keys = n_all[is_article] * size + code[is_article]
    article_order = np.argsort(article_keys, kind="stable")
    overall = count_all[is_article][article_order][_lookup(article_keys[article_order], ns * size + codes,
                                                           "an n-gram's count in the article unit")].astype(float)
    del code, n_all, count_all, is_article, place, article_keys, article_order
    n_total = np.array([float(totals.get(n, 0)) for n in range(max(totals) + 1)])[ns]
    # each unit's tokens of each n: the sum of its counts of that n
    group_start = np.flatnonzero(np.r_[True, (units[1:] != units[:-1]) | (ns[1:] != ns[:-1])])
    group_end = np.r_[group_start[1:], len(listed)]
    total = np.repeat(np.add.reduceat(y, group_start), group_end - group_start)  # integer-valued: exact in any order
    total_rest = n_total - total
    prior = kw.prior_scale * overall / n_total
    y_rest = overall - y
    delta, z = log_odds_keyness(y, total, y_rest, total_rest, prior, kw.prior_scale)  # type: ignore[arg-type]
    q = fdr_q(z)
    tfidf = _tfidf(scored, units, codes, size, y)

    # rank within each unit: counted at least min_count first, then z descending, count descending, n, key
    missing = np.isnan(z)
    order = np.lexsort((np.arange(len(listed)), -y, np.where(missing, 0.0, -np.nan_to_num(z)), y < kw.min_count,
                        missing, units))
    unit_sorted = units[order]
    first_of_unit = np.r_[0, np.flatnonzero(unit_sorted[1:] != unit_sorted[:-1]) + 1]
    rank = np.arange(len(order)) - np.repeat(first_of_unit, np.diff(np.r_[first_of_unit, len(order)])) + 1
    distinctive = distinctive_flags(z, q, y, config)
    owners, surfaces = _display_forms(columns.forms, scored, vocabulary)
    term_rows = surfaces[_lookup(owners, units * size + codes, "a keyword's surface form")]

    def text(values: pa.Array, rows: np.ndarray) -> pd.Series:
        return pd.Series(values.take(pa.array(rows)).to_pandas(), copy=False)

    placed = units[order]
    frame = pd.DataFrame({
        "unit_type": text(pa.array([u[0] for u in scored], pa.string()), placed),
        "unit": text(pa.array([u[1] for u in scored], pa.string()), placed), "rank": rank,
        "term": text(columns.forms.column("surface").combine_chunks(), term_rows[order]),
        "key": text(vocabulary, codes[order]), "n": ns[order], "count": y[order].astype(int),
        "count_rest": y_rest[order].astype(int), "tokens": total[order].astype(int),
        "tokens_rest": total_rest[order].astype(int), "log_odds": rounded_array(delta[order]),
        "z": rounded_array(z[order]), "q": rounded_array(q[order]), "tfidf": rounded_array(tfidf[order]),
        "distinctive": distinctive[order],
    })
    return frame[list(KEYWORD_COLUMNS)]


def _tfidf(scored: list[tuple[str, str]], units: np.ndarray, codes: np.ndarray, size: int, y: np.ndarray) -> np.ndarray:
    """TF-IDF of each row among the units of its type: raw counts times the smoothed idf
    ``ln((units + 1) / (df + 1)) + 1``, each unit's row scaled to unit length (scikit-learn's defaults).

    A key is one n-gram (keys of different n differ), so each (unit, key) is one row: a unit's document is its
    rows, read in key order. ``codes``: each row's key's place in key order, among ``size`` keys."""
    result = np.zeros(len(codes))
    if len(np.unique(units * size + codes)) != len(codes):
        raise ValueError("an n-gram key is listed twice for one unit")
    types = np.array([t for t, _u in scored], dtype=object)[units]
    for unit_type in dict.fromkeys(types.tolist()):
        rows = np.flatnonzero((types == unit_type) & (y > 0))
        if not len(rows):
            continue
        documents = sum(1 for t, _u in scored if t == unit_type)
        rows = rows[np.lexsort((codes[rows], units[rows]))]  # unit by unit, keys in order
        frequency = np.bincount(codes[rows], minlength=size)[codes[rows]]  # units holding each key
        idf_of = {df: math.log((documents + 1) / (df + 1)) + 1.0 for df in set(frequency.tolist())}
        weight = y[rows] * np.array([idf_of[df] for df in frequency.tolist()])
        owner = units[rows]
        starts = np.r_[0, np.flatnonzero(owner[1:] != owner[:-1]) + 1]
        ends = np.r_[starts[1:], len(owner)]
        norms = np.sqrt(_sequential_sums(weight * weight, starts, ends))
        result[rows] = weight / np.repeat(norms, ends - starts)
    return result
