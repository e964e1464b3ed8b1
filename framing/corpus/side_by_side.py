"""Two pieces of the driver's own work at once: one in a forked process, one here.

A corpus run's last steps (the bootstrap beside the keyword statistics, one half of
the CSV files beside the other) run in the driver after the workers are done,
whatever the number of jobs; with more than one job they run side by side, so the
run uses the cores it was given to the end. The forked process inherits what it
reads (no copy is sent) and sends back only its result; the outputs are the same
bytes as when the two run in turn.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from typing import Any, TypeVar

_A = TypeVar("_A")
_B = TypeVar("_B")


class SideError(RuntimeError):
    """The forked process ended without a result (killed, out of memory)."""


def side_by_side(there: Callable[[], _A], here: Callable[[], _B], *, parallel: bool) -> tuple[_A, _B]:
    """``(there(), here())``: with ``parallel``, ``there`` runs in a forked process while ``here`` runs in this one;
    otherwise the two run in turn, here. An exception raised by either is raised here (``here``'s when both fail)."""
    if not parallel or not _can_fork():
        return there(), here()
    context = multiprocessing.get_context("fork")
    reader, writer = context.Pipe(duplex=False)

    def child() -> None:
        reader.close()
        try:
            outcome: tuple[bool, Any] = (True, there())
        except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it
            outcome = (False, exc)
        try:
            writer.send(outcome)
        except Exception as exc:  # noqa: BLE001 - a result or an exception that cannot be pickled
            writer.send((False, SideError(f"the forked step's result could not be sent back ({exc})")))
        writer.close()

    process = context.Process(target=child, daemon=True)
    process.start()
    writer.close()
    try:
        mine = here()
        try:
            ok, theirs = reader.recv()
        except EOFError:
            process.join()
            raise SideError(f"a forked step of the run ended without a result (exit code {process.exitcode})") from None
        process.join()
    finally:
        reader.close()
        if process.is_alive():  # an error or an interrupt here: the forked step is not waited for
            process.terminate()
            process.join()
    if not ok:
        raise theirs
    return theirs, mine


def _can_fork() -> bool:
    return hasattr(os, "fork") and "fork" in multiprocessing.get_all_start_methods()
