"""One sentence (or clause) being read: its tokens, outlet mentions, clause boundaries and speaker phrases.

``Attribution`` is what a cue says about the passage it opens; ``_speaker_of`` turns a speaker
phrase into a canonical name and a type (official, organization, anonymous, outlet).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from framing.attribution.cues import Lexicon, _conj_variants, _phrase_at, _stem, _Verb, is_nisba, known_speakers
from framing.attribution.mentions import _addressee_prefix, _Mention, _mentions
from framing.attribution.speaker_types import _speaker_of
from framing.attribution.unlisted import (
    _NEWS_TYPES,
    _capitalized,
    _clean_name,
    _listed_outlet,
    named_mentions,
    outlet_named,
    titled_outlet,
    unlisted_outlet_id,
)
from framing.model import UNLISTED_PREFIX, Token, unlisted_name
from framing.quotes import SuffixQuotes, first_span_opened_in
from framing.text import clitic_variants, quote_spans, script_of, tokenize

_CLAUSE_PUNCT = re.compile(r"[،,؛;:]")
_COMMA = re.compile("[,،]")


@lru_cache(maxsize=256)
def _by_first(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """``phrases`` by their first key, each with its place in the list: a token looks up only the phrases
    that can start on it."""
    index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for n, phrase in enumerate(phrases):
        index.setdefault(phrase[0], []).append((n, phrase))
    return {k: tuple(v) for k, v in index.items()}


@dataclass
class Attribution:
    outlet: str = ""
    speaker: str = ""
    speaker_type: str = "narrator"
    kind: str = "narration"
    cue_start: int = -1
    cue_end: int = -1
    speaker_stems: frozenset[str] = frozenset()
    source_type: str = ""  # the type of an outlet that is not in the config
    outlet_name: str = ""  # such an outlet's name as written, for the passages that refer back to it
    addressee: tuple[str, ...] = ()  # told "the channel": the outlet types the addressee refers back to
    addressed: bool = False  # the outlet is the one spoken to or on ("told Reuters", "in an interview with CNN")
    pronoun: bool = False  # the cue had no subject of its own
    person: str = ""  # its subject was a personal pronoun ("He said"), as written
    impersonal: bool = False  # its subject was a pronoun for a thing ("It adds")
    cue_lemma: str = ""  # the cue verb's lemma and stance, from its config entry
    stance: str = ""

    @property
    def attributed(self) -> bool:
        return self.speaker_type != "narrator"


class _Sentence:
    """One sentence (or clause) being read: its tokens and the text between them."""

    def __init__(self, text: str, start: int, end: int, lex: Lexicon, named: Mapping[str, int] | None = None,
                 tokens: list[Token] | None = None):
        self.text, self.start, self.end, self.lex = text, start, end, lex
        self.lang = script_of(text[start:end]) or "ar"
        self.cues = lex.cues(self.lang)
        self.tokens = tokenize(text, start, end) if tokens is None else tokens  # the article's, when it has them
        self.starts = [t.start for t in self.tokens]
        self.mentions = [m for m in _mentions(self.tokens, lex, self.cues, named, text)  # named: earlier outlets, for short names
                         if not self._name_goes_on(m)]
        if self.mentions or any(v in self.cues.type_words for t in self.tokens for v in clitic_variants(t.key)):  # «لصحيفة»
            self.mentions = sorted(self.mentions + self._unlisted_mentions(), key=lambda m: m.i)
            if self.lang == "en":  # "the Damascus daily Al-Watan": a capitalized name after a name noun
                taken = {k for m in self.mentions for k in range(m.i, m.j)}
                self.mentions = sorted(self.mentions + named_mentions(self, taken), key=lambda m: m.i)
        self.mention_at = {m.i: m for m in self.mentions}
        self.mention_ending = {m.j: m for m in self.mentions}  # mentions never overlap: one per end
        self.unlisted = {m.outlet: m for m in self.mentions if m.name}
        self.boundaries: list[int] | None = None  # these three are built once, when first needed:
        self.channel: str | None = None  # _sentence_channel, so that no cue rereads a long sentence
        self.quotes: SuffixQuotes | None = None

    def _name_goes_on(self, m: _Mention) -> bool:
        """An English news outlet's name that a capitalized body word ends or follows with nothing between ("the
        National Institute of Statistics", not The National): the name is a body's, not the outlet's."""
        if self.lang != "en" or self.lex.outlet_types.get(m.outlet) not in _NEWS_TYPES:
            return False
        cues = self.cues
        last = self.tokens[m.j - 1]
        if m.j - 1 > m.i and last.surface[:1].isupper() and cues.type_words.get(last.key, "news_agency") not in _NEWS_TYPES:
            return True  # "the National Institute": a type noun that no outlet is ends the name
        k = m.j
        return k < len(self.tokens) and not self.gap(k).strip() and self.tokens[k].surface[:1].isupper() \
            and (self.tokens[k].key in cues.official or self.tokens[k].key in cues.organization or self.tokens[k].key in cues.body_nouns)

    def _unlisted_mentions(self) -> list[_Mention]:
        """Outlets the config does not list, named in quotation marks after a news type noun («صحيفة «القبس»»,
        'موقع "عنب بلدي"', 'the daily "El Khabar"'): mentions like the listed ones, with their written name."""
        taken = {k for m in self.mentions for k in range(m.i, m.j)}
        found: list[_Mention] = []
        k, n = 0, len(self.tokens)
        while k < n - 1:
            index = self.cues.type_index
            nouns = () if k in taken else [c for v in clitic_variants(self.tokens[k].key) for c in index.get(v, ())]
            for noun, source_type in sorted(nouns, key=lambda c: -len(c[0])):
                prefix = _phrase_at(self.tokens, k, noun)
                q = k + len(noun)
                if prefix is None or q >= n or q in taken or source_type not in _NEWS_TYPES:
                    continue
                span = first_span_opened_in(self.text, self.tokens[q - 1].end, self.tokens[q].start, self.end)
                if span is None:
                    break
                end = bisect_left(self.starts, span[1], q)
                name = _clean_name(self.text[span[0]:span[1]])
                named = end - q <= 4 and not taken & set(range(q, end)) \
                    and (self.lang != "en" or _capitalized(self, self.tokens[q:end]))  # not 'the agency "has lost …"'
                outlet = unlisted_outlet_id(name) if named else ""
                if outlet and not _listed_outlet(self.lex, name):
                    found.append(_Mention(k, end, outlet, prefix, name, source_type))
                    k = end - 1
                break
            k += 1
        return found

    def clause_start(self, i: int) -> int:
        """The last token at or before token i that opens a clause (``boundary_before``; token 0 does)."""
        if self.boundaries is None:
            self.boundaries = [k for k in range(len(self.tokens) + 1) if self.boundary_before(k)]
        return self.boundaries[bisect_right(self.boundaries, i) - 1]

    def mention_ending_at(self, j: int, first: int) -> _Mention | None:
        """The outlet mention that ends at token j and starts at or after token ``first``."""
        mention = self.mention_ending.get(j)
        return mention if mention is not None and mention.i >= first else None

    def gap(self, i: int) -> str:
        """Text between token i-1 and token i (sentence start before token 0)."""
        left = self.tokens[i - 1].end if i > 0 else self.start
        right = self.tokens[i].start if i < len(self.tokens) else self.end
        return self.text[left:right]

    def after_parenthesis(self, j: int) -> int | None:
        """When a parenthesis opens before token j ("(HRANA)", "(Sonna)"): the token after it closes, within four
        words; None when it does not close there. Token j itself when none opens."""
        n = len(self.tokens)
        if j >= n or "(" not in self.gap(j):
            return j
        return next((k for k in range(j + 1, min(n, j + 4) + 1) if ")" in self.gap(k)), None)

    def comma_before(self, i: int) -> bool:
        """A comma, Latin or Arabic, between token i-1 and token i."""
        return bool(_COMMA.search(self.gap(i)))

    def boundary_before(self, i: int) -> bool:
        return i == 0 or bool(_CLAUSE_PUNCT.search(self.gap(i)))

    def verb_at(self, i: int) -> _Verb | None:
        if i > 0 and self.gap(i) == "-":
            return None  # "well-documented", "much-quoted": part of a compound word
        for key in _conj_variants(self.tokens[i].key):
            if key in self.cues.verbs:
                if i > 0 and self.tokens[i - 1].key in self.cues.infinitive_markers and not self.boundary_before(i) \
                        and not self.aspect_before(i):
                    return None  # "plans to say that …": an infinitive, no speech
                verb = self.cues.verbs[key]
                if verb.needs_words and not (self.word_follows(i, verb.needs_words) and self.opens_clause(i)):
                    return None  # «عزت» with no «إلى» after it, or inside a clause: a name («قال عزت الرشق»)
                return verb
        verb = self.cues.lemma_verbs.get(self.tokens[i].key) if self.cues.aspects else None
        return verb if verb is not None and self.aspect_before(i) else None

    def opens_clause(self, i: int) -> bool:
        """Token i opens its clause: the sentence's or a clause's first word, or after a lead-in or a clause opener."""
        return i == 0 or self.boundary_before(i) or self.tokens[i - 1].key in self.cues.lead_ins \
            or self.tokens[i - 1].key in self.cues.clause_openers

    def word_follows(self, i: int, words: frozenset[str]) -> bool:
        """One of ``words`` after token i in the sentence, within twenty words, before any complementizer."""
        for k in range(i + 1, min(len(self.tokens), i + 21)):
            if self.is_complementizer(k):
                return False
            if self.tokens[k].key in words:
                return True
        return False

    def aspect_before(self, i: int) -> int:
        """The length of the aspect phrase ending right before token i ("goes on to"), else 0."""
        for phrase in self.cues.aspects:
            start = i - len(phrase)
            if start >= 0 and not self.boundary_before(i) and _phrase_at(self.tokens, start, phrase, clitics=False) is not None:
                return len(phrase)
        return 0

    def phrase_at(self, i: int, phrases) -> tuple[str, ...] | None:
        """The first of ``phrases`` (in their order) that starts at token i, a و/ف in front allowed."""
        if i >= len(self.tokens):
            return None
        index = _by_first(tuple(phrases))
        best: tuple[int, tuple[str, ...]] | None = None
        for key in _conj_variants(self.tokens[i].key):
            for n, phrase in index.get(key, ()):
                if best is not None and n >= best[0]:
                    break
                if _phrase_at(self.tokens, i, phrase, clitics=False) is not None:
                    best = (n, phrase)
                    break
        return best[1] if best else None

    def holds_a_verb(self) -> bool:
        """Some token of the sentence is a reporting verb."""
        return any(self.verb_at(i) for i in range(len(self.tokens)))

    def is_complementizer(self, i: int) -> bool:
        return any(k in self.cues.complementizers for k in _conj_variants(self.tokens[i].key))

    def noun_phrase(self, i: int, *, limit: int, verbs_end: bool = True) -> int:
        """End (exclusive) of the speaker phrase starting at token i.

        The phrase runs to punctuation, a complementizer, a stop word or an
        addressee, and to a reporting verb unless ``verbs_end`` is False (the
        object of "according to" holds no verb: "local reports" is a noun). When
        nothing marks where the reported words begin («وأكدت مصر دعمها …»), only
        the head and its nisba adjectives are kept («الخارجية المصرية»), since
        the rest is the object.
        """
        j = i
        marked = False
        while j < len(self.tokens) and j - i < limit:
            gap = self.gap(j)
            if j > i and _CLAUSE_PUNCT.search(gap):
                marked = True
                break
            if j > i and ("«" in gap or '"' in gap or "“" in gap) and not self._short_quote(j):
                marked = True
                break
            key = self.tokens[j].key
            if self.is_complementizer(j):
                marked = True
                break
            if key.startswith("لل") and len(key) > 3 and not self.known_across(i, j, limit):
                marked = True  # «للمتظاهرين»: an addressee, not the subject («اللجنة الدولية للصليب الأحمر» is one name)
                break
            if j > i and self.addressed_outlet(j) is not None:  # «مسؤول لصحيفة «الخبر»»: the addressee begins
                marked = True
                break
            if j > i and key in self.cues.object_markers:  # «نفى مكتب رئيس الوزراء ما أورده …»: the object begins
                marked = True
                break
            if key in self.cues.stops and self.surface(j, j + 1) not in self.cues.name_words or (verbs_end and self.verb_at(j)):
                break
            mention = self.mention_at.get(j)
            if mention is not None and _addressee_prefix(mention.prefix, self.cues):
                marked = True
                break
            if j > i and self.phrase_at(j, self.cues.according_to):
                break
            if j > i and key in self.cues.clause_openers and key not in self.cues.coordinators \
                    and self.cues.participle_endings and j + 1 < len(self.tokens) \
                    and self.tokens[j + 1].surface.islower() and self.tokens[j + 1].key.endswith(self.cues.participle_endings):
                break  # "quoted a security source as calling the charge …": a clause opens at "as"
            j += 1
        while j > i + 1 and self.tokens[j - 1].key in self.cues.clause_openers:
            j -= 1  # "quoted Oil Minister X as saying": "as" opens what follows, it is not the speaker's
        if j == len(self.tokens):
            marked = True
        if not marked and self.lang == "ar" and j > i and not self.known_speaker(i, j) and not self.anonymous(i, j):
            k = i + 1
            body = any(v in self.cues.body_nouns for v in clitic_variants(self.tokens[i].key))
            if k < j and (span := first_span_opened_in(self.text, self.tokens[i].end, self.tokens[k].start, self.end)):
                k = bisect_left(self.starts, span[1], k, j)  # «صحيفة «الخبر» …»: the quoted name is the head's
            while k < j and (is_nisba(self.tokens[k].key) or body and self.tokens[k].key.startswith("ال")):
                k += 1  # «قوات الأمم المتحدة المؤقتة»: a body noun keeps the definite nouns that name it
            return k
        return j

    def anonymous(self, i: int, j: int) -> bool:
        return any(_stem(v) in self.cues.anonymous for t in self.tokens[i:j] for v in clitic_variants(t.key))

    def known_speaker(self, i: int, j: int) -> bool:
        return bool(known_speakers(self.lex, self.tokens[i:j]))

    def known_end(self, i: int, limit: int) -> int | None:
        """The end of the longest known speaker's alias that starts at token i, or None."""
        ends = [i + length for k, length, _name, _type in known_speakers(self.lex, self.tokens[i:i + limit]) if k == 0]
        return max(ends, default=None)

    def known_across(self, i: int, j: int, limit: int) -> bool:
        """A known speaker's alias that starts in tokens [i, j) runs on past token j."""
        return any(k < j - i < k + length for k, length, _name, _type in known_speakers(self.lex, self.tokens[i:i + limit]))

    def _short_quote(self, j: int) -> bool:
        """A quoted name inside a speaker phrase: «الخارجية» closes within three words."""
        span = first_span_opened_in(self.text, self.tokens[j - 1].end, self.tokens[j].start, self.end)
        if span is None:
            return False
        a, b = span
        return bisect_left(self.starts, b) - bisect_right(self.starts, a) <= 3  # words starting inside

    def addressed_outlet(self, j: int) -> tuple[str, int] | None:
        """(type, end) when token j is an addressee prefix on a type noun and a quoted name follows («لصحيفة «الخبر»»,
        "to the daily "El Khabar""); ``end`` is the first token after the name."""
        key = self.tokens[j].key
        for marker in self.cues.addressee:
            if not marker or not key.startswith(marker) or len(key) <= len(marker):
                continue
            source_type = self.cues.type_words.get(key[len(marker):])
            if source_type is not None and j + 1 < len(self.tokens):
                span = first_span_opened_in(self.text, self.tokens[j].end, self.tokens[j + 1].start, self.end)
                if span is not None:
                    return source_type, bisect_left(self.starts, span[1], j + 1)
        return None

    def surface(self, i: int, j: int) -> str:
        return self.text[self.tokens[i].start : self.tokens[j - 1].end] if j > i else ""


def _set_speaker(att: Attribution, sent: _Sentence, i: int, j: int) -> None:
    """Fill the attribution's speaker from tokens[i:j]; an outlet missing from the config
    («صحيفة «الأخبار» اللبنانية») becomes an outlet speaker with its type, so «الصحيفة» can refer back to it."""
    att.speaker, att.speaker_type, att.speaker_stems = _speaker_of(sent, i, j)
    if j <= i:
        return
    for noun, source_type in sent.cues.type_nouns:
        if _phrase_at(sent.tokens, i, noun) is None:
            continue
        short = next((m for m in sent.mentions if i < m.i and m.j <= j and "(" in sent.gap(m.i)), None)
        if short is not None and source_type in _NEWS_TYPES:  # «وكالة الأنباء السورية الرسمية (سانا)»: its short name
            att.outlet = short.outlet
            att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(sent.lex, short.outlet, short.name)
            return
        for a, b in quote_spans(sent.text, sent.tokens[i].end, sent.tokens[j - 1].end + 1):
            _name_outlet(att, sent, _clean_name(sent.text[a:b]), source_type)
            return
        latin = _latin_name(sent, i + len(noun), j)
        if latin:  # «ذكرت صحيفة Kompas أن …»: a name in Latin letters, unquoted, inside Arabic text
            _name_outlet(att, sent, latin, source_type)
            return
    named = outlet_named(sent, i, j)
    if named is not None:
        _name_outlet(att, sent, *named)
    elif (titled := titled_outlet(sent, i, j)) and not known_speakers(sent.lex, sent.tokens[i:j]):
        att.outlet = titled  # "Al-Sabah said": a listed outlet's title
        att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(sent.lex, titled)


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9.&'’-]*\Z")


def _latin_name(sent: _Sentence, k: int, j: int) -> str:
    """In Arabic text, the run of Latin-letter words from token k (before j), starting with a capital: a name
    written in its own script («صحيفة Kompas», «شبكة CNN»); '' when there is none."""
    if sent.lang != "ar":
        return ""
    end = k
    while end < j and _LATIN_WORD.match(sent.tokens[end].surface):
        end += 1
    if end == k or not sent.tokens[k].surface[:1].isupper():
        return ""
    return sent.text[sent.tokens[k].start:sent.tokens[end - 1].end]


def _name_outlet(att: Attribution, sent: _Sentence, name: str, source_type: str) -> None:
    """The speaker is the outlet (or body) named ``name`` after a type noun: a listed outlet, else an unlisted one."""
    outlet = _listed_outlet(sent.lex, name) or unlisted_outlet_id(name)
    if not outlet:  # a name with no word in it («صحيفة «…»»)
        return
    if not outlet.startswith(UNLISTED_PREFIX):  # «وكالة «الأناضول»»: a listed outlet after all
        att.outlet = outlet
        att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(sent.lex, outlet)
        return
    news = source_type in _NEWS_TYPES  # an outlet, not «منظمة» or «معهد»
    att.speaker, att.speaker_type, att.source_type = name, "outlet" if news else "organization", source_type
    if news:  # a unit of its own
        att.outlet, att.outlet_name = outlet, name


def _outlet_speaker(lex: Lexicon, outlet: str, name: str = "") -> tuple[str, str, frozenset[str]]:
    """The outlet as speaker: its config name, else (an unlisted outlet) its name as written, else its id's words;
    typed ``outlet``, but a listed source that is a body (a think tank, an organization, a government site) speaks as
    one (docs/attribution.md §3: research institutes are organizations)."""
    stype = _BODY_SOURCES.get(lex.outlet_types.get(outlet, ""), "outlet")
    return lex.outlet_names.get(outlet) or name or unlisted_name(outlet), stype, frozenset()


# Source types of the config's outlets that are bodies, not media, and the speaker type their voice has.
_BODY_SOURCES = {"think_tank": "organization", "organization": "organization", "government": "official"}
