"""The report's fonts: Noto Sans and Noto Sans Arabic from their pip packages.

Charts use the packaged variable TTFs through matplotlib's font manager. The
HTML embeds them as ``data:`` URIs, subset and pinned to two static weights
(400, 700): the full variable files weigh 2.9 MB, the subsets a few tens of kB.
Static instances also keep the PDF reproducible, because WeasyPrint
re-instantiates variable fonts with a fresh timestamp.

Subsetting and instancing take seconds, so it is done once per machine: each
family is subset to a fixed character set (its script's letters, digits and
punctuation, ``BASE_CHARS``) plus any character of the page outside it, and the
static instances are kept in a cache directory keyed by the font file's hash
and the character set. A lexicon edit thus never changes the subset, and a
fresh process reads two small files instead of subsetting.

The cache is ``framing.report.cache`` (``$FRAMING_CACHE_DIR``, else
``$XDG_CACHE_HOME/framing`` or ``~/.cache/framing``); when it cannot be
written, the subsets are computed (and kept in memory) as before.
"""

from __future__ import annotations

import atexit
import base64
import hashlib
import io
import os
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from framing.report import cache as disk_cache
from framing.report.cache import CACHE_ENV  # noqa: F401 - the tests and users set it through fonts

FAMILIES: tuple[str, ...] = ("Noto Sans", "Noto Sans Arabic")
# The CSS and matplotlib family lists: Latin first, Arabic next, system fallbacks last.
CSS_FAMILY_STACK = '"Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif'
MPL_FAMILY_STACK: list[str] = ["Noto Sans", "Noto Sans Arabic", "DejaVu Sans"]
WEIGHTS: tuple[int, ...] = (400, 700)
# Bump when the subsetting options change: the cache key must name everything the bytes depend on.
SUBSET_VERSION = "1"


def _ranges(*spans: tuple[int, int]) -> str:
    return "".join(chr(c) for start, end in spans for c in range(start, end + 1))


# What each family always carries, whatever the page: the script's letters,
# digits and punctuation. Characters outside these are added per page.
BASE_CHARS: dict[str, str] = {
    "Noto Sans": _ranges(
        (0x20, 0x7E), (0xA0, 0x17F),  # ASCII, Latin-1, Latin Extended-A
        (0x2000, 0x206F), (0x20AC, 0x20AC), (0x2190, 0x2193), (0x2212, 0x2212), (0x2264, 0x2265),
    ),
    "Noto Sans Arabic": _ranges((0x0600, 0x06FF), (0x0750, 0x077F), (0x200C, 0x200F)) + " ",
}


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
def matplotlib_home() -> None:
    """Give matplotlib a writable folder for its font cache when its own would not be (an unwritable home, a cache
    path that is a file): it would warn on stderr and make one anyway. Call before importing matplotlib."""
    if os.environ.get("MPLCONFIGDIR"):
        return
    own = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "matplotlib"
    try:
        own.mkdir(parents=True, exist_ok=True)
        if os.access(own, os.W_OK):
            return
    except (OSError, RuntimeError):  # (RuntimeError: no home directory at all)
        pass
    home = tempfile.mkdtemp(prefix="framing-matplotlib-")
    atexit.register(shutil.rmtree, home, ignore_errors=True)  # one run's font cache, not left behind
    os.environ["MPLCONFIGDIR"] = home


@cache
def register_matplotlib_fonts() -> tuple[str, ...]:
    """Add the packaged fonts to matplotlib's font manager once; return the family names added."""
    matplotlib_home()
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
    """Which characters each family carries: its ``BASE_CHARS``, plus the page's characters of its script outside them."""
    usable = {c for c in chars if unicodedata.category(c)[0] != "C" or c in "\u200c\u200d\u200e\u200f"}
    arabic = {c for c in usable if _is_arabic(c)}
    return {
        "Noto Sans": "".join(sorted(set(BASE_CHARS["Noto Sans"]) | (usable - arabic))),
        "Noto Sans Arabic": "".join(sorted(set(BASE_CHARS["Noto Sans Arabic"]) | arabic)),
    }


@cache
def _file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cache_names(path: Path, chars: str) -> dict[int, str]:
    key = hashlib.sha256(f"{SUBSET_VERSION}\0{_file_hash(path)}\0{chars}".encode("utf-8")).hexdigest()[:32]
    return {weight: f"{path.stem}-{key}-{weight}.ttf" for weight in WEIGHTS}


def _looks_like_font(data: bytes) -> bool:
    return data[:4] in (b"\x00\x01\x00\x00", b"true", b"OTTO")


def _read_cached(names: dict[int, str]) -> dict[int, bytes] | None:
    """The cached static instances, or None when the first is missing or any is not a font.

    A font that is not variable is cached at the first weight only.
    """
    out: dict[int, bytes] = {}
    for weight, name in names.items():
        data = disk_cache.read("fonts", name)
        if data is None:
            if weight == WEIGHTS[0]:
                return None
            continue
        if not _looks_like_font(data):
            return None
        out[weight] = data
    return out


@lru_cache(maxsize=16)
def static_subsets(path: Path, chars: str) -> tuple[tuple[int, bytes], ...]:
    """``(weight, TTF bytes)`` of the font subset to ``chars``, from the cache when it holds them."""
    names = _cache_names(path, chars)
    cached = _read_cached(names)
    if cached is None:
        cached = _static_subsets(path, chars)
        disk_cache.write("fonts", {names[weight]: data for weight, data in cached.items()})
    return tuple(sorted(cached.items()))


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


def font_face_css(chars: str) -> str:
    """``@font-face`` rules embedding both families as data URIs, subset to at least ``chars``.

    Returns '' when the font packages are missing; the page then falls back to
    system fonts. The same characters always give the same bytes.
    """
    needed = _split_chars(chars)
    return _font_face_css(tuple((font.family, font.path, needed[font.family]) for font in font_files()))


@lru_cache(maxsize=8)
def _font_face_css(fonts: tuple[tuple[str, Path, str], ...]) -> str:
    rules: list[str] = []
    for family, path, chars in fonts:
        for weight, data in static_subsets(path, chars):
            encoded = base64.b64encode(data).decode("ascii")
            rules.append(
                f'@font-face {{ font-family: "{family}"; font-style: normal; font-weight: {weight}; '
                f'src: url(data:font/ttf;base64,{encoded}) format("truetype"); }}'
            )
    return "\n".join(rules)
