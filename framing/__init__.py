"""framing: who says what in a news article, and how each outlet frames it.

>>> import framing
>>> analysis = framing.analyze("وذكرت «وول ستريت جورنال» أن المحادثات انتهت.")
>>> [(s.outlet, s.kind) for s in analysis.segments]
[('wsj', 'indirect')]

Names are imported on first use, so ``import framing`` (and the command line)
loads no scientific library until one is needed.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_PUBLIC = {
    "Analysis": "framing.model",
    "Article": "framing.model",
    "Segment": "framing.model",
    "Config": "framing.config",
    "ConfigError": "framing.config",
    "load_config": "framing.config",
    "attribute": "framing.attribution",
    "analyze": "framing.pipeline",
    "analyze_file": "framing.pipeline",
    "write": "framing.outputs",
    "run_corpus": "framing.corpus.run",
}

__all__ = ["Analysis", "Article", "Config", "ConfigError", "Segment", "analyze", "analyze_file", "attribute",
           "load_config", "run_corpus", "write"]

if TYPE_CHECKING:
    from framing.attribution import attribute
    from framing.config import Config, ConfigError, load_config
    from framing.corpus.run import run_corpus
    from framing.model import Analysis, Article, Segment
    from framing.outputs import write
    from framing.pipeline import analyze, analyze_file


def __getattr__(name: str) -> Any:
    if name in _PUBLIC:
        value = getattr(import_module(_PUBLIC[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'framing' has no attribute {name!r}")
