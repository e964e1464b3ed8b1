"""Shared test guards: tests write only under their temporary directories."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tree(folder: Path) -> dict[str, int]:
    if not folder.is_dir():
        return {}
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


@pytest.fixture(scope="session", autouse=True)
def _repository_outputs_untouched():
    """Fail the run if any test wrote into the repository's reports/ (tests write under tmp_path only)."""
    before = _tree(ROOT / "reports")
    yield
    assert _tree(ROOT / "reports") == before, "a test wrote into reports/; write under tmp_path instead"
