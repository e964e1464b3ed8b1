"""The annotated article's markup: every passage of a long one-paragraph article marked once, the text intact."""

from __future__ import annotations

import html
import re
from pathlib import Path

import framing
from framing.config import load_config
from framing.report.annotate import Annotator
from framing.report.styles import outlet_styles
from framing.report.view import frame_tables
from framing.voices import is_narration

ROOT = Path(__file__).resolve().parent.parent


def test_report_annotate_one_paragraph_of_many_passages_marks_each_once() -> None:
    config = load_config(ROOT / "config.yaml").config
    text = " ".join(["Reuters said the talks ended.", "Tehran said the deal was near."] * 400)
    analysis = framing.analyze(text, config)
    passages = [s for s in analysis.article.segments if not is_narration(s)]
    assert len(passages) > 700
    labels, refs = frame_tables(config, analysis)
    annotator = Annotator(analysis, outlet_styles(analysis, config), refs, labels)
    markup = str(annotator.markup(0, len(text), tags=False))
    assert markup.count('<span class="seg') == len(passages)
    assert html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<sup[^>]*>[^<]*</sup>", "", markup))) == text
