"""Articles made by hand for the tests: one passage per paragraph, attributed as given."""

from __future__ import annotations

from framing.model import Article, make_segment


def article_of(*paragraphs: tuple[str, str]) -> Article:
    """One segment per paragraph, attributed to the outlet id given ('' for narration)."""
    text = "\n".join(p for p, _ in paragraphs)
    segments, cursor = [], 0
    for paragraph, oid in paragraphs:
        fields = {"outlet": oid, "speaker": oid, "speaker_type": "outlet", "kind": "indirect"} if oid else {}
        segments.append(make_segment(text, cursor, cursor + len(paragraph), **fields))
        cursor += len(paragraph) + 1
    return Article(text, tuple(segments))
