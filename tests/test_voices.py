"""Passages and words per voice, counted once for the report and the CLI."""

from __future__ import annotations

from framing.model import Analysis, Article, make_segment
from framing.voices import VOICE_COLUMNS, is_narration, voices

TEXT = "Talks resumed in Muscat today.\nIRNA said the talks were useful and calm.\nA diplomat said nothing.\nLoose words here."


def article() -> Article:
    first, second, third = TEXT.split("\n")[:3]
    a = len(first) + 1
    b = a + len(second) + 1
    return Article(TEXT, (
        make_segment(TEXT, 0, len(first)),  # narration
        make_segment(TEXT, a, a + len(second), outlet="irna", speaker="irna", speaker_type="outlet", kind="indirect"),
        make_segment(TEXT, b, b + len(third), speaker="A diplomat", speaker_type="anonymous", kind="indirect"),
    ))  # "Loose words here." is covered by no segment


def test_voices_count_passages_and_words_per_voice() -> None:
    found = voices(article())
    assert list(found.table.columns) == list(VOICE_COLUMNS)
    rows = {(r.outlet, r.speaker, r.speaker_type): (r.passages, r.words) for r in found.table.itertuples(index=False)}
    assert rows == {("", "", "narrator"): (1, 5), ("irna", "irna", "outlet"): (1, 8), ("", "A diplomat", "anonymous"): (1, 4)}
    assert found.segment_words == (5, 8, 4)
    assert found.uncovered == 3 and found.words == 5 + 8 + 4 + 3


def test_voices_by_words_lists_the_largest_first() -> None:
    listed = voices(article()).by_words()
    assert list(listed["words"]) == [8, 5, 4]


def test_voices_narration_is_the_authors_voice_only() -> None:
    narration, outlet, quoted = article().segments
    assert is_narration(narration) and not is_narration(outlet) and not is_narration(quoted)


def test_voices_are_computed_once_per_analysis() -> None:
    analysis = Analysis(article=article(), sources={})
    assert analysis.voices is analysis.voices


def test_voices_split_an_outlets_frame_hits_into_its_own_voice_and_quoted_speakers() -> None:
    import pandas as pd

    from framing.voices import VOICE_FRAME_COLUMNS, frame_voices

    text = "IRNA said the talks went well.\nAn official told IRNA the talks failed and talks stop."
    a = text.index("\n") + 1
    art = Article(text, (
        make_segment(text, 0, a - 1, outlet="irna", speaker="irna", speaker_type="outlet", kind="indirect"),
        make_segment(text, a, len(text), outlet="irna", speaker="An official", speaker_type="official", kind="indirect"),
    ))
    hits = pd.DataFrame([
        {"frame": "diplomacy", "weight": 1.0, "segment_start": 0, "outlet": "irna", "negated": False},
        {"frame": "diplomacy", "weight": 1.0, "segment_start": a, "outlet": "irna", "negated": False},
        {"frame": "diplomacy", "weight": 2.0, "segment_start": a, "outlet": "irna", "negated": False},
        {"frame": "diplomacy", "weight": 1.0, "segment_start": a, "outlet": "irna", "negated": True},  # not counted
    ])
    table = frame_voices(art, hits)
    assert list(table.columns) == list(VOICE_FRAME_COLUMNS)
    assert table[["voice", "hits", "weighted"]].values.tolist() == [["own", 1, 1.0], ["quoted", 2, 3.0]]
    assert frame_voices(art, None).empty
