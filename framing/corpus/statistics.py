"""The statistics step of a corpus run: the summed counts and the per-article tables become the corpus tables.

Text counts computed in a run are summed batch by batch as they come (``Totals``);
text parts taken from the cache leave their counts there, and the tables that
read text counts only (keywords, group keywords) are recorded under the ordered
text parts they sum, so a lexicon edit computes the frame tables alone and takes
those files from the earlier run, when the output folder still holds them.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pandas as pd

from framing.config import Config
from framing.corpus.cache import Cache, decode, encode
from framing.corpus.errors import CorpusError
from framing.corpus.side_by_side import side_by_side
from framing.corpus.sinks import file_sha
from framing.counts import Counts
from framing.ngram_sums import NgramColumns, NgramSums
from framing.outputs.formats import write_csv
from framing.outputs.writer import OutputError, OutputSet, cannot_write

if TYPE_CHECKING:
    from framing.corpus.aggregate import CorpusTables

TABLE_NAMES: tuple[str, ...] = ("units", "keywords", "frames", "frame_matrix", "similarity", "group_keywords", "verbs",
                                "frames_by_date")
_TEXT_TABLES = ("keywords", "group_keywords")  # corpus tables that read the text counts only
_EXTENSIONS = ("csv", "parquet")
_T = TypeVar("_T")


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
                      output: OutputSet, then: Callable[[CorpusTables, pd.DataFrame], _T], *,
                      parallel: bool = False) -> tuple[CorpusTables, pd.DataFrame, _T]:
    """Compute the corpus tables, add them to ``output`` as CSV and Parquet, and return them with the articles
    table the report reads and what ``then(tables, articles)`` returns (the report, made once the tables are).
    ``files``: the per-article Parquet files, as written. ``parallel``: two pieces of the work at a time (the run
    has more than one job): the bootstrap beside the keyword statistics, then the largest CSV file beside the other
    files and ``then``."""
    import pyarrow.parquet as pq

    from framing.corpus.aggregate import corpus_tables

    article_units = pq.read_table(files["article_units.parquet"]).to_pandas()
    article_frames = pq.read_table(files["article_frames.parquet"]).to_pandas()
    articles = pq.read_table(files["articles.parquet"], columns=["id", "date", "title", "source", "words", "language",
                                                                  "report"]).to_pandas()
    known = cache.get("statistics", totals.digest.hexdigest())  # the same text parts, in the same order, as before
    known = known if isinstance(known, _TextStatistics) and known.kept(output.directory) else None
    text_total, ngrams = _text_total(totals, known, cache)
    # what the cached statistics keep of the summed text counts: all of them (their n-grams, which only the keyword
    # tables read, are summed apart, and the tables are taken from the earlier run's files)
    text_blob = encode(text_total) if known is None and cache.enabled else b""
    total = text_total.add(totals.frames)
    tables = corpus_tables(total, article_units, article_frames, articles, config, resamples=resamples,
                           text_tables=None if known is None else known.tables(output.directory), ngrams=ngrams,
                           parallel=parallel)
    totals.text = total = text_total = Counts()  # the summed counts and n-grams are read: let them go
    totals.ngrams, ngrams = NgramSums(), None
    kept = [name for name in TABLE_NAMES if known is not None and name in _TEXT_TABLES]
    for name in kept:  # the earlier run's very files
        for ext in _EXTENSIONS:
            shutil.copyfile(output.directory / f"{name}.{ext}", output.path(f"{name}.{ext}"))
    digests, after = _write_tables({name: getattr(tables, name) for name in TABLE_NAMES if name not in kept}, output,
                                   lambda: then(tables, articles), parallel=parallel)
    if known is None:
        cache.put("statistics", totals.digest.hexdigest(),
                  _TextStatistics({n: digests[n] for n in _text_files()}, text_blob))
    return tables, articles, after


def statistics_imports() -> None:
    """Import the modules the statistics load on first use (SciPy's normal CDF, sparse products and clustering, the
    report's templates), ahead of them: a run with more than one job does so in the driver while the workers work,
    instead of after them."""
    import scipy.cluster.hierarchy  # noqa: F401
    import scipy.sparse  # noqa: F401
    import scipy.spatial.distance  # noqa: F401
    import scipy.special  # noqa: F401

    import framing.report.corpus  # noqa: F401
    import framing.report.render  # noqa: F401


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
    """What the text-only corpus tables of one ordered set of text parts were: the SHA-256 of each of their files, by
    name (the files themselves are the earlier run's, in the output folder), and the summed text counts but their
    n-grams (``Counts.without_ngrams``), encoded."""

    digests: dict[str, str]
    text_counts: bytes

    def kept(self, directory: Path) -> bool:
        """Whether ``directory`` still holds those very files (else the tables are computed again)."""
        return set(self.digests) == set(_text_files()) and all(
            (directory / name).is_file() and file_sha(directory / name) == digest
            for name, digest in self.digests.items())

    def tables(self, directory: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
        """The keyword and group keyword tables, read back from the earlier run's Parquet files."""
        keywords, group_keywords = (pd.read_parquet(directory / f"{name}.parquet") for name in _TEXT_TABLES)
        return keywords, group_keywords


def _text_files() -> tuple[str, ...]:
    return tuple(f"{name}.{ext}" for name in _TEXT_TABLES for ext in _EXTENSIONS)


def _write_tables(frames: dict[str, pd.DataFrame], output: OutputSet, then: Callable[[], _T], *,
                  parallel: bool) -> tuple[dict[str, str], _T]:
    """Write each table into ``output`` as CSV and as Parquet, straight into the staged files (a corpus' keyword table
    is hundreds of thousands of rows: its bytes are never held whole), then call ``then``; returns each file's
    SHA-256, by name, and what ``then`` returned. ``parallel``: the largest table's CSV (the slowest file) is written
    by a forked process beside the other files and ``then``."""
    def cells(name: str) -> int:
        return len(frames[name]) * len(frames[name].columns)

    apart = [max(frames, key=cells)] if parallel and frames else []
    written = {f"{name}.csv": output.path(f"{name}.csv") for name in apart}  # staged here, filled there

    def there() -> None:
        for name in apart:
            _csv_file(frames[name], written[f"{name}.csv"])

    def here() -> _T:
        for name, frame in frames.items():
            if name not in apart:
                written[f"{name}.csv"] = output.write(f"{name}.csv", lambda path: _csv_file(frame, path))
            written[f"{name}.parquet"] = output.write(f"{name}.parquet", lambda path: frame.to_parquet(path, index=False))
        return then()

    try:
        _, after = side_by_side(there, here, parallel=parallel)
    except OSError as exc:
        if isinstance(exc, OutputError):
            raise
        raise cannot_write(output.directory, exc) from None
    return {file: file_sha(path) for file, path in written.items()}, after


def _csv_file(frame: pd.DataFrame, path: Path) -> None:
    with path.open("wb") as handle:
        write_csv(frame, handle)
