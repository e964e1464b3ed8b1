"""Frame term matching: stems, phrases, patterns, outlet names and overlaps."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.config import Config, Frame, Term, default_config_text, parse_config
from framing.matcher import lexicon, match_terms, term_spans

SEED = Path(__file__).resolve().parents[1] / "seeds" / "muscat-talks-2026-02-06.ar.txt"


@pytest.fixture(scope="module")
def config() -> Config:
    return parse_config(default_config_text(), "(test default)")


def with_frames(config: Config, *frames: dict) -> Config:
    return config.model_copy(update={"frames": [Frame.model_validate(f) for f in frames]})


def test_matcher_word_term_matches_morphological_variants(config: Config) -> None:
    text = "والمفاوضات للمفاوضات المفاوضات مفاوضات مفاوض"
    spans = term_spans(text, Term(text="مفاوضات"), "ar", config)
    assert [text[s:e] for s, e in spans] == ["والمفاوضات", "للمفاوضات", "المفاوضات", "مفاوضات", "مفاوض"]


def test_matcher_phrase_term_matches_consecutive_words(config: Config) -> None:
    text = "تمسك بالبرنامج النووي، ثم البرنامج «النووي» ثم البرنامج، النووي"
    spans = term_spans(text, Term(text="البرنامج النووي"), "ar", config)
    assert [text[s:e] for s, e in spans] == ["بالبرنامج النووي", "البرنامج «النووي"]


def test_matcher_pattern_term_matches_raw_text(config: Config) -> None:
    text = "رفض الجانب الإيراني بتصفير التخصيب والتصفير"
    spans = term_spans(text, Term(pattern=r"تصفير\w*"), "ar", config)
    assert [text[s:e] for s, e in spans] == ["تصفير", "تصفير"]


def test_matcher_no_hit_counted_twice_on_seed(config: Config) -> None:
    text = SEED.read_text(encoding="utf-8")
    hits = match_terms(text, lexicon(config), config)
    assert len(hits) > 100
    for i, a in enumerate(hits):
        for b in hits[i + 1 :]:
            if a.start < b.end and b.start < a.end:
                assert (a.start, a.end) == (b.start, b.end), (a, b)
                assert a.frame != b.frame, (a, b)


def test_matcher_outlet_names_are_not_frame_hits(config: Config) -> None:
    cfg = with_frames(
        config,
        {"id": "war", "label": "War", "terms": {"ar": ["حرب"]}},
        {"id": "rights", "label": "Rights", "terms": {"ar": ["حقوق الإنسان", "نشطاء"]}},
    )
    text = "قال معهد دراسة الحرب إن الحرب ممكنة، وذكرت وكالة أنباء نشطاء حقوق الإنسان ذلك"
    hits = match_terms(text, lexicon(cfg), cfg)
    assert [(h.frame, text[h.start : h.end]) for h in hits] == [("war", "الحرب")]
    assert term_spans(text, Term(text="حرب"), "ar", config) == [(hits[0].start, hits[0].end)]


def test_matcher_term_spans_agree_with_profile(config: Config) -> None:
    text = SEED.read_text(encoding="utf-8")
    counted = {(h.start, h.end) for h in match_terms(text, lexicon(config), config) if h.term == "تخصيب"}
    spans = set(term_spans(text, Term(text="تخصيب"), "ar", config))
    assert counted and counted <= spans


# ------------------------------------------------- forms, stems, context


def spans_of(text: str, term: Term, config: Config) -> list[str]:
    return [text[s:e] for s, e in term_spans(text, term, "ar", config)]


def test_matcher_forms_add_what_the_stemmer_misses(config: Config) -> None:
    text = "الحرب والحروب وحروبا"
    assert spans_of(text, Term(text="حرب"), config) == ["الحرب"]
    assert spans_of(text, Term(text="حرب", forms=["حروب", "حروبا"]), config) == ["الحرب", "والحروب", "وحروبا"]


def test_matcher_stem_false_matches_the_word_as_written(config: Config) -> None:
    text = "rounds of talks, a round of talks"
    assert spans_of(text, Term(text="round"), config) == ["rounds", "round"]
    assert spans_of(text, Term(text="round", stem=False), config) == ["round"]


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ({"unless_near": {"words": ["في"], "window": 1, "side": "before"}}, ["مواجهة", "المواجهة"]),
        ({"only_near": {"words": ["في"], "window": 1, "side": "before"}}, ["مواجهة"]),
        ({"only_near": {"words": ["العسكرية"], "window": 1, "side": "after"}}, ["المواجهة"]),
        ({"unless_near": {"words": ["العسكرية"], "window": 2, "side": "both"}}, ["مواجهة", "مواجهة"]),
        ({"only_near": {"words": ["حذر من"], "window": 3, "side": "before"}}, ["المواجهة"]),
    ],
)
def test_matcher_context_rules_keep_or_drop_a_match(config: Config, rule: dict, expected: list[str]) -> None:
    text = "ردا في مواجهة الضغوط، مواجهة مفتوحة، وحذر من المواجهة العسكرية"
    assert spans_of(text, Term.model_validate({"text": "مواجهة", **rule}), config) == expected


# --------------------------------------------------------- negation


def negating(config: Config, **changes: object) -> Config:
    negation = config.matching.negation.model_copy(update={"enabled": True, **changes})
    return config.model_copy(update={"matching": config.matching.model_copy(update={"negation": negation})})


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("We are not a threat to anyone", [True]),
        ("This isn't a threat", [True]),
        ("No threat was made", [True]),
        ("Not now, the threat is real", [False]),  # a comma ends the negation's clause
        ("Not only words but a threat", [False]),  # so does a boundary word
        ("It is not, they say, a threat", [False]),
        ("Not one of the many officials saw a threat", [False]),  # out of the window
        ("إيران ليست تهديدا لأحد", [True]),
        ("ولن يقبلوا أي تهديد", [True]),
        ("لم يعد هناك أي تهديد", [False]),  # three tokens between: out of a window of 3
        ("لا جدال، التهديد قائم", [False]),
        ("التهديد قائم ولا شيء غير ذلك", [False]),  # the cue comes after the hit
    ],
)
def test_matcher_negation_marks_hits_in_its_scope(config: Config, text: str, negated: list[bool]) -> None:
    cfg = negating(with_frames(config, {"id": "force", "label": "Force", "terms": {"ar": ["تهديد"], "en": ["threat"]}}))
    assert [h.negated for h in match_terms(text, lexicon(cfg), cfg)] == negated


def test_matcher_negation_off_marks_nothing(config: Config) -> None:
    cfg = with_frames(config, {"id": "force", "label": "Force", "terms": {"en": ["threat"]}})
    off = negating(cfg, enabled=False)
    assert [h.negated for h in match_terms("We are not a threat", lexicon(off), off)] == [False]


def test_matcher_negation_window_is_configurable(config: Config) -> None:
    cfg = negating(with_frames(config, {"id": "force", "label": "Force", "terms": {"ar": ["تهديد"]}}), window=4)
    assert [h.negated for h in match_terms("لم يعد هناك أي تهديد", lexicon(cfg), cfg)] == [True]


def test_matcher_cue_spans_are_not_searched(config: Config) -> None:
    text = "The Israeli military said the military build-up continues"
    cue = (0, len("The Israeli military said"))
    assert [text[s:e] for s, e in term_spans(text, Term(text="military"), "en", config, cues=[cue])] == ["military"]
    assert len(match_terms(text, lexicon(config), config, cues=[cue])) < len(match_terms(text, lexicon(config), config))


def test_matcher_terms_tried_are_those_a_token_can_start(config: Config) -> None:
    """The trigger index finds exactly the terms whose first word (a reading or the stem) is in the text."""
    from framing.keys import index_text, words
    from framing.matcher import may_occur

    index = index_text(SEED.read_text(encoding="utf-8") + "\nThe sanctions and the talks were a threat.")
    terms = lexicon(config)

    def can_start(term: Term) -> bool:
        for phrase, stemmed in ((term.text or "", term.stem), *((form, False) for form in term.forms)):
            for word in words(phrase)[:1]:
                if word.key in index.by_variant or word.bare in index.by_variant:
                    return True
                if stemmed and word.stem in index.by_stem:
                    return True
        return False

    expected = [i for i, (_f, _l, term) in enumerate(terms) if term.pattern is not None or can_start(term)]
    assert may_occur(index, terms) == expected
    assert 0 < len(expected) < len(terms)


def test_matcher_a_term_list_changed_in_place_is_indexed_again(config: Config) -> None:
    from framing.keys import index_text
    from framing.matcher import may_occur

    index = index_text(SEED.read_text(encoding="utf-8"))
    terms = list(lexicon(config))
    forward = [terms[i] for i in may_occur(index, terms)]
    terms.reverse()
    assert sorted(map(id, (terms[i] for i in may_occur(index, terms)))) == sorted(map(id, forward))


# The default lexicon's English coverage of arms purchases and of money (what coders read as military pressure
# and as the economy in a procurement or a household story).
@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("Kuwait signed a letter of intent for a European air-defense system.", "military_threat"),
        ("The deal covers six batteries and several hundred interceptors.", "military_threat"),
        ("Buyers have waited years for new Patriot batteries.", "military_threat"),
        ("Households face a higher cost of bread after the subsidy cut.", "sanctions_economy"),
        ("The government plans asset sales and the privatization of two banks.", "sanctions_economy"),
        ("وقالت الوزارة إن آلاف اللاجئين عادوا في إطار العودة الطوعية.", "human_rights"),
        ("وتطالب جمعيات المودعين باسترداد الودائع بعد نشر التدقيق الجنائي.", "sanctions_economy"),
        # a prisoner exchange, a deal brokered or held under a third party's auspices: negotiated, so diplomacy
        ("The prisoner swap was brokered by Oman under UN auspices.", "diplomacy"),
        ("وجرت عملية تبادل الأسرى برعاية اللجنة الدولية.", "diplomacy"),
        ("Contractors said payments were late and the fiscal gap had widened.", "sanctions_economy"),
        ("وقالت الشركة إن المستحقات تجاوزت مليار دولار.", "sanctions_economy"),
        ("The lawyers were jailed and survivors were taken to hospital.", "human_rights"),
        ("ولقي 23 مهاجرا حتفهم إثر غرق قارب، ونقل الناجين إلى المستشفى.", "human_rights"),
        ("وعقدت اللجنة المشتركة اجتماعها الأول لبحث ترسيم الحدود.", "diplomacy"),
        ("Donors tied the money to reforms, calling the detainees bargaining chips.", "mistrust_conditions"),
        ("وسلمت الكويت بغداد مذكرة احتجاج رسمية.", "diplomacy"),
        ("وتقول الحكومة إن استمرار الاحتلال يهدد الحقوق.", "sovereignty_rights"),
        ("وحذرت من أن التصعيد يهدد استقرار دول المنطقة.", "regional_stability"),
        ("War broke out again in the south.", "military_threat"),
        ("Saudi companies signed deals worth $1.2bn as outages hit the grid.", "sanctions_economy"),
        ("Syrians who voluntarily returned live in tents with their children.", "human_rights"),
        ("The ministry said it owes the contractor $40m.", "sanctions_economy"),  # a sum of money
        ("ورفعت الحكومة سعر البنزين والسولار للمرة الثالثة.", "sanctions_economy"),
        ("Rights groups documented enforced disappearances and police raids.", "human_rights"),
        ("وقال إن مخزون اليورانيوم المخصب تضاعف.", "nuclear_programme"),
        ("The attacks threaten stability across the region.", "regional_stability"),
        ("He said the army would withdraw its troops from the border.", "military_threat"),
    ],
)
def test_matcher_default_lexicon_reads_arms_purchases_and_money(config: Config, text: str, frame: str) -> None:
    assert frame in {hit.frame for hit in match_terms(text, lexicon(config), config)}


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("Tunisian lawyers strike after a colleague was jailed.", "military_threat"),  # a labour strike
        ("وقالت حكومة الإقليم إن الصادرات تراجعت.", "regional_stability"),  # «الإقليم», the Kurdistan Region, not "regional"
        ("Troops were sent back to the training camp.", "human_rights"),  # a military camp is no displacement camp
        ("وتضاعفت أسعار الذرة في المدينة.", "nuclear_programme"),  # «الذرة», corn, is not «الذرية», atomic
        ("وسلمت الكويت بغداد مذكرة احتجاج رسمية.", "human_rights"),  # a diplomatic protest note, no street protest
        ("وأعلنت قوات الاحتلال المنطقة مغلقة.", "sovereignty_rights"),  # «قوات الاحتلال» names an army
        ("وأغلقت الشرطة المنطقة المحيطة بالسوق.", "regional_stability"),  # «المنطقة», the area, is no region
        ("Amnesty says 40 people were detained since the war began.", "military_threat"),  # the war as a date
        ("The decree has been in force since 2022.", "military_threat"),
        ("Aircraft chartered by the Red Cross flew the detainees home.", "military_threat"),
        ("وتدرس الشركة ربط الخط بالشبكة الإسبانية.", "mistrust_conditions"),  # a connection, no condition
        ("Demand for electricity peaks in the summer.", "mistrust_conditions"),  # demand, no demands
        ("Banks capped cash withdrawals at 1,000 dinars.", "military_threat"),  # money withdrawn, no troops
        ("He asked them to withdraw the letter.", "military_threat"),
        ("Neither camp has moved since February.", "human_rights"),  # a political camp
        ("The region's employees have not been paid.", "regional_stability"),  # a region, no stability
        ("Yemen's warring sides met after last year's war.", "military_threat"),  # background, not a threat
        ("وقالت الوزارة إن مخزون القمح يكفي ستة أشهر.", "nuclear_programme"),  # a wheat stock
        ("وتنبع معظم المياه من الأراضي التركية.", "sovereignty_rights"),  # geography, no sovereignty
        ("وهاجم الحوثيون سفينة تجارية قبالة الحديدة.", "sanctions_economy"),  # a merchant ship
    ],
)
def test_matcher_default_lexicon_keeps_senses_apart(config: Config, text: str, frame: str) -> None:
    assert frame not in {hit.frame for hit in match_terms(text, lexicon(config), config)}
