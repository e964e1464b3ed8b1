"""The attribution part of the config schema: cue verbs and the word lists of each language, and the settings
attribution reads (headings, signatures, datelines, bylines). The lists themselves live in
``framing/data/default_config.yaml``."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, StrictInt, field_validator

from framing.config.types import SourceType, WordKey
from framing.config.types import Strict as _Strict
from framing.patterns import PatternError, compile_pattern
from framing.text import tokenize


class CueVerb(_Strict):
    lemma: str = Field(min_length=1)
    forms: list[str] = Field(min_length=1)
    stance: Literal["neutral", "assertive", "endorsing", "distancing", "warning"] = "neutral"
    transmits: bool = False  # relays someone else's words: "نقل عن", "quoted"
    continues: bool = False  # "added", "أضاف": continues the previous source
    rebuts: bool = False  # denies or rejects what its object reports: "rejected the Haaretz account" is not Haaretz speaking
    requires_outlet: bool = False  # a cue only with an outlet or its report as subject: "figures compiled by Reuters showed"
    participle: bool = False  # a cue only as a participle after a comma continuing an outlet's clause ("…, warning that")
    # the words that introduce the source it relays, in place of the language's nested markers: «من» after «علمت»
    # («علمت «الشروق» من مصادر مطلعة أن …»: the sources speak, through the paper)
    relays_with: list[str] = Field(default_factory=list)
    # a cue only when a complementizer follows it ("a report found that …"; not "found three survivors",
    # "conceded two goals")
    needs_complementizer: bool = False
    # a cue only when a statement marker follows it in its clause (``statement_markers``): «رفضت الوزارة في بيان …»,
    # not «رفضت تجديد العقد»
    needs_statement: bool = False
    # a cue only when it opens its clause and one of these words follows it in its sentence, within twenty words and
    # before any complementizer: the complement that makes the act a statement («عزت الوزارة الانقطاع إلى …»; «عزت»
    # is also a name: «قال عزت الرشق إن …»)
    needs_words: list[str] = Field(default_factory=list)
    # a cue only when its subject names a source: an outlet, a known speaker or a body marker ("OCHA recorded 264
    # incidents"; not "the region recorded 30 cases")
    needs_body: bool = False
    # the outlet carries a document whose owner, named after it, speaks through the outlet ("SPA carried a statement
    # by the foreign ministry", «بثت الوكالة بياناً لوزارة الخارجية»; ``carried_documents``)
    carries: bool = False


class LanguageCues(_Strict):
    verbs: list[CueVerb] = Field(min_length=1)
    according_to: list[str] = Field(default_factory=list)
    complementizers: list[str] = Field(default_factory=list)
    nested_markers: list[str] = Field(default_factory=list)
    addressee_markers: list[str] = Field(default_factory=list)
    channel_markers: list[str] = Field(default_factory=list)
    # Words before an outlet that carried a statement, of any outlet type ("in a statement carried by SPA",
    # «في بيان نشرته «سانا»»): the speaker speaks through it.
    carrier_markers: list[str] = Field(default_factory=list)
    # Words that make a verb's subject speak ("in a statement", «في بيان»): for the verbs that need one.
    statement_markers: list[str] = Field(default_factory=list)
    topic_markers: list[str] = Field(default_factory=list)
    # Words that join a second verb to the clause before it ("said … and warned"): it shares that clause's subject.
    coordinators: list[str] = Field(default_factory=list)
    contrast_markers: list[str] = Field(default_factory=list)
    speaker_stops: list[str] = Field(default_factory=list)
    # Names written like a speaker stop once normalized («علي», the name, and «على», the preposition): as written,
    # these never end a speaker phrase.
    name_words: list[str] = Field(default_factory=list)
    # Lower-case words that link the capitalized words of one name ("Forum for Economic and Social Rights"): between
    # two capitalized words they do not end a speaker phrase.
    name_links: list[str] = Field(default_factory=list)
    # Prepositions: a pronoun after one is its object ("families living near it said"), not a verb's subject.
    prepositions: list[str] = Field(default_factory=list)
    # Words that end the head of a speaker phrase without ending the phrase ("the head | of the IAEA" is a
    # person, not the IAEA): the speaker's type comes from the words before them.
    head_stops: list[str] = Field(default_factory=list)
    demonstratives: list[str] = Field(default_factory=list)
    # Words that may stand between a determiner and an outlet's name without making it another source ("the
    # official IRNA news agency", "the semi-official Tasnim"): the outlet is still the source.
    outlet_qualifiers: list[str] = Field(default_factory=list)
    # The adjectives of a country (an outlet's ``country``) after a name: «السومرية العراقية» is still the Iraqi
    # Alsumaria, where «الإخبارية السورية» is not the Saudi Al-Ekhbariya. With its name and capital, a country's
    # words also pick one of the outlets that share a title ("the Damascus daily Al-Watan" is Al-Watan (Syria)).
    country_adjectives: dict[str, list[str]] = Field(default_factory=dict)
    # Relative pronouns: a verb whose subject is one ("Bloomberg, which first reported the cuts, says") has the
    # phrase before it as its subject.
    relative_pronouns: list[str] = Field(default_factory=list)
    # What an outlet saw rather than who spoke to it ("citing documents it had seen", «استناداً إلى وثائق اطلعت
    # عليها»): after a citing word, the outlet stays the speaker, unless a body owns them ("data from the ministry").
    evidence_nouns: list[str] = Field(default_factory=list)
    # Pronouns that stand for a person: "He said" with no source before it is a person the narration introduced.
    personal_pronouns: list[str] = Field(default_factory=list)
    # Pronouns that stand for a thing, not a person ("It adds"): after an outlet relayed a speaker, the outlet.
    impersonal_pronouns: list[str] = Field(default_factory=list)
    # Words in a cue that mark the article's own reporting ("our correspondent", «مراسل الجزيرة», «علمت «الشروق»»): an
    # outlet named only so, never reporting in the third person, is the article's publisher (docs/attribution.md §2).
    own_reporting_words: list[str] = Field(default_factory=list)
    # Set phrases of the writer's own that open a sentence with a reporting verb in them («يذكر أن», «يشار إلى أن»,
    # "It is worth noting that"): their verb is no cue.
    narration_openers: list[str] = Field(default_factory=list)
    type_nouns: dict[WordKey, SourceType] = Field(default_factory=dict)
    continuation_nouns: dict[WordKey, list[SourceType]] = Field(default_factory=dict)
    # Type nouns after which capitalized words name an outlet, quoted or not ("the Algerian daily El Khabar").
    name_nouns: dict[WordKey, SourceType] = Field(default_factory=dict)
    # The last word of a capitalized name that makes it an outlet's, listed or not ("Ennahar TV", "the Kuwait Times").
    name_heads: dict[WordKey, SourceType] = Field(default_factory=dict)
    # Lower-case type nouns after a capitalized name that make it an outlet's ("Al-Rai newspaper", "Hezbollah's Al-Manar
    # television"), unless every word of the name is a place adjective ("Israeli television" names no outlet).
    name_tails: dict[WordKey, SourceType] = Field(default_factory=dict)
    place_adjectives: list[str] = Field(default_factory=list)
    # Descriptions of a country's state outlet ("state news agency", «التلفزيون الرسمي») -> its type: with a word of
    # ``country_adjectives`` before it (English: "Syria's state news agency") or after it (Arabic: «… السوري»), the
    # outlet ``state_media`` lists for that country and type.
    state_media_phrases: dict[WordKey, SourceType] = Field(default_factory=dict)
    # What only an outlet publishes ("editorial"): its capitalized owner ("Al Ayam's editorial") or a name speaking
    # "in an editorial" is an outlet.
    genre_nouns: dict[WordKey, SourceType] = Field(default_factory=dict)
    # An apposition after a name that says what it is ("Nawaat, an independent Tunisian news site, reported"): the
    # determiners it opens with, and the words that may follow its name noun ("a site close to the palace"; not
    # "a newspaper editor", where the noun qualifies another).
    appositive_determiners: list[str] = Field(default_factory=list)
    appositive_links: list[str] = Field(default_factory=list)
    document_nouns: list[str] = Field(default_factory=list)
    pronouns: list[str] = Field(default_factory=list)
    lead_ins: list[str] = Field(default_factory=list)
    # Phrases before a reporting verb's lemma that make it a cue there: "It goes on to argue that …".
    aspect_phrases: list[str] = Field(default_factory=list)
    # Words that make the reporting verb after them an infinitive, no cue unless an aspect phrase ends there: "plans
    # to say that …" is no speech, "goes on to say" is.
    infinitive_markers: list[str] = Field(default_factory=list)
    adjunct_openers: list[str] = Field(default_factory=list)  # a lead-in phrase they open stays with its cue
    according_to_fillers: list[str] = Field(default_factory=list)
    # Words after which an according-to word is a rate, not a source ("barrels per day").
    rate_nouns: list[str] = Field(default_factory=list)
    clause_openers: list[str] = Field(default_factory=list)
    # Words opening a phrase after a source set off by commas that belongs to the content before it ("…, the
    # ministry said on Thursday, after talks that had stalled"): the content is before the source.
    content_adverbials: list[str] = Field(default_factory=list)
    # Auxiliaries that put the subject before «قد» + the verb («وكان وزير الخارجية قد قال إن …»: "had said").
    subject_auxiliaries: list[str] = Field(default_factory=list)
    # Unnamed staff who speak for the body they work at, and the words that tie them to it ("analysts at Kpler",
    # «محللون في بنك …»): such a phrase takes the body's type instead of anonymous.
    staff_nouns: list[str] = Field(default_factory=list)
    spokesperson_nouns: list[str] = Field(default_factory=list)  # one speaks for the known body named with it
    staff_links: list[str] = Field(default_factory=list)
    # Adverbs that may stand between a passive marker and its verb ("was first reported by …").
    passive_adverbs: list[str] = Field(default_factory=list)
    anonymous_markers: list[str] = Field(default_factory=list)
    # Nouns that name media only generically ("Israeli media", «وسائل إعلام عبرية»): a speaker phrase headed by one,
    # naming no outlet, is the narrator's (docs/attribution.md §2).
    generic_media: list[str] = Field(default_factory=list)
    # Nouns for data ("shipping data", «بيانات تتبع الملاحة»): a speaker phrase headed by one that names no owner is
    # the narrator's (docs/attribution.md §3, narrator).
    data_nouns: list[str] = Field(default_factory=list)
    # Words that make a person phrase indefinite ("a senior officer", "one of them"): with no body named in it, an
    # unnamed source, anonymous (docs/attribution.md §3).
    indefinite_determiners: list[str] = Field(default_factory=list)
    # Nouns for people who hold no office («عامل», «أستاذ», «عضو»): a speaker phrase headed by one, indefinite (no
    # definite article on it, and none on the word after it), is an unnamed source, anonymous: «عضو في لجنة …»,
    # «عامل بناء أفغاني»; not «عضو الكنيست فلان» (docs/attribution.md §3).
    unnamed_people: list[str] = Field(default_factory=list)
    # A refusal to comment ("declined to comment", «لم يعلق») is the answer of its subject, typed as that subject
    # (docs/attribution.md §3): phrases complete in themselves, and verbs that refuse only with one of
    # ``refusal_objects`` after their subject («رفضت الوزارة التعليق», «امتنع المتحدث عن التعليق»).
    refusal_phrases: list[str] = Field(default_factory=list)
    # A speaker who asks not to be named ("who asked not to be identified", «طالباً عدم ذكر اسمه») in the cue's clause
    # is an unnamed source, anonymous, even with a first name or a title (docs/attribution.md §3).
    anonymity_phrases: list[str] = Field(default_factory=list)
    refusal_verbs: list[str] = Field(default_factory=list)
    refusal_objects: list[str] = Field(default_factory=list)
    # Words that pick one out of sources named before ("one of them", «أحدهم», «أحد المسؤولين»): an unnamed source
    # so picked, right after unnamed sources who spoke to an outlet, is carried by that outlet too.
    partitives: list[str] = Field(default_factory=list)
    # Endings of a verb's participle ("describing", "saying"): no subject stands after one ('…, describing it as
    # "a turning point"' is not "it" speaking), so the clause's subject comes from before it.
    participle_endings: list[str] = Field(default_factory=list)
    organization_markers: list[str] = Field(default_factory=list)
    official_markers: list[str] = Field(default_factory=list)
    # Qualifiers that make a body a state one only when no word of the phrase marks it otherwise («المؤسسة العامة
    # للكهرباء» is the state's; «الهيئة العامة لحزب …» is the party's).
    weak_official_markers: list[str] = Field(default_factory=list)
    body_nouns: list[str] = Field(default_factory=list)
    # What an outlet carries for its owner after a ``carries`` verb, as written ("statement", «بياناً»), and the words
    # between it and the owner ("by", "from"; none in Arabic, whose owner is a genitive: «بياناً لوزارة …»).
    carried_documents: list[str] = Field(default_factory=list)
    carried_document_links: list[str] = Field(default_factory=list)
    # Nouns for a unit of a body (a delegation, a force, a team): at a speaker phrase's head they take the type of
    # the body named with them ("the EU delegation", «وفد الحوثيين»), and no type of their own.
    unit_nouns: list[str] = Field(default_factory=list)
    # Heads of a body that is a state's when a country or a state body owns it ("Iran's Atomic Energy Organization",
    # "the Pentagon's Defense Security Cooperation Agency"), though the head alone marks an organization.
    state_body_heads: list[str] = Field(default_factory=list)
    # Modifiers that make a continuation noun another body's, not the outlet's: "the refugee agency", "the nuclear
    # agency" (an owner, "the UN's agency", does so too).
    non_media_qualifiers: list[str] = Field(default_factory=list)
    abbreviations: list[str] = Field(default_factory=list)
    # Abbreviations only before a number ("No. 5"; "The ministry said no." ends a sentence).
    number_abbreviations: list[str] = Field(default_factory=list)
    source_nouns: dict[WordKey, Literal["outlet", "anonymous"]] = Field(default_factory=dict)
    possessive_words: list[str] = Field(default_factory=list)
    possessive_endings: list[str] = Field(default_factory=list)
    # Endings that make an outlet's name possessive ("Haaretz's report", "Al Jazeera's Arabic website"): the name
    # is still found, and what it owns (a report, a website, its sources) is the outlet's.
    name_possessive_endings: list[str] = Field(default_factory=list)
    possessive_types: list[SourceType] = Field(default_factory=list)
    report_nouns: list[str] = Field(default_factory=list)
    report_determiners: list[str] = Field(default_factory=list)
    # Phrases ending with a report noun that open a sentence with an outlet's report as its channel («وفي تقرير لموقع …،
    # …», "In a report by …, …"); not an interview or a letter, whose own speakers speak.
    report_openers: list[str] = Field(default_factory=list)
    # Words that may follow a report noun before its link («تقرير ميداني لموقع …»): descriptive adjectives.
    report_qualifiers: list[str] = Field(default_factory=list)
    report_links: list[str] = Field(default_factory=list)
    verbal_noun_markers: list[str] = Field(default_factory=list)
    object_markers: list[str] = Field(default_factory=list)
    passive_markers: list[str] = Field(default_factory=list)
    agent_markers: list[str] = Field(default_factory=list)
    # An outlet standing as the sentence's subject speaks in its own voice, whatever the verb
    # ("Fars, the news agency …, published …"); not when one of these words follows it.
    outlet_subject: bool = False
    outlet_subject_stops: list[str] = Field(default_factory=list)
    # What an outlet publishes, after its possessive as the subject ("The Journal's account centres on the staff"):
    # the outlet's voice.
    outlet_products: list[str] = Field(default_factory=list)
    # and the verbs, besides the cues, that say what such a product says ("centres on", "focuses on")
    outlet_product_verbs: list[str] = Field(default_factory=list)
    # Verb-first order (Arabic): an outlet right after the clause's first word, a verb the cues do not
    # list («وعرضت شبكة CNN صوراً …»), or after a topic marker («أما وكالة تسنيم، …»), is its subject.
    # A first word with one of these endings is a noun, not a verb.
    subject_after_verb: bool = False
    noun_endings: list[str] = Field(default_factory=list)

    @field_validator("generic_media", "data_nouns", "indefinite_determiners", "unnamed_people")
    @classmethod
    def _single_words(cls, value: list[str]) -> list[str]:
        for word in value:
            if len(tokenize(word)) != 1:
                raise ValueError(f"{word!r} is not one word: these lists are matched word by word")
        return value


class Attribution(_Strict):
    languages: dict[Literal["ar", "en"], LanguageCues] = Field(min_length=1)
    heading_max_words: StrictInt = Field(default=10, ge=1)
    narration_prefix_words: StrictInt = Field(default=6, ge=1)
    speaker_max_words: StrictInt = Field(default=10, ge=1)
    continuation_paragraphs: StrictInt = Field(default=2, ge=0)
    signature_pattern: str = r"^[—–-]\s*(?P<name>.+?)\s*\(@(?P<handle>\w{1,30})\)\s*(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4})\s*$"
    post_platform: str = "x"
    dateline_patterns: list[str] = Field(default_factory=list)
    byline_patterns: list[str] = Field(default_factory=list)
    credit_patterns: list[str] = Field(default_factory=list)
    # Lines that date or sign the article under its headline ("Issued on: 23/05/2027 - 14:12", "Anna Kessler in
    # Baghdad | 05/24/2027"): what stands between the headline and such a line is the standfirst, narration.
    meta_line_patterns: list[str] = Field(default_factory=list)
    # Phrases only the article's own publisher writes of itself ("did not respond to CNN's request for comment", "Sky
    # News understands"): the `outlet` group, one outlet's name, is the publisher when no byline or dateline names one.
    own_patterns: list[str] = Field(default_factory=list)
    # Each country's state outlets by type (news_agency, broadcaster): what "Syria's state news agency" names.
    state_media: dict[str, dict[SourceType, str]] = Field(default_factory=dict)

    @field_validator("signature_pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        return _pattern_with_group(value, "name")

    @field_validator("dateline_patterns", "byline_patterns", "own_patterns")
    @classmethod
    def _datelines_compile(cls, value: list[str]) -> list[str]:
        return [_pattern_with_group(pattern, "outlet") for pattern in value]

    @field_validator("credit_patterns", "meta_line_patterns")
    @classmethod
    def _credits_compile(cls, value: list[str]) -> list[str]:
        return [_pattern_with_group(pattern, None) for pattern in value]


def _pattern_with_group(value: str, group: str | None) -> str:
    try:
        pattern = compile_pattern(value)
    except PatternError as exc:
        raise ValueError(f"invalid regular expression: {exc}") from None
    if group is not None and group not in pattern.groupindex:
        raise ValueError(f"the pattern needs a (?P<{group}>...) group")
    return value
