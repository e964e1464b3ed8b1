"""The config's regular expressions: a runaway pattern is stopped within seconds, results are those of finditer."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
import regex
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from framing import patterns
from framing.cli import main
from framing.config import ConfigError, PatternTooSlow, default_config_text, load_config, parse_config
from framing.patterns import PatternError, PatternTimeout, TimedPattern, compile_pattern, expanded_size, find_spans
from framing.pipeline import analyze

RUNAWAY = ["(a+)+$", "(a|aa)+$", "^(a|a?)+$", r"(\w+\s?)+$", "(x+x+)+y"]
HAYSTACK = "a" * 5000 + "!"


@pytest.mark.parametrize("pattern", RUNAWAY)
def test_patterns_runaway_pattern_is_stopped_within_seconds(pattern: str) -> None:
    text = HAYSTACK if "x" not in pattern else "x" * 5000
    start = time.perf_counter()
    with pytest.raises(PatternTimeout) as caught:
        find_spans(compile_pattern(pattern), text)
    assert time.perf_counter() - start < 4.0
    assert f"/{pattern}/" in str(caught.value) and "backtracks" in str(caught.value)


def test_patterns_timed_pattern_shares_one_budget_across_calls() -> None:
    timed = TimedPattern("(a+)+$", seconds=0.5)
    start = time.perf_counter()
    with pytest.raises(PatternTimeout):
        for _ in range(100):
            timed.match(HAYSTACK)
    assert time.perf_counter() - start < 2.0


def test_patterns_timed_pattern_counts_only_its_own_time() -> None:
    timed = TimedPattern("^[A-Z]+ \\(", seconds=0.05)
    for _ in range(3):
        time.sleep(0.03)  # the caller's own work between calls (reading a long article) is not the pattern's
        assert timed.match("LONDON (Reuters) - talks") is not None
    assert timed.spent < 0.05


@pytest.mark.parametrize(
    ("pattern", "size"),
    [("a{1000}", 1000), ("(ab){3}", 6), ("((a{10}){10}){10}", 1000), ("(a{1000}){1000}", 1_000_000), ("{foo}", 5), (r"\p{L}+", 1)],
)
def test_patterns_expanded_size_multiplies_nested_counted_repeats(pattern: str, size: int) -> None:
    assert expanded_size(pattern) == size


def test_patterns_compile_refuses_a_pattern_too_large_to_compile_fast() -> None:
    start = time.perf_counter()
    with pytest.raises(PatternError, match="too large"):
        compile_pattern("(((a{1000}){1000}){1000})")  # regex would take minutes to compile it
    assert time.perf_counter() - start < 0.5
    with pytest.raises(PatternError):
        compile_pattern("(unclosed")


# Random patterns over a small alphabet: atoms, groups, alternation, quantifiers, anchors.
_ATOMS = st.sampled_from(["a", "b", ".", "[ab]", "[^a]", r"\w", r"\s", r"\b", "^", "$", "(?=a)", "(?<!b)", r"\d"])
_QUANT = st.sampled_from(["", "", "*", "+", "?", "*?", "+?", "{2}", "{1,3}", "{0,2}"])


def _pattern() -> st.SearchStrategy[str]:
    atom = st.tuples(_ATOMS, _QUANT).map("".join)
    return st.recursive(
        st.lists(atom, min_size=1, max_size=4).map("".join),
        lambda inner: st.one_of(
            st.tuples(inner, _QUANT).map(lambda t: f"({t[0]}){t[1]}"),
            st.tuples(inner, inner).map(lambda t: f"{t[0]}|{t[1]}"),
            st.tuples(inner, inner).map("".join),
        ),
        max_leaves=6,
    )


@settings(max_examples=300, deadline=None)
@given(pattern=_pattern(), text=st.text(alphabet="ab 1\n", max_size=40), restart_always=st.booleans())
def test_patterns_find_spans_are_the_non_empty_matches_of_finditer(pattern: str, text: str, restart_always: bool) -> None:
    try:
        re.compile(pattern)
    except re.error:
        assume(False)  # regex accepts a few patterns re refuses ("\\b*"); only the common ground is compared
    compiled = compile_pattern(pattern)
    expected = [m.span() for m in regex.finditer(pattern, text) if m.end() > m.start()]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(patterns, "_RESTART_BELOW", 1.0 if restart_always else 0.5)  # 1.0: a fresh iterator after every match
        assert find_spans(compiled, text) == expected
    # On ASCII text regex and re agree: a config written for re keeps its matches.
    assert expected == [m.span() for m in re.finditer(pattern, text) if m.end() > m.start()]


def _with_term(term: str) -> str:
    """The default config with ``term`` first among the English terms of the first frame."""
    text = default_config_text()
    anchor = "      en: [{text: talks,"
    assert anchor in text
    return text.replace(anchor, f"      en: [{term}, {{text: talks,", 1)


def test_patterns_runaway_frame_pattern_is_a_config_error_naming_frame_and_term(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(_with_term('{pattern: "(a+)+$"}'), encoding="utf-8")
    loaded = load_config(path)
    analyze("قالت «رويترز» إن المحادثات انتهت.", loaded)  # imports and caches warmed up: time the pattern alone
    start = time.perf_counter()
    with pytest.raises(PatternTooSlow) as caught:
        analyze("قالت «رويترز» إن المحادثات انتهت. " + HAYSTACK, loaded)
    seconds = time.perf_counter() - start
    assert seconds < 4.0  # the pattern's budget is about a second (regex may overrun it by as much again)
    message = caught.value.one_line()
    assert message.startswith(f"{path}: [frames.diplomacy.terms.en]")
    assert "'diplomacy'" in message and "/(a+)+$/" in message


def test_patterns_runaway_signature_pattern_is_a_config_error(tmp_path: Path) -> None:
    config = default_config_text()
    start = config.index("  signature_pattern:")
    end = config.index("\n", start)
    config = config[:start] + "  signature_pattern: '(?P<name>(a|aa)+)$'" + config[end:]
    with pytest.raises(PatternTooSlow) as caught:
        analyze("قالت «رويترز» إن المحادثات انتهت.\n\n" + HAYSTACK + "\n\nوأضافت أن الجولة قريبة.\n", parse_config(config))
    assert caught.value.problems[0][0] == "attribution.signature_pattern"


def test_patterns_runaway_dateline_pattern_names_its_key(tmp_path: Path) -> None:
    config = default_config_text()
    start = config.index("  dateline_patterns:")
    end = config.index("\n  # Cue words", start)
    config = config[:start] + "  dateline_patterns:\n    - '^(?P<outlet>(a|aa)+)$'" + config[end:]
    with pytest.raises(PatternTooSlow) as caught:
        analyze(HAYSTACK + "\n\nقالت «رويترز» إن المحادثات انتهت.\n", parse_config(config))
    assert caught.value.problems[0][0] == "attribution.dateline_patterns[0]"


def test_patterns_cli_analyze_and_kwic_end_with_one_line_and_exit_2(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "c.yaml"
    config.write_text(_with_term('{pattern: "(a+)+$"}'), encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("قالت «رويترز» إن المحادثات انتهت. " + HAYSTACK + "\n", encoding="utf-8")
    for args in (
        ["analyze", str(article), "-c", str(config), "-o", str(tmp_path / "out"), "--no-pdf"],
        ["lexicon", "kwic", "/(a+)+$/", str(article)],
        ["lexicon", "show", "-a", str(article), "-c", str(config)],
    ):
        with pytest.raises(SystemExit) as exit_:
            main(args)
        assert exit_.value.code == 2
        err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
        assert len(err) == 1 and err[0].startswith("framing: error: ") and "(a+)+$" in err[0], err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("term", ['{pattern: "(((a{1000}){1000}){1000})"}', '{pattern: "(unclosed"}'])
def test_patterns_uncompilable_frame_pattern_is_refused_by_config_check(term: str) -> None:
    start = time.perf_counter()
    with pytest.raises(ConfigError) as caught:
        parse_config(_with_term(term))
    assert time.perf_counter() - start < 2.0
    assert "invalid pattern" in caught.value.problems[0][2]
