"""Outlets the config does not list, and names that point to an outlet: a name in quotes or capitalized words after
a type noun, a name ending in an outlet's head words ("Ennahar TV"), an apposition that says what a name is.
Unlisted outlets get an id of their own from their name's keys (``unlisted_<keys>``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from framing.attribution.cues import Lexicon, _keys, _phrase_at
from framing.attribution.mentions import _Mention, _without_ending
from framing.model import UNLISTED_PREFIX, Token
from framing.text import clitic_variants, tokenize

if TYPE_CHECKING:
    from framing.attribution.sentence import _Sentence

_NEWS_TYPES = frozenset({"news_agency", "newspaper", "website", "broadcaster", "platform"})


_NAME_PUNCT = re.compile(r"[«»\"“”()]")


def _clean_name(surface: str) -> str:
    """A speaker phrase as a name: quotation marks and brackets dropped, blanks folded."""
    return " ".join(_NAME_PUNCT.sub("", surface).split())


def _capitalized(sent: _Sentence, tokens: list[Token]) -> bool:
    return all(sent.text[t.start:t.start + 1].isupper() or sent.text[t.start:t.start + 1].isdigit() for t in tokens)


def outlet_named(sent: _Sentence, i: int, j: int) -> tuple[str, str] | None:
    """(name, type) when tokens[i:j] name an outlet by a capitalized name: after a name noun ("the Algerian daily
    El Khabar", "news site Hespress"), ending in an outlet's head words ("Ennahar TV", "the Kuwait Times"), or before
    a lower-case type noun ("Al-Rai newspaper"). A name that is the title of listed outlets ("Al-Watan" of "Al-Watan
    (Syria)") is given as that outlet's name when one outlet has it or a place word in the phrase picks one ("the
    Damascus daily Al-Watan", "Kuwait's Al-Rai newspaper"), or else the country the article names most often."""
    named = _named(sent, i, j)
    if named is None or _listed_outlet(sent.lex, named[0]):
        return named
    cues = sent.cues
    countries = {cues.place_countries.get(_without_ending(t.key, cues.possessive_endings)) for t in sent.tokens[i:j]}
    owner = _one_owner(sent, sent.lex.titled.get(_keys(named[0]), ()), countries - {None})
    return (sent.lex.outlet_names[owner], named[1]) if owner else named


def titled_outlet(sent: _Sentence, i: int, j: int) -> str:
    """The listed outlet whose title tokens[i:j] are, written bare as a subject ("Al-Sabah said", "Kuwait's Al-Rai
    said"): a capitalized title in Latin letters, at most after its country's possessive, that one outlet has, or
    that the country named in the phrase, else the one the article names most often, picks among those that have
    it; '' when none does (a title shared by outlets of countries the article names as often)."""
    tokens, cues = sent.tokens, sent.cues
    if sent.lang != "en" or j <= i:
        return ""
    start = i + 1 if j - i > 1 and tokens[i].key.endswith(cues.possessive_endings) else i
    title = tuple(t.key for t in tokens[start:j])
    owners = sent.lex.titled.get(title, ()) if len(title) > 1 else ()  # not "Iran", "Time", "Stern": words, names
    if not owners or not _capitalized(sent, tokens[start:j]) or _a_surname(sent, title):
        return ""
    named = cues.place_countries.get(_without_ending(tokens[i].key, cues.possessive_endings)) if start > i else None
    return _one_owner(sent, owners, {named} if named else set())


def _one_owner(sent: _Sentence, owners: tuple[str, ...], countries: set[str]) -> str:
    """The one of the outlets sharing a title (``owners``) that is meant: the only one, else the one of a country the
    phrase names (``countries``), else, when the phrase names none, the one whose country the article names most
    often; '' when that leaves more than one, or none."""
    if len(owners) > 1 and countries:
        owners = tuple(o for o in owners if sent.lex.outlet_countries.get(o) in countries)
    elif len(owners) > 1:
        named = _country_counts(sent.text, sent.lex)
        counts = {o: named.get(sent.lex.outlet_countries.get(o, ""), 0) for o in owners}
        best = max(counts.values())
        owners = tuple(o for o, n in counts.items() if n == best) if best else ()
    return owners[0] if len(owners) == 1 else ""


def _a_surname(sent: _Sentence, title: tuple[str, ...]) -> bool:
    """Whether the article writes ``title`` after a capitalized name ("Prime Minister Mohammed Shia al-Sudani"): the
    end of a person's name, so the bare "Al-Sudani said" is that person (not after a possessive or a place word:
    "Kuwait's Al-Rai")."""
    tokens, cues, n = _article_tokens(sent.text), sent.cues, len(title)
    for p in range(1, len(tokens) - n + 1):
        if tuple(t.key for t in tokens[p:p + n]) != title:
            continue
        before = tokens[p - 1]
        gap = sent.text[before.end:tokens[p].start]
        if gap.strip() == "" and sent.text[before.start:before.start + 1].isupper() \
                and not before.key.endswith(cues.possessive_endings) and before.key not in cues.place_countries \
                and before.key not in cues.demonstratives:
            return True
    return False


def _article_tokens(text: str) -> list[Token]:
    """The article's word tokens, made once for the article being read (the last one kept)."""
    if _TOKENS.get("text") is not text:
        _TOKENS.update(text=text, tokens=tokenize(text))
    return _TOKENS["tokens"]  # type: ignore[return-value]


_TOKENS: dict[str, object] = {}


def _country_counts(text: str, lex: Lexicon) -> dict[str, int]:
    """How often the article names each country by a word of ``country_adjectives`` (its name, capital, demonym)."""
    counts: dict[str, int] = {}
    for cues in lex.languages.values():
        for token in _article_tokens(text):
            country = cues.place_countries.get(_without_ending(token.key, cues.possessive_endings))
            if country:
                counts[country] = counts.get(country, 0) + 1
    return counts


def _named(sent: _Sentence, i: int, j: int) -> tuple[str, str] | None:
    """``outlet_named`` before titles are resolved: the name as written."""
    tokens, cues = sent.tokens, sent.cues
    for p in range(i, j - 1):
        for noun, source_type in cues.name_nouns:
            q = p + len(noun)
            if q < j and _phrase_at(tokens, p, noun, clitics=False) is not None and _capitalized(sent, tokens[q:j]):
                name = _clean_name(sent.surface(q, j))
                # a capitalized noun is part of a name ("Channel 12"), unless a listed outlet follows ("… News Agency (HRANA)")
                if sent.text[tokens[p].start].islower() or _listed_outlet(sent.lex, name):
                    return name, source_type
    owner = _genre_owner(sent, i, j)
    if owner is not None:
        return owner
    j = next((k for k in range(i + 1, j) if "(" in sent.gap(k)), j)  # "… Press Service (APS)": the name before
    p = i
    for k in range(i, j - 1):  # "the official Bahrain News Agency", "the Polisario's Sahara Press Service":
        inner = k > p and tokens[k].key in cues.head_stops  # "Times of Oman"
        if not inner and (not _capitalized(sent, tokens[k:k + 1]) or tokens[k].key in cues.demonstratives
                          or tokens[k].key.endswith(cues.possessive_endings)):
            p = k + 1  # the capitalized words after any qualifier or owner
    keys = tuple(t.key for t in tokens[p:j])
    for head, source_type in cues.name_heads:
        n = len(head)
        if len(keys) > n and keys[-n:] == head and _capitalized(sent, tokens[p:j]):
            short = _clean_name(sent.surface(p, j - n))
            if _listed_outlet(sent.lex, short):  # "Bloomberg News": a listed outlet
                return short, source_type
            return _clean_name(sent.surface(p, j)), source_type
        for h in range(len(keys) - n - 1):  # "the Times of Oman": the head, "of", a capitalized place
            if keys[h:h + n] == head and keys[h + n] in cues.head_stops:
                return _clean_name(sent.surface(p, j)), source_type
    return _tail_named(sent, i, j)


def _tail_named(sent: _Sentence, i: int, j: int) -> tuple[str, str] | None:
    """(name, type) when tokens[i:j] end in a lower-case type noun after a capitalized name ("Al-Rai newspaper",
    "Hezbollah's Al-Manar television"); a name of place adjectives only ("Israeli television") is none."""
    tokens, cues = sent.tokens, sent.cues
    for tail, source_type in cues.name_tails:
        end = j - len(tail)
        if end <= i or tuple(t.key for t in tokens[end:j]) != tail or _capitalized(sent, tokens[end:end + 1]):
            continue
        start = end
        while (start > i and _capitalized(sent, tokens[start - 1:start]) and tokens[start - 1].key not in cues.demonstratives
               and not tokens[start - 1].key.endswith(cues.possessive_endings)):
            start -= 1
        if start < end and any(t.key not in cues.place_adjectives and t.key not in cues.place_countries for t in tokens[start:end]):
            return _clean_name(sent.surface(start, end)), source_type
    return None


def _genre_owner(sent: _Sentence, i: int, j: int) -> tuple[str, str] | None:
    """"Al Ayam's front-page editorial": the capitalized owner of an outlet's genre (``genre_nouns``) is an outlet."""
    tokens, cues = sent.tokens, sent.cues
    keys = tuple(t.key for t in tokens[i:j])
    for genre, source_type in cues.genre_nouns:
        if len(keys) <= len(genre) or keys[-len(genre):] != genre:
            continue
        own = next((k for k in range(j - len(genre) - 1, i - 1, -1) if tokens[k].key.endswith(cues.possessive_endings)), None)
        if own is None:
            return None
        start = own
        while start > i and _capitalized(sent, tokens[start - 1:start]) and tokens[start - 1].key not in cues.demonstratives:
            start -= 1
        if _capitalized(sent, tokens[start:own + 1]):
            name = _clean_name(sent.surface(start, own + 1))
            ending = next((e for e in cues.possessive_endings if name.casefold().endswith(e)), "")
            return name[: len(name) - len(ending)] if ending else name, source_type
    return None


def appositive_type(sent: _Sentence, k: int, end: int) -> str:
    """The outlet type an apposition in tokens [k, end) names ("an independent Tunisian news site", "a Kuwaiti
    daily close to the government"): a determiner, at most three words, a name noun, then the apposition's end
    or a linking word; '' for anything else ("a newspaper editor", "the head of the agency")."""
    cues, tokens = sent.cues, sent.tokens
    if k >= end or tokens[k].key not in cues.appositive_determiners:
        return ""
    for p in range(k + 1, min(end, k + 5)):
        for noun, source_type in cues.name_nouns:
            q = p + len(noun)
            if q <= end and _phrase_at(tokens, p, noun, clitics=False) is not None \
                    and (q == end or tokens[q].key in cues.appositive_links):
                return source_type
        if tokens[p].key in cues.stops or tokens[p].key in cues.head_stops:
            return ""
    return ""


def _listed_outlet(lex: Lexicon, name: str) -> str:
    """The listed outlet whose name or alias ``name`` is, or ''."""
    keys = _keys(name)
    if not keys:
        return ""
    for variant in clitic_variants(keys[0]):
        for alias, outlet in lex.alias_index.get(variant, ()):
            if alias == (variant, *keys[1:]):
                return outlet
    return ""


def unlisted_outlet_id(name: str) -> str:
    """The id of an outlet the config does not list, from its name as written: ``unlisted_`` and its words'
    matching keys («"الأخبار"» -> ``unlisted_الاخبار``, "El Khabar" -> ``unlisted_el_khabar``); the same name
    spelled two ways (or with diacritics) gets one id, across articles; '' for a name with no word in it."""
    keys = _keys(name)
    return UNLISTED_PREFIX + "_".join(keys) if keys else ""


def named_mentions(sent: _Sentence, taken: set[int]) -> list[_Mention]:
    """English outlets named by capitalized words after a lower-case name noun, unquoted ("The reformist daily Etemad",
    "the Damascus daily Al-Watan"): mentions like the listed ones, so a sentence with no reporting verb is the outlet's
    voice too ("The Damascus daily Al-Watan strikes a more cautious note"). A name that resolves to a listed outlet
    (``outlet_named``) is that outlet; any other is unlisted, with its written name."""
    tokens, cues = sent.tokens, sent.cues
    found: list[_Mention] = []
    starts = {noun[0] for noun, _type in cues.name_nouns}
    for p in range(len(tokens) - 1):
        if tokens[p].key not in starts:
            continue  # (most words: no name noun starts with them)
        for noun, source_type in cues.name_nouns:
            q = p + len(noun)
            if source_type not in _NEWS_TYPES or q >= len(tokens) or sent.text[tokens[p].start].isupper() or sent.gap(q).strip() \
                    or _phrase_at(tokens, p, noun, clitics=False) is None or taken & set(range(p, q + 1)):
                continue
            end = q
            while end < len(tokens) and end - q < 4 and end not in taken and _capitalized(sent, tokens[end:end + 1]) \
                    and tokens[end].key not in cues.function_words and (end == q or sent.gap(end).strip() in ("", "-")):
                end += 1
            named = outlet_named(sent, max(0, p - 2), end) if end > q else None
            if named is None:
                continue
            listed = _listed_outlet(sent.lex, named[0])
            outlet = listed or unlisted_outlet_id(named[0])
            if outlet:
                found.append(_Mention(p, end, outlet, "", "" if listed else named[0], named[1]))
                taken.update(range(p, end))
            break
    return found

