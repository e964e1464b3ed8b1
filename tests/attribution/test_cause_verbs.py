"""Verbs that report only with their complement (a verb's ``needs_words``: «عزت الوزارة الانقطاع إلى …»), and an
estimate with a source as its subject ("figures compiled by X put …"): invented sentences. ("blamed" is no cue:
in "fires that Tehran later blamed on Israel" the writer reports the blame.)"""

from __future__ import annotations

import pytest

from builders import segment_at


@pytest.mark.parametrize("text, speaker, speaker_type", [
    ("عزت وزارة الموارد، في بيان، تراجع الإمدادات إلى انخفاض منسوب النهر.", "وزارة الموارد", "official"),
    ("وأرجعت الشركة الوطنية التأخير إلى عطل في الشبكة.", "الشركة الوطنية", "organization"),
    ("وعزت الهيئة، في بيانها، الارتفاع إلى موجة الحر.", "الهيئة", "official"),
])
def test_a_cause_verb_with_its_complement_speaks(cfg, text, speaker, speaker_type):
    seg = segment_at(cfg, text)
    assert (seg.speaker, seg.speaker_type) == (speaker, speaker_type)


@pytest.mark.parametrize("text, speaker", [
    ("وقال عزت الخطيب إن الوفد لن يعود إلى طاولة المفاوضات.", "عزت الخطيب"),  # a name: «إن» comes before «إلى»
    ("قال عزت الخطيب إن الجولة انتهت.", "عزت الخطيب"),
])
def test_the_same_word_as_a_name_stays_in_the_speakers_name(cfg, text, speaker):
    assert segment_at(cfg, text).speaker == speaker


def test_a_cause_verb_without_its_complement_is_no_cue(cfg):
    assert segment_at(cfg, "عزت المدينة نفسها بمهرجان الربيع.").speaker_type == "narrator"


@pytest.mark.parametrize("text, speaker, speaker_type", [
    ("Figures compiled by the World Bank put the region's water supply at 90 cubic metres a head.", "World Bank",
     "organization"),
    ("Reuters put the death toll at 40, the highest this year.", "Reuters", "outlet"),
])
def test_an_estimate_with_a_source_as_subject(cfg, text, speaker, speaker_type):
    seg = segment_at(cfg, text)
    assert (seg.speaker, seg.speaker_type) == (speaker, speaker_type)


@pytest.mark.parametrize("text", [
    "The figures put pressure on the central bank.",  # no owner, no outlet
    "The governor put the question to the council.",
])
def test_put_without_a_source_reports_nothing(cfg, text):
    assert segment_at(cfg, text).speaker_type == "narrator"
