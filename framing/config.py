"""The one config schema: sources, attribution cues, frames, keyword and report settings.

Validated by pydantic with unknown keys forbidden. Scalar defaults live in the
models below; the language knowledge (aliases, cue verbs, frame terms) lives in
``framing/data/default_config.yaml``, of which the project's ``config.yaml`` is
a copy. Every problem is reported with its key path and YAML line, schema
problems and cross-checks together (``check_config``); ``write_default_config``
and ``config_json_schema`` serve ``framing config init`` and ``schema``.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import types
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator, model_validator
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from framing.patterns import PatternError, compile_pattern
from framing.text import match_key, tokenize
from framing.yaml_load import YamlLimitError, load_yaml

SourceType = Literal[
    "news_agency", "newspaper", "website", "broadcaster", "platform",
    "organization", "government", "think_tank",
]
SOURCE_TYPES: tuple[str, ...] = SourceType.__args__  # type: ignore[attr-defined]
DEFAULT_CONFIG_NAME = "config.yaml"


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

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    short_names: list[str] = Field(default_factory=list)  # "the Journal": this outlet only once it was named
    type: SourceType
    group: str = ""
    country: str = ""


class Group(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str = Field(min_length=1)
    description: str = ""


class Speaker(_Strict):
    """A known person or body; any alias found in a speaker phrase gives its canonical name."""

    name: str = Field(min_length=1)
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


class LanguageCues(_Strict):
    verbs: list[CueVerb] = Field(min_length=1)
    according_to: list[str] = Field(default_factory=list)
    complementizers: list[str] = Field(default_factory=list)
    nested_markers: list[str] = Field(default_factory=list)
    addressee_markers: list[str] = Field(default_factory=list)
    channel_markers: list[str] = Field(default_factory=list)
    topic_markers: list[str] = Field(default_factory=list)
    contrast_markers: list[str] = Field(default_factory=list)
    speaker_stops: list[str] = Field(default_factory=list)
    demonstratives: list[str] = Field(default_factory=list)
    type_nouns: dict[str, SourceType] = Field(default_factory=dict)
    continuation_nouns: dict[str, list[SourceType]] = Field(default_factory=dict)
    document_nouns: list[str] = Field(default_factory=list)
    pronouns: list[str] = Field(default_factory=list)
    lead_ins: list[str] = Field(default_factory=list)
    according_to_fillers: list[str] = Field(default_factory=list)
    clause_openers: list[str] = Field(default_factory=list)
    anonymous_markers: list[str] = Field(default_factory=list)
    organization_markers: list[str] = Field(default_factory=list)
    abbreviations: list[str] = Field(default_factory=list)
    source_nouns: dict[str, Literal["outlet", "anonymous"]] = Field(default_factory=dict)
    possessive_words: list[str] = Field(default_factory=list)
    possessive_endings: list[str] = Field(default_factory=list)
    possessive_types: list[SourceType] = Field(default_factory=list)
    report_nouns: list[str] = Field(default_factory=list)
    report_determiners: list[str] = Field(default_factory=list)
    report_links: list[str] = Field(default_factory=list)
    verbal_noun_markers: list[str] = Field(default_factory=list)
    object_markers: list[str] = Field(default_factory=list)
    passive_markers: list[str] = Field(default_factory=list)
    agent_markers: list[str] = Field(default_factory=list)


class Attribution(_Strict):
    languages: dict[Literal["ar", "en"], LanguageCues]
    heading_max_words: int = Field(default=10, ge=1)
    narration_prefix_words: int = Field(default=6, ge=1)
    speaker_max_words: int = Field(default=10, ge=1)
    continuation_paragraphs: int = Field(default=2, ge=0)
    signature_pattern: str = r"^[—–-]\s*(?P<name>.+?)\s*\(@(?P<handle>\w{1,30})\)\s*(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4})\s*$"
    post_platform: str = "x"
    dateline_patterns: list[str] = Field(default_factory=list)

    @field_validator("signature_pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        return _pattern_with_group(value, "name")

    @field_validator("dateline_patterns")
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


def _has_word(text: str) -> str:
    """A plain-string frame term must hold a word, as ``Term.text`` must: checked with the schema, not at analysis."""
    if not tokenize(text):
        raise ValueError(f"term {text!r} has no word in it")
    return text


WordText = Annotated[str, AfterValidator(_has_word)]  # a string holding at least one word


class NearRule(_Strict):
    """Words (or phrases) looked for within ``window`` tokens of a hit, on ``side`` of it."""

    words: list[WordText] = Field(min_length=1)
    window: int = Field(default=3, ge=1, le=50)
    side: Literal["before", "after", "both"] = "both"


class Term(_Strict):
    """A frame term: a word or phrase (matched like keywords) or an explicit regex pattern.

    A word term matches by stem (``stem``, the default) and by each of its ``forms`` as written (with
    proclitics); ``unless_near`` drops a hit with one of its words nearby, ``only_near`` keeps a hit only then.
    """

    text: str | None = None
    pattern: str | None = None
    weight: float = Field(default=1.0, gt=0)
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
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str = Field(min_length=1)
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
    min_tokens: int = Field(default=80, ge=1)
    top_n: int = Field(default=12, ge=1, le=200)
    ngram_max: int = Field(default=2, ge=1, le=3)
    min_count: int = Field(default=2, ge=1)
    prior_scale: float = Field(default=500.0, gt=0)
    z_threshold: float = Field(default=1.96, gt=0)
    fdr_alpha: float = Field(default=0.05, gt=0, le=1)
    stopwords_extra: dict[Literal["ar", "en"], list[str]] = Field(default_factory=dict)


class Negation(_Strict):
    """A hit with a negation cue at most ``window`` tokens before it, in the same clause, is negated (not counted)."""

    enabled: bool = False  # the codebook codes "not a threat" as the frame present (docs/annotation.md §3.4)
    window: int = Field(default=3, ge=1, le=20)
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
    kwic_width: int = Field(default=60, ge=10)
    min_frame_hits: int = Field(default=5, ge=1)
    min_frame_passages: int = Field(default=3, ge=1)


class Input(_Strict):
    max_bytes: int = Field(default=5_000_000, ge=1)


class Config(_Strict):
    version: Literal[1] = 1
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
        if name not in self._derived:
            self._derived[name] = build(self)
        return self._derived[name]  # type: ignore[no-any-return]

    def outlet(self, outlet_id: str) -> Outlet | None:
        return next((o for o in self.outlets if o.id == outlet_id), None)

    def group_label(self, group_id: str) -> str:
        return next((g.label for g in self.groups if g.id == group_id), group_id)


# ------------------------------------------------------------------ loading


@dataclass(frozen=True)
class LoadedConfig:
    config: Config
    path: str
    sha256: str


class ConfigExists(ConfigError):
    """``write_default_config`` will not replace a file that is already there without ``force``."""


def default_config_text() -> str:
    return resources.files("framing").joinpath("data/default_config.yaml").read_text(encoding="utf-8")


def write_default_config(path: str | Path, *, force: bool = False) -> Path:
    """Write the packaged default config (with its comments) to ``path``; return the path.

    Raises ``ConfigExists`` when ``path`` exists and ``force`` is false.
    """
    target = Path(path)
    if target.is_dir():
        raise ConfigError(str(target), [("(file)", None, "is a directory, not a file")])
    if target.exists() and not force:
        raise ConfigExists(str(target), [("(file)", None, "already exists, not overwritten (use force, or --force, to replace it)")])
    data = resources.files("framing").joinpath("data/default_config.yaml").read_bytes()
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise ConfigError(str(target), [("(file)", None, f"cannot write: {exc.strerror or exc}")]) from None
    return target


def config_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the config file, for editors that validate YAML as you type."""
    schema = Config.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema, "title": "framing config"}


def check_config(path: str | Path | None = None, *, warnings: list[str] | None = None) -> list[str]:
    """Every problem of the config at ``path`` as ``"path:line: [key.path] message"``; empty when it is valid.

    ``path`` None checks what ``load_config(None)`` would load. When a
    ``warnings`` list is given, what is legal but probably a mistake (a frame
    term listed twice) is appended to it, each line as above with "warning:".
    """
    try:
        load_config(path, warnings=warnings)
    except ConfigError as exc:
        return exc.lines()
    return []


def _note_duplicate(problems: list, seen: dict[str, int], item_id: object, section: str, index: int) -> None:  # type: ignore[type-arg]
    """Record ``item_id`` as seen at ``section[index]``; a second sighting is a problem."""
    if not isinstance(item_id, str):
        return
    if item_id in seen:
        kind = section.rstrip("s")
        problems.append(((section, index, "id"), f"duplicate {kind} id {item_id!r} (first at {section}[{seen[item_id]}])"))
    seen.setdefault(item_id, index)


def _semantic_problems(raw: dict[str, Any]) -> list[tuple[tuple[Any, ...], str]]:
    """Problems pydantic cannot see alone: duplicates and dangling references.

    Works on the raw YAML data so that it runs even when pydantic found other
    problems; entries of the wrong shape are skipped (pydantic reports those).
    """
    problems: list[tuple[tuple[Any, ...], str]] = []
    group_ids: dict[str, int] = {}
    for i, group in _mappings(raw, "groups"):
        gid = group.get("id")
        _note_duplicate(problems, group_ids, gid, "groups", i)
    outlet_ids: dict[str, int] = {}
    alias_owner: dict[str, str] = {}
    for i, outlet in _mappings(raw, "outlets"):
        oid = outlet.get("id")
        _note_duplicate(problems, outlet_ids, oid, "outlets", i)
        group = outlet.get("group")
        if isinstance(group, str) and group and group not in group_ids:
            problems.append((("outlets", i, "group"), f"group {group!r} is not defined under 'groups'"))
        aliases = outlet.get("aliases")
        names = [(("outlets", i, "name"), outlet.get("name"))]
        if isinstance(aliases, list):
            names += [(("outlets", i, "aliases", j), alias) for j, alias in enumerate(aliases)]
        for loc, alias in names:
            if not isinstance(alias, str) or (not alias and loc[-1] == "name"):
                continue  # pydantic reports the type or the empty name; an empty alias is ours
            key = " ".join(t.key for t in tokenize(alias))
            if not key:
                problems.append((loc, f"alias {alias!r} has no word in it"))
                continue
            owner = alias_owner.get(key)
            this = oid if isinstance(oid, str) else f"outlets[{i}]"
            if owner is not None and owner != this:
                problems.append((loc, f"alias {alias!r} is claimed by both {owner!r} and {this!r}"))
            alias_owner.setdefault(key, this)
    attribution = raw.get("attribution")
    if isinstance(attribution, dict):
        platform = attribution.get("post_platform", Attribution.model_fields["post_platform"].default)
        if outlet_ids and isinstance(platform, str) and platform not in outlet_ids:
            problems.append((("attribution", "post_platform"), f"outlet {platform!r} is not defined under 'outlets'"))
        languages = attribution.get("languages")
        for lang, cues in languages.items() if isinstance(languages, dict) else ():
            forms: dict[str, str] = {}
            for i, verb in _mappings(cues, "verbs"):
                lemma, verb_forms = verb.get("lemma"), verb.get("forms")
                for j, form in enumerate(verb_forms if isinstance(verb_forms, list) else []):
                    if not isinstance(form, str) or not isinstance(lemma, str):
                        continue
                    key = match_key(form)
                    if key in forms and forms[key] != lemma:
                        loc = ("attribution", "languages", lang, "verbs", i, "forms", j)
                        problems.append((loc, f"form {form!r} already belongs to {forms[key]!r}"))
                    forms.setdefault(key, lemma)
    frame_ids: dict[str, int] = {}
    for i, frame in _mappings(raw, "frames"):
        fid = frame.get("id")
        _note_duplicate(problems, frame_ids, fid, "frames", i)
        terms = frame.get("terms")
        if isinstance(terms, dict):
            if not terms:
                problems.append((("frames", i, "terms"), f"frame {fid!r} has no terms"))
            for lang, lang_terms in terms.items():
                if isinstance(lang_terms, list) and not lang_terms:
                    problems.append((("frames", i, "terms", lang), f"empty term list for {lang!r}"))
    return problems


def _mappings(node: Any, key: str) -> list[tuple[int, dict[str, Any]]]:
    """``(index, item)`` for the mapping items of the list ``node[key]``; nothing when the shape is wrong."""
    items = node.get(key) if isinstance(node, dict) else None
    if not isinstance(items, list):
        return []
    return [(i, item) for i, item in enumerate(items) if isinstance(item, dict)]


# pydantic error types meaning "this union branch does not take a value of this type".
_TYPE_MISMATCH = frozenset({"string_type", "model_type", "dict_type", "list_type", "model_attributes_type"})
_SHOW_INPUT = ("_type", "_parsing", "literal_error", "enum", "greater_than", "less_than", "string_pattern_mismatch", "too_short", "too_long")
_MISSING = "required key is missing"
_MODEL_INSTANCE = re.compile(r"a valid dictionary or instance of \w+")


def _pydantic_problems(exc: ValidationError, raw: dict[str, Any]) -> list[tuple[tuple[Any, ...], str]]:
    """Each pydantic error as ``(location in the YAML data, message)``.

    Union branch tags ('str', 'function-after[...]') are dropped from
    locations; when one branch of a union failed on the value itself (a bad
    pattern) the other branches' "wrong type" errors are dropped with them.
    """
    located: list[tuple[tuple[Any, ...], tuple[Any, ...] | None, dict[str, Any]]] = []
    for err in exc.errors():
        loc, union_at = _data_loc(err["loc"], raw, missing=err["type"] == "missing")
        located.append((loc, union_at, err))
    real_failure = {union_at for _, union_at, err in located if union_at is not None and err["type"] not in _TYPE_MISMATCH}
    mismatches: dict[tuple[Any, ...], list[str]] = {}
    for _, union_at, err in located:
        if union_at is not None and union_at not in real_failure:
            mismatches.setdefault(union_at, []).append(_MODEL_INSTANCE.sub("a mapping", err["msg"]))
    problems: list[tuple[tuple[Any, ...], str]] = []
    for loc, union_at, err in located:
        if union_at is None or (union_at in real_failure and err["type"] not in _TYPE_MISMATCH):
            problems.append((loc, _message(loc, err)))
        elif union_at in mismatches:  # every branch refused the type: one message, where the first one stood
            first, *rest = dict.fromkeys(mismatches.pop(union_at))
            text = " or ".join([first] + [m.removeprefix("Input should be ") for m in rest])
            problems.append((union_at, text + _shown_input(_value_at(raw, union_at))))
    return problems


def _data_loc(loc: tuple[Any, ...], raw: Any, *, missing: bool) -> tuple[tuple[Any, ...], tuple[Any, ...] | None]:
    """``(location in the data, location of the innermost union value or None)`` for a pydantic ``loc``."""
    out: list[Any] = []
    union_at: tuple[Any, ...] | None = None
    node = raw
    for n, part in enumerate(loc):
        last = n == len(loc) - 1
        if part == "[key]":
            continue
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        elif isinstance(part, str) and not (missing and last):
            union_at = tuple(out)  # a union branch tag, not a key of the data
            continue
        else:
            node = None
        out.append(part)
    return tuple(out), union_at


def _message(loc: tuple[Any, ...], err: dict[str, Any]) -> str:
    kind = err["type"]
    if kind == "extra_forbidden":
        return "unknown key" + _did_you_mean(loc)
    if kind == "missing":
        return _MISSING
    msg = str(err["msg"]).removeprefix("Value error, ")
    if err["loc"] and err["loc"][-1] == "[key]":
        return f"key {err['input']!r}: {msg}"
    if any(part in kind for part in _SHOW_INPUT):
        msg += _shown_input(err.get("input"))
    return msg


def _shown_input(value: Any) -> str:
    if isinstance(value, (str, int, float, bool)) or value is None:
        shown = repr(value)
        return f" (got {shown[:60] + '…' if len(shown) > 60 else shown})"
    return f" (got a {'list' if isinstance(value, list) else 'mapping' if isinstance(value, dict) else type(value).__name__})"


def _value_at(raw: Any, loc: tuple[Any, ...]) -> Any:
    node = raw
    for part in loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def _did_you_mean(loc: tuple[Any, ...]) -> str:
    model = _model_at(loc[:-1])
    if model is None or not isinstance(loc[-1], str):
        return ""
    close = difflib.get_close_matches(loc[-1], list(model.model_fields), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else f" (allowed: {', '.join(model.model_fields)})"


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model class that validates the value at ``loc`` (None when it is not a model)."""
    annotation: Any = Config
    for part in loc:
        annotation = _inner_type(annotation, part)
        if annotation is None:
            return None
    return _as_model(annotation)


def _inner_type(annotation: Any, part: Any) -> Any:
    model = _as_model(annotation)
    if model is not None:
        field = model.model_fields.get(part) if isinstance(part, str) else None
        return field.annotation if field is not None else None
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is list and isinstance(part, int):
        return args[0]
    if origin is dict and isinstance(part, str):
        return args[1]
    if origin in (Union, types.UnionType):
        return next((inner for arg in args if (inner := _inner_type(arg, part)) is not None), None)
    return None


def _as_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if get_origin(annotation) in (Union, types.UnionType):
        return next((m for arg in get_args(annotation) if (m := _as_model(arg)) is not None), None)
    return None


def _line_of(tree: CommentedMap, loc: tuple[Any, ...]) -> int:
    """1-based YAML line of the deepest part of ``loc`` present in the round-trip tree.

    A key that is missing is reported at the line of the mapping that lacks it.
    """
    line = tree.lc.line + 1
    node: Any = tree
    for part in loc:
        try:
            if isinstance(node, CommentedMap) and part in node:
                line = node.lc.key(part)[0] + 1
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
                line = node.lc.item(part)[0] + 1
                node = node[part]
            else:
                break
        except (AttributeError, KeyError, TypeError):
            break
    return line


def _plain(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(top level)"


def _load_yaml(text: str, path: str) -> CommentedMap:
    try:
        tree = load_yaml(text)
    except YamlLimitError as exc:
        raise ConfigError(path, [("yaml", exc.line, exc.message)]) from None
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context, context_mark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and context_mark is not None and context_mark.line + 1 != line:
            problem += f" ({context} on line {context_mark.line + 1})"
        raise ConfigError(path, [("yaml", line, f"YAML syntax error: {problem}")]) from None
    if tree is None:
        raise ConfigError(path, [("(top level)", 1, "the config is empty (`framing config init` writes a complete one)")])
    if not isinstance(tree, CommentedMap):
        raise ConfigError(path, [("(top level)", 1, "the config must be a mapping of keys")])
    return tree


def parse_config(text: str, path: str = "<config>", *, warnings: list[str] | None = None) -> Config:
    """Validate YAML text; raise ConfigError listing every problem, each with its key path and line.

    Schema problems (unknown keys, wrong types, bad patterns) and cross-checks
    (duplicate ids, an alias claimed twice, undefined groups, empty term
    lists) are all reported together, sorted by line. With a ``warnings``
    list, frame terms listed twice are appended to it (``framing.lexicon.duplicate_terms``).
    """
    tree = _load_yaml(text, path)
    raw = _plain(tree)
    if warnings is not None:
        from framing.lexicon import duplicate_terms  # imported here: lexicon imports this module

        warnings.extend(f"{path}:{_line_of(tree, loc)}: [{_dotted(loc)}] warning: {msg}" for loc, msg in duplicate_terms(raw))
    cfg: Config | None = None
    try:
        cfg = Config.model_validate(raw)
    except ValidationError as exc:
        found = _pydantic_problems(exc, raw)
    else:
        found = []
    found += _semantic_problems(raw)
    if found:
        # Keys that are there come first, in line order; missing keys last, at the mapping that lacks them.
        located = [(msg == _MISSING, _line_of(tree, loc), n, _dotted(loc), msg) for n, (loc, msg) in enumerate(found)]
        raise ConfigError(path, [(key, line, msg) for _, line, _, key, msg in sorted(located)])
    assert cfg is not None
    return cfg


def load_config(path: str | Path | None = None, *, warnings: list[str] | None = None) -> LoadedConfig:
    """Load ``path``; with None, ``./config.yaml`` when it exists, else the packaged default (see ``parse_config``)."""
    if path is None:
        local = Path(DEFAULT_CONFIG_NAME)
        if local.is_file():
            path = local
        else:
            text = default_config_text()
            return LoadedConfig(parse_config(text, "(built-in default config)", warnings=warnings), "(built-in default)", _sha(text))
    p = Path(path)
    if not p.exists():
        raise ConfigError(str(p), [("(file)", None, "config file not found")])
    if not p.is_file():
        raise ConfigError(str(p), [("(file)", None, "config path is not a file")])
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError(str(p), [("(file)", None, "config file is not UTF-8 text")]) from None
    except OSError as exc:
        raise ConfigError(str(p), [("(file)", None, f"cannot read config file ({exc.strerror or exc})")]) from None
    return LoadedConfig(parse_config(text, str(p), warnings=warnings), str(p), _sha(text))


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
