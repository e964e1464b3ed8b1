"""Relayed speakers read in one sentence (framing/attribution/reading.py): an outlet that quotes someone speaks
through that person; invented sentences."""

from __future__ import annotations

import pytest

from framing.attribution import attribute
from framing.config import load_config


@pytest.fixture(scope="module")
def cfg():
    return load_config("config.yaml").config


def _seg(cfg, text, at=None):
    article = attribute(text, cfg)
    offset = 0 if at is None else text.index(at)
    return next(s for s in article.segments if s.start <= offset < s.end)


@pytest.mark.parametrize("text, at, outlet, speaker_type, speaker", [
    # the verb is itself the citing word, between commas
    ("CNN, quoting a US defence official, said a second carrier had sailed.", None, "cnn", "anonymous",
     "a US defence official"),
    # a noun for the outlet named before quotes a person: that person speaks, through the outlet
    ("Reuters said the port had reopened. The agency quoted the transport minister as saying the cranes were back.",
     "The agency", "reuters", "official", "the transport minister"),
])
def test_an_outlet_quoting_someone_carries_that_speaker(cfg, text, at, outlet, speaker_type, speaker):
    seg = _seg(cfg, text, at)
    assert (seg.outlet, seg.speaker_type, seg.speaker) == (outlet, speaker_type, speaker)
