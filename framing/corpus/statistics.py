"""The statistics step of a corpus run: the summed counts and the per-article tables become the corpus tables.

Text counts computed in a run are summed batch by batch as they come (``Totals``);
text parts taken from the cache leave their counts there, and the tables that
read text counts only (keywords, group keywords) are cached under the ordered
text parts they sum, so a lexicon edit computes the frame tables alone.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from framing.config import Config
from framing.corpus.cache import Cache, decode, encode
from framing.corpus.errors import CorpusError
from framing.counts import Counts
from framing.ngram_sums import NgramColumns, NgramSums
from framing.outputs.formats import csv_bytes
from framing.outputs.writer import OutputSet

if TYPE_CHECKING:
    from framing.corpus.aggregate import CorpusTables

TABLE_NAMES: tuple[str, ...] = ("units", "keywords", "frames", "frame_matrix", "similarity", "group_keywords", "verbs",
                                "frames_by_date")
_TEXT_TABLES = ("keywords", "group_keywords")  # corpus tables that read the text counts only


@dataclass
class Totals:
    """The corpus counts, summed batch by batch in input order.

    Text counts computed in this run are summed as they come; a text part taken from the cache leaves its
    counts there (``from_cache``): at the end they are the summed text counts cached for this very sequence of
    text parts (``digest``: of the articles actually read, in order), or, failing that, every article's cached text
    counts summed again in order (``text_keys``; counts the cache failed to store are kept in ``unsaved``)."""

    text: Counts = field(default_factory=Counts)  # but their n-grams, which are summed as columns:
    ngrams: NgramSums = field(default_factory=NgramSums)
    frames: Counts = field(default_factory=Counts)
    from_cache: bool = False
    text_keys: list[str] = field(default_factory=list)  # every article's text key, in order (with a cache): one
    # short string an article is all that grows with the corpus
    digest: hashlib._Hash = field(default_factory=lambda: hashlib.sha256(b"text parts\0"))  # of the articles read
    unsaved: dict[str, Counts] = field(default_factory=dict)  # text counts the cache failed to store, by text key

    def add_text(self, counts: Counts, ordinal: int) -> None:
        """Add one part's text counts, whose articles come after ``ordinal`` articles of the corpus."""
        self.text.add(counts.without_ngrams(), ordinal=ordinal, after=True)
        self.ngrams.add(counts, ordinal)


def corpus_statistics(totals: Totals, files: dict[str, Path], cache: Cache, config: Config, resamples: int,
                      output: OutputSet) -> tuple[CorpusTables, pd.DataFrame]:
    """Compute the corpus tables, add them to ``output`` as CSV and Parquet, and return them with the articles
    table the report reads. ``files``: the per-article Parquet files, as written."""
    import pyarrow.parquet as pq

    from framing.corpus.aggregate import corpus_tables

    article_units = pq.read_table(files["article_units.parquet"]).to_pandas()
    article_frames = pq.read_table(files["article_frames.parquet"]).to_pandas()
    articles = pq.read_table(files["articles.parquet"], columns=["id", "date", "title", "source", "words", "language",
                                                                  "report"]).to_pandas()
    known = cache.get("statistics", totals.digest.hexdigest())  # the same text parts, in the same order, as before
    known = known if isinstance(known, _TextStatistics) else None
    text_total, ngrams = _text_total(totals, known, cache)
    # what the cached statistics keep of the summed text counts: all of them (their n-grams, which only the keyword
    # tables read, are summed apart, and the tables are cached beside them)
    text_blob = encode(text_total) if known is None and cache.enabled else b""
    total = text_total.add(totals.frames)
    tables = corpus_tables(total, article_units, article_frames, articles, config, resamples=resamples,
                           text_tables=None if known is None else known.tables(), ngrams=ngrams)
    totals.text = total = text_total = Counts()  # the summed counts and n-grams are read: let them go
    totals.ngrams, ngrams = NgramSums(), None
    written = {} if known is None else dict(known.files)  # the cached entry stays as it was
    for name in TABLE_NAMES:
        if name not in written:
            written[name] = _table_files(getattr(tables, name))
        output.add(f"{name}.csv", written[name][0])
        output.add(f"{name}.parquet", written[name][1])
    if known is None:
        cache.put("statistics", totals.digest.hexdigest(), _TextStatistics({n: written[n] for n in _TEXT_TABLES}, text_blob))
    return tables, articles


def _text_total(totals: Totals, known: _TextStatistics | None, cache: Cache) -> tuple[Counts, NgramColumns | None]:
    """The corpus' summed text counts and their n-grams: as summed during the run, or, when some came from the
    cache, as cached with this sequence of text parts (then without n-grams: the keyword tables are cached beside
    them), or else summed again from every article's cached text counts, in order."""
    if not totals.from_cache:
        return totals.text, totals.ngrams.columns()
    counts = decode(known.text_counts) if known is not None else None
    if isinstance(counts, Counts):
        return counts, None
    again = Totals()
    for ordinal, key in enumerate(totals.text_keys):
        counts = totals.unsaved.get(key) or cache.get("text_counts", key)
        if not isinstance(counts, Counts):
            raise CorpusError("the corpus cache holds an article's counts it cannot read back; run again with --no-cache")
        again.add_text(counts, ordinal)
    return again.text, again.ngrams.columns()


@dataclass(frozen=True)
class _TextStatistics:
    """The text-only corpus tables of one ordered set of text parts, as CSV and Parquet bytes, and the summed text
    counts but their n-grams (``Counts.without_ngrams``), encoded."""

    files: dict[str, tuple[bytes, bytes]]
    text_counts: bytes

    def tables(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        """The keyword and group keyword tables, read back from their Parquet bytes."""
        keywords, group_keywords = (pd.read_parquet(io.BytesIO(self.files[name][1])) for name in _TEXT_TABLES)
        return keywords, group_keywords


def _table_files(frame: pd.DataFrame) -> tuple[bytes, bytes]:
    """A table as CSV and as Parquet bytes."""
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return csv_bytes(frame), buffer.getvalue()
