"""Shared test setup: the font-subset cache lives under the session's temporary directory, never in ~/.cache."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


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
