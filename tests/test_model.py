"""Article and Segment: offsets are checked where segments are made."""

from __future__ import annotations

import pytest

from framing.model import Article, OffsetError, make_segment


def test_model_segment_text_is_its_slice():
    seg = make_segment("قالت هآرتس إن", 5, 10, outlet="haaretz", speaker_type="outlet", kind="indirect")
    assert seg.text == "هآرتس"


@pytest.mark.parametrize("start, end", [(-1, 3), (3, 3), (4, 2), (0, 99)])
def test_model_segment_out_of_bounds_refused(start, end):
    with pytest.raises(OffsetError):
        make_segment("abcdef", start, end)


def test_model_segment_rejects_unknown_kind_and_type():
    with pytest.raises(ValueError):
        make_segment("abc", 0, 3, kind="rumour")
    with pytest.raises(ValueError):
        make_segment("abc", 0, 3, speaker_type="alien")


def test_model_article_rejects_overlap_and_mismatch():
    text = "one two three"
    a, b = make_segment(text, 0, 7), make_segment(text, 4, 13)
    with pytest.raises(OffsetError):
        Article(text, (a, b))
    forged = make_segment("xxx two three", 0, 3)
    with pytest.raises(OffsetError):
        Article(text, (forged,))


def test_model_uncovered_reports_non_blank_gaps_only():
    text = "one  two\n three"
    art = Article(text, (make_segment(text, 0, 3), make_segment(text, 10, 15)))
    assert art.uncovered() == [(5, 8)]
    full = art.with_segments(art.segments + (make_segment(text, 5, 8),))
    assert full.uncovered() == []
