"""Stemmed matching keys: inflections and spellings of one word share a key, different words do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.keys import feature_key


@pytest.mark.parametrize(
    "variants",
    [
        ("المحادثات", "محادثات", "لمحادثات", "والمحادثات"),
        ("التخصيب", "تخصيب", "لتخصيب"),
        ("مفاوضات", "المفاوضات", "والمفاوضات", "للمفاوضات"),
        ("عقوبات", "العقوبات", "للعقوبات"),
        ("النووي", "نووي", "النووية"),
        ("الإيراني", "الإيرانية"),
        ("مُحَادَثَات", "محـادثات", "محادثات"),  # harakat, tatweel
        ("الإقليمية", "الاقليمية", "إقليمي"),  # alef/hamza
        ("مستوى", "مستوي"),  # alef maqsura / yeh
        ("المنطقة", "المنطقه", "بالمنطقة"),  # taa marbuta / heh
        ("وأكد", "أكد"),
    ],
)
def test_keys_feature_key_collapses_arabic_variants(variants: tuple[str, ...]) -> None:
    assert len({feature_key(word) for word in variants}) == 1


@pytest.mark.parametrize(
    ("variants"),
    [
        ("talks", "talk", "Talks"),
        ("negotiations", "negotiation"),
        ("sanctions", "Sanctions", "sanction"),
        ("Iran's", "Iran", "iran’s"),
    ],
)
def test_keys_feature_key_collapses_english_variants(variants: tuple[str, ...]) -> None:
    assert len({feature_key(word) for word in variants}) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [("محادثات", "مفاوضات"), ("حرب", "حرس"), ("talks", "tanks"), ("تخصيب", "التصعيد")],
)
def test_keys_feature_key_keeps_different_words_apart(a: str, b: str) -> None:
    assert feature_key(a) != feature_key(b)


def test_keys_arabic_stems_do_not_depend_on_the_words_stemmed_before():
    import random

    from framing.keys import _stem_arabic

    words = sorted(set((Path(__file__).resolve().parent.parent / "seeds" / "muscat-talks-2026-02-06.ar.txt").read_text(encoding="utf-8").split()))
    first = {w: _stem_arabic(w) for w in words}
    shuffled = words[:]
    random.Random(3).shuffle(shuffled)
    assert {w: _stem_arabic(w) for w in shuffled} == first


@pytest.mark.parametrize(
    ("text", "phrase", "found"),
    [
        ("the risk of an all-out war", "all out war", True),  # a hyphen joins the words of a phrase
        ("an air\u2011defense system", "air defense", True),  # so does a non-breaking hyphen
        ("Reuters - Iran said", "reuters iran", False),  # a dash between blanks does not
        ("Reuters -Iran said", "reuters iran", False),
    ],
)
def test_keys_a_hyphen_alone_joins_the_words_of_a_phrase(text, phrase, found):
    from framing.keys import index_text, sequence_spans, words

    assert bool(sequence_spans(index_text(text), words(phrase), stemmed=False)) is found
