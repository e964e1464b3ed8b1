"""Sentences with no reporting verb whose subject is an outlet or a phrase pointing back to one: "Fars, the news
agency affiliated with the Guards, published …", «فقد ركزت قناة «العربية» على …», "The agency also published …".
What an outlet does in the news is its reporting, so the sentence (or its clause) is that outlet's voice."""

from __future__ import annotations

from framing.attribution.cues import _phrase_at
from framing.attribution.mentions import _Mention
from framing.attribution.sentence import Attribution, _outlet_speaker, _Sentence
from framing.attribution.speakers import _Cue
from framing.attribution.unlisted import _NEWS_TYPES, appositive_type, titled_outlet
from framing.text import clitic_variants


_POSSESSIVE = ("'s", "’s", "s'", "s’")


def outlet_as_subject(sent: _Sentence) -> _Cue | None:
    """A sentence without a reporting verb whose subject is an outlet ("Fars, the news agency affiliated with the
    Guards, published …", "The hardline daily Kayhan blamed …", "In a front-page column, Etemad urged …"): what
    an outlet does in the news is its reporting, so the sentence is its voice. Only for languages that write
    the subject first (``outlet_subject``), and not when a word of ``outlet_subject_stops`` follows the outlet
    ("Reuters could not verify …")."""
    cues, tokens = sent.cues, sent.tokens
    if not cues.outlet_subject:
        return None
    mention = sent.mentions[0] if sent.mentions else _titled_subject(sent)
    if mention is None:
        return None
    start = sent.clause_start(mention.i)
    if start > 0 and sent.clause_start(start - 1) != 0:
        return None  # at most one opening phrase ("In a front-page column,") before the subject
    if mention.i - start > 4 or any(
            sent.verb_at(k) or sent.is_complementizer(k) or tokens[k].key in cues.stops
            or tokens[k].key in cues.clause_openers or tokens[k].key in cues.agent_markers
            or tokens[k].key in cues.addressee for k in range(start, mention.i)):
        return None
    j = mention.j
    product = sent.text[tokens[j - 1].start:tokens[j - 1].end].endswith(_POSSESSIVE)
    if product:
        # "Al Jazeera's correspondent" is not the outlet; what it publishes is ("The Journal's account centres on")
        if j >= len(tokens) or sent.boundary_before(j) or tokens[j].key not in cues.outlet_products:
            return None
        j += 1
    while j < min(len(tokens), mention.j + 2) and sent.gap(j).strip() == "" and sent.text[tokens[j].start:][:1].isupper():
        j += 1  # a service or edition named after the outlet: "BBC Persian", "Reuters Arabic"
    j = _past_staff(sent, j)  # "A Reuters reporter in Mosul counted …": the outlet's own reporting
    k = _after_apposition(sent, j)
    if k is None or k >= len(tokens):
        return None
    word = sent.text[tokens[k].start:tokens[k].end]
    key = tokens[k].key
    if not word[:1].islower() or key in cues.outlet_subject_stops or key in cues.stops or key in cues.clause_openers:
        return None
    if product and not sent.verb_at(k) and key not in cues.outlet_product_verbs:
        return None  # "Al Jazeera's coverage angered Cairo": what the coverage did, not what it says
    att = Attribution(kind="indirect", outlet=mention.outlet)
    att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(sent.lex, mention.outlet, mention.name)
    return _Cue(first=start, last=k, attribution=att)


def _titled_subject(sent: _Sentence) -> _Mention | None:
    """A listed outlet's title opening the sentence and set off by an apposition that calls it a news outlet
    ("Al-Sabah, the state-owned daily, leads with …"; ``titled_outlet``), as a mention of that outlet."""
    tokens = sent.tokens
    comma = next((k for k in range(1, min(len(tokens), 5)) if "," in sent.gap(k)), None)
    if comma is None:
        return None
    outlet = titled_outlet(sent, 0, comma)
    end = _after_apposition(sent, comma)
    if not outlet or end is None or appositive_type(sent, comma, end) not in _NEWS_TYPES:
        return None
    return _Mention(0, comma, outlet, "")


def _past_staff(sent: _Sentence, j: int) -> int:
    """Past the outlet's staff noun right after its name and a place after it ("Reuters photographers at the crossing")."""
    cues, tokens = sent.cues, sent.tokens
    if j >= len(tokens) or sent.boundary_before(j) or cues.source_nouns.get(tokens[j].key) != "outlet":
        return j
    j += 1
    if j + 1 < len(tokens) and tokens[j].key in cues.stops and not sent.boundary_before(j):
        k = j + 1
        while k < len(tokens) and tokens[k].surface[:1].isupper() and not sent.boundary_before(k):
            k += 1
        j = k if k > j + 1 else j
    return j


def continuation_as_subject(sent: _Sentence) -> _Cue | None:
    """A sentence without a reporting verb whose subject is a noun for an outlet named before ("The agency
    recalled …", "The broadcaster also aired …", "The daily, which is close to the Guards, ran …"): the latest
    outlet of that noun's types speaks, as ``outlet_as_subject`` has it for a named outlet."""
    cues, tokens = sent.cues, sent.tokens
    if not cues.outlet_subject or not tokens:
        return None
    first = 0
    while first < len(tokens) and tokens[first].key in cues.lead_ins:
        first += 1
    for phrase, types in cues.continuation:
        if _phrase_at(tokens, first, phrase) is None:
            continue
        k = _after_apposition(sent, first + len(phrase))
        while k is not None and k < len(tokens) and tokens[k].key in cues.lead_ins:
            k += 1  # "The broadcaster also aired"
        if k is None or k >= len(tokens):
            return None
        word, key = sent.text[tokens[k].start:tokens[k].end], tokens[k].key
        if not word[:1].islower() or key in cues.outlet_subject_stops or key in cues.stops \
                or key in cues.clause_openers or sent.verb_at(k):
            return None
        return _Cue(first=0, last=k, attribution=Attribution(kind="indirect"), anaphor=types)
    return None


def outlet_after_verb(sent: _Sentence) -> _Cue | None:
    """Verb-first order (``subject_after_verb``): a sentence without a reporting verb whose first clause is a
    verb and an outlet («وعرضت شبكة CNN صوراً …», «فقد ركزت قناة «العربية» على …») or a topic marker and an
    outlet («أما وكالة «تسنيم»، …»): the outlet is the subject, and the sentence its voice."""
    cues, tokens = sent.cues, sent.tokens
    if not cues.subject_after_verb or not sent.mentions:
        return None
    mention = sent.mentions[0]
    if mention.prefix.strip("و"):
        return None  # «لوكالة», «بقناة»: an addressee or an instrument, not a subject
    start = sent.clause_start(mention.i)
    if start > 0 and sent.clause_start(start - 1) != 0:
        return None  # at most one opening phrase («في طهران،») before the clause
    k = start
    while k < mention.i and (tokens[k].key in cues.lead_ins or tokens[k].key in cues.clause_openers):
        k += 1
    if mention.i - k != 1 or not (tokens[k].key in cues.topic or _verb_like(sent, k)) \
            or any(v in cues.outlet_subject_stops for v in clitic_variants(tokens[k].key)):  # «وكانت صحيفة … قد تعرضت»
        return None
    att = Attribution(kind="indirect", outlet=mention.outlet)
    att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(sent.lex, mention.outlet, mention.name)
    return _Cue(first=start, last=mention.j, attribution=att)


def _verb_like(sent: _Sentence, k: int) -> bool:
    """A word that can be a verb: no article, no noun ending, none of the cues' function words."""
    cues = sent.cues
    variants = clitic_variants(sent.tokens[k].key)
    if any(v.startswith("ال") or v.endswith(cues.noun_endings) for v in variants):
        return False
    words = (cues.stops, cues.addressee, cues.verbal_noun_markers, cues.report_nouns, cues.documents,
             cues.demonstratives, cues.according_to_fillers)
    return not any(v in group for v in variants for group in words)


def _after_apposition(sent: _Sentence, j: int) -> int | None:
    """The token after the subject ending at token j: past "(HRANA)" and ", the official news agency,"."""
    n = len(sent.tokens)
    after = sent.after_parenthesis(j)
    if after is None:
        return None
    j = after
    if j < n and "," in sent.gap(j):
        limit = sent.lex.config.attribution.speaker_max_words + 5
        return next((k for k in range(j + 1, min(n, j + limit)) if "," in sent.gap(k)), None)
    return j


def contrast_outlets(sent: _Sentence, found: list[_Cue]) -> list[_Cue]:
    """Clauses opened by a contrast marker, with no cue of their own, whose subject is an outlet: «…، فيما ركزت
    «الجزيرة» على …» (verb first), "…, while Al-Jarida, which …, called the review …" (subject first). A press
    review sets outlets side by side this way; each clause is its outlet's voice."""
    cues, tokens = sent.cues, sent.tokens
    out: list[_Cue] = []
    for p in range(1, len(tokens)):
        marker = sent.phrase_at(p, cues.contrast)
        if marker is None:
            continue
        k = p + len(marker)
        if k < len(tokens) and k not in sent.mention_at and (cues.subject_after_verb and _verb_like(sent, k)):
            if any(v in cues.outlet_subject_stops for v in clitic_variants(tokens[k].key)):
                continue  # «فيما تعرضت «الجزيرة» …»: what befell the outlet, not its reporting
            k += 1  # «فيما ركزت «الجزيرة»»
        mention = sent.mention_at.get(k)
        if mention is None or mention.prefix.strip("و") or mention.possessive \
                or any(p <= c.first < _next_marker(sent, k) for c in found):
            continue
        after = tokens[mention.j].key if mention.j < len(tokens) else ""
        if k == p + len(marker) and (not cues.outlet_subject or not after or after in cues.outlet_subject_stops):
            continue  # subject first: only where the language writes it so, and a verb of its own may follow
        att = Attribution(kind="indirect", outlet=mention.outlet)
        att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(sent.lex, mention.outlet, mention.name)
        out.append(_Cue(first=p, last=mention.j, attribution=att))
    return out


def _next_marker(sent: _Sentence, k: int) -> int:
    """The next contrast marker at or after token k, else the sentence's end."""
    return next((p for p in range(k, len(sent.tokens)) if sent.phrase_at(p, sent.cues.contrast) is not None), len(sent.tokens))
