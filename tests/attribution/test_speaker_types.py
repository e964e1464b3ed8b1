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


@pytest.mark.parametrize("text, speaker_type", [
    ("The EU delegation in Baghdad said the vote was fair.", "organization"),  # a unit of the body named with it
    ("The UN peacekeeping force said its patrols went on.", "organization"),
    ("وقال وفد الحوثيين إن الجولة انتهت.", "organization"),
    ("The Iranian delegation said the round was over.", "official"),  # no body named: a state's delegation
    ("وقال الوفد الإيراني إن الجولة انتهت.", "official"),
    ("The air force said the drills went on.", "official"),
])
def test_a_unit_takes_the_type_of_the_body_named_with_it(cfg, text, speaker_type):
    assert segment_at(cfg, text).speaker_type == speaker_type


@pytest.mark.parametrize("text, speaker_type", [
    ("Acme, the UN peacekeeping force, said its patrols went on.", "organization"),
    ("Acme, the UN agency, said the camp was full.", "organization"),
    ("Jane Roe, a UN official, said the camp was full.", "official"),  # a person, not the body
    ("John Doe, the UN envoy, said the camp was full.", "official"),
])
def test_an_apposition_naming_a_listed_bodys_unit_types_the_name(cfg, text, speaker_type):
    assert segment_at(cfg, text).speaker_type == speaker_type


def test_a_definite_unit_with_another_name_before_it_points_back_to_no_other_body(cfg):
    text = "The EU delegation in Baghdad said the vote was fair. The Iranian delegation said the round was over."
    seg = segment_at(cfg, text, "The Iranian")
    assert (seg.speaker, seg.speaker_type) == ("The Iranian delegation", "official")


def test_a_relayed_speaker_keeps_its_name_when_the_agent_is_no_outlet(cfg):
    text = ("The land ministry said the plan was ready. An interior ministry official in Paris was "
            "quoted by the agency as saying the border was open.")
    seg = segment_at(cfg, text, "An interior")
    assert seg.speaker == "An interior ministry official in Paris"
