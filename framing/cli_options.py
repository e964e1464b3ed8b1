"""The checks of the command-line options that typer cannot express: an empty folder, file or column name, a
scheduler address, a file to write named "-", and what a command reads (never to be written over)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

import typer

_SCHEDULER = re.compile(r"(?:(?:tcp|tls|ws|wss|ucx)://)?(?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):(?P<port>\d{1,5})\Z")


def _directory(value: Optional[str]) -> Optional[str]:
    """An output directory as given: an empty one (an unset shell variable) is a usage error, not the current folder."""
    if value is not None and not value.strip():
        raise typer.BadParameter("is empty; name a folder (use . for this one)")
    return value


def _inputs(*files: str | Path, config: Optional[Path]) -> list[str | Path]:
    """What a command reads, never to be written over: its files and the config it loads (the given one, or the
    ./config.yaml that loading finds when none is given)."""
    return [*files, config if config is not None else "config.yaml"]


def _scheduler(value: Optional[str]) -> Optional[str]:
    """A Dask scheduler address, ``[tcp|tls|ws|wss|ucx]://HOST:PORT`` (the scheme defaults to tcp)."""
    if value is None:
        return None
    match = _SCHEDULER.match(value.strip())
    if not match or not 0 < int(match["port"]) < 65536:
        raise typer.BadParameter(f"{value!r} is not a scheduler address; give HOST:PORT or tcp://HOST:PORT")
    return value.strip()


def _column(value: Optional[str]) -> Optional[str]:
    """A table column name as given; an empty one (an unset shell variable) is a usage error."""
    if value is not None and not value.strip():
        raise typer.BadParameter("is empty; name a column of the table")
    return value


def _path(value: Optional[str]) -> Optional[str]:
    """A file argument as given; an empty one (an unset shell variable) is a usage error, not the current folder."""
    if value is not None and not value.strip():
        raise typer.BadParameter("is empty; name a file (or - for standard input)")
    return value


def _out_file(value: Optional[Path]) -> Optional[Path]:
    """A file to write: "-" would be a file named "-" (it is no standard output here)."""
    if value is not None and str(value) == "-":
        raise typer.BadParameter("'-' would write a file named '-'; name the file to write")
    return value
