"""Refusals to comment (framing/attribution/refusals.py, docs/attribution.md §3): the subject answers, typed as
that subject, with no outlet; invented sentences, Arabic and English."""

from __future__ import annotations

import pytest

from builders import segment_at


@pytest.mark.parametrize("text, at, speaker_type, speaker", [
    ("The harbour authority declined to comment.", None, "official", "The harbour authority"),
    ("On Monday, a spokesman for the interior ministry did not respond to a request for comment.",
     None, "official", "a spokesman for the interior ministry"),
    ("The shipping company also did not immediately respond to a request for comment.", None, "organization",
     "The shipping company"),
    ("The grain fell by a third. The trade ministry has not commented on the figures.", "The trade", "official",
     "The trade ministry"),
    ("ولم تعلق وزارة الزراعة على ارتفاع أسعار القمح.", None, "official", "وزارة الزراعة"),
    ("ورفضت وزارة الداخلية المغربية التعليق على الأنباء.", None, "official", "وزارة الداخلية المغربية"),
    ("وامتنعت شركة الموانئ عن التعليق.", None, "organization", "شركة الموانئ"),
    # a relative clause between the subject and the refusal
    ("The mining company, which runs the copper pits near the lake, declined to comment.", None, "organization",
     "The mining company"),
    ("The port authority declined to confirm the figure.", None, "official", "The port authority"),
])
def test_a_refusal_is_its_subject_answering(cfg, text, at, speaker_type, speaker):
    seg = segment_at(cfg, text, at)
    assert (seg.outlet, seg.speaker_type, seg.speaker) == ("", speaker_type, speaker)


def test_a_refusal_by_a_pronoun_is_the_speaker_before(cfg):
    text = "Tarco Mining said output rose in May. It declined to comment on the strike."
    seg = segment_at(cfg, text, "It declined")
    assert (seg.outlet, seg.speaker_type, seg.speaker) == ("", "official", "Tarco Mining")


def test_a_long_lead_in_before_a_refusal_stays_narration(cfg):
    text = "The convoy reached the border crossing late on Monday night, but the customs authority declined to comment."
    assert segment_at(cfg, text).speaker_type == "narrator"
    seg = segment_at(cfg, text, "but the customs")
    assert (seg.speaker_type, seg.speaker) == ("official", "the customs authority")


@pytest.mark.parametrize("text", [
    "The town could not be reached by road after the floods.",  # not "for comment": no refusal
    "ورفضت الحكومة الحديث عن موعد الانتخابات.",  # a refusal verb with no refusal object: an act, not an answer
    "Prices rose on Monday, and in the capital, the ministry declined to comment.",  # a clause further in
    "The navy did not respond to the shelling of the harbour.",  # no request for comment: an act
    "The coastguard has not responded to the distress signal so far.",
    "ولم يعلق العمل بالقانون الجديد حتى الآن.",  # «لم يعلق» with no «على» after its subject: "was not suspended"
    # a relative clause further in, not on the sentence's subject
    "Prices rose on Monday in the capital, where fuel is scarce, and the ministry declined to comment.",
])
def test_what_is_no_refusal(cfg, text):
    assert segment_at(cfg, text).speaker_type == "narrator"


@pytest.mark.parametrize("text, speaker_type", [
    ("The army declines to comment on the report.", "official"),
    ("The operator refuses to comment on the outage.", "organization"),
])
def test_a_refusal_in_the_present_tense(cfg, text, speaker_type):
    assert segment_at(cfg, text).speaker_type == speaker_type


@pytest.mark.parametrize("text, speaker, speaker_type", [
    ("The ministry declined to say whether the talks had failed.", "The ministry", "official"),
    ("Officials refused to say more.", "Officials", "anonymous"),
])
def test_declining_to_say_is_the_bodys_answer(cfg, text, speaker, speaker_type):
    seg = segment_at(cfg, text)
    assert (seg.speaker, seg.speaker_type) == (speaker, speaker_type)


@pytest.mark.parametrize("text", [
    "The army plans to say that the road will close.",
    "Iran wants to tell the world that it is ready.",
])
def test_a_reporting_verb_as_an_infinitive_is_no_cue(cfg, text):
    assert segment_at(cfg, text).speaker_type == "narrator"


def test_an_aspect_phrase_before_the_infinitive_keeps_the_cue(cfg):
    seg = segment_at(cfg, "Haaretz published the letter. The daily went on to say that the deal was dead.", "The daily")
    assert (seg.outlet, seg.speaker_type) == ("haaretz", "outlet")
