"""The one config schema: sources, attribution cues, frames, keyword and report settings.

Validated by pydantic with unknown keys forbidden. Scalar defaults live in the
models (``schema``); the language knowledge (aliases, cue verbs, frame terms) lives in
``framing/data/default_config.yaml``, of which the project's ``config.yaml`` is
a copy. Every problem is reported with its key path and YAML line, schema
problems and cross-checks together (``check_config``); ``write_default_config``
and ``config_json_schema`` serve ``framing config init`` and ``schema``.

A package: ``schema`` (the models), ``problems`` (keys and lines of what is wrong), ``loading``."""

from __future__ import annotations

from framing.config.loading import (  # noqa: F401
    ConfigExists,
    LoadedConfig,
    check_config,
    config_json_schema,
    default_config_text,
    load_config,
    parse_config,
    write_default_config,
)
from framing.config.problems import _plain  # noqa: F401
from framing.config.types import SOURCE_TYPES, SourceType  # noqa: F401
from framing.config.attribution import Attribution, CueVerb, LanguageCues  # noqa: F401
from framing.config.schema import (  # noqa: F401
    DEFAULT_CONFIG_NAME,
    Config,
    ConfigError,
    Frame,
    Group,
    Input,
    Keywords,
    Matching,
    NearRule,
    Negation,
    Outlet,
    PatternTooSlow,
    Report,
    Speaker,
    Term,
    WordText,
)
