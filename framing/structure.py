"""The article's structure, computed once from its text and carried with the ``Article``.

Lines (blocks) with their spans, and the word tokens of the whole text as two
arrays of offsets (compact to keep and to pickle), with their stemmed keys
once a stage has asked for them. Every stage reads spans of
it instead of tokenizing again: the words of a passage are the tokens between
its offsets (the same tokens ``framing.text.tokenize`` finds in that span;
tested). Whether a line is a heading is decided here, by one rule, for
attribution and the report alike.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from dataclasses import dataclass, field

from framing.text import Block, Token, blocks, looks_like_heading, match_key, word_spans

TITLE_FACTOR = 2  # a title (the first line) may run this many times longer than a section heading
STANDFIRST_FACTOR = 3  # and the line right under a title (the standfirst) this many times


@dataclass(frozen=True, slots=True)
class Structure:
    """``blocks``: the non-blank lines; ``starts``/``ends``: the word tokens of the whole text, in order."""

    length: int  # characters of the text it was made from
    blocks: tuple[Block, ...]
    starts: array
    ends: array
    stem_keys: list[str] = field(default_factory=list, compare=False, repr=False)  # see ``stems``; kept once made

    @property
    def word_count(self) -> int:
        return len(self.starts)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Index range of the tokens that lie inside ``[start, end)``."""
        first = bisect_left(self.starts, start)
        last = bisect_left(self.ends, end + 1, lo=first)  # ends are increasing: tokens ending at or before ``end``
        return first, max(first, last)

    def count(self, start: int, end: int) -> int:
        """How many word tokens lie inside ``[start, end)``."""
        first, last = self.span(start, end)
        return last - first

    def stems(self, text: str) -> list[str]:
        """The stemmed key (``framing.keys.feature_key``) of every word token, made on first use and kept with
        the structure (so an article that was pickled after its first reading carries them)."""
        if len(self.stem_keys) != len(self.starts):
            from framing.keys import feature_key

            self.stem_keys[:] = [feature_key(text[s:e]) for s, e in zip(self.starts, self.ends)]
        return self.stem_keys

    def tokens(self, text: str, start: int = 0, end: int | None = None) -> list[Token]:
        """The word tokens inside ``[start, end)`` of ``text`` (the text this structure was made from)."""
        first, last = self.span(start, len(text) if end is None else end)
        return [Token(s, e, text[s:e], match_key(text[s:e])) for s, e in zip(self.starts[first:last], self.ends[first:last])]

    def is_heading(self, text: str, block: Block, *, max_words: int) -> bool:
        """A title or section heading: a short line with no sentence-final punctuation (the first line may run
        ``TITLE_FACTOR`` times longer, the line between a title and a byline ``STANDFIRST_FACTOR`` times)."""
        factor = 1
        if block.index == 0:
            factor = TITLE_FACTOR
        elif block.index == 1 and len(self.blocks) > 2 and self.is_heading(text, self.blocks[0], max_words=max_words) \
                and self.is_heading(text, self.blocks[2], max_words=max_words):
            factor = STANDFIRST_FACTOR  # between a title and a short line (a byline, a date), not above a paragraph
        return looks_like_heading(text[block.start : block.end], max_words=max_words * factor)

    def title(self, text: str, *, max_words: int) -> str:
        """The first line when it reads as a title, else ''."""
        if not self.blocks or not self.is_heading(text, self.blocks[0], max_words=max_words):
            return ""
        first = self.blocks[0]
        return text[first.start : first.end].strip()


def structure_of(text: str) -> Structure:
    starts, ends = array("l"), array("l")
    for s, e in word_spans(text):
        starts.append(s)
        ends.append(e)
    return Structure(len(text), tuple(blocks(text)), starts, ends)
