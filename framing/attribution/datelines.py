"""Wire datelines ("LONDON, June 3 (Reuters) -", «عدن (رويترز) -») and bylines («بيروت ـ «القدس العربي»: …»,
"By Jane Doe, The National"): they name the article's publisher.

The outlet a dateline opening a paragraph names is kept as the article's ``publisher`` (metadata);
the dateline carries nothing: it opens the passage after it, and the passages are read as if it
were not there, so explicit attribution in the body decides who carries them ("told Reuters" in
a Reuters wire is still Reuters). A paper's or site's own byline is different (docs/attribution.md §2):
speaking to the article's own publisher is no outlet's voice, so that outlet carries no passage; and so is a
dateline that names a site, a paper or a channel rather than a wire ("Port Sudan, Sudan (CNN) —", a lead glued to
«شفق نيوز/»): its own lead. A bare name before the mark counts only when it is an outlet's.
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
        if _Sentence(text, block.start, block.start + m.start("outlet"), lex).holds_a_verb():
            continue  # «أعلنت حركة … (حماس) (في بيان) -»: a sentence with its brackets, not a place and its wire
        named = _Sentence(text, block.start + m.start("outlet"), block.start + m.end("outlet"), lex)
        mentions = named.mentions
        bracketed = text[block.start + m.start("outlet") - 1 : block.start + m.start("outlet")] == "("
        whole = len(mentions) == 1 and mentions[0].i == 0 and mentions[0].j == len(named.tokens)
        if not bracketed and not whole:
            continue  # a bare name before the mark («شفق نيوز/ …») is a dateline only when it is one outlet's name
        body = block.start + m.end()
        while body < block.end and text[body].isspace():
            body += 1
        return body, mentions[0].outlet if mentions else ""
    return None


def byline(text: str, block: Block, patterns: list[TimedPattern], lex: Lexicon) -> str:
    """The outlet a byline line names («بيروت ـ «القدس العربي»: محمد …», «سكاي نيوز عربية - أبوظبي»), else
    ''. The pattern's ``outlet`` group must hold one outlet's name and nothing else, so that a headline that
    quotes an outlet («أكسيوس: واشنطن تدرس …») is not a byline."""
    for pattern in patterns:
        m = pattern.match(text[block.start : block.end])
        if m is None:
            continue
        sent = _Sentence(text, block.start + m.start("outlet"), block.start + m.end("outlet"), lex)
        if len(sent.mentions) == 1 and sent.mentions[0].i == 0 and sent.mentions[0].j == len(sent.tokens):
            return sent.mentions[0].outlet
    return ""
