"""The config's attribution knowledge compiled to matching keys.

``lexicon(config)`` builds, once per loaded config, the per-language cue index (verbs with their
lemma and flags, "according to" phrases, markers, continuation nouns) and the outlet alias index;
``framing.attribution.mentions`` finds the outlets a sentence names with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from framing.config import Config, LanguageCues
from framing.keys import feature_key
from framing.model import Token
from framing.text import clitic_variants, match_key, tokenize

_CONJ = ("و", "ف")


def _keys(phrase: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(phrase))


def _type_words(type_nouns: Mapping[str, str]) -> dict[str, str]:
    words: dict[str, str] = {}
    for noun, source_type in type_nouns.items():
        keys = _keys(noun)
        if len(keys) == 1:
            words.setdefault(keys[0], source_type)
    return words


def _first_index(items: Iterable[tuple[tuple[str, ...], Any]]) -> dict[str, tuple[tuple[tuple[str, ...], Any], ...]]:
    """Phrases with their values, by first word, longest first: a token looks up only the phrases that can start on it."""
    index: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
    for phrase, value in items:
        index.setdefault(phrase[0], []).append((phrase, value))
    return {k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in index.items()}


def _conj_variants(key: str) -> tuple[str, ...]:
    """A verb with an optional و/ف in front: ``وقالت`` -> (``وقالت``, ``قالت``)."""
    if len(key) > 3 and key[0] in _CONJ:
        rest = key[1:]
        if len(rest) > 3 and rest[0] in _CONJ:
            return (key, rest, rest[1:])
        return (key, rest)
    return (key,)


def _stem(key: str) -> str:
    """The one stemmer (``framing.keys.feature_key``), so that attribution and profiles read a word alike."""
    return feature_key(key)



@dataclass(frozen=True)
class _Verb:
    """A cue verb's config entry."""

    lemma: str
    stance: str
    transmits: bool  # relays another's words: «نقل عن», "quoted"
    continues: bool  # continues the previous source: «أضاف», "added"
    requires_outlet: bool  # a cue only with an outlet or its report as subject: "showed"
    rebuts: bool  # its object (an outlet's report) is what it denies: "rejected the Haaretz account"
    participle: bool = False  # a cue only continuing an outlet's clause after a comma: "…, warning that"
    relays_with: frozenset[str] = frozenset()  # the words that introduce the source it relays: «من» after «علمت»
    needs_complementizer: bool = False  # a cue only before a complementizer: "found that"
    needs_statement: bool = False  # a cue only with a statement marker in its clause: «رفضت الوزارة في بيان»
    carries: bool = False  # the outlet carries a document whose owner speaks: "SPA carried a statement by the ministry"
    needs_words: frozenset[str] = frozenset()  # a cue only with one of these words after it: «عزت … إلى»
    needs_body: bool = False  # a cue only with a source as subject: "OCHA recorded", not "the region recorded"


@dataclass(frozen=True)
class _Cues:
    """One language's cues, as matching keys."""

    verbs: dict[str, _Verb]
    lemma_verbs: dict[str, _Verb]  # each verb by its lemma, a cue only after an aspect phrase ("goes on to argue")
    aspects: tuple[tuple[str, ...], ...]
    infinitive_markers: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]
    complementizers: frozenset[str]
    nested: frozenset[str]
    addressee: frozenset[str]
    channel: frozenset[str]
    channel_phrases: tuple[tuple[str, ...], ...]
    carriers: tuple[tuple[str, ...], ...]
    statements: tuple[tuple[str, ...], ...]  # "in a statement", «في بيان»: the subject of a verb that needs one speaks
    pronouns: frozenset[str]
    lead_ins: frozenset[str]
    adjunct_openers: frozenset[str]
    according_to_fillers: frozenset[str]
    rate_nouns: frozenset[str]
    clause_openers: frozenset[str]
    content_adverbials: frozenset[str]
    subject_auxiliaries: frozenset[str]
    staff_nouns: frozenset[str]
    spokesperson_nouns: frozenset[str]
    staff_links: frozenset[str]
    passive_adverbs: frozenset[str]
    topic: frozenset[str]
    coordinators: frozenset[str]  # "said … and warned": a verb joined to the clause before it
    contrast: tuple[tuple[str, ...], ...]
    stops: frozenset[str]
    head_stops: frozenset[str]
    demonstratives: frozenset[str]
    outlet_qualifiers: frozenset[str]
    country_adjectives: dict[str, frozenset[str]]
    relative_pronouns: frozenset[str]
    evidence: frozenset[str]
    personal_pronouns: frozenset[str]
    impersonal_pronouns: frozenset[str]
    own_reporting_words: frozenset[str]
    narration_openers: tuple[tuple[str, ...], ...]
    type_nouns: tuple[tuple[tuple[str, ...], str], ...]
    continuation: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    name_nouns: tuple[tuple[tuple[str, ...], str], ...]
    name_heads: tuple[tuple[tuple[str, ...], str], ...]
    name_tails: tuple[tuple[tuple[str, ...], str], ...]
    place_adjectives: frozenset[str]
    place_countries: dict[str, str]  # a word of ``country_adjectives`` -> its country
    state_body_heads: frozenset[str]
    non_media_qualifiers: frozenset[str]
    state_media_index: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # state-media descriptions by first word
    genre_nouns: tuple[tuple[tuple[str, ...], str], ...]
    appositive_determiners: frozenset[str]
    appositive_links: frozenset[str]
    type_words: dict[str, str]  # the one-word type nouns, key -> source type
    type_index: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # type nouns by first word
    continuation_index: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]  # continuation nouns by first word
    function_words: frozenset[str]  # demonstratives and speaker stops: no stem a later phrase can share
    documents: frozenset[str]
    anonymous: frozenset[str]
    generic_media: frozenset[str]
    data_nouns: frozenset[str]
    indefinite_determiners: frozenset[str]
    unnamed_people: frozenset[str]
    refusal_phrases: tuple[tuple[str, ...], ...]
    anonymity_phrases: tuple[tuple[str, ...], ...]
    refusal_verbs: frozenset[str]
    refusal_objects: frozenset[str]
    partitives: tuple[tuple[str, ...], ...]
    participle_endings: tuple[str, ...]
    definite_prefix: str
    organization: frozenset[str]
    official: frozenset[str]
    weak_official: frozenset[str]
    name_words: frozenset[str]
    name_links: frozenset[str]
    prepositions: frozenset[str]
    body_nouns: frozenset[str]
    unit_nouns: frozenset[str]
    carried_documents: frozenset[str]
    carried_document_links: frozenset[str]
    abbreviations: frozenset[str]
    number_abbreviations: frozenset[str]
    source_nouns: dict[str, str]  # key -> speaker type of a source the outlet draws on
    possessive_words: frozenset[str]
    possessive_endings: tuple[str, ...]
    name_possessive_endings: tuple[str, ...]
    possessive_types: tuple[str, ...]
    report_nouns: frozenset[str]
    report_determiners: frozenset[str]
    report_openers: tuple[tuple[str, ...], ...]
    report_qualifiers: frozenset[str]
    report_links: tuple[tuple[str, ...], ...]
    verbal_noun_markers: frozenset[str]
    object_markers: frozenset[str]
    passive_markers: frozenset[str]
    agent_markers: frozenset[str]
    outlet_subject: bool
    outlet_subject_stops: frozenset[str]
    outlet_products: frozenset[str]
    outlet_product_verbs: frozenset[str]
    subject_after_verb: bool
    noun_endings: tuple[str, ...]

    @classmethod
    def build(cls, cues: LanguageCues) -> _Cues:
        verbs: dict[str, _Verb] = {}
        lemma_verbs: dict[str, _Verb] = {}
        for verb in cues.verbs:
            entry = _Verb(verb.lemma, verb.stance, verb.transmits, verb.continues, verb.requires_outlet, verb.rebuts,
                          verb.participle, frozenset(match_key(w) for w in verb.relays_with), verb.needs_complementizer,
                          verb.needs_statement, verb.carries, frozenset(match_key(w) for w in verb.needs_words),
                          verb.needs_body)
            for form in verb.forms:
                verbs[match_key(form)] = entry
            if not verb.participle and len(_keys(verb.lemma)) == 1:
                lemma_verbs.setdefault(match_key(verb.lemma), entry)
        longest_first = lambda items: tuple(sorted(items, key=lambda kv: -len(kv[0])))  # noqa: E731
        return cls(
            verbs=verbs,
            lemma_verbs=lemma_verbs,
            aspects=tuple(sorted({_keys(p) for p in cues.aspect_phrases if _keys(p)}, key=len, reverse=True)),
            infinitive_markers=frozenset(match_key(w) for w in cues.infinitive_markers),
            according_to=tuple(sorted({_keys(p) for p in cues.according_to if _keys(p)}, key=len, reverse=True)),
            complementizers=frozenset(match_key(w) for w in cues.complementizers),
            nested=frozenset(match_key(w) for w in cues.nested_markers),
            addressee=frozenset(match_key(w) for w in cues.addressee_markers),
            channel=frozenset(match_key(w) for w in cues.channel_markers if len(_keys(w)) == 1),
            channel_phrases=tuple(sorted({_keys(p) for p in cues.channel_markers if _keys(p)}, key=len, reverse=True)),
            carriers=tuple(sorted({_keys(p) for p in cues.carrier_markers if _keys(p)}, key=len, reverse=True)),
            statements=tuple(sorted({_keys(p) for p in cues.statement_markers if _keys(p)}, key=len, reverse=True)),
            pronouns=frozenset(match_key(w) for w in cues.pronouns),
            lead_ins=frozenset(match_key(w) for w in cues.lead_ins),
            adjunct_openers=frozenset(match_key(w) for w in cues.adjunct_openers),
            according_to_fillers=frozenset(match_key(w) for w in cues.according_to_fillers),
            rate_nouns=frozenset(match_key(w) for w in cues.rate_nouns),
            clause_openers=frozenset(match_key(w) for w in cues.clause_openers),
            content_adverbials=frozenset(match_key(w) for w in cues.content_adverbials),
            subject_auxiliaries=frozenset(match_key(w) for w in cues.subject_auxiliaries),
            staff_nouns=frozenset(match_key(w) for w in cues.staff_nouns),
            spokesperson_nouns=frozenset(match_key(w) for w in cues.spokesperson_nouns),
            staff_links=frozenset(match_key(w) for w in cues.staff_links),
            passive_adverbs=frozenset(match_key(w) for w in cues.passive_adverbs),
            topic=frozenset(match_key(w) for w in cues.topic_markers),
            coordinators=frozenset(match_key(w) for w in cues.coordinators),
            contrast=tuple(sorted({_keys(p) for p in cues.contrast_markers if _keys(p)}, key=len, reverse=True)),
            stops=frozenset(match_key(w) for w in cues.speaker_stops),
            name_words=frozenset(cues.name_words),
            name_links=frozenset(match_key(w) for w in cues.name_links),
            prepositions=frozenset(match_key(w) for w in cues.prepositions),
            head_stops=frozenset(match_key(w) for w in (*cues.speaker_stops, *cues.head_stops)),
            demonstratives=frozenset(match_key(w) for w in cues.demonstratives),
            outlet_qualifiers=frozenset(match_key(w) for w in cues.outlet_qualifiers),
            country_adjectives={c: frozenset(match_key(w) for w in words) for c, words in cues.country_adjectives.items()},
            relative_pronouns=frozenset(match_key(w) for w in cues.relative_pronouns),
            evidence=frozenset(match_key(w) for w in cues.evidence_nouns),
            personal_pronouns=frozenset(match_key(w) for w in cues.personal_pronouns),
            impersonal_pronouns=frozenset(match_key(w) for w in cues.impersonal_pronouns),
            own_reporting_words=frozenset(match_key(w) for w in cues.own_reporting_words),
            narration_openers=tuple(sorted({_keys(p) for p in cues.narration_openers if _keys(p)}, key=len, reverse=True)),
            type_nouns=longest_first((_keys(k), v) for k, v in cues.type_nouns.items()),
            type_words=_type_words(cues.type_nouns),
            type_index=_first_index((_keys(k), v) for k, v in cues.type_nouns.items() if _keys(k)),
            continuation_index=_first_index((_keys(k), tuple(v)) for k, v in cues.continuation_nouns.items() if _keys(k)),
            function_words=frozenset(match_key(w) for w in (*cues.demonstratives, *cues.speaker_stops, *cues.head_stops)),
            continuation=longest_first((_keys(k), tuple(v)) for k, v in cues.continuation_nouns.items()),
            name_nouns=longest_first((_keys(k), v) for k, v in cues.name_nouns.items()),
            name_heads=longest_first((_keys(k), v) for k, v in cues.name_heads.items()),
            name_tails=longest_first((_keys(k), v) for k, v in cues.name_tails.items()),
            place_adjectives=frozenset(match_key(w) for w in cues.place_adjectives),
            place_countries={match_key(w): c for c, words in cues.country_adjectives.items() for w in words},
            state_body_heads=frozenset(match_key(w) for w in cues.state_body_heads),
            non_media_qualifiers=frozenset(match_key(w) for w in cues.non_media_qualifiers),
            state_media_index=_first_index((_keys(k), v) for k, v in cues.state_media_phrases.items() if _keys(k)),
            genre_nouns=longest_first((_keys(k), v) for k, v in cues.genre_nouns.items()),
            appositive_determiners=frozenset(match_key(w) for w in cues.appositive_determiners),
            appositive_links=frozenset(match_key(w) for w in cues.appositive_links),
            documents=frozenset(match_key(w) for w in cues.document_nouns),
            anonymous=frozenset(_stem(match_key(w)) for w in cues.anonymous_markers),
            generic_media=frozenset(match_key(w) for w in cues.generic_media),
            data_nouns=frozenset(match_key(w) for w in cues.data_nouns),
            indefinite_determiners=frozenset(match_key(w) for w in cues.indefinite_determiners),
            unnamed_people=frozenset(match_key(w) for w in cues.unnamed_people),
            refusal_phrases=tuple(sorted({_keys(p) for p in cues.refusal_phrases if _keys(p)}, key=len, reverse=True)),
            anonymity_phrases=tuple(sorted({_keys(p) for p in cues.anonymity_phrases if _keys(p)}, key=len, reverse=True)),
            refusal_verbs=frozenset(match_key(w) for w in cues.refusal_verbs),
            refusal_objects=frozenset(match_key(w) for w in cues.refusal_objects),
            partitives=tuple(sorted({_keys(p) for p in cues.partitives if _keys(p)}, key=len, reverse=True)),
            participle_endings=tuple(match_key(w) for w in cues.participle_endings),
            definite_prefix=match_key("ال"),
            organization=frozenset(match_key(w) for w in cues.organization_markers),
            official=frozenset(match_key(w) for w in cues.official_markers),
            weak_official=frozenset(match_key(w) for w in cues.weak_official_markers),
            body_nouns=frozenset(match_key(w) for w in cues.body_nouns),
            unit_nouns=frozenset(match_key(w) for w in cues.unit_nouns),
            carried_documents=frozenset(match_key(w) for w in cues.carried_documents),
            carried_document_links=frozenset(match_key(w) for w in cues.carried_document_links),
            abbreviations=frozenset(w.casefold() for w in cues.abbreviations),
            number_abbreviations=frozenset(w.casefold() for w in cues.number_abbreviations),
            source_nouns={match_key(k): v for k, v in cues.source_nouns.items()},
            possessive_words=frozenset(match_key(w) for w in cues.possessive_words),
            possessive_endings=tuple(sorted((match_key(w) for w in cues.possessive_endings), key=len, reverse=True)),
            name_possessive_endings=tuple(sorted((match_key(w) for w in cues.name_possessive_endings), key=len, reverse=True)),
            possessive_types=tuple(cues.possessive_types),
            report_nouns=frozenset(match_key(w) for w in cues.report_nouns),
            report_determiners=frozenset(match_key(w) for w in cues.report_determiners),
            report_openers=tuple(sorted({_keys(p) for p in cues.report_openers if _keys(p)}, key=len, reverse=True)),
            report_qualifiers=frozenset(match_key(w) for w in cues.report_qualifiers),
            report_links=tuple(sorted({_keys(p) for p in cues.report_links if _keys(p)}, key=len, reverse=True)),
            verbal_noun_markers=frozenset(match_key(w) for w in cues.verbal_noun_markers),
            object_markers=frozenset(match_key(w) for w in cues.object_markers),
            passive_markers=frozenset(match_key(w) for w in cues.passive_markers),
            agent_markers=frozenset(match_key(w) for w in cues.agent_markers),
            outlet_subject=cues.outlet_subject,
            outlet_subject_stops=frozenset(match_key(w) for w in cues.outlet_subject_stops),
            outlet_products=frozenset(match_key(w) for w in cues.outlet_products),
            outlet_product_verbs=frozenset(match_key(w) for w in cues.outlet_product_verbs),
            subject_after_verb=cues.subject_after_verb,
            noun_endings=tuple(match_key(w) for w in cues.noun_endings),
        )


@dataclass(frozen=True)
class Lexicon:
    """The config's attribution knowledge compiled to matching keys."""

    descriptive: frozenset[tuple[str, ...]]
    alias_index: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word -> aliases, longest first
    short_index: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word -> short names, once their outlet is named
    # first word -> names that mean the outlet only inside quotation marks («الشرق الأوسط» is also the Middle East)
    quoted_index: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    # first word -> names that mean the outlet, once it is named, as the subject right after a reporting verb
    # (``bare_names``: «وترى النهار أن …», «وتابعت الأيام، …»)
    bare_index: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    # first word -> the name part of "name + relational adjective" aliases («الأيام» of «الأيام العدنية»), for a bare
    # name after a type noun («قناة النهار») when one outlet of that type has it
    stripped_index: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    speaker_index: dict[str, tuple[tuple[int, tuple[str, ...], str, str], ...]]  # first word -> (rank, alias, name, type)
    outlet_types: dict[str, str]
    outlet_names: dict[str, str]
    outlet_countries: dict[str, str]
    languages: dict[str, _Cues]
    config: Config
    # (alias keys, outlet) -> which of its words are capitalized Latin words in every spelling of the alias: in the
    # text they must be capitalized too ("The Independent" is not "the independent outlet", "Dawn" not "at dawn"; the
    # first word of a longer alias is free: "the Independent")
    alias_case: dict[tuple[tuple[str, ...], str], tuple[int, ...]] = field(default_factory=dict)
    # every first word of the name indexes above: a word none has starts no outlet's name (the mention scan's test)
    name_starts: frozenset[str] = frozenset()
    # the title of a display name with a parenthesis ("Al-Watan" of "Al-Watan (Syria)") -> the outlets that have it
    titled: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    state_media: dict[tuple[str, str], str] = field(default_factory=dict)  # (country, type) -> its state outlet

    @classmethod
    def build(cls, config: Config) -> Lexicon:
        aliases = {(_keys(a), o.id) for o in config.outlets for a in (o.name, *o.aliases) if _keys(a)}
        case: dict[tuple[tuple[str, ...], str], tuple[int, ...]] = {}
        for o in config.outlets:
            for a in (o.name, *o.aliases):
                words = [t.surface for t in tokenize(a)]
                # 0: free, 1: capitalized, 2: a short acronym, all capitals ("MAP" is not "Map"; "IRNA" may be "Irna")
                flags = tuple(0 if not (w[:1].isupper() and w.isascii()) or (k == 0 < len(words) - 1)
                              else 2 if 1 < len(w) <= 3 and w.isupper() else 1 for k, w in enumerate(words))
                key = (_keys(a), o.id)
                case[key] = tuple(min(x, y) for x, y in zip(case[key], flags)) if key in case else flags
        # A descriptive alias ("state TV", «التلفزيون الرسمي») rather than a name: it may be qualified into another outlet.
        # A number makes it a name («القناة 12 العبرية» is Channel 12).
        descriptive = frozenset(_keys(a) for o in config.outlets for a in o.aliases
                                if (a[:1].islower() or _keys(a)[0].startswith("ال")) and not any(c.isdigit() for c in a))
        speakers = {(_keys(a), s.name, s.type) for s in config.speakers for a in (s.name, *s.aliases) if _keys(a)}
        by_first: dict[str, list[tuple[int, tuple[str, ...], str, str]]] = {}
        for rank, (alias, name, stype) in enumerate(sorted(speakers, key=lambda x: (-len(x[0]), x))):  # longest first
            by_first.setdefault(alias[0], []).append((rank, alias, name, stype))
        names = lambda field: {(_keys(a), o.id) for o in config.outlets for a in getattr(o, field) if _keys(a)}  # noqa: E731
        quoted_names = names("quoted_names")
        # «الأيام» of «الأيام العدنية»: the name without its relational adjective; between quotation marks it is
        # the outlet when no other outlet has that name («صحيفة «الجريدة»»)
        stripped = {(_keys(a)[:-1], o.id) for o in config.outlets for a in o.aliases
                    if len(_keys(a)) == 2 and _keys(a)[0].startswith("ال") and is_nisba(_keys(a)[1])}
        owners: dict[tuple[str, ...], set[str]] = {}
        for phrase, outlet in quoted_names | stripped:
            owners.setdefault(phrase, set()).add(outlet)
        indexes = {"bare_index": _by_first(names("bare_names")), "stripped_index": _by_first(stripped),
                   "quoted_index": _by_first(quoted_names | {(p, o) for p, o in stripped if len(owners[p]) == 1}),
                   "alias_index": _by_first(aliases), "short_index": _by_first(names("short_names"))}
        return cls(
            descriptive=descriptive,
            **indexes,
            name_starts=frozenset(word for index in indexes.values() for word in index),
            speaker_index={k: tuple(v) for k, v in by_first.items()},
            outlet_types={o.id: o.type for o in config.outlets},
            outlet_names={o.id: o.name for o in config.outlets},
            outlet_countries={o.id: o.country for o in config.outlets if o.country},
            languages={lang: _Cues.build(c) for lang, c in config.attribution.languages.items()},
            config=config,
            alias_case={key: flags for key, flags in case.items() if any(flags)},
            titled=_titles(config),
            state_media={(c, t): o for c, by_type in config.attribution.state_media.items() for t, o in by_type.items()},
        )

    def cues(self, lang: str) -> _Cues:
        if lang in self.languages:
            return self.languages[lang]
        return next(iter(self.languages.values()))


def _titles(config: Config) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The title of each display name that has a parenthesis ("Al-Watan (Syria)" -> "Al-Watan"), hyphens also read
    as blanks ("Al Watan"), to the outlets that have it."""
    titled: dict[tuple[str, ...], set[str]] = {}
    for o in config.outlets:
        title = o.name.split(" (", 1)[0]
        if title == o.name:
            continue
        for spelling in {title, title.replace("-", " ")}:
            if _keys(spelling):
                titled.setdefault(_keys(spelling), set()).add(o.id)
    return {k: tuple(sorted(v)) for k, v in titled.items()}


def is_nisba(key: str) -> bool:
    """A definite relational adjective («الإيرانية», «الرسمي»): part of a speaker's name."""
    return key.startswith("ال") and len(key) > 4 and key.endswith(("ي", "يه", "يون", "يين"))


def _by_first(pairs: Iterable[tuple[tuple[str, ...], str]]) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """(phrase, outlet) pairs indexed by the phrase's first word, the longest phrase first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, outlet in sorted(pairs, key=lambda x: (-len(x[0]), x)):
        index.setdefault(phrase[0], []).append((phrase, outlet))
    return {k: tuple(v) for k, v in index.items()}


def lexicon(config: Config) -> Lexicon:
    """The cue lexicon of ``config``, built once per loaded config."""
    return config.derived("attribution.lexicon", Lexicon.build)



def known_speakers(lex: Lexicon, tokens: list[Token]) -> list[tuple[int, int, str, str]]:
    """Known speakers named in ``tokens``: (position, length, name, type), the longest alias first (the rank in
    ``lex.speaker_index``), each alias at its first position."""
    found: dict[int, tuple[int, int, int, str, str]] = {}
    for k, token in enumerate(tokens):
        for variant in clitic_variants(token.key):
            for rank, alias, name, stype in lex.speaker_index.get(variant, ()):
                if rank not in found and _phrase_at(tokens, k, alias) is not None:
                    found[rank] = (rank, k, len(alias), name, stype)
    return [entry[1:] for entry in sorted(found.values())]


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
