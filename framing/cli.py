"""The `framing` command line: each command is its options plus one library call.

Errors the user can fix (usage, input, config, output directory) print one line
and exit 2; an interrupt prints one line and exits 130; anything else prints
one line and exits 1. ``--debug`` anywhere on the command line shows the
traceback instead.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import sys
import threading
import traceback
from importlib import metadata
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from framing import config as config_lib
from framing import console
from framing.cli_options import _column, _directory, _inputs, _out_file, _path, _scheduler
from framing.config import ConfigError
from framing.outputs import OutputError
from framing.corpus.errors import CorpusError, EngineError
from framing.gold import GoldError
from framing.reader import InputError

MAX_JOBS = 256  # worker processes: more is a typo, and would fork thousands of processes
INTERRUPTED = 130  # 128 + SIGINT, as shells report it
DEBUG_HELP = "Add --debug anywhere on the command line to see the traceback of an error."
app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Who says what in a news article, and how each outlet frames it.", epilog=DEBUG_HELP)
config_app = typer.Typer(no_args_is_help=True, help="Check, create and describe config.yaml.", epilog=DEBUG_HELP)
lexicon_app = typer.Typer(no_args_is_help=True, help="Inspect the framing lexicon against an article.", epilog=DEBUG_HELP)
app.add_typer(config_app, name="config")
app.add_typer(lexicon_app, name="lexicon")

out, err = console.out, console.err

ConfigOption = typer.Option(None, "--config", "-c", help="Config file (default: ./config.yaml, else the built-in default).")


def _version(value: bool) -> None:
    if value:
        out.print(f"framing {metadata.version('framing')}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
    debug: bool = typer.Option(False, "--debug", help="Show the traceback of an error (accepted anywhere on the line)."),
) -> None:
    """Who says what in a news article, and how each outlet frames it."""


@app.command(epilog=DEBUG_HELP)
def analyze(
    article: str = typer.Argument(..., metavar="ARTICLE", callback=_path, help="Article file (plain text, HTML or Markdown), or - for standard input."),
    config: Optional[Path] = ConfigOption,
    out_dir: Optional[str] = typer.Option(None, "--out", "-o", callback=_directory, help="Output directory (default: reports/<article stem>/)."),
    pdf: Optional[bool] = typer.Option(None, "--pdf/--no-pdf", help="Also write report.pdf (default: report.pdf in the config, yes unless set; with --watch, no)."),
    watch: bool = typer.Option(False, "--watch", help="Stay running; re-run when the article or config changes."),
    stamp: bool = typer.Option(False, "--stamp", help="Record the run time in analysis.json (outputs then differ per run)."),
    open_report: bool = typer.Option(False, "--open", help="Open report.html in the browser when it is written."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Also list every speaker with passages and words."),
    publisher: str = typer.Option("", "--publisher", metavar="OUTLET", help="The outlet that published the article (config id, name or alias): \"told OUTLET\" is then its own reporting."),
) -> None:
    """Attribute every passage, profile each outlet, and write CSV, JSON and the report.

    Example: framing analyze seeds/muscat-talks-2026-02-06.ar.txt --out reports/muscat
    """
    from framing.pipeline import analyze_file

    if not watch:
        with err.status("starting") as status:
            run = analyze_file(article, config, out_dir, pdf=pdf, stamp=stamp, publisher=publisher,
                               progress=lambda stage: status.update(stage))
        console.print_summary(run, verbose=verbose)
        console.print_written(run)
        if open_report:
            console.open_report(run)
        return
    if article == "-":  # standard input cannot change: there is nothing to watch
        raise typer.BadParameter("cannot watch standard input; give the article's file", param_hint="'--watch'")
    _watch(article, config, out_dir, pdf=bool(pdf), open_report=open_report, verbose=verbose, publisher=publisher)


def _watch(article: str, config: Optional[Path], out_dir: Optional[str], *, pdf: bool, open_report: bool,
           verbose: bool, publisher: str = "") -> None:
    from framing.pipeline import watch_file
    from framing.summary import changes

    err.print("watching the article and config; Ctrl-C to stop")
    previous = None
    for result in watch_file(article, config, out_dir, pdf=pdf, publisher=publisher):  # the PDF takes seconds: only on request
        if isinstance(result, Exception):
            err.print(f"framing: error: {console.one_line(result)}")
            continue
        if previous is None:
            console.print_summary(result, verbose=verbose)
            if open_report:
                console.open_report(result)
        else:
            found = changes(previous.analysis, result.analysis)
            for line in found or ["no change in attribution or frame hits"]:
                out.print(f"  {line}")
        console.print_written(result)
        previous = result


@app.command(epilog=DEBUG_HELP)
def annotate(
    article: str = typer.Argument(..., metavar="ARTICLE", callback=_path, help="Article file, or - for standard input."),
    out_file: Path = typer.Option(..., "--out", "-o", callback=_out_file, help="The JSONL file to write (one line: this article)."),
    fmt: str = typer.Option("doccano", "--format", help="doccano (default) or label-studio (tasks with predictions)."),
    config: Optional[Path] = ConfigOption,
    force: bool = typer.Option(False, "--force", help="Replace --out if it exists."),
) -> None:
    """Write the tool's attribution and frames as annotation tasks to correct in doccano or Label Studio.

    Example: framing annotate seeds/muscat-talks-2026-02-06.ar.txt --out muscat.jsonl
    """
    from framing.outputs import check_file_target, write_file
    from framing.pipeline import annotate_file

    if fmt not in {"doccano", "label-studio"}:
        raise typer.BadParameter("choose doccano or label-studio", param_hint="'--format'")
    inputs = _inputs(article, config=config)
    check_file_target(out_file, force=force, inputs=inputs)  # before the analysis, not after it
    line = annotate_file(article, config, fmt=fmt)
    out.print(f"wrote {write_file(out_file, line.encode('utf-8'), force=force, inputs=inputs)} ({fmt})")


@app.command(epilog=DEBUG_HELP)
def evaluate(
    article: str = typer.Argument(..., metavar="ARTICLE", callback=_path, help="The article the gold file annotates."),
    gold: str = typer.Argument(..., metavar="GOLD", callback=_path, help="doccano or Label Studio JSON(L), or CSV start,end,outlet / start,end,frame."),
    config: Optional[Path] = ConfigOption,
    as_json: bool = typer.Option(False, "--json", help="Print every figure as JSON."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write gold and prediction side by side to this HTML file."),
    force: bool = typer.Option(False, "--force", help="Replace --html if it exists."),
) -> None:
    """Score attribution (precision, recall, F1 per outlet) and frames (F1, Cohen's kappa, Krippendorff's alpha) against gold.

    Example: framing evaluate seeds/muscat-talks-2026-02-06.ar.txt muscat-corrected.jsonl --html eval.html
    """
    from framing.outputs import check_file_target, write_file
    from framing.pipeline import evaluate_file

    inputs = _inputs(article, gold, config=config)
    if html is not None:
        check_file_target(html, force=force, inputs=inputs)  # before the analysis, not after it
    evaluation = evaluate_file(article, gold, config)
    for note in evaluation.result.get("notes", []):  # gold labels that are no outlet id: on standard error
        err.print(f"framing: warning: {note}", markup=False)
    if html is not None:
        from framing.report.evaluation import render_evaluation_html

        page = render_evaluation_html(evaluation.analysis, evaluation.result, gold_name=str(gold))
        write_file(html, page.encode("utf-8"), force=force, inputs=inputs)
    if as_json:
        public = {k: v for k, v in evaluation.result.items()}
        out.print(json.dumps(console.without_units(public), ensure_ascii=False, indent=1, default=console.json_number), markup=False)
        return
    console.print_evaluation(evaluation.result)


@app.command(epilog=DEBUG_HELP)
def corpus(
    paths: list[str] = typer.Argument(..., metavar="PATH...", help="Files, folders (searched recursively), globs, or CSV/JSONL/Parquet tables of articles."),
    out_dir: str = typer.Option(..., "--out", "-o", callback=_directory, help="Output directory."),
    config: Optional[Path] = ConfigOption,
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, max=MAX_JOBS, help="Worker processes (default: all cores)."),
    engine: str = typer.Option("local", "--engine", help="local (processes on this machine) or dask (a distributed.LocalCluster)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", callback=_scheduler, help="Join a running Dask cluster, e.g. tcp://10.0.0.5:8786."),
    pdf: Optional[bool] = typer.Option(None, "--pdf/--no-pdf", help="Also write report.pdf (default: report.pdf in the config, yes unless set)."),
    text_column: str = typer.Option("text", "--text-column", callback=_column, help="Tables: the column holding the article text."),
    id_column: Optional[str] = typer.Option(None, "--id-column", callback=_column, help="Tables: the column naming each article (default: table#row)."),
    date_column: Optional[str] = typer.Option(None, "--date-column", callback=_column, help="Tables: the publication date column."),
    url_column: Optional[str] = typer.Option(None, "--url-column", callback=_column, help="Tables: the URL column."),
    title_column: Optional[str] = typer.Option(None, "--title-column", callback=_column, help="Tables: the title column."),
    publisher_column: Optional[str] = typer.Option(None, "--publisher-column", callback=_column, help="Tables: the column naming each article's publisher (config outlet id, name or alias)."),
    publisher: str = typer.Option("", "--publisher", metavar="OUTLET", help="The publisher of every article without one of its own: \"told OUTLET\" is then its own reporting."),
    cache: bool = typer.Option(True, "--cache/--no-cache", help="Reuse results and attributions of earlier runs into --out."),
    per_article: bool = typer.Option(False, "--per-article", help="Also write each article's own report (article-NNNNNN.html), linked from the corpus report."),
) -> None:
    """Compare outlets across many articles: per-article tables, corpus statistics with intervals, and a report.

    Example: framing corpus articles/ exports/mediacloud.csv --date-column publish_date --out reports/corpus
    """
    from framing.corpus.run import CorpusOptions, run_corpus
    from framing.corpus.sources import TableColumns

    if engine not in {"local", "dask"}:
        raise typer.BadParameter("choose local or dask", param_hint="'--engine'")
    options = CorpusOptions(
        columns=TableColumns(text_column, id_column, date_column, url_column, title_column, publisher_column),
        publisher=publisher,
        engine="dask" if scheduler else engine,  # type: ignore[arg-type]
        jobs=jobs, scheduler=scheduler, pdf=pdf, use_cache=cache, per_article=per_article,
    )
    with console.corpus_progress() as show:
        run = run_corpus(paths, out_dir, config, options, progress=show)
    out.print(f"{run.articles} articles analysed ({run.cached} from the cache), {run.problems} problem(s)"
              + (f": see {run.written.directory / 'problems.csv'}" if run.problems else ""))
    for note in run.notes:
        err.print(f"framing: note: {note}", markup=False)
    out.print(f"wrote {len(run.written.files)} files to {run.written.directory}/ in {run.seconds['total']:.1f} s"
              + (f"; report: {run.written.directory / 'report.html'}" if "report.html" in run.written.files else ""))


@config_app.command("check", epilog=DEBUG_HELP)
def config_check(
    path: Optional[Path] = typer.Argument(None, metavar="PATH", help="Config file to validate (default: what analyze would load)."),
) -> None:
    """Validate a config file and list every problem with its key and line.

    Example: framing config check config.yaml
    """
    warnings: list[str] = []
    problems = config_lib.check_config(path, warnings=warnings)
    for line in warnings:  # legal but probably a mistake: shown, exit status unchanged
        err.print(line)
    if problems:
        for line in problems:
            err.print(line)
        raise typer.Exit(2)
    out.print(f"{path or 'config'}: OK")


@config_app.command("init", epilog=DEBUG_HELP)
def config_init(
    path: Path = typer.Argument(Path("config.yaml"), metavar="PATH", help="Where to write the default config."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """Write the default config, with comments explaining every section.

    Example: framing config init my-config.yaml
    """
    config_lib.write_default_config(path, force=force)
    out.print(f"wrote {path}")


@config_app.command("schema", epilog=DEBUG_HELP)
def config_schema() -> None:
    """Print the JSON Schema of config.yaml, for editors.

    Example: framing config schema > config.schema.json
    """
    out.print(json.dumps(config_lib.config_json_schema(), indent=2, ensure_ascii=False), markup=False)


@lexicon_app.command("show", epilog=DEBUG_HELP)
def lexicon_show(
    article: Optional[str] = typer.Option(None, "--article", "-a", help="Count each term's hits on this article."),
    config: Optional[Path] = ConfigOption,
    frame: Optional[str] = typer.Option(None, "--frame", "-f", help="Only this frame (its id)."),
    all_langs: bool = typer.Option(False, "--all", help="With --article, list the terms of every language, not only the article's."),
) -> None:
    """List frames and their terms; with --article, the hits of each term, unused and shadowed terms flagged.

    Example: framing lexicon show --article seeds/muscat-talks-2026-02-06.ar.txt
    """
    from framing.pipeline import lexicon_report

    if all_langs and article is None:
        raise typer.BadParameter("lists every language of an article's hits; give --article too", param_hint="'--all'")
    usage = lexicon_report(config, article, frame=frame, all_langs=all_langs)
    table = Table()
    for column in ("frame", "lang", "term", "weight", "hits"):
        table.add_column(column)
    for row in usage.itertuples(index=False):
        hits = "" if row.hits is None or row.hits != row.hits else str(int(row.hits))
        if row.unused is True:
            hits += " (unused)"
        if row.negated:  # matched after a negation cue: listed, not counted
            hits += f" (+{int(row.negated)} negated)"
        elif row.shadowed:  # matched, but an overlapping term took the span
            hits += f" ({'+' if row.hits else ''}{int(row.shadowed)} shadowed by {row.shadowed_by})"
        table.add_row(row.frame, row.lang, row.term, f"{row.weight:g}", hits)
    out.print(table)


@lexicon_app.command("kwic", epilog=DEBUG_HELP)
def lexicon_kwic(
    term: str = typer.Argument(..., metavar="TERM", help="A word, a phrase, or /regex/."),
    article: str = typer.Argument(..., metavar="ARTICLE", callback=_path, help="Article file, or - for standard input."),
    config: Optional[Path] = ConfigOption,
    width: Optional[int] = typer.Option(None, "--width", min=0, help="Characters of context on each side (default: report.kwic_width)."),
) -> None:
    """Keyword-in-context lines for a term, through the same matching as the analysis.

    Each line ends with the outlet and speaker the passage is attributed to, as in segments.csv.
    Example: framing lexicon kwic مفاوضات seeds/muscat-talks-2026-02-06.ar.txt
    """
    from framing.pipeline import kwic_report

    lines = kwic_report(term, article, config, width=width)
    for line in lines:
        out.print(f"{line.start:>6}  {line.left} [{line.match}] {line.right}  ({line.source})", markup=False)
    out.print(f"{len(lines)} match(es)")


_TERMINATED_BY: list[int] = []  # the SIGTERM or SIGHUP received, for the exit status


def _terminate(signum: int, _frame: object) -> None:
    """SIGTERM and SIGHUP end the run like Ctrl-C: staged files are removed and the outputs stay whole. A second
    signal while that cleanup runs ends the process at once (the next run removes what it staged)."""
    if _TERMINATED_BY:
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    _TERMINATED_BY.append(signum)
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    args = [a for a in args if a != "--debug"]
    previous: dict[int, object] = {}
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            if signal.getsignal(sig) is not signal.SIG_IGN:  # (nohup, a background job: ignored, and left so)
                previous[sig] = signal.signal(sig, _terminate)
    try:
        _main(args, debug)
    finally:
        for sig, handler in previous.items():  # (a notebook or a test calling main keeps its own handlers)
            signal.signal(sig, handler)  # type: ignore[arg-type]


def _main(args: list[str], debug: bool) -> None:
    if sys.stdout is None:  # `framing … >&-`: what the command prints would be lost without a word
        err.print("framing: error: standard output is closed; nothing was run", markup=False)
        sys.exit(2)
    try:
        code = app(args=args, prog_name="framing", standalone_mode=False)
        if code == INTERRUPTED:  # typer turns KeyboardInterrupt into Exit(130) and returns its code
            raise KeyboardInterrupt
        sys.exit(code if isinstance(code, int) else 0)  # click returns typer.Exit's code here
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        err.print("framing: interrupted; the output directory holds the previous complete run, if any")
        sys.exit(128 + _TERMINATED_BY[-1] if _TERMINATED_BY else INTERRUPTED)
    except typer.TyperException as exc:  # usage errors (typer's own copies of click's): usage line, exit 2
        if debug:
            traceback.print_exc()
        exc.show()  # type: ignore[attr-defined]
        sys.exit(getattr(exc, "exit_code", 2))
    except (InputError, ConfigError, OutputError, GoldError, CorpusError, EngineError, config_lib.ConfigExists) as exc:
        if debug:
            traceback.print_exc()
        err.print(f"framing: error: {console.one_line(exc)}", markup=False)
        sys.exit(2)
    except UnicodeEncodeError as exc:  # a file name that is not UTF-8, or a terminal that cannot show Arabic
        reason = (exc.reason or "").splitlines()[0] if exc.reason else "unencodable"
        err.print(f"framing: error: cannot write {exc.object[exc.start:exc.end]!r} in {exc.encoding} ({reason}); "
                  "use UTF-8 (PYTHONIOENCODING=utf-8) and UTF-8 file names", markup=False)
        sys.exit(2)
    except OSError as exc:  # printing to standard output (output files raise OutputError): a full disk, a pipe
        if exc.errno == errno.EPIPE:  # its reader stopped reading (`| head -1`): nothing more is wanted
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # (no second error at exit)
            sys.exit(0)
        err.print(f"framing: error: cannot write to standard output ({exc.strerror or exc}); files already written "
                  "stay as they are", markup=False)
        sys.exit(2)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, exit 1
        if debug:
            traceback.print_exc()
        else:
            err.print(f"framing: internal error: {type(exc).__name__}: {console.one_line(exc)} (rerun with --debug for the traceback)",
                      markup=False)
        sys.exit(1)


if __name__ == "__main__":
    main()
