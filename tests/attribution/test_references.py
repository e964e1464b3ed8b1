"""An outlet's own staff named with it (framing/attribution/references.py, subjects.py): "an AFP correspondent",
"Reuters journalists", "Channel 13's analyst" carry the outlet's voice; invented sentences."""

from __future__ import annotations

import pytest

from builders import segment_at


@pytest.mark.parametrize("text, at, outlet", [
    ("The market burned. An AFP correspondent in Mosul counted eleven burnt cars.", "An AFP", "afp"),
    ("Reuters photographers in Jenin saw a queue of lorries.", None, "reuters"),
    ("A Reuters reporter in Gaza said the shelling went on all night.", None, "reuters"),
    ("Haaretz's political analyst wrote that the coalition would not survive the summer.", None, "haaretz"),
])
def test_an_outlets_staff_speak_for_it(cfg, text, at, outlet):
    seg = segment_at(cfg, text, at)
    assert (seg.outlet, seg.speaker_type) == (outlet, "outlet")


def test_a_credit_line_stays_narration(cfg):
    seg = segment_at(cfg, "Reuters reporters contributed to this story.")
    assert (seg.outlet, seg.speaker_type) == ("", "narrator")


# Documents and information an outlet has seen or obtained are its report.
@pytest.mark.parametrize("text, outlet", [
    ("Exports will halt in May, according to documents seen by Reuters.", "reuters"),
    ("The ministry plans to cut the subsidy, according to a letter seen by the Financial Times.", "financial_times"),
    ("وبحسب وثيقة اطلعت عليها وكالة رويترز، فإن الشحنات ستتوقف.", "reuters"),
    ("وبحسب معلومات حصلت عليها وكالة رويترز، فإن الاتفاق بات قريباً.", "reuters"),
])
def test_documents_an_outlet_has_seen_are_its_report(cfg, text, outlet):
    seg = segment_at(cfg, text)
    assert (seg.outlet, seg.speaker_type) == (outlet, "outlet")


@pytest.mark.parametrize("text", [
    "A mediator floated the idea last week, according to a report in the Beirut daily Al-Akhbar.",
    "A mediator floated the idea last week, according to a report in the state-run IRNA.",
])
def test_a_report_in_an_outlet_described_before_its_name(cfg, text):
    seg = segment_at(cfg, text, "A mediator")
    assert seg.outlet in {"al_akhbar", "irna"} and seg.speaker_type == "outlet"


# A report that opens its sentence, set off by a comma, is the channel of a sentence with no cue of its own.
@pytest.mark.parametrize("text, at, outlet", [
    ("وارتفعت الأسعار. وفي تقرير لبوابة الوسط، تبين أن المخازن فارغة منذ أسبوع.", "وفي تقرير", "al_wasat_libya"),
    ("وارتفعت الأسعار. وفي تقرير ميداني لموقع \"نواة\" المستقل، خرج عشرات الشبان إلى الشوارع.", "وفي تقرير", "nawaat"),
    ("Prices rose. In a report by Al-Monitor, the port was described as idle since May.", "In a report", "al_monitor"),
])
def test_a_report_opening_its_sentence_carries_it(cfg, text, at, outlet):
    seg = segment_at(cfg, text, at)
    assert (seg.outlet, seg.speaker_type) == (outlet, "outlet")


def test_a_report_opening_a_sentence_with_its_own_cue_leaves_the_cue_speaking(cfg):
    seg = segment_at(cfg, "Prices rose. In a report on Monday, Reuters said the port was idle.", "In a report")
    assert (seg.outlet, seg.speaker_type) == ("reuters", "outlet")


def test_citing_data_leaves_the_outlet_speaking(cfg):
    text = ("The London-based Al-Quds Al-Arabi sees the cuts as a sign of strain. Exports fell by a fifth in May, "
            "the paper notes, citing figures from an industry tracker.")
    seg = segment_at(cfg, text, "Exports fell")
    assert (seg.outlet, seg.speaker_type) == ("al_quds_al_arabi", "outlet")


@pytest.mark.parametrize("text, at", [
    ("Okaz leads with the budget. The paper quotes officials as saying spending will hold. "
     "It adds that two projects were delayed.", "It adds"),
])
def test_it_after_an_outlet_relayed_people_is_the_outlet(cfg, text, at):
    seg = segment_at(cfg, text, at)
    assert (seg.outlet, seg.speaker_type) == ("okaz", "outlet")


@pytest.mark.parametrize("text", [
    "The finance ministry told Reuters that spending would hold. It added that two projects were delayed.",
    "Reuters quoted the finance ministry as saying spending would hold. It said two projects were delayed.",
])
def test_it_after_a_body_spoke_stays_the_body(cfg, text):
    seg = segment_at(cfg, text, "It ")
    assert seg.speaker_type == "official"


@pytest.mark.parametrize("text, at", [
    ("Okaz leads with the budget. Its economics columnist argues that the cuts are overdue.", "Its economics"),
    ("Okaz leads with the budget. The paper's editorials have called the cuts overdue for a year.", "The paper's"),
])
def test_an_outlets_columnist_or_editorial_is_its_voice(cfg, text, at):
    seg = segment_at(cfg, text, at)
    assert (seg.outlet, seg.speaker_type) == ("okaz", "outlet")


def test_as_first_reported_by_an_outlet(cfg):
    seg = segment_at(cfg, "Hamas rejected the plan. As first reported by Axios, Washington tied its aid to progress.", "As first")
    assert (seg.outlet, seg.speaker_type) == ("axios", "outlet")


def test_a_price_per_container_is_no_source(cfg):
    seg = segment_at(cfg, '"Once they see the price per container, the trucks will switch," a driver said.')
    assert (seg.speaker, seg.speaker_type) == ("a driver", "anonymous")


@pytest.mark.parametrize("text, at, outlet", [
    ("Haaretz ran the story on Monday. The paper's military analyst wrote that the army was ready.", "The paper's", "haaretz"),
    ("In the London-based Al-Quds Al-Arabi, the paper's chief columnist argues that the deal is rushed.", None,
     "al_quds_al_arabi"),
    ("Al Mayadeen aired the footage. The channel's Baghdad correspondent said the vote was delayed.", "The channel's",
     "al_mayadeen"),
])
def test_an_outlets_staff_named_through_a_generic_noun_speak_for_it(cfg, text, at, outlet):
    seg = segment_at(cfg, text, at)
    assert (seg.outlet, seg.speaker_type) == (outlet, "outlet")


@pytest.mark.parametrize("text, at, outlet", [
    ("وكانت شبكة السومرية العراقية قد نقلت عن نائب أن التصويت تأجل. وبحسب الشبكة، فإن 120 نائباً وقعوا الطلب.",
     "وبحسب الشبكة", "al_sumaria"),
])
def test_a_network_refers_back_to_the_latest_broadcaster(cfg, text, at, outlet):
    seg = segment_at(cfg, text, at)
    assert (seg.outlet, seg.speaker_type) == (outlet, "outlet")


# A report noun in the construct state with a continuation noun as its owner («تقرير الوكالة», «افتتاحية الصحيفة»)
# is the outlet that noun points back to.
@pytest.mark.parametrize("text, at, outlet", [
    ("ذكرت وكالة أسوشيتد برس أن المرحلين كثر. ويذكر تقرير الوكالة أن كثيراً منهم ولدوا في إيران.", "ويذكر", "ap"),
    ("قالت صحيفة هآرتس إن الجولة انتهت. وقالت افتتاحية الصحيفة إن الحكومة أخطأت.", "وقالت افتتاحية", "haaretz"),
])
def test_a_report_of_the_outlet_pointed_back_to(cfg, text, at, outlet):
    seg = segment_at(cfg, text, at)
    assert (seg.outlet, seg.speaker_type) == (outlet, "outlet")


@pytest.mark.parametrize("text, at, outlet", [
    ("Tasnim reported that the talks had stalled. The agency, which is close to the Revolutionary Guards, said the "
     "envoy would return.", "The agency", "tasnim"),
    ("Haaretz said the vote had slipped. The Israeli daily, which has opposed the bill, added that two ministers "
     "would abstain.", "The Israeli daily", "haaretz"),
])
def test_a_noun_for_an_outlet_before_a_relative_clause_points_back_to_it(cfg, text, at, outlet):
    assert segment_at(cfg, text, at).outlet == outlet


@pytest.mark.parametrize("text, at", [
    ("Tasnim reported that the talks had stalled. The movement, which boycotted the vote, said the envoy lied.",
     "The movement"),  # a body's noun, not an outlet's
    ("Tasnim reported that the talks had stalled. The report, circulated to member states, said stocks grew.",
     "The report"),  # a document described, not the outlet's report pointed back to
])
def test_a_body_or_a_document_before_its_clause_does_not_point_back_to_the_outlet(cfg, text, at):
    assert segment_at(cfg, text, at).outlet != "tasnim"
