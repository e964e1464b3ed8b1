"""Speaker types that the body markers alone do not settle (docs/attribution.md §3).

A phrase that names no known speaker and no body is typed here rather than given the default:

- media named only generically ("Israeli media", «وسائل إعلام عبرية») are the narrator's;
- data speak for the owner named in them or after them ("LSEG data", "data from analytics firm Kpler", «بيانات
  جمعتها وزارة …»), and are the narrator's when no owner is named ("according to shipping data");
- an indefinite person ("a senior officer", "one of them", «عامل بناء», «أستاذ في القانون») is an unnamed source:
  anonymous.

The words come from the config (``generic_media``, ``data_nouns``, ``indefinite_determiners``,
``unnamed_people``); none are here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from framing.attribution.cues import known_speakers
from framing.text import CLOSING_QUOTES, clitic_variants

if TYPE_CHECKING:
    from framing.attribution.sentence import _Sentence


def _marked(sent: _Sentence, k: int, markers: frozenset[str] | None = None) -> bool:
    """Token k is a body marker or a body noun (a ministry, a group, an office), or one of ``markers``: alone, with
    the word next to it ("White House", «البنك المركزي») or with a possessive ending ("the army's")."""
    cues, tokens = sent.cues, sent.tokens
    key = tokens[k].key
    keys = [*clitic_variants(key), *(key[: -len(e)] for e in cues.name_possessive_endings if key.endswith(e) and len(key) > len(e))]
    if k > 0:
        keys.append(f"{tokens[k - 1].key} {key}")
    if k + 1 < len(tokens):
        keys.extend(f"{v} {tokens[k + 1].key}" for v in clitic_variants(key))
    if markers is not None:
        return any(v in markers for v in keys)
    return any(v in cues.official or v in cues.organization or v in cues.body_nouns for v in keys)


def a_unit(sent: _Sentence, key: str) -> bool:
    """``key`` is a generic body noun or a unit's noun ("office", "delegation", «وفد»): a phrase it heads is the
    body's named with it."""
    return any(v in sent.cues.body_nouns or v in sent.cues.unit_nouns for v in clitic_variants(key))


def _names_someone(sent: _Sentence, i: int, j: int) -> bool:
    """tokens[i:j] name a source: an outlet, a known speaker or a body marker."""
    if any(k in sent.mention_at for k in range(i, j)) or sent.known_speaker(i, j):
        return True
    return any(_marked(sent, k) for k in range(i, j))


def _is(sent: _Sentence, k: int, words: frozenset[str]) -> bool:
    return any(v in words for v in clitic_variants(sent.tokens[k].key))


def _head_at(sent: _Sentence, i: int, j: int, words: frozenset[str]) -> int | None:
    """Where one of ``words`` heads tokens[i:j]: in Arabic the first word; in English the last of them before a
    preposition, with only lowercase words after it ("Persian-language media based abroad", "foreign exchange
    websites", "data | compiled by LSEG")."""
    if j <= i:
        return None
    if sent.lang != "en":
        return i if _is(sent, i, words) else None
    j = next((k for k in range(i + 1, j) if sent.tokens[k].key in sent.cues.stops
              or sent.tokens[k].key in sent.cues.prepositions), j)  # "data | from Kpler", "data compiled | by LSEG"
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
    if sent.lang == "en":  # the head: the last word before a preposition ("Travel agents | in Tehran")
        head = next((k for k in range(i + 1, j) if tokens[k].key in cues.stops), j) - 1
        return tokens[head].key in cues.unnamed_people and not any(t.surface[:1].isupper() for t in tokens[i + 1:head + 1])
    head = tokens[i].key
    bare = head[1:] if len(head) > 3 and head[:1] in ("و", "ف") else head
    if bare not in cues.unnamed_people:
        return False
    return i + 1 >= j or not tokens[i + 1].key.startswith(cues.definite_prefix)


def _owner_type(sent: _Sentence, start: int, end: int, *, named_first: bool = False) -> str | None:
    """The type of the owner tokens[start:end] name: a known speaker's, official by a state marker, organization by
    another body or, in English, a capitalized name (``named_first``: a capital on the first word counts too)."""
    if end <= start:
        return None
    for _k, _length, _name, stype in known_speakers(sent.lex, sent.tokens[start:end]):
        return stype
    if any(_marked(sent, k, sent.cues.official) for k in range(start, end)):
        return "official"
    english = sent.lang == "en" and _owned_in_english(sent, start - 1 if named_first else start, end)
    return "organization" if english or any(_marked(sent, k) for k in range(start, end)) else None


def data_type(sent: _Sentence, i: int, j: int) -> str | None:
    """The type of data tokens[i:j] are headed by, or None when they are not data: their owner's, named in the
    phrase or after it through a report link ("LSEG data", "data from analytics firm Kpler", «بيانات جمعتها وزارة
    …»), else the narrator's ("shipping data", «بيانات تتبع الملاحة»)."""
    if _head_at(sent, i, j, sent.cues.data_nouns) is None:
        return None
    owner = _owner_type(sent, i, j)
    if owner is None and j < len(sent.tokens) and (link := sent.phrase_at(j, sent.cues.report_links)) is not None:
        end = start = j + len(link)
        while end < len(sent.tokens) and not sent.boundary_before(end):
            end += 1
        owner = _owner_type(sent, start, end, named_first=True)
    return owner or "narrator"


def owned_data(sent: _Sentence, i: int, j: int) -> bool:
    """tokens[i:j] are data whose owner is named by a body word, a known speaker or an outlet ("data from the
    consultancy Drewry", «بيانات وزارة المالية»): the owner speaks through them, as through a report
    (docs/attribution.md §1). A capital alone names no owner here ("data released on Monday")."""
    if _head_at(sent, i, j, sent.cues.data_nouns) is None:
        return False
    return (any(k in sent.mention_at for k in range(i, j)) or bool(known_speakers(sent.lex, sent.tokens[i:j]))
            or any(_marked(sent, k) for k in range(i, j)))  # not "data released on Monday", "figures for March"


def _named_after_head(sent: _Sentence, i: int, j: int) -> bool:
    """An English phrase tokens[i:j] names someone after its last lowercase word ("a unit of Aramco"); capitals
    before it are adjectives ("a London-based consultancy", "a Saudi bank"), and a place after a preposition names
    no body ("a bank in Dubai")."""
    j = next((k for k in range(i, j) if sent.tokens[k].key in sent.cues.stops), j)  # "a bank | in Dubai": a place
    words = sent.tokens[i:j]
    head = max((n for n, t in enumerate(words) if not t.surface[:1].isupper()), default=-1)
    return any(t.surface[:1].isupper() for t in words[head + 1:])


def staff_type(sent: _Sentence, i: int, j: int) -> str | None:
    """The type of the body unnamed staff work at, when tokens[i:j] are such staff and name it ("analysts at
    Kpler", "an economist with Capital Economics", «محللون في بنك …»): they speak for it (docs/attribution.md §3);
    None otherwise."""
    cues, tokens = sent.cues, sent.tokens
    if not cues.staff_nouns:
        return None
    if j < len(tokens) and tokens[j].key in cues.staff_links and not sent.boundary_before(j):
        end = j  # «وقال محللون في بنك …»: the phrase after the verb stops at the link; the body follows it
        while end < min(len(tokens), j + sent.lex.config.attribution.speaker_max_words) \
                and not sent.boundary_before(end) and not sent.is_complementizer(end):
            end += 1
        j = end
    for k in range(i, j - 2):
        if _is(sent, k, cues.staff_nouns) and tokens[k + 1].key in cues.staff_links:
            start = k + 2
            if start < j and tokens[start].key in cues.indefinite_determiners and not _named_after_head(sent, start + 1, j):
                return None  # "an analyst at a London-based consultancy": no body is named, an unnamed source
            while start < j and tokens[start].key in cues.appositive_determiners:
                start += 1  # "at the consultancy …"
            if any(p in sent.mention_at for p in range(start, j)):
                return None  # "officials at IRNA": staff of an outlet are no body's voice
            return _owner_type(sent, start, j, named_first=True)
    return None


def unmarked_type(sent: _Sentence, i: int, j: int, default: str) -> str:
    """The type of a speaker phrase tokens[i:j] that no known speaker, body marker or anonymous word types:
    narrator for generic media and unowned data, anonymous for an indefinite person, else ``default``."""
    cues = sent.cues
    if j <= i:
        return default
    if default == "official" and sent.lang == "en" and sent.tokens[i].key in cues.indefinite_determiners \
            and not _headed_by_a_body(sent, i, j) \
            and not any(t.surface[:1].isupper() for t in sent.tokens[i + 1 : j]) and not sent.known_speaker(i, j) \
            and not any(k in sent.mention_at or sent.tokens[k].key in cues.spokesperson_nouns for k in range(i, j)):
        return "anonymous"  # "a commander of an armed group": an indefinite person, no body named (not "a ministry spokesman")
    if _names_someone(sent, i, j):  # a title before a state body, as a subject or a document's owner: official
        return "official" if default != "official" and any(_marked(sent, k, cues.official) for k in range(i, j)) else default
    if _head_at(sent, i, j, cues.generic_media) is not None:
        return "narrator"
    if default == "official" and (sent.tokens[i].key in cues.indefinite_determiners or _unnamed_person(sent, i, j)):
        return "anonymous"
    return default


def _head(sent: _Sentence, keys: list[str]) -> int:
    """Index of the phrase's head: the first word in Arabic, in English the last before a prepositional phrase
    or a complement ("the head | of the IAEA")."""
    if sent.lang != "en" or not keys:
        return 0
    return next((n for n in range(1, len(keys)) if keys[n] in sent.cues.head_stops), len(keys)) - 1


def _headed_by_a_body(sent: _Sentence, i: int, j: int) -> bool:
    """The English phrase tokens[i:j] has a body word or a body marker at its head ("a military court", "a provincial
    council", "a prosecutor's office"): a body, not a person."""
    k = i + _head(sent, [t.key for t in sent.tokens[i:j]])
    return k < j and (_is(sent, k, sent.cues.body_nouns) or _marked(sent, k, sent.cues.official) or _marked(sent, k))


def typed_by_apposition(sent: _Sentence, start: int, end: int, stype: str) -> str:
    """The type of the speaker tokens[start:end] when an apposition follows it (after a comma, to the next comma or
    the sentence's end): a default-typed name takes the apposition's type; any other type stays."""
    if stype != "official" or end >= len(sent.tokens) or "," not in sent.gap(end) or sent.known_speaker(start, end):
        return stype
    stop = next((p for p in range(end + 1, len(sent.tokens)) if "," in sent.gap(p) or sent.verb_at(p)), len(sent.tokens))
    return appositive_speaker_type(sent, end, stop) or stype


def appositive_speaker_type(sent: _Sentence, a: int, b: int) -> str | None:
    """The type an apposition tokens[a:b] gives the name before it, when it opens with a determiner: a body it
    names by its head ("Mwatana, a Yemeni rights group", "X, a Spanish NGO that …") or a person's employer after
    the head ("Jane Roe, an analyst at the consultancy Gulf Metrics" -> organization); None when it names no body,
    names one through a known speaker (a movement's spokesman stays official, §3) or makes the person its head
    ("the leader of the party", after a head stop)."""
    cues = sent.cues
    if b - a < 2 or sent.tokens[a].key not in cues.appositive_determiners:
        return None
    head = a + 1  # the head region: up to the first link or preposition ("the Shia opposition society dissolved | in …")
    while head + 1 < b and sent.tokens[head + 1].key not in cues.appositive_links and sent.tokens[head + 1].key not in cues.stops:
        head += 1
    if sent.known_speaker(a, b):
        return _staff_of_a_listed_body(sent, a, b) or _unit_of_a_listed_body(sent, a + 1, head + 1)
    for k in range(a + 1, head + 1):  # its first body word: "the UN peacekeeping force", "a Yemeni rights group"
        if sent.tokens[k].key.endswith(tuple(cues.name_possessive_endings)):
            continue  # "the agency's director general": the body owns the person's post, the person speaks (§3)
        for markers, stype in ((cues.official, "official"), (cues.organization, "organization")):
            if _marked(sent, k, markers):
                return stype
    nxt = sent.tokens[head + 1].key if head + 1 < b else ""
    if nxt in cues.head_stops and nxt not in cues.stops:
        return None  # "the leader of the Democratic party": a person heading a body speaks as a person (§3)
    employer = range(head + 1, b)
    if any(_marked(sent, k, cues.official) for k in employer):
        return "official"
    return "organization" if any(_marked(sent, k, cues.organization) for k in employer) else None


def _staff_of_a_listed_body(sent: _Sentence, a: int, b: int) -> str | None:
    """'organization' when the apposition tokens[a:b] makes the name before it staff of a listed non-state body
    ("Jane Roe, an analyst at Goldman Sachs", "…, a researcher at Chatham House": they speak for it, §3), else None
    (a movement's spokesman, a leader: a person)."""
    cues, tokens = sent.cues, sent.tokens
    for k in range(a + 1, b - 2):
        if _is(sent, k, cues.staff_nouns) and tokens[k + 1].key in cues.staff_links:
            found = known_speakers(sent.lex, tokens[k + 2 : b])
            return "organization" if found and found[0][3] == "organization" else None
    return None


def _unit_of_a_listed_body(sent: _Sentence, a: int, b: int) -> str | None:
    """'organization' when the apposition's head region tokens[a:b] is a listed non-state body or a unit or body
    of one ("X, the UN peacekeeping force", "…, the UN agency"), else None."""
    found = known_speakers(sent.lex, sent.tokens[a:b])
    if not found or found[0][3] != "organization":
        return None
    k, length = found[0][0], found[0][1]
    last = b - 1
    at_head = k + length == b - a or a_unit(sent, sent.tokens[last].key) or _marked(sent, last, sent.cues.organization)
    return "organization" if at_head else None


def asks_anonymity(sent: _Sentence, first: int, last: int, content_follows: bool) -> bool:
    """The cue's clause says its speaker asked not to be named ("The relative, who asked not to be identified,
    added", "said Mohamed, who declined to give his family name", «وأضاف القريب، الذي طلب عدم كشف هويته، أن …»):
    the cue itself; after it, a comma-set clause up to where the content opens, or, when the content came before
    the cue, the rest of the sentence up to another cue or clause. Never the reported content itself ("The governor
    said residents spoke on condition of anonymity")."""
    cues = sent.cues
    if not cues.anonymity_phrases:
        return False
    end = last
    if any(mark in sent.gap(first) for mark in CLOSING_QUOTES):
        content_follows = False  # '"…," said Mohamed, …': the quotation before the cue is the content
    if last < len(sent.tokens) and (not content_follows or sent.comma_before(last)):
        end = next((p for p in range(last, len(sent.tokens)) if sent.is_complementizer(p) or ":" in sent.gap(p)
                    or sent.verb_at(p) or sent.tokens[p].key in cues.contrast
                    or (sent.tokens[p].key in cues.clause_openers and sent.tokens[p].key not in cues.relative_pronouns)),
                   len(sent.tokens))
        if content_follows and end == len(sent.tokens):
            end = last  # no complementizer opens the content: what follows the comma is the content
    keys = [t.key for t in sent.tokens]
    return any(tuple(keys[p:p + len(phrase)]) == phrase for p in range(first, end) for phrase in cues.anonymity_phrases)
