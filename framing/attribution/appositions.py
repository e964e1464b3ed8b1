"""A source named before an apposition ("Vice Adm. Daniel Harlow, commander of U.S. naval forces, said", "Mwatana,
a Yemeni group, said") or before a comma-set name ("a pharmacist who gave only his first name, Fadi, told"), and a
definite source that refers back to the one named before ("the aide, who asked not to be named, added"; "the agency,
which is close to the Guards, said": the outlet named before)."""

from __future__ import annotations

import re

from framing.attribution.continuations import _continuation_ending_at
from framing.attribution.cues import _stem
from framing.attribution.kinds import _head, typed_by_apposition
from framing.attribution.sentence import _name_outlet, _outlet_speaker, _Sentence, _set_speaker
from framing.attribution.speakers import _Cue
from framing.attribution.unlisted import _NEWS_TYPES, _capitalized, _clean_name, appositive_type
from framing.text import clitic_variants


def _before_apposition(sent: _Sentence, v: int, first: int, cue: _Cue) -> bool:
    """"Vice Adm. Daniel Harlow, commander of U.S. naval forces, said": the name before the apposition."""
    if re.search(r'["”»]', sent.gap(v)):
        return False  # '"…," said X': a quotation, not an apposition, stands before the verb
    k = v - 1 if v - 1 <= first else max(first, sent.clause_start(v - 1))  # back to the clause boundary
    k = _relative_clause_start(sent, k, first)
    if k <= first or v - k > 3 * sent.lex.config.attribution.speaker_max_words:  # "X, who declined to be named …, said"
        return False
    last = sent.tokens[v - 1].key
    if not sent.boundary_before(v) and last in sent.cues.clause_openers and (
            last not in sent.cues.coordinators or any(sent.verb_at(p) for p in range(k, v - 1))):
        return False  # no apposition ends in "who", "that": "On Monday, the minister said … and warned" (not "X, a
        # spokesman, visited the hospital and said", the apposition's own verb joined to an act)
    end = k
    start = end - 1
    while start > first and end - start < sent.lex.config.attribution.speaker_max_words and not sent.boundary_before(start):
        if (sent.tokens[start - 1].key in sent.cues.clause_openers and not _name_goes_on(sent, start - 1)) \
                or sent.verb_at(start - 1):
            break
        start -= 1
    if start == end or (start > first and not sent.boundary_before(start) and not _after_contrast_marker(sent, start)):
        return False
    att = cue.attribution
    mention = sent.mention_ending_at(end, start)
    mention = mention if mention is not None and _names_the_outlet(sent, start, mention.i) else None
    back = _continuation_ending_at(sent, end, start) if mention is None else None
    if back is not None and back[0] == start and _NEWS_TYPES.intersection(back[1]) \
            and sent.tokens[end - 1].key not in sent.cues.documents:  # "The agency, which is close to the Guards,
        # said": the outlet named before (not "the movement, which …", a body, nor "the report, circulated to …")
        cue.anaphor = back[1]
        cue.anaphor_text = sent.surface(start, end)
    elif mention is not None:
        att.outlet = mention.outlet
        att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(sent.lex, mention.outlet, mention.name)
    else:
        _set_speaker(att, sent, start, end)
        att.speaker_type = typed_by_apposition(sent, start, end, att.speaker_type)  # "Mwatana, a Yemeni group, said"
        apposition = appositive_type(sent, end, _apposition_end(sent, end, v))
        named = start + (end - start > 1 and sent.tokens[start].key in sent.cues.appositive_determiners)
        if apposition and not att.outlet and _capitalized(sent, sent.tokens[named:end]):  # "the Reporter, a weekly"
            _name_outlet(att, sent, _clean_name(sent.surface(start, end)), apposition)  # "Nawaat, a news site, said"
        _refer_back(sent, start, end, cue)  # "The aide, who asked not to be named, added"
    cue.first = min(cue.first, start)
    return True


def _named_after_its_clause(sent: _Sentence, v: int, first: int, cue: _Cue) -> bool:
    """"A pharmacist who gave only his first name, Fadi, told": a comma-set name right before the verb follows the
    speaker's clause; the speaker is that clause's noun phrase, up to a relative pronoun or a verb."""
    name = _bare_name_before(sent, v, first)
    if name is None:
        return False
    start = max(first, sent.clause_start(name - 1))
    while first < start and sent.tokens[start].key in sent.cues.relative_pronouns:  # "The mother, who lives in Marib, Amal,"
        start = max(first, sent.clause_start(start - 1))
    while start < name and sent.tokens[start].key in sent.cues.lead_ins:
        start += 1
    end = next((q for q in range(start, name) if sent.tokens[q].key in sent.cues.relative_pronouns or sent.verb_at(q)
                or (q > start and sent.boundary_before(q))), name)
    if end == start or end - start > sent.lex.config.attribution.speaker_max_words \
            or any(p in sent.mention_at for p in range(start, end)):
        return False
    _set_speaker(cue.attribution, sent, start, end)
    _refer_back(sent, start, end, cue)
    cue.first = min(cue.first, start)
    return True


def _bare_name_before(sent: _Sentence, v: int, first: int) -> int | None:
    """Where a comma-set proper name of three words at most that names no outlet opens right before the verb at v,
    with more of the clause before it (", Fadi, told"), else None."""
    k = sent.clause_start(v - 1) if v - 1 > first else first
    if k <= first or v - k > 3 or "," not in sent.gap(k) \
            or not all(t.surface[:1].isupper() for t in sent.tokens[k:v]) \
            or any(p in sent.mention_at for p in range(k, v)):
        return None
    return k


def _relative_clause_start(sent: _Sentence, k: int, first: int) -> int:
    """Where the comma-set relative clause holding token k opens, when a clause opener inside it ended the clause at
    k ("A UN official, who asked not to be named because talks had not begun, said": back to "who"), else k."""
    if sent.tokens[k].key in sent.cues.relative_pronouns or "," in sent.gap(k):
        return k
    for p in range(k - 1, first, -1):
        if "," in sent.gap(p):
            return p if sent.tokens[p].key in sent.cues.relative_pronouns else k
    return k


def _after_contrast_marker(sent: _Sentence, k: int) -> bool:
    """A contrast marker ends right before token k: "…, while Le360, a site close to the palace, said"."""
    return any(k >= len(m) and sent.phrase_at(k - len(m), [m]) is not None for m in sent.cues.contrast)


def _apposition_end(sent: _Sentence, k: int, v: int) -> int:
    """The end of the apposition opening at token k: its closing comma, else the verb."""
    return next((p for p in range(k + 1, v) if "," in sent.gap(p)), v)


def _refer_back(sent: _Sentence, start: int, end: int, cue: _Cue) -> None:
    """A definite source ("the official", "one of the sources", "the aide") refers back to the one named before;
    a known speaker is named, not referred back to."""
    att = cue.attribution
    tokens, cues = sent.tokens, sent.cues
    partitive = end - start > 2 and tokens[start + 1].key in cues.head_stops and tokens[start + 2].key in cues.demonstratives
    definite = any(t.key in cues.demonstratives for t in tokens[start:end]) \
        and (tokens[start].key not in cues.indefinite_determiners or partitive)  # not "a UN official in the talks";
    # "two of the officials" is a partitive, definite
    if definite and (att.speaker_type == "anonymous" or (  # "The aide, who asked not to be named, added"
            att.speaker_type == "official" and tokens[start].key in cues.demonstratives
            and not sent.known_speaker(start, end) and not _proper_name(sent, start + 1, end))):
        # content words only: "the", "a" or "of" shared with an earlier speaker refers to nothing
        function_words = cues.demonstratives | cues.stops | cues.indefinite_determiners | cues.head_stops | cues.prepositions
        words = tokens[start:end]
        if sent.lang == "en" and att.speaker_type == "official":  # "the central bank's media office": its head, not "bank"
            head = _head(sent, [t.key for t in words])
            # a name before the head must be the earlier speaker's too: "the Iranian delegation" is not "the EU delegation"
            named = [t for t in words[1:head] if t.surface[:1].isupper() and t.key not in function_words]
            cue.anaphor_whole = bool(named)
            words = [*named, *words[head : head + 1]]
        cue.anaphor_stems = frozenset(
            _stem(v[-1]) for t in words if t.key not in function_words
            for v in (clitic_variants(t.key),))


def _proper_name(sent: _Sentence, i: int, j: int) -> bool:
    """Two capitalized words or more in tokens [i, j): a name ("The Human Rights Commission"), not "the minister"."""
    return sum(t.surface[:1].isupper() for t in sent.tokens[i:j]) >= 2


def _name_goes_on(sent: _Sentence, k: int) -> bool:
    """Token k links two parts of one name that runs on after it ("Economic and Social Rights"), not two subjects
    ("Talks resumed on Monday and Hamas, which …")."""
    return _inside_a_name(sent, k) and k + 2 < len(sent.tokens) and sent.tokens[k + 2].surface[:1].isupper() \
        and not sent.boundary_before(k + 2)


def _names_the_outlet(sent: _Sentence, start: int, i: int) -> bool:
    """Whether the words from ``start`` to an outlet's name at token i only qualify it: determiners, an owner
    ("Iran's Tasnim news agency") and at most one other word ("the semi-official Tasnim"), not "the head of Reuters"."""
    cues = sent.cues
    others = [k for k in range(start, i)  # a hyphenated word ("semi-official") counts once
              if sent.tokens[k].key not in cues.demonstratives and not sent.tokens[k].key.endswith(tuple(cues.possessive_endings))
              and not (k > start and sent.gap(k) in "-‑–")
              and not (k == start and sent.tokens[k].key in cues.clause_openers)]  # "…, while Tasnim, which …"
    return len(others) <= 1


def _inside_a_name(sent: _Sentence, k: int) -> bool:
    """A lower-case link between capitalized words ("Economic and Social Rights"; ``name_links``), part of a name."""
    tokens = sent.tokens
    return 0 < k < len(tokens) - 1 and tokens[k].surface.islower() and tokens[k].key in sent.cues.name_links \
        and tokens[k - 1].surface[:1].isupper() and tokens[k + 1].surface[:1].isupper() and not sent.boundary_before(k)
