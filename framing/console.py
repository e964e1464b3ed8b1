"""How results look on the terminal: the short run summary, the speaker table, the evaluation tables, the
corpus progress bar (rich) and errors as one line. The library returns data; this module and ``framing.cli`` print it."""

from __future__ import annotations

import os
import re
import time
import webbrowser
from contextlib import contextmanager

from rich.console import Console
from rich.table import Table

from framing.config import ConfigError

MIN_WIDTH = 40  # narrower than this (COLUMNS=0, COLUMNS=1) and rich prints nothing or one letter a line


def _width() -> int | None:
    """The terminal width to use: None (rich asks the terminal) unless COLUMNS is set to something unusable."""
    given = os.environ.get("COLUMNS")
    if given is None:
        return None
    try:
        return max(int(given), MIN_WIDTH)
    except ValueError:
        return 80


out = Console(highlight=False, soft_wrap=True, markup=False, width=_width())  # article text and config keys are never markup
err = Console(stderr=True, highlight=False, soft_wrap=True, markup=False, width=_width())


def print_summary(run, *, verbose: bool) -> None:  # type: ignore[no-untyped-def]
    from framing.summary import outlet_lines

    lines = outlet_lines(run.analysis)
    table = Table(title=f"{run.source.path} ({run.source.encoding}, {run.source.format}): "
                        f"{len(run.analysis.segments)} passages, {len(lines)} outlets", title_justify="left")
    for column in ("outlet", "passages", "words", "frame hits", "leading frame"):
        table.add_column(column, justify="right" if column in {"passages", "words", "frame hits"} else "left")
    for line in lines:
        table.add_row(line.name, str(line.passages), str(line.words), str(line.frame_hits), line.leading)
    out.print(table)
    if verbose:
        print_sources(run)
    for note in run.source.notes:  # how the input was read: encoding detected, HTML extracted, line endings
        out.print(f"note: {note}")


def print_sources(run) -> None:  # type: ignore[no-untyped-def]
    table = Table(title="every speaker", title_justify="left")
    for column in ("outlet", "speaker", "type", "passages", "words"):
        table.add_column(column, justify="right" if column in {"passages", "words"} else "left")
    for row in run.analysis.voices.by_words().itertuples(index=False):
        table.add_row(row.outlet or "-", row.speaker or "(narration)", row.speaker_type, str(row.passages), str(row.words))
    out.print(table)


def print_written(run) -> None:  # type: ignore[no-untyped-def]
    if run.written.pdf_error:
        err.print(f"framing: warning: no PDF written: {run.written.pdf_error}")
    out.print(f"wrote {len(run.written.files)} files to {run.written.directory}/ in {run.seconds['total']:.1f} s; "
              f"report: {run.written.directory / 'report.html'}")


def open_report(run) -> None:  # type: ignore[no-untyped-def]
    webbrowser.open((run.written.directory / "report.html").resolve().as_uri())


def json_number(value: object) -> object:
    return None if value != value else value  # NaN (no units to agree on) as null


def without_units(value: object) -> object:
    if isinstance(value, dict):
        return {k: without_units(v) for k, v in value.items() if k != "units"}
    if isinstance(value, float) and value != value:
        return None
    return value


def print_evaluation(result: dict) -> None:  # type: ignore[type-arg]
    attribution = result["attribution"]
    table = Table(title=f"attribution, {attribution['passages']} passages", title_justify="left")
    for column in ("outlet", "gold", "predicted", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "outlet" else "right")
    rows = [*attribution["per_outlet"].items(), ("all outlets", attribution["overall"])]
    for name, s in rows:
        table.add_row(name, str(s["gold"]), str(s["predicted"]), f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}")
    out.print(table)
    frames = result["frames"]
    if frames is None:
        out.print("frames: the gold file codes no frames")
        return
    table = Table(title=f"frames, {frames['passages']} passages", title_justify="left")
    for column in ("frame", "gold", "predicted", "precision", "recall", "F1", "kappa", "alpha"):
        table.add_column(column, justify="left" if column == "frame" else "right")
    for name, s in [*frames["per_frame"].items(), ("pooled", frames["overall"])]:
        table.add_row(name, str(s["gold"]), str(s["predicted"]), f"{s['precision']:.3f}", f"{s['recall']:.3f}",
                      f"{s['f1']:.3f}", f"{s['kappa']:.3f}", f"{s['alpha']:.3f}")
    out.print(table)


@contextmanager
def corpus_progress():  # type: ignore[no-untyped-def]
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    if not err.is_terminal:  # a log file or a pipe gets no bar (and no blank line where it stood)
        yield lambda _state: None
        return
    bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} articles"),
                   TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(),
                   console=err, transient=True)
    task = bar.add_task("reading articles", total=None, rate="")
    started = time.perf_counter()

    def show(state) -> None:  # type: ignore[no-untyped-def]
        elapsed = max(time.perf_counter() - started, 1e-9)
        bar.update(task, completed=state.articles + state.problems, description=state.stage, total=state.total,
                   rate=f"{state.articles / elapsed:.1f} articles/s")

    with bar:
        yield show


_SHORT_MESSAGE = 300  # characters
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(exc: BaseException) -> str:
    """The error as one line: a short message whole, its line breaks (a file name with a newline) escaped; a long
    one by its first line. Control characters (a terminal escape in a file name) are shown escaped, never sent."""
    text = exc.one_line() if isinstance(exc, ConfigError) else str(exc).strip()
    if "\n" in text:
        text = text.replace("\n", "\\n") if len(text) <= _SHORT_MESSAGE else text.splitlines()[0]
    text = _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)
    return text or type(exc).__name__
