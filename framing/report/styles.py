"""How each outlet is drawn everywhere in the report: its colour, a tint of it and the ink that reads on it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup

from framing.config import Config
from framing.model import Analysis

HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")  # used with fullmatch: "$" would let "\n" through


_CSS_SAFE = re.compile(r"[a-z][a-z0-9_]*")  # what may stand in a class name (and its CSS rule) as it is
_NUMBERED = re.compile(r"u-[0-9]+")  # the class of an outlet whose id is not CSS-safe


@dataclass(frozen=True)
class OutletStyle:
    """How one outlet is drawn everywhere: its colour, a light tint of it, and the ink that reads on it."""

    id: str  # the CSS class token (``o-<id>``): the outlet id, or ``u<n>`` for an id that cannot be a class name
    name: str
    colour: str
    tint: str
    ink: str
    order: int


def _hex6(colour: str) -> str:
    colour = colour.lower()
    if len(colour) == 4:
        colour = "#" + "".join(c * 2 for c in colour[1:])
    return colour


def _rgb(colour: str) -> tuple[int, int, int]:
    colour = _hex6(colour)
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _mix_with_white(colour: str, amount: float) -> str:
    r, g, b = _rgb(colour)
    return "#{:02x}{:02x}{:02x}".format(*(round(255 - (255 - c) * amount) for c in (r, g, b)))


def _ink_on(colour: str) -> str:
    r, g, b = (c / 255 for c in _rgb(colour))
    return "#000000" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.45 else "#ffffff"


def palette(config: Config) -> list[str]:
    """The config palette as ``#rrggbb``: valid hex colours only, greys last.

    Narration is drawn in neutral grey, so greys and black are handed out only
    when the coloured entries run out.
    """
    colours = [_hex6(c) for c in config.report.palette if isinstance(c, str) and HEX_COLOUR.fullmatch(c)]
    if not colours:
        colours = [_hex6(c) for c in type(config.report)().palette]
    chromatic = [c for c in colours if len(set(_rgb(c))) > 1]
    grey = [c for c in colours if len(set(_rgb(c))) == 1]
    return list(dict.fromkeys(chromatic + grey))


def outlet_styles(analysis: Analysis, config: Config) -> dict[str, OutletStyle]:
    """One style per outlet that carries a segment, in order of first appearance in the article."""
    order = list(dict.fromkeys(s.outlet for s in analysis.article.segments if s.outlet))
    colours = palette(config)
    styles = {}
    for i, outlet in enumerate(order):
        colour = colours[i % len(colours)]
        styles[outlet] = OutletStyle(
            id=outlet if _CSS_SAFE.fullmatch(outlet) else f"u-{i}",  # the class name (no config id has a '-')
            name=source_name(analysis, outlet),
            colour=colour,
            tint=_mix_with_white(colour, 0.28),
            ink=_ink_on(colour),
            order=i,
        )
    return styles


def source_name(analysis: Analysis, outlet: str) -> str:
    return str(analysis.sources.get(outlet, {}).get("name") or outlet)


def outlet_css(styles: Iterable[OutletStyle]) -> Markup:
    rules = [
        f".o-{s.id}{{--c:{s.colour};--t:{s.tint};--i:{s.ink}}}"
        for s in styles
        if (_CSS_SAFE.fullmatch(s.id) or _NUMBERED.fullmatch(s.id)) and HEX_COLOUR.fullmatch(s.colour)
    ]
    return Markup("\n".join(rules))
