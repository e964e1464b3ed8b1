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
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.composer import Composer
from ruamel.yaml.events import AliasEvent

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


def limited_yaml() -> YAML:
    """A round-trip ``YAML`` (comments and line numbers kept) whose composer enforces the limits above."""
    yaml = YAML(typ="rt")
    yaml.Composer = _LimitedComposer
    return yaml


def load_yaml(text: str) -> Any:
    """Parse ``text`` into round-trip data (CommentedMap …).

    Raises ``YamlLimitError`` for an alias bomb, a recursive alias or runaway
    nesting, and ruamel's ``YAMLError`` for a syntax error.
    """
    return limited_yaml().load(io.StringIO(text))
