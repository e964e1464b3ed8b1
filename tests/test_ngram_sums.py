"""N-gram columns add up as Counts do: the same counts and the same first places, however they are summed."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from framing.attribution import attribute
from framing.config import load_config
from framing.counts import Counts, sum_counts
from framing.ngram_sums import NgramSums, first_place, ngram_columns
from framing.profiles import count_article

SEED = Path(__file__).resolve().parents[1] / "seeds" / "muscat-talks-2026-02-06.ar.txt"


def _parts() -> list[Counts]:
    config = load_config(None).config
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return [count_article(attribute("\n\n".join(paragraphs[i::4]), config), config)[0] for i in range(4)]


def _as_counts(sums: NgramSums) -> tuple[dict, dict, dict]:
    columns = sums.columns()
    ngrams = {(r["unit_type"], r["unit"], r["n"], r["key"]): r["count"] for r in columns.ngrams.to_pylist()}
    forms = {(r["unit_type"], r["unit"], r["key"], r["surface"]): r["count"] for r in columns.forms.to_pylist()}
    first = {(r["unit_type"], r["unit"], r["key"], r["surface"]): first_place(r["first"]) for r in columns.forms.to_pylist()}
    return ngrams, forms, first


def test_ngram_sums_equal_the_summed_counts_in_any_block_size() -> None:
    parts = _parts()
    expected = sum_counts(parts)
    for block_rows in (1, 50, 10_000_000):  # summed after every part, every few parts, once at the end
        sums = NgramSums(block_rows=block_rows)
        for ordinal, part in enumerate(parts):
            sums.add(part, ordinal)
        ngrams, forms, first = _as_counts(sums)
        assert ngrams == dict(expected.ngrams) and forms == dict(expected.forms)
        assert first == expected.first_seen
        assert any(article == 3 for article, _token in first.values())  # the last part brought forms of its own


def test_ngram_sums_keep_the_earliest_place_when_an_earlier_article_comes_last() -> None:
    part = _parts()[0]
    sums = NgramSums(block_rows=1)
    sums.add(part, 5)
    sums.add(part, 2)  # the same forms, from an article placed before: its places win
    ngrams, _forms, first = _as_counts(sums)
    assert first == {key: (article + 2, token) for key, (article, token) in part.first_seen.items()}
    assert ngrams == {key: 2 * count for key, count in part.ngrams.items()}


def test_ngram_columns_added_with_an_ordinal_shift_their_articles() -> None:
    part = _parts()[0]
    sums = NgramSums()
    sums.add_columns(ngram_columns(part), ordinal=7)
    _ngrams, _forms, first = _as_counts(sums)
    assert first == {key: (article + 7, token) for key, (article, token) in part.first_seen.items()}


def test_ngram_sums_of_nothing_are_empty_tables() -> None:
    columns = NgramSums().columns()
    assert columns.ngrams.num_rows == 0 and columns.forms.num_rows == 0
    assert isinstance(columns.forms.to_pandas(), pd.DataFrame)
