"""The keyword table, column-wise, against the same statistics written row by row."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from framing.attribution import attribute
from framing.config import Config, load_config
from framing.counts import ARTICLE_UNIT, Counts
from framing.keyness import keywords_table
from framing.profiles import count_article
from framing.stats import KEYWORD_COLUMNS, fdr_q, log_odds_keyness, rank_rows, rounded, rounded_array

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = [ROOT / "seeds" / "muscat-talks-2026-02-06.ar.txt",
            *sorted(p for d in ("articles", "blind/articles", "blind2/articles") for p in (ROOT / "eval" / d).glob("*.txt"))]


def _row_by_row(counts: Counts, config: Config) -> pd.DataFrame:
    """Keyness and TF-IDF with a dict per row: log-odds per unit and n, idf and norms with Python floats."""
    kw = config.keywords
    index: dict = defaultdict(lambda: defaultdict(Counter))
    for (unit_type, unit, n, key), count in counts.ngrams.items():
        index[(unit_type, unit)][n][key] = count
    everywhere = index[("article", ARTICLE_UNIT)]
    totals = {n: sum(c.values()) for n, c in everywhere.items()}
    scored = [u for u in counts.unit_list() if u[0] != "article"]
    best: dict = {}
    for (unit_type, unit, key, surface), count in counts.forms.items():
        candidate = (-count, counts.first_seen[(unit_type, unit, key, surface)], surface)
        if (unit_type, unit, key) not in best or candidate < best[(unit_type, unit, key)]:
            best[(unit_type, unit, key)] = candidate
    tfidf: dict = {}
    for unit_type in ("outlet", "group"):
        docs = {unit: sum(index[(t, unit)].values(), Counter()) for t, unit in scored if t == unit_type}
        frequency = Counter(key for doc in docs.values() for key in doc)
        for name, doc in docs.items():
            row = {key: count * (math.log((len(docs) + 1) / (frequency[key] + 1)) + 1.0) for key, count in sorted(doc.items())}
            norm = math.sqrt(sum(w * w for w in row.values()))
            tfidf.update({(unit_type, name, key): w / norm for key, w in row.items()})
    by_unit = []
    for unit_type, unit in scored:
        rows = []
        for n in sorted(everywhere):
            mine = index[(unit_type, unit)].get(n)
            if not mine:
                continue
            keys = sorted(mine)
            total = sum(mine.values())
            y = np.array([mine[k] for k in keys], dtype=float)
            y_rest = np.array([everywhere[n][k] - mine[k] for k in keys], dtype=float)
            prior = np.array([kw.prior_scale * everywhere[n][k] / totals[n] for k in keys])
            delta, z = log_odds_keyness(y, total, y_rest, totals[n] - total, prior, kw.prior_scale)
            rows += [{"unit_type": unit_type, "unit": unit, "term": best[(unit_type, unit, k)][2], "key": k, "n": n,
                      "count": int(y[j]), "count_rest": int(y_rest[j]), "tokens": total, "tokens_rest": totals[n] - total,
                      "log_odds": float(delta[j]), "z": float(z[j]), "tfidf": tfidf.get((unit_type, unit, k), 0.0)}
                     for j, k in enumerate(keys)]
        by_unit.append(rows)
    family = [row for rows in by_unit for row in rows]
    for row, q in zip(family, fdr_q([row["z"] for row in family])):
        row["q"] = float(q)
    return pd.DataFrame([row for rows in by_unit for row in rank_rows(rows, config)], columns=list(KEYWORD_COLUMNS))


@pytest.fixture(scope="module")
def config() -> Config:
    return load_config(ROOT / "config.yaml").config


@pytest.mark.parametrize("articles", [1, len(ARTICLES)], ids=["seed", "29 articles summed"])
def test_keyness_table_equals_the_row_by_row_statistics_to_the_last_bit(config: Config, articles: int) -> None:
    total = Counts()
    for ordinal, path in enumerate(ARTICLES[:articles]):
        counts, _hits = count_article(attribute(path.read_text(encoding="utf-8"), config), config)
        total.add(counts, ordinal=ordinal, after=True)
    expected = _row_by_row(total, config)
    found = keywords_table(total, config)
    assert len(found) > 1000 and (found["distinctive"].any() or articles == 1)  # one article: nothing distinctive
    pd.testing.assert_frame_equal(found, expected, check_dtype=False, check_exact=True)


def test_keyness_of_no_counts_is_an_empty_table(config: Config) -> None:
    table = keywords_table(Counts(), config)
    assert table.empty and list(table.columns) == list(KEYWORD_COLUMNS)


def test_keyness_rounds_a_column_as_round_does_each_value() -> None:
    rng = np.random.default_rng(4)
    values = np.concatenate([rng.normal(0, 5, 50_000), np.round(rng.random(5_000), 7), [0.0000005, -2.5e-6, np.nan]])
    assert np.array_equal(rounded_array(values), np.array([rounded(v) for v in values.tolist()]), equal_nan=True)


def test_keyness_of_outlet_ngrams_the_article_unit_never_counted_is_an_empty_table(config: Config) -> None:
    counts = Counts()
    counts.labels[("outlet", "x")] = "X"
    counts.ngrams[("outlet", "x", 1, "talks")] = 2
    counts.forms[("outlet", "x", "talks", "talks")] = 2
    counts.first_seen[("outlet", "x", "talks", "talks")] = (0, 0)
    assert keywords_table(counts, config).empty


def test_keyness_of_summed_columns_equals_keyness_of_the_summed_counts(config: Config) -> None:
    from framing.ngram_sums import NgramSums

    total, sums = Counts(), NgramSums(block_rows=1_000)
    for ordinal, path in enumerate(ARTICLES[:6]):
        counts, _hits = count_article(attribute(path.read_text(encoding="utf-8"), config), config)
        total.add(counts, ordinal=ordinal, after=True)
        sums.add(counts, ordinal)
    expected = keywords_table(total, config)
    found = keywords_table(total.without_ngrams(), config, sums.columns())
    pd.testing.assert_frame_equal(found, expected, check_exact=True)
