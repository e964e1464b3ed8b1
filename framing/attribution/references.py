"""Phrases that point back to an outlet through what it draws on: a possessive («مصادرها», «وفق
معلوماتها», "according to its sources") or the outlet as owner («مصادر الموقع», «مصادر «أكسيوس»»,
"the agency's sources"). The nouns, possessives and the outlet types they reach are in the config.
"""

from __future__ import annotations

from dataclasses import dataclass

from framing.attribution.cues import _phrase_at, is_nisba
from framing.attribution.sentence import Attribution, _outlet_speaker, _Sentence, _set_speaker
from framing.attribution.unlisted import _clean_name
from framing.text import clitic_variants


@dataclass(frozen=True)
class SourceReference:
    """Tokens [i, end) name the sources of an outlet: a named one (``outlet``) or the latest of ``types``."""

    end: int
    speaker_type: str  # 'anonymous' for its sources, 'outlet' for its information
    outlet: str = ""
    types: tuple[str, ...] = ()


def source_reference(sent: _Sentence, i: int) -> SourceReference | None:
    """The reference to an outlet's sources starting at token i, if any."""
    cues, tokens = sent.cues, sent.tokens
    if i >= len(tokens):
        return None
    mention = sent.mention_at.get(i)
    if mention is not None and mention.possessive:  # "Haaretz's sources", "the Journal's Gulf correspondent"
        for k in range(mention.j, min(mention.j + 3, len(tokens))):
            if tokens[k].key in cues.source_nouns:
                return SourceReference(k + 1, cues.source_nouns[tokens[k].key], outlet=mention.outlet)
            if tokens[k].key in cues.stops or sent.verb_at(k) or sent.boundary_before(k):
                break
    if mention is not None and not mention.prefix and mention.j < len(tokens) and not sent.boundary_before(mention.j) \
            and cues.source_nouns.get(tokens[mention.j].key) == "outlet":
        return SourceReference(mention.j + 1, "outlet", outlet=mention.outlet)  # "an AFP correspondent", "Reuters reporters"
    variants = clitic_variants(tokens[i].key)
    for ending in cues.possessive_endings:  # «مصادرها», «معلوماته»
        for v in variants:
            if v.endswith(ending) and v[: len(v) - len(ending)] in cues.source_nouns:
                return SourceReference(i + 1, cues.source_nouns[v[: len(v) - len(ending)]], types=cues.possessive_types)
    if tokens[i].key in cues.possessive_words:  # "its sources", "its Gulf correspondent" (two words at most between)
        for k in range(i + 1, min(i + 4, len(tokens))):
            if tokens[k].key in cues.source_nouns:
                return SourceReference(k + 1, cues.source_nouns[tokens[k].key], types=cues.possessive_types)
            if k == i + 1 and _report_noun(sent, k):  # "its editorial argues": the outlet's own words
                return SourceReference(k + 1, "outlet", types=cues.possessive_types)
            if tokens[k].key in cues.stops or sent.verb_at(k) or sent.boundary_before(k):
                break
    noun = next((v for v in variants if v in cues.source_nouns), None)
    if noun is not None and i + 1 < len(tokens):  # «مصادر الموقع», «مصادر «أكسيوس»»: the owner follows
        mention = sent.mention_at.get(i + 1)
        if mention is not None:
            return SourceReference(mention.j, cues.source_nouns[noun], outlet=mention.outlet)
        for phrase, types in cues.continuation:
            if _phrase_at(tokens, i + 1, phrase, clitics=False) is not None:
                end = i + 1 + len(phrase)
                while end < len(tokens) and is_nisba(tokens[end].key) and not sent.boundary_before(end):
                    end += 1
                return SourceReference(end, cues.source_nouns[noun], types=types)
    return _owner_before(sent, i)


def _owner_before(sent: _Sentence, i: int) -> SourceReference | None:
    """English order: the owner with a possessive ending before the noun: "the agency's sources", "the paper's
    editorial", or with two words at most between them ("the paper's chief columnist")."""
    cues, tokens = sent.cues, sent.tokens
    for phrase, types in cues.continuation:
        end = i + len(phrase)
        if end >= len(tokens):
            continue
        last = tokens[end - 1].key
        if not any(last.endswith(e) and last[: len(last) - len(e)] == phrase[-1] for e in cues.possessive_endings) \
                or not all(tokens[i + k].key == phrase[k] for k in range(len(phrase) - 1)):
            continue
        if _report_noun(sent, end):  # "the paper's editorial"
            return SourceReference(end + 1, "outlet", types=types)
        for k in range(end, min(end + 3, len(tokens))):
            if tokens[k].key in cues.source_nouns:
                return SourceReference(k + 1, cues.source_nouns[tokens[k].key], types=types)
            if tokens[k].key in cues.stops or sent.verb_at(k) or (k > end and sent.boundary_before(k)):
                break
    return None


def take_reference(sent: _Sentence, i: int, ref: SourceReference, att: Attribution) -> tuple[str, ...] | None:
    """Fill ``att`` from the reference at token i; the outlet types to resolve it against, or None when it names its outlet."""
    if ref.outlet:
        att.outlet = ref.outlet
    if ref.speaker_type == "anonymous":
        att.speaker, att.speaker_type = _clean_name(sent.surface(i, ref.end)), "anonymous"
    elif ref.outlet:
        att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(sent.lex, ref.outlet)
    return None if ref.outlet else ref.types


@dataclass(frozen=True)
class Report:
    """Tokens [i, end) name an outlet's report: «تقرير لصحيفة «هآرتس»», "figures compiled by Reuters"."""

    outlet: str
    end: int


def report_by(sent: _Sentence, i: int) -> Report | None:
    """The nominal report of an outlet starting at token i, after a determiner and at most one word ("a", "an opinion"): a report noun
    with a link and the outlet after it («تقرير لموقع «أكسيوس»», «بيانات جمعتها «رويترز»», "a report in The
    New York Times"), or the outlet right before it ("a Reuters report")."""
    cues, tokens = sent.cues, sent.tokens
    for start in (i, i + 1, i + 2):  # "a report", "an opinion piece": a determiner and one word before the noun
        if start >= len(tokens) or (start > i and tokens[i].key not in cues.report_determiners) \
                or (start == i + 2 and (tokens[i + 1].key in cues.stops or sent.verb_at(i + 1) or i + 1 in sent.mention_at)):
            return None
        mention = sent.mention_at.get(start)
        if mention is not None:  # "a Reuters report"
            return Report(mention.outlet, mention.j + 1) if _report_noun(sent, mention.j) else None
        if not _report_noun(sent, start):
            continue
        k = start + 1
        if k + 1 < len(tokens) and tokens[k].key in cues.report_qualifiers and not sent.boundary_before(k):
            k += 1  # «تقرير ميداني لموقع …»: an adjective after the noun
        mention = sent.mention_at.get(k)
        if mention is not None and mention.prefix.endswith(tuple(cues.addressee)):  # «تقرير لصحيفة»
            return Report(mention.outlet, mention.j)
        link = sent.phrase_at(k, cues.report_links)
        if link is None:
            return None
        k += len(link)
        if k < len(tokens) and k not in sent.mention_at and tokens[k].key in cues.demonstratives:
            k += 1  # "compiled by the Financial Times"
        p = k  # "in the Beirut daily Al-Akhbar", "in the state-run Tishreen": a place or qualifiers before the name
        while p < min(k + 3, len(tokens)) and p not in sent.mention_at and not sent.boundary_before(p) \
                and (tokens[p].key in cues.outlet_qualifiers or tokens[p].surface[:1].isupper()):
            p += 1
        mention = sent.mention_at.get(p)
        return Report(mention.outlet, mention.j) if mention is not None else None
    return None


def _report_noun(sent: _Sentence, k: int) -> bool:
    return k < len(sent.tokens) and any(v in sent.cues.report_nouns for v in clitic_variants(sent.tokens[k].key))


def report_source(sent: _Sentence, k: int, att: Attribution) -> int:
    """After a report: "that cited two officials", «نقلت عن مصادر»: the speaker it relays; the token after it."""
    cues, tokens = sent.cues, sent.tokens
    if k < len(tokens) and tokens[k].key in cues.nested:  # "citing two officials"
        nested = k + 1
    else:
        j = k + 1 if k < len(tokens) and tokens[k].key in cues.clause_openers else k
        verb = sent.verb_at(j) if j < len(tokens) else None
        if verb is None or not verb.transmits:
            return k
        nested = j + 2 if j + 1 < len(tokens) and tokens[j + 1].key in cues.nested else j + 1
    end = sent.noun_phrase(nested, limit=sent.lex.config.attribution.speaker_max_words)
    if end > nested:
        _set_speaker(att, sent, nested, end)
        return end
    return k


def take_report(sent: _Sentence, report: Report, att: Attribution) -> int:
    """Fill ``att`` with the report's outlet (and the source it relays); the token after the report."""
    att.outlet = report.outlet
    att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(sent.lex, report.outlet)
    return report_source(sent, report.end, att)


def report_opening(sent: _Sentence) -> Report | None:
    """A report that opens the sentence as its channel, set off by a comma, with no cue of its own: «وفي تقرير
    ميداني لموقع «نواة»، خرج مئات الشبان …», "In a report by Al-Monitor, the talks were described as …"."""
    opener = sent.phrase_at(0, sent.cues.report_openers)  # "in a report", «وفي تقرير»: ending with the report noun
    if opener is None:
        return None
    report = report_by(sent, len(opener) - 1)
    if report is None:
        return None
    for k in range(report.end, min(report.end + 3, len(sent.tokens))):  # «لموقع «نواة» المستقل،»: a qualifier may follow
        if sent.comma_before(k):
            return report
        if sent.verb_at(k) or sent.is_complementizer(k) or k in sent.mention_at:
            return None
    return None


def report_before(sent: _Sentence, first: int) -> Report | None:
    """A report ending at most three words before token ``first`` (a cue's first word), as the channel of
    its clause: «وفي تقرير لصحيفة «نيويورك تايمز»، قال مسؤولان …», "In a Reuters report on Monday, officials said"."""
    for j in range(max(0, first - 12), first):
        report = report_by(sent, j)
        if report is not None and first - 3 <= report.end <= first:
            return report
    return None
