"""The type of a body read off its phrase (framing/attribution/speaker_types.py): a state's body though its head marks
an organization, a capitalized owner's marker, and a continuation noun another body's modifiers keep from pointing
back to the outlet (subjects.py); invented sentences."""

from __future__ import annotations

import pytest

from builders import segment_at


@pytest.mark.parametrize("text, speaker_type", [
    ("Iran's Atomic Energy Organization said the inspectors had left.", "official"),  # a country owns it
    ("The Pentagon's Defense Cooperation Agency said the sale was approved.", "official"),  # a state body owns it
    ("Iraq's State Organization for Marketing of Oil said exports fell.", "official"),
    ("Iran's Red Crescent Society said the aid had arrived.", "organization"),  # not a state's head noun
    ("The UN's refugee office said the camp was full.", "organization"),  # the owner's marker: "UN"
    ("The central bank's media office denied the report.", "official"),
    ("وقال مركز الإحصاء الإيراني إن التضخم ارتفع.", "official"),  # a state body its genitive
    ("وقال المركز الإعلامي لمجلس الوزراء إن مصر أوفت بالتزاماتها.", "official"),
    ("وقال المركز الفلسطيني لحقوق الإنسان إن الوضع صعب.", "organization"),  # no state body named
])
def test_a_bodys_type_from_its_owner(cfg, text, speaker_type):
    assert segment_at(cfg, text).speaker_type == speaker_type


@pytest.mark.parametrize("text, outlet, speaker_type", [
    ("Reuters reported the fire. The UN's refugee agency said the camp was full.", "", "organization"),
    ("Reuters reported the fire. The refugee agency said the camp was full.", "", "organization"),
    ("IRNA reported the fire. The semi-official agency said the camp was full.", "irna", "outlet"),
    ("Reuters reported the fire. The British news agency said the camp was full.", "reuters", "outlet"),
])
def test_a_continuation_noun_another_body_owns_points_back_to_no_outlet(cfg, text, outlet, speaker_type):
    seg = segment_at(cfg, text, "The ")
    assert (seg.outlet, seg.speaker_type) == (outlet, speaker_type)
