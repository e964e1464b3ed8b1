"""The config schema: sources, frames, keyword and report settings, with the attribution part from
``framing.config.attribution`` (pydantic, unknown keys forbidden). Scalar defaults live here; the language
knowledge lives in ``framing/data/default_config.yaml``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BeforeValidator, Field, PrivateAttr, StrictInt, field_validator, model_validator

from framing.config.attribution import Attribution
from framing.config.types import Domain, Number, SourceType, Strict, _holding_a_word, _whole_number
from framing.patterns import PatternError, compile_pattern
from framing.text import tokenize


DEFAULT_CONFIG_NAME = "config.yaml"
MAX_NAME = 200  # characters of a name, label or id shown in tables and charts (a longer one is a paste error)
MAX_WEIGHT = 1000.0  # of a frame term: weights say how much more one term counts than another (the default is 1)


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


_Strict = Strict


class Outlet(_Strict):
    """A source the article can cite: an outlet, platform, organization or government body."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=MAX_NAME)
    name: str = Field(min_length=1, max_length=MAX_NAME)
    aliases: list[str] = Field(default_factory=list)
    short_names: list[str] = Field(default_factory=list)  # "the Journal": this outlet only once it was named
    quoted_names: list[str] = Field(default_factory=list)  # «الشرق الأوسط»: this outlet only inside quotation marks
    # «النهار»: once named, this outlet bare too, as the subject right after a reporting verb («وترى النهار أن …»)
    bare_names: list[str] = Field(default_factory=list)
    domains: list[Domain] = Field(default_factory=list)  # its web sites: a page there is its own (reuters.com)
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
    # at most MAX_WEIGHT: a sum of hits of a huge finite weight (1e308) overflows to inf in frames.csv
    weight: Number = Field(default=1.0, gt=0, le=MAX_WEIGHT, allow_inf_nan=False)
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
