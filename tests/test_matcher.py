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
