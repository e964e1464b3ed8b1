"""The `framing` command line: each command is its options plus one library call.

Errors the user can fix (input, config, output directory) print one line and
exit 2; anything else prints one line and exits 1. ``--debug`` anywhere on the
command line shows the traceback instead.
"""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path
from typing import Optional

import click
import typer
from rich.console import Console
from rich.table import Table

from framing import config as config_lib
from framing.config import ConfigError
from framing.outputs import OutputError
from framing.reader import InputError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Who says what in a news article, and how each outlet frames it.")
config_app = typer.Typer(no_args_is_help=True, help="Check, create and describe config.yaml.")
lexicon_app = typer.Typer(no_args_is_help=True, help="Inspect the framing lexicon against an article.")
app.add_typer(config_app, name="config")
app.add_typer(lexicon_app, name="lexicon")

out = Console(highlight=False, soft_wrap=True, markup=False)  # article text and config keys are never markup
err = Console(stderr=True, highlight=False, soft_wrap=True, markup=False)

ConfigOption = typer.Option(None, "--config", "-c", help="Config file (default: ./config.yaml, else the built-in default).")


def _print_run(run) -> None:  # type: ignore[no-untyped-def]
    from framing.pipeline import source_summary

    summary = source_summary(run.analysis.article)
    table = Table(title=f"{run.source.path} ({run.source.encoding}, {run.source.format})", title_justify="left")
    for column in ("outlet", "speaker", "type", "passages", "words"):
        table.add_column(column, justify="right" if column in {"passages", "words"} else "left")
    for row in summary.itertuples(index=False):
        table.add_row(row.outlet or "-", row.speaker or "(narration)", row.speaker_type, str(row.passages), str(row.words))
    out.print(table)
    for note in run.source.notes:  # how the input was read: encoding detected, HTML extracted, line endings
        out.print(f"note: {note}")
    out.print(f"wrote {len(run.written.files)} files to {run.written.directory}/ in {run.seconds['total']:.2f} s")
    if run.written.pdf_error:
        err.print(f"framing: warning: no PDF written: {run.written.pdf_error}")


@app.command()
def analyze(
    article: str = typer.Argument(..., help="Article file (plain text, HTML or Markdown), or - for standard input."),
    config: Optional[Path] = ConfigOption,
    out_dir: Optional[Path] = typer.Option(None, "--out", "-o", help="Output directory (default: reports/<article stem>/)."),
    pdf: Optional[bool] = typer.Option(None, "--pdf/--no-pdf", help="Also write report.pdf (default: yes; with --watch, no)."),
    watch: bool = typer.Option(False, "--watch", help="Stay running; re-run when the article or config changes."),
    stamp: bool = typer.Option(False, "--stamp", help="Record the run time in analysis.json (outputs then differ per run)."),
) -> None:
    """Attribute every passage, profile each outlet, and write CSV, JSON and the report.

    Example: framing analyze seeds/muscat-talks-2026-02-06.ar.txt --out reports/muscat
    """
    from framing.pipeline import analyze_file, watch_file

    if not watch:
        _print_run(analyze_file(article, config, out_dir, pdf=pdf is not False, stamp=stamp))
        return
    out.print("watching the article and config; Ctrl-C to stop")
    for result in watch_file(article, config, out_dir, pdf=bool(pdf)):  # the PDF takes seconds: only on request
        if isinstance(result, Exception):
            err.print(f"framing: error: {_one_line(result)}")
        else:
            _print_run(result)


@config_app.command("check")
def config_check(
    path: Optional[Path] = typer.Argument(None, help="Config file to validate (default: what analyze would load)."),
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


@config_app.command("init")
def config_init(
    path: Path = typer.Argument(Path("config.yaml"), help="Where to write the default config."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """Write the default config, with comments explaining every section.

    Example: framing config init my-config.yaml
    """
    config_lib.write_default_config(path, force=force)
    out.print(f"wrote {path}")


@config_app.command("schema")
def config_schema() -> None:
    """Print the JSON Schema of config.yaml, for editors.

    Example: framing config schema > config.schema.json
    """
    out.print(json.dumps(config_lib.config_json_schema(), indent=2, ensure_ascii=False), markup=False)


@lexicon_app.command("show")
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

    usage = lexicon_report(config, article, frame=frame, all_langs=all_langs)
    table = Table()
    for column in ("frame", "lang", "term", "weight", "hits"):
        table.add_column(column)
    for row in usage.itertuples(index=False):
        hits = "" if row.hits is None or row.hits != row.hits else str(int(row.hits))
        if row.unused is True:
            hits += " (unused)"
        elif row.shadowed:  # matched, but an overlapping term took the span
            hits += f" ({'+' if row.hits else ''}{int(row.shadowed)} shadowed by {row.shadowed_by})"
        table.add_row(row.frame, row.lang, row.term, f"{row.weight:g}", hits)
    out.print(table)


@lexicon_app.command("kwic")
def lexicon_kwic(
    term: str = typer.Argument(..., help="A word, a phrase, or /regex/."),
    article: str = typer.Argument(..., help="Article file, or - for standard input."),
    config: Optional[Path] = ConfigOption,
    width: Optional[int] = typer.Option(None, "--width", help="Characters of context on each side (default: report.kwic_width)."),
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


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, ConfigError):
        return exc.one_line()
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    args = [a for a in args if a != "--debug"]
    try:
        code = app(args=args, prog_name="framing", standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)  # click returns typer.Exit's code here
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        sys.exit(130)
    except KeyboardInterrupt:
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except (InputError, ConfigError, OutputError, config_lib.ConfigExists) as exc:
        if debug:
            traceback.print_exc()
        err.print(f"framing: error: {_one_line(exc)}", markup=False)
        sys.exit(2)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, exit 1
        if debug:
            traceback.print_exc()
        else:
            err.print(f"framing: internal error: {type(exc).__name__}: {_one_line(exc)} (rerun with --debug for the traceback)",
                      markup=False)
        sys.exit(1)


if __name__ == "__main__":
    main()
