"""Config validation: every problem at once, each with its key path and the right line; init and schema."""

from __future__ import annotations

import copy

import json
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.config import (
    Config,
    ConfigError,
    ConfigExists,
    check_config,
    config_json_schema,
    default_config_text,
    load_config,
    parse_config,
    write_default_config,
)

ROOT = Path(__file__).resolve().parents[1]

VALID = textwrap.dedent(
    """\
    version: 1
    outlets:
      - id: reuters
        name: Reuters
        aliases: [رويترز]
        type: news_agency
        group: wire
      - {id: x, name: X, aliases: [إكس], type: platform}
    groups:
      - {id: wire, label: Wire services}
    attribution:
      languages:
        ar:
          verbs:
            - {lemma: قال, forms: [قال, قالت]}
    frames:
      - id: talks
        label: Talks
        terms:
          ar: [مفاوضات, محادثات]
          en: [talks]
    """
)


def problems(text: str) -> list[tuple[str, int | None, str]]:
    with pytest.raises(ConfigError) as caught:
        parse_config(text, "c.yaml")
    return caught.value.problems


def line_of(text: str, marker: str) -> int:
    """1-based number of the only line of ``text`` containing ``marker``."""
    found = [n for n, line in enumerate(text.split("\n"), start=1) if marker in line]
    assert len(found) == 1, (marker, found)
    return found[0]


def test_config_valid_minimal_config_parses() -> None:
    cfg = parse_config(VALID, "c.yaml")
    assert [o.id for o in cfg.outlets] == ["reuters", "x"]


def test_config_yaml_syntax_error_has_its_line() -> None:
    text = "version: 1\noutlets: [a, b\nframes: 3\n"
    [(key, line, msg)] = problems(text)
    assert (key, line) == ("yaml", 3)
    assert msg.startswith("YAML syntax error:") and "line 2" in msg


def test_config_duplicate_yaml_key_is_a_syntax_error() -> None:
    [(key, line, msg)] = problems(VALID + "version: 1\n")
    assert (key, line) == ("yaml", VALID.count("\n") + 1)
    assert "duplicate key" in msg


def test_config_empty_file() -> None:
    [(key, line, msg)] = problems("")
    assert line == 1 and "empty" in msg


def test_config_unknown_key_is_named_with_its_line() -> None:
    text = VALID.replace("    group: wire\n", "    group: wire\n    colour: red\n")
    assert problems(text) == [("outlets[0].colour", line_of(text, "colour:"), "unknown key (did you mean 'country'?)")]


def test_config_unknown_key_without_close_match_lists_allowed_keys() -> None:
    text = VALID + "keywords:\n  bogus: 1\n"
    [(key, line, msg)] = problems(text)
    assert (key, line) == ("keywords.bogus", line_of(text, "bogus"))
    assert msg.startswith("unknown key (allowed: min_tokens, top_n")


def test_config_missing_outlet_id() -> None:
    text = VALID.replace("  - id: reuters\n    name: Reuters\n", "  - name: Reuters\n")
    assert problems(text) == [("outlets[0].id", line_of(text, "name: Reuters"), "required key is missing")]


def test_config_missing_top_level_section_points_at_the_top() -> None:
    text = VALID.split("attribution:")[0]
    [(key, line, msg)] = problems(text)
    assert (key, line, msg) == ("attribution", 1, "required key is missing")


def test_config_duplicate_outlet_ids() -> None:
    text = VALID.replace("{id: x, name: X, aliases: [إكس]", "{id: reuters, name: Other, aliases: [أخرى]")
    text = text.replace("post_platform", "")  # keep the test to one problem
    found = problems(text)
    assert ("outlets[1].id", line_of(text, "name: Other"), "duplicate outlet id 'reuters' (first at outlets[0])") in found


def test_config_unlisted_prefix_is_reserved() -> None:
    text = VALID.replace("reuters", "unlisted_reuters")
    found = problems(text)
    assert ("outlets[0].id", line_of(text, "id: unlisted_reuters"), "outlet id 'unlisted_reuters': ids starting with "
            "'unlisted_' are reserved for outlets the config does not list") in found


def test_config_alias_claimed_by_two_outlets() -> None:
    text = VALID.replace("aliases: [إكس]", "aliases: [إكس, رويترز]")
    assert problems(text) == [
        ("outlets[1].aliases[1]", line_of(text, "id: x,"), "alias 'رويترز' is claimed by both 'reuters' and 'x'")
    ]


def test_config_alias_claim_sees_through_spelling_variants() -> None:
    text = VALID.replace("aliases: [إكس]", "aliases: [إكس, رُويترز]")
    [(key, _, msg)] = problems(text)
    assert key == "outlets[1].aliases[1]" and "claimed by both" in msg


def test_config_outlet_group_that_does_not_exist() -> None:
    text = VALID.replace("group: wire", "group: wires")
    assert problems(text) == [("outlets[0].group", line_of(text, "group: wires"), "group 'wires' is not defined under 'groups'")]


def test_config_empty_term_list() -> None:
    text = VALID.replace("en: [talks]", "en: []")
    assert problems(text) == [("frames[0].terms.en", line_of(text, "en: []"), "empty term list for 'en'")]


def test_config_bad_regex_pattern_in_a_frame_term() -> None:
    text = VALID.replace("[مفاوضات, محادثات]", '[مفاوضات, {pattern: "تصفير("}]')
    [(key, line, msg)] = problems(text)
    assert (key, line) == ("frames[0].terms.ar[1]", line_of(text, "pattern"))
    assert msg.startswith("invalid pattern 'تصفير(':")


NESTED = VALID + textwrap.indent(
    textwrap.dedent(
        """\
        - id: threat
          label: Threat
          terms: {ar: [تهديد]}
        - id: nuclear
          label: Nuclear
          terms:
            en: [nuclear, uranium]
            ar:
              - نووي
              - تخصيب
              - {text: سلاح نووي, weight: 2}
              - {pattern: "(("}
              - اليورانيوم
        """
    ),
    "  ",
)


def test_config_line_of_a_nested_list_item_in_block_style() -> None:
    [(key, line, _)] = problems(NESTED)
    assert (key, line) == ("frames[2].terms.ar[3]", line_of(NESTED, '{pattern: "(("}'))


def test_config_line_of_a_nested_list_item_in_flow_style_on_a_continued_line() -> None:
    text = VALID + "  - id: nuclear\n    label: Nuclear\n    terms:\n      ar: [نووي, تخصيب,\n           سلاح, {pattern: \"((\"}]\n"
    [(key, line, _)] = problems(text)
    assert (key, line) == ("frames[1].terms.ar[3]", line_of(text, 'pattern: "(("'))


def test_config_wrong_type_shows_the_value() -> None:
    text = VALID.replace("attribution:\n", "attribution:\n  heading_max_words: ten\n")
    assert problems(text) == [
        (
            "attribution.heading_max_words",
            line_of(text, "heading_max_words"),
            "Input should be a valid integer (got 'ten')",
        )
    ]


@pytest.mark.parametrize("setting, value, message", [
    ("heading_max_words", "true", "Input should be a valid integer (got True)"),  # YAML's true is no 1
    ("heading_max_words", "10.0", "Input should be a valid integer (got 10.0)"),
])
def test_config_integer_settings_take_whole_numbers_only(setting, value, message) -> None:
    text = VALID.replace("attribution:\n", f"attribution:\n  {setting}: {value}\n")
    assert problems(text) == [(f"attribution.{setting}", line_of(text, setting), message)]


@pytest.mark.parametrize("value", ["true", "1.0"])
def test_config_version_is_the_whole_number_one(value) -> None:
    text = VALID.replace("version: 1", f"version: {value}")
    [(key, _line, message)] = problems(text)
    assert key == "version" and "should be a whole number" in message


def test_config_term_of_wrong_type_is_one_problem() -> None:
    text = VALID.replace("en: [talks]", "en: [talks, 5]")
    assert problems(text) == [("frames[0].terms.en[1]", line_of(text, "en: [talks, 5]"), "Input should be a valid string or a mapping (got 5)")]


def test_config_unknown_language_key() -> None:
    text = VALID.replace("en: [talks]", "fr: [pourparlers]")
    [(key, line, msg)] = problems(text)
    assert (key, line) == ("frames[0].terms.fr", line_of(text, "fr:"))
    assert msg == "key 'fr': Input should be 'ar' or 'en'"


def test_config_every_problem_is_reported_at_once_in_line_order() -> None:
    text = (
        VALID.replace("type: news_agency", "type: wire_service")  # schema: bad choice
        .replace("aliases: [إكس]", "aliases: [إكس, رويترز]")  # cross-check: alias claimed twice
        .replace("group: wire", "group: wires\n    colour: red")  # cross-check, then schema
        .replace("en: [talks]", "en: []")  # cross-check: empty list
        .replace("[مفاوضات, محادثات]", '[مفاوضات, {pattern: "("}]')  # schema: bad regex
    )
    found = problems(text)
    assert [key for key, _, _ in found] == [
        "outlets[0].type",
        "outlets[0].group",
        "outlets[0].colour",
        "outlets[1].aliases[1]",
        "frames[0].terms.ar[1]",
        "frames[0].terms.en",
    ]
    lines = [line for _, line, _ in found]
    assert lines == sorted(lines) and all(isinstance(line, int) for line in lines)
    with pytest.raises(ConfigError) as caught:
        parse_config(text, "c.yaml")
    assert caught.value.one_line().endswith("(and 5 more problem(s); run 'framing config check')")


def test_config_check_config_lists_every_problem_as_path_line_key_message(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(VALID.replace("group: wire", "group: wires").replace("en: [talks]", "en: []"), encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    assert check_config(path) == [
        f"{path}:{line_of(text, 'group: wires')}: [outlets[0].group] group 'wires' is not defined under 'groups'",
        f"{path}:{line_of(text, 'en: []')}: [frames[0].terms.en] empty term list for 'en'",
    ]


def test_config_check_config_of_a_missing_file(tmp_path: Path) -> None:
    assert check_config(tmp_path / "nope.yaml") == [f"{tmp_path / 'nope.yaml'}:?: [(file)] config file not found"]


def test_config_default_config_validates() -> None:
    cfg = parse_config(default_config_text(), "default")
    assert isinstance(cfg, Config) and cfg.outlets and cfg.frames
    assert check_config(ROOT / "framing" / "data" / "default_config.yaml") == []
    assert check_config(ROOT / "config.yaml") == []


def test_config_project_copy_is_byte_identical_to_the_packaged_default() -> None:
    assert (ROOT / "config.yaml").read_bytes() == (ROOT / "framing" / "data" / "default_config.yaml").read_bytes()


def test_config_write_default_config_writes_the_commented_default(tmp_path: Path) -> None:
    path = write_default_config(tmp_path / "config.yaml")
    assert path.read_bytes() == (ROOT / "framing" / "data" / "default_config.yaml").read_bytes()
    assert load_config(path).config == parse_config(default_config_text())


def test_config_write_default_config_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("mine\n", encoding="utf-8")
    with pytest.raises(ConfigExists, match="already exists"):
        write_default_config(path)
    assert path.read_text(encoding="utf-8") == "mine\n"
    write_default_config(path, force=True)
    assert path.read_text(encoding="utf-8") == default_config_text()


def test_config_json_schema_describes_the_config() -> None:
    schema = config_json_schema()
    json.dumps(schema)  # plain JSON
    assert schema["type"] == "object"
    assert {"outlets", "attribution", "frames", "input"} <= set(schema["properties"])
    assert set(schema["required"]) == {"outlets", "attribution"}
    assert schema["additionalProperties"] is False


def test_config_json_schema_is_valid_and_accepts_the_default_config() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from ruamel.yaml import YAML

    schema = config_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    assert list(validator.iter_errors(YAML(typ="safe").load(default_config_text()))) == []
    assert list(validator.iter_errors({"outlets": [], "attribution": {}, "colour": 1}))


# ------------------------------------------------------------------ what config check accepts, analyze runs

_TRICKY = ["", " ", "—", "«»", "(", ".", "ال", "و", "x", "a b", "قال", "said", "0", -1, 0, 10**6, None, [], {}, [""], ["—"]]
_SHORT_TEXTS = (
    "قالت «رويترز» إن المحادثات انتهت، وأضافت الصحيفة أن الجولة المقبلة قريبة.\nوقال مسؤول إيراني لوكالة «إرنا» إن طهران لن تتراجع.\n",
    "Reuters reported that the talks ended. The newspaper added that a new round is near.\n\"We will not back down,\" an official told IRNA.\n",
)


def _leaves(node: object, path: tuple = ()) -> list[tuple]:  # type: ignore[type-arg]
    found = [path] if path else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _leaves(value, path + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _leaves(value, path + (i,))
    return found


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_config_any_config_check_accepts_analyzes_without_internal_error(data) -> None:  # type: ignore[no-untyped-def]
    """The class behind "a term with no word passes check, then analyze dies": nothing is validated later than check."""
    from framing.config import _plain
    from framing.pipeline import analyze
    from framing.yaml_load import load_yaml

    raw = _plain(load_yaml(default_config_text()))
    for _ in range(data.draw(st.integers(1, 3))):
        paths = _leaves(raw)
        strings = [p for p in paths if isinstance(_get(raw, p), str)]
        path = data.draw(st.sampled_from(strings if data.draw(st.booleans()) else paths))
        _get(raw, path[:-1])[path[-1]] = copy.deepcopy(data.draw(st.sampled_from(_TRICKY)))  # never share _TRICKY's lists
    try:
        config = parse_config(json.dumps(raw, ensure_ascii=False), "c.yaml")  # JSON is YAML
    except ConfigError:
        return  # refused by config check: fine
    for text in _SHORT_TEXTS:
        analyze(text, config)  # anything but a typed error would be an internal error


def _get(node, path):  # type: ignore[no-untyped-def]
    for part in path:
        node = node[part]
    return node


@pytest.mark.parametrize("term", ['"—"', '""', '"  "', "{text: '—'}"])
def test_config_term_without_a_word_is_refused_by_check(term: str) -> None:
    text = VALID.replace("ar: [مفاوضات, محادثات]", f"ar: [مفاوضات, {term}]")
    found = problems(text)
    assert [(key, msg) for key, _line, msg in found] == [("frames[0].terms.ar[1]", f"term {term.strip('{}').removeprefix('text: ').strip(chr(39) + chr(34))!r} has no word in it")]


def test_config_empty_outlet_alias_is_refused_by_check() -> None:
    text = VALID.replace("aliases: [رويترز]", 'aliases: [رويترز, ""]')
    assert [(key, msg) for key, _line, msg in problems(text)] == [("outlets[0].aliases[1]", "alias '' has no word in it")]


def test_config_duplicate_terms_are_warnings_not_problems(tmp_path: Path) -> None:
    text = VALID.replace("ar: [مفاوضات, محادثات]", "ar: [مفاوضات, محادثات, المفاوضات]").replace(
        "en: [talks]", "en: [talks]\n  - id: other\n    label: Other\n    terms:\n      en: [talks, {pattern: 'x+'}, {pattern: 'x+'}]"
    )
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    warnings: list[str] = []
    assert check_config(path, warnings=warnings) == []
    assert len(warnings) == 3
    assert warnings[0].startswith(f"{path}:{line_of(text, 'المفاوضات')}: [frames[0].terms.ar[2]] warning: term 'المفاوضات' is the same as 'مفاوضات'")
    assert "listed twice in frame 'talks'" in warnings[0] and "never counted" in warnings[0]
    assert "[frames[1].terms.en[0]] warning: term 'talks' is also in frame 'talks'" in warnings[1]
    assert "term '/x+/' is listed twice in frame 'other'" in warnings[2]


# ------------------------------------------------------------- matching


@pytest.mark.parametrize(
    ("term", "key", "message"),
    [
        ('{pattern: "x+", forms: [xx]}', "frames[0].terms.ar[1]", "'forms' and 'stem' apply to a 'text' term, not to a 'pattern'"),
        ("{text: حرب, forms: ['—']}", "frames[0].terms.ar[1].forms[0]", "term '—' has no word in it"),
        ("{text: حرب, stem: maybe}", "frames[0].terms.ar[1].stem", "Input should be a valid boolean"),
        ("{text: حرب, unless_near: {words: []}}", "frames[0].terms.ar[1].unless_near.words", "List should have at least 1 item"),
        ("{text: حرب, only_near: {words: [في], window: 0}}", "frames[0].terms.ar[1].only_near.window", "Input should be greater than or equal to 1"),
        ("{text: حرب, only_near: {words: [في], side: left}}", "frames[0].terms.ar[1].only_near.side", "Input should be 'before', 'after' or 'both'"),
        ("{text: حرب, only_near: {word: [في]}}", "frames[0].terms.ar[1].only_near.word", "unknown key (did you mean 'words'?)"),
    ],
)
def test_config_term_matching_options_are_checked(term: str, key: str, message: str) -> None:
    text = VALID.replace("ar: [مفاوضات, محادثات]", f"ar: [مفاوضات, {term}]")
    found = [(k, msg) for k, _line, msg in problems(text)]
    assert found[0][0] == key and found[0][1].startswith(message), found


@pytest.mark.parametrize(
    ("section", "key", "message"),
    [
        ("matching: {frame_unit: article}", "matching.frame_unit", "Input should be 'passage' or 'term'"),
        ("matching: {skip_cue: true}", "matching.skip_cue", "unknown key (did you mean 'skip_cues'?)"),
        ("matching: {negation: {window: 0}}", "matching.negation.window", "Input should be greater than or equal to 1"),
        ("matching: {negation: {cues: {fr: [ne]}}}", "matching.negation.cues.fr", "key 'fr'"),
        ("matching: {negation: {cues: {en: ['']}}}", "matching.negation.cues.en[0]", "term '' has no word in it"),
        ("matching: {negation: {boundaries: ''}}", "matching.negation.boundaries", "String should have at least 1 character"),
        ("matching: {negation: {cues: {en: [no longer]}}}", "matching.negation.cues", "'no longer' is more than one word"),
        ("keywords: {fdr_alpha: 0}", "keywords.fdr_alpha", "Input should be greater than 0"),
        ("keywords: {fdr_alpha: 1.5}", "keywords.fdr_alpha", "Input should be less than or equal to 1"),
    ],
)
def test_config_matching_and_fdr_settings_are_checked(tmp_path: Path, section: str, key: str, message: str) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(VALID + section + "\n", encoding="utf-8")
    [line] = check_config(path)
    assert f"[{key}] {message}" in line, line


def test_config_matching_defaults() -> None:
    matching = parse_config(VALID, "c.yaml").matching
    assert (matching.skip_cues, matching.frame_unit, matching.negation.window) == (True, "passage", 3)
    assert parse_config(VALID, "c.yaml").keywords.fdr_alpha == 0.05


def test_config_a_name_longer_than_the_limit_is_refused() -> None:
    from framing.config.schema import MAX_NAME

    text = VALID.replace("name: Reuters", "name: " + "R" * (MAX_NAME + 1))
    [(key, _line, message)] = problems(text)
    assert key == "outlets[0].name" and f"at most {MAX_NAME} characters" in message
