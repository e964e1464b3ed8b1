"""A verb that reports only with its complement (a verb's ``needs_words``: «عزت الوزارة الانقطاع إلى …») or with a
source as its subject (``needs_body``: "OCHA recorded …"): invented sentences. («أرجع» is no cue: also "sent
back", "put off"; "blamed" and "put" neither: "fires that Tehran later blamed on Israel", "A Reuters poll put
Labour ahead", "data put pressure on".)"""

from __future__ import annotations

import pytest

from builders import segment_at


@pytest.mark.parametrize("text, speaker, speaker_type", [
    ("عزت وزارة الموارد، في بيان، تراجع الإمدادات إلى انخفاض منسوب النهر.", "وزارة الموارد", "official"),
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


@pytest.mark.parametrize("text", [
    "عزت المدينة نفسها بمهرجان الربيع.",  # no «إلى»
    "وصل عزت الخطيب، القيادي في الحركة، إلى العاصمة.",  # inside a clause: a name
    "والتقى عزت الخطيب بوزير الخارجية، ودعا إلى وقف الحرب.",
    "وأرجعت الشرطة الأطفال المفقودين إلى ذويهم.",  # "sent back"
])
def test_no_cue_without_the_complement_or_inside_a_clause(cfg, text):
    assert segment_at(cfg, text).speaker_type == "narrator"


@pytest.mark.parametrize("text", [
    "A Reuters poll put Labour ten points ahead.",
    "The film documented the lives of fishermen.",
])
def test_put_and_documented_report_nothing_of_their_own(cfg, text):
    seg = segment_at(cfg, text)
    assert seg.speaker not in {"A Reuters poll", "The film"}


# Verbs of record need a source as subject (a verb's ``needs_body``): an outlet, a known speaker or a body marker.
@pytest.mark.parametrize("text, speaker, speaker_type", [
    ("OCHA recorded 264 incidents in the valley last month.", "OCHA", "organization"),
    ("Human Rights Watch has documented 20 cases of forced returns.", "Human Rights Watch", "organization"),
    ("The interior ministry recorded 40 arrests on Friday.", "The interior ministry", "official"),
    ("The region recorded 30 new cases on Monday.", "", "narrator"),
    ("Temperatures recorded in the city broke the June record.", "", "narrator"),
])
def test_verbs_of_record_need_a_source_as_subject(cfg, text, speaker, speaker_type):
    seg = segment_at(cfg, text)
    assert (seg.speaker, seg.speaker_type) == (speaker, speaker_type)
