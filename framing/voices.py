"""Who carries the article: passages and words per voice, counted once.

A voice is an (outlet, speaker, speaker_type) triple of the segments. Words
are the article's word tokens (``Article.structure``) inside each segment;
text that no segment covers is counted apart as ``uncovered``. The report's
"who carries the article" chart and tables and the CLI's ``--verbose`` table
all read this one table, so a word is counted the same way everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from framing.model import Article, Segment

if TYPE_CHECKING:
    import pandas as pd

VOICE_COLUMNS: tuple[str, ...] = ("outlet", "speaker", "speaker_type", "passages", "words", "first")


@dataclass(frozen=True)
class Voices:
    """``table``: one row per voice (``VOICE_COLUMNS``; ``first`` is the offset of its first passage), in
    order of first appearance; ``words``: word tokens of the whole text; ``uncovered``: those outside every
    segment; ``segment_words``: the words of each segment, in the article's segment order."""

    table: pd.DataFrame
    words: int
    uncovered: int
    segment_words: tuple[int, ...]

    def by_words(self) -> pd.DataFrame:
        """The voices, most words first (then by outlet and speaker), for a listing."""
        return self.table.sort_values(["words", "outlet", "speaker"], ascending=[False, True, True],
                                      kind="stable").reset_index(drop=True)


VOICE_FRAME_COLUMNS: tuple[str, ...] = ("outlet", "voice", "frame", "hits", "weighted")


def frame_voices(article: Article, frame_hits: pd.DataFrame | None) -> pd.DataFrame:
    """Each outlet's counted frame hits split by voice: ``own`` (the outlet speaking) or ``quoted`` (a speaker
    reaching the reader through it). An outlet's framing otherwise pools the two."""
    import pandas as pd

    from framing.intervals import counted_hits

    hits = counted_hits(frame_hits)
    if hits is None or not len(hits):
        return pd.DataFrame(columns=list(VOICE_FRAME_COLUMNS))
    own = {seg.start: seg.speaker_type == "outlet" for seg in article.segments if seg.outlet}
    hits = hits[hits["outlet"].astype(str) != ""]
    voice = ["own" if own.get(int(s), False) else "quoted" for s in hits["segment_start"]]
    table = hits.assign(voice=voice).groupby(["outlet", "voice", "frame"], sort=True).agg(
        hits=("weight", "size"), weighted=("weight", "sum")).reset_index()
    return table[list(VOICE_FRAME_COLUMNS)]


def is_narration(seg: Segment) -> bool:
    """The author's own voice: no outlet and no speaker other than the narrator."""
    return not seg.outlet and seg.speaker_type == "narrator"


def voices(article: Article) -> Voices:
    import pandas as pd

    structure = article.structure
    rows: dict[tuple[str, str, str], list[int]] = {}
    segment_words = tuple(structure.count(seg.start, seg.end) for seg in article.segments)
    for seg, words in zip(article.segments, segment_words, strict=True):
        row = rows.setdefault((seg.outlet, seg.speaker, seg.speaker_type), [0, 0, seg.start])
        row[0] += 1
        row[1] += words
    table = pd.DataFrame([(*key, *row) for key, row in rows.items()], columns=list(VOICE_COLUMNS))
    uncovered = sum(structure.count(a, b) for a, b in article.uncovered())
    return Voices(table, structure.word_count, uncovered, segment_words)
