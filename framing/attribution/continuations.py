"""Nouns that point back to an outlet named before, as the subject of a verb: "the newspaper", "the Israeli daily",
"the agency, which is close to the Guards," (English order), «وكانت الصحيفة الأميركية قد نقلت» (a fronted subject
before «قد»), but not another body's ("the refugee agency", "the UN's agency") nor a name ("the International Crisis
Group")."""

from __future__ import annotations

from framing.attribution.cues import _phrase_at, is_nisba, known_speakers
from framing.attribution.kinds import _is
from framing.attribution.sentence import _Sentence


def _continuation_ending_at(sent: _Sentence, v: int, first: int) -> tuple[int, tuple[str, ...]] | None:
    """(start, types) of a continuation noun phrase ending right before token v: "the newspaper", and
    with up to two modifiers after its determiner when that opens the subject: "the Israeli daily", "the news outlet"
    (not "IRNA, the official news agency, said", an apposition)."""
    found = _continuation_phrase(sent, v, first)
    if found is not None and known_speakers(sent.lex, sent.tokens[found[0]:v]):
        return None  # "The International Crisis Group said": a name, not a noun pointing back
    return found


def _continuation_before_verb(sent: _Sentence, v: int) -> tuple[int, tuple[str, ...]] | None:
    """Verb-first languages: (start, types) of a continuation noun and its adjectives right before «قد» and the
    verb at v («وكانت الصحيفة الأميركية قد نقلت»), not the object of a verb before it."""
    if not sent.cues.subject_after_verb or v < 2 or sent.tokens[v - 1].key not in sent.cues.lead_ins:
        return None
    end = v - 1
    apposition = apposition_before(sent, end)  # «وكانت الوكالة، في تقرير سابق، قد أشارت»
    if apposition is not None:
        end = apposition
    while end > 0 and is_nisba(sent.tokens[end - 1].key) and (end == apposition or not sent.boundary_before(end)):
        end -= 1
    first = sent.clause_start(end if apposition is None else end - 1)
    found = _continuation_phrase(sent, end, first)
    if found is None or (found[0] > 0 and sent.verb_at(found[0] - 1)):
        return None
    if found[0] > first and not _opens_a_subject(sent, found[0] - 1):
        return None  # «وكان مدير الوكالة قد قال»: the noun is the genitive of another, not the subject
    return found


_APPOSITION_WORDS = 6  # longest comma-set apposition between a fronted subject and «قد»


def apposition_before(sent: _Sentence, end: int) -> int | None:
    """The first token of a comma-set apposition right before token ``end`` («…، ومقرها لندن، قد قالت»): a phrase of
    at most six words between two commas, with no verb of saying, complementizer, clause opener or according-to
    phrase; None if none."""
    if end < 2 or not sent.comma_before(end):
        return None
    p = end - 1
    while end - p <= _APPOSITION_WORDS:
        verb = sent.verb_at(p) and not (p > 0 and sent.tokens[p - 1].key in sent.cues.verbal_noun_markers)  # «عدم كشف»
        if verb or sent.is_complementizer(p) or sent.tokens[p].key in sent.cues.clause_openers \
                or sent.phrase_at(p, sent.cues.according_to):  # «، بحسب مصادر أمنية،»: a source, no apposition
            return None
        if sent.boundary_before(p):
            return p if p > 0 and sent.comma_before(p) else None
        p -= 1
    return None


def _opens_a_subject(sent: _Sentence, k: int) -> bool:
    """Whether token k may stand right before a fronted subject: an auxiliary («وكانت»), a complementizer, a
    clause opener or a lead-in."""
    key = sent.tokens[k].key
    cues = sent.cues
    return sent.is_complementizer(k) or key in cues.clause_openers or key in cues.lead_ins \
        or _is(sent, k, cues.subject_auxiliaries)


def _continuation_phrase(sent: _Sentence, v: int, first: int) -> tuple[int, tuple[str, ...]] | None:
    cues = sent.cues
    for phrase, types in cues.continuation:
        start = v - len(phrase)
        if start >= first and _phrase_at(sent.tokens, start, phrase) is not None:
            return start, types
    for phrase, types in cues.continuation:
        if len(phrase) < 2 or phrase[0] not in cues.demonstratives:
            continue
        rest = v - (len(phrase) - 1)
        if rest <= first or _phrase_at(sent.tokens, rest, phrase[1:], clitics=False) is None:
            continue
        for start in range(rest - 2, rest - 4, -1):
            if start >= first and sent.tokens[start].key == phrase[0] \
                    and all(sent.tokens[k].key in cues.lead_ins for k in range(first, start)) \
                    and not any(sent.tokens[k].key in cues.stops or k in sent.mention_at or _not_media(sent, k)
                                for k in range(start + 1, rest)):
                return start, types  # (not "the BBC news website": a named outlet's own site)
    return None


def _not_media(sent: _Sentence, k: int) -> bool:
    """Whether token k, a modifier before a continuation noun, makes the noun another body's: an owner ("the UN's
    agency") or a word of ``non_media_qualifiers`` ("the refugee agency", "the nuclear agency")."""
    key = sent.tokens[k].key
    return key.endswith(sent.cues.possessive_endings) or key in sent.cues.non_media_qualifiers
