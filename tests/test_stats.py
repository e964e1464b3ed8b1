"""Statistics from counts: Benjamini-Hochberg q-values and the distinctive flag they gate."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.stats import norm

from framing.config import Config, default_config_text, parse_config
from framing.stats import fdr_q, rank_rows


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
