"""Reading the config's YAML with limits: no alias bombs, no recursive aliases, no runaway nesting.

YAML aliases (``*name``) reuse an anchored node (``&name``) without copying
it, so a few hundred bytes of nested aliases can stand for billions of nodes
("billion laughs"), and an alias inside its own anchor makes a cycle. Both
are harmless while the file is parsed and explode later, when the data is
walked. ``load_yaml`` refuses them while composing, before anything is built:
it keeps the expanded size of every node (each alias counted at the full size
of what it stands for) and stops as soon as the document would expand to more
than ``MAX_NODES`` nodes, when an alias points into the node that is still
being composed, or when nesting goes deeper than ``MAX_DEPTH``. The error
names the line of the alias or node where the limit was crossed.
"""

from __future__ import annotations

import io
import re
from collections import OrderedDict
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.events import AliasEvent
from ruamel.yaml.reader import Reader

# A config expands to a few thousand nodes (the default: about 2,000); real
# configs that reuse blocks through aliases stay far below this.
MAX_NODES = 200_000
MAX_DEPTH = 64


class YamlLimitError(ValueError):
    """The YAML document is refused; ``line`` is 1-based (None when unknown)."""

    def __init__(self, line: int | None, message: str):
        self.line = line
        self.message = message
        super().__init__(f"line {line}: {message}" if line else message)


class _LimitedComposer(Composer):
    """A ruamel Composer that measures what every node expands to while it composes."""

    def __init__(self, loader: Any = None) -> None:
        super().__init__(loader=loader)
        self._expanded: dict[int, int] = {}  # id(node) -> nodes in its full expansion; only finished nodes
        self._nesting = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.parser.peek_event()
        line = event.start_mark.line + 1 if event.start_mark is not None else None
        if isinstance(event, AliasEvent):
            target = self.anchors.get(event.anchor)
            if target is not None and id(target) not in self._expanded:
                raise YamlLimitError(line, f"alias *{event.anchor} refers to the node that contains it (a recursive alias)")
            node = super().compose_node(parent, index)
            return node
        self._nesting += 1
        if self._nesting > MAX_DEPTH:
            raise YamlLimitError(line, f"nested deeper than {MAX_DEPTH} levels")
        try:
            node = super().compose_node(parent, index)
        finally:
            self._nesting -= 1
        size = 1
        if isinstance(node.value, list):
            for item in node.value:
                for child in item if isinstance(item, tuple) else (item,):
                    size += self._expanded.get(id(child), 1)
        if size > MAX_NODES:
            raise YamlLimitError(
                line, f"expands to more than {MAX_NODES:,} values through aliases (*name); "
                "refused (an alias bomb?): write the values out or reuse fewer aliases"
            )
        self._expanded[id(node)] = size
        return node


class _CheckedConstructor(RoundTripConstructor):
    """A round-trip constructor that reports a scalar it cannot build (``+_`` read as an integer) with its line,
    instead of ruamel's bare IndexError or ValueError."""

    def construct_non_recursive_object(self, node: Any, tag: Any = None) -> Any:
        try:
            return super().construct_non_recursive_object(node, tag)
        except (ArithmeticError, LookupError, TypeError, ValueError) as exc:
            if isinstance(exc, YamlLimitError):
                raise
            value = node.value if isinstance(node.value, str) else ""
            raise YamlLimitError(node.start_mark.line + 1, f"cannot read the value {value!r} "
                                 "(quote it to make it a string)") from None


def limited_yaml() -> YAML:
    """A round-trip ``YAML`` (comments and line numbers kept) whose composer enforces the limits above."""
    yaml = YAML(typ="rt")
    yaml.Composer = _LimitedComposer
    yaml.Constructor = _CheckedConstructor
    return yaml


def load_yaml(text: str) -> Any:
    """Parse ``text`` into round-trip data (CommentedMap …).

    Raises ``YamlLimitError`` for an alias bomb, a recursive alias or runaway
    nesting, and ruamel's ``YAMLError`` for a syntax error.
    """
    return limited_yaml().load(io.StringIO(text))


# ---------------------------------------------------------------- re-reading an edited file


class _AliasUsed(Exception):
    """A section uses an alias: it may point into another section, so the document is read whole."""


class _SectionComposer(_LimitedComposer):
    def compose_node(self, parent: Any, index: Any) -> Any:
        if isinstance(self.parser.peek_event(), AliasEvent):
            raise _AliasUsed
        return super().compose_node(parent, index)


_TOP_KEY = re.compile(r"[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|\r?$)")
_SECTIONS: OrderedDict[tuple[int, str], Any] = OrderedDict()  # (first line, text) -> what it parses to
_SECTIONS_KEPT = 1024  # sections and list items (outlets, speakers, frames) of a few configs


def _sections(text: str) -> list[tuple[int, str]] | None:
    """``(first line, text)`` of each top-level section (a key at column 0 and what follows it up to the next
    one); None when the document is not a plain block mapping of such keys (directives, document markers,
    anything else at column 0)."""
    lines = text.splitlines(keepends=True)
    starts = []
    for number, line in enumerate(lines):
        if line[0] in " \t\r\n#":
            continue
        if not _TOP_KEY.match(line):
            return None
        starts.append(number)
    if len(starts) < 2:
        return None
    bounds = [0, *starts[1:], len(lines)]
    return [(bounds[j], "".join(lines[bounds[j]:bounds[j + 1]])) for j in range(len(starts))]


class _OffsetReader(Reader):
    """A reader whose lines count from ``first_line``: a section parsed alone keeps the file's line numbers
    (counting them, rather than reading that many blank lines first, keeps a long config's re-read linear)."""

    first_line = 0

    def reset_reader(self) -> None:
        super().reset_reader()
        self.line = self.first_line


def _parsed(first_line: int, text: str) -> Any:
    """``text`` (starting at line ``first_line`` of the file) parsed alone, kept between calls."""
    key = (first_line, text)
    if key in _SECTIONS:
        _SECTIONS.move_to_end(key)
        return _SECTIONS[key]
    yaml = YAML(typ="rt")
    yaml.Composer = _SectionComposer
    yaml.Reader = type("_Reader", (_OffsetReader,), {"first_line": first_line})  # line numbers stay the file's
    part = yaml.load(io.StringIO(text))
    _SECTIONS[key] = part
    while len(_SECTIONS) > _SECTIONS_KEPT:
        _SECTIONS.popitem(last=False)
    return part


_BARE_KEY = re.compile(r"([A-Za-z_][\w-]*):[ \t]*\r?\n")
_ITEM = re.compile(r"( +)- ")


def _items(text: str) -> tuple[str, list[tuple[int, str]]] | None:
    """A section that is a key over a block sequence (``frames:`` and its items), as the key and each item's
    ``(line offset, text)``; None for any other shape."""
    lines = text.splitlines(keepends=True)
    head = _BARE_KEY.fullmatch(lines[0])
    if head is None:
        return None
    starts: list[int] = []
    indent = None
    for number, line in enumerate(lines[1:], start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _ITEM.match(line)
        width = len(line) - len(line.lstrip(" "))
        if indent is None:
            if item is None:
                return None
            indent = len(item.group(1))
        if item is not None and len(item.group(1)) == indent:
            starts.append(number)
        elif width <= indent:
            return None  # something at the items' own indent that is not an item
    if len(starts) < 2:
        return None
    bounds = [*starts, len(lines)]
    return head.group(1), [(bounds[j], "".join(lines[bounds[j]:bounds[j + 1]])) for j in range(len(starts))]


def _section(first_line: int, text: str) -> CommentedMap:
    """One top-level section; a sequence of items (the frames) is parsed item by item, so that a lexicon edit
    re-reads one frame."""
    split = _items(text)
    if split is None:
        part = _parsed(first_line, text)
        if not isinstance(part, CommentedMap) or len(part) != 1:
            raise _AliasUsed  # not one key: read the document whole
        return part
    key, items = split
    parts = [_parsed(first_line + offset, chunk) for offset, chunk in items]
    sequence = CommentedSeq()
    for part in parts:
        if not isinstance(part, CommentedSeq) or len(part) != 1:
            raise _AliasUsed
        sequence.append(part[0])
        sequence.lc.add_kv_line_col(len(sequence) - 1, list(part.lc.data[0]))
    sequence.lc.line, sequence.lc.col = parts[0].lc.line, parts[0].lc.col
    section = CommentedMap()
    section[key] = sequence
    section.lc.add_kv_line_col(key, [first_line, 0, parts[0].lc.line, parts[0].lc.col])
    return section


def load_yaml_sections(text: str) -> Any:
    """What ``load_yaml(text)`` gives, with each top-level section parsed on its own and kept between calls.

    A long-running process that re-reads an edited config (``--watch``) then parses only the sections that
    changed: a lexicon edit re-reads ``frames`` and nothing else. Anything that could read differently in
    pieces is read whole, through ``load_yaml``: a document that is not a plain block mapping of column-0
    keys, a section that uses an alias, fails to parse or holds other than one key, a key given twice.
    """
    sections = _sections(text)
    if sections is None:
        return load_yaml(text)
    merged = CommentedMap()
    try:
        parts = [_section(first_line, chunk) for first_line, chunk in sections]
    except Exception:  # noqa: BLE001 - the whole read reports the error, with its line, as it would have
        return load_yaml(text)
    for part in parts:
        ((key, value),) = part.items()
        if key in merged:
            return load_yaml(text)
        merged[key] = value
        merged.lc.add_kv_line_col(key, part.lc.data[key])
    merged.lc.line, merged.lc.col = parts[0].lc.line, parts[0].lc.col
    return merged
