"""Reading a config: YAML text to a validated ``Config`` with every problem listed (``parse_config``,
``load_config``, ``check_config``), the default config, and its JSON schema."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import YAMLError

from framing.config.problems import (
    _MISSING,
    _dotted,
    _line_of,
    _plain,
    _pydantic_problems,
    _semantic_problems,
    duplicate_terms,
)
from framing.config.schema import DEFAULT_CONFIG_NAME, Config, ConfigError
from framing.config.term_checks import unmatchable_terms
from framing.yaml_fast import plain_data
from framing.yaml_load import YamlLimitError, load_yaml_sections


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
    from framing.outputs.writer import OutputError, write_file

    target = Path(path)
    if target.is_dir():
        raise ConfigError(str(target), [("(file)", None, "is a directory, not a file")])
    if str(path) == "-" or (target.exists() and not target.is_file()):
        raise ConfigError(str(target), [("(file)", None, "is not a file name (a pipe, a device, or '-')")])
    if target.exists() and not force:
        raise ConfigExists(str(target), [("(file)", None, "already exists, not overwritten (use force, or --force, to replace it)")])
    data = resources.files("framing").joinpath("data/default_config.yaml").read_bytes()
    try:  # staged and renamed into place: a full disk leaves the old file (or none), never half a config
        write_file(target, data, force=True)
    except OutputError as exc:
        raise ConfigError(str(target), [("(file)", None, f"cannot write: {str(exc).split(': ', 1)[-1]}")]) from None
    return target


def config_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the config file, for editors that validate YAML as you type."""
    schema = Config.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema, "title": "framing config"}


def check_config(path: str | Path | None = None, *, warnings: list[str] | None = None) -> list[str]:
    """Every problem of the config at ``path`` as ``"path:line: [key.path] message"``; empty when it is valid.

    ``path`` None checks what ``load_config(None)`` would load. When a
    ``warnings`` list is given, what is legal but probably a mistake (a frame
    term listed twice, a term such as "U.S." that cannot match as written) is
    appended to it, each line as above with "warning:".
    """
    try:
        load_config(path, warnings=warnings)
    except ConfigError as exc:
        return exc.lines()
    return []


def _load_yaml(text: str, path: str) -> CommentedMap:
    try:
        tree = load_yaml_sections(text)
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
    list, frame terms listed twice (``problems.duplicate_terms``) and terms whose
    punctuation keeps them from matching as written (``term_checks.unmatchable_terms``)
    are appended to it, sorted by line.
    """
    if warnings is None:  # a valid config needs no lines: read it fast, and slowly only to report problems
        fast = plain_data(text)
        if isinstance(fast, dict):
            try:
                valid = Config.model_validate(fast)
            except ValidationError:
                pass
            else:
                if not _semantic_problems(fast):
                    return valid
    tree = _load_yaml(text, path)
    raw = _plain(tree)
    if warnings is not None:
        found_warnings = duplicate_terms(raw) + unmatchable_terms(raw)
        located_warnings = sorted((_line_of(tree, loc), n, loc, msg) for n, (loc, msg) in enumerate(found_warnings))
        warnings.extend(f"{path}:{line}: [{_dotted(loc)}] warning: {msg}" for line, _, loc, msg in located_warnings)
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
