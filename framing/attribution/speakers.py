"""Finding the source around a cue word: the subject before or after the verb, an addressee or
channel ("told Reuters", «على منصة إكس»), a relayed source («عن مصدر مطلع», "citing two sources"),
and a continuation noun («الصحيفة», "the agency") left for resolution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from framing.attribution.cues import _CONJ, _Mention, _addressee_prefix, _is_nisba, _phrase_at, _stem
from framing.attribution.references import report_by, source_reference, take_reference, take_report
from framing.attribution.sentence import Attribution, _Sentence, _clean_name, _outlet_speaker, _set_speaker, _speaker_of
from framing.text import clitic_variants


_OPEN_QUOTE = re.compile(r"^\s*[:：]?\s*[«“\"]")


@dataclass
class _Cue:
    """A cue found in a sentence, before continuations are resolved."""

    first: int  # first token of the cue (incl. و/كما/أما and "according to")
    last: int  # token after the cue phrase (subject, addressee, nested source)
    attribution: Attribution
    anaphor: tuple[str, ...] | None = None  # continuation noun types, e.g. ('newspaper',)
    anaphor_stems: frozenset[str] = frozenset()  # definite speaker phrase: «الدبلوماسيون»
    unresolved: Attribution | None = None  # «التلفزيون الرسمي السوري» when no earlier broadcaster is meant
    named: bool = False  # the unresolved reading is a full name («الوكالة الوطنية للإعلام»): use it
    continues: bool = False
    rebuts: bool = False  # the verb denies what its object reports: that outlet neither carries nor hears it
    content_follows: bool = True


def _nested_speaker(sent: _Sentence, k: int, att: Attribution) -> int:
    """After a transmitting verb's subject: «عن مصدر مطلع» / "citing two sources" sets the speaker."""
    limit = sent.lex.config.attribution.speaker_max_words
    for j in range(k, min(k + 4, len(sent.tokens))):
        if sent.is_complementizer(j) or (j > k and sent.verb_at(j)):
            break
        if sent.tokens[j].key in sent.cues.nested:
            end = sent.noun_phrase(j + 1, limit=limit)
            if end > j + 1:
                _set_speaker(att, sent, j + 1, end)
                return end
    return k


def _channel_or_addressee(sent: _Sentence, k: int, att: Attribution, *, object_is_addressee: bool = False) -> int:
    """An outlet right after the subject as addressee («لوكالة رويترز», "told Reuters") or channel («على منصة إكس»)."""
    cues = sent.cues
    for j in range(k, min(k + 5, len(sent.tokens))):
        mention = sent.mention_at.get(j)
        if mention is not None:
            if _addressee_prefix(mention.prefix, cues) or (j > 0 and sent.tokens[j - 1].key in cues.addressee) \
                    or (object_is_addressee and (j == k or (j == k + 1 and sent.tokens[k].key in cues.demonstratives))):
                att.outlet = mention.outlet
                return mention.j
            return k
        key = sent.tokens[j].key
        if key in cues.channel and j + 1 < len(sent.tokens):
            nxt = sent.mention_at.get(j + 1)
            if nxt is None and j + 2 < len(sent.tokens):
                nxt = sent.mention_at.get(j + 2)  # «على منصة «إكس»» when منصة is not a type noun
            if nxt is not None and sent.lex.outlet_types.get(nxt.outlet) == "platform":
                att.outlet = nxt.outlet
                return nxt.j
        if sent.is_complementizer(j):
            return k
    return k


def _subject_before_verb(sent: _Sentence, v: int) -> int | None:
    """Start of a speaker phrase between a particle («أن», «إن», «لكن») and the verb, when it names a source.

    Only phrases that are clearly sources count (an anonymous source, a known speaker, an organization):
    a word order this free would otherwise take objects for subjects.
    """
    start = v
    while start > 0 and v - start < 4 and not sent.boundary_before(start):
        prev = sent.tokens[start - 1]
        if sent.is_complementizer(start - 1) or prev.key in sent.cues.clause_openers:
            break
        if sent.verb_at(start - 1):
            return None
        start -= 1
    if start == v or start == 0 or sent.boundary_before(start):
        return None
    if not (sent.is_complementizer(start - 1) or sent.tokens[start - 1].key in sent.cues.clause_openers):
        return None
    name, speaker_type, _stems = _speaker_of(sent, start, v)
    if speaker_type == "official" and not sent.known_speaker(start, v):
        return None
    return start


def _outlet_before_verb(sent: _Sentence, v: int) -> _Mention | None:
    """An outlet named right before the verb, or before «قد» + verb, as its subject (not as an addressee)."""
    end = v - 1 if v > 0 and sent.tokens[v - 1].key in sent.cues.lead_ins else v
    if end <= 0 or sent.boundary_before(end):
        return None
    mention = sent.mention_ending.get(end) or _outlet_opening_clause(sent, end)
    if mention is None or _addressee_prefix(mention.prefix, sent.cues) or sent.verb_at(max(mention.i - 1, 0)):
        return None
    return mention


def _outlet_opening_clause(sent: _Sentence, end: int) -> _Mention | None:
    """An outlet that opens the clause, its description running up to the verb at ``end``:
    «وكالة «تسنيم» المقربة من الحرس الثوري وصفت …» (no verb or clause boundary in between)."""
    start = sent.clause_start(end)
    k = start
    while k < end and sent.tokens[k].key in sent.cues.lead_ins:
        k += 1
    mention = sent.mention_at.get(k)
    if mention is None or mention.j >= end or end - mention.j > sent.lex.config.attribution.speaker_max_words:
        return None
    if sent.tokens[mention.j].key[:1] in _CONJ or any(sent.verb_at(j) or sent.is_complementizer(j) for j in range(mention.j, end)):
        return None  # «رويترز وطهران … قالت»: one of several subjects
    return mention


def _inverted_subject(sent: _Sentence, k: int) -> bool:
    """English "…, said Ali Vaez." : a name after the verb that ends the sentence or its clause."""
    if k >= len(sent.tokens) or (sent.tokens[k].key in sent.cues.pronouns):
        return k < len(sent.tokens)
    end = sent.noun_phrase(k, limit=sent.lex.config.attribution.speaker_max_words)
    return end == len(sent.tokens) or sent.boundary_before(end) if end > k else False


def _sentence_channel(sent: _Sentence) -> str:
    """An outlet named as the channel anywhere in the sentence: "in an interview with CNN", «على منصة «إكس»»."""
    cues = sent.cues
    for j in range(len(sent.tokens)):
        phrase = sent.phrase_at(j, cues.channel_phrases)
        if phrase is None:
            continue
        k = j + len(phrase)
        if k < len(sent.tokens) and k not in sent.mention_at and sent.tokens[k].key in cues.demonstratives:
            k += 1
        mention = sent.mention_at.get(k) or (sent.mention_at.get(k + 1) if len(phrase) == 1 else None)
        if mention is None:
            continue
        if len(phrase) > 1 or sent.lex.outlet_types.get(mention.outlet) == "platform":
            return mention.outlet
    return ""


def _content_follows(sent: _Sentence, k: int) -> bool:
    """Whether reported content comes after token k (complementizer, colon, quote or many words)."""
    if k >= len(sent.tokens):
        return False
    if _OPEN_QUOTE.match(sent.gap(k)) or ":" in sent.gap(k) or sent.is_complementizer(k):
        return True
    return len(sent.tokens) - k >= 4


def _speaker_after(sent: _Sentence, k: int, cue: _Cue, lemma_transmits: bool) -> None:
    """Fill the cue's source from the words after a verb (Arabic order, or "said X")."""
    lex, cues, att = sent.lex, sent.cues, cue.attribution
    limit = lex.config.attribution.speaker_max_words
    reference = source_reference(sent, k)
    if reference is not None:  # «وقالت مصادر الموقع»
        cue.anaphor = take_reference(sent, k, reference, att)
        cue.last = reference.end
        return
    report = report_by(sent, k)
    if report is not None:  # «وأفاد تقرير لموقع «أكسيوس»», «وأظهرت بيانات جمعتها «رويترز»»
        cue.last = take_report(sent, report, att)
        return
    mention = sent.mention_at.get(k)
    if mention is not None and not _addressee_prefix(mention.prefix, cues):
        att.outlet = mention.outlet
        att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(lex, mention.outlet)
        k = mention.j
        # adjectives after the name («الإسرائيلية», «الرسمية») before «عن»
        if lemma_transmits:
            k = _nested_speaker(sent, k, att)
        cue.last = k
        return
    anaphor = sent.phrase_at(k, [p for p, _ in cues.continuation])
    demonstrative = k < len(sent.tokens) and sent.tokens[k].key in cues.demonstratives
    if anaphor is None and demonstrative:
        anaphor = sent.phrase_at(k + 1, [p for p, _ in cues.continuation])
        if anaphor is not None:
            k += 1
    if anaphor is not None:
        cue.anaphor = dict(cues.continuation)[anaphor]
        k += len(anaphor)
        qualified = k
        while qualified < len(sent.tokens) and _is_nisba(sent.tokens[qualified].key) and not sent.boundary_before(qualified):
            qualified += 1
        named = qualified < len(sent.tokens) and sent.tokens[qualified].key.startswith("لل")
        if named:  # «الوكالة الوطنية للإعلام», «الوكالة العربية السورية للأنباء»: a full name, not "the agency"
            qualified += 1
        if qualified > k:  # a described outlet: used when no earlier source of that type is meant
            cue.unresolved = replace(att, speaker=_clean_name(sent.surface(k - len(anaphor), qualified)),
                                     speaker_type="outlet", source_type=cue.anaphor[0])
            k = qualified
            cue.named = named  # nothing earlier can be meant: always the named outlet
        if lemma_transmits:
            k = _nested_speaker(sent, k, att)
        cue.last = k
        return
    end = sent.noun_phrase(k, limit=limit)
    if end > k and end < len(sent.tokens) and any(v in cues.documents for v in clitic_variants(sent.tokens[end - 1].key)) \
            and sent.tokens[end].key.startswith("ل"):
        owner_end = sent.noun_phrase(end + 1, limit=limit)
        owner_end = max(owner_end, end + 1)
        while owner_end < len(sent.tokens) and _is_nisba(sent.tokens[owner_end].key) and not sent.boundary_before(owner_end):
            owner_end += 1
        name, stype, stems = _speaker_of(sent, end, owner_end)
        surface = sent.surface(end, owner_end)
        owner = clitic_variants(sent.tokens[end].key)
        if name == _clean_name(surface) and len(owner) > 1:  # drop the ل of «للرئاسة»
            name = "ال" + name[2:] if name.startswith("لل") else name[1:]
        att.speaker = name
        att.speaker_type, att.speaker_stems = (stype if stype != "official" else "organization"), stems
        cue.last = owner_end
        return
    if end > k:
        _set_speaker(att, sent, k, end)
        first = sent.tokens[k].key
        if demonstrative or (first.startswith("ال") and att.speaker_type == "anonymous") or first == "the":
            cue.anaphor_stems = att.speaker_stems
        k = end
    else:
        att.pronoun = True
    k = _channel_or_addressee(sent, k, att)
    if lemma_transmits:
        k = _nested_speaker(sent, k, att)
    cue.last = k


def _speaker_before(sent: _Sentence, v: int, first: int, cue: _Cue) -> bool:
    """English order, and Arabic «أما X فقال»: the source stands before the verb."""
    lex, att = sent.lex, cue.attribution
    v = _before_adverbs(sent, v, first)
    if v == first:
        return False
    mention = sent.mention_ending_at(v, first)
    if mention is None and sent.lang == "ar":  # «أما وزير الخارجية ماركو روبيو، فقال»
        end = min(v, first + lex.config.attribution.speaker_max_words)
        mention = sent.mention_at.get(first)
        if mention is None:
            _set_speaker(att, sent, first, end)
            return True
    if mention is not None:
        att.outlet = mention.outlet
        att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(lex, mention.outlet)
        cue.first = min(cue.first, mention.i)
        return True
    for start in range(first, v):  # "the agency's sources said", "its sources said", "a Reuters report said"
        reference = source_reference(sent, start)
        if reference is not None and reference.end == v:
            cue.anaphor = take_reference(sent, start, reference, att)
            cue.first = min(cue.first, start)
            return True
        report = report_by(sent, start)
        if report is not None and report.end == v:
            take_report(sent, report, att)
            cue.first = min(cue.first, start)
            return True
        if sent.tokens[start].key not in sent.cues.lead_ins:
            break
    anaphor = _continuation_ending_at(sent, v, first)
    if anaphor is not None:
        cue.anaphor = anaphor[1]
        cue.first = min(cue.first, anaphor[0])
        return True
    # a noun phrase back to the clause boundary
    start = v
    limit = lex.config.attribution.speaker_max_words
    while start > first and v - start < limit and not sent.boundary_before(start):
        key = sent.tokens[start - 1].key
        if sent.is_complementizer(start - 1) or key in sent.cues.clause_openers or sent.verb_at(start - 1):
            break
        start -= 1
    if start == v:
        return _fronted_citing(sent, v, first, cue) or _before_apposition(sent, v, first, cue)
    if v - start == 1 and sent.tokens[start].key in sent.cues.pronouns:  # "he said"
        att.pronoun = True
        cue.first = min(cue.first, start)
        return True
    _set_speaker(att, sent, start, v)
    _refer_back(sent, start, v, cue)  # "the diplomat", "one of the sources"
    cue.first = min(cue.first, start)
    return True


def _leading_citing(sent: _Sentence, first: int, cue: _Cue) -> None:
    """"Citing unnamed officials, The Washington Post said": the relayed source in a clause before the outlet."""
    att, cues = cue.attribution, sent.cues
    k = first
    while k < cue.first and sent.tokens[k].key in cues.lead_ins:
        k += 1
    if k >= cue.first or sent.tokens[k].key not in cues.nested or att.speaker_type != "outlet":
        return
    end = sent.noun_phrase(k + 1, limit=sent.lex.config.attribution.speaker_max_words)
    if not k + 1 < end <= cue.first:
        return
    _name, speaker_type, _stems = _speaker_of(sent, k + 1, end)
    if speaker_type != "official" or sent.known_speaker(k + 1, end):  # not "citing the figures"
        _set_speaker(att, sent, k + 1, end)
        cue.first = first


def _before_adverbs(sent: _Sentence, v: int, first: int) -> int:
    """The end of the subject before verb v: "the site also said", "the report further noted"
    (lead-in words that stand between subject and verb, not those that open a clause like "and")."""
    cues = sent.cues
    while v > first and not sent.boundary_before(v) and sent.tokens[v - 1].key in cues.lead_ins \
            and sent.tokens[v - 1].key not in cues.clause_openers:
        v -= 1
    return v


def _continuation_ending_at(sent: _Sentence, v: int, first: int) -> tuple[int, tuple[str, ...]] | None:
    """(start, types) of a continuation noun phrase ending right before token v: "the newspaper", and
    with up to two modifiers after its determiner when that opens the subject: "the Israeli daily", "the news outlet"
    (not "IRNA, the official news agency, said", an apposition)."""
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
                    and not any(sent.tokens[k].key in cues.stops for k in range(start + 1, rest)):
                return start, types
    return None


def _before_apposition(sent: _Sentence, v: int, first: int, cue: _Cue) -> bool:
    """"Vice Adm. Daniel Harlow, commander of U.S. naval forces, said": the name before the apposition."""
    if re.search(r'["”»]', sent.gap(v)):
        return False  # '"…," said X': a quotation, not an apposition, stands before the verb
    k = v - 1 if v - 1 <= first else max(first, sent.clause_start(v - 1))  # back to the clause boundary
    if k <= first or v - k > 3 * sent.lex.config.attribution.speaker_max_words:  # "X, who declined to be named …, said"
        return False
    end = k
    start = end - 1
    while start > first and end - start < sent.lex.config.attribution.speaker_max_words and not sent.boundary_before(start):
        if sent.tokens[start - 1].key in sent.cues.clause_openers or sent.verb_at(start - 1):
            break
        start -= 1
    if start == end or (start > first and not sent.boundary_before(start)):
        return False
    att = cue.attribution
    mention = sent.mention_ending_at(end, start)
    mention = mention if mention is not None and _names_the_outlet(sent, start, mention.i) else None
    if mention is not None:
        att.outlet = mention.outlet
        att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(sent.lex, mention.outlet)
    else:
        _set_speaker(att, sent, start, end)
        _refer_back(sent, start, end, cue)  # "The aide, who asked not to be named, added"
    cue.first = min(cue.first, start)
    return True


def _names_the_outlet(sent: _Sentence, start: int, i: int) -> bool:
    """Whether the words from ``start`` to an outlet's name at token i only qualify it: determiners, an owner
    ("Iran's Tasnim news agency") and at most one other word ("the semi-official Tasnim"), not "the head of Reuters"."""
    cues = sent.cues
    others = [k for k in range(start, i)  # a hyphenated word ("semi-official") counts once
              if sent.tokens[k].key not in cues.demonstratives and not sent.tokens[k].key.endswith(tuple(cues.possessive_endings))
              and not (k > start and sent.gap(k) in "-‑–")]
    return len(others) <= 1


def _refer_back(sent: _Sentence, start: int, end: int, cue: _Cue) -> None:
    """A definite source ("the official", "one of the sources", "the aide") refers back to the one named before;
    a known speaker is named, not referred back to."""
    att = cue.attribution
    definite = any(t.key in sent.cues.demonstratives for t in sent.tokens[start:end])
    if definite and (att.speaker_type == "anonymous" or (  # "The aide, who asked not to be named, added"
            att.speaker_type == "official" and sent.tokens[start].key in sent.cues.demonstratives
            and not sent.known_speaker(start, end))):
        cues = sent.cues  # content words only: "the" or "of" shared with an earlier speaker refers to nothing
        cue.anaphor_stems = frozenset(
            _stem(v[-1]) for t in sent.tokens[start:end] if t.key not in cues.demonstratives and t.key not in cues.stops
            for v in (clitic_variants(t.key),))


def _fronted_citing(sent: _Sentence, v: int, first: int, cue: _Cue) -> bool:
    """"The Washington Post, citing U.S. officials, reported …": the source before an inserted citing clause."""
    cues, att = sent.cues, cue.attribution
    k = v - 1 if v - 1 <= first else max(first, sent.clause_start(v - 1))  # back to the clause boundary
    if k <= first or sent.tokens[k].key not in cues.nested:
        return False
    mention = sent.mention_ending_at(k, first)
    if mention is not None:
        att.outlet = mention.outlet
        cue.first = min(cue.first, mention.i)
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
    _set_speaker(att, sent, k + 1, max(end, k + 2))
    return True
