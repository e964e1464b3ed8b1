"""Embedded posts: a block run closed by a signature line ("— Name (@handle) Date") is one post."""

from __future__ import annotations

import re

from framing.attribution.cues import Lexicon
from framing.attribution.sentence import Attribution, _Sentence
from framing.attribution.speaker_types import _speaker_of
from framing.patterns import TimedPattern
from framing.text import CLOSING_QUOTES, OPENING_QUOTES, Block, script_of


def _signature(text: str, block: Block, pattern: TimedPattern) -> re.Match[str] | None:
    return pattern.match(text[block.start : block.end])


def _posts(text: str, all_blocks: list[Block], signature: TimedPattern, article_script: str,
           lex: Lexicon) -> dict[int, tuple[int, re.Match[str]]]:
    """First block of each post -> (its signature block, the signature match).

    In an Arabic article the English blocks right before a signature belong to the post. A signature whose
    match holds the post (the group "post") is a post of its own line. Else the post runs back from its signature
    to the line that introduces it (``_introducer``), or is the line before the signature.
    """
    post_of: dict[int, tuple[int, re.Match[str]]] = {}  # first post block -> (signature block, match)
    skip: set[int] = set()
    for b in all_blocks:
        m = _signature(text, b, signature)
        if m is None or (b.index == 0 and not m.groupdict().get("post")):
            continue
        first = b.index - 1
        if m.groupdict().get("post"):  # '"…" — Name (@handle) Date': the post and its signature on one line
            first = b.index
        elif (opening := _quote_opening(text, all_blocks, first, skip)) is not None:
            first = opening  # a quoted post over several lines: from the line its quotation opens
        elif article_script == "ar":
            while first - 1 >= 0 and first - 1 not in skip and script_of(text[all_blocks[first - 1].start : all_blocks[first - 1].end]) == "en" \
                    and not _signature(text, all_blocks[first - 1], signature):
                first -= 1
        elif (intro := _introducer(text, all_blocks, first, skip, signature, lex)) is not None:
            first = intro + 1  # "COGAT posts on X that …" and the post's lines after it
        post_of[first] = (b.index, m)
        skip.update(range(first, b.index + 1))
    return post_of


_POST_LINES = 6  # lines a quoted post may run over


def _quote_opening(text: str, blocks: list[Block], last: int, taken: set[int]) -> int | None:
    """The line a quotation closed at the end of line ``last`` opened on, when it opened on an earlier line (at most
    ``_POST_LINES`` back, none of them already a post's); None otherwise."""
    if last < 0:
        return None
    line = text[blocks[last].start : blocks[last].end].strip()
    if not line or line[-1] not in CLOSING_QUOTES or line[0] in OPENING_QUOTES:
        return None
    for k in range(last - 1, max(-1, last - _POST_LINES), -1):
        if k in taken:
            return None
        earlier = text[blocks[k].start : blocks[k].end].strip()
        if earlier[:1] and earlier[0] in OPENING_QUOTES:
            return k
    return None


_POST_LINE_CHARS = 280  # a line longer than a post may be is the article's
_INTRODUCED_LINES = 4  # lines an unquoted post may run over after the line that introduces it


def _introducer(text: str, blocks: list[Block], last: int, taken: set[int], signature: TimedPattern,
                lex: Lexicon) -> int | None:
    """The line before ``last`` (at most ``_INTRODUCED_LINES`` back) that introduces a post of several short lines:
    it names the platform posts are attributed to ("COGAT posts on X that …"), and every line after it up to ``last``
    is post-short, names no outlet and holds no reporting verb (an article's own paragraphs do: "The ministry said
    three people were killed"); None when no line does."""
    platform = lex.config.attribution.post_platform
    for k in range(last - 1, max(-1, last - _INTRODUCED_LINES), -1):
        after = blocks[k + 1]
        if k in taken or after.end - after.start > _POST_LINE_CHARS or _signature(text, blocks[k], signature):
            return None
        sent = _Sentence(text, after.start, after.end, lex)
        if sent.mentions or sent.holds_a_verb():
            return None
        if any(m.outlet == platform for m in _Sentence(text, blocks[k].start, blocks[k].end, lex).mentions):
            return k
    return None


def _post_attribution(text: str, sig: Block, m: re.Match[str], lex: Lexicon) -> Attribution:
    name = (m.group("name") or "").strip()  # an optional name group may not take part in the match
    handle = m.groupdict().get("handle") or ""
    canonical = name
    sent = _Sentence(text, sig.start + m.start("name"), sig.start + m.end("name"), lex) if name else None
    if sent is not None and sent.tokens:
        found, _stype, _stems = _speaker_of(sent, 0, len(sent.tokens))
        canonical = found if found != sent.surface(0, len(sent.tokens)) else name
    speaker = f"{canonical} (@{handle})" if handle and canonical else (f"@{handle}" if handle else canonical)
    return Attribution(
        outlet=lex.config.attribution.post_platform, speaker=speaker, speaker_type="social_post",
        kind="direct", cue_start=sig.start, cue_end=sig.end,
    )
