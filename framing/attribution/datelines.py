"""Wire datelines ("LONDON, June 3 (Reuters) -", «عدن (رويترز) -»): they name the article's publisher.

The outlet a dateline opening a paragraph names is kept as the article's ``publisher`` (metadata);
the dateline carries nothing: it opens the passage after it, and the passages are read as if it
were not there, so explicit attribution in the body decides who carries them ("told Reuters" in
a Reuters wire is still Reuters).
"""

from __future__ import annotations

from framing.attribution.cues import Lexicon
from framing.attribution.sentence import Attribution, _outlet_speaker, _Sentence
from framing.patterns import TimedPattern
from framing.text import Block


def dateline(text: str, block: Block, patterns: list[TimedPattern], lex: Lexicon) -> tuple[int, int, Attribution] | None:
    """(end of the dateline, start of the body, the dateline's attribution) when ``block`` opens with one."""
    for pattern in patterns:
        m = pattern.match(text[block.start : block.end])
        if m is None:
            continue
        a, b = block.start + m.start("outlet"), block.start + m.end("outlet")
        mentions = _Sentence(text, a, b, lex).mentions
        att = Attribution(kind="narration", cue_start=a, cue_end=b)
        if mentions:
            att.outlet = mentions[0].outlet
            att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(lex, att.outlet)
        end = body = block.start + m.end()
        while end > block.start and text[end - 1].isspace():
            end -= 1
        while body < block.end and text[body].isspace():
            body += 1
        return end, body, att
    return None
