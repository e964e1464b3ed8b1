"""What one article gives a corpus run, computed where the engine runs it (a process, a Dask worker).

``process_batch`` is a plain function of plain data (the config's text and a
batch of items), so every engine runs the same code: it reads each article,
attributes it (or takes the cached attribution), counts it, and returns the
rows of the per-article tables with the batch's summed counts. An article
that cannot be read becomes a problem row; the batch goes on.

An article's results come in two parts, cached apart: its text part (the
article row, segments, units; and apart, its n-gram, token and verb counts),
which a frame lexicon edit leaves as it is, and its frame part (hits,
per-unit frame rows, frame counts, its own report), which such an edit
changes. With the text part in hand, only the frame stage runs; with the
article's frame-term matches too (``framing.term_matches``), only the terms
the edit changed are matched, and ``frame_part`` counts the rest from them. What is to
be cached is encoded here, beside the work, so the driver only stores bytes.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass, field

from framing.attribution import attribute
from framing.config import Config, parse_config
from framing.corpus.cache import decode, encode
from framing.corpus.sources import CorpusItem, read_item
from framing.counts import ARTICLE_UNIT, Counts
from framing.ngram_sums import NgramColumns, ngram_columns
from framing.model import SEGMENT_COLUMNS, Article
from framing.matcher import lexicon
from framing.profiles import FRAME_HIT_COLUMNS, article_matches, count_hits, count_text, frame_hit_rows, read_article
from framing.page_publisher import named_publisher, outlet_of_address, page_publisher
from framing.reader import ArticleInput, InputError
from framing.term_matches import TermMatches, frame_part_id, kept_hits, matched_keys, matched_text
from framing.text import script_of

ARTICLE_COLUMNS: tuple[str, ...] = (
    "id", "source", "sha256", "characters", "words", "language", "publisher", "date", "url", "title", "problems",
    "report",
)
SEGMENT_ROW_COLUMNS: tuple[str, ...] = ("article", *SEGMENT_COLUMNS)
HIT_ROW_COLUMNS: tuple[str, ...] = ("article", *FRAME_HIT_COLUMNS)
UNIT_ROW_COLUMNS: tuple[str, ...] = ("article", "unit_type", "unit", "segments", "tokens")
UNIT_FRAME_COLUMNS: tuple[str, ...] = ("article", "unit_type", "unit", "frame", "hits", "passages", "weighted")
PROBLEM_COLUMNS: tuple[str, ...] = ("id", "source", "reason")

Columns = dict[str, list[object]]  # rows of a table, column by column (what a Parquet row group is built from)

_CONFIGS: dict[str, Config] = {}  # config text hash -> parsed config, once per worker process


@dataclass(frozen=True)
class ReportSpec:
    """With ``--per-article``: each article's own report is rendered, naming this config (path and hash)."""

    config_path: str
    config_sha256: str


@dataclass
class TextPart:
    """The rows of an article that a frame lexicon edit does not change (its text counts are cached apart)."""

    article: dict[str, object]
    segments: Columns  # SEGMENT_ROW_COLUMNS
    units: Columns  # UNIT_ROW_COLUMNS


@dataclass
class FramePart:
    """What an article gives that depends on the frame lexicon (and matching rules), and its own report."""

    hits: Columns  # HIT_ROW_COLUMNS
    unit_frames: Columns  # UNIT_FRAME_COLUMNS
    counts: Counts
    report: bytes | None = None  # the article's own report.html (``--per-article``)


@dataclass(frozen=True)
class WorkItem:
    """An article to process. ``attribution``: its cached attribution, encoded as the cache keeps it (decoded
    here, where the work runs); ``text_known``: the cache has its text part too (kept by the driver, not sent), so
    only the frame stage runs."""

    item: CorpusItem
    attribution: bytes | None = None
    text_known: bool = False
    matches: bytes | None = None  # its cached frame-term matches (for terms the lexicon has not changed)
    recount: bool = False  # the matches answer for every term of the lexicon: count the frame part from them alone


@dataclass
class ArticleRows:
    """One article's two parts (or its problem), with what is to be cached of them, encoded.

    ``text`` is None when the driver holds the article's cached text part; ``text_counts`` is None when the
    text part came from the cache (its counts stay there until they are summed) or when the batch sends only the
    sum of its articles' (``Batch.sum_only``). ``blobs``: cache table -> encoded value, for what was computed here
    (empty when the run has no cache)."""

    id: str
    text: TextPart | None = None
    text_counts: Counts | None = None
    frames: FramePart | None = None
    problem: dict[str, object] | None = None
    blobs: dict[str, bytes] = field(default_factory=dict)
    frame_part_id: str | None = None  # ``framing.term_matches.frame_part_id`` of its frame part, when cached by it


@dataclass(frozen=True)
class Batch:
    """What one call of ``process_batch`` gets: the config's YAML text, compressed (``pack_config``; parsed once
    per process), the per-article report settings, whether the run caches (then values are encoded here), and the
    articles."""

    config: bytes
    report: ReportSpec | None
    cache: bool
    work: list[WorkItem]
    sum_only: bool = False  # the driver reads the batch's summed text counts only: each article's are not sent


@dataclass
class BatchResult:
    rows: list[ArticleRows]
    text_counts: Counts  # the text counts computed here, summed in order (the first level of the reduction), but
    text_ngrams: NgramColumns  # their n-grams and forms, as columns (``framing.ngram_sums``)


def pack_config(text: str) -> bytes:
    """The config's YAML text as a batch carries it: compressed, as every batch sends it again (a few hundred
    kilobytes of outlets and lexicon, a few dozen once compressed)."""
    return zlib.compress(text.encode("utf-8"), 6)


def config_from_packed(packed: bytes) -> Config:
    """The config a batch carries, parsed once per process."""
    key = hashlib.sha256(packed).hexdigest()
    if key not in _CONFIGS:
        _CONFIGS[key] = parse_config(zlib.decompress(packed).decode("utf-8"), "(corpus config)")
    return _CONFIGS[key]


def process_article(work: WorkItem, config: Config, report: ReportSpec | None = None, *, cache: bool = False) -> ArticleRows:
    item = work.item
    if work.recount:  # neither its text nor its attribution is needed
        matches = decode(work.matches)
        assert isinstance(matches, TermMatches)
        recounted = ArticleRows(item.id, frames=frame_part(item.id, matches, config))
        if cache:  # a later run takes it as it is, while the terms that match in the article stay as they are
            recounted.blobs["frames"] = encode(recounted.frames)
            recounted.frame_part_id = frame_part_id(matched_keys(matches), config)
        return recounted
    try:
        source = read_item(item, max_bytes=config.input.max_bytes)
    except InputError as exc:
        return ArticleRows(item.id, problem={"id": item.id, "source": item.source, "reason": exc.problem})
    rows = ArticleRows(item.id)
    notes = [*item.notes, *source.notes]
    publisher = _publisher(config, item, source, notes)
    cached = decode(work.attribution)
    known = decode(work.matches)
    if isinstance(cached, Article) and cached.text == source.text and (not publisher or cached.publisher == publisher):
        article = cached
    else:
        article = attribute(source.text, config, title=source.title, path=source.path, encoding=source.encoding,
                            publisher=publisher)
    reading = read_article(article, config)
    if cache and article is not cached:
        rows.blobs["attribution"] = encode(article)  # read: its structure carries the stems the frame stage reads
    if not (work.text_known and article is cached):
        rows.text_counts = count_text(article, config, reading)
        rows.text = _text_part(item, notes, article, rows.text_counts, source.address)
        if cache:
            rows.blobs["text"] = encode(rows.text)
            rows.blobs["text_counts"] = encode(rows.text_counts)
    matches = article_matches(article, config, reading,
                              known=known if isinstance(known, TermMatches) and article is cached else None)
    matched = matched_keys(matches)
    if cache:
        rows.blobs["matches"] = encode(matches)
        # read apart (small): whether they answer for a later lexicon, and which frame part it then finds
        rows.blobs["checked"] = encode((matches.checked, matched))
    rows.frames = frame_part(item.id, matches, config)
    if report is not None:
        rows.frames.report = _own_report(article, config, report)
    if cache:
        rows.blobs["frames"] = encode(rows.frames)
        if report is None:  # (its own report reads the whole config)
            rows.frame_part_id = frame_part_id(matched, config)
    return rows


def frame_part(article_id: str, matches: TermMatches, config: Config) -> FramePart:
    """An article's frame part from where its frame terms match (which must cover the config's lexicon)."""
    hits = kept_hits(matches, lexicon(config), config)
    counts = count_hits(hits, matches.passages, config)
    rows = frame_hit_rows(hits, matches.passages, config, matched_text(matches))
    unit_frames = [{"article": article_id, "unit_type": unit_type, "unit": unit, "frame": frame, "hits": hits_n,
                    "passages": counts.frame_passages[(unit_type, unit, frame)],
                    "weighted": float(counts.frame_weight[(unit_type, unit, frame)])}
                   for (unit_type, unit, frame), hits_n in sorted(counts.frame_hits.items())]
    hit_columns = columns_of(rows, HIT_ROW_COLUMNS)  # rows lack "article": set here, once for all
    hit_columns["article"] = [article_id] * len(rows)
    return FramePart(hit_columns, columns_of(unit_frames, UNIT_FRAME_COLUMNS), counts)


def columns_of(rows: list[dict[str, object]], names: tuple[str, ...]) -> Columns:
    """``rows`` column by column (a column a row lacks is None there)."""
    return {name: [row.get(name) for row in rows] for name in names}


def _publisher(config: Config, item: CorpusItem, source: ArticleInput, notes: list[str]) -> str:
    """The config id of the article's publisher: its row's; else the outlet whose site its address (the table's
    URL column, a web page's canonical link) is on, or whose name the page gives its site; else the default; ''
    when none. A publisher the config does not know is a note on the article, which is then read without it."""
    if item.publisher:
        try:
            return named_publisher(config, item.publisher)
        except ValueError:
            notes.append(f"publisher {item.publisher!r} is not an outlet of the config (not used)")
    found = outlet_of_address(config, item.url) or page_publisher(config, source.address, source.site_name)[0]
    try:
        return found or named_publisher(config, item.default_publisher)
    except ValueError:  # (the run checks the default before it starts)
        return ""


def _text_part(item: CorpusItem, notes: list[str], article: Article, counts: Counts, address: str = "") -> TextPart:
    text = article.text
    row: dict[str, object] = {
        "id": item.id, "source": item.source, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "characters": len(text), "words": counts.units[("article", ARTICLE_UNIT, "tokens")],
        "language": script_of(text) or "", "publisher": article.publisher, "date": item.date, "url": item.url or address, "title": item.title or article.title,
        "problems": "; ".join(notes), "report": "",
    }
    units = [{"article": item.id, "unit_type": unit_type, "unit": unit,
              "segments": counts.units[(unit_type, unit, "segments")],
              "tokens": counts.units[(unit_type, unit, "tokens")]} for unit_type, unit in counts.unit_list()]
    return TextPart(row, columns_of([{"article": item.id, **seg.row()} for seg in article.segments], SEGMENT_ROW_COLUMNS),
                    columns_of(units, UNIT_ROW_COLUMNS))


def _own_report(article: Article, config: Config, spec: ReportSpec) -> bytes:
    """The report ``framing analyze`` writes for this article alone."""
    from framing.config import LoadedConfig
    from framing.pipeline import analyze_article
    from framing.report import render_html

    analysis = analyze_article(article, LoadedConfig(config, spec.config_path, spec.config_sha256))
    return render_html(analysis, config).encode("utf-8")


def process_batch(batch: Batch) -> BatchResult:
    """Process a batch of articles; their text counts computed here are summed in order."""
    config = config_from_packed(batch.config)
    total = Counts()
    ordinal = 0
    results = []
    for work in batch.work:
        rows = process_article(work, config, batch.report, cache=batch.cache)
        if rows.problem is None:
            if rows.text_counts is not None:
                total.add(rows.text_counts, ordinal=ordinal, after=True)  # articles in order
            ordinal += 1
        results.append(rows)
    if batch.sum_only:
        for rows in results:
            rows.text_counts = None
    return BatchResult(results, total.without_ngrams(), ngram_columns(total))
