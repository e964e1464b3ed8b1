"""Bylines (framing/attribution/datelines.py, ``byline_patterns`` in the config): a paper's or site's own article
names its publisher, and speaking to that publisher is the writer's reporting, not an outlet's voice
(docs/attribution.md §2); a wire dateline's publisher still carries "told Reuters". Invented articles."""

from __future__ import annotations

import pytest

from builders import segment_at

from framing.attribution import attribute


@pytest.mark.parametrize("byline, addressed", [
    ("عمّان - «القدس العربي» - من سامر الخطيب", "لـ«القدس العربي»"),
    ("جدة - الرياض - «عكاظ»", "لـ«عكاظ»"),
    ("سكاي نيوز عربية - أبوظبي", "لموقع سكاي نيوز عربية"),
])
def test_speaking_to_the_articles_own_paper_is_no_outlet(cfg, byline, addressed):
    text = (f"الحكومة تعلن خطة لدعم المزارعين بعد موجة الجفاف\n{byline}\n"
            f"أعلنت الحكومة خطة جديدة لدعم المزارعين.\nوقال مصدر في وزارة الزراعة {addressed} إن الخطة ستنفذ على مراحل.\n")
    art = attribute(text, cfg)
    seg = segment_at(cfg, text, "وقال مصدر")
    assert art.publisher and (seg.outlet, seg.speaker_type) == ("", "anonymous")


def test_an_english_byline_names_the_publisher(cfg):
    text = ("Farmers protest as drought bites\nBy Lina Haddad, The National\n\nFarmers blocked a road on Monday.\n"
            "An agriculture ministry official told The National that subsidies would follow.\n")
    seg = segment_at(cfg, text, "An agriculture")
    assert (seg.outlet, seg.speaker_type) == ("", "anonymous")


def test_a_headline_quoting_an_outlet_is_no_byline(cfg):
    text = "أكسيوس: واشنطن تدرس تخفيف القيود على الشحن\nوقال مسؤول أميركي لموقع «أكسيوس» إن القرار لم يتخذ بعد.\n"
    assert attribute(text, cfg).publisher == ""
    assert segment_at(cfg, text, "وقال").outlet == "axios"


def test_told_the_wire_in_its_own_wire_story_is_still_the_wire(cfg):
    text = ("DUBAI, May 4 (Reuters) - Port traffic resumed on Monday.\n"
            "A shipping source told Reuters that two tankers had docked.\n")
    assert segment_at(cfg, text, "A shipping").outlet == "reuters"
