"""Continuations resolved against the sentences before (framing/attribution/resolve.py): an unnamed source picked
out of unnamed sources who spoke to an outlet stays with that outlet; invented sentences, Arabic and English."""

from __future__ import annotations

import pytest

from builders import segment_at


@pytest.mark.parametrize("text, at, outlet", [
    ("Three teachers told Reuters that the school had closed. One of them said pay was months late.", "One of",
     "reuters"),
    ('Villagers told AFP by phone that the well had dried up. "We walk four hours for water," said one of the'
     ' villagers.',
     '"We walk', "afp"),
    ("وقال سكان لوكالة رويترز إن المياه انقطعت منذ أسبوع. وقال أحدهم إن الأسعار تضاعفت.", "وقال أحدهم", "reuters"),
    ("وقال مسؤولان لموقع أكسيوس إن الخطة جاهزة. وأضاف أحد المسؤولين أن التوقيع قريب.", "وأضاف", "axios"),
])
def test_an_unnamed_source_picked_out_of_those_an_outlet_heard_stays_with_it(cfg, text, at, outlet):
    seg = segment_at(cfg, text, at)
    assert (seg.outlet, seg.speaker_type) == (outlet, "anonymous")


@pytest.mark.parametrize("text, at", [
    # a new unnamed source, not picked out of those before
    ("Two shipping agents told Reuters that the queue had doubled. A European diplomat said talks would resume.",
     "A European"),
    ("Three teachers told Reuters that the school had closed. One European diplomat said talks would resume.",
     "One European"),
    ("وقال سكان لوكالة رويترز إن المياه انقطعت منذ أسبوع. ويرى مراقبون أن الأزمة ستطول.", "ويرى"),
    # a narration sentence between them ends the interviews
    ("Two shipping agents told Reuters that the queue had doubled. The canal opened in 1869. One of them said tugs"
     " were scarce.", "One of"),
])
def test_a_new_unnamed_source_has_no_outlet(cfg, text, at):
    seg = segment_at(cfg, text, at)
    assert (seg.outlet, seg.speaker_type) == ("", "anonymous")


@pytest.mark.parametrize("text, start", [
    # a phrase the sentence opens with stays with the cue (attribution.languages.*.adjunct_openers)
    ('At a briefing in Washington on Thursday, a Fund spokeswoman said the talks "went well".', "At a briefing"),
    ("وفي مؤتمر صحفي عقده في العاصمة مساء الأحد، قال المتحدث باسم الوزارة إن المحادثات ستستأنف.", "وفي مؤتمر"),
    # a clause of the writer's own before the cue is narration of its own
    ("وجاءت الاحتجاجات بعد أسابيع من ارتفاع الأسعار في المدن الكبرى، قالت منظمات حقوقية إن عشرة أشخاص اعتقلوا.",
     "قالت منظمات"),
])
def test_a_lead_in_phrase_stays_with_its_cue_a_lead_in_clause_does_not(cfg, text, start):
    from framing.attribution import attribute

    attributed = [s for s in attribute(text, cfg).segments if s.speaker_type != "narrator"]
    assert len(attributed) == 1 and text[attributed[0].start:].startswith(start)


@pytest.mark.parametrize("text, speaker_type", [
    # an end attribution covers its sentence whatever trails the cue after a comma: a participle clause, a contrast
    # clause, a time phrase
    ("Ten trucks crossed into the enclave on Sunday, the health ministry said, adding that more would follow.",
     "official"),
    ("Doctors remained the main sticking point, the negotiator said, while the other side wanted more names.",
     "official"),
    ("Talks on a new budget have stalled again, three lawmakers told Reuters on Tuesday, two months after the vote.",
     "anonymous"),
])
def test_an_end_attribution_covers_its_sentence_whatever_trails_it(cfg, text, speaker_type):
    from framing.attribution import attribute

    segments = attribute(text, cfg).segments
    assert len(segments) == 1 and segments[0].speaker_type == speaker_type


def test_content_after_a_comma_set_phrase_still_follows_its_cue(cfg):
    from framing.attribution import attribute

    text = "The shelling went on all night, and a farmer told AFP, speaking by phone, that his barn had burned."
    seg = next(s for s in attribute(text, cfg).segments if s.start <= text.index("that his barn") < s.end)
    assert (seg.outlet, seg.speaker_type, seg.speaker) == ("afp", "anonymous", "a farmer")


def test_an_unnamed_source_whose_relative_clause_holds_a_clause_opener(cfg):
    text = ("The envoy's office welcomed the release. A UN official close to the talks, who asked not to be named "
            "because the next round had not begun, said the lists would be longer. Detainees held in the north "
            "remained the main obstacle, the official said.")
    first, second = segment_at(cfg, text, "A UN official"), segment_at(cfg, text, "Detainees")
    assert (first.speaker_type, first.speaker) == ("anonymous", "A UN official close to the talks")
    assert (second.speaker_type, second.speaker) == ("anonymous", "A UN official close to the talks")


def test_a_definite_body_refers_back_by_its_head_only(cfg):
    text = ("Al-Wasat quoted the bank's board as saying salaries would be paid on time. "
            "The central bank's media office denied the report, saying all towns were paid.")
    seg = segment_at(cfg, text, "The central bank's")
    assert (seg.outlet, seg.speaker_type) == ("", "official")


def test_a_name_with_and_before_a_relative_clause_introduces_its_post(cfg):
    text = ("Rights groups disagree.\n\nThe Forum for Economic and Social Rights, which monitors the coast, "
            "posted on X on Tuesday:\n\nAt least 400 people were rounded up this week.\n")
    seg = segment_at(cfg, text, "The Forum")
    assert (seg.outlet, seg.speaker_type) == ("x", "organization")


def test_a_present_tense_insistence_is_a_cue(cfg):
    seg = segment_at(cfg, "Tunisia's presidency, however, insists the money comes with no strings attached.")
    assert seg.speaker_type == "official"
