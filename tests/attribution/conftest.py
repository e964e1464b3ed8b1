"""The config the attribution tests read: the repository's config.yaml, loaded once."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.config import Config, load_config

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def cfg() -> Config:
    return load_config(ROOT / "config.yaml").config
