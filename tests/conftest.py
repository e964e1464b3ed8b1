"""Shared test guards: tests write only under their temporary directories.

The font-subset and chart cache lives under the session's temporary directory, never in ~/.cache, and a
session that wrote into the repository's reports/ fails.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tree(folder: Path) -> dict[str, int]:
    if not folder.is_dir():
        return {}
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


@pytest.fixture(scope="session", autouse=True)
def _font_cache_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    from framing.report.cache import CACHE_ENV

    previous = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = str(tmp_path_factory.mktemp("framing-cache"))
    yield
    if previous is None:
        os.environ.pop(CACHE_ENV, None)
    else:
        os.environ[CACHE_ENV] = previous


@pytest.fixture(scope="session", autouse=True)
def _repository_outputs_untouched() -> Iterator[None]:
    """Fail the run if any test wrote into the repository's reports/ (tests write under tmp_path only)."""
    before = _tree(ROOT / "reports")
    yield
    assert _tree(ROOT / "reports") == before, "a test wrote into reports/; write under tmp_path instead"
