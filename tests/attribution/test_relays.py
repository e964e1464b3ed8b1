"""Relayed sources (framing/attribution/relays.py): the speaker an outlet relays after «عن» or "citing", and what an
outlet saw, which stays its own reporting; invented sentences, Arabic and English."""

from __future__ import annotations

import pytest

from builders import segment_at


@pytest.mark.parametrize("text, outlet, speaker_type, speaker", [
    ("ونقلت وكالة سبأ عن مصدر في الميناء أن السفن غادرت.", "saba", "anonymous", "مصدر في الميناء"),
    # past an apposition between commas
    ("ونقلت وكالة سبأ، الناطقة باسم الجماعة، عن مصدر في الميناء أن السفن غادرت.", "saba", "anonymous", "مصدر في الميناء"),
    # the present tense of a press review
    ("تنقل صحيفة «الأخبار» عن مصدر قضائي أن الملف سيحال إلى النيابة.", "al_akhbar", "anonymous", "مصدر قضائي"),
])
def test_a_relayed_speaker_speaks_through_the_outlet(cfg, text, outlet, speaker_type, speaker):
    seg = segment_at(cfg, text)
    assert (seg.outlet, seg.speaker_type, seg.speaker) == (outlet, speaker_type, speaker)


def test_documents_an_outlet_saw_leave_it_speaking(cfg):
    seg = segment_at(cfg, "Reuters, citing documents it had seen, said the port would close.")
    assert (seg.outlet, seg.speaker_type) == ("reuters", "outlet")


def test_about_inside_a_relative_clause_on_the_outlet_relays_nobody(cfg):
    # «عن» in «تحدثت مع السكان عن الأوضاع» is "about", not the relay: the outlet speaks
    seg = segment_at(cfg, "ونقلت وكالة رويترز التي تحدثت مع السكان عن الأوضاع في المدينة أن المياه مقطوعة.")
    assert (seg.outlet, seg.speaker_type) == ("reuters", "outlet")


@pytest.mark.parametrize("text, speaker_type", [
    # its sources, set between commas after the outlet's cue: the outlet relays them
    ("ونقلت صحيفة «الشروق» المصرية، بحسب مصادرها، أن الوفد سيسافر الأحد.", "anonymous"),
    # its own information: the outlet speaks
    ("وذكرت صحيفة «الشروق»، وفق معلوماتها، أن الوفد سيسافر الأحد.", "outlet"),
])
def test_its_sources_between_commas_after_an_outlets_cue_are_relayed(cfg, text, speaker_type):
    seg = segment_at(cfg, text)
    assert (seg.outlet, seg.speaker_type) == ("al_shorouk", speaker_type)



def test_a_relayed_source_goes_on_through_the_outlet_with_watabaa(cfg):
    # «وتابع» continues like «وأضاف»; «تابع» alone is not listed («المكتب التابع للرئاسة»: "affiliated")
    text = "ونقلت وكالة سبأ عن مصدر في الميناء أن السفن غادرت. وتابع المصدر ذاته أن الرسوم ارتفعت."
    seg = segment_at(cfg, text, "وتابع")
    assert (seg.outlet, seg.speaker_type) == ("saba", "anonymous")


@pytest.mark.parametrize("text, at, outlet", [
    ("ذكرت صحيفة «الشروق» أن الحكومة ستطرح سندات جديدة، ونقلت عن مصدر في وزارة المالية أن الطرح سيتم الشهر المقبل.",
     "ونقلت", "al_shorouk"),
    ('أما صحيفة "الأخبار"، فتكتب أن المدقق لم يتسلم الملفات، وتنقل عن مصادرها أن المصرف يماطل.', "وتنقل", "al_akhbar"),
])
def test_a_clause_relaying_a_source_after_an_outlets_own_words_is_that_source(cfg, text, at, outlet):
    first, relayed = segment_at(cfg, text), segment_at(cfg, text, at)
    assert (first.outlet, first.speaker_type) == (outlet, "outlet")
    assert (relayed.outlet, relayed.speaker_type) == (outlet, "anonymous") and text[relayed.start:].startswith(at)


def test_according_to_what_an_outlet_relayed_from_a_source_is_that_source(cfg):
    text = "زعمت القناة 12 الإسرائيلية أن العملية استهدفت خلية، بحسب ما نقلت عن مصدر عسكري. وادعى المصدر أن العمل سيتواصل."
    assert (segment_at(cfg, text).outlet, segment_at(cfg, text).speaker_type) == ("channel_12", "anonymous")
    seg = segment_at(cfg, text, "وادعى")
    assert (seg.outlet, seg.speaker_type) == ("channel_12", "anonymous")


@pytest.mark.parametrize("text, speaker", [
    ("In Beirut, a pharmacist who gave only his first name, Fadi, told Reuters he had stopped stocking medicines.",
     "a pharmacist"),
    ("A pharmacist who lives nearby, Fadi, told Reuters he had stopped.", "A pharmacist"),
])
def test_a_name_set_after_the_speakers_clause_leaves_the_speaker_relayed(cfg, text, speaker):
    seg = segment_at(cfg, text)
    assert (seg.outlet, seg.speaker_type, seg.speaker, seg.start) == ("reuters", "anonymous", speaker, 0)


def test_a_name_set_after_a_relative_clause_names_the_speaker_before_it(cfg):
    seg = segment_at(cfg, "The mother, who lives in Marib, Amal, said she had waited for nine hours.")
    assert (seg.speaker_type, seg.speaker) == ("anonymous", "The mother")


@pytest.mark.parametrize("text, outlet, speaker_type", [
    ("The Saudi Press Agency carried a statement by the foreign ministry saying the kingdom welcomed the truce.",
     "spa", "official"),  # the owner of the document speaks through the outlet
    ("KUNA carried a statement from the cabinet saying aid would be sent.", "kuna", "official"),
    ("وبثت وكالة أنباء الإمارات بياناً لوزارة الخارجية رحبت فيه بالهدنة.", "wam", "official"),
    ("Al Jazeera broadcast footage of the strike on the port.", "al_jazeera", "outlet"),  # no document: its own report
    ("ونشرت صحيفة الأهرام تقريرا عن الهدنة.", "al_ahram", "outlet"),
])
def test_a_document_an_outlet_carries_speaks_for_its_owner(cfg, text, outlet, speaker_type):
    seg = segment_at(cfg, text)
    assert (seg.outlet, seg.speaker_type) == (outlet, speaker_type)


def test_a_carried_documents_arabic_owner_is_named_without_its_genitive_particle(cfg):
    seg = segment_at(cfg, "وبثت وكالة أنباء الإمارات بياناً لوزارة الخارجية رحبت فيه بالهدنة.")
    assert seg.speaker == "وزارة الخارجية"
