"""The cue verbs introducing each outlet (framing/verb_counts.py): each config form in a segment's cue, once per cue."""

from __future__ import annotations

from framing.config import default_config_text, parse_config
from framing.counts import Counts
from framing.model import Article, make_segment
from framing.verb_counts import count_verbs

CONFIG = parse_config(default_config_text())


def test_verb_counts_each_cue_counted_once_by_lemma_stance_and_form() -> None:
    text = "وقالت إرنا إن المحادثات جادة\nوأضافت إرنا أن الأجواء إيجابية\nThe paper claimed the talks failed"
    first, second = text.split("\n")[:2]
    at = len(first) + 1
    third = at + len(second) + 1
    segments = [
        make_segment(text, 0, len(first), outlet="irna", speaker="IRNA", speaker_type="outlet", kind="indirect",
                     cue="وقالت", cue_start=0, cue_end=5),
        make_segment(text, at, at + len(second), outlet="irna", speaker="IRNA", speaker_type="outlet",
                     kind="indirect", cue="وقالت", cue_start=0, cue_end=5),  # the same cue, continued: once
        make_segment(text, third, len(text), outlet="wsj", speaker="WSJ", speaker_type="outlet", kind="indirect",
                     cue="The paper claimed", cue_start=third, cue_end=third + 17),
    ]
    counts = Counts()
    count_verbs(counts, Article(text, segments=segments), CONFIG)
    assert dict(counts.verbs) == {("irna", "قال", "neutral"): 1, ("wsj", "claim", "distancing"): 1}
    assert counts.verb_forms[("wsj", "claim", "distancing")] == {"claimed"}


def test_verb_counts_narration_and_cueless_segments_count_nothing() -> None:
    text = "المحادثات انتهت"
    counts = Counts()
    count_verbs(counts, Article(text, segments=[make_segment(text, 0, len(text))]), CONFIG)
    assert not counts.verbs
