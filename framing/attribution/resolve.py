"""Who carries what: a sentence's cues resolved against the context (continuations, pronouns, a
sentence-final cue completing the first) and cut into attributed pieces."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from framing.attribution.cues import _CONJ, Lexicon, _phrase_at, known_speakers
from framing.attribution.reading import _find_cues, _kind
from framing.attribution.sentence import Attribution, _Sentence
from framing.attribution.speakers import _Cue
from framing.model import unlisted_name
from framing.recent import Context as _Context
from framing.structure import Structure
from framing.text import match_key, quote_spans, script_of, tokenize


def _resolve(cue: _Cue, ctx: _Context, paragraph: int, lex: Lexicon) -> Attribution | None:
    """Fill a continuation from the context; None when it refers to nothing."""
    since = paragraph - lex.config.attribution.continuation_paragraphs  # the oldest paragraph it may reach
    if cue.attribution.addressee and not cue.attribution.outlet:
        cue.attribution = _addressed(cue.attribution, ctx, since, lex)
    att = cue.attribution
    if cue.named:
        return cue.unresolved
    if cue.anaphor is not None:
        wanted = set(cue.anaphor)
        prior = ctx.recent.last_of(wanted, since, body=bool(wanted & {"organization", "government"}))
        press = prior is None and not ctx.last_named(wanted, since) and _press_speaking(ctx.previous, wanted, lex)
        if press:  # "the site" right after a paper named by its website ("Ynet, Yedioth's news site"), no site before
            prior = ctx.previous
        if prior is not None:  # the latest source of a wanted type, or a body when one is wanted
            prior_type = lex.outlet_types.get(prior.outlet, "") or prior.source_type
            if press or (prior_type and prior_type in wanted):
                return replace(
                    att,
                    outlet=prior.outlet,
                    source_type=prior.source_type,
                    outlet_name=prior.outlet_name,
                    speaker=att.speaker or lex.outlet_names.get(prior.outlet) or prior.outlet_name
                    or (prior.speaker if prior.speaker_type == "outlet" else unlisted_name(prior.outlet)),
                    speaker_type=att.speaker_type if att.speaker else "outlet",
                    speaker_stems=att.speaker_stems,  # the outlet speaking has no name a later «المسؤول» can share
                )
            if att.speaker:  # "An official … was quoted by the agency": the agent is no outlet; the speaker stays
                return att
            return replace(att, speaker=prior.speaker, speaker_type=prior.speaker_type, speaker_stems=prior.speaker_stems)
        outlet = ctx.last_named(wanted & _PRESS, since)
        if outlet and cue.unresolved is None:  # «وكانت الصحيفة …» after «نفت … ما أوردته صحيفة …»: named, not quoted
            return replace(att, outlet=outlet, speaker=att.speaker or lex.outlet_names.get(outlet, outlet),
                           speaker_type=att.speaker_type if att.speaker else "outlet")
        if cue.unresolved is None and att.speaker_type == "anonymous":
            return att  # «نقل الموقع عن مسؤولين», "according to its sources" with no outlet to point to: still a source
        if cue.unresolved is None and cue.anaphor_text and wanted == {"organization"} and not att.speaker:
            # "The group said …" with no group named as a source before: a body speaks, unnamed
            return replace(att, speaker=cue.anaphor_text, speaker_type="organization")
        return cue.unresolved
    if cue.anaphor_stems:
        prior = ctx.recent.last_sharing(cue.anaphor_stems, since)
        if prior is not None and prior.speaker_type == "anonymous" and att.speaker_type in ("official", "organization"):
            prior = None  # "the foreign ministry" does not point back to "an interior ministry official"
        if prior is not None and cue.anaphor_whole and not cue.anaphor_stems <= prior.speaker_stems:
            prior = None  # «وأضاف وزير الخارجية» is not «وزير الدفاع»
        if prior is not None:
            # a new statement by someone who posted on X is not on X, unless it continues the post
            carried = prior.outlet if cue.continues or lex.outlet_types.get(prior.outlet) != "platform" else ""
            return replace(att, outlet=att.outlet or carried, speaker=prior.speaker,
                               speaker_type=prior.speaker_type, speaker_stems=prior.speaker_stems)
    if att.pronoun:
        prior = ctx.previous
        if prior is None:  # "He said" of a person the narration introduced: a person speaking, typed by the default
            return replace(att, speaker=att.person, speaker_type="official", pronoun=False) if att.person else None
        if att.impersonal and not att.speaker and not att.outlet and prior.outlet and prior.speaker_type == "anonymous" \
                and _relayed_by_outlet(prior, lex):
            # "The paper quotes officials as saying …. It adds that …": "it" is not the people relayed but the
            # subject going on, the paper (after "quoted the company as saying", "it" may be the company)
            return replace(att, outlet=prior.outlet, speaker=lex.outlet_names.get(prior.outlet) or prior.outlet_name
                           or unlisted_name(prior.outlet), speaker_type="outlet", speaker_stems=frozenset(), pronoun=False)
        if att.speaker and not att.outlet and prior.outlet and prior.speaker_type == "outlet":
            # "It quotes the rights group ALQST as saying", "It cited two officials": the outlet relays a speaker
            return replace(att, outlet=prior.outlet, pronoun=False)
        if att.outlet and att.outlet != prior.outlet:
            # «وقال لوكالة إرنا»: the last speaker, through a new outlet
            if prior.speaker_type == "outlet":
                return None
            return replace(att, speaker=prior.speaker, speaker_type=prior.speaker_type, speaker_stems=prior.speaker_stems, pronoun=False)
        return replace(att, outlet=prior.outlet, speaker=prior.speaker, speaker_type=prior.speaker_type,
                       speaker_stems=prior.speaker_stems, pronoun=False)
    if cue.continues and not att.outlet and att.speaker:
        # «وأضاف البوسعيدي» after his post on X keeps the channel
        prior = ctx.recent.last(since)
        if prior is not None and (prior.speaker == att.speaker or prior.speaker.startswith(att.speaker + " (@")):
            return replace(att, outlet=prior.outlet)
    return _unnamed_follow_up(att, cue, ctx, lex)


def _relayed_by_outlet(prior: Attribution, lex: Lexicon) -> bool:
    """The passage before was relayed by its outlet as the subject of a transmitting verb ("quotes", «نقلت عن»)."""
    key = match_key(prior.cue_lemma)
    return any((verb := cues.lemma_verbs.get(key)) is not None and verb.transmits for cues in lex.languages.values())


_PRESS = frozenset({"news_agency", "newspaper", "website", "broadcaster"})
_SAME_HOUSE = (("website", frozenset({"newspaper", "broadcaster"})), ("newspaper", frozenset({"website"})))


def _press_speaking(previous: Attribution | None, wanted: set[str], lex: Lexicon) -> bool:
    """"The site" right after a passage carried by a paper or a channel (its website), "the paper" right after a
    news site (a paper's website): the pairs in ``_SAME_HOUSE``."""
    if previous is None or not previous.outlet:
        return False
    before = lex.outlet_types.get(previous.outlet, "") or previous.source_type
    return any(wanted <= {noun} and before in types for noun, types in _SAME_HOUSE)


def _unnamed_follow_up(att: Attribution, cue: _Cue, ctx: _Context, lex: Lexicon) -> Attribution:
    """An unnamed source that continues unnamed sources who spoke to an outlet, right after them ("Three teachers
    told Reuters … One of them said …", «وقال أحدهم», «وأضاف أحد المسؤولين»): more of the outlet's
    interviews, so that outlet carries it (docs/attribution.md §2, speakers an outlet introduced). Only a partitive
    (``partitives`` in the config) or a verb that continues refers back; a new unnamed source does not."""
    prior = ctx.previous
    if att.speaker_type != "anonymous" or att.outlet or prior is None or prior.speaker_type != "anonymous" \
            or not prior.outlet or lex.outlet_types.get(prior.outlet) == "platform":
        return att
    keys = tuple(t.key for t in tokenize(att.speaker))
    partitives = lex.cues(script_of(att.speaker) or "ar").partitives
    if not cue.continues and not any(keys[: len(p)] == p or keys[:1] and p == (keys[0][1:],) and keys[0][:1] in _CONJ
                                     for p in partitives):
        return att
    return replace(att, outlet=prior.outlet, source_type=prior.source_type, outlet_name=prior.outlet_name)


def _addressed(att: Attribution, ctx: _Context, since: int, lex: Lexicon) -> Attribution:
    """"One protester told the channel": the latest outlet of the addressee's types carries the speaker."""
    wanted = set(att.addressee)
    prior = ctx.recent.last_of(wanted, since, body=False)
    if prior is None or (lex.outlet_types.get(prior.outlet, "") or prior.source_type) not in wanted:
        return att
    return replace(att, outlet=prior.outlet, source_type=prior.source_type, outlet_name=prior.outlet_name)


@dataclass
class _Piece:
    start: int
    end: int
    att: Attribution
    paragraph: int


def _narration() -> Attribution:
    return Attribution()


def _read_sentence(text: str, start: int, end: int, paragraph: int, ctx: _Context, lex: Lexicon,
                   named: dict[str, int], structure: Structure | None = None) -> list[_Piece]:
    """Pieces of one sentence: a narration lead-in when the cue stands mid-sentence, then attributed clauses.

    ``named`` maps each outlet named so far in the article to when it was last named; updated here.
    ``structure``: the article's, whose tokens the sentence reads instead of tokenizing again.
    """
    sent = _Sentence(text, start, end, lex, named, None if structure is None else structure.tokens(text, start, end))
    for mention in sent.mentions:
        named[mention.outlet] = max(named.values(), default=0) + 1
        ctx.name(paragraph, mention.outlet, lex.outlet_types.get(mention.outlet, ""))
    found = _find_cues(sent) if sent.tokens else []
    plan: list[tuple[int, Attribution, _Cue]] = []  # (piece start, attribution, cue)
    prefix_words = lex.config.attribution.narration_prefix_words
    contrast_split = [c for c in found[1:] if _after_contrast(sent, c.first)]
    relays = [c for c in found[1:] if c not in contrast_split and _relays_for_the_first(sent, c)]
    splits = sorted(contrast_split + relays, key=lambda c: c.first)
    relay_ids = {id(c) for c in relays}
    first_att: Attribution | None = None
    for index, cue in enumerate(found[:1] + splits):
        if index > 0 and id(cue) in relay_ids:
            # «ذكرت قناة «المسيرة» أن …، ونقلت عن مسؤول … أن …»: the outlet speaking last relays its own source
            before = plan[-1][1] if plan else None
            if first_att is None or not first_att.outlet or before is None or not before.outlet \
                    or before.speaker_type != "outlet":
                continue
            relayed = cue.attribution
            att = replace(before, speaker=relayed.speaker, speaker_type=relayed.speaker_type,
                          speaker_stems=relayed.speaker_stems, cue_start=sent.tokens[cue.first].start,
                          cue_end=sent.tokens[max(cue.first, cue.last - 1)].end)
            plan.append((sent.tokens[cue.first].start, att, cue))
            continue
        lead = cue.first  # tokens before the cue
        mid_sentence = index == 0 and lead > 0
        if index == 0 and cue.attribution.pronoun and mid_sentence and cue.content_follows \
                and not _mostly_quoted(sent, start, sent.tokens[cue.first].start):
            # «ولخّص عراقجي تقييمه …، موضحاً أن …»: the subject stands in the lead-in (not when the lead-in is the
            # quotation: '"…," he said, referring to …')
            lead_speaker = _known_speaker_in(sent, 0, lead)
            if lead_speaker is not None:
                att = replace(cue.attribution, speaker=lead_speaker[0], speaker_type=lead_speaker[1], pronoun=False)
                cue = replace(cue, attribution=att)
                lead = 0
            elif lead >= prefix_words:
                continue
        att = _resolve(cue, ctx, paragraph, lex)
        if att is None or not (att.outlet or att.speaker):
            continue
        if index == 0:
            stops = splits if att.outlet else contrast_split  # (a relay only splits after an outlet's own words)
            att = att if cue.rebuts else _wrap_with_later(att, found[1:], stops, lex.outlet_types)  # «نفت … ما قالته «هآرتس»»
        att = replace(att, cue_start=sent.tokens[cue.first].start, cue_end=sent.tokens[max(cue.first, cue.last - 1)].end)
        unlisted = sent.unlisted.get(att.outlet)
        if unlisted is not None and not att.source_type:  # named in this sentence: «الصحيفة» may refer back to it
            att = replace(att, source_type=unlisted.source_type, outlet_name=unlisted.name)
        piece_start = start
        if index == 0 and any(m.outlet == att.outlet and m.j <= lead for m in sent.mentions):  # (lead matters for the first only)
            lead = 0  # «وفي مقابلة مع «بي بي سي»، قال …»: the lead-in names the channel
        if index == 0 and lead > 0 and _mostly_quoted(sent, start, sent.tokens[cue.first].start):
            lead = 0  # '"The numbers are moving …," said Jakob Lindqvist': the lead-in is the quotation
        if index > 0 or (lead > 0 and cue.content_follows and (
                (sent.boundary_before(lead) and lead >= prefix_words and not _adjunct_lead(sent, lead))
                or _after_contrast(sent, lead))):
            # «كما جاءت … في إيران، قالت منظمات حقوقية إن …»; «… بينما قالت مصادر …» (the marker opens the clause)
            piece_start = sent.tokens[_contrast_start(sent, cue.first)].start
        elif lead > 0 and not cue.content_follows:
            piece_start = _clause_after_semicolon(sent, lead)  # «…؛ فقد توجه … وفق بيان للرئاسة»
        plan.append((piece_start, att, cue))
        first_att = att if index == 0 else first_att

    pieces: list[_Piece] = []
    cursor = start
    for piece_start, att, cue in plan:
        if piece_start > cursor:
            lead_end = _strip_end(text, cursor, piece_start)
            if pieces:
                pieces[-1].end = lead_end
            elif lead_end > cursor:
                pieces.append(_Piece(cursor, lead_end, _narration(), paragraph))
        att = replace(att, kind=_kind(sent, cue, piece_start, end))
        pieces.append(_Piece(piece_start, end, att, paragraph))
        ctx.remember(paragraph, att, lex.outlet_types)
        cursor = piece_start
    if not pieces:
        quoted = _quotation_continues(sent, ctx)
        if quoted is not None:  # «…» standing alone right after a quoted speaker: still that speaker
            ctx.remember(paragraph, quoted, lex.outlet_types)
            return [_Piece(start, end, quoted, paragraph)]
        ctx.previous = None
        return [_Piece(start, end, _narration(), paragraph)]
    ctx.previous = pieces[-1].att
    return pieces


def _relays_for_the_first(sent: _Sentence, cue: _Cue) -> bool:
    """A later cue of a sentence that opens a clause of its own (after a comma, or a conjunction on its verb), with no
    subject of its own, whose verb relays a source it names: the first cue's outlet goes on, through that source
    («ذكرت صحيفة … أن …، ونقلت عن مصدر في … أن …»)."""
    verb = sent.verb_at(cue.first)
    att = cue.attribution
    if verb is None or not verb.transmits or not att.pronoun or cue.anaphor or att.outlet or not att.speaker \
            or not cue.content_follows:
        return False
    return sent.boundary_before(cue.first) or sent.tokens[cue.first].key[:1] in _CONJ


def _mostly_quoted(sent: _Sentence, start: int, end: int) -> bool:
    spans = quote_spans(sent.text, start, end)
    return bool(spans) and sum(b - a for a, b in spans) >= 0.8 * len(sent.text[start:end].strip())


def _quotation_continues(sent: _Sentence, ctx: _Context) -> Attribution | None:
    """The previous attribution, when this cue-less sentence is a quotation that opens the sentence."""
    prior = ctx.previous
    if prior is None or not prior.attributed or not sent.tokens:
        return None
    spans = quote_spans(sent.text, sent.start, sent.end)
    if not spans or spans[0][0] != sent.start or not _mostly_quoted(sent, sent.start, sent.end):
        return None
    return replace(prior, kind="direct", cue_start=-1, cue_end=-1, cue_lemma="", stance="")


def _adjunct_lead(sent: _Sentence, lead: int) -> bool:
    """Whether the ``lead`` words before a mid-sentence cue are a phrase its sentence opens with, not a clause of the
    writer's: they start with an adjunct opener ("At a briefing in Washington on Thursday, an IMF spokeswoman said
    …", «وفي مؤتمر صحفي عقده في طهران الأحد، قال …») and hold no cue verb, complementizer or other boundary."""
    return sent.tokens[0].key in sent.cues.adjunct_openers and not any(
        sent.verb_at(p) or sent.is_complementizer(p) or (0 < p and sent.boundary_before(p)) for p in range(lead))


def _known_speaker_in(sent: _Sentence, i: int, j: int) -> tuple[str, str] | None:
    found = known_speakers(sent.lex, sent.tokens[i:j])
    return (found[0][2], found[0][3]) if found else None


def _wrap_with_later(att: Attribution, later_cues: list[_Cue], contrast_split: list[_Cue],
                     outlet_types: dict[str, str]) -> Attribution:
    """Let a sentence-final cue complete the first one.

    "Iran said X, Reuters reported." -> the speaker Iran, through Reuters;
    «أفاد موقع أكسيوس … وفق ما قاله مصدران مطلعان» -> Axios, speaker the two sources;
    «نقلت صحيفة «الشروق»، بحسب مصادرها، أن …» -> Al-Shorouk, speaker its sources (a possessive that points back
    to the outlet of the first cue, the latest named).
    """
    split = {id(c) for c in contrast_split}  # (cues of one sentence are never equal: identity is equality)
    for later in later_cues:
        if id(later) in split:
            break
        latt = later.attribution
        if latt.outlet and not att.outlet and not later.content_follows:
            return replace(att, outlet=latt.outlet)
        if att.outlet and att.speaker_type == "outlet" and not latt.outlet and latt.speaker and latt.kind == "according_to" \
                and (not later.anaphor or outlet_types.get(att.outlet) in later.anaphor):
            return replace(att, speaker=latt.speaker, speaker_type=latt.speaker_type, speaker_stems=latt.speaker_stems)
    return att


def _clause_after_semicolon(sent: _Sentence, lead: int) -> int:
    """Start of the clause a sentence-final cue covers: after the last ؛ before it, else the sentence."""
    for i in range(lead, 0, -1):
        if re.search(r"[؛;]", sent.gap(i)):
            return sent.tokens[i].start
    return sent.start


def _strip_end(text: str, start: int, end: int) -> int:
    """End of ``text[start:end]`` without trailing blanks (punctuation stays with the lead-in)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _contrast_start(sent: _Sentence, i: int) -> int:
    """First token of the contrast marker right before token i, else i."""
    for phrase in sent.cues.contrast:
        k = i - len(phrase)
        if k >= 0 and _phrase_at(sent.tokens, k, phrase, clitics=False) is not None:
            return k
    return i


def _after_contrast(sent: _Sentence, i: int) -> bool:
    """Whether token i opens or follows a contrast marker: «… ، بينما قالت مصادر …»."""
    return _contrast_start(sent, i) != i or sent.phrase_at(i, sent.cues.contrast) is not None
