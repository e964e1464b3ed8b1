"""Findings: the frame gap, the keyword and the verbs the summary leads with, and nothing below the floor."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.config import Config, default_config_text, parse_config
from framing.findings import Finding, findings, frame_gap
from framing.intervals import unit_evidence
from framing.profiles import Profiles, profile

from builders import article_of


def config_with(floor: int, min_tokens: int = 1) -> Config:
    config = parse_config(default_config_text(), "(test default)")
    return config.model_copy(update={
        "report": config.report.model_copy(update={"min_frame_hits": floor, "min_frame_passages": 1}),
        "keywords": config.keywords.model_copy(update={"min_tokens": min_tokens}),
    })


TALKS = "المفاوضات مستمرة"
FORCE = "الصواريخ جاهزة"
ARTICLE = article_of(*[(TALKS, "irna")] * 4, *[(FORCE, "irna")], *[(FORCE, "haaretz")] * 5, ("كلام", "mehr"))


def evidence(p: Profiles, config: Config) -> pd.DataFrame:
    report = config.report
    return unit_evidence(p.frame_hits, min_hits=report.min_frame_hits, min_passages=report.min_frame_passages)


def run(config: Config) -> tuple[Finding, ...]:
    p = profile(ARTICLE, config)
    return findings(p.frames, p.frame_hits, p.keywords, p.verbs, p.token_counts, evidence(p, config),
                    ["irna", "haaretz", "mehr"], config)


def test_findings_frame_gap_names_both_sides_with_a_paired_interval() -> None:
    gap = run(config_with(floor=5))[0]
    assert (gap.kind, gap.status) == ("frame_gap", "found")
    facts = gap.facts
    assert facts["unit_type"] == "outlet" and facts["frame"] == "diplomacy"
    assert (facts["high"]["unit"], facts["low"]["unit"]) == ("irna", "haaretz")
    assert facts["gap"] == pytest.approx(0.8)
    assert facts["gap_low"] <= facts["gap"] <= facts["gap_high"] <= 1.0
    assert facts["gap_low"] > 0  # four of five irna passages against none of haaretz's
    assert facts["high"]["frame_hits"] == 5 and facts["floor"] == 5


def test_findings_no_gap_is_claimed_below_the_floor() -> None:
    config = config_with(floor=6)
    p = profile(ARTICLE, config)
    gap = frame_gap(p.frames, p.frame_hits, p.token_counts, evidence(p, config), config)
    assert gap.status == "too_few" and gap.facts == {"floor": 6, "min_passages": 1, "min_tokens": 1}


def test_findings_hits_crowded_into_few_passages_make_no_gap() -> None:
    config = config_with(floor=5)
    config = config.model_copy(update={"report": config.report.model_copy(update={"min_frame_passages": 6})})
    assert run(config)[0].status == "too_few"  # each outlet's 5 hits sit in 5 passages


def test_findings_thin_outlets_make_no_gap() -> None:
    assert run(config_with(floor=1, min_tokens=1000))[0].status == "too_few"


def test_findings_are_records_ready_for_json() -> None:
    import json

    for finding in run(config_with(floor=5)):
        record = finding.record()
        assert set(record) == {"kind", "title", "status", "facts"}
        json.dumps(record)
    assert [f.kind for f in run(config_with(floor=5))] == ["frame_gap", "keyword", "verbs"]
