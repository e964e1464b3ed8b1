"""The type of a speaker phrase: a known speaker's, anonymous, a state body (official markers), a non-state body
(organization markers), data's owner, or the default for a person; read off the phrase's head."""

from __future__ import annotations

from typing import TYPE_CHECKING

from framing.attribution.cues import _stem, known_speakers
from framing.attribution.kinds import _head, a_unit, data_type, staff_type, unmarked_type
from framing.attribution.mentions import _without_ending
from framing.attribution.unlisted import _clean_name
from framing.text import clitic_variants

if TYPE_CHECKING:
    from framing.attribution.sentence import _Sentence


def _speaker_of(sent: _Sentence, i: int, j: int, default: str = "official") -> tuple[str, str, frozenset[str]]:
    """Canonical name, speaker type and stems for the phrase tokens[i:j]: a known speaker's type, anonymous,
    a state body (official markers), a non-state body (organization markers), else ``default`` (a person
    in office, or a state, as the subject of a cue; the owner of a document is a body)."""
    tokens = sent.tokens[i:j]
    keys = [t.key for t in tokens]
    stems = frozenset(_stem(clitic_variants(k)[-1]) for k in keys if k not in sent.cues.function_words)
    if j - i > 1 and "(" in sent.gap(j - 1):  # "the National Oil Corporation (NOC)": the name's short form is no head
        keys = keys[:-1]
    head = _head(sent, keys)
    for k, length, name, stype in known_speakers(sent.lex, tokens):
        # a person anywhere in the phrase («المتحدث باسم الخارجية إسماعيل بقائي»); a body only as its
        # head ("Lebanon's Hezbollah", not "a Hezbollah official" or "Iran's envoy to the IAEA")
        if stype == "official" or k <= head < k + length:
            return name, stype, stems
        if keys and keys[head] in sent.cues.spokesperson_nouns:  # "an IMF spokeswoman", «متحدث باسم المفوضية»:
            return _clean_name(sent.surface(i, j)), stype, stems  # a spokesperson speaks for the body named
        if keys and a_unit(sent, keys[head]):  # "the UN peacekeeping force", «وفد الحوثيين»: a unit of the body named
            return _clean_name(sent.surface(i, j)), stype, stems
    surface = _clean_name(sent.surface(i, j))
    names = frozenset(k for k, t in enumerate(tokens) if t.surface[:1].isupper())
    headed = _body_type(sent, keys, names)  # a body by the marker at its head: "the refugee agency", «نقابة المعلمين»
    data = None if headed is not None else data_type(sent, i, j)  # data: their owner's, or the narrator's
    if data is not None:
        return surface, data, stems
    if headed is None and any(_stem(v) in sent.cues.anonymous for t in _unnamed_words(sent, i, j) for v in clitic_variants(t.key)):
        return surface, staff_type(sent, i, j) or "anonymous", stems
    if sent.lang == "en" and 0 < head < len(tokens):  # "the rights group ALQST": a name after the noun that types it
        name = head
        while name > 0 and tokens[name].surface[:1].isupper():
            name -= 1
        if name < head and not tokens[name].surface[:1].isupper():
            described = _body_type(sent, keys[: name + 1])
            if described:
                return surface, described, stems
    return surface, headed or unmarked_type(sent, i, j, default), stems


def _unnamed_words(sent: _Sentence, i: int, j: int) -> list:
    """The tokens of the phrase tokens[i:j] that may mark an unnamed source: in English, not a capitalized word inside a
    name ("the House of Representatives", "Reporters Without Borders"; the sentence's first word may be "Officials")."""
    if sent.lang != "en":
        return sent.tokens[i:j]
    return [t for k, t in enumerate(sent.tokens[i:j], start=i) if k == 0 or not t.surface[:1].isupper()]


def _cut(sent: _Sentence, keys: list[str]) -> int:
    """Where the phrase's first prepositional phrase begins ("the ministry | in Tehran")."""
    return next((n for n in range(1, len(keys)) if keys[n] in sent.cues.stops), len(keys))


def _state_owned(sent: _Sentence, keys: list[str], n: int) -> bool:
    """Whether the body headed by keys[n] (one of ``state_body_heads``) is a state's: in English, owned by a country or
    a state body named with a possessive before it ("Iran's Atomic Energy Organization", "the Pentagon's … Agency");
    in Arabic, a state body its genitive after it («مركز الإحصاء الإيراني», «المركز الإعلامي لمجلس الوزراء»)."""
    cues = sent.cues
    if not any(v in cues.state_body_heads for v in clitic_variants(keys[n])):
        return False
    if sent.lang == "en":
        owners = [_without_ending(k, cues.possessive_endings) for k in keys[:n] if k.endswith(cues.possessive_endings)]
        return any(o in cues.place_countries or o in cues.official for o in owners)
    after = keys[n + 1:]
    for m, key in enumerate(after):  # a marker of one word («الإحصاء») or two («لمجلس الوزراء»)
        following = after[m + 1] if m + 1 < len(after) else ""
        if any(v in cues.official or f"{v} {following}" in cues.official for v in clitic_variants(key)):
            return True
    return False


def _body_type(sent: _Sentence, keys: list[str], names: frozenset[int] = frozenset()) -> str | None:
    """'official' or 'organization' by the marker at the head of the phrase, or None.

    The head is the first word in Arabic and the last before a prepositional phrase in English ("the
    foreign ministry in Tehran"). A generic body noun or a document at the head (office, «مكتب», «تقرير») takes its
    type from the nearest qualifier that has one («مكتب الأمم المتحدة», "the UN human rights office");
    any other head (a title: «قائد قوات …» is a person) has none. A capitalized owner (``names``: the indexes of
    capitalized words) counts without its possessive ending ("the UN's refugee office"; not "the bank's board").
    """
    cues = sent.cues
    cut = _head(sent, keys) + 1 if sent.lang == "en" else _cut(sent, keys)
    order = range(cut - 1, -1, -1) if sent.lang == "en" else range(cut)
    weak = False  # «العامة»: a state body unless another word says otherwise
    for count, n in enumerate(order):
        owner = _without_ending(keys[n], cues.possessive_endings) if n in names else keys[n]  # "the UN's …"
        pair = (f"{keys[n - 1]} {owner}" if n else "") if sent.lang == "en" else " ".join(keys[n : n + 2])
        variants = (*clitic_variants(keys[n]), owner)
        for markers, stype in ((cues.official, "official"), (cues.organization, "organization")):
            if pair in markers or any(v in markers for v in variants):
                return "official" if stype == "organization" and _state_owned(sent, keys, n) else stype
        if count == 0 and not any(v in cues.body_nouns or v in cues.unit_nouns or v in cues.documents for v in variants):
            return None
        weak = weak or any(v in cues.weak_official for v in variants)
    if weak and sent.lang != "en":  # past the head phrase («لحزب الاستقلال»), a marker still says whose body it is
        rest = [v for k in keys[cut:] for v in clitic_variants(k)]
        return "organization" if any(v in cues.organization for v in rest) else "official"
    return "official" if weak else None
