"""framing: who says what in a news article, and how each outlet frames it.

>>> import framing
>>> analysis = framing.analyze("وذكرت «وول ستريت جورنال» أن المحادثات انتهت.")
>>> [(s.outlet, s.kind) for s in analysis.segments]
[('wsj', 'indirect')]
"""

from framing.attribution import attribute
from framing.config import Config, ConfigError, load_config
from framing.model import Analysis, Article, Segment
from framing.pipeline import analyze, analyze_file

__all__ = ["Analysis", "Article", "Config", "ConfigError", "Segment", "analyze", "analyze_file", "attribute", "load_config"]
