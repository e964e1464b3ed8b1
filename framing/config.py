"""The one config schema: sources, attribution cues, frames, keyword and report settings.

Validated by pydantic with unknown keys forbidden. Scalar defaults live in the
models below; the language knowledge (aliases, cue verbs, frame terms) lives in
``framing/data/default_config.yaml``, of which the project's ``config.yaml`` is
a copy. Every problem is reported with its key path and YAML line.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from framing.text import match_key, tokenize

SourceType = Literal[
    "news_agency", "newspaper", "website", "broadcaster", "platform",
    "organization", "government", "think_tank",
]
SOURCE_TYPES: tuple[str, ...] = SourceType.__args__  # type: ignore[attr-defined]
PRESS_TYPES = frozenset({"news_agency", "newspaper", "website", "broadcaster", "platform"})
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


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Outlet(_Strict):
    """A source the article can cite: an outlet, platform, organization or government body."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
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
    anonymous_markers: list[str] = Field(default_factory=list)
    organization_markers: list[str] = Field(default_factory=list)
    abbreviations: list[str] = Field(default_factory=list)


class Attribution(_Strict):
    languages: dict[Literal["ar", "en"], LanguageCues]
    heading_max_words: int = Field(default=10, ge=1)
    narration_prefix_words: int = Field(default=6, ge=1)
    speaker_max_words: int = Field(default=10, ge=1)
    continuation_paragraphs: int = Field(default=2, ge=0)
    signature_pattern: str = r"^[—–-]\s*(?P<name>.+?)\s*\(@(?P<handle>\w{1,30})\)\s*(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4})\s*$"
    post_platform: str = "x"

    @field_validator("signature_pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            pattern = re.compile(value)
        except re.error as exc:
            raise ValueError(f"invalid regular expression: {exc}") from exc
        if "name" not in pattern.groupindex:
            raise ValueError("the pattern needs a (?P<name>...) group")
        return value


class Term(_Strict):
    """A frame term: a word or phrase (matched like keywords) or an explicit regex pattern."""

    text: str | None = None
    pattern: str | None = None
    weight: float = Field(default=1.0, gt=0)

    @model_validator(mode="after")
    def _one_of(self) -> Term:
        if (self.text is None) == (self.pattern is None):
            raise ValueError("a term needs exactly one of 'text' or 'pattern'")
        if self.text is not None and not tokenize(self.text):
            raise ValueError(f"term {self.text!r} has no word in it")
        if self.pattern is not None:
            try:
                re.compile(self.pattern)
            except re.error as exc:
                raise ValueError(f"invalid pattern {self.pattern!r}: {exc}") from exc
        return self

    @property
    def label(self) -> str:
        return self.text if self.text is not None else f"/{self.pattern}/"


class Frame(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str = Field(min_length=1)
    description: str = ""
    maps_to: list[str] = Field(default_factory=list)
    terms: dict[Literal["ar", "en"], list[str | Term]]

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
    stopwords_extra: dict[Literal["ar", "en"], list[str]] = Field(default_factory=dict)


class Report(_Strict):
    pdf: bool = True
    palette: list[str] = Field(
        default_factory=lambda: [
            "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#000000", "#999999", "#882255",
            "#44AA99", "#117733", "#332288", "#AA4499",
        ]
    )
    kwic_width: int = Field(default=60, ge=10)


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
    report: Report = Field(default_factory=Report)
    input: Input = Field(default_factory=Input)

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


def default_config_text() -> str:
    return resources.files("framing").joinpath("data/default_config.yaml").read_text(encoding="utf-8")


def _semantic_problems(cfg: Config) -> list[tuple[tuple[Any, ...], str]]:
    """Problems pydantic cannot see alone: duplicates and dangling references."""
    problems: list[tuple[tuple[Any, ...], str]] = []
    group_ids = [g.id for g in cfg.groups]
    for i, gid in enumerate(group_ids):
        if gid in group_ids[:i]:
            problems.append((("groups", i, "id"), f"duplicate group id {gid!r}"))
    seen_ids: dict[str, int] = {}
    alias_owner: dict[str, str] = {}
    for i, outlet in enumerate(cfg.outlets):
        if outlet.id in seen_ids:
            problems.append((("outlets", i, "id"), f"duplicate outlet id {outlet.id!r} (first at outlets[{seen_ids[outlet.id]}])"))
        seen_ids.setdefault(outlet.id, i)
        if outlet.group and outlet.group not in group_ids:
            problems.append((("outlets", i, "group"), f"group {outlet.group!r} is not defined under 'groups'"))
        for j, alias in enumerate([outlet.name, *outlet.aliases]):
            key = " ".join(t.key for t in tokenize(alias))
            if not key:
                problems.append((("outlets", i, "aliases", j - 1), f"alias {alias!r} has no word in it"))
                continue
            owner = alias_owner.get(key)
            if owner is not None and owner != outlet.id:
                loc = ("outlets", i, "aliases", j - 1) if j else ("outlets", i, "name")
                problems.append((loc, f"alias {alias!r} is claimed by both {owner!r} and {outlet.id!r}"))
            alias_owner.setdefault(key, outlet.id)
    if cfg.attribution.post_platform not in seen_ids:
        problems.append((("attribution", "post_platform"), f"outlet {cfg.attribution.post_platform!r} is not defined"))
    frame_ids: dict[str, int] = {}
    for i, frame in enumerate(cfg.frames):
        if frame.id in frame_ids:
            problems.append((("frames", i, "id"), f"duplicate frame id {frame.id!r}"))
        frame_ids.setdefault(frame.id, i)
        if not any(frame.terms.values()):
            problems.append((("frames", i, "terms"), f"frame {frame.id!r} has no terms"))
        for lang, terms in frame.terms.items():
            if not terms:
                problems.append((("frames", i, "terms", lang), f"empty term list for {lang!r}"))
    for lang, cues in cfg.attribution.languages.items():
        forms: dict[str, str] = {}
        for i, verb in enumerate(cues.verbs):
            for j, form in enumerate(verb.forms):
                key = match_key(form)
                if key in forms and forms[key] != verb.lemma:
                    problems.append(
                        (("attribution", "languages", lang, "verbs", i, "forms", j), f"form {form!r} already belongs to {forms[key]!r}")
                    )
                forms.setdefault(key, verb.lemma)
    return problems


def _line_of(node: Any, loc: tuple[Any, ...]) -> int | None:
    """1-based YAML line of the deepest key of ``loc`` found in the round-trip tree."""
    line: int | None = None
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


def parse_config(text: str, path: str = "<config>") -> Config:
    """Validate YAML text; raise ConfigError listing every problem with key and line."""
    yaml = YAML(typ="rt")
    try:
        tree = yaml.load(io.StringIO(text))
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(path, [("yaml", line, f"YAML syntax error: {problem}")]) from None
    if not isinstance(tree, CommentedMap):
        raise ConfigError(path, [("(top level)", 1, "the config must be a mapping of keys")])
    try:
        cfg = Config.model_validate(_plain(tree))
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p in {"str", "Term"}))
            msg = err["msg"]
            if err["type"] == "extra_forbidden":
                msg = "unknown key"
            elif err["type"] == "missing":
                msg = "required key is missing"
            problems.append((_dotted(loc), _line_of(tree, loc), msg))
        raise ConfigError(path, problems) from None
    semantic = _semantic_problems(cfg)
    if semantic:
        raise ConfigError(path, [(_dotted(loc), _line_of(tree, loc), msg) for loc, msg in semantic])
    return cfg


def load_config(path: str | Path | None = None) -> LoadedConfig:
    """Load ``path``; with None, ``./config.yaml`` when it exists, else the packaged default."""
    if path is None:
        local = Path(DEFAULT_CONFIG_NAME)
        if local.is_file():
            path = local
        else:
            text = default_config_text()
            return LoadedConfig(parse_config(text, "(built-in default config)"), "(built-in default)", _sha(text))
    p = Path(path)
    if not p.exists():
        raise ConfigError(str(p), [("(file)", None, "config file not found")])
    if not p.is_file():
        raise ConfigError(str(p), [("(file)", None, "config path is not a file")])
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError(str(p), [("(file)", None, "config file is not UTF-8 text")]) from None
    return LoadedConfig(parse_config(text, str(p)), str(p), _sha(text))


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
