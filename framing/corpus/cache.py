"""The corpus cache: attributions and per-article results, kept beside the outputs between runs.

Keys are the article's content (the text of a table row, or a file's path,
size and modification time) with the part of the config a stage reads:
attributions with what attribution reads, an article's text part (its rows;
its token, n-gram and verb counts apart) with everything but the frames,
matching and report settings, its frame part with the whole config, and
where each frame term matches in it with what attribution and matching read.
So a re-run after an interruption takes every finished article from the
cache, and a re-run after a lexicon edit matches only the terms it changed:
an article with every other term's matches cached is counted again from
them, without its attribution or a worker. Values are
encoded (``encode``) where they are computed, a worker process or a Dask
worker, and decoded where they are read; the cache is a SQLite file written
only by the process that drives the run.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import sqlite3
import time
import zlib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from framing.corpus.sources import CorpusItem

CACHE_NAME = ".framing-cache.sqlite"
TABLES: tuple[str, ...] = ("attribution", "text", "text_counts", "matches", "checked", "lexicons", "frames", "statistics",
                           "outputs")
# matches: where each frame term matches in an article (``framing.term_matches``), under what attribution and
# matching read; checked: the lexicons those matches were built for, with the keys of the terms that match in the
# article, apart; frames: an article's frame part, under its matches and what else it depends on
# (``framing.term_matches.frame_part_id``), or under the whole config when it carries the article's own report; lexicons: the term keys of each lexicon
# such matches were built for; outputs: the SHA-256 of the text files a run wrote, under its ordered text parts
# (``framing.corpus.sinks``);
# statistics: the summed
# text counts and the SHA-256 of the files of the corpus tables that read them only (keywords, group keywords), under
# the ordered text parts they sum
# The format of what is cached (an Article, per-article rows and Counts); bumped when it changes, so entries
# written by an older framing are never read back. 2: Counts.frame_passages, frame hits' ``negated``;
# 3: per-article rows carry the article's own report and per-frame passages.
# 4: an article's text part and frame part are cached apart (tables ``text`` and ``frames``).
# 5: an article's text counts apart from its text rows (table ``text_counts``); the corpus' summed text counts kept
# with its statistics; values encoded where they are computed. 6: ``Article.publisher``; rows carry it.
# 7: each article's frame-term matches, term by term (table ``matches``); text counts keep no surface form of the
# article unit. 8: the lexicons of each article's matches apart (table ``checked``); the text files of a run
# (``outputs``); per-article rows column by column. 9: Parquet row groups of a fixed number of rows (the text files an
# earlier format recorded would not be what this one writes). 10: values signed (HMAC-SHA256 with the user's key).
# 11: frame parts under their matches and the terms that match (``checked`` holds the keys of those).
# 12: the text-only corpus tables recorded by the SHA-256 of their files, which a re-run takes from the output folder.
CACHE_FORMAT = 12


def content_key(item: CorpusItem) -> str:
    """What identifies the article's content without reading it (a file) or from what is in hand (a row)."""
    digest = hashlib.sha256(f"format {CACHE_FORMAT}\0{_version()}\0".encode())  # a new framing reads afresh
    if item.path is not None:
        try:
            stat = os.stat(item.path)
            digest.update(f"file\0{os.path.abspath(item.path)}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
        except OSError:
            digest.update(f"missing\0{item.path}".encode())
    else:
        digest.update(b"text\0" + (item.text or "").encode("utf-8"))
    digest.update(f"\0{item.id}\0{item.date}\0{item.url}\0{item.title}".encode())
    if item.notes:  # (a cell that held no text)
        digest.update("\0notes\0".join(item.notes).encode())
    if item.publisher or item.default_publisher:  # (added only when given: keys without one stay as they were)
        digest.update(f"\0publisher\0{item.publisher}\0{item.default_publisher}".encode())
    return digest.hexdigest()


def encode(value: object) -> bytes:
    """A value as the cache stores it (pickled, compressed)."""
    return zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)


def decode(blob: bytes | None) -> object | None:
    """A value the cache stored, or None when there is none or it cannot be read back."""
    if blob is None:
        return None
    try:
        return pickle.loads(zlib.decompress(blob))
    except (zlib.error, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None


@lru_cache(maxsize=1)
def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("framing")
    except PackageNotFoundError:  # pragma: no cover - run from a source tree that is not installed
        return "unknown"


def _open(path: Path) -> sqlite3.Connection:
    """The cache database at ``path``, its tables made; raises ``sqlite3.DatabaseError`` for a file that is not one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        # A cache may lose its last entries to a power cut (they are computed again), never its consistency:
        # WAL with NORMAL syncs at checkpoints only, not at every batch's commit.
        db.execute("PRAGMA synchronous=NORMAL")
        for table in TABLES:
            db.execute(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, value BLOB)")
    except BaseException:
        db.close()
        raise
    return db


KEY_NAME = "corpus-cache.key"
_MAC_SIZE = 32


def _signing_key(notes: list[str]) -> bytes:
    """The key this user's corpus caches are signed with, kept in framing's cache folder (mode 0600), made on first
    use. A cache file comes from the output folder, which others may write: its values are unpickled only when
    their signature is this key's. When the key cannot be kept, a key for this run alone (and a note)."""
    from framing.report.cache import cache_dir

    path = cache_dir() / KEY_NAME
    try:
        if path.is_file():
            key = path.read_bytes()
            if len(key) == 32:
                return key
        path.parent.mkdir(parents=True, exist_ok=True)
        key = os.urandom(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
        return key
    except OSError as exc:
        notes.append(f"the cache's signing key cannot be kept in {path.parent} ({exc.strerror or exc}); a later run "
                     "will not reuse this run's cache")
        return os.urandom(32)


class Cache:
    """Encoded values under string keys in the tables of ``TABLES``, each signed (HMAC-SHA256 with this user's key,
    over the table, the key and the value): a value another hand wrote is never unpickled, only ignored."""

    def __init__(self, path: Path | None):
        self._db: sqlite3.Connection | None = None
        self._committed = time.monotonic()
        self.notes: list[str] = []  # what became of an unusable cache, for the user
        self._key = b""
        if path is None:
            return
        self._key = _signing_key(self.notes)
        try:
            self._db = _open(path)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError):  # locked, read-only, a full disk: leave the file alone
                self.notes.append(f"the cache {path} cannot be used ({exc}); this run computes every article afresh")
                return
            for suffix in ("", "-wal", "-shm"):  # not a cache any more (a damaged file): framing's own, replaced
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            self.notes.append(f"the cache {path} was damaged ({exc}) and was started afresh")
            try:
                self._db = _open(path)
            except (OSError, sqlite3.Error) as again:
                self.notes.append(f"the cache {path} cannot be created ({again}); this run keeps no cache")
        except OSError as exc:  # an unusable cache is no cache: the run goes on without it, and says so
            self.notes.append(f"the cache {path} cannot be used ({exc.strerror or exc}); this run computes every "
                              "article afresh")

    @property
    def enabled(self) -> bool:
        return self._db is not None

    def get(self, table: str, key: str) -> object | None:
        return decode(self.get_blob(table, key))

    def get_blob(self, table: str, key: str) -> bytes | None:
        """The encoded value under ``key``, not decoded (to be decoded where it is used)."""
        if self._db is None:
            return None
        try:
            row = self._db.execute(f"SELECT value FROM {table} WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        return self._verified(table, key, bytes(row[0])) if row else None

    def _mac(self, table: str, key: str, blob: bytes) -> bytes:
        return hmac.new(self._key, f"{table}\0{key}\0".encode() + blob, hashlib.sha256).digest()

    def _verified(self, table: str, key: str, signed: bytes) -> bytes | None:
        """The value of a stored row when its signature is ours, else None (as if it were not there)."""
        mac, blob = signed[:_MAC_SIZE], signed[_MAC_SIZE:]
        return blob if len(signed) >= _MAC_SIZE and hmac.compare_digest(mac, self._mac(table, key, blob)) else None

    def blobs(self, table: str, keys: Iterable[str], *, values: bool = True) -> dict[str, bytes]:
        """The encoded values of those of ``keys`` the table holds, a few hundred keys a query (with ``values``
        False, the keys it holds, each with b"")."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, bytes] = {}
        if self._db is None:
            return found
        for start in range(0, len(wanted), 500):
            part = wanted[start:start + 500]
            try:
                rows = self._db.execute(f"SELECT key, value FROM {table} WHERE key IN ({','.join('?' * len(part))})",
                                        part).fetchall()
            except sqlite3.Error:
                continue
            for key, signed in rows:  # (keys only: still verified, so that an unsigned row never counts as held)
                blob = self._verified(table, key, bytes(signed))
                if blob is not None:
                    found[key] = blob if values else b""
        return found

    def put(self, table: str, key: str, value: object) -> bool:
        return self.put_blob(table, key, encode(value))

    def put_blob(self, table: str, key: str, blob: bytes) -> bool:
        """Store ``blob``; False when it could not be stored (no cache, a full disk, a locked file)."""
        if self._db is None:
            return False
        try:
            self._db.execute(f"INSERT OR REPLACE INTO {table} (key, value) VALUES (?, ?)",
                             (key, self._mac(table, key, blob) + blob))
        except sqlite3.Error:
            return False
        return True

    def begin(self) -> None:
        """Open a transaction, unless one is open."""
        if self._db is not None and not self._db.in_transaction:
            self._db.execute("BEGIN")

    def commit(self, *, every: float = 0.0) -> None:
        """Commit the open transaction; with ``every``, only once that many seconds have passed since the last
        commit (each commit costs a write of the log: a run commits about once a second, not once a batch)."""
        if self._db is None or not self._db.in_transaction:
            return
        now = time.monotonic()
        if now - self._committed >= every:
            self._db.execute("COMMIT")
            self._committed = now

    def close(self) -> None:
        """Commit what is pending (also when the run stops on an error or Ctrl-C: every entry is whole) and close."""
        if self._db is not None:
            try:
                self.commit()
            except sqlite3.Error:
                pass
            self._db.close()
            self._db = None
