"""Config values that the schema must refuse before any analysis (found by trying hostile configs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.config import check_config, default_config_text, parse_config
from framing.config.schema import ConfigError


def _edited(old: str, new: str) -> str:
    text = default_config_text()
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize("old, new, key, message", [
    ("  languages:\n", "  languages: {}\n  unused_languages:\n", "attribution.languages", "at least 1 item"),
    ("type_nouns: {وكالة: news_agency,", "type_nouns: {'--': newspaper, وكالة: news_agency,", "type_nouns.--",
     "has no word in it"),
    ("      continuation_nouns:\n", "      continuation_nouns:\n        '«»': [newspaper]\n", "continuation_nouns.«»",
     "has no word in it"),
    ("ar: [مفاوضات,", 'ar: ["مفاوضات\\udc80",', "frames[0].terms.ar[0]", "lone surrogate"),
])
def test_config_problems_refused_with_their_key(tmp_path: Path, old: str, new: str, key: str, message: str) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(_edited(old, new), encoding="utf-8")
    found = [line for line in check_config(path) if "warning" not in line]
    assert any(f"{key}]" in line and message in line for line in found), found
    with pytest.raises(ConfigError):  # what check reports, analysis refuses
        parse_config(path.read_text(encoding="utf-8"), str(path))


def test_config_signature_pattern_with_an_optional_name_reads_a_post_without_a_name() -> None:
    import framing

    pattern = r"'^[—–-]\s*(?:(?P<name>ZZZ+)\s*)?\(@(?P<handle>\w{1,30})\)\s*(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4})\s*$'"
    text = default_config_text()
    start = text.index("  signature_pattern:")
    end = text.index("\n", start)
    config = parse_config(text[:start] + "  signature_pattern: " + pattern + text[end:])
    analysis = framing.analyze("Talks end\n\nText, an official said.\n\n— (@jsmith) February 6, 2026\n", config)
    assert any(seg.speaker == "@jsmith" for seg in analysis.article.segments)


def test_config_a_quoted_name_another_outlet_claims_is_refused():
    text = (default_config_text()
            .replace("    quoted_names: [النهار]", "    quoted_names: [النهار, صحيفة الأخبار]", 1))
    with pytest.raises(ConfigError, match="claimed by both"):
        parse_config(text, "c.yaml")
