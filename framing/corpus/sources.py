"""Finding the articles of a corpus: files, folders, globs, and tables of articles.

A PATH is a file (.txt, .html, .htm, .md, .markdown), a folder (searched
recursively for those), a glob, or a table of articles: CSV, JSONL or Parquet
with a text column (Media Cloud exports, GDELT-derived sets, scraper output).
Items are yielded lazily, in a stable order (paths as given; a folder's files
sorted), so that a corpus of millions is never held in memory.
"""

from __future__ import annotations

import csv
import glob
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from framing.outputs.writer import MANIFEST, path_exists, previously_written
from framing.reader import ArticleInput, InputError, decode_article, read_article

ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm", ".xhtml", ".md", ".markdown"})
TABLE_SUFFIXES = frozenset({".csv", ".jsonl", ".ndjson", ".json", ".parquet"})
# What a folder is searched for: a .json file there is more often metadata than articles, so it is a table only
# when it is named (or globbed).
FOLDER_SUFFIXES = ARTICLE_SUFFIXES | TABLE_SUFFIXES - {".json"}


FOUND_IN_FOLDERS = ", ".join(sorted(FOLDER_SUFFIXES))


def missing_paths(paths: Iterable[str]) -> list[str]:
    """The paths given that name nothing: no such file or folder, or a pattern that matches nothing."""
    return [given for given in paths if not any(path_exists(p) for p in expand(given))]


@dataclass(frozen=True)
class TableColumns:
    """Which columns of a table hold the text and the article's metadata."""

    text: str = "text"
    id: str | None = None
    date: str | None = None
    url: str | None = None
    title: str | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class CorpusItem:
    """One article to read: a file (``path``), or a table row whose text is already in hand (``text``)."""

    id: str
    source: str
    path: str | None = None
    text: str | None = None
    date: str = ""
    url: str = ""
    title: str = ""
    publisher: str = ""  # the outlet that published it (config id, name or alias), as its table row says
    default_publisher: str = ""  # the publisher when neither its row nor its page address (a config domain) says
    notes: tuple[str, ...] = ()  # what became of its row's metadata cells


@dataclass(frozen=True)
class Problem:
    """Something given that yields no article: a missing path, an empty cell, a duplicate id."""

    id: str
    source: str
    reason: str


def expand(path: str) -> list[Path]:
    """The paths a PATH argument names: itself, or a glob's matches (sorted)."""
    if any(ch in path for ch in "*?["):
        return sorted(Path(p) for p in glob.glob(path, recursive=True))
    return [Path(path)]


def _files_under(folder: Path, unreadable: list[tuple[str, str]] | None = None) -> Iterator[Path]:
    """Article and table files under ``folder``, sorted; files framing wrote there itself (named in its manifest:
    a corpus written into a folder it reads) are not articles. ``unreadable``: gets (folder, reason) for each
    folder that could not be listed (else they would be passed over without a word)."""
    def refused(exc: OSError) -> None:
        if unreadable is not None:
            unreadable.append((str(exc.filename or folder), exc.strerror or str(exc)))

    # one walk (symbolic links to folders listed, not followed: what Path.rglob gives, and loops stay finite)
    found = sorted(Path(root) / name for root, dirs, files in os.walk(folder, onerror=refused) for name in dirs + files)
    written = {path.parent: previously_written(path.parent) for path in found if path.name == MANIFEST}
    for path in found:
        if path.is_file() and path.suffix.lower() in FOLDER_SUFFIXES and path.name not in written.get(path.parent, ()):
            yield path


def _cell(row: dict[str, object], column: str | None, notes: list[str] | None = None) -> str:
    """A metadata cell as text; '' for none, a missing value (NaN) or blanks; a list, a mapping or bytes are no text
    either, and say so in ``notes``."""
    if not column:
        return ""
    value = row.get(column)
    if value is None or (isinstance(value, float) and value != value):  # NaN: a missing value, not the text "nan"
        return ""
    if not isinstance(value, (str, int, float)):  # a nested JSON list or object, an Arrow list, bytes
        if notes is not None:
            notes.append(f"the {column!r} cell holds {type(value).__name__}, not text (read without it)")
        return ""
    text = str(value)
    return text if text.strip() else ""


def _text_cell(value: object) -> str:
    """A text cell as text: a string, or bytes in UTF-8; anything else is no article (ValueError, the reason)."""
    if value is None or isinstance(value, str):
        return value or ""
    if isinstance(value, (bytes, bytearray, memoryview)):
        try:
            return bytes(value).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValueError("the text cell holds bytes that are not UTF-8 text") from None
    raise ValueError(f"the text cell holds {type(value).__name__}, not text")


def _records_inside(path: Path) -> str | None:
    """Why a .json file that is one JSON object holding lists of records (``{"articles": [{…}, …]}``, an API's
    answer) is no table, naming the key the records are under; None for any other file."""
    try:
        with path.open(encoding="utf-8-sig") as handle:
            whole = json.load(handle)
    except (ValueError, RecursionError, OSError):
        return None
    if not isinstance(whole, dict):
        return None
    keys = [key for key, value in whole.items() if isinstance(value, list) and value and isinstance(value[0], dict)]
    if not keys:
        return None
    return (f"the file is one JSON object whose records are under {keys[0]!r}; a table is a JSON array of records "
            f"or JSON Lines (one record a line): extract them, e.g. jq '.{keys[0]}' {path.name} > records.json")


def _rows(path: Path) -> Iterator[dict[str, object] | str]:
    """The table's rows in order; a JSONL line that is no JSON object comes as the reason (a string)."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=1024):
            yield from batch.to_pylist()
    elif suffix == ".csv":
        csv.field_size_limit(sys.maxsize)
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            twice = _repeated([name for name in reader.fieldnames or [] if name])  # (empty cells: trailing commas)
            if twice is not None:  # «text,text»: which column would be read is a guess
                yield f"the header names the column {twice!r} twice; nothing of this table was read"
                return
            yield from reader
    elif suffix == ".json" and _starts_with(path, b"["):  # a JSON array of records, read whole
        with path.open(encoding="utf-8-sig") as handle:
            records = json.load(handle, object_pairs_hook=_unique_keys)
        for number, record in enumerate(records, start=1):
            yield record if isinstance(record, dict) else f"record {number} is not a JSON object"
    else:  # JSON Lines (a .json file may be JSON Lines too)
        nested = _records_inside(path) if suffix == ".json" else None
        if nested is not None:
            yield nested
            return
        with path.open(encoding="utf-8-sig") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    try:
                        record = json.loads(line, object_pairs_hook=_unique_keys)
                    except json.JSONDecodeError as exc:
                        yield f"line {number} is not JSON ({exc.msg})"
                        continue
                    except RecursionError:
                        yield f"line {number} cannot be read (nested too deeply)"
                        continue
                    except ValueError as exc:  # a key given twice, a number of thousands of digits
                        yield f"line {number} cannot be read ({str(exc).splitlines()[0] if str(exc) else 'ValueError'})"
                        continue
                    yield record if isinstance(record, dict) else f"line {number} is not a JSON object"


def _repeated(names: list[str]) -> str | None:
    """The first name given twice, or None."""
    seen: set[str] = set()
    for name in names:
        if name in seen:
            return name
        seen.add(name)
    return None


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object whose keys are all different: with a key twice, which value counts is a guess (ValueError)."""
    twice = _repeated([key for key, _value in pairs])
    if twice is not None:
        raise ValueError(f"the key {twice!r} is given twice")
    return dict(pairs)


def _starts_with(path: Path, mark: bytes) -> bool:
    """Whether the file's first byte that is not a byte-order mark or white space is ``mark``."""
    with path.open("rb") as handle:
        head = handle.read(4096).removeprefix(b"\xef\xbb\xbf").lstrip()
    return head.startswith(mark)


def _metadata_columns(columns: TableColumns) -> list[tuple[str, str]]:
    """(option, column) of the metadata columns named for a table: id, date, url, title, publisher."""
    named = (("id", columns.id), ("date", columns.date), ("url", columns.url), ("title", columns.title),
             ("publisher", columns.publisher))
    return [(option, column) for option, column in named if column]


def _missing_columns(row: dict[str, object], columns: TableColumns, *, every: bool) -> str | None:
    """The first column named for this table that its first row lacks: the text column, and with ``every`` (a CSV
    or Parquet table, whose rows all have the same columns) the id, date, url and title columns too."""
    named = [("text", columns.text), *_metadata_columns(columns)]
    for option, column in named if every else named[:1]:
        if column and column not in row:
            return f"no column {column!r} (choose it with --{option}-column)"
    return None


def _table_items(path: Path, columns: TableColumns, publisher: str = "") -> Iterator[CorpusItem | Problem]:
    shown = str(path)
    checked = False
    number = 0
    unseen = {column: option for option, column in _metadata_columns(columns)}  # JSON rows may each lack some
    if not path.is_file():  # a named pipe or a device: a table is read more than once (counted, then read)
        yield Problem(shown, shown, "a table must be a regular file (not a pipe or a device)")
        return
    try:
        for number, row in enumerate(_rows(path), start=1):
            source = f"{shown}#{number}"
            if isinstance(row, str):
                yield Problem(source, source, row)
                continue
            if not checked:
                missing = _missing_columns(row, columns, every=path.suffix.lower() in {".csv", ".parquet"})
                if missing:
                    yield Problem(shown, shown, missing)
                    return
                checked = True
            if unseen:
                unseen = {column: option for column, option in unseen.items() if column not in row}
            article_id = _cell(row, columns.id) or source
            try:
                text = _text_cell(row.get(columns.text))
            except ValueError as exc:
                yield Problem(article_id, source, str(exc))
                continue
            if not text.strip():
                yield Problem(article_id, source, "empty text")
                continue
            notes: list[str] = []
            yield CorpusItem(article_id, source, text=text, date=_cell(row, columns.date, notes),
                             url=_cell(row, columns.url, notes), title=_cell(row, columns.title, notes),
                             publisher=_cell(row, columns.publisher, notes), default_publisher=publisher,
                             notes=tuple(notes))
        if number == 0:
            yield Problem(shown, shown, "the table has no rows")
        for column, option in unseen.items() if number else ():  # (a CSV or Parquet table lacking one stopped above)
            yield Problem(shown, shown, f"no row has a column {column!r} (choose it with --{option}-column); "
                                        "its articles were read without it")
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        yield Problem(shown, shown, f"cannot read the table: {exc}")
    except Exception as exc:  # noqa: BLE001 - a broken Parquet or CSV file is one problem, not the end of the run
        yield Problem(shown, shown, f"cannot read the table: {type(exc).__name__}: {exc}")


def iter_items(paths: Iterable[str], columns: TableColumns = TableColumns(),
               publisher: str = "") -> Iterator[CorpusItem | Problem]:
    """Every article (or problem) the paths name, in order; an id seen twice is a problem the second time. Each
    has ``publisher`` as its default publisher: the one it has when neither its row nor its address names one."""
    seen: set[str] = set()
    read_as: dict[str, str] = {}  # real path -> the name it was read under: one file named twice is read once
    for given in paths:
        matched = expand(given)
        if not matched or not any(path_exists(p) for p in matched):
            yield Problem(given, given, "no such file or folder" if matched else "the pattern matches nothing")
            continue
        for path in matched:
            unreadable: list[tuple[str, str]] = []
            files = _files_under(path, unreadable) if path.is_dir() else iter([path])
            empty = True
            for file in files:
                empty = False
                items = _table_items(file, columns, publisher) if file.suffix.lower() in TABLE_SUFFIXES else \
                    iter([CorpusItem(str(file), str(file), path=str(file), default_publisher=publisher)])
                real = os.path.realpath(file)
                if real in read_as:
                    yield Problem(str(file), str(file), f"the same file as {read_as[real]} (skipped)")
                    continue
                read_as[real] = str(file)
                for item in items:
                    if isinstance(item, CorpusItem) and item.id in seen:
                        yield Problem(item.id, item.source, "duplicate article id (skipped)")
                        continue
                    if isinstance(item, CorpusItem):
                        seen.add(item.id)
                    yield item
            for folder, reason in unreadable:  # (a folder that cannot be listed is no empty folder)
                yield Problem(folder, folder, f"cannot read the folder: {reason}; its articles were not read")
            if empty and path.is_dir() and not unreadable:
                yield Problem(str(path), str(path), f"the folder holds no article or table file ({FOUND_IN_FOLDERS})")


def _table_rows(path: Path) -> int:
    """Rows of a table without building them: Parquet metadata, CSV records, non-empty JSONL lines."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(path).metadata.num_rows)
    if suffix == ".csv":
        csv.field_size_limit(sys.maxsize)
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return max(sum(1 for _ in csv.reader(handle)) - 1, 0)
    if suffix == ".json" and _starts_with(path, b"["):
        with path.open(encoding="utf-8-sig") as handle:
            return len(json.load(handle))
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def count_items(paths: Iterable[str]) -> int:
    """How many entries (articles and problems) ``iter_items`` will yield, about: for the time left.

    Reads no article; a table it cannot count counts as one entry (it will be one problem).
    """
    total = 0
    for given in paths:
        matched = expand(given)
        if not matched or not any(path_exists(p) for p in matched):
            total += 1
            continue
        for path in matched:
            for file in _files_under(path) if path.is_dir() else iter([path]):
                if file.suffix.lower() not in TABLE_SUFFIXES or not file.is_file():
                    total += 1
                    continue
                try:
                    total += _table_rows(file) or 1
                except Exception:  # noqa: BLE001 - counting is a hint; reading the table reports the problem
                    total += 1
    return total


def read_item(item: CorpusItem, *, max_bytes: int) -> ArticleInput:
    """The article of ``item``, read as ``framing analyze`` reads a file; raises ``InputError``."""
    if item.path is not None:
        return read_article(item.path, max_bytes=max_bytes)
    data = (item.text or "").encode("utf-8")
    if len(data) > max_bytes:
        raise InputError(item.source, f"text is {len(data):,} bytes, over the {max_bytes:,}-byte limit")
    return decode_article(data, item.source, what="text")
