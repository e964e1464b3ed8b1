"""An outlet's own staff named with it (framing/attribution/references.py, subjects.py): "an AFP correspondent",
"Reuters journalists", "Channel 13's analyst" carry the outlet's voice; invented sentences."""

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


@pytest.mark.parametrize("text, at, outlet", [
    ("The market burned. An AFP correspondent in Mosul counted eleven burnt cars.", "An AFP", "afp"),
    ("Reuters photographers in Jenin saw a queue of lorries.", None, "reuters"),
    ("A Reuters reporter in Gaza said the shelling went on all night.", None, "reuters"),
    ("Haaretz's political analyst wrote that the coalition would not survive the summer.", None, "haaretz"),
])
def test_an_outlets_staff_speak_for_it(cfg, text, at, outlet):
    seg = _seg(cfg, text, at)
    assert (seg.outlet, seg.speaker_type) == (outlet, "outlet")


def test_a_credit_line_stays_narration(cfg):
    seg = _seg(cfg, "Reuters reporters contributed to this story.")
    assert (seg.outlet, seg.speaker_type) == ("", "narrator")
