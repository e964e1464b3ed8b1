"""Running one function over batches of articles: in this process, in local processes, or on Dask.

One code path for every engine: batches are submitted to an executor (a
``concurrent.futures`` pool or a ``distributed.Client``; both have ``submit``
and futures with ``result``) with a bounded number in flight, and results come
back in input order, so the same corpus gives the same bytes on every engine.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from itertools import islice
from typing import Any, Literal, TypeVar

from framing.corpus.errors import EngineError

Engine = Literal["local", "dask"]
_In = TypeVar("_In")
_Out = TypeVar("_Out")


JOBS_PER_CORE = 4  # worker processes started on this machine: more only queue for the cores (256 Dask nannies on
# two cores did not all start, and flooded the screen with tracebacks)


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def batched(items: Iterable[_In], size: int) -> Iterator[list[_In]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class _InProcess:
    """An executor that runs each call at once, in this process (``--jobs 1``; tests; profiling)."""

    class _Done:
        def __init__(self, value: Any):
            self._value = value

        def result(self) -> Any:
            return self._value

    def submit(self, fn: Callable[..., Any], *args: Any) -> _Done:
        return self._Done(fn(*args))


def _probe(scheduler: str, seconds: float = 10.0) -> None:
    """A plain TCP scheduler address must answer like a Dask scheduler, which greets first: a port that accepts and
    stays silent (another service) would hold Dask's own handshake for ever. Raises ``EngineError``."""
    import socket

    scheme, _, rest = scheduler.rpartition("://")
    if scheme not in ("", "tcp"):
        return  # tls, ws, ucx: Dask's own connect reports them
    host, _, port = rest.rpartition(":")
    try:
        with socket.create_connection((host.strip("[]"), int(port)), timeout=seconds) as conn:
            conn.settimeout(seconds)
            if not conn.recv(1):
                raise EngineError(f"the Dask scheduler at {scheduler} closed the connection at once")
    except socket.timeout:
        raise EngineError(f"{scheduler} answers but not as a Dask scheduler (no greeting in {seconds:.0f} s)") from None
    except (OSError, ValueError) as exc:
        raise EngineError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None


def _worker_start(driver: int) -> None:
    """A forked worker's set-up: it leaves interrupts to the driver (Ctrl-C reaches the whole process group) and
    dies of SIGTERM and SIGHUP (the driver's handlers, inherited by the fork, would print tracebacks from every
    worker); it closes its copies of the driver's output-folder locks; and it ends when its driver is gone (killed
    with SIGKILL, say), instead of waiting for batches for ever."""
    import signal
    import threading

    from framing.outputs.writer import held_locks

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.SIG_DFL)
    for fd in held_locks():
        try:
            os.close(fd)  # the driver's own descriptor keeps its lock
        except OSError:
            pass

    def watch() -> None:
        while os.getppid() == driver:
            time.sleep(_DRIVER_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="framing-driver-watch").start()


_DRIVER_CHECK_SECONDS = 0.5


@contextmanager
def executor(engine: Engine = "local", *, jobs: int | None = None, scheduler: str | None = None) -> Iterator[Any]:
    """An executor for ``engine``: in-process for one local job, a process pool, or a Dask client."""
    jobs = jobs or default_jobs()
    if scheduler is None and jobs > JOBS_PER_CORE * default_jobs():  # workers started here, on this machine
        raise EngineError(f"--jobs {jobs} is more than {JOBS_PER_CORE} worker processes for each of this machine's "
                          f"{default_jobs()} cores; choose {default_jobs()} (the default) or a few more")
    if engine == "local" and scheduler is None:
        if jobs == 1:
            yield _InProcess()
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_worker_start, initargs=(os.getpid(),))
        try:
            yield pool
        except BaseException:  # an error or an interrupt: stop the workers now, not after their batches
            workers = list(getattr(pool, "_processes", {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for worker in workers:
                worker.terminate()
            raise
        pool.shutdown(wait=True)
        return
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise EngineError(f"the dask engine needs the 'distributed' package ({exc})") from None
    if scheduler:
        import dask

        _probe(scheduler)
        try:  # a port that answers but speaks no Dask must not hold the handshake for ever
            with dask.config.set({"distributed.comm.timeouts.connect": "10s"}):
                client = Client(scheduler, timeout="10s")
        except Exception as exc:  # noqa: BLE001 - refused, timed out, a scheme this install lacks (tls, ucx): one line
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise EngineError(f"cannot reach the Dask scheduler at {scheduler} ({reason})") from None
        import logging

        loggers = [logging.getLogger(name) for name in ["distributed", *logging.root.manager.loggerDict]
                   if name == "distributed" or name.startswith("distributed.")]
        levels = [logger.level for logger in loggers]
        for logger in loggers:  # its errors (logged with their tracebacks) become one EngineError line here
            logger.setLevel(logging.CRITICAL)
        try:
            with client:
                try:  # a scheduler with no worker would take the batches and never answer
                    client.wait_for_workers(1, timeout=_WORKER_WAIT_SECONDS)
                except Exception:  # noqa: BLE001 - a timeout (its type varies across versions)
                    raise EngineError(f"the Dask scheduler at {scheduler} has no worker (none joined in "
                                      f"{_WORKER_WAIT_SECONDS} s); start workers or use --engine local") from None
                with _cluster_errors(scheduler):
                    yield client
        finally:
            for logger, level in zip(loggers, levels):
                logger.setLevel(level)
        return
    try:
        with _forked_workers():
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, host="127.0.0.1",
                                   dashboard_address=None, silence_logs=40)
    except Exception as exc:  # noqa: BLE001 - no loopback, no free port, workers that die at start: one line
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise EngineError(f"the local Dask cluster could not start ({reason}); try --engine local") from None
    with cluster, Client(cluster) as client, _cluster_errors("the local Dask cluster"):
        yield client


_WORKER_WAIT_SECONDS = 30
_PRELOAD = ["framing.corpus.worker", "pandas", "pyarrow.parquet", "distributed"]  # what every worker imports


@contextmanager
def _forked_workers() -> Iterator[None]:
    """Start a local cluster's workers from a fork server that has imported what they need once, rather than each
    worker importing it anew (spawn, Dask's default): the cluster starts about a second sooner. The fork server is
    a single-threaded process of its own, so no thread of this one is forked."""
    import multiprocessing

    import dask

    multiprocessing.set_forkserver_preload(_PRELOAD)  # read when the fork server starts (the first time only)
    with dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"}):
        yield


@contextmanager
def _cluster_errors(where: str) -> Iterator[None]:
    """A cluster lost during the run (its scheduler stopped, its connection cut) is one line, not a traceback."""
    from concurrent.futures import CancelledError

    from distributed.comm.core import CommClosedError

    try:
        yield
    except (CancelledError, CommClosedError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise EngineError(f"lost {where} during the run ({reason}); the output folder holds the previous complete "
                          "run, if any") from None


def map_in_order(pool: Any, fn: Callable[[_In], _Out], batches: Iterable[_In], *, in_flight: int,
                 here: Callable[[_In], bool] = lambda _batch: False) -> Iterator[_Out]:
    """``fn(batch)`` for every batch, computed on ``pool``, yielded in input order, at most ``in_flight`` pending.
    A batch ``here`` says needs no engine (nothing to compute) is called in this process, not sent. On a Dask
    cluster left with no worker for ``_WORKER_WAIT_SECONDS`` (its last one killed), an ``EngineError``."""
    pending: deque[Any] = deque()
    workers = _worker_count(pool)
    for batch in batches:
        if here(batch):
            done: Future[_Out] = Future()
            done.set_result(fn(batch))
            pending.append(done)
        else:
            pending.append(pool.submit(fn, batch))
        if len(pending) >= in_flight:
            yield _result(pending.popleft(), workers)
    while pending:
        yield _result(pending.popleft(), workers)


def _worker_count(pool: Any) -> Callable[[], int] | None:
    """How many workers a Dask client's cluster has now (None for other pools, whose workers are this machine's)."""
    info = getattr(pool, "scheduler_info", None)
    return None if info is None else lambda: len(info().get("workers", {}))


def _result(future: Any, workers: Callable[[], int] | None) -> Any:
    if workers is None:
        return future.result()
    without = 0.0
    while True:
        try:
            return future.result(timeout=_POLL_SECONDS)
        except TimeoutError:
            without = without + _POLL_SECONDS if workers() == 0 else 0.0
            if without >= _WORKER_WAIT_SECONDS:
                raise EngineError(f"the Dask cluster has had no worker for {_WORKER_WAIT_SECONDS} s (its workers "
                                  "stopped); the output folder holds the previous complete run, if any") from None


_POLL_SECONDS = 2.0
