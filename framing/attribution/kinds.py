"""Speaker types that the body markers alone do not settle (docs/attribution.md §3).

A phrase that names no known speaker and no body is typed here rather than given the default:

- media named only generically ("Israeli media", «وسائل إعلام عبرية») and data nobody is named as owning
  ("according to shipping data", «بحسب بيانات تتبع الملاحة») are the narrator's; data a name owns with no state
  word in the phrase ("LSEG data") are a company's or organisation's;
- an indefinite person ("a senior officer", "one of them", «عامل بناء», «أستاذ في القانون») is an unnamed source:
  anonymous.

The words come from the config (``generic_media``, ``data_nouns``, ``indefinite_determiners``,
``unnamed_people``); none are here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from framing.text import clitic_variants

if TYPE_CHECKING:
    from framing.attribution.sentence import _Sentence


def _marked(sent: _Sentence, k: int) -> bool:
    """Token k is a body marker or a body noun (a ministry, a group, an office), alone, with the word before it
    ("White House") or with a possessive ending ("the army's")."""
    cues = sent.cues
    key = sent.tokens[k].key
    keys = [*clitic_variants(key), *(key[: -len(e)] for e in cues.name_possessive_endings if key.endswith(e) and len(key) > len(e))]
    if k > 0:
        keys.append(f"{sent.tokens[k - 1].key} {key}")
    return any(v in cues.official or v in cues.organization or v in cues.body_nouns for v in keys)


def _names_someone(sent: _Sentence, i: int, j: int) -> bool:
    """tokens[i:j] name a source: an outlet, a known speaker or a body marker."""
    if any(k in sent.mention_at for k in range(i, j)) or sent.known_speaker(i, j):
        return True
    return any(_marked(sent, k) for k in range(i, j))


def _is(sent: _Sentence, k: int, words: frozenset[str]) -> bool:
    return any(v in words for v in clitic_variants(sent.tokens[k].key))


def _head_at(sent: _Sentence, i: int, j: int, words: frozenset[str]) -> int | None:
    """Where one of ``words`` heads tokens[i:j]: in Arabic the first word; in English the last of them, with only
    lowercase words after it ("Persian-language media based abroad", "foreign exchange websites")."""
    if j <= i:
        return None
    if sent.lang != "en":
        return i if _is(sent, i, words) else None
    for k in range(j - 1, i - 1, -1):
        if _is(sent, k, words):
            return k
        if sent.tokens[k].surface[:1].isupper():
            return None
    return None


def _owned_in_english(sent: _Sentence, i: int, j: int) -> bool:
    """An English phrase names an owner with a capitalized word: "LSEG data", "data from Kpler" (a sentence's
    capital on the first word does not count, an acronym there does)."""
    for k in range(i, j):
        surface = sent.tokens[k].surface
        if surface[:1].isupper() and (k > i or (len(surface) > 1 and surface.isupper())):
            return True
    return False


def _unnamed_person(sent: _Sentence, i: int, j: int) -> bool:
    """tokens[i:j] are headed by a noun for people with no office, indefinite. Arabic: the first word, with no
    definite article on it (a conjunction before it allowed) nor on the word after it («عامل بناء», «أستاذ»; not
    «عضو الكنيست فلان»). English: the last word, with no capitalized name after the first word ("hospital staff",
    "Travel agents"; not "Staff Sergeant Ali")."""
    cues, tokens = sent.cues, sent.tokens
    if sent.lang == "en":
        return tokens[j - 1].key in cues.unnamed_people and not any(t.surface[:1].isupper() for t in tokens[i + 1:j])
    head = tokens[i].key
    bare = head[1:] if len(head) > 3 and head[:1] in ("و", "ف") else head
    if bare not in cues.unnamed_people:
        return False
    return i + 1 >= j or not tokens[i + 1].key.startswith(cues.definite_prefix)


def unmarked_type(sent: _Sentence, i: int, j: int, default: str) -> str:
    """The type of a speaker phrase tokens[i:j] that no known speaker, body marker or anonymous word types:
    narrator for generic media and unowned data, anonymous for an indefinite person, else ``default``."""
    cues = sent.cues
    if j <= i or _names_someone(sent, i, j):
        return default
    if _head_at(sent, i, j, cues.generic_media) is not None:
        return "narrator"
    if _head_at(sent, i, j, cues.data_nouns) is not None:  # "Refinitiv data": a name owns them, and no state word
        return "organization" if sent.lang == "en" and _owned_in_english(sent, i, j) else "narrator"
    if default == "official" and (sent.tokens[i].key in cues.indefinite_determiners or _unnamed_person(sent, i, j)):
        return "anonymous"
    return default
