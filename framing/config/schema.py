"""The config schema: sources, attribution cues, frames, keyword and report settings (pydantic, unknown keys
forbidden). Scalar defaults live here; the language knowledge lives in ``framing/data/default_config.yaml``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, StrictInt, field_validator, model_validator

from framing.config.types import Number, SourceType, WordKey, _holding_a_word, _whole_number
from framing.patterns import PatternError, compile_pattern
from framing.text import tokenize


DEFAULT_CONFIG_NAME = "config.yaml"
MAX_NAME = 200  # characters of a name, label or id shown in tables and charts (a longer one is a paste error)


class ConfigError(ValueError):
    """The config cannot be used; ``problems`` lists each one as ``(key path, line, message)``."""

    def __init__(self, path: str, problems: list[tuple[str, int | None, str]]):
        self.path = path
        self.problems = problems
        super().__init__(self.one_line())

    def one_line(self) -> str:
        key, line, msg = self.problems[0]
        where = f"{self.path}:{line}" if line else self.path
        more = f" (and {len(self.problems) - 1} more problem(s); run 'framing config check')" if len(self.problems) > 1 else ""
        return f"{where}: [{key}] {msg}{more}"

    def lines(self) -> list[str]:
        return [f"{self.path}:{line or '?'}: [{key}] {msg}" for key, line, msg in self.problems]


class PatternTooSlow(ConfigError):
    """A regular expression of the config ran past its time budget on a text (see ``framing.patterns``)."""


_D = TypeVar("_D")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Outlet(_Strict):
    """A source the article can cite: an outlet, platform, organization or government body."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=MAX_NAME)
    name: str = Field(min_length=1, max_length=MAX_NAME)
    aliases: list[str] = Field(default_factory=list)
    short_names: list[str] = Field(default_factory=list)  # "the Journal": this outlet only once it was named
    quoted_names: list[str] = Field(default_factory=list)  # «الشرق الأوسط»: this outlet only inside quotation marks
    type: SourceType
    group: str = ""
    country: str = ""


class Group(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=MAX_NAME)
    label: str = Field(min_length=1, max_length=MAX_NAME)
    description: str = ""


class Speaker(_Strict):
    """A known person or body; any alias found in a speaker phrase gives its canonical name."""

    name: str = Field(min_length=1, max_length=MAX_NAME)
    aliases: list[str] = Field(min_length=1)
    type: Literal["official", "organization", "anonymous"] = "official"


class CueVerb(_Strict):
    lemma: str = Field(min_length=1)
    forms: list[str] = Field(min_length=1)
    stance: Literal["neutral", "assertive", "endorsing", "distancing", "warning"] = "neutral"
    transmits: bool = False  # relays someone else's words: "نقل عن", "quoted"
    continues: bool = False  # "added", "أضاف": continues the previous source
    rebuts: bool = False  # denies or rejects what its object reports: "rejected the Haaretz account" is not Haaretz speaking
    requires_outlet: bool = False  # a cue only with an outlet or its report as subject: "figures compiled by Reuters showed"
    participle: bool = False  # a cue only as a participle after a comma continuing an outlet's clause ("…, warning that")


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
    topic_markers: list[str] = Field(default_factory=list)
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
    # Relative pronouns: a verb whose subject is one ("Bloomberg, which first reported the cuts, says") has the
    # phrase before it as its subject.
    relative_pronouns: list[str] = Field(default_factory=list)
    # What an outlet saw rather than who spoke to it ("citing documents it had seen", «استناداً إلى وثائق اطلعت
    # عليها»): after a citing word, the outlet stays the speaker, unless a body owns them ("data from the ministry").
    evidence_nouns: list[str] = Field(default_factory=list)
    # Pronouns that stand for a person: "He said" with no source before it is a person the narration introduced.
    personal_pronouns: list[str] = Field(default_factory=list)
    type_nouns: dict[WordKey, SourceType] = Field(default_factory=dict)
    continuation_nouns: dict[WordKey, list[SourceType]] = Field(default_factory=dict)
    # Type nouns after which capitalized words name an outlet, quoted or not ("the Algerian daily El Khabar").
    name_nouns: dict[WordKey, SourceType] = Field(default_factory=dict)
    # The last word of a capitalized name that makes it an outlet's, listed or not ("Ennahar TV", "the Kuwait Times").
    name_heads: dict[WordKey, SourceType] = Field(default_factory=dict)
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
    adjunct_openers: list[str] = Field(default_factory=list)  # a lead-in phrase they open stays with its cue
    according_to_fillers: list[str] = Field(default_factory=list)
    # Words after which an according-to word is a rate, not a source ("barrels per day").
    rate_nouns: list[str] = Field(default_factory=list)
    clause_openers: list[str] = Field(default_factory=list)
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
    body_nouns: list[str] = Field(default_factory=list)
    abbreviations: list[str] = Field(default_factory=list)
    source_nouns: dict[WordKey, Literal["outlet", "anonymous"]] = Field(default_factory=dict)
    possessive_words: list[str] = Field(default_factory=list)
    possessive_endings: list[str] = Field(default_factory=list)
    # Endings that make an outlet's name possessive ("Haaretz's report", "Al Jazeera's Arabic website"): the name
    # is still found, and what it owns (a report, a website, its sources) is the outlet's.
    name_possessive_endings: list[str] = Field(default_factory=list)
    possessive_types: list[SourceType] = Field(default_factory=list)
    report_nouns: list[str] = Field(default_factory=list)
    report_determiners: list[str] = Field(default_factory=list)
    report_links: list[str] = Field(default_factory=list)
    verbal_noun_markers: list[str] = Field(default_factory=list)
    object_markers: list[str] = Field(default_factory=list)
    passive_markers: list[str] = Field(default_factory=list)
    agent_markers: list[str] = Field(default_factory=list)
    # An outlet standing as the sentence's subject speaks in its own voice, whatever the verb
    # ("Fars, the news agency …, published …"); not when one of these words follows it.
    outlet_subject: bool = False
    outlet_subject_stops: list[str] = Field(default_factory=list)
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

    @field_validator("signature_pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        return _pattern_with_group(value, "name")

    @field_validator("dateline_patterns", "byline_patterns")
    @classmethod
    def _datelines_compile(cls, value: list[str]) -> list[str]:
        return [_pattern_with_group(pattern, "outlet") for pattern in value]


def _pattern_with_group(value: str, group: str) -> str:
    try:
        pattern = compile_pattern(value)
    except PatternError as exc:
        raise ValueError(f"invalid regular expression: {exc}") from None
    if group not in pattern.groupindex:
        raise ValueError(f"the pattern needs a (?P<{group}>...) group")
    return value


# a plain-string frame term must hold a word, as ``Term.text`` must: checked with the schema, not at analysis
WordText = Annotated[str, _holding_a_word("term {text!r} has no word in it")]


class NearRule(_Strict):
    """Words (or phrases) looked for within ``window`` tokens of a hit, on ``side`` of it."""

    words: list[WordText] = Field(min_length=1)
    window: StrictInt = Field(default=3, ge=1, le=50)
    side: Literal["before", "after", "both"] = "both"


class Term(_Strict):
    """A frame term: a word or phrase (matched like keywords) or an explicit regex pattern.

    A word term matches by stem (``stem``, the default) and by each of its ``forms`` as written (with
    proclitics); ``unless_near`` drops a hit with one of its words nearby, ``only_near`` keeps a hit only then.
    """

    text: str | None = None
    pattern: str | None = None
    weight: Number = Field(default=1.0, gt=0, allow_inf_nan=False)
    forms: list[WordText] = Field(default_factory=list)
    stem: bool = True
    unless_near: NearRule | None = None
    only_near: NearRule | None = None

    @model_validator(mode="after")
    def _one_of(self) -> Term:
        if (self.text is None) == (self.pattern is None):
            raise ValueError("a term needs exactly one of 'text' or 'pattern'")
        if self.text is not None and not tokenize(self.text):
            raise ValueError(f"term {self.text!r} has no word in it")
        if self.pattern is not None:
            if self.forms or not self.stem:
                raise ValueError("'forms' and 'stem' apply to a 'text' term, not to a 'pattern'")
            try:
                compile_pattern(self.pattern)
            except PatternError as exc:
                raise ValueError(f"invalid pattern {self.pattern!r}: {exc}") from None
        return self

    @property
    def label(self) -> str:
        return self.text if self.text is not None else f"/{self.pattern}/"


class Frame(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=MAX_NAME)
    label: str = Field(min_length=1, max_length=MAX_NAME)

    @field_validator("id")
    @classmethod
    def _not_reserved(cls, value: str) -> str:
        if value == "none":  # gold files mark a coded passage with no frame as frame:none
            raise ValueError("'none' is reserved (frame:none marks a passage coded with no frame); choose another id")
        return value
    description: str = ""
    maps_to: list[str] = Field(default_factory=list)
    terms: dict[Literal["ar", "en"], list[WordText | Term]]

    def all_terms(self) -> list[tuple[str, Term]]:
        """``(language, Term)`` pairs, plain strings turned into ``Term(text=...)``."""
        return [
            (lang, term if isinstance(term, Term) else Term(text=term))
            for lang, terms in self.terms.items()
            for term in terms
        ]


class Keywords(_Strict):
    min_tokens: StrictInt = Field(default=80, ge=1)
    top_n: StrictInt = Field(default=12, ge=1, le=200)
    ngram_max: StrictInt = Field(default=2, ge=1, le=3)
    min_count: StrictInt = Field(default=2, ge=1)
    prior_scale: Number = Field(default=500.0, gt=0)
    z_threshold: Number = Field(default=1.96, gt=0)
    fdr_alpha: Number = Field(default=0.05, gt=0, le=1)
    stopwords_extra: dict[Literal["ar", "en"], list[str]] = Field(default_factory=dict)


class Negation(_Strict):
    """A hit with a negation cue at most ``window`` tokens before it, in the same clause, is negated (not counted)."""

    enabled: bool = False  # the codebook codes "not a threat" as the frame present (docs/annotation.md §3.4)
    window: StrictInt = Field(default=3, ge=1, le=20)
    cues: dict[Literal["ar", "en"], list[WordText]] = Field(default_factory=dict)
    boundaries: str = Field(default=".!?؟;؛:,،", min_length=1)  # clause punctuation: the scope stops there
    boundary_words: dict[Literal["ar", "en"], list[WordText]] = Field(default_factory=dict)  # "but", «لكن»

    @field_validator("cues", "boundary_words")
    @classmethod
    def _one_word_each(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for words in value.values():
            for word in words:
                if len(tokenize(word)) > 1:
                    raise ValueError(f"{word!r} is more than one word: negation cues and boundary words are single words")
        return value


class Matching(_Strict):
    skip_cues: bool = True  # no frame hit inside a segment's attribution cue (speaker, verb, source description)
    frame_unit: Literal["passage", "term"] = "passage"  # shares from passages with the frame, or weighted hits
    negation: Negation = Field(default_factory=Negation)


class Report(_Strict):
    pdf: bool = True
    palette: list[Annotated[str, Field(pattern=r"^#(?:[0-9a-fA-F]{3}){1,2}$")]] = Field(
        default_factory=lambda: [
            "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#000000", "#999999", "#882255",
            "#44AA99", "#117733", "#332288", "#AA4499",
        ]
    )
    kwic_width: StrictInt = Field(default=60, ge=10)
    min_frame_hits: StrictInt = Field(default=5, ge=1)
    min_frame_passages: StrictInt = Field(default=3, ge=1)


class Input(_Strict):
    max_bytes: StrictInt = Field(default=5_000_000, ge=1, le=2**31)  # (2 GiB: more is a typo, and no article)


def _outlets_by_id(config: Config) -> dict[str, Outlet]:
    found: dict[str, Outlet] = {}
    for outlet in config.outlets:
        found.setdefault(outlet.id, outlet)  # the first listed, as a scan would find
    return found


class Config(_Strict):
    version: Annotated[Literal[1], BeforeValidator(_whole_number)] = 1
    outlets: list[Outlet] = Field(min_length=1)
    groups: list[Group] = Field(default_factory=list)
    speakers: list[Speaker] = Field(default_factory=list)
    attribution: Attribution
    frames: list[Frame] = Field(default_factory=list)
    keywords: Keywords = Field(default_factory=Keywords)
    matching: Matching = Field(default_factory=Matching)
    report: Report = Field(default_factory=Report)
    input: Input = Field(default_factory=Input)
    # Indexes built from the config (cue lexicon, stopword keys, term words), once per loaded config:
    # a Config is never changed after it is loaded, so what is derived from it stays true.
    _derived: dict[str, Any] = PrivateAttr(default_factory=dict)

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Config:
        """A copy (with ``update`` applied) that derives its indexes afresh: they may depend on what changed."""
        copy = super().model_copy(update=update, deep=deep)
        copy._derived = {}
        return copy

    def derived(self, name: str, build: Callable[[Config], _D]) -> _D:
        """``build(self)``, computed on first use and kept with this config."""
        # the private attribute read where pydantic keeps it: its attribute lookup costs ~2 µs, and this is asked
        # for per hit and per passage
        kept: dict[str, Any] = self.__pydantic_private__["_derived"]  # type: ignore[index]
        try:
            return kept[name]  # type: ignore[no-any-return]
        except KeyError:
            value = kept[name] = build(self)
            return value

    def outlet(self, outlet_id: str) -> Outlet | None:
        return self.derived("config.outlets_by_id", _outlets_by_id).get(outlet_id)

    def group_label(self, group_id: str) -> str:
        return next((g.label for g in self.groups if g.id == group_id), group_id)
