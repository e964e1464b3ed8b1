"""Outlets named in a sentence («وكالة «إرنا»», "The Wall Street Journal", "Haaretz's", a short name such as "the
Journal" once its outlet is named), found with the lexicon's alias index; and the small word tests the readers share
(an addressee proclitic, a relational adjective)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from framing.attribution.cues import _CONJ, Lexicon, _Cues, _conj_variants, _phrase_at, is_nisba
from framing.model import Token
from framing.text import clitic_variants


@dataclass(frozen=True)
class _Mention:
    """An outlet named in a sentence: tokens [i, j), with a type noun before it when present."""

    i: int
    j: int
    outlet: str
    prefix: str  # proclitic on the first token (type noun or name), e.g. 'ل' in «لوكالة»
    name: str = ""  # an outlet the config does not list: its name as written
    source_type: str = ""  # and the type its type noun gives
    possessive: bool = False  # "Haaretz's": what follows is the outlet's (a report, a website, its sources)


_OPENING = "«“\"'"
_CLOSING = "»”\"'"


def _quoted_at(text: str, tokens: list[Token], i: int, length: int) -> bool:
    """Whether tokens[i:i+length] stand between quotation marks in ``text`` (a proclitic or «لـ» before the
    opening mark is allowed: «لـ«الشرق الأوسط»», «و"النهار"»)."""
    if not text or i + length > len(tokens):
        return False
    start, end = tokens[i].start, tokens[i + length - 1].end
    return start > 0 and text[start - 1] in _OPENING and end < len(text) and text[end] in _CLOSING


def _mentions(tokens: list[Token], lex: Lexicon, cues: _Cues, named: Mapping[str, int] | None = None,
              text: str = "") -> list[_Mention]:
    """The outlets named in ``tokens``; a short name ("the Journal") counts for an outlet in ``named``
    (outlet -> when it was last named), the most recently named when several share it; a quoted name
    («الشرق الأوسط») counts when ``text`` has it between quotation marks."""
    found: list[_Mention] = []
    taken: set[int] = set()
    named = named or {}
    for i in range(len(tokens)):
        if i in taken:
            continue
        key = tokens[i].key
        variants = clitic_variants(key)
        lookup = (*variants, *(key[: -len(e)] for e in cues.name_possessive_endings if key.endswith(e) and len(key) > len(e)))
        if not any(v in lex.name_starts for v in lookup):
            continue  # (most words: no outlet's name starts with them)
        after = tokens[i + 1].key if i + 1 < len(tokens) else ""
        named_as = [v for v in variants if "ال" + v not in variants]  # «الصباح» is not the name «صباح»
        candidates = sorted(  # a phrase of several words needs its second word next (with a possessive ending, too)
            {(c, 0) for v in lookup for c in lex.alias_index.get(v, ()) if len(c[0]) == 1 or after.startswith(c[0][1])}
            | {(c, -named[c[1]]) for v in variants for c in lex.short_index.get(v, ()) if c[1] in named}
            | {(c, 0) for v in named_as for c in lex.quoted_index.get(v, ()) if _quoted_at(text, tokens, i, len(c[0]))}
            | _bare_named(tokens, i, named_as, lex, cues, named, text)
            | {(c, 0) for c in _typed_bare(tokens, i, named_as, lex, cues)},
            key=lambda x: (-len(x[0][0]), x[1], x[0]),  # longest first; a full alias before a short name
        )
        for (phrase, outlet), _recency in candidates:
            prefix = _phrase_at(tokens, i, phrase)
            possessive = prefix is None and _possessive_at(tokens, i, phrase, cues.name_possessive_endings)
            prefix = "" if possessive else prefix
            if prefix is None or any(k in taken for k in range(i, i + len(phrase))):
                continue
            cased = lex.alias_case.get((phrase, outlet), ())
            surfaces = [tokens[i + k].surface for k in range(len(cased))]
            if possessive and surfaces:  # "BBC's": the case of the name, not of its ending
                surfaces[-1] = _without_ending(surfaces[-1], cues.name_possessive_endings)
            if any((flag == 1 and not surface[:1].isupper()) or (flag == 2 and not surface.isupper())
                   for surface, flag in zip(surfaces, cased)):
                continue  # "the independent outlet" is not The Independent, "Map" is not MAP
            own = _own_country(lex, cues, outlet)
            if phrase in lex.descriptive and _qualified(tokens, i, i + len(phrase), cues.outlet_qualifiers, own):
                continue  # "Libyan state TV", «التلفزيون الرسمي السوري»: another outlet of that description
            start = i
            for noun, _type in cues.type_nouns:  # «وكالة» before «إرنا»
                n = len(noun)
                if start - n >= 0 and (start - n) not in taken \
                        and (found_prefix := _phrase_at(tokens, start - n, noun)) is not None:
                    prefix = found_prefix
                    start -= n
                    break
            end = i + len(phrase)
            # "the IRNA news agency", "the Dawn newspaper"; after a possessive, qualifiers too: "Al Jazeera's Arabic
            # website" is the outlet
            for skip in range(3 if possessive else 1):
                if skip and (end + skip > len(tokens) or tokens[end + skip - 1].key not in cues.outlet_qualifiers):
                    break
                noun = _type_noun_at(tokens, end + skip, cues)
                if noun is not None:
                    end += skip + len(noun)
                    possessive = False
                    more = _type_noun_at(tokens, end, cues)
                    end += len(more) if more is not None else 0  # "the BBC news website"
                    break
            found.append(_Mention(start, end, outlet, prefix, possessive=possessive))
            taken.update(range(start, end))
            break
    return sorted(found + _state_media(tokens, lex, cues, taken), key=lambda m: m.i)


def _state_media(tokens: list[Token], lex: Lexicon, cues: _Cues, taken: set[int]) -> list[_Mention]:
    """A country's state outlet by its description (``state_media_phrases``) and a word of the country
    (``country_adjectives``) before it ("Syria's state news agency") or after it («التلفزيون الرسمي العراقي»,
    «التلفزيون العراقي الرسمي»): the outlet ``state_media`` lists for that country and type."""
    found: list[_Mention] = []
    for i in range(len(tokens)):
        index = cues.state_media_index
        for phrase, source_type in [c for v in clitic_variants(tokens[i].key) for c in index.get(v, ())]:
            end = i + len(phrase)
            prefix = _phrase_at(tokens, i, phrase)
            if prefix is None or any(k in taken for k in range(i, end)):
                continue
            before = _without_ending(tokens[i - 1].key, cues.possessive_endings) if i > 0 and i - 1 not in taken else ""
            after = end
            while after < len(tokens) and tokens[after].key in cues.outlet_qualifiers:
                after += 1
            if before in cues.place_countries:
                start, country = i - 1, cues.place_countries[before]
            elif after < len(tokens) and after not in taken and tokens[after].key in cues.place_countries:
                start, country = i, cues.place_countries[tokens[after].key]
                end = after + 1
                while end < len(tokens) and tokens[end].key in cues.outlet_qualifiers:
                    end += 1  # «التلفزيون العراقي الرسمي»
            else:
                continue
            outlet = lex.state_media.get((country, source_type))
            if outlet:
                found.append(_Mention(start, end, outlet, "" if start < i else prefix))
                taken.update(range(start, end))
                break
    return found


def _bare_named(tokens: list[Token], i: int, variants: list[str], lex: Lexicon, cues: _Cues, named: Mapping[str, int],
                text: str) -> set:
    """A bare name («النهار», ``bare_names``) once its outlet is named: the subject right after a reporting verb,
    ending there («وترى النهار أن …»); (candidate, -when last named) pairs."""
    found = {(c, -named[c[1]]) for v in variants for c in lex.bare_index.get(v, ()) if c[1] in named}
    if not found or not 0 < i < len(tokens) - 1 \
            or not any(v in cues.verbs for v in _conj_variants(tokens[i - 1].key)) \
            or not (tokens[i + 1].key in cues.complementizers or _ends_at(text, tokens, i)):
        return set()
    return found


def _own_country(lex: Lexicon, cues: _Cues, outlet: str) -> frozenset[str]:
    """The adjectives of the outlet's country (``country_adjectives``), which do not make it another outlet."""
    return cues.country_adjectives.get(lex.outlet_countries.get(outlet, ""), frozenset())


def _typed_bare(tokens: list[Token], i: int, variants: list[str], lex: Lexicon, cues: _Cues) -> set:
    """A bare name after a type noun that only one outlet of that type has («قناة النهار» is Ennahar TV where
    «صحيفة النهار» is An-Nahar; «صحيفة الأيام» is none, three papers share it), not narrowed by a relational
    adjective of another country («قناة الفضائية المصرية») nor going on with «و» («قناة القاهرة والناس»)."""
    stripped = [c for v in variants for c in lex.stripped_index.get(v, ())]
    if not stripped:
        return set()
    types = {t for noun, t in cues.type_nouns if i >= len(noun) and _phrase_at(tokens, i - len(noun), noun) is not None}
    found = {c for c in stripped if lex.outlet_types.get(c[1]) in types}
    after = tokens[i + 1].key if i + 1 < len(tokens) else ""
    return {c for c in found if sum(phrase == c[0] for phrase, _o in found) == 1 and not after.startswith("و")
            and not _qualified(tokens, i, i + len(c[0]), cues.outlet_qualifiers, _own_country(lex, cues, c[1]))}


def _ends_at(text: str, tokens: list[Token], i: int) -> bool:
    """A comma, colon or stop right after token i: the name ends its phrase («وتابعت الأيام، وفق معلوماتها، أن»)."""
    gap = text[tokens[i].end:tokens[i + 1].start] if text and i + 1 < len(tokens) else ""
    return any(mark in gap for mark in ",،:.")


def _possessive_at(tokens: list[Token], i: int, phrase: tuple[str, ...], endings: tuple[str, ...]) -> bool:
    """``phrase`` starts at token i with a possessive ending on its last word ("Haaretz's", "the Journal's")."""
    last = i + len(phrase) - 1
    if last >= len(tokens) or (len(phrase) > 1 and _phrase_at(tokens, i, phrase[:-1]) is None):
        return False
    key = tokens[last].key
    stripped = next((key[: -len(e)] for e in endings if key.endswith(e) and len(key) > len(e)), None)
    if stripped is None:
        return False
    return stripped == phrase[-1] or (len(phrase) == 1 and phrase[0] in clitic_variants(stripped))


def _without_ending(surface: str, endings: tuple[str, ...]) -> str:
    """``surface`` without a possessive ending ("BBC's" -> "BBC"); the endings are match keys (lower case)."""
    folded = surface.casefold().replace("’", "'")
    return next((surface[: -len(e)] for e in endings if folded.endswith(e) and len(surface) > len(e)), surface)


def _qualified(tokens: list[Token], i: int, j: int, qualifiers: frozenset[str] = frozenset(),
               own: frozenset[str] = frozenset()) -> bool:
    """A descriptive alias narrowed by a word the alias does not have: a capitalized word before it
    (English: "Libyan state TV") or a relational adjective right after it (Arabic: «… الرسمي السوري»); an outlet
    qualifier there only says what the outlet is («الوكالة الوطنية للإعلام الرسمية»), and the word after it counts,
    as does the outlet's own country (``own``: «السومرية العراقية»)."""
    before = tokens[i - 1].surface if i > 0 else ""
    if before[:1].isupper() and before.isalpha() and before.isascii():
        return True
    while j < len(tokens) and tokens[j].key in qualifiers:
        j += 1
    return j < len(tokens) and is_nisba(tokens[j].key) and tokens[j].key not in own


def _type_noun_at(tokens: list[Token], k: int, cues: _Cues) -> tuple[str, ...] | None:
    """The type noun that starts at token k ("news agency", "daily"), else None."""
    return next((n for n, _t in cues.type_nouns if _phrase_at(tokens, k, n, clitics=False) is not None), None)


def _addressee_prefix(prefix: str, cues: _Cues) -> bool:
    stripped = prefix[1:] if prefix[:1] in _CONJ else prefix
    return any(stripped.startswith(m) for m in cues.addressee if m)


