"""Articles made by hand for the tests (one passage per paragraph, attributed as given), and the segment the
attribution gives a place in a text."""

from __future__ import annotations

from framing.config import Config
from framing.model import Article, Segment, make_segment


def article_of(*paragraphs: tuple[str, str]) -> Article:
    """One segment per paragraph, attributed to the outlet id given ('' for narration)."""
    text = "\n".join(p for p, _ in paragraphs)
    segments, cursor = [], 0
    for paragraph, oid in paragraphs:
        fields = {"outlet": oid, "speaker": oid, "speaker_type": "outlet", "kind": "indirect"} if oid else {}
        segments.append(make_segment(text, cursor, cursor + len(paragraph), **fields))
        cursor += len(paragraph) + 1
    return Article(text, tuple(segments))


def segment_at(config: Config, text: str, at: str | None = None) -> Segment:
    """The segment of ``text``, attributed with ``config``, that holds the first occurrence of ``at`` (the start of
    the text when None)."""
    from framing.attribution import attribute

    article = attribute(text, config)
    offset = 0 if at is None else text.index(at)
    return next(s for s in article.segments if s.start <= offset < s.end)
