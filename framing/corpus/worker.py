"""What one article gives a corpus run, computed where the engine runs it (a process, a Dask worker).

``process_batch`` is a plain function of plain data (the config's text and a
batch of items), so every engine runs the same code: it reads each article,
attributes it (or takes the cached attribution), counts it, and returns the
rows of the per-article tables with the batch's summed counts. An article
that cannot be read becomes a problem row; the batch goes on.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from framing.attribution import attribute
from framing.config import Config, parse_config
from framing.corpus.sources import CorpusItem, read_item
from framing.counts import ARTICLE_UNIT, Counts
from framing.model import SEGMENT_COLUMNS, Article
from framing.profiles import FRAME_HIT_COLUMNS, _frame_hits, count_article
from framing.reader import InputError
from framing.text import script_of

ARTICLE_COLUMNS: tuple[str, ...] = (
    "id", "source", "sha256", "characters", "words", "language", "date", "url", "title", "problems", "report",
)
SEGMENT_ROW_COLUMNS: tuple[str, ...] = ("article", *SEGMENT_COLUMNS)
HIT_ROW_COLUMNS: tuple[str, ...] = ("article", *FRAME_HIT_COLUMNS)
UNIT_ROW_COLUMNS: tuple[str, ...] = ("article", "unit_type", "unit", "segments", "tokens")
UNIT_FRAME_COLUMNS: tuple[str, ...] = ("article", "unit_type", "unit", "frame", "hits", "passages", "weighted")
PROBLEM_COLUMNS: tuple[str, ...] = ("id", "source", "reason")

_CONFIGS: dict[str, Config] = {}  # config text hash -> parsed config, once per worker process


@dataclass(frozen=True)
class ReportSpec:
    """With ``--per-article``: each article's own report is rendered, naming this config (path and hash)."""

    config_path: str
    config_sha256: str


@dataclass(frozen=True)
class WorkItem:
    """An article to process; ``article`` is its cached attribution when the cache had it."""

    item: CorpusItem
    article: Article | None = None


@dataclass
class ArticleRows:
    """One article's rows for the corpus tables (or its problem), and its attribution for the cache."""

    id: str
    article: dict[str, object] | None = None
    segments: list[dict[str, object]] = field(default_factory=list)
    hits: list[dict[str, object]] = field(default_factory=list)
    units: list[dict[str, object]] = field(default_factory=list)
    unit_frames: list[dict[str, object]] = field(default_factory=list)
    problem: dict[str, object] | None = None
    attributed: Article | None = None
    report: bytes | None = None  # the article's own report.html (``--per-article``)


@dataclass
class BatchResult:
    rows: list[ArticleRows]
    counts: Counts  # the batch's articles summed, in order (the first level of the reduction)
    per_article: list[Counts | None]  # each article's own counts, for the cache (None for a problem)


def config_from_text(text: str) -> Config:
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if key not in _CONFIGS:
        _CONFIGS[key] = parse_config(text, "(corpus config)")
    return _CONFIGS[key]


def process_article(work: WorkItem, config: Config, report: ReportSpec | None = None) -> tuple[ArticleRows, Counts | None]:
    item = work.item
    try:
        source = read_item(item, max_bytes=config.input.max_bytes)
    except InputError as exc:
        return ArticleRows(item.id, problem={"id": item.id, "source": item.source, "reason": exc.problem}), None
    if work.article is not None and work.article.text == source.text:
        article = work.article
    else:
        article = attribute(source.text, config, title=source.title, path=source.path, encoding=source.encoding)
    counts, hits = count_article(article, config)
    rows = ArticleRows(item.id, attributed=article if work.article is None else None)
    text = article.text
    rows.article = {
        "id": item.id, "source": item.source, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "characters": len(text), "words": counts.units[("article", ARTICLE_UNIT, "tokens")],
        "language": script_of(text) or "", "date": item.date, "url": item.url, "title": item.title or article.title,
        "problems": "; ".join(source.notes), "report": "",
    }
    rows.segments = [{"article": item.id, **seg.row()} for seg in article.segments]
    hit_table = _frame_hits(hits, article, config)
    rows.hits = [{"article": item.id, **r} for r in hit_table.to_dict(orient="records")]
    for unit_type, unit in counts.unit_list():
        rows.units.append({"article": item.id, "unit_type": unit_type, "unit": unit,
                           "segments": counts.units[(unit_type, unit, "segments")],
                           "tokens": counts.units[(unit_type, unit, "tokens")]})
    for (unit_type, unit, frame), hits_n in sorted(counts.frame_hits.items()):
        rows.unit_frames.append({"article": item.id, "unit_type": unit_type, "unit": unit, "frame": frame,
                                 "hits": hits_n, "passages": counts.frame_passages[(unit_type, unit, frame)],
                                 "weighted": float(counts.frame_weight[(unit_type, unit, frame)])})
    if report is not None:
        rows.report = _own_report(article, config, report)
    return rows, counts


def _own_report(article: Article, config: Config, spec: ReportSpec) -> bytes:
    """The report ``framing analyze`` writes for this article alone."""
    from framing.config import LoadedConfig
    from framing.pipeline import analyze_article
    from framing.report import render_html

    analysis = analyze_article(article, LoadedConfig(config, spec.config_path, spec.config_sha256))
    return render_html(analysis, config).encode("utf-8")


def process_batch(payload: tuple[str, ReportSpec | None, list[WorkItem]]) -> BatchResult:
    """Process a batch of articles with the config given as YAML text (parsed once per process)."""
    config_text, report, batch = payload
    config = config_from_text(config_text)
    total = Counts()
    ordinal = 0
    results, per_article = [], []
    for work in batch:
        rows, counts = process_article(work, config, report)
        if counts is not None:
            total.add(counts, ordinal=ordinal)
            ordinal += 1
        results.append(rows)
        per_article.append(counts)
    return BatchResult(results, total, per_article)
