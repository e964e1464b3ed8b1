"""Finding the source around a cue word: the subject after the verb (Arabic order) or fronted, an addressee or
channel ("told Reuters", «على منصة إكس»), a relayed source (framing.attribution.relays),
and a continuation noun («الصحيفة», "the agency") left for resolution.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from framing.attribution.kinds import _is, typed_by_apposition
from framing.attribution.cues import _CONJ, _phrase_at, is_nisba
from framing.attribution.continuations import apposition_before
from framing.attribution.addressees import _addressee_window, _described_addressee, _qualifiers_only
from framing.attribution.mentions import _addressee_prefix, _Mention
from framing.attribution.references import report_by, source_reference, take_reference, take_report
from framing.attribution.relays import _evidence, _nested_speaker
from framing.attribution.sentence import Attribution, _name_outlet, _outlet_speaker, _Sentence, _set_speaker
from framing.attribution.speaker_types import _speaker_of
from framing.attribution.unlisted import _NEWS_TYPES, _clean_name, _listed_outlet, outlet_named, unlisted_outlet_id
from framing.model import UNLISTED_PREFIX
from framing.text import clitic_variants


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
    anaphor_whole: bool = False  # the earlier speaker must share every stem of ``anaphor_stems``
    anaphor_text: str = ""  # the continuation noun as written ("the group"): the speaker when it points to nothing
    continues: bool = False
    rebuts: bool = False  # the verb denies what its object reports: that outlet neither carries nor hears it
    content_follows: bool = True


def _channel_or_addressee(sent: _Sentence, k: int, att: Attribution, *, object_is_addressee: bool = False) -> int:
    """An outlet right after the subject as addressee («لوكالة رويترز», "told Reuters") or channel («على منصة إكس»)."""
    cues = sent.cues
    for j in range(k, _addressee_window(sent, k)):
        mention = sent.mention_at.get(j)
        if mention is not None:
            if _addressee_prefix(mention.prefix, cues) or (j > 0 and sent.tokens[j - 1].key in cues.addressee) \
                    or (object_is_addressee and _qualifiers_only(sent, k, j)):  # "told the state-run Anadolu news agency"
                att.outlet, att.addressed = mention.outlet, True
                return mention.j
            return k
        described = _described_addressee(sent, j)
        if described is not None:  # «لوكالة الأنباء اليمنية (سبأ) الرسمية»: the name after the description
            att.outlet, att.addressed = described.outlet, True
            return described.j
        addressed = sent.addressed_outlet(j)
        if addressed is not None and addressed[0] in _NEWS_TYPES:  # «وقال مسؤول لصحيفة «الخبر»»: an unlisted outlet
            a, b = sent.tokens[j + 1].start, sent.tokens[addressed[1] - 1].end
            name = _clean_name(sent.text[a:b])
            att.outlet = _listed_outlet(sent.lex, name) or unlisted_outlet_id(name)
            att.outlet_name = name if att.outlet.startswith(UNLISTED_PREFIX) else ""
            att.addressed = True
            return addressed[1]
        if (object_is_addressee and j == k) or (j > 0 and sent.tokens[j - 1].key in cues.addressee):
            named = _outlet_named_at(sent, j)  # "told Ennahar TV", "told the Kuwaiti daily Al-Qabas"
            if named is not None:
                att.outlet, att.outlet_name = named[0], named[1] if named[0].startswith(UNLISTED_PREFIX) else ""
                att.addressed = True
                return named[2]
        index = cues.continuation_index  # "told the channel", «وقال محتج للقناة»: the outlet named before
        for phrase, types in sorted((c for v in clitic_variants(sent.tokens[j].key) for c in index.get(v, ())),
                                    key=lambda c: -len(c[0])):
            prefix = _phrase_at(sent.tokens, j, phrase)
            types = tuple(t for t in types if t in _NEWS_TYPES)  # "told the agency": a news agency, not a UN one
            if prefix is not None and types and phrase[-1] not in cues.report_nouns \
                    and phrase[-1] not in cues.documents and (_addressee_prefix(prefix, cues) or (j == k and object_is_addressee)
                                       or (j > 0 and sent.tokens[j - 1].key in cues.addressee)):
                att.addressee = types
                return j + len(phrase)
        genre = next((g for g in cues.genre_nouns if _phrase_at(sent.tokens, j, g[0], clitics=False) is not None), None)
        if genre is not None and not att.outlet and att.speaker_type == "official" and att.speaker[:1].isupper() \
                and all(w[:1].isupper() for w in att.speaker.split()):
            _name_outlet(att, sent, att.speaker, genre[1])  # "Al-Rai said in an editorial": a paper speaks
            return k
        key = sent.tokens[j].key
        if key in cues.channel and j + 1 < len(sent.tokens):
            # «على منصة «إكس»» when منصة is not a type noun, «على حسابها في منصة «إكس»», "on his X account"
            nxt = next((sent.mention_at[m] for m in range(j + 1, min(j + 4, len(sent.tokens))) if m in sent.mention_at), None)
            if nxt is not None and sent.lex.outlet_types.get(nxt.outlet) == "platform":
                att.outlet = nxt.outlet
                return nxt.j
        if sent.is_complementizer(j):
            return k
    return k


def _subject_before_verb(sent: _Sentence, v: int) -> tuple[int, int] | None:
    """(start, end) of a speaker phrase between a particle («أن», «إن», «لكن») and the verb, when it names a
    source; a clause set off by commas between the phrase and the verb is skipped («غير أن مسؤولاً حكومياً، طلب
    عدم ذكر اسمه، قال …»).

    Only phrases that are clearly sources count (an anonymous source, a known speaker, an organization):
    a word order this free would otherwise take objects for subjects.
    """
    end = v
    if v > 1 and sent.comma_before(v):
        inserted = _inserted_clause_start(sent, v)
        if inserted is None:
            return None
        end = v = inserted
    start = v
    limit = sent.lex.config.attribution.speaker_max_words
    while start > 0 and v - start < limit and (start == end or not sent.boundary_before(start)):
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
    name, speaker_type, _stems = _speaker_of(sent, start, v, default="")
    if not speaker_type:  # neither a known speaker, nor anonymous, nor a body by its markers
        return None
    return start, end


def _inserted_clause_start(sent: _Sentence, v: int) -> int | None:
    """The start of a clause set off by commas that ends right before token v («، طلب عدم ذكر اسمه، قال»), at most
    ``speaker_max_words`` long and with no verb of its own (a verbal noun is none: «عدم ذكر»), else None."""
    limit = sent.lex.config.attribution.speaker_max_words
    opening = next((p for p in range(v - 1, max(v - limit, 0), -1) if sent.boundary_before(p)), None)
    if opening is None or not sent.comma_before(opening) or any(
            sent.verb_at(p) and sent.tokens[p - 1].key not in sent.cues.verbal_noun_markers for p in range(opening, v)):
        return None
    return opening


def _subject_after_auxiliary(sent: _Sentence, v: int) -> tuple[int, int] | None:
    """The speaker phrase between an auxiliary that opens the clause and «قد» + the verb («وكان وزير الخارجية قد
    قال»): (start, end) of the phrase."""
    cues = sent.cues
    end = v - 1
    if end < 2 or not cues.subject_auxiliaries or sent.tokens[end].key not in cues.lead_ins:
        return None
    apposition = apposition_before(sent, end)
    start = end
    if apposition is not None:  # «وكانت منظمة «القسط»، ومقرها لندن، قد وثّقت»: the subject stands before it
        end = apposition
        last = end - 1
        if _is(sent, last, cues.subject_auxiliaries) or sent.is_complementizer(last) or sent.verb_at(last):
            return None
        start = last
    limit = sent.lex.config.attribution.speaker_max_words
    while start > 0 and end - start < limit and not sent.boundary_before(start):
        if _is(sent, start - 1, cues.subject_auxiliaries):
            break
        if sent.is_complementizer(start - 1) or sent.tokens[start - 1].key in cues.clause_openers \
                or sent.verb_at(start - 1):
            return None
        start -= 1
    auxiliary = start - 1
    if start == end or auxiliary < 0 or not _is(sent, auxiliary, cues.subject_auxiliaries):
        return None
    if not (auxiliary == 0 or sent.boundary_before(auxiliary) or sent.is_complementizer(auxiliary - 1)
            or sent.tokens[auxiliary - 1].key in cues.clause_openers):
        return None  # the auxiliary opens its clause
    return start, end  # the order is unambiguous: the phrase is the subject, whatever it names


def _outlet_before_verb(sent: _Sentence, v: int) -> _Mention | None:
    """An outlet named right before the verb, or before «قد» + verb, or before a relative pronoun and the verb, as
    its subject (not as an addressee)."""
    end = v - 1 if v > 0 and sent.tokens[v - 1].key in sent.cues.lead_ins else v
    if end <= 0:
        return None
    relative = _relative_outlet(sent, end)
    if relative is not None and not _addressee_prefix(relative.prefix, sent.cues):
        return relative
    if sent.boundary_before(end):
        mention = _outlet_opening_clause(sent, end)  # only past an apposition
    else:
        mention = sent.mention_ending.get(end) or _outlet_opening_clause(sent, end)
    if mention is None or _addressee_prefix(mention.prefix, sent.cues) or sent.verb_at(max(mention.i - 1, 0)):
        return None
    return mention


def _relative_outlet(sent: _Sentence, v: int) -> _Mention | None:
    """The outlet a relative pronoun right before verb v stands for: «صحيفة «عكاظ» السعودية، التي وصفت …»
    (the outlet, its adjectives and a comma before the pronoun)."""
    r = v - 1
    if r < 1 or sent.tokens[r].key not in sent.cues.relative_pronouns:
        return None
    end = r
    while end > 0 and end not in sent.mention_ending and is_nisba(sent.tokens[end - 1].key) and r - end < 3:
        end -= 1
    return sent.mention_ending.get(end)


def _outlet_opening_clause(sent: _Sentence, end: int) -> _Mention | None:
    """An outlet that opens the clause, its description running up to the verb at ``end``:
    «وكالة «تسنيم» المقربة من الحرس الثوري وصفت …» (no verb or clause boundary in between)."""
    start = sent.clause_start(end)
    if start == end and start > 0 and sent.comma_before(end):
        apposition = sent.clause_start(start - 1)  # «وكالة «تسنيم» الإيرانية، المقربة من الحرس الثوري، نقلت»
        if apposition > 0 and end - apposition <= sent.lex.config.attribution.speaker_max_words \
                and not any(sent.verb_at(j) or sent.is_complementizer(j) for j in range(apposition, end)):
            start = sent.clause_start(apposition - 1)
    k = start
    while k < end and sent.tokens[k].key in sent.cues.lead_ins:
        k += 1
    # «لكن وكالة …», «غير أن موقع …», «وكانت صحيفة …»: a particle or auxiliary may open the clause
    k = next((m for m in range(k, min(k + 3, end)) if m in sent.mention_at), k)
    if any(sent.verb_at(m) for m in range(start, k)):
        return None
    mention = sent.mention_at.get(k)
    if mention is None or mention.j >= end or end - mention.j > 2 * sent.lex.config.attribution.speaker_max_words:
        return None
    if sent.tokens[mention.j].key[:1] in _CONJ or any(sent.verb_at(j) or sent.is_complementizer(j) for j in range(mention.j, end)):
        return None  # «رويترز وطهران … قالت»: one of several subjects
    return mention


def _inverted_subject(sent: _Sentence, k: int) -> bool:
    """English "…, said Ali Vaez." : a name after the verb that ends the sentence or its clause."""
    if k >= len(sent.tokens):
        return False
    if sent.tokens[k].key in sent.cues.pronouns:  # "…, said he." but not "and said they had been travelling"
        return k + 1 == len(sent.tokens) or sent.boundary_before(k + 1)
    limit = sent.lex.config.attribution.speaker_max_words
    end = sent.noun_phrase(k, limit=limit)
    if end <= k:
        return False
    if end < len(sent.tokens) and not sent.boundary_before(end) and sent.tokens[end].key in sent.cues.staff_links:
        # "…," said an oil analyst at a London-based consultancy.": the place or employer ends the clause
        close = next((p for p in range(end + 1, min(end + limit, len(sent.tokens))) if sent.boundary_before(p)),
                     len(sent.tokens) if len(sent.tokens) - end <= limit else None)
        if close is not None and not any(sent.verb_at(p) or sent.is_complementizer(p) for p in range(end, close)):
            return True
    if k >= 2 and any(c in sent.gap(k - 1) for c in ',"”»') \
            and any(sent.tokens[p].key in sent.cues.relative_pronouns and sent.tokens[p].surface.islower()
                    for p in range(k + 1, min(end + 1, len(sent.tokens)))):
        return True  # '"…," said a teacher who reached the town on Wednesday': a relative clause on the speaker
    return end == len(sent.tokens) or sent.boundary_before(end)


def _sentence_channel(sent: _Sentence) -> str:
    """An outlet named as the channel anywhere in the sentence: "in an interview with CNN", «على منصة «إكس»»."""
    cues = sent.cues
    said = False
    for j in range(len(sent.tokens)):
        carrier = sent.phrase_at(j, cues.carriers) if cues.carriers and not said else None
        said = said or sent.is_complementizer(j)  # a carrier named inside the reported words is none
        phrase = carrier or sent.phrase_at(j, cues.channel_phrases)
        if phrase is None:
            continue
        k = j + len(phrase)
        while carrier and k < len(sent.tokens) and k not in sent.mention_at and k - j - len(phrase) < 5 \
                and not sent.boundary_before(k):  # "carried by the state news agency SPA"
            k += 1
        if carrier and k in sent.mention_at:
            return sent.mention_at[k].outlet
        if carrier:  # "carried by the official Algeria Press Service (APS)": an outlet the config does not list
            named = _outlet_named_at(sent, j + len(phrase))
            if named is not None:
                return named[0]
            continue
        if k < len(sent.tokens) and k not in sent.mention_at and sent.tokens[k].key in cues.demonstratives:
            k += 1
        mention = sent.mention_at.get(k) or (sent.mention_at.get(k + 1) if len(phrase) == 1 else None)
        if mention is None:
            named = _outlet_named_at(sent, k) if len(phrase) > 1 else None  # "in an interview with Mosaique FM"
            if named is not None:
                return named[0]
            continue
        if len(phrase) > 1 or sent.lex.outlet_types.get(mention.outlet) == "platform":
            return mention.outlet
    return ""


def _of_the_outlet(sent: _Sentence, k: int) -> bool:
    """Whether token k is a report noun in the construct state, its owner next («تقرير الوكالة», «افتتاحية
    الصحيفة»): in languages that put the subject after the verb, the owner is who speaks."""
    cues = sent.cues
    return bool(cues.subject_after_verb) and k + 1 < len(sent.tokens) and not sent.boundary_before(k + 1) \
        and sent.tokens[k].key in cues.report_nouns


def _outlet_named_at(sent: _Sentence, j: int) -> tuple[str, str, int] | None:
    """(outlet id, name, end) of a news outlet named by capitalized words from token j, listed or not ("Ennahar
    TV", "the Kuwaiti daily Al-Qabas"), see ``outlet_named``."""
    end = sent.noun_phrase(j, limit=sent.lex.config.attribution.speaker_max_words)
    named = outlet_named(sent, j, end) if end > j else None
    if named is None or named[1] not in _NEWS_TYPES:
        return None
    outlet = _listed_outlet(sent.lex, named[0]) or unlisted_outlet_id(named[0])
    return (outlet, named[0], end) if outlet else None


def _qualified_mention(sent: _Sentence, k: int) -> _Mention | None:
    """An outlet named after a determiner, qualifiers and a type noun only ("the official IRNA news agency", "Iran's
    semi-official Tasnim", «مجلة «ذي إيكونوميست»»): the outlet is the source, as if named at ``k``."""
    cues, tokens = sent.cues, sent.tokens
    p = k
    while p < min(k + 5, len(tokens)) and p not in sent.mention_at and not (p > k and sent.boundary_before(p)) and (
            tokens[p].key in cues.demonstratives or tokens[p].key in cues.outlet_qualifiers or tokens[p].key in cues.type_words
            or (p == k and tokens[p].key.endswith(cues.possessive_endings))):
        p += 1
    return sent.mention_at.get(p) if p > k else None


def _speaker_after(sent: _Sentence, k: int, cue: _Cue, lemma_transmits: bool, markers: frozenset[str] = frozenset()) -> None:
    """Fill the cue's source from the words after a verb (Arabic order, or "said X")."""
    lex, cues, att = sent.lex, sent.cues, cue.attribution
    limit = lex.config.attribution.speaker_max_words
    if 0 < k < len(sent.tokens) and ":" in sent.gap(k):  # «وتابع: «نطالب …»»: the words, no subject of their own
        att.pronoun = True
        cue.last = k
        return
    reference = source_reference(sent, k)
    if reference is not None:  # «وقالت مصادر الموقع»
        cue.anaphor = take_reference(sent, k, reference, att)
        cue.last = reference.end
        return
    report = report_by(sent, k)
    if report is not None:  # «وأفاد تقرير لموقع «أكسيوس»», «وأظهرت بيانات جمعتها «رويترز»»
        cue.last = take_report(sent, report, att)
        return
    mention = sent.mention_at.get(k) or _qualified_mention(sent, k)
    if mention is not None and not _addressee_prefix(mention.prefix, cues):
        att.outlet = mention.outlet
        att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(lex, mention.outlet, mention.name)
        k = mention.j
        # adjectives after the name («الإسرائيلية», «الرسمية») before «عن»
        if lemma_transmits:
            k = _nested_speaker(sent, k, att, markers)
        cue.last = k
        return
    anaphor = sent.phrase_at(k, [p for p, _ in cues.continuation])
    if anaphor is not None and (sent.known_end(k, limit) or 0) > k + len(anaphor):
        anaphor = None  # «المنظمة الدولية للهجرة»: a known body's name, not "the organization" pointing back
    # «هذه الصحيفة»; «تقرير الوكالة», «افتتاحية الصحيفة»: a report of the outlet the noun points back to
    demonstrative = k < len(sent.tokens) and sent.tokens[k].key in cues.demonstratives
    if anaphor is None and (demonstrative or _of_the_outlet(sent, k)):
        anaphor = sent.phrase_at(k + 1, [p for p, _ in cues.continuation])
        if anaphor is not None:
            k += 1
    if anaphor is not None:
        cue.anaphor = dict(cues.continuation)[anaphor]
        cue.anaphor_text = sent.surface(k, k + len(anaphor))
        k += len(anaphor)
        qualified = k
        while qualified < len(sent.tokens) and is_nisba(sent.tokens[qualified].key) and not sent.boundary_before(qualified):
            qualified += 1
        named = qualified < len(sent.tokens) and sent.tokens[qualified].key.startswith("لل")
        if named:  # «الوكالة الوطنية للإعلام», «الوكالة العربية السورية للأنباء»: a full name, not "the agency"
            qualified += 1
        if qualified > k:  # a described outlet: used when no earlier source of that type is meant
            press = cue.anaphor[0] in _NEWS_TYPES  # «المنظمة العربية للتنمية» is a body, not an outlet
            cue.unresolved = replace(att, speaker=_clean_name(sent.surface(k - len(anaphor), qualified)),
                                     speaker_type="outlet" if press else "organization", source_type=cue.anaphor[0])
            k = qualified
            cue.named = named  # nothing earlier can be meant: always the named outlet
        if lemma_transmits:
            k = _nested_speaker(sent, k, att, markers)
        cue.last = k
        return
    end = sent.noun_phrase(k, limit=limit, verbs_end=not (sent.lang == "en" and att.kind == "according_to"))
    if sent.lang == "en":  # "said a teacher | who reached the town": the relative clause is not the speaker's name
        end = next((p for p in range(k + 1, end) if sent.tokens[p].key in cues.relative_pronouns
                    and sent.tokens[p].surface.islower()), end)  # (not "the head of WHO")
    if end > k and end < len(sent.tokens) and any(v in cues.documents for v in clitic_variants(sent.tokens[end - 1].key)) \
            and sent.tokens[end].key.startswith("ل"):
        owner_end = sent.noun_phrase(end + 1, limit=limit)
        owner_end = max(owner_end, end + 1)
        while owner_end < len(sent.tokens) and is_nisba(sent.tokens[owner_end].key) and not sent.boundary_before(owner_end):
            owner_end += 1
        name, stype, stems = _speaker_of(sent, end, owner_end, default="organization")
        surface = sent.surface(end, owner_end)
        owner = clitic_variants(sent.tokens[end].key)
        if name == _clean_name(surface) and len(owner) > 1:  # drop the ل of «للرئاسة»
            name = "ال" + name[2:] if name.startswith("لل") else name[1:]
        att.speaker = name
        att.speaker_type, att.speaker_stems = stype, stems
        cue.last = owner_end
        return
    if end > k and _evidence(sent, k, end) and not att.outlet:
        cue.last = end  # «استناداً إلى وثائق اطلعت عليها»: what the outlet saw, no speaker of its own
        return
    if end > k:
        _set_speaker(att, sent, k, end)
        att.speaker_type = typed_by_apposition(sent, k, end, att.speaker_type)  # "said X, a researcher at the Y Forum"
        first = sent.tokens[k].key
        # «هذا المسؤول», «المسؤول الإيراني», "the official", and a name of up to three words after a verb that continues
        # («وأضاف الوزير», «وأضاف حيدري», «وأضاف حاجي بابائي»): the latest speaker sharing a stem, through the same outlet
        short = cue.continues and end - k <= 3 and att.speaker_type != "outlet"
        if demonstrative or (first.startswith("ال") and att.speaker_type == "anonymous") or first == "the" or short:
            cue.anaphor_stems = att.speaker_stems
            cue.anaphor_whole = short and end - k > 1 and att.speaker_type != "anonymous"  # «وأضاف حاجي بابائي»: every word
        k = end
    else:
        att.pronoun = True
    k = _channel_or_addressee(sent, k, att)
    if lemma_transmits:
        k = _nested_speaker(sent, k, att, markers)
    cue.last = k
