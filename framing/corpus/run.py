"""A corpus run: read, attribute and count every article (on any engine), then sum and write the tables.

Per-article rows are written as they come, row group by row group, so memory
stays bounded whatever the corpus size; the summed counts and the small
per-article unit tables are all that is kept. Outputs go in as one set (see
``framing.outputs.writer``); the cache beside them makes an interrupted run
resume and a lexicon edit run the frame stage only.
"""

from __future__ import annotations

import csv
import errno
import gc
import hashlib
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from framing.config import PatternTooSlow, load_config
from framing.corpus.aggregate import day_first, mixed_orders, numeric_dates, read_dates
from framing.corpus.cache import CACHE_NAME, Cache, decode
from framing.corpus.engine import Engine, default_jobs, executor, map_in_order
from framing.corpus.errors import CorpusError
from framing.corpus.plans import Plan, plans
from framing.corpus.sources import Problem, TableColumns, count_items, expand, iter_items, missing_paths
from framing.corpus.sinks import STREAMED, TEXT_FILES, ParquetSink, TextRows, open_sinks
from framing.corpus.statistics import TABLE_NAMES, Totals, corpus_statistics, statistics_imports
from framing.corpus.worker import (
    PROBLEM_COLUMNS, Batch, BatchResult, Columns, ReportSpec, TextPart, pack_config, process_batch,
)
from framing.counts import Counts
from framing.outputs.writer import OutputBusy, OutputError, OutputSet, Written, cannot_write, check_out_dir
from framing.matcher import lexicon
from framing.pipeline import attribution_inputs, given_publisher, matching_inputs, text_count_inputs
from framing.term_matches import term_keys, terms_id

if TYPE_CHECKING:
    import pandas as pd

    from framing.corpus.aggregate import CorpusTables

CORPUS_OUTPUT_NAMES: tuple[str, ...] = (
    *STREAMED, "problems.csv", *(f"{t}.{ext}" for t in TABLE_NAMES for ext in ("csv", "parquet")),
    "report.html", "report.pdf",
)


# what writing the outputs or the cache can run into (a full disk, a quota, a read-only or failing device)
_WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EFBIG, errno.EIO}


@dataclass(frozen=True)
class CorpusOptions:
    columns: TableColumns = TableColumns()
    engine: Engine = "local"
    jobs: int | None = None
    scheduler: str | None = None
    batch_size: int = 32
    pdf: bool | None = None  # None: as the config's report.pdf says
    resamples: int = 1000
    use_cache: bool = True
    per_article: bool = False  # each article's own report beside the corpus report (article-NNNNNN.html)
    publisher: str = ""  # the outlet that published every article without a publisher of its own (id, name or alias)


@dataclass
class CorpusProgress:
    """What the run has done so far, for a progress bar."""

    articles: int = 0
    problems: int = 0
    cached: int = 0
    stage: str = "reading articles"
    total: int | None = None  # entries expected (articles and problems), once counted


@dataclass
class CorpusRun:
    written: Written
    articles: int
    problems: int
    cached: int
    seconds: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # what the user should know of the run, one line each


def run_corpus(
    paths: Sequence[str],
    out_dir: str | Path,
    config_path: str | Path | None = None,
    options: CorpusOptions = CorpusOptions(),
    progress: Callable[[CorpusProgress], None] | None = None,
) -> CorpusRun:
    """Analyze every article ``paths`` name and write the corpus outputs into ``out_dir``; prints nothing."""
    with _fewer_collections():
        return _run_corpus(paths, out_dir, config_path, options, progress)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Python's cycle collector less often while a run lasts (the threshold as it was after). The run makes and
    drops millions of small objects (decoded cache entries, per-article rows) that form no cycles, and at the
    default threshold the collector walks them all again and again: about a tenth of a re-run from the cache."""
    before = gc.get_threshold()
    gc.set_threshold(50_000, 20, 20)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _run_corpus(paths: Sequence[str], out_dir: str | Path, config_path: str | Path | None, options: CorpusOptions,
                progress: Callable[[CorpusProgress], None] | None) -> CorpusRun:
    from framing.corpus.report import render_corpus_files

    clock = time.perf_counter()
    if any(not str(given).strip() for given in paths):  # '' would read the current folder, whatever it holds
        raise CorpusError("a PATH is empty: name a file, a folder, a glob or a table")
    missing = missing_paths(paths)
    if missing:
        more = f" (and {len(missing) - 1:,} more)" if len(missing) > 1 else ""
        why = "the pattern matches nothing" if any(ch in missing[0] for ch in "*?[") else "no such file or folder"
        raise CorpusError(f"{missing[0]}: {why}{more}; nothing was read")
    loaded = load_config(config_path)
    given_publisher(loaded, options.publisher)  # an unknown one stops the run before it starts
    packed_config = pack_config(loaded_text(loaded.path))
    directory = Path(out_dir)
    check_out_dir(directory, CORPUS_OUTPUT_NAMES, inputs=[p for given in paths for p in expand(given)])
    state = CorpusProgress()
    tell = progress or (lambda _state: None)
    if progress is not None:  # the count runs beside the work and only feeds the time left
        threading.Thread(target=_count, args=(list(paths), state), daemon=True).start()
    seconds: dict[str, float] = {}
    cache = Cache(None)
    cache_path = directory / CACHE_NAME
    try:
        had_cache = cache_path.exists()  # an earlier run's cache is kept whatever becomes of this run
    except OSError:
        had_cache = True
    try:
        with OutputSet(directory, CORPUS_OUTPUT_NAMES) as output:
            cache = Cache(cache_path if options.use_cache else None)
            sinks = open_sinks({name: output.path(name) for name in STREAMED})
            problems_path = output.path("problems.csv")
            totals = Totals()  # summed batch by batch, in input order: memory stays flat in the corpus size
            with problems_path.open("w", encoding="utf-8", newline="") as problems_file:
                problems = csv.DictWriter(problems_file, fieldnames=list(PROBLEM_COLUMNS), lineterminator="\n")
                problems.writeheader()
                queued: deque[Plan] = deque()

                spec = ReportSpec(loaded.path, loaded.sha256) if options.per_article else None
                text_rows = TextRows(sinks, cache, directory, defer=spec is None)
                results_sha = loaded.sha256 + (":report" if spec else "")  # cached results then carry their report

                if cache.enabled:  # the terms of this run's lexicon, for the matches that will name it as checked
                    terms = lexicon(loaded.config)
                    cache.put("lexicons", terms_id(terms, loaded.config), frozenset(term_keys(terms, loaded.config)))

                def payloads() -> Iterator[Batch]:
                    shas = (_sha(attribution_inputs(loaded.config)), _sha(text_count_inputs(loaded.config)), results_sha,
                            _sha(matching_inputs(loaded.config)))
                    for plan in plans(iter_items(paths, options.columns, options.publisher), cache, shas, options.batch_size,
                                      None if spec else loaded.config):
                        queued.append(plan)
                        yield Batch(packed_config, spec, cache.enabled, plan.work,
                                    sum_only=not plan.cached and not plan.texts)

                with executor(options.engine, jobs=options.jobs, scheduler=options.scheduler) as pool:
                    jobs = getattr(pool, "_max_workers", None) or options.jobs or 2
                    warm = jobs > 1  # the workers exist once a batch is back: importing beside them is safe
                    for result in map_in_order(pool, _run_batch, payloads(), in_flight=max(2, 2 * jobs),
                                               here=lambda batch: not batch.work):
                        _record(queued.popleft(), result, sinks, text_rows, problems, cache, state, output, totals)
                        tell(state)
                        if warm:
                            threading.Thread(target=statistics_imports, daemon=True).start()
                            warm = False
            text_rows.finish()
            for name, sink in sinks.items():
                if name not in TEXT_FILES:
                    sink.close()
            seconds["articles"] = time.perf_counter() - clock
            if state.articles == 0:
                raise CorpusError(f"no article could be read ({state.problems} problem(s); "
                                  f"the first: {_first_problem(problems_path)})")
            state.stage = "summing and computing statistics"
            tell(state)

            def report(tables: CorpusTables, articles: pd.DataFrame) -> dict[str, bytes]:
                seconds["statistics"] = time.perf_counter() - clock - seconds["articles"]
                state.stage = "writing the report"
                tell(state)
                return render_corpus_files(tables, articles, loaded.config, state,
                                           pdf=loaded.config.report.pdf if options.pdf is None else options.pdf)

            # with more than one job, the largest table file is still being written beside the report
            _, articles, files = corpus_statistics(totals, {name: sink.path for name, sink in sinks.items()}, cache,
                                                   loaded.config, options.resamples, output, report,
                                                   parallel=jobs > 1 and default_jobs() > 1)
            for name, payload in files.items():
                output.add(name, payload)
            notes = cache.notes + _date_notes(options.columns, articles)
            seconds["report"] = time.perf_counter() - clock - seconds["articles"] - seconds["statistics"]
    except BaseException as exc:
        cache.close()
        if state.articles == 0 and not had_cache and directory.is_dir() and not isinstance(exc, OutputBusy):  # nothing worth keeping: leave no cache
            for suffix in ("", "-wal", "-shm"):                               # (nor the folder made for it) behind
                (directory / f"{CACHE_NAME}{suffix}").unlink(missing_ok=True)
            if not any(directory.iterdir()):
                directory.rmdir()
        if isinstance(exc, PatternTooSlow):  # raised where the config has no file name: name the file
            raise PatternTooSlow(loaded.path, exc.problems) from None
        if isinstance(exc, OSError) and not isinstance(exc, OutputError) and exc.errno in _WRITE_ERRORS:
            raise cannot_write(directory, exc) from None
        raise
    cache.close()
    assert output.written is not None
    seconds["total"] = time.perf_counter() - clock
    return CorpusRun(output.written, state.articles, state.problems, state.cached, seconds, notes)


def _date_notes(columns: TableColumns, articles: pd.DataFrame) -> list[str]:
    """Values of the date column that read as no date (a typo, or the wrong column) leave their articles out of
    frames over time: say how many, with one of them."""
    if not columns.date or articles.empty:
        return []
    given = articles["date"].astype(str).str.strip()
    present = given != ""
    notes = []
    numeric = given[numeric_dates(given)]
    mixed = mixed_orders(numeric) if not numeric.empty else None
    if mixed is not None:  # 13/02/2026 beside 02/13/2026: two orders in one column
        notes.append(f"the date column {columns.date!r} mixes numeric dates with the day first (such as "
                     f"{mixed[0][:20]!r}) and with the month first (such as {mixed[1][:20]!r}): those whose numbers "
                     "are both 12 or less were read day first, and may be wrong")
    elif not numeric.empty and day_first(given) is None:  # 06/02/2026: 6 February or June 2?
        notes.append(f"no value of the date column {columns.date!r} tells whether its numeric dates (such as "
                     f"{numeric.iloc[0][:20]!r}) put the day or the month first: they were read month first")
    unreadable = given[present & read_dates(given).isna()]
    if unreadable.empty:
        return notes
    example = repr(unreadable.iloc[0][:40])
    if len(unreadable) == present.sum():
        return notes + [f"no value of the date column {columns.date!r} reads as a date (such as {example}): "
                "frames over time are left empty"]
    return notes + [f"{len(unreadable):,} of {present.sum():,} values of the date column {columns.date!r} read as no date "
            f"(such as {example}): those articles are left out of frames over time"]


def _count(paths: list[str], state: CorpusProgress) -> None:
    try:
        state.total = count_items(paths)
    except Exception:  # noqa: BLE001 - without a count the bar shows no time left, nothing more
        state.total = None


def _run_batch(batch: Batch) -> BatchResult | None:
    return process_batch(batch) if batch.work else None


def _record(plan: Plan, result: BatchResult | None, sinks: dict[str, ParquetSink], text_rows: TextRows,
            problems: csv.DictWriter,  # type: ignore[type-arg]
            cache: Cache, state: CorpusProgress, output: OutputSet, totals: Totals) -> None:
    """Write one batch's rows in input order, cache what was computed, and add its counts to ``totals``."""
    computed = dict(zip(plan.positions, result.rows)) if result is not None else {}
    cache.begin()
    for position, rows in computed.items():
        keys = plan.keys[position]
        where = {"attribution": keys.attribution, "text": keys.text, "text_counts": keys.text,
                 "frames": keys.frame_part(rows.frame_part_id), "matches": keys.matches, "checked": keys.matches}
        for table, blob in rows.blobs.items():
            if not cache.put_blob(table, where[table], blob) and table == "text_counts":
                unsaved = rows.text_counts if rows.text_counts is not None else decode(blob)
                assert isinstance(unsaved, Counts)
                totals.unsaved[keys.text] = unsaved  # summed from memory at the end if need be
        rows.blobs = {}
    cache.commit(every=1.0)
    # The worker's sum of the batch's text counts stands for them when every article of the batch was counted there.
    whole = result is not None and not plan.cached and not plan.texts
    first = state.articles
    buckets: dict[str, list[Columns]] = {name: [] for name in ("frame_hits.parquet", "article_frames.parquet")}
    texts: list[tuple[str, TextPart | None, str]] = []  # None: the text part is in the cache
    for position, entry in enumerate(plan.items):
        if isinstance(entry, Problem):
            problems.writerow({"id": entry.id, "source": entry.source, "reason": entry.reason})
            state.problems += 1
            continue
        rows = plan.cached.get(position) or computed[position]
        if rows.problem is not None:
            problems.writerow(rows.problem)
            state.problems += 1
            continue
        assert rows.frames is not None and (rows.text is not None or position in plan.cached or position in plan.texts)
        if position in plan.cached or position in plan.recounted:
            state.cached += 1
        totals.digest.update(f"{plan.keys[position].text}\0".encode())
        if cache.enabled:
            totals.text_keys.append(plan.keys[position].text)
        if whole:  # the batch's sum stands for its articles' text counts (which were not sent)
            pass
        elif rows.text_counts is None:
            totals.from_cache = True
        elif not totals.from_cache:
            totals.add_text(rows.text_counts, state.articles)
        totals.frames.add(rows.frames.counts)
        state.articles += 1
        report = ""
        if rows.frames.report is not None:  # the article's own report, named by its place in the corpus
            report = f"article-{state.articles:06d}.html"
            output.add(report, rows.frames.report)
        texts.append((plan.keys[position].text, rows.text, report))
        buckets["frame_hits.parquet"].append(rows.frames.hits)
        buckets["article_frames.parquet"].append(rows.frames.unit_frames)
    if whole and not totals.from_cache:
        assert result is not None
        totals.text.add(result.text_counts, ordinal=first, after=True)
        totals.ngrams.add_columns(result.text_ngrams, first)
    text_rows.write(texts)
    for name, rows_list in buckets.items():
        sinks[name].write(rows_list)


def _first_problem(path: Path) -> str:
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return f"{rows[0]['source']}: {rows[0]['reason']}" if rows else "none recorded"


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def loaded_text(path: str) -> str:
    """The config's YAML text as the workers parse it (the packaged default when no file was given)."""
    from framing.config import default_config_text

    if path in {"(built-in default)", "(in memory)"} or not Path(path).is_file():
        return default_config_text()
    return Path(path).read_text(encoding="utf-8-sig")
