"""The per-article Parquet files of a corpus run, written batch by batch in input order.

An article's text rows (its row in ``articles.parquet``, its segments, its
units) do not change with the frame lexicon. While every article of a run so
far has its text part in the cache, ``TextRows`` defers them: when the run
ends with the very articles and batches of an earlier run whose text files
are still in the output directory as that run wrote them (checked by their
SHA-256), those files are taken as they are; otherwise the deferred text
parts are read back from the cache and written, batch by batch, exactly as
they would have been. A lexicon edit then writes only the frame files.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Sequence
from pathlib import Path

from framing.corpus.cache import Cache
from framing.corpus.errors import CorpusError
from framing.corpus.worker import (
    ARTICLE_COLUMNS, HIT_ROW_COLUMNS, SEGMENT_ROW_COLUMNS, UNIT_FRAME_COLUMNS, UNIT_ROW_COLUMNS, Columns, TextPart,
    columns_of,
)

STREAMED: dict[str, tuple[str, ...]] = {
    "articles.parquet": ARTICLE_COLUMNS,
    "segments.parquet": SEGMENT_ROW_COLUMNS,
    "frame_hits.parquet": HIT_ROW_COLUMNS,
    "article_units.parquet": UNIT_ROW_COLUMNS,
    "article_frames.parquet": UNIT_FRAME_COLUMNS,
}
TEXT_FILES: tuple[str, ...] = ("articles.parquet", "segments.parquet", "article_units.parquet")
_TYPES = {
    "characters": "int", "words": "int", "start": "int", "end": "int", "segment_start": "int", "segments": "int",
    "tokens": "int", "hits": "int", "passages": "int", "weight": "float", "weighted": "float", "negated": "bool",
}


class ParquetSink:
    """Rows appended batch by batch to a Parquet file with a fixed string/number schema, in row groups of
    ``rows_per_group`` rows (the last one shorter): at most that many rows wait in memory, and the file's bytes do
    not depend on how the rows came in (batch sizes, engines)."""

    def __init__(self, path: Path, columns: Sequence[str], *, rows_per_group: int = 20_000):
        import pyarrow as pa
        import pyarrow.parquet as pq

        kinds = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
        self.columns = list(columns)
        self.schema = pa.schema([(c, kinds.get(_TYPES.get(c, ""), pa.string())) for c in self.columns])
        self._pa = pa
        self.path = path
        self.rows_per_group = rows_per_group
        self._waiting: list[list[object]] = [[] for _ in self.columns]
        self._writer = pq.ParquetWriter(path, self.schema, compression="zstd")

    def write(self, parts: list[Columns]) -> None:
        """The rows of ``parts`` (each the rows of one article, column by column), in order."""
        for part in parts:
            for array, column in zip(self._waiting, self.columns):
                array.extend(part[column])
        while len(self._waiting[0]) >= self.rows_per_group:
            self._write_group(self.rows_per_group)

    def close(self) -> None:
        if self._waiting[0]:
            self._write_group(len(self._waiting[0]))
        self._writer.close()

    def _write_group(self, rows: int) -> None:
        arrays = [self._pa.array(a[:rows], type=f.type) for a, f in zip(self._waiting, self.schema)]
        self._waiting = [a[rows:] for a in self._waiting]
        self._writer.write_table(self._pa.Table.from_arrays(arrays, schema=self.schema))


def open_sinks(paths: dict[str, Path]) -> dict[str, ParquetSink]:
    """A sink for each file of ``STREAMED``, at its staging path."""
    return {name: ParquetSink(paths[name], columns) for name, columns in STREAMED.items()}


_Item = tuple[str, TextPart | None, str]  # text key, the text part (None: in the cache), the article's own report


class TextRows:
    """The text files' rows, batch by batch, deferred while every article so far has its text part cached.

    ``defer``: whether this run may take an earlier run's text files (a run with a cache, and without per-article
    reports, whose file names the text rows carry); ``directory``: where the earlier run's files are.
    """

    def __init__(self, sinks: dict[str, ParquetSink], cache: Cache, directory: Path, *, defer: bool):
        self.sinks, self.cache, self.directory = sinks, cache, directory
        self.recording = defer and cache.enabled  # files with per-article report names are never taken again
        self.deferring = self.recording
        self._pending: list[list[str]] = []  # the text keys of each deferred batch
        self._layout = hashlib.sha256(b"text rows\0")  # the text keys of every batch, in order

    def write(self, batch: list[_Item]) -> None:
        """One batch's articles, in input order."""
        self._layout.update(("\0".join(key for key, _part, _report in batch) + "\n").encode())
        if self.deferring and all(part is None for _key, part, _report in batch):
            self._pending.append([key for key, _part, _report in batch])
            return
        self._flush()
        self._write(batch)

    def finish(self) -> None:
        """Write what is deferred, or take the earlier run's files when they hold exactly these rows; record the
        files this run leaves, for the next run."""
        reused = self.deferring and self._reuse()
        if not reused:
            self._flush()
        for name in TEXT_FILES:
            self.sinks[name].close()
        if reused:
            for name in TEXT_FILES:
                shutil.copyfile(self.directory / name, self.sinks[name].path)
        elif self.recording:
            self.cache.put("outputs", self._layout.hexdigest(),
                           {name: file_sha(self.sinks[name].path) for name in TEXT_FILES})

    def _reuse(self) -> bool:
        recorded = self.cache.get("outputs", self._layout.hexdigest())
        if not isinstance(recorded, dict):
            return False
        return all((self.directory / name).is_file() and recorded.get(name) == file_sha(self.directory / name)
                   for name in TEXT_FILES)

    def _flush(self) -> None:
        self.deferring = False
        pending, self._pending = self._pending, []
        for keys in pending:
            self._write([(key, None, "") for key in keys])

    def _write(self, batch: list[_Item]) -> None:
        articles: list[dict[str, object]] = []
        segments: list[Columns] = []
        units: list[Columns] = []
        for key, part, report in batch:
            part = part if part is not None else self.cache.get("text", key)
            if not isinstance(part, TextPart):
                raise CorpusError("the corpus cache holds an article's rows it cannot read back; "
                                  "run again with --no-cache")
            row = dict(part.article)
            if report:
                row["report"] = report
            articles.append(row)
            segments.append(part.segments)
            units.append(part.units)
        self.sinks["articles.parquet"].write([columns_of(articles, ARTICLE_COLUMNS)])
        self.sinks["segments.parquet"].write(segments)
        self.sinks["article_units.parquet"].write(units)


def file_sha(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
