"""The source written before its verb (English order, and Arabic «أما X فقال»): an outlet, a continuation
noun ("the site also said", "the Israeli daily"), a reference to an outlet's sources or report, a person,
or a name before an inserted citing clause ("The Washington Post, citing U.S. officials, reported", "Citing unnamed
officials, …"); a name before an apposition is ``appositions``'."""

from __future__ import annotations

from framing.attribution.appositions import (
    _before_apposition,
    _inside_a_name,
    _named_after_its_clause,
    _names_the_outlet,
    _refer_back,
)
from framing.attribution.continuations import _continuation_ending_at
from framing.attribution.cues import _phrase_at
from framing.attribution.mentions import _Mention
from framing.attribution.references import report_by, source_reference, take_reference, take_report
from framing.attribution.sentence import _outlet_speaker, _Sentence, _set_speaker
from framing.attribution.speaker_types import _speaker_of
from framing.attribution.unlisted import (
    _NEWS_TYPES,
    _listed_outlet,
    outlet_named,
    unlisted_outlet_id,
)
from framing.attribution.relays import _evidence
from framing.attribution.speakers import _Cue


def _speaker_before(sent: _Sentence, v: int, first: int, cue: _Cue) -> bool:
    """English order, and Arabic «أما X فقال»: the source stands before the verb."""
    lex, att = sent.lex, cue.attribution
    v = _before_adverbs(sent, v, first)
    if v == first:
        return False
    mention = sent.mention_ending_at(v, first)
    inserted = _inserted_channel(sent, mention, first) if mention is not None else None
    if inserted is not None and mention is not None:  # "Lebanon's presidency, in a post on X, urged": X carries it
        start = max(first, sent.clause_start(inserted - 1))
        while start < inserted and sent.tokens[start].key in sent.cues.lead_ins:
            start += 1
        if start < inserted:
            _set_speaker(att, sent, start, inserted)
            att.outlet = mention.outlet
            cue.first = min(cue.first, start)
            return True
    if mention is None and sent.lang == "ar":  # «أما وزير الخارجية ماركو روبيو، فقال»
        end = min(v, first + lex.config.attribution.speaker_max_words)
        mention = sent.mention_at.get(first)
        if mention is None:
            _set_speaker(att, sent, first, end)
            return True
    if mention is not None:
        att.outlet = mention.outlet
        att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(lex, mention.outlet, mention.name)
        cue.first = min(cue.first, mention.i)
        return True
    for start in range(first, v):  # "the agency's sources said", "its sources said", "a Reuters report said"
        if _reference_subject(sent, start, v, cue):
            return True
        report = report_by(sent, start)
        if report is not None and report.end == v:
            take_report(sent, report, att)
            cue.first = min(cue.first, start)
            return True
        if sent.tokens[start].key not in sent.cues.lead_ins and sent.tokens[start].key not in sent.cues.report_determiners:
            break  # (past "and", "a", "the": "and an AFP correspondent said")
    anaphor = _continuation_ending_at(sent, v, first)
    if anaphor is not None:
        cue.anaphor = anaphor[1]
        cue.anaphor_text = sent.surface(anaphor[0], v)
        cue.first = min(cue.first, anaphor[0])
        return True
    # a noun phrase back to the clause boundary
    start = v
    limit = lex.config.attribution.speaker_max_words
    while start > first and v - start < limit and not sent.boundary_before(start):
        key = sent.tokens[start - 1].key
        if (sent.is_complementizer(start - 1) or key in sent.cues.clause_openers or sent.verb_at(start - 1)) \
                and not _inside_a_name(sent, start - 1):
            break
        start -= 1
    if start == v:
        if _fronted_citing(sent, v, first, cue) or _before_apposition(sent, v, first, cue):
            return True
        return _named_after_its_clause(sent, v, first, cue)
    relative = next((p for p in range(max(start - 1, first), v) if sent.tokens[p].key in sent.cues.relative_pronouns), None)
    if relative is not None and _relative_antecedent(sent, relative, first, cue):
        return True  # "Bloomberg, which first reported the cuts on Monday, …", "a diplomat who attended said"
    cues = sent.cues
    if v - start > 1 and not cues.subject_after_verb and sent.tokens[v - 1].key in cues.pronouns \
            and sent.tokens[v - 2].key not in cues.prepositions and sent.tokens[v - 2].key not in cues.stops \
            and not sent.tokens[v - 2].key.endswith(cues.participle_endings):
        start = v - 1  # "published what it said were photographs" (not "families living near it said")
    if any(_reference_subject(sent, at, v, cue) for at in (start, start + 1) if at < v):
        return True  # after a lead-in: "On the ground, Al Jazeera's correspondent in Marjayoun reported"
    if v - start == 1 and sent.tokens[start].key in sent.cues.pronouns:  # "he said"
        att.pronoun = True
        if sent.tokens[start].key in sent.cues.personal_pronouns:
            att.person = sent.tokens[start].surface
        att.impersonal = sent.tokens[start].key in sent.cues.impersonal_pronouns
        cue.first = min(cue.first, start)
        return True
    _set_speaker(att, sent, start, v)
    _refer_back(sent, start, v, cue)  # "the diplomat", "one of the sources"
    cue.first = min(cue.first, start)
    return True


def _reference_subject(sent: _Sentence, start: int, v: int, cue: _Cue) -> bool:
    """A reference to an outlet's sources or words from token ``start`` is the subject of the verb at v."""
    reference = source_reference(sent, start)
    if reference is None or not _ends_before(sent, reference.end, v):
        return False
    cue.anaphor = take_reference(sent, start, reference, cue.attribution)
    cue.first = min(cue.first, start)
    return True


def _ends_before(sent: _Sentence, end: int, v: int) -> bool:
    """A phrase ending at token ``end`` is the subject of the verb at v: it ends there, or a short place phrase
    stands between ("its correspondent in Turbat wrote")."""
    if end == v:
        return True
    if not end < v <= end + 4 or sent.tokens[end].key not in sent.cues.stops:
        return False
    return not any(sent.verb_at(k) or sent.boundary_before(k) for k in range(end, v))


def _relative_antecedent(sent: _Sentence, k: int, first: int, cue: _Cue) -> bool:
    """The subject of a verb whose subject is the relative pronoun at token k: the outlet or speaker phrase right
    before it, back to the clause boundary ("Bloomberg, which …", "a diplomat who …")."""
    att = cue.attribution
    mention = sent.mention_ending_at(k, first)
    if mention is not None and _names_the_outlet(sent, sent.clause_start(mention.i), mention.i):
        att.outlet = mention.outlet
        att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(sent.lex, mention.outlet, mention.name)
        cue.first = min(cue.first, mention.i)
        return True
    start = k
    limit = sent.lex.config.attribution.speaker_max_words
    while start > first and k - start < limit and not sent.boundary_before(start):
        if sent.verb_at(start - 1) or sent.is_complementizer(start - 1) or sent.tokens[start - 1].key in sent.cues.clause_openers:
            break
        start -= 1
    if start == k or not (start == first or sent.boundary_before(start)):
        return False
    _set_speaker(att, sent, start, k)
    _refer_back(sent, start, k, cue)
    cue.first = min(cue.first, start)
    return bool(att.speaker)


def _leading_citing(sent: _Sentence, first: int, cue: _Cue) -> None:
    """"Citing unnamed officials, The Washington Post said": the relayed source in a clause before the outlet."""
    att, cues = cue.attribution, sent.cues
    k = first
    while k < cue.first and sent.tokens[k].key in cues.lead_ins:
        k += 1
    if k >= cue.first or sent.tokens[k].key not in cues.nested or (att.speaker_type != "outlet" and not att.pronoun):
        return  # ("Citing a source in the ministry, it reported": the pronoun is resolved to the outlet later)
    end = sent.noun_phrase(k + 1, limit=sent.lex.config.attribution.speaker_max_words)
    if not k + 1 < end <= cue.first:
        return
    _name, speaker_type, _stems = _speaker_of(sent, k + 1, end)
    if speaker_type not in ("official", "narrator") or sent.known_speaker(k + 1, end):  # not "citing the figures"
        _set_speaker(att, sent, k + 1, end)
        cue.first = first


def _before_adverbs(sent: _Sentence, v: int, first: int) -> int:
    """The end of the subject before verb v: "the site also said", "the report further noted"
    (lead-in words that stand between subject and verb, not those that open a clause like "and")."""
    cues = sent.cues
    aspect = sent.aspect_before(v)  # "It goes on to | argue"
    v -= aspect if v - aspect >= first else 0
    while v > first and not sent.boundary_before(v) and sent.tokens[v - 1].key in cues.lead_ins \
            and sent.tokens[v - 1].key not in cues.clause_openers:
        v -= 1
    return v


def _inserted_channel(sent: _Sentence, mention: _Mention, first: int) -> int | None:
    """Where a comma-set phrase naming ``mention`` as the channel opens, right before the verb ("Lebanon's presidency,
    in a post on X, urged": at "in"), else None."""
    if not any(mention.i >= len(p) and sent.phrase_at(mention.i - len(p), [p]) is not None for p in sent.cues.channel_phrases):
        return None
    p = mention.i
    while p > first and not sent.boundary_before(p):
        p -= 1
    if p <= first or "," not in sent.gap(p) or mention.i - p > 5 or any(sent.verb_at(k) for k in range(p, mention.i)):
        return None
    return p


def _fronted_citing(sent: _Sentence, v: int, first: int, cue: _Cue) -> bool:
    """"The Washington Post, citing U.S. officials, reported …": the source before an inserted citing clause."""
    cues, att = sent.cues, cue.attribution
    k = v - 1 if v - 1 <= first else max(first, sent.clause_start(v - 1))  # back to the clause boundary
    if k <= first or sent.tokens[k].key not in cues.nested:
        return False
    mention = sent.mention_ending_at(k, first)
    named = outlet_named(sent, max(first, sent.clause_start(k - 1)), k) if mention is None else None
    if mention is not None:
        att.outlet = mention.outlet
        cue.first = min(cue.first, mention.i)
    elif named is not None and named[1] in _NEWS_TYPES:  # "The Times of Oman, citing a security source, reported"
        att.outlet = _listed_outlet(sent.lex, named[0]) or unlisted_outlet_id(named[0])
        att.outlet_name = "" if att.outlet in sent.lex.outlet_names else named[0]
    else:
        for phrase, types in cues.continuation:
            start = k - len(phrase)
            if start >= first and _phrase_at(sent.tokens, start, phrase) is not None:
                cue.anaphor = types
                cue.first = min(cue.first, start)
                break
        else:
            return False
    end = sent.noun_phrase(k + 1, limit=sent.lex.config.attribution.speaker_max_words)
    if att.outlet and _evidence(sent, k + 1, max(end, k + 2)):  # "citing documents it had seen": its own reporting
        if not att.speaker:
            att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(sent.lex, att.outlet)
    else:
        _set_speaker(att, sent, k + 1, max(end, k + 2))
    return True
