"""Outlet and group comparison: frame matrix, JSD and cosine, clustering, group keyness."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from framing.compare import GROUP_FRAME_COLUMNS, SIMILARITY_COLUMNS, compare, cosine, jensen_shannon
from framing.config import Config, Frame, default_config_text, parse_config
from framing.profiles import KEYWORD_COLUMNS, profile

from builders import article_of


@pytest.fixture(scope="module")
def config() -> Config:
    """The default config with the evidence floor at one hit: these tests check the arithmetic."""
    return with_floor(parse_config(default_config_text(), "(test default)"), 1)


def with_floor(config: Config, hits: int, passages: int = 1) -> Config:
    update = {"min_frame_hits": hits, "min_frame_passages": passages}
    return config.model_copy(update={"report": config.report.model_copy(update=update)})


def pair(similarity: pd.DataFrame, a: str, b: str) -> pd.Series:
    return similarity[(similarity["unit_a"] == a) & (similarity["unit_b"] == b)].iloc[0]


@pytest.mark.parametrize(
    ("p", "q", "expected"),
    [
        ([1, 1, 0], [1, 1, 0], 0.0),
        ([2, 0], [0, 5], 1.0),
        ([1, 1, 0], [1, 0, 1], 0.5),  # m = (1/2, 1/4, 1/4): each side 1/2 log2(2) = 0.5
    ],
)
def test_compare_jensen_shannon_by_hand(p: list[float], q: list[float], expected: float) -> None:
    assert jensen_shannon(np.array(p, float), np.array(q, float)) == pytest.approx(expected, abs=1e-12)


def test_compare_empty_distribution_or_vector_is_nan() -> None:
    assert math.isnan(jensen_shannon(np.zeros(3), np.ones(3)))
    assert math.isnan(cosine(np.zeros(3), np.ones(3)))
    assert cosine(np.array([1.0, 2.0]), np.array([2.0, 4.0])) == pytest.approx(1.0)


def test_compare_identical_outlets_have_jsd_zero_and_cosine_one(config: Config) -> None:
    same = "قالت الصحيفة إن المفاوضات مع طهران تواجه ضغوطا عسكرية وتهديدات بالحرب"
    art = article_of((same, "irna"), (same, "haaretz"), ("وفي سياق آخر فرضت واشنطن عقوبات على النفط", "nyt"))
    sim = compare(profile(art, config), config).similarity
    assert list(sim.columns) == list(SIMILARITY_COLUMNS)
    assert list(zip(sim["unit_a"], sim["unit_b"])) == [("haaretz", "irna"), ("haaretz", "nyt"), ("irna", "nyt")]
    assert pair(sim, "haaretz", "irna")[["jsd_frames", "cosine_keywords"]].tolist() == [0.0, 1.0]
    other = pair(sim, "irna", "nyt")
    assert other["jsd_frames"] > 0.5 and other["cosine_keywords"] < 0.2


def test_compare_below_the_floor_has_no_share_no_divergence_and_no_cluster(config: Config) -> None:
    cfg = with_floor(config, 3)
    art = article_of(
        ("المفاوضات والصواريخ والعقوبات", "irna"),  # 3 hits: at the floor
        ("المفاوضات والعقوبات والصواريخ", "nyt"),  # 3 hits
        ("المفاوضات", "mehr"),  # 1 hit: below it
    )
    comparison = compare(profile(art, cfg), cfg)
    matrix = comparison.frame_matrix
    assert matrix.loc["irna"].sum() == pytest.approx(1.0, abs=1e-5) and matrix.loc["mehr"].isna().all()
    sim = comparison.similarity
    assert pair(sim, "irna", "nyt")["jsd_frames"] == 0.0
    assert math.isnan(pair(sim, "irna", "mehr")["jsd_frames"]) and math.isnan(pair(sim, "mehr", "nyt")["jsd_frames"])
    assert comparison.clustering["labels"] == ["irna", "nyt"]
    assert comparison.clustering["excluded"] == ["mehr"] and comparison.clustering["floor"] == 3
    evidence = comparison.evidence.set_index("unit")
    assert evidence.loc["irna", ["hits", "passages", "enough"]].tolist() == [3, 1, True]
    assert not evidence.loc["mehr", "enough"]


def test_compare_hits_in_too_few_passages_are_below_the_floor(config: Config) -> None:
    cfg = with_floor(config, 3, passages=2)
    art = article_of(
        ("المفاوضات والصواريخ والعقوبات", "irna"),  # 3 hits, 1 passage: below
        ("المفاوضات", "nyt"), ("الصواريخ", "nyt"), ("العقوبات", "nyt"),  # 3 hits in 3 passages
    )
    comparison = compare(profile(art, cfg), cfg)
    assert comparison.frame_matrix.loc["irna"].isna().all() and not comparison.frame_matrix.loc["nyt"].isna().any()
    assert comparison.clustering["excluded"] == ["irna"]


def test_compare_frame_matrix_rows_are_shares(config: Config) -> None:
    art = article_of(
        ("المفاوضات والصواريخ", "irna"),
        ("المفاوضات والعقوبات", "nyt"),
        ("كلام عام بلا إطار", "mehr"),
    )
    comparison = compare(profile(art, config), config)
    matrix = comparison.frame_matrix
    assert list(matrix.index) == ["irna", "mehr", "nyt"]
    assert list(matrix.columns) == [f.id for f in config.frames]
    assert matrix.loc["irna", "diplomacy"] == matrix.loc["irna", "military_threat"] == 0.5
    assert matrix.loc["mehr"].sum() == 0.0
    # half the mass shared: JSD 0.5; mehr has no frame hit, so no distribution
    sim = comparison.similarity
    assert pair(sim, "irna", "nyt")["jsd_frames"] == 0.5
    assert math.isnan(pair(sim, "irna", "mehr")["jsd_frames"])
    assert comparison.clustering["excluded"] == ["mehr"]


def test_compare_clustering_joins_closest_outlets_first(config: Config) -> None:
    cfg = config.model_copy(
        update={
            "frames": [
                Frame(id="talks", label="Talks", terms={"ar": ["محادثات"]}),
                Frame(id="force", label="Force", terms={"ar": ["صواريخ"]}),
            ]
        }
    )
    art = article_of(
        ("المحادثات المحادثات الصواريخ", "irna"),
        ("الصواريخ الصواريخ الصواريخ", "haaretz"),
        ("المحادثات المحادثات الصواريخ", "nyt"),
    )
    clustering = compare(profile(art, cfg), cfg).clustering
    assert clustering["labels"] == ["haaretz", "irna", "nyt"]
    assert clustering["linkage"][0] == [1.0, 2.0, 0.0, 2.0]  # irna + nyt, identical
    assert len(clustering["linkage"]) == 2
    order = clustering["order"]
    assert sorted(order) == ["haaretz", "irna", "nyt"] and abs(order.index("irna") - order.index("nyt")) == 1


def test_compare_group_frames_are_the_group_rows(config: Config) -> None:
    art = article_of(("المفاوضات جادة", "irna"), ("الصواريخ جاهزة", "mehr"), ("العقوبات قاسية", "haaretz"))
    profiles = profile(art, config)
    groups = compare(profiles, config).group_frames
    assert list(groups.columns) == list(GROUP_FRAME_COLUMNS)
    iran = groups[groups["group"] == "iran_state"].set_index("frame")
    assert iran.loc["diplomacy", "hits"] == iran.loc["military_threat", "hits"] == 1
    assert iran.loc["diplomacy", "share"] == 0.5
    assert sorted(set(groups["group"])) == ["iran_state", "israeli_media"]


def test_compare_group_keyness_is_against_other_groups_only(config: Config) -> None:
    cfg = config.model_copy(update={"keywords": config.keywords.model_copy(update={"prior_scale": 10.0})})
    art = article_of(
        ("uranium uranium carrier", "irna"),
        ("carrier fleet", "haaretz"),
        ("uranium uranium uranium uranium", ""),  # narration: not in the group reference
    )
    kw = compare(profile(art, cfg), cfg).group_keywords
    assert list(kw.columns) == list(KEYWORD_COLUMNS)
    iran = kw[(kw["unit"] == "iran_state") & (kw["n"] == 1)].set_index("key")
    # Groups pooled: uranium 2, carrier 2, fleet 1 (5 tokens); iran_state 3, israeli_media 2.
    a = 10 * 2 / 5
    uranium = math.log((2 + a) / (3 + 10 - 2 - a)) - math.log((0 + a) / (2 + 10 - 0 - a))
    assert iran.loc["uranium", ["count", "count_rest", "tokens", "tokens_rest"]].tolist() == [2, 0, 3, 2]
    assert iran.loc["uranium", "log_odds"] == pytest.approx(uranium, abs=1e-6)
    assert iran.loc["uranium", "z"] == pytest.approx(uranium / math.sqrt(1 / (2 + a) + 1 / a), abs=1e-6)
    assert iran.loc["carrier", ["count", "count_rest"]].tolist() == [1, 1]
    assert iran.loc["uranium", "term"] == "uranium" and iran.loc["uranium", "rank"] == 1


def test_compare_is_deterministic(config: Config) -> None:
    art = article_of(
        ("قالت إرنا إن المفاوضات مع واشنطن تواجه التهديدات والضغوط العسكرية", "irna"),
        ("وذكرت هآرتس أن الصواريخ الإيرانية خارج المفاوضات وأن التصعيد ممكن في المنطقة", "haaretz"),
        ("ونقلت نيويورك تايمز عن دبلوماسيين أن تخصيب اليورانيوم والعقوبات في صلب المحادثات", "nyt"),
        ("وقالت مهر إن المحادثات اختبار لواقعية واشنطن تحت الضغط", "mehr"),
    )
    first = compare(profile(art, config), config)
    second = compare(profile(art, config), config)
    pd.testing.assert_frame_equal(first.frame_matrix, second.frame_matrix)
    pd.testing.assert_frame_equal(first.similarity, second.similarity)
    pd.testing.assert_frame_equal(first.group_frames, second.group_frames)
    pd.testing.assert_frame_equal(first.group_keywords, second.group_keywords)
    assert first.clustering == second.clustering
    assert all(v == round(v, 6) for v in first.similarity["jsd_frames"])


def test_compare_jsd_matrix_is_symmetric_and_matches_the_pairwise_divergence() -> None:
    from framing.compare import jsd_matrix

    weighted = pd.DataFrame([[1.0, 1.0, 0.0], [0.0, 1.0, 1.0], [0.0, 0.0, 0.0]], index=["a", "b", "c"])
    matrix = jsd_matrix(weighted)
    assert matrix.at["a", "b"] == matrix.at["b", "a"] == pytest.approx(jensen_shannon(np.array([1, 1, 0.0]), np.array([0, 1, 1.0])))
    assert matrix.at["a", "a"] == 0.0 and math.isnan(matrix.at["a", "c"])


def test_compare_divergence_and_cosine_matrices_equal_the_pairwise_functions() -> None:
    from framing.compare import cosine_matrix, jsd_matrix

    rng = np.random.default_rng(5)
    values = rng.integers(0, 4, size=(11, 6)).astype(float)
    values[[2, 7]] = 0.0  # outlets without a hit
    weighted = pd.DataFrame(values, index=[f"o{i}" for i in range(11)])
    for block in (256, 3):  # one block, and several
        divergence = jsd_matrix(weighted, block=block).to_numpy()
        cosines = cosine_matrix(weighted)
        for i in range(11):
            for j in range(11):
                want = 0.0 if i == j else jensen_shannon(values[i], values[j])
                assert divergence[i, j] == pytest.approx(want, abs=1e-12, nan_ok=True)
                assert cosines[i, j] == pytest.approx(cosine(values[i], values[j]), abs=1e-12, nan_ok=True)


def test_compare_rounds_a_whole_column_as_round_does_one_value() -> None:
    from framing.compare import _round
    from framing.stats import rounded_array as _rounded

    rng = np.random.default_rng(2)
    values = np.concatenate([rng.random(20_000), np.round(rng.random(2_000), 7), [0.0000005, 0.1234565, 2.5e-6, np.nan]])
    assert np.array_equal(_rounded(values), np.array([_round(v) for v in values.tolist()]), equal_nan=True)
