"""Writing a set of output files into a directory, all or nothing.

A reader who opens the directory sees one consistent run: every file of the new
set, or every file of the previous one, never a mix. Each file is first staged
under a temporary name beside its target; only when all are staged are they
renamed into place, with SIGINT/SIGTERM/SIGHUP held back for those few
microseconds and the previous files kept as hard links until the set is in
place, so a failing rename puts the old set back. Files the previous run wrote
that the new one does not (``report.pdf`` after ``--no-pdf``) are removed in the
same step. framing keeps a manifest of what it wrote and never overwrites or
deletes a file it did not write.
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

MANIFEST = ".framing-manifest.json"
_STAGED = ".framing-tmp-"  # prefix of staged files; left-overs of a killed run are ours to remove
_KEPT = ".framing-old-"  # prefix of the previous run's files while the new set goes in
_HELD_SIGNALS = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}


class OutputError(OSError):
    """The output directory cannot be used; the message is one line."""


class OutputBusy(OutputError):
    """Another run is writing into the output directory; nothing of it may be touched."""


@dataclass(frozen=True)
class Written:
    directory: Path
    files: tuple[str, ...]
    pdf_error: str = ""
    removed: tuple[str, ...] = ()


def previously_written(directory: Path) -> set[str]:
    """Names framing wrote in ``directory`` on earlier runs (from its manifest)."""
    manifest = Path(directory) / MANIFEST
    if not manifest.is_file():
        return set()
    try:
        names = json.loads(manifest.read_text(encoding="utf-8")).get("files", [])
    except (ValueError, OSError, AttributeError):
        return set()
    return {n for n in names if isinstance(n, str) and "/" not in n and n not in {"", ".", ".."}}


def _existing_ancestor(directory: Path) -> Path:
    """The nearest folder at or above ``directory`` that exists (a name too long to look up exists not)."""
    probe = directory.absolute()
    while not path_exists(probe) and probe != probe.parent:
        probe = probe.parent
    return probe


def path_exists(path: Path) -> bool:
    """Whether ``path`` names something; a name the system cannot look up (too long) names nothing."""
    try:
        return path.exists()
    except OSError:  # ENAMETOOLONG
        return False


def check_out_dir(directory: str | Path, names: Iterable[str], inputs: Iterable[str | Path] = ()) -> None:
    """Raise ``OutputError`` now if writing ``names`` into ``directory`` could not succeed.

    Called before any work, so that a bad ``--out`` is reported at once: a path
    that is a file, a directory that cannot be created or written, files of
    those names that framing did not write, or one of ``inputs`` (the files the
    run reads) that the set would replace or remove.
    """
    directory = Path(directory)
    names = list(names)
    longest = _name_max(_existing_ancestor(directory))  # the file system the folder would be made on
    if any(len(os.fsencode(part)) > longest for part in directory.parts):  # before any look at it (ENAMETOOLONG)
        raise OutputError(f"{_shown(directory)}: cannot create output directory (a folder name is longer than "
                          f"the {longest} bytes the file system allows)")
    _check_inputs_kept(directory, names, inputs)
    if directory.exists() and not directory.is_dir():
        raise OutputError(f"{directory}: output path exists and is not a directory")
    if not directory.exists():
        ancestor = _existing_ancestor(directory)
        if not ancestor.is_dir():
            raise OutputError(f"{directory}: cannot create output directory ({ancestor} is not a directory)")
        if not os.access(ancestor, os.W_OK | os.X_OK):
            raise OutputError(f"{directory}: cannot create output directory ({ancestor} is not writable)")
        return
    if not os.access(directory, os.W_OK | os.X_OK):
        raise OutputError(f"{directory}: output directory is not writable")
    ours = previously_written(directory)
    foreign = sorted(n for n in set(names) - {MANIFEST} if (directory / n).exists() and (n not in ours or not (directory / n).is_file()))
    if (directory / MANIFEST).exists() and not (directory / MANIFEST).is_file():
        foreign.append(MANIFEST)
    if foreign:
        raise OutputError(
            f"{directory}: refusing to overwrite {', '.join(foreign)} (not written by framing); choose another --out"
        )


def _name_max(folder: Path) -> int:
    """The longest file name the file system of ``folder`` takes, in bytes (255 where it does not say)."""
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError):
        return 255


def _shown(path: Path) -> str:
    """A path for a message: a very long one shortened in the middle."""
    text = str(path)
    return text if len(text) <= 120 else f"{text[:60]}…{text[-40:]}"


def _check_inputs_kept(directory: Path, names: list[str], inputs: Iterable[str | Path]) -> None:
    """An input that is one of the set's files, or a file an earlier run wrote there (the set replaces or removes
    it), is refused: "framing analyze OUT/article.txt --out OUT" would write over what it reads."""
    if not directory.is_dir():
        return
    ours = set(names) | previously_written(directory)
    for given in inputs:
        path = Path(given)
        try:
            inside = path.is_file() and path.name in ours and os.path.samefile(path.parent, directory)
        except OSError:
            inside = False
        if inside:
            raise OutputError(f"{path}: this run would replace or remove it in {directory}; copy it elsewhere first "
                              "or choose another --out")


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold back interrupts while the set is renamed into place; they take effect right after.

    Python handles signals in the main thread, so replacing the handlers there
    holds them whichever thread the kernel delivers them to.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = {sig: signal.signal(sig, lambda signum, _frame: received.append(signum)) for sig in _HELD_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        for sig in received:
            handler = previous[sig]
            if callable(handler):
                handler(sig, None)  # SIGINT's default handler raises KeyboardInterrupt here
            elif handler == signal.SIG_DFL:
                os.kill(os.getpid(), sig)


def _stage(directory: Path, name: str, payload: bytes) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f"{_STAGED}{name}.", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; outputs are ordinary readable files
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _remove_leftovers(directory: Path) -> None:
    for path in directory.iterdir():
        if path.name.startswith((_STAGED, _KEPT)) and path.is_file():
            path.unlink(missing_ok=True)


def _commit(directory: Path, staged: dict[str, Path], stale: list[str]) -> None:
    """Rename the staged files into place and remove the stale ones; on failure, put the old set back."""
    kept: dict[str, Path] = {}
    placed: list[str] = []
    for name in [*staged, *stale]:
        target = directory / name
        if target.exists():
            backup = directory / f"{_KEPT}{name}"
            backup.unlink(missing_ok=True)
            try:
                os.link(target, backup)
            except OSError:  # a file system without hard links: no way back for this file
                continue
            kept[name] = backup
    removed: list[str] = []
    try:
        for name, tmp in staged.items():
            os.replace(tmp, directory / name)
            placed.append(name)
        for name in stale:
            (directory / name).unlink(missing_ok=True)
            removed.append(name)
    except BaseException:
        for name in [*placed, *removed]:  # the new file (or none) is there now; the kept link is the old one
            if name in kept:
                os.replace(kept.pop(name), directory / name)
            else:
                (directory / name).unlink(missing_ok=True)
        raise
    finally:
        for backup in kept.values():
            backup.unlink(missing_ok=True)


_HELD: set[int] = set()  # the descriptors of the folder locks this process holds


def held_locks() -> frozenset[int]:
    """The descriptors of the output-folder locks this process holds: a forked worker closes its copies, so that
    the lock goes with the process that took it (a worker left running when its driver is killed keeps none)."""
    return frozenset(_HELD)


def _lock(directory: Path) -> int:
    """An exclusive lock on ``directory`` (its open descriptor), so that two runs never write into it at once: the
    second would remove the first one's staged files as left-overs. Raises ``OutputError`` when another run holds it."""
    try:
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as exc:
        raise OutputError(f"{directory}: cannot open the output directory ({exc.strerror or exc})") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise OutputBusy(f"{directory}: another framing run is writing into this folder; wait for it to end "
                          "or choose another --out") from None
    _HELD.add(fd)
    return fd


def cannot_write(directory: Path, exc: OSError) -> OutputError:
    """The one-line error for an output that could not be written."""
    return OutputError(f"{directory}: cannot write output ({exc.strerror or exc}); nothing was changed")


class OutputSet:
    """Files staged in ``directory`` and put in place together when the ``with`` block ends without an error.

    ``add(name, payload)`` stages bytes; ``path(name)`` gives a staging path to
    write a large file into (a Parquet file written row group by row group).
    On an error or an interrupt inside the block, nothing in the directory
    changes (a directory created for the set is removed again).
    """

    def __init__(self, directory: str | Path, names: Iterable[str] = ()):
        self.directory = Path(directory)
        self._names = list(names)
        self._staged: dict[str, Path] = {}
        self._created = False
        self._lock: int | None = None
        self.written: Written | None = None

    def __enter__(self) -> OutputSet:
        check_out_dir(self.directory, self._names)
        self._created = not self.directory.exists()
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._discard()
            raise OutputError(f"{self.directory}: cannot create output directory ({exc.strerror or exc})") from None
        self._lock = _lock(self.directory)
        try:
            _remove_leftovers(self.directory)
        except OSError as exc:
            self._discard()
            raise OutputError(f"{self.directory}: cannot clean the output directory ({exc.strerror or exc})") from None
        return self

    def _checked(self, name: str) -> None:
        if name in self._staged or "/" in name or name in {MANIFEST, "", ".", ".."}:
            raise ValueError(f"output name {name!r} is used twice or not a plain file name")
        if (self.directory / name).exists() and name not in previously_written(self.directory):
            raise OutputError(f"{self.directory}: refusing to overwrite {name} (not written by framing); choose another --out")

    def add(self, name: str, payload: bytes) -> None:
        self._checked(name)
        try:
            self._staged[name] = _stage(self.directory, name, payload)
        except OSError as exc:
            raise cannot_write(self.directory, exc) from None

    def write(self, name: str, fill: Callable[[Path], None]) -> Path:
        """Stage ``name`` by letting ``fill`` write its staging path (a large file, written a part at a time)."""
        try:
            path = self.path(name)
            fill(path)
        except OSError as exc:
            raise cannot_write(self.directory, exc) from None
        return path

    def path(self, name: str) -> Path:
        self._checked(name)
        fd, tmp = tempfile.mkstemp(prefix=f"{_STAGED}{name}.", dir=self.directory)
        os.close(fd)
        os.chmod(tmp, 0o644)
        self._staged[name] = Path(tmp)
        return self._staged[name]

    def _discard(self) -> None:
        for tmp in self._staged.values():
            tmp.unlink(missing_ok=True)
        if self._lock is not None:  # the folder is ours while locked: a file staged when a signal struck between its
            try:                    # creation and its registration is removed too
                _remove_leftovers(self.directory)
            except OSError:
                pass
            _HELD.discard(self._lock)
            os.close(self._lock)  # closing the descriptor releases the lock
            self._lock = None
        if self._created and self.directory.is_dir() and not any(self.directory.iterdir()):
            self.directory.rmdir()

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if kind is not None:
            self._discard()
            return
        ours = previously_written(self.directory)
        stale = sorted(n for n in ours - set(self._staged) if n != MANIFEST and (self.directory / n).is_file())
        try:
            manifest = (json.dumps({"files": sorted(self._staged)}, indent=1) + "\n").encode("utf-8")
            for tmp in self._staged.values():
                with tmp.open("rb") as handle:
                    os.fsync(handle.fileno())
            self._staged[MANIFEST] = _stage(self.directory, MANIFEST, manifest)
            with _signals_held():
                _commit(self.directory, self._staged, stale)
        except OSError as exc:
            raise cannot_write(self.directory, exc) from None
        finally:
            self._discard()
        files = tuple(sorted(n for n in self._staged if n != MANIFEST))
        self.written = Written(self.directory, files, "", tuple(stale))


def write_outputs(files: dict[str, bytes], directory: str | Path, *, pdf_error: str = "") -> Written:
    """Write ``files`` into ``directory`` as one set; raises ``OutputError`` and leaves the directory as it was."""
    with OutputSet(directory, files) as output:
        for name in sorted(files):
            output.add(name, files[name])
    assert output.written is not None
    return Written(output.written.directory, output.written.files, pdf_error, output.written.removed)


def check_file_target(path: str | Path, *, force: bool = False, inputs: Iterable[str | Path] = ()) -> Path:
    """Raise ``OutputError`` now if ``write_file(path, …, force=force)`` could not succeed, or would replace one of
    ``inputs`` (an article or a gold file read by the same run): checked before any work."""
    path = Path(path)
    if not str(path).strip() or path.name in {"", ".", ".."}:
        raise OutputError(f"{str(path)!r}: not a file name")
    if path.exists() and (not force or not path.is_file()):
        what = "is not a file" if not path.is_file() else "exists (use --force to replace it)"
        raise OutputError(f"{path}: {what}")
    for given in inputs:
        try:
            same = path.exists() and Path(given).exists() and os.path.samefile(path, given)
        except OSError:
            same = False
        if same:
            raise OutputError(f"{path}: is an input of this run; choose another file to write")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"{path}: folder {parent} does not exist")
    return path


def write_file(path: str | Path, payload: bytes, *, force: bool = False, inputs: Iterable[str | Path] = ()) -> Path:
    """Write one file atomically; an existing file is replaced only with ``force``, and never one of ``inputs``."""
    path = check_file_target(path, force=force, inputs=inputs)
    target = path
    if path.is_symlink() and os.path.exists(path):  # a link to a file (replaced only with force) is written through;
        target = Path(os.path.realpath(path))  # a dangling one is replaced, never followed out of its folder
    try:
        tmp = _stage(target.parent if str(target.parent) else Path("."), target.name, payload)
        os.replace(tmp, target)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return path
