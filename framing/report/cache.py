"""The report's on-disk cache: results that do not change between runs (font subsets, charts).

Lives in ``$FRAMING_CACHE_DIR``, else ``$XDG_CACHE_HOME/framing``, else
``~/.cache/framing``. Entries are named by a hash of everything their bytes
depend on, written atomically (a temporary file in the same directory, then a
rename), and every failure is silent: a cache that cannot be read or written
only means the work is done again.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

CACHE_ENV = "FRAMING_CACHE_DIR"


def cache_dir() -> Path:
    """Where cached entries are kept (the directory may not exist yet)."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "framing"


def read(kind: str, name: str) -> bytes | None:
    """The cached bytes of ``kind/name``, or None."""
    path = cache_dir() / kind / name
    try:
        return path.read_bytes() if path.is_file() else None  # a pipe or a device there is no entry
    except OSError:
        return None


def write(kind: str, entries: dict[str, bytes]) -> None:
    """Write each ``name: bytes`` under ``kind/`` atomically; any failure is silent."""
    try:
        folder = cache_dir() / kind
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in entries.items():
            fd, tmp = tempfile.mkstemp(prefix=".entry-", suffix=".tmp", dir=folder)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                os.chmod(tmp, 0o644)
                os.replace(tmp, folder / name)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
    except OSError:
        pass
