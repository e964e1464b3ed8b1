"""Attribution: which outlet and speaker every passage of an article comes through.

The article is cut into blocks (title, headings, paragraphs, embedded posts),
paragraphs into sentences, and each sentence is read for a reporting cue:

* a reporting verb with an outlet or a person as subject
  (``وذكرت «وول ستريت جورنال»``, ``Axios reported``),
* an outlet as addressee or channel (``وقال لوكالة «إرنا»``, ``told Reuters``,
  ``على منصة «إكس»``),
* "according to" (``بحسب «هآرتس»``, ``according to Reuters``), also at the end,
* a relayed source (``نقلت «هآرتس» عن مصدر مطلع``, ``citing two sources``),
* a continuation (``وأضافت الصحيفة``, ``وبحسب هؤلاء الدبلوماسيين``, a bare
  ``كما أشارت``), resolved to the most recent matching source.

All language knowledge (aliases, verbs, markers) comes from the config; the
rules here are about word order only. Every segment is made through
``make_segment``, so offsets are checked where they are created.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from framing.config import Config, LanguageCues
from framing.model import Article, Token, make_segment
from framing.quotes import SuffixQuotes, first_span_opened_in
from framing.recent import Context as _Context
from framing.patterns import TimedPattern, budget
from framing.text import (
    Block,
    blocks,
    clitic_variants,
    looks_like_heading,
    match_key,
    quote_spans,
    script_of,
    sentences,
    tokenize,
)

_CONJ = ("و", "ف")
_CLAUSE_PUNCT = re.compile(r"[،,؛;:]")
_OPEN_QUOTE = re.compile(r"^\s*[:：]?\s*[«“\"]")
_OPEN_QUOTE_AT = re.compile(r"\s*[:：]?\s*[«“\"]")  # _OPEN_QUOTE at a position (match(text, pos, endpos))


def _keys(phrase: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(phrase))


def _conj_variants(key: str) -> tuple[str, ...]:
    """A verb with an optional و/ف in front: ``وقالت`` -> (``وقالت``, ``قالت``)."""
    if len(key) > 3 and key[0] in _CONJ:
        rest = key[1:]
        if len(rest) > 3 and rest[0] in _CONJ:
            return (key, rest, rest[1:])
        return (key, rest)
    return (key,)


@lru_cache(maxsize=1)
def _stemmers():  # type: ignore[no-untyped-def]
    from nltk.stem.snowball import ArabicStemmer, EnglishStemmer  # nltk is slow to import: load on first use

    return ArabicStemmer(), EnglishStemmer()


@lru_cache(maxsize=65536)
def _stem(key: str) -> str:
    arabic, english = _stemmers()
    return arabic.stem(key) if script_of(key) == "ar" else english.stem(key)


# ------------------------------------------------------------------ lexicon


@dataclass(frozen=True)
class _Cues:
    """One language's cues, as matching keys."""

    verbs: dict[str, tuple[str, bool, bool]]  # key -> (lemma, transmits, continues)
    according_to: tuple[tuple[str, ...], ...]
    complementizers: frozenset[str]
    nested: frozenset[str]
    addressee: frozenset[str]
    channel: frozenset[str]
    channel_phrases: tuple[tuple[str, ...], ...]
    pronouns: frozenset[str]
    lead_ins: frozenset[str]
    according_to_fillers: frozenset[str]
    clause_openers: frozenset[str]
    topic: frozenset[str]
    contrast: tuple[tuple[str, ...], ...]
    stops: frozenset[str]
    demonstratives: frozenset[str]
    type_nouns: tuple[tuple[tuple[str, ...], str], ...]
    continuation: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    documents: frozenset[str]
    anonymous: frozenset[str]
    organization: frozenset[str]
    abbreviations: frozenset[str]

    @classmethod
    def build(cls, cues: LanguageCues) -> _Cues:
        verbs: dict[str, tuple[str, bool, bool]] = {}
        for verb in cues.verbs:
            for form in verb.forms:
                verbs[match_key(form)] = (verb.lemma, verb.transmits, verb.continues)
        longest_first = lambda items: tuple(sorted(items, key=lambda kv: -len(kv[0])))  # noqa: E731
        return cls(
            verbs=verbs,
            according_to=tuple(sorted({_keys(p) for p in cues.according_to if _keys(p)}, key=len, reverse=True)),
            complementizers=frozenset(match_key(w) for w in cues.complementizers),
            nested=frozenset(match_key(w) for w in cues.nested_markers),
            addressee=frozenset(match_key(w) for w in cues.addressee_markers),
            channel=frozenset(match_key(w) for w in cues.channel_markers if len(_keys(w)) == 1),
            channel_phrases=tuple(sorted({_keys(p) for p in cues.channel_markers if _keys(p)}, key=len, reverse=True)),
            pronouns=frozenset(match_key(w) for w in cues.pronouns),
            lead_ins=frozenset(match_key(w) for w in cues.lead_ins),
            according_to_fillers=frozenset(match_key(w) for w in cues.according_to_fillers),
            clause_openers=frozenset(match_key(w) for w in cues.clause_openers),
            topic=frozenset(match_key(w) for w in cues.topic_markers),
            contrast=tuple(sorted({_keys(p) for p in cues.contrast_markers if _keys(p)}, key=len, reverse=True)),
            stops=frozenset(match_key(w) for w in cues.speaker_stops),
            demonstratives=frozenset(match_key(w) for w in cues.demonstratives),
            type_nouns=longest_first((_keys(k), v) for k, v in cues.type_nouns.items()),
            continuation=longest_first((_keys(k), tuple(v)) for k, v in cues.continuation_nouns.items()),
            documents=frozenset(match_key(w) for w in cues.document_nouns),
            anonymous=frozenset(_stem(match_key(w)) for w in cues.anonymous_markers),
            organization=frozenset(match_key(w) for w in cues.organization_markers),
            abbreviations=frozenset(w.casefold() for w in cues.abbreviations),
        )


@dataclass(frozen=True)
class Lexicon:
    """The config's attribution knowledge compiled to matching keys."""

    descriptive: frozenset[tuple[str, ...]]
    alias_index: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word -> aliases, longest first
    speakers: tuple[tuple[tuple[str, ...], str, str], ...]
    outlet_types: dict[str, str]
    outlet_names: dict[str, str]
    languages: dict[str, _Cues]
    config: Config

    @classmethod
    def build(cls, config: Config) -> Lexicon:
        aliases = {(_keys(a), o.id) for o in config.outlets for a in (o.name, *o.aliases) if _keys(a)}
        # A descriptive alias ("state TV", «التلفزيون الرسمي») rather than a name: it may be qualified into another outlet.
        descriptive = frozenset(_keys(a) for o in config.outlets for a in o.aliases if a[:1].islower() or _keys(a)[0].startswith("ال"))
        speakers = {(_keys(a), s.name, s.type) for s in config.speakers for a in s.aliases if _keys(a)}
        ordered = tuple(sorted(aliases, key=lambda x: (-len(x[0]), x)))
        index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, outlet in ordered:
            index.setdefault(phrase[0], []).append((phrase, outlet))
        return cls(
            descriptive=descriptive,
            alias_index={k: tuple(v) for k, v in index.items()},
            speakers=tuple(sorted(speakers, key=lambda x: (-len(x[0]), x))),
            outlet_types={o.id: o.type for o in config.outlets},
            outlet_names={o.id: o.name for o in config.outlets},
            languages={lang: _Cues.build(c) for lang, c in config.attribution.languages.items()},
            config=config,
        )

    def cues(self, lang: str) -> _Cues:
        if lang in self.languages:
            return self.languages[lang]
        return next(iter(self.languages.values()))


def lexicon(config: Config) -> Lexicon:
    """The cue lexicon of ``config``, built once per loaded config."""
    return config.derived("attribution.lexicon", Lexicon.build)


# ------------------------------------------------------------------ matching


def _phrase_at(tokens: list[Token], i: int, phrase: tuple[str, ...], *, clitics: bool = True) -> str | None:
    """The proclitic found on ``tokens[i]`` if ``phrase`` starts there ('' for none), else None."""
    if i + len(phrase) > len(tokens):
        return None
    first = tokens[i].key
    variants = clitic_variants(first) if clitics else _conj_variants(first)
    if phrase[0] not in variants:
        return None
    for k in range(1, len(phrase)):
        if tokens[i + k].key != phrase[k]:
            return None
    if first.endswith(phrase[0]):
        return first[: len(first) - len(phrase[0])]
    return first[: len(first) - len(phrase[0]) + 2]  # «للتلفزيون» read as ل + «التلفزيون»


@dataclass(frozen=True)
class _Mention:
    """An outlet named in a sentence: tokens [i, j), with a type noun before it when present."""

    i: int
    j: int
    outlet: str
    prefix: str  # proclitic on the first token (type noun or name), e.g. 'ل' in «لوكالة»


def _mentions(tokens: list[Token], lex: Lexicon, cues: _Cues) -> list[_Mention]:
    found: list[_Mention] = []
    taken: set[int] = set()
    for i in range(len(tokens)):
        if i in taken:
            continue
        candidates = sorted(
            {c for v in clitic_variants(tokens[i].key) for c in lex.alias_index.get(v, ())},
            key=lambda x: (-len(x[0]), x),
        )
        for phrase, outlet in candidates:
            prefix = _phrase_at(tokens, i, phrase)
            if prefix is None or any(k in taken for k in range(i, i + len(phrase))):
                continue
            if phrase in lex.descriptive and _qualified(tokens, i, i + len(phrase)):
                continue  # "Libyan state TV", «التلفزيون الرسمي السوري»: another outlet of that description
            start = i
            for noun, _type in cues.type_nouns:  # «وكالة» before «إرنا»
                n = len(noun)
                if start - n >= 0 and _phrase_at(tokens, start - n, noun) is not None and (start - n) not in taken:
                    prefix = _phrase_at(tokens, start - n, noun) or ""
                    start -= n
                    break
            found.append(_Mention(start, i + len(phrase), outlet, prefix))
            taken.update(range(start, i + len(phrase)))
            break
    return sorted(found, key=lambda m: m.i)


def _qualified(tokens: list[Token], i: int, j: int) -> bool:
    """A descriptive alias narrowed by a word the alias does not have: a capitalized word before it
    (English: "Libyan state TV") or a relational adjective right after it (Arabic: «… الرسمي السوري»)."""
    before = tokens[i - 1].surface if i > 0 else ""
    if before[:1].isupper() and before.isalpha() and before.isascii():
        return True
    return j < len(tokens) and _is_nisba(tokens[j].key)


def _addressee_prefix(prefix: str, cues: _Cues) -> bool:
    stripped = prefix[1:] if prefix[:1] in _CONJ else prefix
    return any(stripped.startswith(m) for m in cues.addressee if m)


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
    pronoun: bool = False  # the cue had no subject of its own

    @property
    def attributed(self) -> bool:
        return self.speaker_type != "narrator"


class _Sentence:
    """One sentence (or clause) being read: its tokens and the text between them."""

    def __init__(self, text: str, start: int, end: int, lex: Lexicon):
        self.text, self.start, self.end, self.lex = text, start, end, lex
        self.lang = script_of(text[start:end]) or "ar"
        self.cues = lex.cues(self.lang)
        self.tokens = tokenize(text, start, end)
        self.mentions = _mentions(self.tokens, lex, self.cues)
        self.mention_at = {m.i: m for m in self.mentions}
        self.mention_ending = {m.j: m for m in self.mentions}  # mentions never overlap: one per end
        self.starts = [t.start for t in self.tokens]
        self.boundaries: list[int] | None = None  # these three are built once, when first needed:
        self.channel: str | None = None  # _sentence_channel, so that no cue rereads a long sentence
        self.quotes: SuffixQuotes | None = None

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

    def boundary_before(self, i: int) -> bool:
        return i == 0 or bool(_CLAUSE_PUNCT.search(self.gap(i)))

    def verb_at(self, i: int) -> tuple[str, bool, bool] | None:
        for key in _conj_variants(self.tokens[i].key):
            if key in self.cues.verbs:
                return self.cues.verbs[key]
        return None

    def phrase_at(self, i: int, phrases) -> tuple[str, ...] | None:
        for phrase in phrases:
            if _phrase_at(self.tokens, i, phrase, clitics=False) is not None:
                return phrase
        return None

    def is_complementizer(self, i: int) -> bool:
        return any(k in self.cues.complementizers for k in _conj_variants(self.tokens[i].key))

    def noun_phrase(self, i: int, *, limit: int) -> int:
        """End (exclusive) of the speaker phrase starting at token i.

        The phrase runs to punctuation, a complementizer, a stop word or an
        addressee. When nothing marks where the reported words begin
        («وأكدت مصر دعمها …»), only the head and its nisba adjectives are
        kept («الخارجية المصرية»), since the rest is the object.
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
            if key.startswith("لل") and len(key) > 3:  # «للمتظاهرين»: an addressee, not the subject
                marked = True
                break
            if key in self.cues.stops or self.verb_at(j):
                break
            mention = self.mention_at.get(j)
            if mention is not None and _addressee_prefix(mention.prefix, self.cues):
                marked = True
                break
            if j > i and self.phrase_at(j, self.cues.according_to):
                break
            j += 1
        if j == len(self.tokens):
            marked = True
        if not marked and self.lang == "ar" and j > i and not self.known_speaker(i, j) and not self.anonymous(i, j):
            k = i + 1
            while k < j and _is_nisba(self.tokens[k].key):
                k += 1
            return k
        return j

    def anonymous(self, i: int, j: int) -> bool:
        return any(_stem(v) in self.cues.anonymous for t in self.tokens[i:j] for v in clitic_variants(t.key))

    def known_speaker(self, i: int, j: int) -> bool:
        return any(
            _phrase_at(self.tokens[i:j], k, phrase) is not None
            for phrase, _name, _type in self.lex.speakers
            for k in range(j - i - len(phrase) + 1)
        )

    def _short_quote(self, j: int) -> bool:
        """A quoted name inside a speaker phrase: «الخارجية» closes within three words."""
        span = first_span_opened_in(self.text, self.tokens[j - 1].end, self.tokens[j].start, self.end)
        if span is None:
            return False
        a, b = span
        return bisect_left(self.starts, b) - bisect_right(self.starts, a) <= 3  # words starting inside

    def surface(self, i: int, j: int) -> str:
        return self.text[self.tokens[i].start : self.tokens[j - 1].end] if j > i else ""


# ------------------------------------------------------------------ speakers


_NAME_PUNCT = re.compile(r"[«»\"“”()]")


def _clean_name(surface: str) -> str:
    """A speaker phrase as a name: quotation marks and brackets dropped, blanks folded."""
    return " ".join(_NAME_PUNCT.sub("", surface).split())


def _is_nisba(key: str) -> bool:
    """A definite relational adjective («الإيرانية», «الرسمي»): part of a speaker's name."""
    return key.startswith("ال") and len(key) > 4 and key.endswith(("ي", "يه", "يون", "يين"))


def _speaker_of(sent: _Sentence, i: int, j: int) -> tuple[str, str, frozenset[str]]:
    """Canonical name, speaker type and stems for the phrase tokens[i:j]."""
    tokens = sent.tokens[i:j]
    keys = [t.key for t in tokens]
    stems = frozenset(_stem(v[-1]) for v in (clitic_variants(k) for k in keys))
    for phrase, name, stype in sent.lex.speakers:
        for k in range(len(tokens) - len(phrase) + 1):
            if _phrase_at(tokens, k, phrase) is not None:
                return name, stype, stems
    surface = _clean_name(sent.surface(i, j))
    if any(_stem(v) in sent.cues.anonymous for k in keys for v in clitic_variants(k)):
        return surface, "anonymous", stems
    head_key = (keys[-1] if sent.lang == "en" else keys[0]) if keys else ""  # English heads come last
    head = clitic_variants(head_key) if keys else ()
    pairs = {" ".join(keys[:2]), " ".join(keys[-2:])} if len(keys) > 1 else set()
    if any(v in sent.cues.organization for v in head) or pairs & sent.cues.organization:
        return surface, "organization", stems
    return surface, "official", stems


def _set_speaker(att: Attribution, sent: _Sentence, i: int, j: int) -> None:
    """Fill the attribution's speaker from tokens[i:j]; an outlet missing from the config
    («صحيفة «الأخبار» اللبنانية») becomes an outlet speaker with its type, so «الصحيفة» can refer back to it."""
    att.speaker, att.speaker_type, att.speaker_stems = _speaker_of(sent, i, j)
    if j <= i:
        return
    for noun, source_type in sent.cues.type_nouns:
        if _phrase_at(sent.tokens, i, noun) is None:
            continue
        for a, b in quote_spans(sent.text, sent.tokens[i].end, sent.tokens[j - 1].end + 1):
            att.speaker, att.speaker_type, att.source_type = _clean_name(sent.text[a:b]), "outlet", source_type
            return


def _outlet_speaker(lex: Lexicon, outlet: str) -> tuple[str, str, frozenset[str]]:
    return lex.outlet_names.get(outlet, outlet), "outlet", frozenset()


# ------------------------------------------------------------------ the rules


@dataclass
class _Cue:
    """A cue found in a sentence, before continuations are resolved."""

    first: int  # first token of the cue (incl. و/كما/أما and "according to")
    last: int  # token after the cue phrase (subject, addressee, nested source)
    attribution: Attribution
    anaphor: tuple[str, ...] | None = None  # continuation noun types, e.g. ('newspaper',)
    anaphor_stems: frozenset[str] = frozenset()  # definite speaker phrase: «الدبلوماسيون»
    unresolved: Attribution | None = None  # «التلفزيون الرسمي السوري» when no earlier broadcaster is meant
    named: bool = False  # the unresolved reading is a full name («الوكالة الوطنية للإعلام»): use it
    continues: bool = False
    content_follows: bool = True


def _nested_speaker(sent: _Sentence, k: int, att: Attribution) -> int:
    """After a transmitting verb's subject: «عن مصدر مطلع» / "citing two sources" sets the speaker."""
    limit = sent.lex.config.attribution.speaker_max_words
    for j in range(k, min(k + 4, len(sent.tokens))):
        if sent.is_complementizer(j) or (j > k and sent.verb_at(j)):
            break
        if sent.tokens[j].key in sent.cues.nested:
            end = sent.noun_phrase(j + 1, limit=limit)
            if end > j + 1:
                _set_speaker(att, sent, j + 1, end)
                return end
    return k


def _channel_or_addressee(sent: _Sentence, k: int, att: Attribution, *, object_is_addressee: bool = False) -> int:
    """An outlet right after the subject as addressee («لوكالة رويترز», "told Reuters") or channel («على منصة إكس»)."""
    cues = sent.cues
    for j in range(k, min(k + 5, len(sent.tokens))):
        mention = sent.mention_at.get(j)
        if mention is not None:
            if _addressee_prefix(mention.prefix, cues) or (j > 0 and sent.tokens[j - 1].key in cues.addressee) \
                    or (object_is_addressee and (j == k or (j == k + 1 and sent.tokens[k].key in cues.demonstratives))):
                att.outlet = mention.outlet
                return mention.j
            return k
        key = sent.tokens[j].key
        if key in cues.channel and j + 1 < len(sent.tokens):
            nxt = sent.mention_at.get(j + 1)
            if nxt is None and j + 2 < len(sent.tokens):
                nxt = sent.mention_at.get(j + 2)  # «على منصة «إكس»» when منصة is not a type noun
            if nxt is not None and sent.lex.outlet_types.get(nxt.outlet) == "platform":
                att.outlet = nxt.outlet
                return nxt.j
        if sent.is_complementizer(j):
            return k
    return k


def _subject_before_verb(sent: _Sentence, v: int) -> int | None:
    """Start of a speaker phrase between a particle («أن», «إن», «لكن») and the verb, when it names a source.

    Only phrases that are clearly sources count (an anonymous source, a known speaker, an organization):
    a word order this free would otherwise take objects for subjects.
    """
    start = v
    while start > 0 and v - start < 4 and not sent.boundary_before(start):
        prev = sent.tokens[start - 1]
        if sent.is_complementizer(start - 1) or prev.key in sent.cues.clause_openers:
            break
        if sent.verb_at(start - 1):
            return None
        start -= 1
    if start == v or start == 0 or sent.boundary_before(start):
        return None
    if not (sent.is_complementizer(start - 1) or sent.tokens[start - 1].key in sent.cues.clause_openers):
        return None
    name, speaker_type, _stems = _speaker_of(sent, start, v)
    if speaker_type == "official" and not sent.known_speaker(start, v):
        return None
    return start


def _outlet_before_verb(sent: _Sentence, v: int) -> _Mention | None:
    """An outlet named right before the verb, or before «قد» + verb, as its subject (not as an addressee)."""
    end = v - 1 if v > 0 and sent.tokens[v - 1].key in sent.cues.lead_ins else v
    if end <= 0 or sent.boundary_before(end):
        return None
    mention = sent.mention_ending.get(end)
    if mention is None or _addressee_prefix(mention.prefix, sent.cues) or sent.verb_at(max(mention.i - 1, 0)):
        return None
    return mention


def _inverted_subject(sent: _Sentence, k: int) -> bool:
    """English "…, said Ali Vaez." : a name after the verb that ends the sentence or its clause."""
    if k >= len(sent.tokens) or (sent.tokens[k].key in sent.cues.pronouns):
        return k < len(sent.tokens)
    end = sent.noun_phrase(k, limit=sent.lex.config.attribution.speaker_max_words)
    return end == len(sent.tokens) or sent.boundary_before(end) if end > k else False


def _sentence_channel(sent: _Sentence) -> str:
    """An outlet named as the channel anywhere in the sentence: "in an interview with CNN", «على منصة «إكس»»."""
    cues = sent.cues
    for j in range(len(sent.tokens)):
        phrase = sent.phrase_at(j, cues.channel_phrases)
        if phrase is None:
            continue
        k = j + len(phrase)
        if k < len(sent.tokens) and k not in sent.mention_at and sent.tokens[k].key in cues.demonstratives:
            k += 1
        mention = sent.mention_at.get(k) or (sent.mention_at.get(k + 1) if len(phrase) == 1 else None)
        if mention is None:
            continue
        if len(phrase) > 1 or sent.lex.outlet_types.get(mention.outlet) == "platform":
            return mention.outlet
    return ""


def _content_follows(sent: _Sentence, k: int) -> bool:
    """Whether reported content comes after token k (complementizer, colon, quote or many words)."""
    if k >= len(sent.tokens):
        return False
    if _OPEN_QUOTE.match(sent.gap(k)) or ":" in sent.gap(k) or sent.is_complementizer(k):
        return True
    return len(sent.tokens) - k >= 4


def _speaker_after(sent: _Sentence, k: int, cue: _Cue, lemma_transmits: bool) -> None:
    """Fill the cue's source from the words after a verb (Arabic order, or "said X")."""
    lex, cues, att = sent.lex, sent.cues, cue.attribution
    limit = lex.config.attribution.speaker_max_words
    mention = sent.mention_at.get(k)
    if mention is not None and not _addressee_prefix(mention.prefix, cues):
        att.outlet = mention.outlet
        att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(lex, mention.outlet)
        k = mention.j
        # adjectives after the name («الإسرائيلية», «الرسمية») before «عن»
        if lemma_transmits:
            k = _nested_speaker(sent, k, att)
        cue.last = k
        return
    anaphor = sent.phrase_at(k, [p for p, _ in cues.continuation])
    demonstrative = k < len(sent.tokens) and sent.tokens[k].key in cues.demonstratives
    if anaphor is None and demonstrative:
        anaphor = sent.phrase_at(k + 1, [p for p, _ in cues.continuation])
        if anaphor is not None:
            k += 1
    if anaphor is not None:
        cue.anaphor = dict(cues.continuation)[anaphor]
        k += len(anaphor)
        qualified = k
        while qualified < len(sent.tokens) and _is_nisba(sent.tokens[qualified].key) and not sent.boundary_before(qualified):
            qualified += 1
        named = qualified < len(sent.tokens) and sent.tokens[qualified].key.startswith("لل")
        if named:  # «الوكالة الوطنية للإعلام», «الوكالة العربية السورية للأنباء»: a full name, not "the agency"
            qualified += 1
        if qualified > k:  # a described outlet: used when no earlier source of that type is meant
            cue.unresolved = replace(att, speaker=_clean_name(sent.surface(k - len(anaphor), qualified)),
                                     speaker_type="outlet", source_type=cue.anaphor[0])
            k = qualified
            cue.named = named  # nothing earlier can be meant: always the named outlet
        if lemma_transmits:
            k = _nested_speaker(sent, k, att)
        cue.last = k
        return
    end = sent.noun_phrase(k, limit=limit)
    if end > k and end < len(sent.tokens) and any(v in cues.documents for v in clitic_variants(sent.tokens[end - 1].key)) \
            and sent.tokens[end].key.startswith("ل"):
        owner_end = sent.noun_phrase(end + 1, limit=limit)
        owner_end = max(owner_end, end + 1)
        while owner_end < len(sent.tokens) and _is_nisba(sent.tokens[owner_end].key) and not sent.boundary_before(owner_end):
            owner_end += 1
        name, stype, stems = _speaker_of(sent, end, owner_end)
        surface = sent.surface(end, owner_end)
        owner = clitic_variants(sent.tokens[end].key)
        if name == _clean_name(surface) and len(owner) > 1:  # drop the ل of «للرئاسة»
            name = "ال" + name[2:] if name.startswith("لل") else name[1:]
        att.speaker = name
        att.speaker_type, att.speaker_stems = (stype if stype != "official" else "organization"), stems
        cue.last = owner_end
        return
    if end > k:
        _set_speaker(att, sent, k, end)
        first = sent.tokens[k].key
        if demonstrative or (first.startswith("ال") and att.speaker_type == "anonymous") or first == "the":
            cue.anaphor_stems = att.speaker_stems
        k = end
    else:
        att.pronoun = True
    k = _channel_or_addressee(sent, k, att)
    if lemma_transmits:
        k = _nested_speaker(sent, k, att)
    cue.last = k


def _speaker_before(sent: _Sentence, v: int, first: int, cue: _Cue) -> bool:
    """English order, and Arabic «أما X فقال»: the source stands before the verb."""
    lex, att = sent.lex, cue.attribution
    if v == first:
        return False
    mention = sent.mention_ending_at(v, first)
    if mention is None and sent.lang == "ar":  # «أما وزير الخارجية ماركو روبيو، فقال»
        end = min(v, first + lex.config.attribution.speaker_max_words)
        mention = sent.mention_at.get(first)
        if mention is None:
            _set_speaker(att, sent, first, end)
            return True
    if mention is not None:
        att.outlet = mention.outlet
        att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(lex, mention.outlet)
        cue.first = min(cue.first, mention.i)
        return True
    anaphor = None
    for phrase, types in sent.cues.continuation:
        start = v - len(phrase)
        if start >= first and _phrase_at(sent.tokens, start, phrase) is not None:
            anaphor = (start, types)
            break
    if anaphor is not None:
        cue.anaphor = anaphor[1]
        cue.first = min(cue.first, anaphor[0])
        return True
    # a noun phrase back to the clause boundary
    start = v
    limit = lex.config.attribution.speaker_max_words
    while start > first and v - start < limit and not sent.boundary_before(start):
        key = sent.tokens[start - 1].key
        if sent.is_complementizer(start - 1) or key in sent.cues.clause_openers or sent.verb_at(start - 1):
            break
        start -= 1
    if start == v:
        return _fronted_citing(sent, v, first, cue) or _before_apposition(sent, v, first, cue)
    if v - start == 1 and sent.tokens[start].key in sent.cues.pronouns:  # "he said"
        att.pronoun = True
        cue.first = min(cue.first, start)
        return True
    _set_speaker(att, sent, start, v)
    if att.speaker_type == "anonymous" and any(t.key in sent.cues.demonstratives for t in sent.tokens[start:v]):
        cue.anaphor_stems = att.speaker_stems  # "the diplomat", "one of the sources"
    cue.first = min(cue.first, start)
    return True


def _before_apposition(sent: _Sentence, v: int, first: int, cue: _Cue) -> bool:
    """"Vice Adm. Daniel Harlow, commander of U.S. naval forces, said": the name before the apposition."""
    if re.search(r'["”»]', sent.gap(v)):
        return False  # '"…," said X': a quotation, not an apposition, stands before the verb
    k = v - 1 if v - 1 <= first else max(first, sent.clause_start(v - 1))  # back to the clause boundary
    if k <= first or v - k > 3 * sent.lex.config.attribution.speaker_max_words:  # "X, who declined to be named …, said"
        return False
    end = k
    start = end - 1
    while start > first and end - start < sent.lex.config.attribution.speaker_max_words and not sent.boundary_before(start):
        if sent.tokens[start - 1].key in sent.cues.clause_openers or sent.verb_at(start - 1):
            break
        start -= 1
    if start == end or (start > first and not sent.boundary_before(start)):
        return False
    att = cue.attribution
    mention = sent.mention_ending_at(end, start)
    mention = mention if mention is not None and mention.i == start else None
    if mention is not None:
        att.outlet = mention.outlet
        att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(sent.lex, mention.outlet)
    else:
        _set_speaker(att, sent, start, end)
    cue.first = min(cue.first, start)
    return True


def _fronted_citing(sent: _Sentence, v: int, first: int, cue: _Cue) -> bool:
    """"The Washington Post, citing U.S. officials, reported …": the source before an inserted citing clause."""
    cues, att = sent.cues, cue.attribution
    k = v - 1 if v - 1 <= first else max(first, sent.clause_start(v - 1))  # back to the clause boundary
    if k <= first or sent.tokens[k].key not in cues.nested:
        return False
    mention = sent.mention_ending_at(k, first)
    if mention is not None:
        att.outlet = mention.outlet
        cue.first = min(cue.first, mention.i)
    else:
        for phrase, types in cues.continuation:
            start = k - len(phrase)
            if start >= first and _phrase_at(sent.tokens, start, phrase) is not None:
                cue.anaphor = types
                cue.first = min(cue.first, start)
                break
        else:
            return False
    end = sent.noun_phrase(k + 1, limit=sent.lex.config.attribution.speaker_max_words)
    _set_speaker(att, sent, k + 1, max(end, k + 2))
    return True


def _find_cues(sent: _Sentence) -> list[_Cue]:
    """Every cue of the sentence, in order of its first word."""
    cues, lex = sent.cues, sent.lex
    found: list[_Cue] = []
    english = sent.lang == "en"
    n = len(sent.tokens)
    topics = [t for t, token in enumerate(sent.tokens) if token.key in cues.topic]
    i = 0
    while i < n:
        according = sent.phrase_at(i, cues.according_to)
        if according is not None:
            cue = _Cue(first=i, last=i + len(according), attribution=Attribution(kind="according_to"))
            k = i + len(according)
            # «وفق ما قاله X» / «وفقاً لـ» : skip «ما» and a verb, and a bare «لـ»
            while k < n and (sent.tokens[k].key in cues.according_to_fillers or sent.verb_at(k)):
                k += 1
            mention = sent.mention_at.get(k)
            if mention is not None:
                cue.attribution.outlet = mention.outlet
                att = cue.attribution
                att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(lex, mention.outlet)
                cue.last = mention.j
            else:
                _speaker_after(sent, k, cue, lemma_transmits=False)
                if cue.attribution.pronoun:
                    i += 1
                    continue
            cue.content_follows = cue.last < n and len(sent.tokens) - cue.last >= 2
            found.append(cue)
            i = max(cue.last, i + 1)
            continue
        verb = sent.verb_at(i)
        if verb is None:
            i += 1
            continue
        lemma, transmits, continues = verb
        cue = _Cue(first=i, last=i + 1, attribution=Attribution(kind="indirect"), continues=continues)
        # the clause's lead-in words belong to the cue: «كما», «وقد», «فقد», «أما X ف»
        before = i
        while before > 0 and not sent.boundary_before(before) and sent.tokens[before - 1].key in cues.lead_ins:
            before -= 1
        cue.first = before
        before_topic = bisect_left(topics, i)  # the last topic marker before the verb
        topic = topics[before_topic - 1] if before_topic else None
        if english or (topic is not None and sent.tokens[i].key[:1] == "ف"):
            start = (topic + 1) if topic is not None else (0 if english else sent.clause_start(i))
            has_subject = _speaker_before(sent, i, start, cue)
            if topic is not None:
                cue.first = topic
            if has_subject:
                k = i + 1  # the object of "told" is its addressee
                k = _channel_or_addressee(sent, k, cue.attribution, object_is_addressee=True)
                if transmits or (english and k < n and sent.tokens[k].key in cues.nested):
                    k = _nested_speaker(sent, k, cue.attribution)
                cue.last = k
            elif _inverted_subject(sent, i + 1):
                _speaker_after(sent, i + 1, cue, transmits)  # ", said Ali Vaez, director of …"
            else:
                i += 1
                continue
        elif sent.noun_phrase(i + 1, limit=lex.config.attribution.speaker_max_words) == i + 1 \
                and (subject := _subject_before_verb(sent, i)) is not None:
            # «غير أن مصدراً نيابياً قال إن …»: after a particle the subject may stand before its verb
            _set_speaker(cue.attribution, sent, subject, i)
            cue.first = min(cue.first, subject)
            k = _channel_or_addressee(sent, i + 1, cue.attribution)
            cue.last = _nested_speaker(sent, k, cue.attribution) if transmits else k
        elif (fronted := _outlet_before_verb(sent, i)) is not None:
            # «وكان موقع «أكسيوس» قد أفاد …»: the outlet stands before its verb
            att = cue.attribution
            att.outlet = fronted.outlet
            att.speaker, att.speaker_type, att.speaker_stems = _outlet_speaker(lex, fronted.outlet)
            cue.first = min(cue.first, fronted.i)
            cue.last = _nested_speaker(sent, i + 1, att) if transmits else i + 1
        else:
            _speaker_after(sent, i + 1, cue, transmits)
        att = cue.attribution
        if english and cue.last < n and sent.tokens[cue.last - 1].key not in cues.nested:
            # "Axios reported on Friday, citing two sources"
            nested_at = _nested_speaker(sent, cue.last, att)
            if nested_at == cue.last and transmits and att.outlet and att.speaker_type == "outlet":
                # "Tasnim quoted Oil Minister Javad Owji as saying": the object is the speaker
                end = sent.noun_phrase(cue.last, limit=lex.config.attribution.speaker_max_words)
                if end > cue.last:
                    _set_speaker(att, sent, cue.last, end)
                    nested_at = end
            cue.last = nested_at
        if not att.outlet and not cue.anaphor:
            sent.channel = _sentence_channel(sent) if sent.channel is None else sent.channel  # «مع «بي بي سي»»
            if sent.channel:
                att.outlet = sent.channel
        cue.content_follows = _content_follows(sent, cue.last)
        if not att.outlet and not att.speaker and not cue.anaphor and not att.pronoun:
            i += 1
            continue
        if transmits and not att.outlet and not cue.anaphor and not (
                cue.last < n and (sent.is_complementizer(cue.last) or ":" in sent.gap(cue.last))) \
                and not any(t.key in cues.nested for t in sent.tokens[i:cue.last]):
            i += 1  # «ونقل الرسائل»: carrying messages, not relaying words
            continue
        if att.pronoun and not cue.content_follows and not att.outlet and not english:
            i += 1
            continue
        if not att.outlet and not cue.anaphor and not att.pronoun and not cue.content_follows and not english:
            i += 1
            continue
        found.append(cue)
        i = max(cue.last, i + 1)
    return found


# ---------------------------------------------------------------- resolving


def _resolve(cue: _Cue, ctx: _Context, paragraph: int, lex: Lexicon) -> Attribution | None:
    """Fill a continuation from the context; None when it refers to nothing."""
    att = cue.attribution
    since = paragraph - lex.config.attribution.continuation_paragraphs  # the oldest paragraph it may reach
    if cue.named:
        return cue.unresolved
    if cue.anaphor is not None:
        wanted = set(cue.anaphor)
        prior = ctx.recent.last_of(wanted, since, body=bool(wanted & {"organization", "government"}))
        if prior is not None:  # the latest source of a wanted type, or a body when one is wanted
            prior_type = lex.outlet_types.get(prior.outlet, "") if prior.outlet else prior.source_type
            if prior_type and prior_type in wanted:
                return replace(
                    att,
                    outlet=prior.outlet,
                    source_type=prior.source_type,
                    speaker=att.speaker or (lex.outlet_names[prior.outlet] if prior.outlet else prior.speaker),
                    speaker_type=att.speaker_type if att.speaker else "outlet",
                    speaker_stems=att.speaker_stems or prior.speaker_stems,
                )
            return replace(att, speaker=prior.speaker, speaker_type=prior.speaker_type, speaker_stems=prior.speaker_stems)
        return cue.unresolved
    if cue.anaphor_stems:
        prior = ctx.recent.last_sharing(cue.anaphor_stems, since)
        if prior is not None:
            return replace(att, outlet=att.outlet or prior.outlet, speaker=prior.speaker,
                               speaker_type=prior.speaker_type, speaker_stems=prior.speaker_stems)
    if att.pronoun:
        prior = ctx.previous
        if prior is None:
            return None
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
    return att


def _kind(sent: _Sentence, cue: _Cue, content_start: int, content_end: int) -> str:
    """according_to for "according to"; direct when the reported words (to the sentence's end) are a quotation; else indirect."""
    if cue.attribution.kind == "according_to":
        return "according_to"
    text = sent.text
    cue_end = sent.tokens[cue.last - 1].end if cue.last > 0 else content_start
    if _OPEN_QUOTE_AT.match(text, cue_end, content_end):
        return "direct"
    # quotations outside the cue (not the «name» inside it) covering most of the rest
    cue_start = sent.tokens[cue.first].start
    sent.quotes = sent.quotes or SuffixQuotes(text, sent.start, content_end)  # one reading for the sentence's cues
    quoted = sent.quotes.quoted(content_start, cue_end, cue_start)
    rest = (content_end - content_start) - (cue_end - cue_start)
    return "direct" if rest > 0 and quoted >= 0.6 * rest else "indirect"


# ------------------------------------------------------------------ driver


@dataclass
class _Piece:
    start: int
    end: int
    att: Attribution
    paragraph: int


def _narration() -> Attribution:
    return Attribution()


def _read_sentence(text: str, start: int, end: int, paragraph: int, ctx: _Context, lex: Lexicon) -> list[_Piece]:
    """Pieces of one sentence: a narration lead-in when the cue stands mid-sentence, then attributed clauses."""
    sent = _Sentence(text, start, end, lex)
    found = _find_cues(sent) if sent.tokens else []
    plan: list[tuple[int, Attribution, _Cue]] = []  # (piece start, attribution, cue)
    prefix_words = lex.config.attribution.narration_prefix_words
    contrast_split = [c for c in found[1:] if _after_contrast(sent, c.first)]
    for index, cue in enumerate(found[:1] + contrast_split):
        lead = cue.first  # tokens before the cue
        mid_sentence = index == 0 and lead > 0
        if index == 0 and cue.attribution.pronoun and mid_sentence and cue.content_follows:
            # «ولخّص عراقجي تقييمه …، موضحاً أن …»: the subject stands in the lead-in
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
            att = _wrap_with_later(att, found[1:], contrast_split)
        att = replace(att, cue_start=sent.tokens[cue.first].start, cue_end=sent.tokens[max(cue.first, cue.last - 1)].end)
        piece_start = start
        if index == 0 and any(m.outlet == att.outlet and m.j <= lead for m in sent.mentions):  # (lead matters for the first only)
            lead = 0  # «وفي مقابلة مع «بي بي سي»، قال …»: the lead-in names the channel
        if index == 0 and lead > 0 and _mostly_quoted(sent, start, sent.tokens[cue.first].start):
            lead = 0  # '"The numbers are moving …," said Jakob Lindqvist': the lead-in is the quotation
        if index > 0 or (lead > 0 and cue.content_follows and (
                (sent.boundary_before(lead) and lead >= prefix_words) or _after_contrast(sent, lead))):
            # «كما جاءت … في إيران، قالت منظمات حقوقية إن …»; «… بينما قالت مصادر …» (the marker opens the clause)
            piece_start = sent.tokens[_contrast_start(sent, cue.first)].start
        elif lead > 0 and not cue.content_follows:
            piece_start = _clause_after_semicolon(sent, lead)  # «…؛ فقد توجه … وفق بيان للرئاسة»
        plan.append((piece_start, att, cue))

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
    return replace(prior, kind="direct", cue_start=-1, cue_end=-1)


def _known_speaker_in(sent: _Sentence, i: int, j: int) -> tuple[str, str] | None:
    tokens = sent.tokens[i:j]
    for phrase, name, stype in sent.lex.speakers:
        for k in range(len(tokens) - len(phrase) + 1):
            if _phrase_at(tokens, k, phrase) is not None:
                return name, stype
    return None


def _wrap_with_later(att: Attribution, later_cues: list[_Cue], contrast_split: list[_Cue]) -> Attribution:
    """Let a sentence-final cue complete the first one.

    "Iran said X, Reuters reported." -> the speaker Iran, through Reuters;
    «أفاد موقع أكسيوس … وفق ما قاله مصدران مطلعان» -> Axios, speaker the two sources.
    """
    split = {id(c) for c in contrast_split}  # (cues of one sentence are never equal: identity is equality)
    for later in later_cues:
        if id(later) in split:
            break
        latt = later.attribution
        if latt.outlet and not att.outlet and not later.content_follows:
            return replace(att, outlet=latt.outlet)
        if att.outlet and att.speaker_type == "outlet" and not latt.outlet and latt.speaker and not later.anaphor \
                and latt.kind == "according_to":
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


def _signature(text: str, block: Block, pattern: TimedPattern) -> re.Match[str] | None:
    return pattern.match(text[block.start : block.end])


def attribute(text: str, config: Config, *, title: str = "", path: str = "", encoding: str = "utf-8") -> Article:
    """Cut ``text`` into segments that tile it, each attributed to an outlet and speaker.

    >>> from framing.config import load_config
    >>> art = attribute("قالت «هآرتس» إن المحادثات انتهت.", load_config().config)
    >>> art.segments[0].outlet
    'haaretz'
    """
    lex = lexicon(config)
    settings = config.attribution
    signature = TimedPattern(settings.signature_pattern, budget(text))  # raises PatternTimeout rather than hang
    article_script = script_of(text) or "ar"
    all_blocks = blocks(text)
    ctx = _Context()
    pieces: list[_Piece] = []
    post_of: dict[int, tuple[int, re.Match[str]]] = {}  # first post block -> (signature block, match)
    skip: set[int] = set()
    for b in all_blocks:
        m = _signature(text, b, signature)
        if m is None or b.index == 0:
            continue
        first = b.index - 1
        if article_script == "ar":
            while first - 1 >= 0 and first - 1 not in skip and script_of(text[all_blocks[first - 1].start : all_blocks[first - 1].end]) == "en" \
                    and not _signature(text, all_blocks[first - 1], signature):
                first -= 1
        post_of[first] = (b.index, m)
        skip.update(range(first, b.index + 1))

    index = 0
    while index < len(all_blocks):
        b = all_blocks[index]
        if index in post_of:
            sig_index, m = post_of[index]
            sig = all_blocks[sig_index]
            post = _post_attribution(text, sig, m, lex)
            pieces.append(_Piece(b.start, sig.end, post, b.index))
            ctx.remember(b.index, post, lex.outlet_types)
            ctx.previous = None
            index = sig_index + 1
            continue
        line = text[b.start : b.end]
        heading_words = settings.heading_max_words * (2 if index == 0 else 1)  # titles run longer
        if looks_like_heading(line, max_words=heading_words):
            pieces.append(_Piece(b.start, b.end, _narration(), b.index))
            ctx.reset()
            index += 1
            continue
        abbreviations = lex.cues(script_of(line) or "ar").abbreviations
        for s, e in sentences(text, b.start, b.end, abbreviations=abbreviations):
            pieces.extend(_read_sentence(text, s, e, b.index, ctx, lex))
        index += 1

    segments = tuple(
        make_segment(
            text, p.start, p.end,
            outlet=p.att.outlet, speaker=p.att.speaker, speaker_type=p.att.speaker_type,
            cue=text[p.att.cue_start : p.att.cue_end] if p.att.cue_start >= 0 else "",
            kind=p.att.kind, cue_start=p.att.cue_start, cue_end=p.att.cue_end, paragraph=p.paragraph,
        )
        for p in pieces
        if p.end > p.start
    )
    return Article(text=text, segments=segments, title=title or _title(text, all_blocks, settings.heading_max_words * 2),
                   path=path, encoding=encoding, lang=article_script)


def _post_attribution(text: str, sig: Block, m: re.Match[str], lex: Lexicon) -> Attribution:
    name = m.group("name").strip()
    handle = m.groupdict().get("handle") or ""
    sent = _Sentence(text, sig.start + m.start("name"), sig.start + m.end("name"), lex)
    canonical = name
    if sent.tokens:
        found, _stype, _stems = _speaker_of(sent, 0, len(sent.tokens))
        canonical = found if found != sent.surface(0, len(sent.tokens)) else name
    speaker = f"{canonical} (@{handle})" if handle else canonical
    return Attribution(
        outlet=lex.config.attribution.post_platform, speaker=speaker, speaker_type="social_post",
        kind="direct", cue_start=sig.start, cue_end=sig.end,
    )


def _title(text: str, all_blocks: list[Block], max_words: int) -> str:
    if not all_blocks:
        return ""
    first = text[all_blocks[0].start : all_blocks[0].end]
    return first.strip() if looks_like_heading(first, max_words=max_words) else ""
