"""The article's own publisher when no byline, dateline or caller names it, read off how the article speaks of an
outlet: phrases only a publisher writes of itself, its own correspondent, or speakers talking to it and nobody
citing it; and the passages it carried, taken out of its voice (its own reporting is the writer's)."""

from __future__ import annotations

from dataclasses import replace

from framing.attribution.cues import Lexicon
from framing.attribution.resolve import _narration, _Piece, _relayed_by_outlet
from framing.attribution.sentence import Attribution, _Sentence
from framing.patterns import compile_pattern, find_spans
from framing.text import clitic_variants, tokenize

# An article's own publisher is never one of these: a wire keeps "told Reuters" (§2), and a platform publishes nothing.
_NEVER_OWN = ("news_agency", "platform")


def own_by_its_phrases(text: str, patterns: list[str], lex: Lexicon) -> str:
    """The one outlet (not a news agency) that phrases only an article's own publisher writes name ("did not respond to
    CNN's request for comment", "Sky News understands"; ``own_patterns``), else ''."""
    found: set[str] = set()
    for pattern in patterns:
        compiled = compile_pattern(pattern)
        for a, b in find_spans(compiled, text):  # (timed: a hostile pattern ends in PatternTimeout, never a hang)
            m = compiled.match(text, a, b)
            if m is None:
                continue
            sent = _Sentence(text, m.start("outlet"), m.end("outlet"), lex)
            mentions = sent.mentions
            if mentions and mentions[-1].j == len(sent.tokens) \
                    and lex.outlet_types.get(mentions[-1].outlet) not in _NEVER_OWN:
                found.add(mentions[-1].outlet)  # the name right before the phrase
    return found.pop() if len(found) == 1 else ""


def own_by_its_reporting(text: str, pieces: list[_Piece], lex: Lexicon) -> str:
    """The article's own publisher when no byline names it: the one outlet (not a news agency, whose wires keep
    "told Reuters", nor a platform) that some cue names through the article's own reporting («وأفاد مراسل
    الجزيرة», «وعلمت «الشروق»», "Middle East Eye has learned") and that never reports in the third person; else ''."""
    words = frozenset().union(*(cues.own_reporting_words for cues in lex.languages.values()))
    if not words:
        return ""
    own: dict[str, bool] = {}
    for piece in pieces:
        att = piece.att
        if not att.outlet or lex.outlet_types.get(att.outlet) in _NEVER_OWN or att.cue_start < 0:
            continue
        if any(v in words for token in tokenize(text[att.cue_start : att.cue_end]) for v in clitic_variants(token.key)):
            own.setdefault(att.outlet, True)
        elif att.speaker_type == "outlet":
            own[att.outlet] = False  # "X reported": a source the article cites
    found = [outlet for outlet, ok in own.items() if ok]
    return found[0] if len(found) == 1 else ""


def own_by_its_interviews(text: str, pieces: list[_Piece], lex: Lexicon) -> str:
    """The article's own publisher when nothing else names it: the one outlet (not a news agency nor a platform) that
    the article's speakers talk to ("told The National", "Speaking to Al Jazeera", «قال لـ«العربي الجديد»») in at
    least ``_INTERVIEWS`` passages (or in one that its speaker goes on from, ``_INTERVIEW_PASSAGES`` passages in all)
    and that no cue names as its subject (it reports, relays or describes in the third person); a speaker going on
    from such a passage ("he added") counts as one talking to it; else ''."""
    talked: dict[str, int] = {}
    addressed: dict[str, int] = {}
    cited: set[str] = set()
    for piece in pieces:
        att = piece.att
        if not att.outlet or lex.outlet_types.get(att.outlet) in _NEVER_OWN:
            continue
        if not att.addressed and (att.speaker_type == "outlet" or _relayed_by_outlet(att, lex) or _names_it(text, att, lex)):
            cited.add(att.outlet)  # "X reported", "X quoted", «زعمت القناة … بحسب ما نقلت عن مصدر»: X as a subject
        else:  # spoken to, or a speaker going on ("he added")
            talked[att.outlet] = talked.get(att.outlet, 0) + 1
            addressed[att.outlet] = addressed.get(att.outlet, 0) + att.addressed
    found = [outlet for outlet, n in talked.items() if outlet not in cited
             and (addressed[outlet] >= _INTERVIEWS or (addressed[outlet] and n >= _INTERVIEW_PASSAGES))]
    return found[0] if len(found) == 1 and len(set(talked) - cited) == 1 else ""


# Two passages spoken to the outlet, or one with its speaker going on for three passages in all: one "told Axios"
# and "The aide added" is as often another outlet's interview the article cites.
_INTERVIEWS = 2
_INTERVIEW_PASSAGES = 3


def _names_it(text: str, att: Attribution, lex: Lexicon) -> bool:
    """The passage's cue names its outlet (not as the one spoken to: ``att.addressed`` says that)."""
    return att.cue_start >= 0 and any(m.outlet == att.outlet
                                      for m in _Sentence(text, att.cue_start, att.cue_end, lex).mentions)


def without_outlet(piece: _Piece, own: str) -> _Piece:
    """``piece`` with the article's own publisher taken out: no outlet, and the publisher speaking is narration."""
    att = piece.att
    if att.outlet != own:
        return piece
    return replace(piece, att=_narration() if att.speaker_type == "outlet" else replace(att, outlet=""))
