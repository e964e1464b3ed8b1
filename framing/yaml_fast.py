"""A fast read of a plain config document, through libyaml's C parser.

The round-trip reader of ``framing.yaml_load`` keeps the line of every key
(for error messages) and guards against alias bombs, at the price of being
pure Python: a config of a thousand lines takes a few tenths of a second. A
valid config needs no line numbers, so ``plain_data`` reads the document's
events with the C parser and builds plain dicts, lists and scalars, resolving
plain scalars as YAML 1.2 does (the round-trip reader's version). Whenever the
two readers could disagree it gives up and returns None, and the caller reads
the document the slow way, which also reports any error with its line: an
anchor, an alias, a tag, a merge key, a key given twice, more than one
document, a tab anywhere, a scalar that is not plainly a string, null, boolean, decimal
integer or decimal fraction (octal, hexadecimal, exponents, dates, ``=``), a
syntax error, or a document past the round-trip reader's size and depth
limits.
"""

from __future__ import annotations

import re
from typing import Any

from framing.yaml_load import MAX_DEPTH, MAX_NODES

_NULL = re.compile(r"~|null|Null|NULL|")
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(r"[-+]?[0-9]+\.[0-9]+")
# What YAML 1.2 might read as something else than a string: leave those to the round-trip reader.
_DOUBTFUL = re.compile(r"[-+]?[0-9.][0-9a-fA-FoObxX_:.eE+-]*|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)|<<|=|[!&*].*")


class _GiveUp(Exception):
    pass


def _scalar(value: str, plain: bool) -> Any:
    if not plain:
        return value
    if _NULL.fullmatch(value):
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    if _INT.fullmatch(value):
        return int(value)
    if _FLOAT.fullmatch(value):
        return float(value)
    if _DOUBTFUL.fullmatch(value):
        raise _GiveUp
    return value


def plain_data(text: str) -> Any:
    """The document as plain data, or None when it must be read by the round-trip reader (see the module)."""
    if "\t" in text:  # libyaml takes tabs where the round-trip reader refuses some
        return None
    try:
        import yaml

        loader = yaml.CSafeLoader
    except (ImportError, AttributeError):  # no libyaml: the round-trip reader does it all
        return None
    try:
        return _build(yaml.parse(text, Loader=loader), yaml)
    except (_GiveUp, yaml.YAMLError, RecursionError):
        return None


def _build(events: Any, yaml: Any) -> Any:
    stack: list[Any] = []  # open containers: a list, or a _Map
    root: list[Any] = []
    documents = 0
    nodes = 0

    def put(value: Any) -> None:
        if not stack:
            root.append(value)
            return
        top = stack[-1]
        if isinstance(top, list):
            top.append(value)
        elif top.key is _NO_KEY:
            if not isinstance(value, (str, int, float, bool)) or value in top.data:
                raise _GiveUp  # a container or null as a key, or a key given twice
            top.key = value
        else:
            top.data[top.key] = value
            top.key = _NO_KEY

    for event in events:
        if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)):
            continue
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1 or event.explicit or event.tags:
                raise _GiveUp
            continue
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _GiveUp
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            done = stack.pop()
            put(done if isinstance(done, list) else done.data)
            continue
        nodes += 1
        if nodes > MAX_NODES:
            raise _GiveUp
        if isinstance(event, yaml.ScalarEvent):
            if event.tag is not None and event.implicit == (False, False):
                raise _GiveUp  # an explicit tag
            put(_scalar(event.value, not event.style and event.implicit[0]))
            continue
        if event.tag is not None and not event.implicit:
            raise _GiveUp
        if len(stack) >= MAX_DEPTH - 1:
            raise _GiveUp
        stack.append([] if isinstance(event, yaml.SequenceStartEvent) else _Map())
    if len(root) != 1:
        raise _GiveUp
    return root[0]


class _NoKey:
    pass


_NO_KEY = _NoKey()


class _Map:
    """A mapping being built, and the key waiting for its value."""

    def __init__(self) -> None:
        self.data: dict[Any, Any] = {}
        self.key: Any = _NO_KEY
