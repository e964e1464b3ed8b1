"""The report's fonts: Noto Sans and Noto Sans Arabic from their pip packages.

Charts use the packaged variable TTFs through matplotlib's font manager. The
HTML embeds them as ``data:`` URIs, subset to the characters the page uses and
pinned to two static weights (400, 700): the full variable files weigh 2.9 MB,
the subsets a few tens of kB. Static instances also keep the PDF reproducible,
because WeasyPrint re-instantiates variable fonts with a fresh timestamp.
"""

from __future__ import annotations

import base64
import io
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

FAMILIES: tuple[str, ...] = ("Noto Sans", "Noto Sans Arabic")
# The CSS and matplotlib family lists: Latin first, Arabic next, system fallbacks last.
CSS_FAMILY_STACK = '"Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif'
MPL_FAMILY_STACK: list[str] = ["Noto Sans", "Noto Sans Arabic", "DejaVu Sans"]
WEIGHTS: tuple[int, ...] = (400, 700)


@dataclass(frozen=True)
class FontFile:
    family: str
    path: Path


@cache
def font_files() -> tuple[FontFile, ...]:
    """The upright variable TTFs of the two families (empty when a package is missing)."""
    found: list[FontFile] = []
    for module_name, family in (("fontpkg_noto_sans", "Noto Sans"), ("fontpkg_noto_sans_arabic", "Noto Sans Arabic")):
        try:
            module = __import__(module_name)
        except ImportError:
            continue
        files = sorted(p for p in Path(module.ROOT, "files").glob("*.ttf") if "Italic" not in p.name)
        if files:
            found.append(FontFile(family, files[0]))
    return tuple(found)


@cache
def register_matplotlib_fonts() -> tuple[str, ...]:
    """Add the packaged fonts to matplotlib's font manager once; return the family names added."""
    from matplotlib import font_manager

    for font in font_files():
        font_manager.fontManager.addfont(str(font.path))
    return tuple(font.family for font in font_files())


def _is_arabic(ch: str) -> bool:
    code = ord(ch)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
        or 0x200C <= code <= 0x200F
    )


def _split_chars(chars: str) -> dict[str, str]:
    """Which characters each family must carry: Arabic ones to the Arabic font, the rest to Noto Sans."""
    usable = sorted({c for c in chars if unicodedata.category(c)[0] != "C" or c in "\u200c\u200d\u200e\u200f"})
    arabic = "".join(c for c in usable if _is_arabic(c)) + " "
    latin = "".join(c for c in usable if not _is_arabic(c))
    return {"Noto Sans": latin, "Noto Sans Arabic": arabic}


def _static_subsets(path: Path, chars: str) -> dict[int, bytes]:
    """The font subset to ``chars``, pinned at each of ``WEIGHTS`` (one file when it is not variable)."""
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    options = subset.Options()
    options.hinting = False
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
    buf = io.BytesIO()
    with TTFont(str(path), lazy=True, recalcTimestamp=False) as font:
        subsetter.subset(font)
        axes = {axis.axisTag for axis in font["fvar"].axes} if "fvar" in font else set()
        font.save(buf)
    if not axes:
        return {WEIGHTS[0]: buf.getvalue()}
    subset_bytes = buf.getvalue()
    out: dict[int, bytes] = {}
    for weight in WEIGHTS:
        # Reloading the small subset is cheaper than instancer's deep copy.
        variable = TTFont(io.BytesIO(subset_bytes), recalcTimestamp=False)
        location = {"wght": weight, **({"wdth": 100} if "wdth" in axes else {})}
        static = instancer.instantiateVariableFont(variable, location, inplace=True, static=True)
        static.recalcTimestamp = False
        pinned = io.BytesIO()
        static.save(pinned)
        out[weight] = pinned.getvalue()
    return out


@lru_cache(maxsize=8)
def font_face_css(chars: str) -> str:
    """``@font-face`` rules embedding both families as data URIs, subset to ``chars``.

    Returns '' when the font packages are missing; the page then falls back to
    system fonts. The same characters always give the same bytes.
    """
    rules: list[str] = []
    needed = _split_chars(chars)
    for font in font_files():
        for weight, data in _static_subsets(font.path, needed[font.family]).items():
            encoded = base64.b64encode(data).decode("ascii")
            rules.append(
                f'@font-face {{ font-family: "{font.family}"; font-style: normal; font-weight: {weight}; '
                f'src: url(data:font/ttf;base64,{encoded}) format("truetype"); }}'
            )
    return "\n".join(rules)
