"""Loading config YAML with limits: alias bombs, recursive aliases and runaway nesting are refused fast."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.cli import main
from framing.config import ConfigError, check_config, parse_config
from framing.yaml_load import MAX_DEPTH, MAX_NODES, YamlLimitError, load_yaml

SHORT = "قالت «رويترز» إن المحادثات انتهت.\n"


def alias_bomb(levels: int = 9, width: int = 9) -> str:
    """``levels`` anchors, each a list of ``width`` aliases of the one before: ``width ** levels`` leaves."""
    lines = ["a0: &a0 [" + ", ".join(["lol"] * width) + "]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def timed(fn, *args):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    try:
        result = fn(*args)
    except Exception as exc:  # noqa: BLE001 - returned for the caller to assert on
        result = exc
    return result, time.perf_counter() - start


def test_yaml_load_refuses_the_alias_bomb_in_well_under_a_second() -> None:
    text = alias_bomb()
    assert len(text.encode()) < 500
    result, seconds = timed(load_yaml, text)
    assert isinstance(result, YamlLimitError)
    assert "alias" in result.message and f"{MAX_NODES:,}" in result.message
    assert result.line is not None and 2 <= result.line <= 9  # the anchor line where the limit was crossed
    assert seconds < 2.0  # a guard against expanding the aliases (hours), not a speed goal


@pytest.mark.parametrize(
    "text",
    ["a: &r {b: *r}\n", "a: &r [1, *r]\n", "outlets: &o\n  - id: *o\n", "a: &r {b: [{c: *r}]}\n"],
)
def test_yaml_load_refuses_a_recursive_alias_naming_its_line(text: str) -> None:
    result, seconds = timed(load_yaml, text)
    assert isinstance(result, YamlLimitError)
    assert "recursive alias" in result.message
    assert result.line == text.count("\n", 0, text.index("*")) + 1
    assert seconds < 2.0  # a guard against expanding the aliases (hours), not a speed goal


def test_yaml_load_refuses_runaway_nesting() -> None:
    text = "a: " + "{b: " * (MAX_DEPTH + 5) + "1" + "}" * (MAX_DEPTH + 5) + "\n"
    result, _ = timed(load_yaml, text)
    assert isinstance(result, YamlLimitError)
    assert "nested deeper" in result.message


def test_yaml_load_keeps_ordinary_aliases_and_merge_keys() -> None:
    data = load_yaml("base: &b {type: newspaper, group: press}\none: {<<: *b, id: one}\nlist: &l [1, 2]\ntwo: *l\n")
    assert data["one"]["type"] == "newspaper" and data["one"]["id"] == "one"
    assert list(data["two"]) == [1, 2]


@settings(max_examples=40, deadline=None)
@given(levels=st.integers(1, 12), width=st.integers(1, 12))
def test_yaml_load_any_alias_pyramid_loads_or_is_refused_fast(levels: int, width: int) -> None:
    result, seconds = timed(load_yaml, alias_bomb(levels, width))
    leaves = width**levels
    if isinstance(result, YamlLimitError):
        assert leaves > MAX_NODES // 4  # refused only when it really is big (the root holds every level)
    else:
        assert not isinstance(result, Exception)
        assert leaves < MAX_NODES
    assert seconds < 2.0  # a guard against expanding the aliases (hours), not a speed goal


@pytest.mark.parametrize("kind", ["bomb", "recursive"])
def test_yaml_load_config_check_and_analyze_refuse_with_exit_2(kind: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "c.yaml"
    config.write_text(alias_bomb() if kind == "bomb" else "outlets: &r [{id: x, aliases: *r}]\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(SHORT, encoding="utf-8")
    problems, seconds = timed(check_config, config)
    assert seconds < 2.0  # a guard against expanding the aliases (hours), not a speed goal
    assert len(problems) == 1 and problems[0].startswith(f"{config}:") and "[yaml]" in problems[0]
    with pytest.raises(ConfigError):
        parse_config(config.read_text(encoding="utf-8"))
    for args in (["config", "check", str(config)], ["analyze", str(article), "-c", str(config), "-o", str(tmp_path / "out"), "--no-pdf"]):
        start = time.perf_counter()
        with pytest.raises(SystemExit) as exit_:
            main(args)
        assert time.perf_counter() - start < 1.0
        assert exit_.value.code == 2
        err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
        assert len(err) == 1 and "Traceback" not in err[0] and "internal error" not in err[0]
    assert not (tmp_path / "out").exists()


# ------------------------------------------------------------ re-reading an edited config section by section

ROOT = Path(__file__).resolve().parent.parent


def _lines(tree):  # type: ignore[no-untyped-def]
    """Every key's and item's (line, column), walked through the round-trip tree."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    found = [("", tree.lc.line, tree.lc.col)]
    stack = [("", tree)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, CommentedMap):
            for key in node:
                found.append((f"{path}.{key}", *node.lc.key(key)))
                stack.append((f"{path}.{key}", node[key]))
        elif isinstance(node, CommentedSeq):
            for i, item in enumerate(node):
                found.append((f"{path}[{i}]", *node.lc.item(i)))
                stack.append((f"{path}[{i}]", item))
    return found


def _same(text: str) -> None:
    from framing.config.problems import _plain
    from framing.yaml_load import load_yaml_sections

    whole, pieces = load_yaml(text), load_yaml_sections(text)
    assert _plain(pieces) == _plain(whole)
    assert _lines(pieces) == _lines(whole)


def test_yaml_sections_read_the_config_and_its_edits_as_the_whole_document_does() -> None:
    text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    _same(text)
    _same(text.replace("ar: [مفاوضات,", "ar: [لقاء, مفاوضات,", 1))  # a lexicon edit: one section changes
    _same(text.replace("\nkeywords:", "\n# a comment between sections\n\nkeywords:", 1))  # lines shift
    _same("# header\nversion: 1\nlist:\n  - a\n  - b\nmap: {x: 1}\n")
    # a sequence read item by item: comments between items, nested mappings and lists, an item that shifts lines
    _same("a: 1\nitems:\n  # first\n  - id: x\n    terms: [p, q]\n\n  # second\n  - id: y\n    more:\n      - 1\n      - 2\n"
          "  - {id: z}\nb: 2\n")
    _same("a: 1\nitems:\n- id: x\n- id: y\nb: [1]\n")  # items at column 0


def test_yaml_sections_reparse_only_the_section_that_changed(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import framing.yaml_load as yaml_load

    text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    yaml_load.load_yaml_sections(text)
    parsed: list[str] = []
    real = yaml_load.YAML

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        parsed.append("section")
        return real(*args, **kwargs)

    monkeypatch.setattr(yaml_load, "YAML", counting)
    yaml_load.load_yaml_sections(text.replace("ar: [مفاوضات,", "ar: [اجتماع, مفاوضات,", 1))
    assert parsed == ["section"]


@pytest.mark.parametrize("text", [
    "a: &x [1, 2]\nb: *x\n",  # an alias into another section
    "a: 1\nb: 2\na: 3\n",  # a key given twice
    "a: [1, 2\nb: 2\n",  # a section that does not parse alone
    "%YAML 1.2\n---\na: 1\nb: 2\n",  # directives and document markers
    "a: 1\n'b': 2\n",  # a quoted key at column 0
    "a: 1\nitems:\n  - 1\n  x: 2\nb: 2\n",  # a sequence with something else at its items' indent
])
def test_yaml_sections_read_anything_unusual_whole_with_the_same_result_or_error(text: str) -> None:
    from framing.yaml_load import load_yaml_sections

    try:
        expected = load_yaml(text)
    except Exception as exc:  # noqa: BLE001 - the same error, with the same message (and so the same line)
        with pytest.raises(type(exc)) as raised:
            load_yaml_sections(text)
        assert str(raised.value) == str(exc)
    else:
        _same(text)
        assert load_yaml_sections(text) == expected


def test_yaml_sections_still_refuse_the_alias_bomb() -> None:
    from framing.yaml_load import load_yaml_sections

    with pytest.raises(YamlLimitError):
        load_yaml_sections(alias_bomb() + "other: 1\n")


@pytest.mark.parametrize("value", ["+_", "0x_", "-_"])
def test_yaml_load_a_value_it_cannot_build_is_an_error_with_its_line(value: str, tmp_path: Path) -> None:
    """ruamel reads ``+_`` as an integer and then fails on it: an error naming the line, exit 2 as for any config error."""
    config = tmp_path / "c.yaml"
    config.write_text(f"outlets:\n  - id: x\n    name: {value}\n", encoding="utf-8")
    problems = check_config(config)
    assert len(problems) == 1 and problems[0].startswith(f"{config}:3: [yaml]") and repr(value) in problems[0]
    with pytest.raises(SystemExit) as exit_:
        main(["config", "check", str(config)])
    assert exit_.value.code == 2
