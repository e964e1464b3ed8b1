"""Passives: relays ("a senior official was quoted by the newspaper as saying" — the outlet is the agent of a
transmitting verb, the subject is the speaker, and the outlet carries the passage) and reports with an agent
("the deal was first reported by Corriere della Sera" — the agent speaks)."""

from __future__ import annotations

from dataclasses import replace

from framing.attribution.sentence import _outlet_speaker, _Sentence, _set_speaker
from framing.attribution.addressees import _qualifiers_only
from framing.attribution.mentions import _Mention
from framing.attribution.speakers import _Cue
from framing.attribution.subjects import _speaker_before


def _agent(sent: _Sentence, k: int) -> tuple[int, _Mention | None, tuple[str, ...] | None]:
    """The agent after "by" at token k: where it starts, the outlet named there (past qualifiers: "by the
    state-run Anadolu Agency") or else the continuation noun there ("by the paper"), either None."""
    tokens = sent.tokens
    named = next((m for m in range(k + 1, min(k + 5, len(tokens))) if m in sent.mention_at), None)
    if k not in sent.mention_at and named is not None and _qualifiers_only(sent, k, named):
        k = named
    mention = sent.mention_at.get(k)
    phrase = None if mention is not None else sent.phrase_at(k, [p for p, _ in sent.cues.continuation])
    return k, mention, phrase


def passive_relay(sent: _Sentence, v: int, first: int, cue: _Cue) -> _Cue | None:
    """``cue`` filled in, when verb v is a passive transmitting verb with an outlet (or a continuation noun) as agent."""
    cues, tokens = sent.cues, sent.tokens
    if v - 1 <= first or tokens[v - 1].key not in cues.passive_markers:
        return None
    k = v + 1
    if k >= len(tokens) or tokens[k].key not in cues.agent_markers:
        return None
    k, mention, phrase = _agent(sent, k + 1)
    end = mention.j if mention is not None else k + len(phrase or ())

    def words_follow(e: int) -> bool:  # "as saying", "that" after the agent
        return e + 1 < len(tokens) and sent.verb_at(e + 1) is not None or e < len(tokens) and sent.is_complementizer(e)

    if mention is not None and end < len(tokens) and not words_follow(end):
        end = sent.after_parenthesis(end) or end  # "by the Middle East News Agency (MENA) as saying"
    if mention is None and phrase is None or not words_follow(end):
        return None  # no reported words after it ("as saying", "that"): not a relay
    relay = replace(cue, attribution=replace(cue.attribution))
    if not _speaker_before(sent, v - 1, first, relay) or relay.attribution.outlet or relay.anaphor:
        return None  # the subject must be a person or body, not itself an outlet
    if mention is not None:
        relay.attribution.outlet = mention.outlet
    else:
        relay.anaphor = dict(cues.continuation)[phrase]
    relay.last = end + 2 if end + 1 < len(tokens) and sent.verb_at(end + 1) else end  # after "as saying"
    return relay


def passive_marker(sent: _Sentence, v: int, first: int) -> int | None:
    """Where the passive marker of verb v stands ("was", "has been"), with at most two of ``passive_adverbs``
    between them ("was first reported", "has also been widely reported"), or None."""
    cues, tokens = sent.cues, sent.tokens
    for k in range(v - 1, max(first, v - 3) - 1, -1):
        if tokens[k].key in cues.passive_markers:
            return k
        if tokens[k].key not in cues.passive_adverbs or sent.boundary_before(k + 1):
            return None
    return None


def passive_agent(sent: _Sentence, v: int, first: int, cue: _Cue) -> _Cue | None:
    """``cue`` filled in, when verb v is a passive reporting verb with its agent after "by": an outlet ("was first
    reported by Corriere della Sera"), a noun pointing back to one ("by the paper") or a source phrase; the agent
    speaks. None when the verb is no passive or has no agent."""
    cues, tokens = sent.cues, sent.tokens
    marker = passive_marker(sent, v, first)
    k = v + 1
    if marker is None or k >= len(tokens) or tokens[k].key not in cues.agent_markers:
        return None
    k, mention, phrase = _agent(sent, k + 1)
    found = replace(cue, attribution=replace(cue.attribution), first=marker)
    att = found.attribution
    if mention is not None:
        att.outlet = mention.outlet
        att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(sent.lex, mention.outlet, mention.name)
        found.last = mention.j
    elif phrase is not None:
        found.anaphor = dict(cues.continuation)[phrase]
        found.last = k + len(phrase)
    else:
        end = sent.noun_phrase(k, limit=sent.lex.config.attribution.speaker_max_words)
        if end <= k:
            return None
        _set_speaker(att, sent, k, end)
        found.last = end
    return found
