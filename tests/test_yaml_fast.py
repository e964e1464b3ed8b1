"""The fast read of a config: the same data as the round-trip reader, or none at all."""

from __future__ import annotations

import pytest

from framing.config import default_config_text, parse_config
from framing.config.problems import _plain
from framing.yaml_fast import plain_data
from framing.yaml_load import load_yaml


def _same(fast, slow) -> bool:
    if isinstance(slow, dict):
        return isinstance(fast, dict) and list(fast) == list(slow) and all(_same(fast[k], slow[k]) for k in slow)
    if isinstance(slow, list):
        return isinstance(fast, list) and len(fast) == len(slow) and all(map(_same, fast, slow))
    return fast == slow and isinstance(slow, type(fast))


def test_yaml_fast_reads_the_default_config_as_the_round_trip_reader_does():
    text = default_config_text()
    assert _same(plain_data(text), _plain(load_yaml(text)))


def test_yaml_fast_and_the_round_trip_reader_give_one_config():
    text = default_config_text()
    assert parse_config(text).model_dump() == parse_config(text, warnings=[]).model_dump()  # warnings: the slow read


@pytest.mark.parametrize(
    "doc",
    [
        "a: yes\nb: on\nc: [no, off, y]\n",  # YAML 1.2: words, not booleans
        "a: ~\nb: null\nc:\n",
        "a: true\nb: False\n",
        "a: +1\nb: -15\nc: 0\nd: -1.5\ne: 2.25\n",
        "a: '010'\nb: \"1e3\"\nc: |\n  text\n",
        "a: {b: [1, {c: d}], e: f}\n",
        "name: «هآرتس»\nterms: [مفاوضات, حرب]\n",
    ],
)
def test_yaml_fast_reads_plain_documents_like_the_round_trip_reader(doc):
    assert _same(plain_data(doc), _plain(load_yaml(doc)))


@pytest.mark.parametrize(
    "doc",
    [
        "a: 010\n", "a: 0x10\n", "a: 1e3\n", "a: 1_000\n", "a: .5\n", "a: .inf\n", "a: 1:30\n",  # numbers read otherwise
        "a: 2026-01-01\n",  # a date
        "a: &x 1\nb: *x\n", "<<: {a: 1}\n", "a: !!str 1\n",  # anchors, aliases, merge keys, tags
        "a: 1\na: 2\n",  # a key given twice: the round-trip reader refuses it, with its line
        "a: 1\n---\nb: 2\n", "--- \na: 1\n",  # documents
        "a: [1, 2\n", "a: -\n",  # syntax errors: reported by the round-trip reader
        "[" * 70 + "]" * 70 + "\n",  # deeper than the limit
        "a:\t1\n", "a: [1,\t2]\n",  # tabs: libyaml takes some the round-trip reader refuses
    ],
)
def test_yaml_fast_leaves_what_could_read_differently_to_the_round_trip_reader(doc):
    assert plain_data(doc) is None


def test_yaml_fast_errors_still_name_their_line(tmp_path):
    text = default_config_text().replace("heading_max_words: 10", "heading_max_words: ten", 1)
    with pytest.raises(Exception) as caught:
        parse_config(text, "c.yaml")
    assert "heading_max_words" in str(caught.value) and "c.yaml:" in str(caught.value)
