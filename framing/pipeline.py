"""The one-way pipeline: text -> attributed Article -> profiles -> comparison -> Analysis.

``analyze`` is the library's entry point, usable from a notebook::

    >>> import framing
    >>> result = framing.analyze("قالت «هآرتس» إن المحادثات انتهت.")
    >>> result.segments[0].outlet
    'haaretz'
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from framing.attribution import attribute
from framing.compare import compare
from framing.config import Config, ConfigError, LoadedConfig, PatternTooSlow, load_config
from framing.findings import findings
from framing.intervals import passage_frames, share_column, share_intervals
from framing.model import UNLISTED_PREFIX, Analysis, Article, unlisted_name, written_names
from framing.outputs import OUTPUT_NAMES, OutputError, Written, check_out_dir, render_files, write_outputs
from framing.page_publisher import named_publisher, page_publisher
from framing.patterns import PatternTimeout
from framing.profiles import Profiles, profile
from framing.reader import ArticleInput, InputError, read_article
from framing.voices import frame_voices

# A gold file may hold a whole annotation project: up to this many times the config's input.max_bytes.
GOLD_SIZE_FACTOR = 20

if TYPE_CHECKING:
    import pandas as pd

    from framing.lexicon import KwicLine


def sources_registry(config: Config, article: Article | None = None) -> dict[str, dict[str, object]]:
    """The outlets of the config as plain data, keyed by id (sorted), and the outlets ``article`` names that the
    config does not list (ids ``unlisted_…``, type "unlisted", named as the article writes them)."""
    listed = {
        o.id: {
            "name": o.name,
            "type": o.type,
            "group": o.group,
            "group_label": config.group_label(o.group) if o.group else "",
            "country": o.country,
            "aliases": list(o.aliases),
        }
        for o in sorted(config.outlets, key=lambda o: o.id)
    }
    present = {s.outlet for s in article.segments} if article is not None else set()
    written = written_names(article.segments) if article is not None else {}
    unlisted = {oid: {"name": unlisted_name(oid, written), "type": "unlisted", "group": "", "group_label": "",
                      "country": "", "aliases": []}
                for oid in sorted(present) if oid.startswith(UNLISTED_PREFIX) and oid not in listed}
    return {**listed, **unlisted}


def _loaded(config: Config | LoadedConfig | str | Path | None) -> LoadedConfig:
    if isinstance(config, LoadedConfig):
        return config
    if isinstance(config, Config):
        return LoadedConfig(config, "(in memory)", "")
    return load_config(config)


def attribution_inputs(config: Config) -> str:
    """The parts of the config attribution reads (outlets, speakers, cues), as one comparable string."""
    return json.dumps([config.model_dump(mode="json", include={"outlets", "speakers", "attribution"})], sort_keys=True)


def matching_inputs(config: Config) -> str:
    """What decides where a frame term matches besides the term itself: what attribution reads (outlet names and
    cues are not searched) and the matching settings (skipped cues, negation)."""
    return json.dumps([attribution_inputs(config), config.model_dump(mode="json", include={"matching"})], sort_keys=True)


def text_count_inputs(config: Config) -> str:
    """The parts of the config that the text counts read (all but the frames, matching and report settings)."""
    return json.dumps([config.model_dump(mode="json", exclude={"frames", "matching", "report"})], sort_keys=True)


def analyze(
    text: str,
    config: Config | LoadedConfig | str | Path | None = None,
    *,
    title: str = "",
    path: str = "",
    encoding: str = "utf-8",
    previous: Analysis | None = None,
    publisher: str = "",
) -> Analysis:
    """Attribute, profile and compare one article; returns an ``Analysis`` (prints nothing).

    ``config`` may be a ``Config``, a path to a YAML file, or None for
    ``./config.yaml`` (or the built-in default when there is none). With
    ``previous`` (an earlier run on the same article, as ``--watch`` keeps), its
    attribution is reused when the text and what attribution reads in the config
    are unchanged, and its text counts, keyword, token and verb tables when
    nothing but the frames, matching and report settings changed: a lexicon
    edit then recomputes the frame stage and the comparison only. ``publisher``: the outlet (id, name or alias)
    that published the article, when known; "told X" on X's own page is then the writer's reporting (a
    ``ConfigError`` when the config has no such outlet).
    """
    loaded = _loaded(config)
    cfg = loaded.config
    publisher = given_publisher(loaded, publisher)
    key = attribution_inputs(cfg) + (f"\0publisher {publisher}" if publisher else "")  # what attribution read
    reusable = (previous is not None and previous.attribution_inputs == key
                and (previous.article.text, previous.article.path, previous.article.encoding) == (text, path, encoding)
                and title in ("", previous.article.title))  # an empty title is derived from the text
    text_key = text_count_inputs(cfg)
    same_text = reusable and previous is not None and previous.text_inputs == text_key
    try:
        article = previous.article if reusable else attribute(text, cfg, title=title, path=path, encoding=encoding,
                                                              publisher=publisher)
        profiles = profile(article, cfg, previous.text_profile if same_text and previous is not None else None)
    except PatternTimeout as exc:  # the post signature pattern or a dateline pattern: name the one that ran
        raise PatternTooSlow(loaded.path, [(_attribution_pattern_key(cfg, exc.pattern), None, str(exc))]) from None
    except PatternTooSlow as exc:  # a frame term pattern: name the config file it came from
        raise PatternTooSlow(loaded.path, exc.problems) from None
    return _analysis(article, profiles, loaded, key,
                     previous.group_keywords if same_text and previous is not None else None)


def given_publisher(loaded: LoadedConfig, value: str) -> str:
    """The config id of the publisher a caller gives (id, name or alias; '' for none); a ``ConfigError`` naming it
    when the config has no such outlet."""
    try:
        return named_publisher(loaded.config, value)
    except ValueError as exc:
        raise ConfigError(loaded.path, [("publisher", None, str(exc))]) from None


def _attribution_pattern_key(config: Config, pattern: str) -> str:
    """The config key of an attribution pattern that ran too long."""
    for key in ("dateline_patterns", "byline_patterns", "credit_patterns"):
        for i, line in enumerate(getattr(config.attribution, key)):
            if line == pattern:
                return f"attribution.{key}[{i}]"
    return "attribution.signature_pattern"


def analyze_article(article: Article, config: Config | LoadedConfig) -> Analysis:
    """Profile and compare an article attributed already (a corpus run's, or a cached one); prints nothing."""
    loaded = _loaded(config)
    try:
        profiles = profile(article, loaded.config)
    except PatternTooSlow as exc:
        raise PatternTooSlow(loaded.path, exc.problems) from None
    return _analysis(article, profiles, loaded, attribution_inputs(loaded.config))


def _analysis(article: Article, profiles: Profiles, loaded: LoadedConfig, key: str,
              group_keywords: pd.DataFrame | None = None) -> Analysis:
    cfg = loaded.config
    comparison = compare(profiles, cfg, group_keywords=group_keywords)
    frame_ids = [f.id for f in cfg.frames]
    presence = share_column(cfg) == "passages"
    intervals = share_intervals(passage_frames(profiles.frame_hits, presence=presence), frame_ids)
    frames = profiles.frames.merge(intervals, on=["unit_type", "unit", "frame"], how="left")
    outlets = list(dict.fromkeys(s.outlet for s in article.segments if s.outlet))
    return Analysis(
        article=article,
        sources=sources_registry(cfg, article),
        config_path=loaded.path,
        config_sha256=loaded.sha256,
        keywords=profiles.keywords,
        group_keywords=comparison.group_keywords,
        frames=frames,
        frame_hits=profiles.frame_hits,
        verbs=profiles.verbs,
        similarity=comparison.similarity,
        group_frames=comparison.group_frames,
        token_counts=profiles.token_counts,
        clustering=comparison.clustering,
        frame_matrix=comparison.frame_matrix,
        evidence=comparison.evidence,
        voice_frames=frame_voices(article, profiles.frame_hits),
        findings=findings(frames, profiles.frame_hits, profiles.keywords, profiles.verbs, profiles.token_counts,
                          comparison.evidence, outlets, cfg),
        attribution_inputs=key,
        text_inputs=text_count_inputs(cfg),
        text_profile=profiles.text,
    )


@dataclass(frozen=True)
class Run:
    """One `framing analyze` run: what was read, computed and written, and how long each step took."""

    analysis: Analysis
    source: ArticleInput
    written: Written
    seconds: dict[str, float]


def default_out_dir(source: str | Path) -> Path:
    """``reports/<the article file's stem>``; a stem that names no folder of its own ("..", ".", all dots: a file
    named "...txt") is written out (``reports/_..``), so the outputs never land beside or above ``reports``."""
    stem = "stdin" if str(source) == "-" else Path(source).stem
    if not stem.strip(". "):
        stem = f"_{stem}"
    return Path("reports") / stem


def analyze_file(
    source: str | Path,
    config_path: str | Path | None = None,
    out_dir: str | Path | None = None,
    *,
    pdf: bool | None = None,
    stamp: bool = False,
    progress: Callable[[str], None] | None = None,
    previous: Analysis | None = None,
    publisher: str = "",
) -> Run:
    """Read an article file, analyze it and write every output; raises typed errors, prints nothing.

    ``progress`` is called with the name of each stage as it starts (for a
    spinner); the output directory is checked before any work is done.
    """
    step = progress or (lambda _stage: None)
    clock = time.perf_counter()
    directory = Path(out_dir) if out_dir else default_out_dir(source)
    step("reading the config")
    loaded = load_config(config_path)
    pdf = loaded.config.report.pdf if pdf is None else pdf  # (None: as the config's report.pdf says)
    check_out_dir(directory, OUTPUT_NAMES, inputs=[source])
    step("reading the article")
    article_input = read_article(source, max_bytes=loaded.config.input.max_bytes)
    if not publisher:  # a web page's own address or site name may name its publisher
        publisher, article_input = _page_publisher(article_input, loaded.config)
    t_read = time.perf_counter()
    step("attributing, profiling, comparing")
    analysis = analyze(article_input.text, loaded, title=article_input.title, path=article_input.path,
                       encoding=article_input.encoding, previous=previous, publisher=publisher)
    t_analyze = time.perf_counter()
    files, pdf_error = render_files(analysis, loaded.config, pdf=pdf,
                                    stamp=datetime.now(timezone.utc).isoformat(timespec="seconds") if stamp else "",
                                    progress=step)
    t_render = time.perf_counter()
    step("writing the files")
    written = write_outputs(files, directory, pdf_error=pdf_error)
    t_write = time.perf_counter()
    return Run(
        analysis=analysis,
        source=article_input,
        written=written,
        seconds={
            "read": t_read - clock,
            "analyze": t_analyze - t_read,
            "render": t_render - t_analyze,
            "write": t_write - t_render,
            "total": t_write - clock,
        },
    )


def _page_publisher(article_input: ArticleInput, config: Config) -> tuple[str, ArticleInput]:
    """The publisher a web page names by its address or site name ('' for none), and the input with a note saying so."""
    found, how = page_publisher(config, article_input.address, article_input.site_name)
    if not found:
        return "", article_input
    outlet = config.outlet(found)
    note = f"published by {outlet.name if outlet else found}, from {how}"
    return found, replace(article_input, notes=(*article_input.notes, note))


def watch_file(
    source: str | Path,
    config_path: str | Path | None = None,
    out_dir: str | Path | None = None,
    *,
    pdf: bool = True,
    interval: float = 0.3,
    max_runs: int | None = None,
    progress: Callable[[str], None] | None = None,
    publisher: str = "",
) -> Iterator[Run | Exception]:
    """Re-run ``analyze_file`` whenever the article or config changes; yields each Run (or the error it raised)."""
    watched = [Path(source)]
    config_file = Path(config_path) if config_path else Path("config.yaml")
    watched.append(config_file)

    def stamp_of() -> tuple[float, ...]:
        return tuple(p.stat().st_mtime_ns if p.exists() else -1 for p in watched)

    runs = 0
    last: tuple[float, ...] | None = None
    previous: Run | None = None
    while max_runs is None or runs < max_runs:
        current = stamp_of()
        if current != last:
            last = current
            try:
                run = analyze_file(source, config_path, out_dir, pdf=pdf, progress=progress,
                                   previous=previous.analysis if previous else None, publisher=publisher)
                previous = run
                yield run
            except (InputError, ConfigError, OutputError) as exc:
                yield exc
            runs += 1
        else:
            time.sleep(interval)


def lexicon_report(
    config_path: str | Path | None = None,
    article: str | Path | None = None,
    *,
    frame: str | None = None,
    all_langs: bool = False,
) -> pd.DataFrame:
    """Frame terms with what they do on ``article`` (when given); see ``framing.lexicon.term_usage``.

    With an article only the terms of its language are listed, unless
    ``all_langs``; ``frame`` keeps one frame (a ConfigError when the config
    has no such frame).
    """
    from framing.lexicon import term_usage

    loaded = load_config(config_path)
    ids = [f.id for f in loaded.config.frames]
    if frame is not None and frame not in ids:
        raise ConfigError(loaded.path, [("frames", None, f"no frame {frame!r} (frames: {', '.join(ids) or 'none'})")])
    analysis = None
    if article is not None:
        source = read_article(article, max_bytes=loaded.config.input.max_bytes)
        analysis = analyze(source.text, loaded, title=source.title, path=source.path, encoding=source.encoding)
    langs = [analysis.article.lang] if analysis is not None and not all_langs else None
    return term_usage(loaded.config, analysis, langs=langs, frames=[frame] if frame is not None else None)


def kwic_report(
    term: str, article: str | Path, config_path: str | Path | None = None, *, width: int | None = None
) -> list[KwicLine]:
    """Keyword-in-context lines for ``term`` in ``article``; see ``framing.lexicon.kwic``.

    ``width`` defaults to the config's ``report.kwic_width``, as in the report.
    """
    from framing.lexicon import kwic, parse_term

    parse_term(term)  # a term that cannot match fails before the article is analysed
    loaded = load_config(config_path)
    source = read_article(article, max_bytes=loaded.config.input.max_bytes)
    analysis = analyze(source.text, loaded, title=source.title, path=source.path, encoding=source.encoding)
    return kwic(analysis, term, loaded.config, width=loaded.config.report.kwic_width if width is None else width)


def annotate_file(article: str | Path, config_path: str | Path | None = None, *, fmt: str = "doccano") -> str:
    """The article's attribution and frames as one JSONL line (doccano or Label Studio); see ``framing.annotation``."""
    from framing.annotation import annotation_jsonl

    loaded = load_config(config_path)
    source = read_article(article, max_bytes=loaded.config.input.max_bytes)
    analysis = analyze(source.text, loaded, title=source.title, path=source.path, encoding=source.encoding)
    return annotation_jsonl(analysis, fmt)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Evaluation:
    """The tool against a gold file: the metrics (``result``) and the analysis they were computed on."""

    analysis: Analysis
    result: dict[str, object]
    gold_path: str


def evaluate_file(article: str | Path, gold_path: str | Path, config_path: str | Path | None = None) -> Evaluation:
    """Analyze ``article`` and score it against ``gold_path``; see ``framing.agreement.evaluate``."""
    from framing.agreement import evaluate
    from framing.gold import GoldError, outlet_label_notes, read_gold
    from framing.reader import STDIN

    if str(article) == STDIN and str(gold_path) == STDIN:  # the article would read it all, the gold nothing
        raise GoldError("the article and the gold file cannot both be standard input (-): give one of them as a file")
    loaded = load_config(config_path)
    source = read_article(article, max_bytes=loaded.config.input.max_bytes)
    analysis = analyze(source.text, loaded, title=source.title, path=source.path, encoding=source.encoding)
    frame_ids = [f.id for f in loaded.config.frames]
    gold = read_gold(gold_path, analysis.article.text, frame_ids=frame_ids,
                     max_bytes=GOLD_SIZE_FACTOR * loaded.config.input.max_bytes)
    result = evaluate(analysis, gold, frame_ids)
    result["notes"] = outlet_label_notes(gold, loaded.config.outlets, {s.outlet for s in analysis.segments})
    return Evaluation(analysis, result, str(gold_path))
