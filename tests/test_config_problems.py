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
    ("    domains: [reuters.com]", "    domains: [https://www.reuters.com/]", "domains[0]", "is not a host name"),
    ("    domains: [reuters.com]", "    domains: [Reuters.com]", "domains[0]", "without 'www.', a path or capitals"),
    ("    domains: [reuters.com]", "    domains: [reuters]", "domains[0]", "is not a host name"),
    ("    domains: [reuters.com]", "    domains: [bbc.co.uk]", "domains[1]", "claimed by both 'reuters' and 'bbc'"),
    ("    domains: [reuters.com]", "    domains: [reuters.com, reuters.com]", "domains[1]", "listed twice"),
    ("    domains: [reuters.com]", "    domains: [1.2.3.4]", "domains[0]", "IP address"),
    ("    domains: [reuters.com]", "    domains: [co.uk]", "domains[0]", "suffix many sites share"),
    ("    domains: [reuters.com]", "    domains: [رويترز.com]", "domains[0]", "ASCII form (xn--"),
    ("    type: platform", "    domains: [x.com]\n    type: platform", "domains", "a platform's pages are posts"),
    ("    Syria: {news_agency: sana,", "    Syria: {news_agency: sanaa,", "attribution.state_media.Syria.news_agency",
     "outlet 'sanaa' is not defined"),
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


def _with_en_term(term: str) -> str:
    """The default config with ``term`` first among the English terms of the 'military_threat' frame."""
    return _edited("      en: [military, {text: strike,", f"      en: [{term}, military, {{text: strike,")


@pytest.mark.parametrize("pattern, message", [
    ("''", "matches only the empty string"),
    (r"'\b'", "matches only the empty string"),
    ("'(?=s)'", "matches only the empty string"),
    ("'(?<=the )'", "matches only the empty string"),
    ("'a{0}'", "matches only the empty string"),
    ("'x*'", "can match the empty string"),
    ("'a|'", "can match the empty string"),
    (r"'\p{L}*'", "can match the empty string"),  # syntax only `regex` reads
])
def test_config_pattern_term_that_matches_the_empty_string_is_refused(tmp_path: Path, pattern: str, message: str) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(_with_en_term(f"{{pattern: {pattern}}}"), encoding="utf-8")
    found = [line for line in check_config(path) if "warning" not in line]
    line = next(n for n, x in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "en: [{pattern:" in x)
    assert len(found) == 1, found
    assert found[0].startswith(f"{path}:{line}: [frames[1].terms.en[0]] pattern {pattern.strip(chr(39))!r} {message}"), found
    with pytest.raises(ConfigError):  # what check reports, analysis refuses
        parse_config(path.read_text(encoding="utf-8"), str(path))


@pytest.mark.parametrize("pattern", [r"'\bsanction\w*'", r"'\p{L}+ talks'", "'(?i)un(?:stable)?'"])
def test_config_pattern_term_that_must_consume_text_is_accepted(pattern: str) -> None:
    parse_config(_with_en_term(f"{{pattern: {pattern}}}"))


def test_config_term_weight_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(_with_en_term("{text: militia, weight: 1e308}"), encoding="utf-8")
    found = [line for line in check_config(path) if "warning" not in line]
    assert len(found) == 1 and "[frames[1].terms.en[0].weight] Input should be less than or equal to 1000" in found[0], found
    assert "(got 1e+308)" in found[0]
    assert parse_config(_with_en_term("{text: militia, weight: 1000}")).frames[1].all_terms()  # the bound itself is fine


def test_config_term_whose_punctuation_breaks_the_phrase_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    terms = '"U.S. sanctions", "5+1 talks", "9/11", {text: "Mr. Smith", forms: ["Mr Smith", "e.g. remark"]}, counter-proposal, "Iran\'s"'
    path.write_text(_with_en_term(terms), encoding="utf-8")
    warnings: list[str] = []
    assert check_config(path, warnings=warnings) == []  # legal (the words still match written apart): exit 0
    found = [w for w in warnings if "cannot match as written" in w]
    line = next(n for n, x in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if '"U.S. sanctions"' in x)
    assert found[0] == (f"{path}:{line}: [frames[1].terms.en[0]] warning: term 'U.S. sanctions' cannot match as written: "
                        "'.' between 'U' and 'S' breaks the phrase, so it reads as the words 'U S sanctions' "
                        "(found only with nothing but blanks or a hyphen between them; a pattern term matches it as written)")
    assert "[frames[1].terms.en[1]] warning: term '5+1 talks' cannot match as written: '+' between '5' and '1'" in found[1]
    assert "[frames[1].terms.en[2]] warning: term '9/11' cannot match as written: '/' between '9' and '11'" in found[2]
    assert "[frames[1].terms.en[3]] warning: term 'Mr. Smith' cannot match as written: '. ' between 'Mr' and 'Smith'" in found[3]
    assert "[frames[1].terms.en[3].forms[1]] warning: form 'e.g. remark' cannot match as written" in found[4]
    assert len(found) == 5, found  # "Mr Smith", "counter-proposal" and "Iran's" match as written
    from framing.keys import index_text, sequence_spans, words

    for phrase, flagged in [("U.S. sanctions", True), ("5+1 talks", True), ("9/11", True), ("Mr. Smith", True),
                            ("e.g. remark", True), ("Mr Smith", False), ("counter-proposal", False), ("Iran's", False)]:
        matched = sequence_spans(index_text(phrase), words(phrase), stemmed=False)  # the term on the text it came from
        assert (not matched) is flagged, phrase


def test_config_default_config_has_no_term_that_cannot_match_as_written() -> None:
    warnings: list[str] = []
    assert check_config(Path(__file__).resolve().parents[1] / "framing/data/default_config.yaml", warnings=warnings) == []
    assert not [w for w in warnings if "cannot match as written" in w or "empty string" in w]
