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


# A verb form joined to the word before it by a hyphen is no verb ("well-documented"); a verb followed by "by" is still
# one ("said by phone"); "documented" speaks with an outlet as subject.
@pytest.mark.parametrize("text, speaker", [
    ("The well-documented cases were ignored.", ""),
    ("He said by phone that the town had fallen.", "He"),
    ("Police said by late afternoon 12 people had been arrested.", "Police"),
    ("The Associated Press has documented 20 cases of forced returns since March.", "Associated Press"),
])
def test_hyphens_by_and_documented(cfg, text, speaker):
    assert segment_at(cfg, text).speaker == speaker


# An acronym in brackets after the agent, with or without "as" before "saying".
@pytest.mark.parametrize("text, speaker", [
    ("A ministry official was quoted by the Middle East News Agency (MENA) as saying stocks were sufficient.",
     "A ministry official"),
    ("A police officer was quoted by the Middle East News Agency (MENA) saying the attackers fled.", "A police officer"),
])
def test_an_acronym_after_the_agent_keeps_the_relay(cfg, text, speaker):
    seg = segment_at(cfg, text)
    assert (seg.outlet, seg.speaker) == ("mena", speaker)
