"""Bootstrap intervals of frame shares: passages (one article) or articles (a corpus) resampled with replacement."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from framing.intervals import _draws, bootstrap_intervals, gap_interval, passage_frames, resampled_shares, share_intervals

FRAMES = ["talks", "force"]


def unit_frames(*rows: tuple[int, str, str, float]) -> pd.DataFrame:
    """(sample, unit, frame, weighted) rows of outlet units."""
    return pd.DataFrame([{"sample": s, "unit_type": "outlet", "unit": u, "frame": f, "weighted": w} for s, u, f, w in rows])


def test_intervals_one_frame_everywhere_is_certain() -> None:
    table = share_intervals(unit_frames((0, "a", "talks", 1.0), (1, "a", "talks", 2.0)), FRAMES)
    row = table.set_index("frame").loc["talks"]
    assert (row["share_low"], row["share_high"]) == (1.0, 1.0)
    assert tuple(table.set_index("frame").loc["force", ["share_low", "share_high"]]) == (0.0, 0.0)


def test_intervals_two_passages_two_frames_span_everything() -> None:
    # Each resample draws the two passages with replacement: share of talks is 0, 0.5 or 1.
    shares = resampled_shares(unit_frames((0, "a", "talks", 1.0), (1, "a", "force", 1.0)), FRAMES, sample="sample")
    values = set(np.round(shares[("outlet", "a")][:, 0], 6))
    assert values == {0.0, 0.5, 1.0}
    row = share_intervals(unit_frames((0, "a", "talks", 1.0), (1, "a", "force", 1.0)), FRAMES).set_index("frame").loc["talks"]
    assert (row["share_low"], row["share_high"]) == (0.0, 1.0)


def test_intervals_are_the_same_run_after_run_and_change_with_the_seed() -> None:
    rows = [(i, "a", "talks" if i % 3 else "force", 1.0 + i % 2) for i in range(12)]
    first = share_intervals(unit_frames(*rows), FRAMES)
    pd.testing.assert_frame_equal(first, share_intervals(unit_frames(*rows), FRAMES))
    other = resampled_shares(unit_frames(*rows), FRAMES, sample="sample", seed=1)[("outlet", "a")]
    assert not np.array_equal(other, resampled_shares(unit_frames(*rows), FRAMES, sample="sample")[("outlet", "a")])


def test_intervals_gap_is_paired_so_identical_units_differ_by_nothing() -> None:
    rows = [(i, u, "talks" if i % 2 else "force", 1.0) for i in range(6) for u in ("a", "b")]
    resampled = resampled_shares(unit_frames(*rows), FRAMES, sample="sample")
    assert gap_interval(resampled, ("outlet", "a"), ("outlet", "b"), 0) == (0.0, 0.0)
    assert all(np.isnan(gap_interval(resampled, ("outlet", "a"), ("outlet", "zz"), 0)))


def test_intervals_gap_of_opposite_units_excludes_zero() -> None:
    rows = [(i, "a", "talks", 1.0) for i in range(10)] + [(i, "b", "force", 1.0) for i in range(10, 20)]
    resampled = resampled_shares(unit_frames(*rows), FRAMES, sample="sample")
    low, high = gap_interval(resampled, ("outlet", "a"), ("outlet", "b"), 0)
    assert low == high == 1.0


def test_intervals_bootstrap_over_articles_gives_shares_and_rates() -> None:
    tokens = pd.DataFrame([{"article": a, "unit_type": "outlet", "unit": "a", "tokens": 100} for a in ("x", "y")])
    frames = pd.DataFrame([{"article": "x", "unit_type": "outlet", "unit": "a", "frame": "talks", "weighted": 2.0},
                           {"article": "y", "unit_type": "outlet", "unit": "a", "frame": "talks", "weighted": 2.0}])
    table = bootstrap_intervals(tokens, frames, FRAMES).set_index("frame")
    assert tuple(table.loc["talks", ["share_low", "share_high", "rate_low", "rate_high"]]) == (1.0, 1.0, 20.0, 20.0)
    assert tuple(table.loc["force", ["share_low", "share_high", "rate_low", "rate_high"]]) == (0.0, 0.0, 0.0, 0.0)


def test_intervals_passage_frames_sum_hits_per_passage_for_outlets_and_groups() -> None:
    hits = pd.DataFrame([
        {"frame": "talks", "weight": 1.0, "segment_start": 0, "outlet": "irna", "group": "iran_state"},
        {"frame": "talks", "weight": 2.0, "segment_start": 0, "outlet": "irna", "group": "iran_state"},
        {"frame": "force", "weight": 1.0, "segment_start": 40, "outlet": "nyt", "group": ""},
        {"frame": "force", "weight": 1.0, "segment_start": 80, "outlet": "", "group": ""},  # narration: left out
    ])
    table = passage_frames(hits)
    assert table.to_dict("records") == [
        {"sample": 0, "unit_type": "group", "unit": "iran_state", "frame": "talks", "weighted": 3.0},
        {"sample": 0, "unit_type": "outlet", "unit": "irna", "frame": "talks", "weighted": 3.0},
        {"sample": 40, "unit_type": "outlet", "unit": "nyt", "frame": "force", "weighted": 1.0},
    ]
    assert passage_frames(None).empty and passage_frames(hits.iloc[0:0]).empty


@pytest.mark.parametrize("empty", [pd.DataFrame(columns=["sample", "unit_type", "unit", "frame", "weighted"])])
def test_intervals_nothing_sampled_gives_no_rows(empty: pd.DataFrame) -> None:
    assert resampled_shares(empty, FRAMES, sample="sample") == {}
    assert share_intervals(empty, FRAMES).empty


def test_intervals_a_unit_without_hits_has_zero_shares_and_rates() -> None:
    tokens = pd.DataFrame([{"article": "x", "unit_type": "outlet", "unit": "a", "tokens": 50},
                           {"article": "x", "unit_type": "outlet", "unit": "b", "tokens": 50}])
    frames = pd.DataFrame([{"article": "x", "unit_type": "outlet", "unit": "a", "frame": "talks", "weighted": 1.0}])
    table = bootstrap_intervals(tokens, frames, FRAMES)
    b = table[table["unit"] == "b"]
    assert b["rate_low"].tolist() == [0.0, 0.0] and b["share_low"].isna().all()


def test_intervals_evidence_counts_hits_and_passages_and_leaves_negated_hits_out() -> None:
    from framing.intervals import unit_evidence

    hits = pd.DataFrame([
        {"frame": "talks", "weight": 1.0, "segment_start": 0, "outlet": "irna", "group": "iran_state", "negated": False},
        {"frame": "force", "weight": 1.0, "segment_start": 0, "outlet": "irna", "group": "iran_state", "negated": False},
        {"frame": "talks", "weight": 1.0, "segment_start": 50, "outlet": "irna", "group": "iran_state", "negated": False},
        {"frame": "force", "weight": 1.0, "segment_start": 90, "outlet": "irna", "group": "iran_state", "negated": True},
        {"frame": "force", "weight": 1.0, "segment_start": 120, "outlet": "nyt", "group": "", "negated": False},
    ])
    table = unit_evidence(hits, min_hits=3, min_passages=2).set_index(["unit_type", "unit"])
    assert table.loc[("outlet", "irna"), ["hits", "passages", "enough"]].tolist() == [3, 2, True]
    assert table.loc[("group", "iran_state"), "enough"]
    assert table.loc[("outlet", "nyt"), ["hits", "passages", "enough"]].tolist() == [1, 1, False]
    assert unit_evidence(hits, min_hits=3, min_passages=3).set_index("unit").loc["irna", "enough"] == False  # noqa: E712
    assert passage_frames(hits)["sample"].tolist().count(90) == 0


def _bootstrap_unit_by_unit(unit_tokens: pd.DataFrame, unit_frames: pd.DataFrame, frames: list[str],
                            resamples: int, seed: int) -> pd.DataFrame:
    """The bootstrap written plainly: each unit's dense samples x frames matrix times every resample."""
    samples = pd.Index(pd.unique(unit_tokens["article"]))
    draws = np.vstack(_draws(len(samples), resamples, seed)).astype(float)  # the same resamples, written plainly
    rows = []
    for (unit_type, unit), listed in unit_tokens.groupby(["unit_type", "unit"], sort=True):
        tokens = np.zeros(len(samples))
        tokens[samples.get_indexer(listed["article"])] = listed["tokens"]
        weights = np.zeros((len(samples), len(frames)))
        for r in unit_frames[(unit_frames["unit_type"] == unit_type) & (unit_frames["unit"] == unit)].itertuples():
            weights[samples.get_loc(r.article), frames.index(r.frame)] += r.weighted
        drawn, drawn_tokens = draws @ weights, draws @ tokens
        with np.errstate(divide="ignore", invalid="ignore"):
            shares = np.where(drawn.sum(axis=1, keepdims=True) > 0, drawn / drawn.sum(axis=1, keepdims=True), np.nan)
            rates = np.where(drawn_tokens[:, None] > 0, 1000 * drawn / drawn_tokens[:, None], np.nan)
        for j, frame in enumerate(frames):
            bounds = []
            for values in (shares[:, j], rates[:, j]):
                finite = values[np.isfinite(values)]
                bounds += [round(float(x), 6) for x in np.percentile(finite, [2.5, 97.5])] if len(finite) else [np.nan] * 2
            rows.append({"unit_type": unit_type, "unit": unit, "frame": frame, "share_low": bounds[0],
                         "share_high": bounds[1], "rate_low": bounds[2], "rate_high": bounds[3]})
    return pd.DataFrame(rows)


def test_intervals_bootstrap_of_every_unit_at_once_equals_the_bootstrap_unit_by_unit() -> None:
    rng = np.random.default_rng(7)
    articles = [f"a{i}" for i in range(40)]
    tokens, frames = [], []
    for i, unit in enumerate(f"u{k}" for k in range(23)):  # units in few articles and in many, some without a hit
        for article in rng.choice(articles, size=1 + i % 9, replace=False):
            tokens.append({"article": article, "unit_type": "outlet" if i % 4 else "group", "unit": unit,
                           "tokens": int(rng.integers(5, 300))})
            for frame in FRAMES:
                if i % 5 and rng.random() < 0.6:
                    frames.append({"article": article, "unit_type": tokens[-1]["unit_type"], "unit": unit,
                                   "frame": frame, "weighted": float(rng.choice([0.5, 1.0, 2.0, 3.0]))})
    unit_tokens, unit_frames_ = pd.DataFrame(tokens), pd.DataFrame(frames)
    expected = _bootstrap_unit_by_unit(unit_tokens, unit_frames_, FRAMES, resamples=300, seed=3)
    for cells in (4_000_000, 1_000):  # all units in one block, and a few units per block
        found = bootstrap_intervals(unit_tokens, unit_frames_, FRAMES, resamples=300, seed=3, cells=cells)
        pd.testing.assert_frame_equal(found.reset_index(drop=True), expected, check_dtype=False)


def test_intervals_draws_are_resamples_with_replacement() -> None:
    """Each row counts n draws with replacement: rows sum to n, each sample is drawn once per resample on average
    and as often as a binomial(n, 1/n) says; blocks stay under the cell budget; the seed fixes them."""
    blocks = _draws(50, 1000, seed=3, cells=1_000)
    assert [len(b) for b in blocks] == [20] * 50
    counts = np.vstack(blocks)
    assert counts.shape == (1000, 50) and (counts.sum(axis=1) == 50).all()
    assert abs(counts.mean() - 1.0) < 1e-12  # exactly: every row sums to n
    assert abs(counts.var() - 50 * (1 / 50) * (49 / 50)) < 0.05
    assert (counts >= 0).all() and np.array_equal(counts, np.vstack(_draws(50, 1000, seed=3, cells=1_000)))
