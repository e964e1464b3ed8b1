"""Config problems with their key path and YAML line: pydantic errors mapped back to the document, and the
cross-checks the schema cannot express (duplicate ids, unknown references)."""

from __future__ import annotations

import difflib
import re
import types
from collections.abc import Iterator
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from framing.config.attribution import Attribution
from framing.config.schema import Config
from framing.model import UNLISTED_PREFIX
from framing.config.term_checks import empty_match
from framing.text import clitic_variants, match_key, tokenize


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
    problems: list[tuple[tuple[Any, ...], str]] = list(_unencodable(raw))
    group_ids: dict[str, int] = {}
    for i, group in _mappings(raw, "groups"):
        gid = group.get("id")
        _note_duplicate(problems, group_ids, gid, "groups", i)
    outlet_ids: dict[str, int] = {}
    alias_owner: dict[str, str] = {}
    domain_owner: dict[str, str] = {}  # a page address names one publisher
    for i, outlet in _mappings(raw, "outlets"):
        oid = outlet.get("id")
        _note_duplicate(problems, outlet_ids, oid, "outlets", i)
        if isinstance(oid, str) and oid.startswith(UNLISTED_PREFIX):
            problems.append((("outlets", i, "id"), f"outlet id {oid!r}: ids starting with {UNLISTED_PREFIX!r} are "
                             "reserved for outlets the config does not list"))
        group = outlet.get("group")
        if isinstance(group, str) and group and group not in group_ids:
            problems.append((("outlets", i, "group"), f"group {group!r} is not defined under 'groups'"))
        aliases = outlet.get("aliases")
        names = [(("outlets", i, "name"), outlet.get("name"))]
        if isinstance(aliases, list):
            names += [(("outlets", i, "aliases", j), alias) for j, alias in enumerate(aliases)]
        quoted = outlet.get("quoted_names")  # a quoted name is a name too: no other outlet may claim it
        if isinstance(quoted, list):
            names += [(("outlets", i, "quoted_names", j), alias) for j, alias in enumerate(quoted)]
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
        domains = outlet.get("domains")
        listed: set[str] = set()
        if domains and outlet.get("type") == "platform":
            problems.append((("outlets", i, "domains"), "a platform's pages are posts, not articles it publishes: its "
                                                        "domains would name no publisher (remove them)"))
        this = oid if isinstance(oid, str) else f"outlets[{i}]"
        for j, domain in enumerate(domains if isinstance(domains, list) else ()):
            if not isinstance(domain, str):
                continue  # (pydantic reports the type)
            owner = domain_owner.setdefault(domain, this)
            if owner != this:
                problems.append((("outlets", i, "domains", j), f"domain {domain!r} is claimed by both {owner!r} and {this!r}"))
            elif domain in listed:
                problems.append((("outlets", i, "domains", j), f"domain {domain!r} is listed twice for {this!r}"))
            listed.add(domain)
    attribution = raw.get("attribution")
    if isinstance(attribution, dict):
        platform = attribution.get("post_platform", Attribution.model_fields["post_platform"].default)
        if outlet_ids and isinstance(platform, str) and platform not in outlet_ids:
            problems.append((("attribution", "post_platform"), f"outlet {platform!r} is not defined under 'outlets'"))
        state_media = attribution.get("state_media")
        every_id = all(isinstance(o.get("id"), str) for _, o in _mappings(raw, "outlets"))  # else that one is the problem
        for country, by_type in state_media.items() if isinstance(state_media, dict) else ():
            for source_type, outlet in by_type.items() if isinstance(by_type, dict) else ():
                if every_id and outlet_ids and isinstance(outlet, str) and outlet not in outlet_ids:
                    loc = ("attribution", "state_media", country, source_type)
                    problems.append((loc, f"outlet {outlet!r} is not defined under 'outlets'"))
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
                for j, term in enumerate(lang_terms if isinstance(lang_terms, list) else []):
                    pattern = term.get("pattern") if isinstance(term, dict) else None
                    empty = empty_match(pattern) if isinstance(pattern, str) else None
                    if empty:
                        problems.append((("frames", i, "terms", lang, j), f"pattern {pattern!r} {empty}"))
    return problems


def _unencodable(node: Any, loc: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Strings no text can hold: a lone surrogate ("\\udc80" in YAML) matches nothing and cannot be written out."""
    if isinstance(node, str):
        try:
            node.encode("utf-8")
        except UnicodeEncodeError:
            shown = node.encode("utf-8", "backslashreplace").decode("utf-8")
            yield loc, f"{shown!r} holds a lone surrogate, which no text can hold"
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _unencodable(key, (*loc, key)) if isinstance(key, str) else ()
            yield from _unencodable(value, (*loc, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _unencodable(value, (*loc, i))


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


def duplicate_terms(raw: dict[str, Any]) -> list[tuple[tuple[Any, ...], str]]:
    """Terms listed twice, in one frame or in two, as ``(location, message)`` warnings on the raw config data.

    Two word terms are the same when their words are, once spelling variants
    and proclitics are set aside ("التصعيد" and "تصعيد", "Talks" and
    "talks"); two pattern terms when the patterns are identical. (Different
    words with one stem, "talk" and "talks", also match the same tokens:
    ``lexicon show --article`` reports the one that loses as shadowed.) In one frame the later one is never counted;
    in two frames every match counts in both. Entries of the wrong shape are
    skipped (the schema reports them).
    """
    seen: dict[tuple[str, ...], tuple[tuple[Any, ...], str, str]] = {}
    warnings: list[tuple[tuple[Any, ...], str]] = []
    frames = raw.get("frames") if isinstance(raw, dict) else None
    for i, frame in enumerate(frames if isinstance(frames, list) else []):
        terms = frame.get("terms") if isinstance(frame, dict) else None
        fid = str(frame.get("id", f"frames[{i}]")) if isinstance(frame, dict) else ""
        for lang, items in terms.items() if isinstance(terms, dict) else ():
            for j, item in enumerate(items if isinstance(items, list) else []):
                found = _identity(item)
                if found is None:
                    continue
                identity, label = found
                loc = ("frames", i, "terms", lang, j)
                if identity not in seen:
                    seen[identity] = (loc, fid, label)
                    continue
                first_loc, first_frame, first_label = seen[identity]
                where = f"frames[{first_loc[1]}].terms.{first_loc[3]}[{first_loc[4]}]"
                same = f"term {label!r}" + ("" if label == first_label else f" is the same as {first_label!r} and")
                if first_frame == fid:
                    warnings.append((loc, f"{same} is listed twice in frame {fid!r} (first at {where}); the second is never counted"))
                else:
                    warnings.append((loc, f"{same} is also in frame {first_frame!r} (at {where}); each match counts in both frames"))
    return warnings


def _identity(item: Any) -> tuple[tuple[str, ...], str] | None:
    text = item if isinstance(item, str) else item.get("text") if isinstance(item, dict) else None
    pattern = item.get("pattern") if isinstance(item, dict) else None
    if isinstance(text, str) and pattern is None:
        words = tokenize(text)
        return (("text", *(clitic_variants(w.key)[-1] for w in words)), text) if words else None
    if isinstance(pattern, str) and text is None:
        return ("pattern", pattern), f"/{pattern}/"
    return None
