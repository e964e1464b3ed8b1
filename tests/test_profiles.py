"""Keyword and framing profiles: stopwords, keyness by hand, frame hits counted per unit."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from framing.config import Config, Frame, default_config_text, parse_config
from framing.keys import feature_key
from framing.model import Article, make_segment
from framing.pipeline import analyze
from framing.profiles import (
    FRAME_COLUMNS,
    FRAME_HIT_COLUMNS,
    KEYWORD_COLUMNS,
    TOKEN_COUNT_COLUMNS,
    VERB_COLUMNS,
    count_article,
    profile,
)
from framing.stats import fdr_q

SEED = Path(__file__).resolve().parents[1] / "seeds" / "muscat-talks-2026-02-06.ar.txt"


@pytest.fixture(scope="module")
def config() -> Config:
    return parse_config(default_config_text(), "(test default)")


def build(*paragraphs: tuple[str, dict | None]) -> Article:
    """An article of one segment per paragraph; ``None`` fields make a narration segment."""
    text = "\n".join(p for p, _ in paragraphs)
    segments, cursor = [], 0
    for paragraph, fields in paragraphs:
        segments.append(make_segment(text, cursor, cursor + len(paragraph), **(fields or {})))
        cursor += len(paragraph) + 1
    return Article(text, tuple(segments))


def outlet(oid: str, **extra: object) -> dict:
    return {"outlet": oid, "speaker": oid.upper(), "speaker_type": "outlet", "kind": "indirect", **extra}


def with_keywords(config: Config, **changes: object) -> Config:
    return config.model_copy(update={"keywords": config.keywords.model_copy(update=changes)})


def with_frames(config: Config, *frames: dict) -> Config:
    return config.model_copy(update={"frames": [Frame.model_validate(f) for f in frames]})


def rows(table: pd.DataFrame, **where: object) -> pd.DataFrame:
    mask = pd.Series(True, index=table.index)
    for column, value in where.items():
        mask &= table[column] == value
    return table[mask]


# -------------------------------------------------------- keywords


def test_profiles_keywords_drop_stopwords_cues_names_numbers(config: Config) -> None:
    art = build(
        ("وقالت «إرنا» في بيان إن وكالة إرنا تؤكد أن المحادثات في مسقط جرت يوم الجمعة 6 U", outlet("irna")),
    )
    terms = set(rows(profile(art, config).keywords, unit="irna")["term"])
    assert {"المحادثات", "مسقط", "جرت"} <= terms
    # cue verb, stopwords, type noun, own name, extra stopword, number, one letter
    assert not terms & {"وقالت", "في", "إن", "أن", "وكالة", "إرنا", "الجمعة", "6", "U", "بيان"}


@pytest.mark.parametrize(
    ("paragraph", "oid", "kept", "gone"),
    [
        ("قال معهد دراسة الحرب إن الحرب مستمرة", "isw", "الحرب", {"معهد", "دراسة"}),
        ("وقال عراقجي للتلفزيون الرسمي إن الموقف الرسمي ثابت", "iran_state_tv", "الرسمي", {"للتلفزيون"}),
        ("Human Rights Activists News Agency said rights groups", "hrana", "rights", {"Human", "Activists"}),
    ],
)
def test_profiles_keywords_remove_names_where_they_occur(
    config: Config, paragraph: str, oid: str, kept: str, gone: set[str]
) -> None:
    kw = rows(profile(build((paragraph, outlet(oid))), config).keywords, unit=oid, n=1)
    assert kw.set_index("term").loc[kept, "count"] == 1  # the one outside the name
    assert not set(kw["term"]) & gone


def test_profiles_keywords_display_most_frequent_surface(config: Config) -> None:
    art = build(
        ("والمحادثات المحادثات المحادثات محادثات", outlet("irna")),
        ("محادثات المحادثات", outlet("mehr")),  # a tie: the form seen first wins
    )
    kw = profile(art, config).keywords
    irna = rows(kw, unit="irna", n=1)
    assert list(irna["term"]) == ["المحادثات"]
    assert irna["key"].iloc[0] == feature_key("محادثات")
    assert irna["count"].iloc[0] == 4
    assert list(rows(kw, unit="mehr", n=1)["term"]) == ["محادثات"]


def test_profiles_bigrams_join_adjacent_content_words_only(config: Config) -> None:
    art = build(("تخصيب اليورانيوم، تخصيب في اليورانيوم ثم «تخصيب اليورانيوم»", outlet("irna")))
    bigrams = rows(profile(art, config).keywords, unit="irna", n=2)
    # not across the comma, not over the stopword في; quotation marks are no break
    assert bigrams.set_index("term")["count"].to_dict() == {"تخصيب اليورانيوم": 2}


def test_profiles_keyness_matches_hand_computation(config: Config) -> None:
    cfg = with_keywords(config, prior_scale=10.0, z_threshold=1.0, min_count=2, fdr_alpha=1.0)  # no FDR here: see below
    art = build(("uranium uranium carrier", outlet("irna")), ("carrier sanctions sanctions sanctions", None))
    kw = rows(profile(art, cfg).keywords, unit_type="outlet", unit="irna", n=1).set_index("key")
    # Article: uranium 2, carrier 2, sanction 3 (7 tokens); irna has 3 of them, the rest 4.
    a = 10 * 2 / 7  # prior for uranium and for carrier: prior_scale x article share
    uranium = math.log((2 + a) / (3 + 10 - 2 - a)) - math.log((0 + a) / (4 + 10 - 0 - a))
    uranium_z = uranium / math.sqrt(1 / (2 + a) + 1 / (0 + a))
    carrier = math.log((1 + a) / (3 + 10 - 1 - a)) - math.log((1 + a) / (4 + 10 - 1 - a))
    carrier_z = carrier / math.sqrt(1 / (1 + a) + 1 / (1 + a))
    assert kw.loc["uranium", "log_odds"] == pytest.approx(uranium, abs=1e-6)
    assert kw.loc["uranium", "z"] == pytest.approx(uranium_z, abs=1e-6)
    assert kw.loc["carrier", "log_odds"] == pytest.approx(carrier, abs=1e-6)
    assert kw.loc["carrier", "z"] == pytest.approx(carrier_z, abs=1e-6)
    assert kw.loc["uranium", ["count", "count_rest", "tokens", "tokens_rest"]].tolist() == [2, 0, 3, 4]
    assert kw.loc["carrier", ["count", "count_rest", "tokens", "tokens_rest"]].tolist() == [1, 1, 3, 4]
    assert kw.loc["uranium", "rank"] == 1
    assert bool(kw.loc["uranium", "distinctive"]) is (uranium_z >= 1.0)
    assert not kw.loc["carrier", "distinctive"]  # count 1 < min_count


def test_profiles_tfidf_is_one_document_per_outlet(config: Config) -> None:
    art = build(("uranium carrier", outlet("irna")), ("carrier fleet", outlet("mehr")))
    kw = rows(profile(art, config).keywords, unit_type="outlet")
    irna = rows(kw, unit="irna").set_index("key")["tfidf"]
    # "carrier" is in both documents, so it weighs less than "uranium"
    assert irna["uranium"] > irna["carrier"] > 0
    assert (irna**2).sum() == pytest.approx(1.0, abs=1e-5)  # l2-normalized document


def test_profiles_units_and_token_counts(config: Config) -> None:
    cfg = with_keywords(config, min_tokens=4)
    art = build(
        ("المحادثات في مسقط جادة جدا", outlet("irna")),
        ("المحادثات جادة", outlet("mehr")),
        ("وجرت المحادثات أمس", outlet("haaretz")),
        ("خاتمة المقال", None),
    )
    counts = profile(art, cfg).token_counts
    assert list(counts.columns) == list(TOKEN_COUNT_COLUMNS)
    assert list(zip(counts["unit_type"], counts["unit"])) == [
        ("outlet", "haaretz"), ("outlet", "irna"), ("outlet", "mehr"),
        ("group", "iran_state"), ("group", "israeli_media"), ("article", "article"),
    ]
    by_unit = counts.set_index("unit")
    assert by_unit.loc["iran_state", ["segments", "tokens"]].tolist() == [2, 7]
    assert by_unit.loc["iran_state", "label"] == "Iranian state media"
    assert by_unit.loc["article", "tokens"] == 12
    assert by_unit.loc["mehr", "thin"] and not by_unit.loc["irna", "thin"]


# ----------------------------------------------------------- frames


def test_profiles_longer_match_wins_across_frames(config: Config) -> None:
    cfg = with_frames(
        config,
        {"id": "sovereignty_rights", "label": "Sovereignty", "terms": {"ar": ["حق", "حقوق"]}},
        {"id": "human_rights", "label": "Human rights", "terms": {"ar": ["حقوق الإنسان"]}},
    )
    art = build(("قالت هرانا إن حقوق الإنسان منتهكة وإن للشعب حقوقا", outlet("hrana")))
    hits = profile(art, cfg).frame_hits
    assert list(zip(hits["frame"], hits["match"])) == [
        ("human_rights", "حقوق الإنسان"),
        ("sovereignty_rights", "حقوقا"),
    ]


def test_profiles_identical_span_counts_in_each_frame_once(config: Config) -> None:
    cfg = with_frames(
        config,
        {"id": "one", "label": "One", "terms": {"ar": ["رفض", "رفضها", "رفض العرض"]}},
        {"id": "two", "label": "Two", "terms": {"ar": ["رفضها"]}},
    )
    art = build(("أعلنت طهران رفضها ثم رفض العرض", outlet("irna")))
    hits = profile(art, cfg).frame_hits
    assert list(zip(hits["frame"], hits["term"], hits["match"])) == [
        ("one", "رفض", "رفضها"),  # same span: first term listed wins inside a frame
        ("two", "رفضها", "رفضها"),  # and still counts once in the other frame
        ("one", "رفض العرض", "رفض العرض"),  # the phrase, not also its first word
    ]


def test_profiles_frame_hits_carry_segment_and_source(config: Config) -> None:
    art = build(("مقدمة عن المفاوضات", None), ("قالت إرنا إن المفاوضات جادة", outlet("irna")))
    hits = profile(art, config).frame_hits
    assert list(hits.columns) == list(FRAME_HIT_COLUMNS)
    last = hits.iloc[-1]
    assert (last["frame"], last["term"], last["lang"], last["weight"]) == ("diplomacy", "مفاوضات", "ar", 1.0)
    assert art.text[last["start"] : last["end"]] == last["match"] == "المفاوضات"
    assert (last["segment_start"], last["outlet"], last["speaker"], last["group"]) == (19, "irna", "IRNA", "iran_state")
    assert (hits.iloc[0]["outlet"], hits.iloc[0]["group"], hits.iloc[0]["segment_start"]) == ("", "", 0)


def test_profiles_frame_profile_counts_weights_rates_shares(config: Config) -> None:
    cfg = with_frames(
        config,
        {"id": "talks", "label": "Talks", "terms": {"ar": ["محادثات"]}},
        {"id": "force", "label": "Force", "terms": {"ar": [{"text": "صواريخ", "weight": 3}]}},
    )
    art = build(("المحادثات والمحادثات والصواريخ", outlet("irna")), ("كلمة أخرى هنا ثم المحادثات", None))
    by_term = cfg.model_copy(update={"matching": cfg.matching.model_copy(update={"frame_unit": "term"})})
    frames = profile(art, by_term).frames
    assert list(frames.columns) == list(FRAME_COLUMNS)
    irna = rows(frames, unit="irna").set_index("frame")
    assert irna.loc["talks", ["hits", "passages", "weighted", "share"]].tolist() == [2, 1, 2.0, 0.4]
    assert irna.loc["force", ["hits", "passages", "weighted", "share"]].tolist() == [1, 1, 3.0, 0.6]
    assert irna.loc["force", "rate_per_1000"] == 1000.0  # 3 weighted hits in 3 tokens
    assert irna.loc["talks", "label"] == "Talks"
    article = rows(frames, unit_type="article").set_index("frame")
    assert article.loc["talks", "hits"] == 3
    assert article.loc["talks", "rate_per_1000"] == pytest.approx(1000 * 3 / 8, abs=1e-6)


def test_profiles_lexicon_edit_changes_next_run(config: Config) -> None:
    art = build(("قالت إرنا إن المفاوضات اصطدمت بجدار من الشكوك", outlet("irna")))
    before = profile(art, config).frame_hits
    assert "جدار" not in set(before["term"]) and "مفاوضات" in set(before["term"])

    text = default_config_text()
    edited = text.replace("ar: [{text: احتجاجات,", "ar: [جدار, {text: احتجاجات,")
    assert edited != text
    added = parse_config(edited)
    hits = profile(art, added).frame_hits
    assert rows(hits, term="جدار")[["frame", "match"]].values.tolist() == [["human_rights", "بجدار"]]

    diplomacy = next(f for f in config.frames if f.id == "diplomacy")
    fewer = diplomacy.model_copy(update={"terms": {"ar": [t for t in diplomacy.terms["ar"] if t != "مفاوضات"]}})
    removed = config.model_copy(update={"frames": [fewer if f.id == "diplomacy" else f for f in config.frames]})
    assert "مفاوضات" not in set(profile(art, removed).frame_hits["term"])

    extra = Frame(id="walls", label="Walls", terms={"ar": ["جدار"]})
    grown = config.model_copy(update={"frames": [*config.frames, extra]})
    frames = profile(art, grown).frames
    assert rows(frames, unit="irna", frame="walls")[["label", "hits"]].values.tolist() == [["Walls", 1]]
    assert len(frames) == len(profile(art, config).frames) + 3  # one new row per unit


# ------------------------------------------------------------ verbs


def test_profiles_verbs_report_lemma_stance_and_count_each_cue_once(config: Config) -> None:
    first, second = "وقالت إرنا إن المحادثات جادة", "والأجواء إيجابية"
    third = len(first) + len(second) + 2
    art = build(
        (first, outlet("irna", cue="وقالت", cue_start=0, cue_end=5)),
        (second, outlet("irna", cue="وقالت", cue_start=0, cue_end=5)),  # same cue, continued
        ("وحذرت مهر من التصعيد", outlet("mehr", cue="وحذرت", cue_start=third, cue_end=third + 5)),
        ("زعمت هآرتس أن الوفد تراجع", outlet("haaretz", cue="زعمت")),  # cue text only
        ("ذكرت إرنا ذلك", None),
    )
    verbs = profile(art, config).verbs
    assert list(verbs.columns) == list(VERB_COLUMNS)
    assert verbs.values.tolist() == [
        ["haaretz", "زعم", "distancing", 1, "زعمت"],
        ["irna", "قال", "neutral", 1, "وقالت"],
        ["mehr", "حذر", "warning", 1, "وحذرت"],
    ]


# ------------------------------------------------------ whole runs


def test_profiles_empty_article_gives_empty_tables(config: Config) -> None:
    result = profile(Article("نص بلا مصادر عن المفاوضات"), config)
    assert result.keywords.empty and list(result.keywords.columns) == list(KEYWORD_COLUMNS)
    assert result.verbs.empty and list(result.verbs.columns) == list(VERB_COLUMNS)
    assert set(result.frames["unit"]) == {"article"}
    assert result.token_counts["unit"].tolist() == ["article"]


def test_profiles_is_deterministic(config: Config) -> None:
    text = SEED.read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n") if p.strip()]
    owners = {5: "x", 16: "irna", 20: "irna", 31: "reuters", 41: "nournews", 45: "haaretz", 48: "nyt"}
    art = build(*((p, outlet(owners[i]) if i in owners else None) for i, p in enumerate(paragraphs[:50])))
    first, second = profile(art, config), profile(art, config)
    for name in ("token_counts", "keywords", "frame_hits", "frames", "verbs"):
        pd.testing.assert_frame_equal(getattr(first, name), getattr(second, name))
    kw = first.keywords
    assert (kw.groupby(["unit_type", "unit"])["rank"].apply(lambda r: list(r) == list(range(1, len(r) + 1)))).all()
    assert all(float(v) == round(float(v), 6) for v in kw["z"].dropna())


# ------------------------------------------------- matching in profiles


def with_matching(config: Config, **changes: object) -> Config:
    return config.model_copy(update={"matching": config.matching.model_copy(update=changes)})


def test_profiles_passage_share_weighs_each_passage_once(config: Config) -> None:
    cfg = with_frames(
        config,
        {"id": "talks", "label": "Talks", "terms": {"ar": ["محادثات"]}},
        {"id": "force", "label": "Force", "terms": {"ar": ["صواريخ"]}},
    )
    art = build(
        ("المحادثات والمحادثات والمحادثات", outlet("irna")),
        ("الصواريخ", outlet("irna")),
        ("المحادثات ثم الصواريخ", outlet("irna")),
    )
    irna = rows(profile(art, with_matching(cfg, frame_unit="passage")).frames, unit="irna").set_index("frame")
    assert irna.loc["talks", ["hits", "passages", "share"]].tolist() == [4, 2, 0.5]
    assert irna.loc["force", ["hits", "passages", "share"]].tolist() == [2, 2, 0.5]
    by_term = rows(profile(art, with_matching(cfg, frame_unit="term")).frames, unit="irna").set_index("frame")
    assert by_term.loc["talks", "share"] == pytest.approx(4 / 6, abs=1e-6)


def test_profiles_negated_hits_are_listed_not_counted(config: Config) -> None:
    cfg = with_frames(config, {"id": "force", "label": "Force", "terms": {"en": ["threat"]}})
    cfg = with_matching(cfg, negation=cfg.matching.negation.model_copy(update={"enabled": True}))
    art = build(("Reuters said it is not a threat, and a threat remains", outlet("reuters")))
    result = profile(art, cfg)
    assert result.frame_hits[["match", "negated"]].values.tolist() == [["threat", True], ["threat", False]]
    assert rows(result.frames, unit="reuters", frame="force")[["hits", "passages"]].values.tolist() == [[1, 1]]


def test_profiles_no_frame_hit_inside_an_attribution_cue(config: Config) -> None:
    cfg = with_frames(config, {"id": "army", "label": "Army", "terms": {"en": ["military"]}})
    text = "The Israeli military said the military build-up continues"
    cue_end = len("The Israeli military said")
    art = Article(text, (make_segment(text, 0, len(text), **outlet("reuters"), cue="The Israeli military said", cue_start=0, cue_end=cue_end),))
    skipped = profile(art, with_matching(cfg, skip_cues=True)).frame_hits
    assert skipped[["start", "match"]].values.tolist() == [[text.index("military build"), "military"]]
    kept = profile(art, with_matching(cfg, skip_cues=False)).frame_hits
    assert len(kept) == 2


def test_profiles_keyword_q_is_one_family_over_every_ngram_of_every_unit(config: Config) -> None:
    keywords = analyze(SEED.read_text(encoding="utf-8"), config).keywords
    assert "q" in keywords.columns
    expected = fdr_q(keywords["z"].to_numpy(dtype=float))
    assert keywords["q"].to_numpy(dtype=float) == pytest.approx(expected, abs=1e-6, nan_ok=True)
    distinctive = keywords[keywords["distinctive"].astype(bool)]
    assert (distinctive["q"] < config.keywords.fdr_alpha).all()


def test_profiles_frame_passages_add_across_articles(config: Config) -> None:
    one = build(("المحادثات والمحادثات", outlet("irna")))
    two = build(("المحادثات", outlet("irna")), ("المفاوضات", outlet("irna")))
    total = count_article(one, config)[0] + count_article(two, config)[0]
    assert total.frame_passages[("outlet", "irna", "diplomacy")] == 3
    assert total.frame_hits[("outlet", "irna", "diplomacy")] == 4
