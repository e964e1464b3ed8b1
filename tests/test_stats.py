"""Statistics from counts: Benjamini-Hochberg q-values and the distinctive flag they gate."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.stats import norm

from framing.config import Config, default_config_text, parse_config
from framing.stats import fdr_q, rank_rows, wilson_interval


@pytest.fixture(scope="module")
def config() -> Config:
    return parse_config(default_config_text(), "(test default)")


def test_stats_fdr_q_matches_a_hand_computed_benjamini_hochberg() -> None:
    z = np.array([4.0, 2.5, 2.0, 0.5])
    p = 2 * norm.sf(z)  # ascending already
    m = len(p)
    by_hand = np.minimum.accumulate((p * m / np.arange(1, m + 1))[::-1])[::-1]
    assert fdr_q(z) == pytest.approx(np.minimum(by_hand, 1.0))


def test_stats_fdr_q_keeps_nan_out_of_the_family() -> None:
    q = fdr_q([3.0, float("nan"), -3.0])
    assert math.isnan(q[1])
    assert q[0] == q[2] == pytest.approx(2 * norm.sf(3.0))  # a family of two, not three


def test_stats_fdr_q_grows_with_the_number_of_tests() -> None:
    alone = fdr_q([2.5])[0]
    among_many = fdr_q([2.5] + [0.1] * 99)[0]
    assert alone < 0.05 < among_many


def _row(z: float, q: float, count: int = 5) -> dict[str, object]:
    return {"n": 1, "key": f"k{z}", "z": z, "q": q, "count": count, "log_odds": 1.0, "tfidf": 0.0}


def test_stats_distinctive_needs_z_count_and_q(config: Config) -> None:
    rows = rank_rows([_row(3.0, 0.01), _row(3.0, 0.2), _row(1.0, 0.01), _row(3.0, 0.01, count=1)], config)
    flags = {(r["z"], r["q"], r["count"]): r["distinctive"] for r in rows}
    assert flags == {(3.0, 0.01, 5): True, (3.0, 0.2, 5): False, (1.0, 0.01, 5): False, (3.0, 0.01, 1): False}


def test_stats_wilson_interval_matches_its_closed_form_and_brackets_the_proportion() -> None:
    z = norm.ppf(0.975)
    for k, n in [(0, 1), (1, 1), (3, 10), (7, 9), (50, 100)]:
        low, high = wilson_interval(k, n)
        p = k / n
        # The Wilson bounds are the two roots of (p - x)^2 = z^2 x (1 - x) / n.
        for bound in (low, high):
            if 0.0 < bound < 1.0:
                assert (p - bound) ** 2 == pytest.approx(z * z * bound * (1 - bound) / n, abs=1e-12)
        assert 0.0 <= low <= p <= high <= 1.0
        assert high - low > 0  # never zero-width, not even at 0 or n successes
    assert wilson_interval(5, 10)[1] - wilson_interval(5, 10)[0] > wilson_interval(50, 100)[1] - wilson_interval(50, 100)[0]
    assert all(math.isnan(x) for x in wilson_interval(0, 0))


def test_stats_presence_is_passages_over_the_units_passages_with_its_wilson_interval(config: Config) -> None:
    from framing.attribution import attribute
    from framing.profiles import count_article
    from framing.stats import frames_table

    text = ("قالت وكالة «إرنا» إن المفاوضات مستمرة وإن الحوار بنّاء.\n\n"
            "وأضافت الوكالة أن الطقس كان معتدلاً.\n\n"
            "وقالت صحيفة «هآرتس» إن المفاوضات متعثرة.")
    counts, _hits = count_article(attribute(text, config), config)
    table = frames_table(counts, config)
    for row in table[table["unit_type"] != "article"].itertuples():
        segments = counts.units[(row.unit_type, row.unit, "segments")]
        assert row.presence == pytest.approx(row.passages / segments, abs=1e-6)
        low, high = wilson_interval(int(row.passages), segments)
        assert (row.presence_low, row.presence_high) == (pytest.approx(low, abs=1e-6), pytest.approx(high, abs=1e-6))
    irna = table[(table["unit"] == "irna") & (table["frame"] == "diplomacy")].iloc[0]
    assert irna.passages == 1 and irna.presence == pytest.approx(0.5)


def test_stats_rank_keywords_ranks_as_rank_rows_does(config: Config) -> None:
    """The column-wise ranking of a family of tests gives rank_rows' rows: its order (ties, missing z, rare terms,
    keys in code-point order), ranks, flags and rounding."""
    import pandas as pd

    from framing.stats import KEYWORD_COLUMNS, rank_keywords

    rng = np.random.default_rng(7)
    size = 400
    z = rng.choice([3.0, 2.5, 1.0, -1.0, 0.0, float("nan"), 2.123456789], size=size)
    table = pd.DataFrame({
        "unit_type": "group", "unit": "g", "rank": 0, "term": [f"t{i}" for i in range(size)],
        "key": rng.choice(["a", "b", "ب", "ا", "a b", "Z"], size=size), "n": rng.integers(1, 4, size=size),
        "count": rng.integers(1, 6, size=size), "count_rest": 3, "tokens": 100, "tokens_rest": 900,
        "log_odds": rng.normal(size=size), "z": z, "q": 0.0, "tfidf": rng.random(size=size), "distinctive": False,
    })
    expected = table.assign(q=fdr_q(z))
    expected = pd.DataFrame(rank_rows(expected.to_dict(orient="records"), config), columns=list(KEYWORD_COLUMNS))
    pd.testing.assert_frame_equal(rank_keywords(table, config), expected, check_dtype=False)
