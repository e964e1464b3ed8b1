"""Passive reports with an agent ("the deal was first reported by Corriere della Sera"): the agent speaks
(framing/attribution/passive.py ``passive_agent``): invented sentences."""

from __future__ import annotations

import pytest

from builders import segment_at


@pytest.mark.parametrize("text, outlet, speaker_type", [
    ("The agreement was first reported by Reuters, which said Rome had also offered two boats.", "reuters", "outlet"),
    ("The plan was reported by the Financial Times on Monday.", "financial_times", "outlet"),
    ("The figure was confirmed by the defence ministry in a statement.", "", "official"),
])
def test_the_agent_of_a_passive_report_speaks(cfg, text, outlet, speaker_type):
    seg = segment_at(cfg, text)
    assert (seg.outlet, seg.speaker_type) == (outlet, speaker_type)


@pytest.mark.parametrize("text", [
    "The damage was estimated at three million dollars.",  # no agent: no speaker
    "The deal was signed by the two ministers on Monday.",  # not a reporting verb
])
def test_a_passive_without_a_reporting_agent_is_the_narrators(cfg, text):
    assert segment_at(cfg, text).speaker_type == "narrator"


def test_only_adverbs_stand_between_the_marker_and_the_verb(cfg):
    # "are afraid to say": "afraid to" are no adverbs, so "say" is not read as a passive and skipped for it
    seg = segment_at(cfg, "The residents are afraid to say anything, the mayor said.")
    assert seg.speaker_type != "narrator"


# An acronym in brackets after the agent's name stands between it and "as saying".
def test_an_acronym_after_the_agent_keeps_the_relay(cfg):
    seg = segment_at(cfg, "A ministry official was quoted by the Middle East News Agency (MENA) as saying stocks were"
                          " sufficient.")
    assert (seg.outlet, seg.speaker) == ("mena", "A ministry official")


# A participle right after its noun with an agent after it ("cases reported by the UN") is no verb with a subject;
# nor is a verb form joined to the word before it by a hyphen ("well-documented").
@pytest.mark.parametrize("text", [
    "Cases reported by the UN rose sharply in May.",
    "Abuses documented by the monitors went unpunished.",
    "The well-documented cases were ignored.",
])
def test_a_participle_after_its_noun_has_no_subject(cfg, text):
    assert segment_at(cfg, text).speaker_type == "narrator"


def test_a_body_that_documented_cases_speaks(cfg):
    seg = segment_at(cfg, "Human Rights Watch has documented 20 cases of forced returns since March.")
    assert (seg.speaker, seg.speaker_type) == ("Human Rights Watch", "organization")
