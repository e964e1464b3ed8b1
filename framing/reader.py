"""Reading an article: a file (or stdin) becomes the one text every offset refers to.

Plain text and Markdown are decoded and kept as they are; the only change is
line endings (CRLF and lone CR become LF) and dropping a byte-order mark. HTML
is the exception: the article is extracted from the page with trafilatura,
one paragraph per line, and that extracted text is the article.

Decoding, in order: a byte-order mark (UTF-8, UTF-16, UTF-32); strict UTF-8;
for HTML, the charset the page declares; then charset-normalizer limited to
the legacy encodings articles come in (Windows-1256 for Arabic, Windows-1252
and ISO-8859-1 for Latin scripts), each reading checked for mojibake, so that
Arabic bytes never come out as "ÇáãÍÇÏËÇÊ" nor French ones as "ةcole". Anything
else is refused with an ``InputError`` rather than guessed.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from framing.text import language_note, looks_like_heading, script_note, word_spans

Format = Literal["text", "html", "markdown"]

STDIN = "-"
STDIN_NAME = "<stdin>"

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})

# Longest first line (in words) taken as a plain-text article's title.
TITLE_MAX_WORDS = 25
# Extracted HTML with no line of at least this many words is menus and labels, not an article.
MIN_PROSE_WORDS = 5
# Share of implausible words above which a decoding is mojibake.
MAX_MOJIBAKE = 0.2

# Mojibake is judged on at most this many characters, taken in this many windows.
_SAMPLE_CHARS = 1 << 18
_SAMPLE_WINDOWS = 32

# Longer marks first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (.docx, .odt and .epub files are zip archives)"),
    (b"\x1f\x8b", "a gzip archive"),
)
_LEGACY_ENCODINGS = ("cp1256", "cp1252", "latin_1")

_HTML_START = re.compile(r"\A(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_MARKDOWN_TITLE = re.compile(r"^#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_BLANKS = re.compile(r"\s+")
_DECODED_NON_ASCII = re.compile("[^\x00-\x7f\ufffd]")


class InputError(ValueError):
    """The article cannot be read. ``str()`` is one line: ``"seeds/x.txt: file not found"``."""

    def __init__(self, path: str, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """A decoded article, ready to become ``Article(text=..., title=..., path=..., encoding=...)``.

    ``text`` is what offsets refer to and what is written to article.txt.
    ``encoding`` is the Python codec the bytes were decoded with ('utf-8',
    'cp1256', ...); ``byte_size`` the size of what was read; ``notes`` say in
    words what was detected or changed (for the CLI to show).
    """

    text: str
    encoding: str
    format: Format
    title: str
    path: str
    byte_size: int
    notes: tuple[str, ...] = ()
    address: str = ""  # a web page's own address (its canonical link), when it gives one
    site_name: str = ""  # the name a web page gives its site (og:site_name)


def read_article(source: str | Path, *, max_bytes: int) -> ArticleInput:
    """Read and decode an article file, or stdin when ``source`` is ``"-"``.

    The format comes from the extension (.html/.htm, .md/.markdown) or, for
    anything else, from the content (a page starting ``<!doctype html`` or
    ``<html`` is HTML). Raises ``InputError`` for a file that is missing, a
    directory, over ``max_bytes``, empty, binary, undecodable, or an HTML page
    with no article in it.
    """
    shown, data = read_bytes(source, max_bytes=max_bytes)
    suffix = "" if shown == STDIN_NAME else Path(source).suffix.lower()
    return decode_article(data, shown, suffix=suffix, what="input" if shown == STDIN_NAME else "file")


def decode_article(data: bytes, shown: str, *, suffix: str = "", what: str = "file") -> ArticleInput:
    """An article from its bytes, exactly as ``read_article`` reads a file named ``shown`` with ``suffix``."""
    if not data:
        raise InputError(shown, f"{what} is empty")
    _refuse_binary(data, shown)
    notes: list[str] = []
    address = site_name = ""
    if suffix in HTML_SUFFIXES:
        fmt: Format = "html"
    elif suffix in MARKDOWN_SUFFIXES:
        fmt = "markdown"
    elif _HTML_START.match(_ascii_head(data)):
        fmt = "html"
        notes.append("read as HTML: the content starts like a web page")
    else:
        fmt = "text"
    text, encoding, decode_notes = _decode(data, shown, declared=_declared_charset(data) if fmt == "html" else None)
    notes.extend(decode_notes)
    if not text.strip():
        raise InputError(shown, f"{what} has no text, only whitespace")
    if fmt == "html":
        from framing.html_page import extract_html  # (heavy: only HTML input imports it)

        text, title, html_notes, address, site_name = extract_html(text, shown)
        notes.extend(html_notes)
    else:
        text, newline_note = _normalize_newlines(text)
        notes.extend(newline_note)
        title = _markdown_title(text) if fmt == "markdown" else _text_title(text)
    if next(word_spans(text), None) is None:  # only punctuation, marks or joiners: nothing to attribute or count
        raise InputError(shown, f"{what} has no words, only punctuation or invisible characters")
    notes.extend(note for note in [script_note(text) or language_note(text)] if note)
    return ArticleInput(
        text=text, encoding=encoding, format=fmt, title=title, path=shown, byte_size=len(data), notes=tuple(notes),
        address=address, site_name=site_name,
    )




# ------------------------------------------------------------------ bytes


def read_bytes(source: str | Path, *, max_bytes: int) -> tuple[str, bytes]:
    """The name to show and at most ``max_bytes`` bytes of a file (or stdin for ``"-"``); raises ``InputError``.

    A named pipe is opened without waiting for a writer: one that nobody writes to reads as empty instead of
    hanging; a pipe with a writer (``<(command)``) is read to its end.
    """
    over = f"over the {max_bytes:,}-byte limit (raise input.max_bytes in the config to read it)"
    if str(source) == STDIN:
        if sys.stdin is None:
            raise InputError(STDIN_NAME, "standard input is closed")
        data = _read_at_most(sys.stdin.buffer, max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(STDIN_NAME, f"input is {over}")
        return STDIN_NAME, data
    shown = str(source)
    path = Path(source)
    try:
        if path.is_dir():
            raise InputError(shown, "is a directory, not a file")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(shown, f"file is {size:,} bytes, {over}")
        with _open_binary(path) as handle:
            data = _read_at_most(handle, max_bytes + 1)
    except FileNotFoundError:
        raise InputError(shown, "file not found") from None
    except PermissionError:
        raise InputError(shown, "cannot read the file: permission denied") from None
    except OSError as exc:
        raise InputError(shown, f"cannot read the file: {exc.strerror or exc}") from None
    if len(data) > max_bytes:  # a file that grew, or a device that reports no size
        raise InputError(shown, f"file is {over}")
    return shown, data


def _open_binary(path: Path) -> BinaryIO:
    """``path`` opened for reading; a FIFO is opened non-blocking (no writer: no wait), then read blocking."""
    if not stat.S_ISFIFO(path.stat().st_mode):
        return path.open("rb")
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def _read_at_most(handle: BinaryIO, limit: int, chunk: int = 1 << 20) -> bytes:
    """Up to ``limit`` bytes, read a chunk at a time: a large limit costs no memory until the bytes are there."""
    parts: list[bytes] = []
    left = limit
    while left > 0:
        part = handle.read(min(chunk, left))
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _refuse_binary(data: bytes, shown: str) -> None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(shown, f"not a text file: it looks like {kind}")
    if b"\x00" in data and not any(data.startswith(bom) for bom, _ in _BOMS):
        raise InputError(shown, "not a text file: it contains NUL bytes (binary data, or UTF-16 text without a byte-order mark)")


def _ascii_head(data: bytes) -> str:
    """The start of the file, readable enough to recognize markup in any encoding with a BOM or ASCII base."""
    head = data[:4096]
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return head[len(bom):].decode(codec, errors="ignore")
    return head.decode("latin_1")


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


# --------------------------------------------------------------- decoding


def _decode(data: bytes, shown: str, *, declared: str | None = None) -> tuple[str, str, list[str]]:
    """``(text, codec, notes)``; the text still has its original line endings."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(shown, f"invalid {codec} text at byte {exc.start + len(bom)} after its byte-order mark") from None
            name = "utf-8-sig" if codec == "utf-8" else codec
            return text, name, [f"decoded as {name} (byte-order mark, removed)"]
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        if _mostly_utf8(data):
            raise InputError(
                shown, f"invalid UTF-8 at byte {exc.start}, though the rest is UTF-8 (fix that byte or save the file again as UTF-8)"
            ) from None
    if declared is not None:
        # Browsers read pages declared ISO-8859-1 as Windows-1252, its superset.
        codec = "cp1252" if declared in {"iso8859-1", "ascii"} else declared
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            pass
        else:
            if _mojibake_ratio(text) <= MAX_MOJIBAKE:
                return text, codec, [f"decoded as {codec}, the charset the page declares"]
    detected = _detect_legacy(data)
    if detected is None:
        raise InputError(
            shown,
            "cannot tell the text encoding: it is not UTF-8, UTF-16, Windows-1256 or Windows-1252 (save the file as UTF-8)",
        )
    return detected


def _mostly_utf8(data: bytes) -> bool:
    """True when valid multi-byte UTF-8 far outnumbers the invalid bytes: a damaged UTF-8 file, not a legacy one."""
    decoded = data.decode("utf-8", errors="replace")
    invalid = decoded.count("\ufffd")
    valid = len(_DECODED_NON_ASCII.findall(decoded))
    return valid >= 2 * invalid


def _detect_legacy(data: bytes) -> tuple[str, str, list[str]] | None:
    from charset_normalizer import from_bytes  # only files that are not UTF-8 pay for it

    readings = []
    for rank, match in enumerate(from_bytes(data, cp_isolation=list(_LEGACY_ENCODINGS))):
        try:
            text = data.decode(match.encoding)
        except UnicodeDecodeError:
            continue
        readings.append((_mojibake_ratio(text), rank, codecs.lookup(match.encoding).name, text))
    if readings:
        ratio, _, codec, text = min(readings)
        if ratio <= MAX_MOJIBAKE:
            return text, codec, [f"decoded as {codec} (detected; the file is not UTF-8)"]
    best = from_bytes(data).best()
    if best is not None:
        try:
            text = data.decode(best.encoding)
        except UnicodeDecodeError:
            return None
        if _mojibake_ratio(text) <= MAX_MOJIBAKE:
            codec = codecs.lookup(best.encoding).name
            return text, codec, [f"decoded as {codec} (detected; an unusual encoding for an article, check the text)"]
    return None


def _mojibake_ratio(text: str) -> float:
    """Implausible words and control characters per word of ``text``.

    A word is implausible when it mixes Arabic and Latin letters (Latin bytes
    read as Windows-1256: "ةcole") or is made only of accented Latin-1
    letters (Arabic bytes read as Windows-1252: "ÇáãÍÇÏËÇÊ").
    """
    if len(text) > _SAMPLE_CHARS:  # a spread of windows judges a long text as well, in a fraction of the time
        step = len(text) // _SAMPLE_WINDOWS
        width = _SAMPLE_CHARS // _SAMPLE_WINDOWS
        text = "\n".join(text[i * step : i * step + width] for i in range(_SAMPLE_WINDOWS))
    words = _LETTER_RUN.findall(text)
    implausible = sum(
        1
        for word in words
        if (_ARABIC.search(word) and _LATIN.search(word))
        or (len(word) >= 2 and all("\u00c0" <= ch <= "\u00ff" for ch in word))
    )
    return (implausible + len(_CONTROL.findall(text))) / max(1, len(words))


def _normalize_newlines(text: str) -> tuple[str, list[str]]:
    crlf = text.count("\r\n")
    lone_cr = text.count("\r") - crlf
    if not crlf and not lone_cr:
        return text, []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = [f"{n} {kind}" for n, kind in ((crlf, "CRLF"), (lone_cr, "CR")) if n]
    return text, [f"line endings: {' and '.join(parts)} converted to LF"]


# ----------------------------------------------------------------- titles


def _squash(text: str) -> str:
    return _BLANKS.sub(" ", text).strip()


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.split("\n") if line.strip()), "")


def _text_title(text: str) -> str:
    """The first line when it reads as a headline (short, no final punctuation), else ''."""
    first = _first_line(text)
    return first if looks_like_heading(first, max_words=TITLE_MAX_WORDS) else ""


def _markdown_title(text: str) -> str:
    match = _MARKDOWN_TITLE.search(text)
    return match.group(1).strip() if match else ""
