"""Wire datelines ("LONDON, June 3 (Reuters) -", «عدن (رويترز) -»): they name the article's publisher.

The outlet a dateline opening a paragraph names is kept as the article's ``publisher`` (metadata);
the dateline carries nothing: it opens the passage after it, and the passages are read as if it
were not there, so explicit attribution in the body decides who carries them ("told Reuters" in
a Reuters wire is still Reuters).
"""

from __future__ import annotations

from framing.attribution.cues import Lexicon
from framing.attribution.sentence import _Sentence
from framing.patterns import TimedPattern
from framing.text import Block


def dateline(text: str, block: Block, patterns: list[TimedPattern], lex: Lexicon) -> tuple[int, str] | None:
    """(start of the body, the outlet the dateline names or '') when ``block`` opens with a dateline."""
    for pattern in patterns:
        m = pattern.match(text[block.start : block.end])
        if m is None:
            continue
        mentions = _Sentence(text, block.start + m.start("outlet"), block.start + m.end("outlet"), lex).mentions
        body = block.start + m.end()
        while body < block.end and text[body].isspace():
            body += 1
        return body, mentions[0].outlet if mentions else ""
    return None
