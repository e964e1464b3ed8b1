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
