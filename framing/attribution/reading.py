"""Every cue of one sentence, in order: "according to", then reporting verbs with their source found
before or after them; and the kind of passage a cue opens (direct, indirect, according_to)."""

from __future__ import annotations

import re
from bisect import bisect_left

from framing.attribution.kinds import _names_someone, asks_anonymity, owned_data
from framing.attribution.passive import passive_agent, passive_marker, passive_relay
from framing.attribution.refusals import refusal
from framing.attribution.relays import _nested_speaker, carried_document
from framing.attribution.references import report_before, report_by, report_opening, source_reference, take_reference, take_report
from framing.attribution.sentence import Attribution, _Sentence
from framing.attribution.speaker_types import _speaker_of
from framing.attribution.mentions import _Mention
from framing.attribution.content import _adverbial_of_content, _content_follows
from framing.attribution.speakers import (
    _channel_or_addressee,
    _Cue,
    _inverted_subject,
    _outlet_before_verb,
    _outlet_speaker,
    _qualified_mention,
    _sentence_channel,
    _set_speaker,
    _speaker_after,
    _subject_after_auxiliary,
    _subject_before_verb,
)
from framing.attribution.appositions import _after_contrast_marker
from framing.attribution.continuations import _continuation_before_verb
from framing.attribution.subjects import _leading_citing, _speaker_before
from framing.attribution.outlet_subjects import continuation_as_subject, contrast_outlets, outlet_after_verb, outlet_as_subject
from framing.quotes import SuffixQuotes
from framing.text import quote_spans

_OPEN_QUOTE_AT = re.compile(r"\s*[:：]?\s*[«“\"]")  # _OPEN_QUOTE at a position (match(text, pos, endpos))


# A quotation of at least this many words is a quoted speaker's words (not a name or a scare-quoted phrase).
_QUOTATION_WORDS = 3


def _quoted_tokens(sent: _Sentence) -> frozenset[int]:
    """Tokens inside a quotation of the sentence ('"People are afraid to say anything," he said'): their verbs are
    the quoted speaker's words, never the cue of the sentence."""
    if not sent.tokens:
        return frozenset()
    inside: set[int] = set()
    for a, b in quote_spans(sent.text, sent.start, sent.end):
        first, last = bisect_left(sent.starts, a), bisect_left(sent.starts, b)
        if last - first >= _QUOTATION_WORDS:
            inside.update(range(first, last))
    return frozenset(inside)


def _find_cues(sent: _Sentence) -> list[_Cue]:
    """Every cue of the sentence, in order of its first word."""
    cues, lex = sent.cues, sent.lex
    found: list[_Cue] = []
    english = sent.lang == "en"
    n = len(sent.tokens)
    topics = [t for t, token in enumerate(sent.tokens) if token.key in cues.topic]
    quoted = _quoted_tokens(sent)
    opener = sent.phrase_at(0, cues.narration_openers) if cues.narration_openers else None
    formula = len(opener) if opener else 0  # «يذكر أن …»: the writer's set phrase, its verb no cue
    i = 0
    while i < n:
        according = sent.phrase_at(i, cues.according_to)
        if according is not None and i + len(according) < n \
                and sent.tokens[i + len(according)].key in cues.rate_nouns:
            according = None  # "barrels per day", "per capita": a rate, not a source
        if according is not None:
            cue = _Cue(first=i, last=i + len(according), attribution=Attribution(kind="according_to"))
            k = i + len(according)
            # «وفق ما قاله X» / «وفقاً لـ» : skip «ما» and a verb, and a bare «لـ»
            relaying = False  # «بحسب ما نقلته نشرة … عن مصدر»: the verb skipped relays a source
            relay_markers: frozenset[str] = frozenset()
            while k < n:
                skipped = sent.verb_at(k)
                if skipped is None and sent.tokens[k].key not in cues.according_to_fillers:
                    break
                if skipped is not None and skipped.transmits:
                    relaying, relay_markers = True, skipped.relays_with
                k += 1
            mention = sent.mention_at.get(k)
            reference = source_reference(sent, k)
            report = report_by(sent, k)
            if reference is not None:  # «بحسب مصادرها», "according to its sources"
                cue.anaphor = take_reference(sent, k, reference, cue.attribution)
                cue.last = reference.end
            elif report is not None:  # «بحسب تقرير لصحيفة «هآرتس»», "according to a report in The New York Times"
                cue.last = take_report(sent, report, cue.attribution)
            elif mention is not None:
                cue.attribution.outlet = mention.outlet
                att = cue.attribution
                att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(lex, mention.outlet, mention.name)
                cue.last = _nested_speaker(sent, mention.j, att, relay_markers) if relaying else mention.j
            else:
                _speaker_after(sent, k, cue, lemma_transmits=relaying, markers=relay_markers)
                if cue.attribution.pronoun:
                    i += 1
                    continue
            # "…, according to data from analytics firm Kpler.": a source that runs to the sentence's end has the
            # sentence before it as content (docs/attribution.md §1); words after it only when a clause opens there
            cue.content_follows = cue.last < n and len(sent.tokens) - cue.last >= 2 and (i == 0 or any(
                sent.boundary_before(p) or sent.is_complementizer(p) for p in range(cue.last, n))) \
                and (i == 0 or not (_describes_the_source(sent, cue.last) or _appendix(sent, cue.last)
                                    or _adverbial_of_content(sent, cue.first, cue.last)))
            found.append(cue)
            i = max(cue.last, i + 1)
            continue
        verb = sent.verb_at(i)
        if verb is None or (i > 0 and sent.tokens[i - 1].key in cues.verbal_noun_markers) or i in quoted or i < formula \
                or (verb.needs_complementizer and (i + 1 >= n or not sent.is_complementizer(i + 1))) \
                or (verb.needs_statement and not _statement_follows(sent, i)):
            i += 1  # «عقب نشر التقرير»: a verbal noun, not a verb; a verb inside a quotation is the quoted speaker's
            continue
        if verb.participle and _participle_of_outlet(sent, i, 0 if english else sent.clause_start(i)) is None:
            i += 1  # "the warning", "warning shots": only "<outlet> …, warning that" is a cue
            continue
        if found and found[-1].attribution.kind == "according_to" and found[-1].last == i - 1 \
                and sent.tokens[i - 1].key in cues.relative_pronouns:
            i += 1  # "…, according to two officials who said talks had failed": the clause describes that source
            continue
        transmits = verb.transmits
        cue = _Cue(first=i, last=i + 1, attribution=Attribution(kind="indirect", cue_lemma=verb.lemma, stance=verb.stance),
                   continues=verb.continues,
                   rebuts=verb.rebuts)
        # the clause's lead-in words belong to the cue: «كما», «وقد», «فقد», «أما X ف»
        before = i
        while before > 0 and not sent.boundary_before(before) and sent.tokens[before - 1].key in cues.lead_ins:
            before -= 1
        cue.first = before
        before_topic = bisect_left(topics, i)  # the last topic marker before the verb
        topic = topics[before_topic - 1] if before_topic else None
        if english or (topic is not None and sent.tokens[i].key[:1] == "ف"):
            start = (topic + 1) if topic is not None else (0 if english else sent.clause_start(i))
            if transmits and (relay := passive_relay(sent, i, start, cue)) is not None:  # "X was quoted by the paper as saying"
                cue = relay
                cue.content_follows = _content_follows(sent, cue.last)
                found.append(cue)
                i = max(cue.last, i + 1)
                continue
            if (agent := passive_agent(sent, i, start, cue)) is not None:  # "the deal was first reported by X"
                cue = agent
                cue.content_follows = _content_follows(sent, cue.last)
                found.append(cue)
                i = max(cue.last, i + 1)
                continue
            if i > start and passive_marker(sent, i, start) is not None:
                i += 1  # "the damage was estimated at …": a passive with no agent names no speaker
                continue
            has_subject = _speaker_before(sent, i, start, cue)
            if topic is not None:
                cue.first = topic
            if has_subject:
                _leading_citing(sent, start, cue)
                k = i + 1  # the object of "told" is its addressee
                k = _channel_or_addressee(sent, k, cue.attribution, object_is_addressee=not verb.rebuts)
                if transmits or (english and k < n and sent.tokens[k].key in cues.nested):
                    # "CNN, quoting a US defence official, said": the verb is itself the citing word
                    k = _nested_speaker(sent, i if sent.tokens[i].key in cues.nested else k, cue.attribution)
                cue.last = k
            elif _inverted_subject(sent, i + 1) and not (cues.participle_endings and sent.tokens[i].key.endswith(cues.participle_endings)) \
                    and not (i > start and not sent.boundary_before(i) and sent.tokens[i - 1].key in cues.coordinators):
                # (not "… and said more than 180 people had fled": a verb joined to the clause before it)
                _speaker_after(sent, i + 1, cue, transmits)  # ", said Ali Vaez, director of …"
            elif (subject_outlet := _participle_of_outlet(sent, i, start)) is not None:
                # "The Times of Israel was more cautious, noting that …": a participle continues the outlet's clause
                att = cue.attribution
                att.outlet = subject_outlet.outlet
                att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(lex, subject_outlet.outlet, subject_outlet.name)
                cue.first = start
            else:
                i += 1
                continue
        elif (verb.rebuts or sent.noun_phrase(i + 1, limit=lex.config.attribution.speaker_max_words) == i + 1) \
                and (subject := _subject_before_verb(sent, i)) is not None:
            # (a denial's object follows it: «غير أن مصدراً وزارياً نفى ما أورده الموقع»)
            # «غير أن مصدراً نيابياً قال إن …»: after a particle the subject may stand before its verb
            _set_speaker(cue.attribution, sent, *subject)
            cue.first = min(cue.first, subject[0])
            k = _channel_or_addressee(sent, i + 1, cue.attribution)
            cue.last = _nested_speaker(sent, k, cue.attribution, verb.relays_with) if transmits else k
        elif (fronted := _outlet_before_verb(sent, i)) is not None:
            # «وكان موقع «أكسيوس» قد أفاد …»: the outlet stands before its verb
            att = cue.attribution
            att.outlet = fronted.outlet
            att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(lex, fronted.outlet, fronted.name)
            cue.first = min(cue.first, fronted.i)
            cue.last = _nested_speaker(sent, i + 1, att, verb.relays_with) if transmits else i + 1
        elif (back := _continuation_before_verb(sent, i)) is not None:
            # «وكانت الصحيفة الأميركية قد نقلت عن …»: a noun for an outlet named before stands before its verb
            cue.anaphor = back[1]
            cue.first = min(cue.first, back[0])
            cue.last = _nested_speaker(sent, i + 1, cue.attribution, verb.relays_with) if transmits else i + 1
        elif (fronted_subject := _subject_after_auxiliary(sent, i)) is not None:
            # «وكان وزير الخارجية قد قال إن …»: an auxiliary puts the subject before «قد» and the verb
            _set_speaker(cue.attribution, sent, *fronted_subject)
            named = sent.mention_ending_at(fronted_subject[1], fronted_subject[0])
            if named is not None and named.i == fronted_subject[0]:  # «وكانت «الجزيرة»، في تقرير لها، قد كشفت»
                att = cue.attribution
                att.outlet = named.outlet
                att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(lex, named.outlet, named.name)
            cue.first = min(cue.first, fronted_subject[0] - 1)
            k = _channel_or_addressee(sent, i + 1, cue.attribution)
            cue.last = _nested_speaker(sent, k, cue.attribution, verb.relays_with) if transmits else k
        else:
            _speaker_after(sent, i + 1, cue, transmits, verb.relays_with)
        att = cue.attribution
        if verb.carries and att.outlet and att.speaker_type == "outlet":  # "SPA carried a statement by the ministry"
            cue.last = carried_document(sent, cue.last, att)
        relayed = False  # the verb's object is the speaker it relays ("quoted Oil Minister X as saying")
        if english and cue.last < n and sent.tokens[cue.last - 1].key not in cues.nested:
            # "Axios reported on Friday, citing two sources"
            nested_at = _nested_speaker(sent, cue.last, att)
            if nested_at == cue.last and transmits and ((att.outlet and att.speaker_type == "outlet") or att.pronoun
                                                        or (cue.anaphor and not att.speaker)):
                # "Tasnim quoted Oil Minister Javad Owji as saying", "The agency quoted the minister as saying": the
                # object is the speaker
                end = sent.noun_phrase(cue.last, limit=lex.config.attribution.speaker_max_words)
                if end > cue.last:
                    _set_speaker(att, sent, cue.last, end)
                    nested_at, relayed = end, True
            cue.last = nested_at
            if not relayed and att.outlet and att.speaker_type == "outlet":
                _trailing_citing(sent, cue.last, att)  # "X reported that …, citing U.S. officials"
        if not att.outlet and not cue.anaphor and not verb.rebuts:
            sent.channel = _sentence_channel(sent) if sent.channel is None else sent.channel  # «مع «بي بي سي»»
            report = None if sent.channel else report_before(sent, cue.first)
            att.outlet = sent.channel or (report.outlet if report is not None else "")
            att.addressed = bool(sent.channel)
        cue.content_follows = _content_follows(sent, cue.last, cue.first)
        if not att.outlet and not att.speaker and not cue.anaphor and not att.pronoun:
            i += 1
            continue
        subject = (cue.first, i) if cue.first < i else (i + 1, cue.last)
        if verb.requires_outlet and not att.outlet and not cue.anaphor and not owned_data(sent, *subject):
            i += 1  # "the figures showed": no outlet, no attribution
            continue
        if verb.needs_body and not att.outlet and not cue.anaphor and not _names_someone(sent, *subject):
            i += 1  # "the region recorded 30 cases", «وقدرت الخسائر»: a thing, not a source, as subject
            continue
        if transmits and not att.outlet and not cue.anaphor and not relayed and not (
                cue.last < n and (sent.is_complementizer(cue.last) or ":" in sent.gap(cue.last))) \
                and not any(t.key in cues.nested for t in sent.tokens[i:cue.last]):
            i += 1  # «ونقل الرسائل»: carrying messages, not relaying words
            continue
        if verb.relays_with and not att.outlet and att.speaker_type != "anonymous":
            i += 1  # «علمت «الراي» أن …» with no source it learned from: the writer's own reporting
            continue
        if att.pronoun and not cue.content_follows and not att.outlet and not english:
            i += 1
            continue
        if not att.outlet and not cue.anaphor and not att.pronoun and not cue.content_follows and not english:
            i += 1
            continue
        if att.speaker_type in ("official", "organization") and not att.pronoun and not sent.known_speaker(cue.first, cue.last) \
                and asks_anonymity(sent, cue.first, cue.last, cue.content_follows):
            att.speaker_type = "anonymous"  # "The relative, who asked not to be identified, added"
        found.append(cue)
        i = max(cue.last, i + 1)
    if not found and (subject := outlet_as_subject(sent) or continuation_as_subject(sent)
                      or outlet_after_verb(sent) or refusal(sent)) is not None:
        found.append(subject)
    elif not found and (report := report_opening(sent)) is not None:  # «وفي تقرير لموقع «نواة»، خرج …»
        cue = _Cue(first=0, last=report.end, attribution=Attribution(kind="according_to"))
        take_report(sent, report, cue.attribution)
        cue.content_follows = True
        found.append(cue)
    elif found and (all(c.attribution.pronoun and not c.attribution.outlet for c in found) or _after_contrast_marker(sent, found[0].first)) \
            and (subject := outlet_as_subject(sent) or outlet_after_verb(sent)) is not None and subject.last <= found[0].first:
        # «أما قناة «…» فبثت تقريراً …، ونقلت عن أحد السكان …»: the outlet opening the sentence is the subject
        # the later verbs share, not the speaker before the sentence
        found.insert(0, subject)
    if cues.contrast:
        found = sorted(found + contrast_outlets(sent, found), key=lambda c: c.first)
    for cue in found:
        _named_in_the_sentence(sent, cue)
    return found


def _named_in_the_sentence(sent: _Sentence, cue: _Cue) -> None:
    """A noun for an outlet («نقلت الوكالة عن …») after a report of an outlet of that type opening its own sentence
    («وفي تقرير نشرته وكالة "رويترز" …، نقلت الوكالة عن مصرفيين»): that outlet, not an earlier sentence's; not
    after a report being answered («وردا على تقرير نشرته وكالة رويترز، قالت الوكالة …»)."""
    att = cue.attribution
    if not cue.anaphor or not cue.anaphor_text or att.outlet:  # a continuation noun, not "its sources"
        return
    report = report_opening(sent)  # only a report opening the sentence («وفي تقرير نشرته …»), not one answered
    if report is None or report.end > cue.first or sent.lex.outlet_types.get(report.outlet) not in set(cue.anaphor):
        return
    att.outlet = report.outlet
    if not att.speaker:
        att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(sent.lex, report.outlet)
    cue.anaphor = None


def _describes_the_source(sent: _Sentence, k: int) -> bool:
    """The words from token k, after a comma, describe the source just named and end the sentence with no cue of
    their own: "…, according to the Somali news agency, which called the mission …", "…, according to ICANA,
    the parliament's news agency." The sentence before the source is its content."""
    cues = sent.cues
    k = sent.after_parenthesis(k)  # past "(Sonna)"
    if k is None or k >= len(sent.tokens) or not sent.comma_before(k):
        return False
    if sent.tokens[k].key in cues.relative_pronouns:  # ", which called …"
        return True
    return sent.tokens[k].key in cues.appositive_determiners and not any(sent.verb_at(p) for p in range(k + 1, len(sent.tokens)))


def _participle_of_outlet(sent: _Sentence, i: int, start: int) -> _Mention | None:
    """The outlet that opens the clause of a participle cue after a comma ("The reformist daily Etemad is more
    measured, warning that …"): the participle's subject is the clause's, and an outlet speaks; None otherwise."""
    cues = sent.cues
    if not cues.participle_endings or not sent.tokens[i].key.endswith(cues.participle_endings) \
            or not sent.comma_before(i) or i + 1 >= len(sent.tokens) or not sent.is_complementizer(i + 1):
        return None
    mention = sent.mention_at.get(start) or _qualified_mention(sent, start)
    if mention is None or any(sent.verb_at(p) for p in range(mention.j, i)):
        return None
    return mention


# Words after a source in mid-sentence, set off by a comma, that add to the content before it ("…, according to
# Kpler, down from 1.8 million in September."): at most this many, with no cue verb or complementizer among them.
_APPENDIX_WORDS = 10


def _appendix(sent: _Sentence, k: int) -> bool:
    """The words from token k to the sentence's end, after a comma, are an appendix to the content before the source
    (no cue verb, no complementizer, no clause of their own, at most ``_APPENDIX_WORDS``): that content runs on."""
    n = len(sent.tokens)
    if k >= n or not sent.comma_before(k) or n - k > _APPENDIX_WORDS:
        return False
    return not any(sent.verb_at(p) or sent.is_complementizer(p) or (p > k and sent.boundary_before(p))
                   or sent.tokens[p].key in sent.cues.relative_pronouns or sent.tokens[p].key in sent.cues.contrast
                   for p in range(k, n))


def _trailing_citing(sent: _Sentence, k: int, att: Attribution) -> None:
    """An outlet's report that ends with the people it relays, after a comma ("…, citing U.S. officials", "…, citing
    an airline source"): those unnamed people speak, through the outlet (docs/attribution.md §3: who speaks, not
    through whom). Only before any other cue verb; a document or a named body cited leaves the outlet speaking."""
    for p in range(k, len(sent.tokens)):
        if sent.verb_at(p) is not None:
            return
        if sent.tokens[p].key in sent.cues.nested and "," in sent.gap(p):
            end = sent.noun_phrase(p + 1, limit=sent.lex.config.attribution.speaker_max_words)
            if end > p + 1 and _speaker_of(sent, p + 1, end)[1] == "anonymous":
                outlet = att.outlet
                _set_speaker(att, sent, p + 1, end)
                att.outlet = outlet
            return


def _kind(sent: _Sentence, cue: _Cue, content_start: int, content_end: int) -> str:
    """according_to for "according to"; direct when the reported words (to the sentence's end) are a quotation; else indirect."""
    if cue.attribution.kind == "according_to":
        return "according_to"
    text = sent.text
    cue_start = sent.tokens[cue.first].start
    cue_end = sent.tokens[cue.last - 1].end if cue.last > 0 else content_start
    if text.count('"', cue_start, cue_end) % 2 and text.startswith('"', cue_end):
        cue_end += 1  # a straight quote closing a name inside the cue (وكالة "إرنا"), not opening a quotation
    if _OPEN_QUOTE_AT.match(text, cue_end, content_end):
        return "direct"
    # quotations outside the cue (not the «name» inside it) covering most of the rest
    sent.quotes = sent.quotes or SuffixQuotes(text, sent.start, content_end)  # one reading for the sentence's cues
    quoted = sent.quotes.quoted(content_start, cue_end, cue_start)
    rest = (content_end - content_start) - (cue_end - cue_start)
    return "direct" if rest > 0 and quoted >= 0.6 * rest else "indirect"


def _statement_follows(sent: _Sentence, i: int) -> bool:
    """A statement marker («في بيان», "in a statement") within the verb's clause, after its subject: «رفضت وزارة
    الحج والعمرة في بيان …»."""
    limit = min(len(sent.tokens), i + 2 + sent.lex.config.attribution.speaker_max_words)
    for k in range(i + 1, limit):
        if sent.phrase_at(k, sent.cues.statements) is not None:  # also set off by commas: «هاجم الحزب، في بيان، …»
            return True
        if k > i + 1 and sent.boundary_before(k):
            return False
    return False
