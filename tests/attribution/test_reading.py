"""Relayed speakers read in one sentence (framing/attribution/reading.py): an outlet that quotes someone speaks
through that person; invented sentences."""

from __future__ import annotations

import pytest

from builders import segment_at

from framing.attribution import attribute


@pytest.mark.parametrize("text, at, outlet, speaker_type, speaker", [
    # the verb is itself the citing word, between commas
    ("Al Jazeera, quoting a Qatari mediator, said the delegations would meet again on Sunday.", None, "al_jazeera",
     "anonymous", "a Qatari mediator"),
    # a noun for the outlet named before quotes a person: that person speaks, through the outlet
    ("AFP said the border crossing was open again. The agency quoted the interior minister as saying buses were"
     " running.", "The agency", "afp", "official", "the interior minister"),
])
def test_an_outlet_quoting_someone_carries_that_speaker(cfg, text, at, outlet, speaker_type, speaker):
    seg = segment_at(cfg, text, at)
    assert (seg.outlet, seg.speaker_type, seg.speaker) == (outlet, speaker_type, speaker)


@pytest.mark.parametrize("text, at, outlet", [
    ("وقال مسؤول إن الميناء فتح. أما صحيفة «الأهرام» المصرية فنشرت على صفحتها الأولى صورة للسد، معتبرة أنه إنجاز.",
     "أما صحيفة", "al_ahram"),
    ('The port reopened. Haaretz ran the story on its front page, describing it as "a turning point".',
     "Haaretz ran", "haaretz"),
])
def test_an_outlet_opening_the_sentence_is_the_subject_of_its_later_verbs(cfg, text, at, outlet):
    seg = segment_at(cfg, text, at)
    assert (seg.outlet, seg.speaker_type) == (outlet, "outlet")


def test_no_subject_stands_after_a_participle(cfg):
    text = 'The port reopened. "We will stay," said Omar Haddad, a fisherman, describing the quay as "home".'
    seg = segment_at(cfg, text, '"We will')
    assert seg.speaker == "Omar Haddad"


# A prepositional phrase after a cue whose content came before it is an adjunct of the cue, also a long one; words
# after a mid-sentence source, set off by a comma, that form no clause continue the content before it.
@pytest.mark.parametrize("text, speaker", [
    ("The dam's reservoir is at a third of its capacity, and the pumps have stopped, the water authority said in a "
     "quarterly report circulated to donors.", "the water authority"),
    ("Rice exports averaged 1.2 million tonnes a month in May, according to the consultancy Agrimark, down from "
     "1.5 million in April.", "the consultancy Agrimark"),
    ("وتراجعت صادرات الأرز إلى 1.2 مليون طن في مايو، بحسب وزارة التجارة، مقارنة بـ1.5 مليون في أبريل.",
     "وزارة التجارة"),
])
def test_content_before_the_source_runs_over_its_adjuncts(cfg, text, speaker):
    seg = segment_at(cfg, text)
    assert (seg.start, seg.end, seg.speaker) == (0, len(text), speaker)


def test_a_clause_after_a_mid_sentence_source_is_no_appendix(cfg):
    text = "Rice exports fell in May, according to the consultancy Agrimark, while the ministry said stocks were ample."
    seg = segment_at(cfg, text, "while the ministry")
    assert (seg.speaker_type, seg.speaker) == ("official", "the ministry")
    assert segment_at(cfg, text).end <= text.index("while")


@pytest.mark.parametrize("text", [
    "The army said it killed five fighters. CNN could not independently verify the claims.",
    "The agency published the reports on Monday.",
])
def test_a_reporting_verb_after_a_determiner_is_a_noun(cfg, text):
    last = attribute(text, cfg).segments[-1]
    assert (last.cue, last.speaker_type) == ("", "narrator")


# A second verb joined by "and" shares the first verb's subject: the phrase before a comma that opens the sentence
# ("On Monday,") is no name before an apposition, and the cue stays the first verb's (its content is not cue).
@pytest.mark.parametrize("text", [
    "On Monday, the minister said enrichment was off the table and warned Europe of consequences.",
    "In an interview, the minister said the offer was final and accused the envoys of bad faith.",
])
def test_a_verb_joined_by_and_keeps_the_first_verbs_subject(cfg, text):
    seg = segment_at(cfg, text)
    assert (seg.speaker, seg.speaker_type, seg.cue) == ("the minister", "official", "the minister said")


# "as" with a participle after it opens what the relayed speaker says: it ends the speaker's phrase.
@pytest.mark.parametrize("text, speaker", [
    ("IRNA quoted a security source as calling the charge baseless.", "a security source"),
    ("IRNA quoted the spokesman as describing the talks as constructive.", "the spokesman"),
    ("IRNA quoted the Minister of Energy and Mining as saying output would rise.", "the Minister of Energy and Mining"),
    ("IRNA quoted President Rahimi and King Talal as saying the talks were useful.", "President Rahimi and King Talal"),
])
def test_as_with_a_participle_ends_a_relayed_speaker(cfg, text, speaker):
    seg = segment_at(cfg, text)
    assert (seg.outlet, seg.speaker) == ("irna", speaker)


# "… and said X had …": a verb joined to the clause before it has no subject after it.
def test_a_verb_joined_by_and_has_no_subject_after_it(cfg):
    seg = segment_at(cfg, "The agency counted 200 incidents, including the burning of groves, and said more than 180"
                          " families had been displaced.")
    assert seg.speaker != "more than 180 families had been displaced"


# A verb joined by "and" to an act with no cue keeps the subject before the act's apposition.
def test_a_verb_joined_to_an_act_keeps_its_subject(cfg):
    text = "Last week, Omar Saleh, a spokesman for the health ministry, visited the hospital and said the wards were full."
    assert segment_at(cfg, text).speaker == "a spokesman for the health ministry"
