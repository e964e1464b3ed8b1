"""Refusals to comment: "The ministry declined to comment", "The prime minister's office did not respond to a
request for comment", «ولم يعلق الجيش على التقرير», «ورفضت الوزارة التعليق». A refusal is the body's answer, so
the sentence is its subject speaking, typed as that subject, with no outlet (docs/attribution.md §3, stances).

The phrases come from the config (``refusal_phrases``; ``refusal_verbs`` with ``refusal_objects`` after the
subject); a refusal is read only in a sentence with no other cue, and only when its subject opens the sentence
or follows one opening phrase ("On Monday, the ministry declined to comment"); a long one stays narration.
"""

from __future__ import annotations

from framing.attribution.cues import _CONJ
from framing.attribution.sentence import Attribution, _Sentence, _set_speaker
from framing.attribution.speakers import _Cue
from framing.attribution.subjects import _speaker_before
from framing.text import clitic_variants


def refusal(sent: _Sentence) -> _Cue | None:
    """The cue of a refusal to comment in ``sent``, its subject as the speaker; None when there is none."""
    cues, tokens = sent.cues, sent.tokens
    for p in range(len(tokens)):
        phrase = _refusal_at(sent, p)
        verb = phrase is None and any(v in cues.refusal_verbs for v in clitic_variants(tokens[p].key))
        if phrase is None and not verb:
            continue
        start = _opening(sent, p)
        if start is None:
            return None
        if cues.subject_after_verb:  # «ولم يعلق الجيش على …»: the subject follows, then what was not commented on
            # (an object is needed: without one, «لم يعلق» may be the passive "was not suspended")
            return _subject_after(sent, start, p, p + len(phrase or (tokens[p].key,)))
        if verb:
            continue
        cue = _Cue(first=sent.clause_start(p), last=p + len(phrase), attribution=Attribution(kind="indirect"))
        if start == p or not _speaker_before(sent, p, start, cue):
            return None
        return cue  # (its first word opens the clause: "but" too, so that a long lead-in before it is narration)
    return None


def _refusal_at(sent: _Sentence, p: int) -> tuple[str, ...] | None:
    """The refusal phrase starting at token p, a conjunction on its first word allowed (also on a short one: «ولم»)."""
    tokens = sent.tokens
    key = tokens[p].key
    firsts = {key, key[1:]} if len(key) > 1 and key[0] in _CONJ else {key}
    for phrase in sent.cues.refusal_phrases:
        if phrase[0] in firsts and p + len(phrase) <= len(tokens) \
                and all(tokens[p + k].key == phrase[k] for k in range(1, len(phrase))):
            return phrase
    return None


def _opening(sent: _Sentence, p: int) -> int | None:
    """The first token of the clause at token p, when that clause opens the sentence or follows one opening phrase
    ("In Beirut, …") or a relative clause on the subject ("Chevron, which operates the field, declined …"); its
    lead-in words («و», "But") skipped; None for a clause further in."""
    start = sent.clause_start(p)
    if start > 0 and sent.clause_start(start - 1) != 0:
        relative = sent.clause_start(start - 1)
        if sent.tokens[relative].key not in sent.cues.relative_pronouns or sent.clause_start(relative - 1) != 0:
            return None
        start = 0  # the subject stands before the relative clause
    while start < p and sent.tokens[start].key in sent.cues.lead_ins | sent.cues.clause_openers:
        start += 1
    return start


def _subject_after(sent: _Sentence, start: int, p: int, k: int) -> _Cue | None:
    """Verb-first order: the refusal at tokens [p, k) opens its clause, its subject follows, and one of the refusal
    objects right after the subject («رفضت الوزارة التعليق», «لم يعلق الجيش على …»)."""
    if p != start:
        return None
    limit = sent.lex.config.attribution.speaker_max_words
    end = next((q for q in range(k + 1, min(k + limit + 2, len(sent.tokens))) if sent.boundary_before(q)
                or any(v in sent.cues.refusal_objects for v in clitic_variants(sent.tokens[q].key))), None)
    if end is None or sent.boundary_before(end):
        return None
    while end > k + 1 and sent.tokens[end - 1].key in sent.cues.stops:
        end -= 1  # «امتنع المتحدث | عن التعليق»
    if end <= k:
        return None
    cue = _Cue(first=start, last=end, attribution=Attribution(kind="indirect"))
    _set_speaker(cue.attribution, sent, k, end)
    return cue
