"""A verb inside a quotation is the quoted speaker's word, never the sentence's cue
(framing/attribution/reading.py ``_quoted_tokens``, resolve.py): invented sentences."""

from __future__ import annotations

import pytest

from builders import segment_at


@pytest.mark.parametrize("text, at, outlet, speaker, speaker_type", [
    ('A farmer told Reuters the canal was dry. "People are afraid to say anything now," he said.',
     '"People', "reuters", "A farmer", "anonymous"),
    ('A farmer told Reuters the canal was dry. "People are afraid to say anything now, even at home," he said, '
     "referring to meetings where villagers discuss water.", '"People', "reuters", "A farmer", "anonymous"),
    ('"They say the army will not leave," a resident told AFP.', None, "afp", "a resident", "anonymous"),
])
def test_the_cue_outside_the_quotation_carries_it(cfg, text, at, outlet, speaker, speaker_type):
    seg = segment_at(cfg, text, at)
    assert (seg.outlet, seg.speaker, seg.speaker_type) == (outlet, speaker, speaker_type)


def test_reporting_inside_a_quotation_stays_with_the_quoted_speaker(cfg):
    seg = segment_at(cfg, 'وقال الوزير: "المسؤولون أبلغونا أن الميناء سيغلق، وقالوا إن القرار نهائي".', "وقالوا")
    assert (seg.speaker, seg.speaker_type) == ("الوزير", "official")


def test_a_name_in_quotes_is_no_quotation(cfg):
    assert segment_at(cfg, 'وأفادت وكالة "إرنا" الرسمية بأن الوفد غادر.').outlet == "irna"


# A short prepositional phrase ending the sentence after a cue is the cue's adjunct: the content is before it.
@pytest.mark.parametrize("text, outlet, speaker", [
    ("The talks ended without a deal, two diplomats told Reuters on condition of anonymity.", "reuters", "two diplomats"),
    ("The talks ended without a deal, a diplomat said on condition of anonymity.", "", "a diplomat"),
])
def test_a_trailing_adjunct_is_not_the_content(cfg, text, outlet, speaker):
    seg = segment_at(cfg, text)
    assert (seg.start, seg.outlet, seg.speaker) == (0, outlet, speaker)


# "…, the ministry said on Thursday, after talks that had stalled": the phrase after the source belongs to the
# content before it; ", that …" after such a phrase is the source's own content.
def test_a_phrase_of_the_content_after_an_inverted_source(cfg):
    text = ("Jordan will buy more water from Israel this year, the Ministry of Water and Irrigation said on Thursday, "
            "after talks that had stalled for months.")
    seg = segment_at(cfg, text)
    assert seg.speaker_type == "official" and seg.end == len(text)
    seg = segment_at(cfg, "On Thursday, the ministry said, after talks with Israel, that the deal was done.", "that the deal")
    assert seg.speaker_type == "official"
