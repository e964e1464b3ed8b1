"""Arabic «كان … قد» + verb ("had said"): the subject stands between the auxiliary and «قد»
(framing/attribution/speakers.py ``_subject_after_auxiliary``, subjects.py ``_continuation_before_verb``):
invented sentences."""

from __future__ import annotations

import pytest

from builders import segment_at


@pytest.mark.parametrize("text, speaker, speaker_type", [
    ("وكان وزير الخارجية قد قال إن المفاوضات مستمرة.", "وزير الخارجية", "official"),
    ("وكان المتحدث باسم وزارة الدفاع قد أكد في مؤتمر صحافي أن القوات انسحبت.", "المتحدث باسم وزارة الدفاع", "official"),
    ("وكانت مصادر دبلوماسية قد ذكرت أن الجولة المقبلة ستعقد في جنيف.", "مصادر دبلوماسية", "anonymous"),
    ("وكان مسؤولون أوروبيون قد أكدوا أن العقوبات باقية.", "مسؤولون أوروبيون", "anonymous"),
    ("لكن مدير المرفأ كان قد أعلن أن الرصيف أغلق.", None, None),  # the auxiliary after the subject: not this order
])
def test_the_subject_between_the_auxiliary_and_qad_speaks(cfg, text, speaker, speaker_type):
    seg = segment_at(cfg, text)
    if speaker is None:
        assert seg.speaker != "مدير المرفأ كان"
        return
    assert (seg.speaker, seg.speaker_type, seg.outlet) == (speaker, speaker_type, "")


# A press noun in the genitive of the subject («مدير الوكالة») is not the outlet referred back to.
def test_a_press_noun_in_the_genitive_is_not_a_continuation(cfg):
    text = "ذكرت وكالة «رويترز» أن الوفد غادر. وكان مدير الوكالة الدولية قد قال إن التفتيش سيستمر."
    seg = segment_at(cfg, text, "وكان مدير")
    assert (seg.outlet, seg.speaker_type) == ("", "official")


# The outlet or its type noun right before «قد» keeps its reading.
@pytest.mark.parametrize("text, at", [
    ("ذكرت وكالة «رويترز» أن الوفد غادر. وكانت الوكالة قد نقلت عن مسؤول أن الجولة انتهت.", "وكانت الوكالة"),
    ("وكانت صحيفة «هآرتس» قد ذكرت أن الوفد سيغادر.", None),
])
def test_an_outlet_before_qad_still_carries_the_passage(cfg, text, at):
    assert segment_at(cfg, text, at).outlet in {"reuters", "haaretz"}


# Without a reporting verb the auxiliary clause is the narrator's.
def test_an_auxiliary_clause_without_a_reporting_verb_is_the_narrators(cfg):
    seg = segment_at(cfg, "وكان الاجتماع قد انتهى دون اتفاق.")
    assert seg.speaker_type == "narrator"


# A comma-set apposition may stand between the subject and «قد» («…، ومقرها لندن، قد …»), also for a noun that
# points back to the outlet named before; one with a verb of saying in it is a clause of its own.
@pytest.mark.parametrize("text, at, speaker, speaker_type, outlet", [
    ("وكانت منظمة «الرصد»، ومقرها لندن، قد وثّقت أن عشرات العائلات هُجّرت.", None, "الرصد", "organization", ""),
    ("وكانت الشركة، التي تتخذ من دبي مقرا، قد أعلنت أن الأرباح ارتفعت.", None, "الشركة", "organization", ""),
    ("وكان مسؤول إيراني، طلب عدم كشف هويته، قد قال لرويترز إن الجولة انتهت.", None, "مسؤول إيراني", "anonymous",
     "reuters"),
    ("ذكرت وكالة «رويترز» أن الخط جاهز. وكانت الوكالة، في تقرير سابق، قد أشارت إلى أن الخط سيختصر الرحلة.",
     "وكانت الوكالة", "Reuters", "outlet", "reuters"),
])
def test_an_apposition_may_stand_between_the_subject_and_qad(cfg, text, at, speaker, speaker_type, outlet):
    seg = segment_at(cfg, text, at)
    assert (seg.speaker, seg.speaker_type, seg.outlet) == (speaker, speaker_type, outlet)


def test_an_apposition_with_a_verb_of_saying_is_no_subject_phrase(cfg):
    seg = segment_at(cfg, "وكان الاجتماع، وفق ما قال الوزير، قد انتهى.")
    assert seg.speaker == "الوزير"  # the according-to cue inside it, not «الاجتماع»


# An outlet before the apposition is the subject; an according-to phrase between commas is no apposition.
def test_an_outlet_before_an_apposition_and_qad_carries_the_passage(cfg):
    seg = segment_at(cfg, "وكانت «الجزيرة»، في تقرير لها، قد كشفت أن الوفد غادر.")
    assert (seg.outlet, seg.speaker_type) == ("al_jazeera", "outlet")


def test_an_according_to_phrase_is_no_apposition(cfg):
    seg = segment_at(cfg, "وكانت الحكومة، بحسب مصادر أمنية، قد أكدت أن الجولة انتهت.")
    assert (seg.speaker, seg.speaker_type) == ("مصادر أمنية", "anonymous")
