"""The article's structure: lines and word tokens computed once, read by span."""

from __future__ import annotations

import pickle
import random
from pathlib import Path

import pytest

from framing.model import Article, OffsetError
from framing.structure import STANDFIRST_FACTOR, TITLE_FACTOR, structure_of
from framing.text import blocks, tokenize

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "eval" / "articles").glob("*.txt"))[:3]]


@pytest.mark.parametrize("text", TEXTS)
def test_structure_tokens_of_a_span_are_what_tokenize_finds_there(text: str) -> None:
    structure = structure_of(text)
    rng = random.Random(7)
    bounds = sorted({0, len(text), *structure.starts, *structure.ends})  # spans that cut no word, as passages do
    spans = [(b.start, b.end) for b in blocks(text)] + [tuple(sorted(rng.sample(bounds, 2))) for _ in range(300)]
    for start, end in spans:
        expected = [(t.start, t.end, t.surface, t.key) for t in tokenize(text, start, end)]
        assert [(t.start, t.end, t.surface, t.key) for t in structure.tokens(text, start, end)] == expected
        assert structure.count(start, end) == len(expected)
    assert structure.word_count == len(tokenize(text))


def test_structure_headings_follow_one_rule_with_longer_titles() -> None:
    title = " ".join(["word"] * 15)  # 15 words: a title at 10 x 2, not a heading inside the text
    text = f"{title}\nA sentence ends here.\n{title}\nShort heading\n"
    structure = structure_of(text)
    first, sentence, again, heading = structure.blocks
    assert TITLE_FACTOR == 2
    assert structure.is_heading(text, first, max_words=10) and structure.title(text, max_words=10) == title
    assert not structure.is_heading(text, sentence, max_words=10)
    assert not structure.is_heading(text, again, max_words=10) and structure.is_heading(text, heading, max_words=10)


def test_structure_a_standfirst_under_a_title_is_a_heading_too() -> None:
    standfirst = " ".join(["word"] * 25)  # 25 words, no final stop: under a title, a standfirst (10 x 3)
    text = f"Short title\n{standfirst}\nBy Jane Roe in Tunis\nA sentence ends here.\n"
    structure = structure_of(text)
    assert STANDFIRST_FACTOR == 3 and structure.is_heading(text, structure.blocks[1], max_words=10)
    lead = f"Short title\n{standfirst}\nA sentence ends here.\n"  # a lead paragraph that lacks its stop, not a standfirst
    structure = structure_of(lead)
    assert not structure.is_heading(lead, structure.blocks[1], max_words=10)
    untitled = f"A sentence ends here.\n{standfirst}\n"  # no title above it: a paragraph with no stop
    structure = structure_of(untitled)
    assert not structure.is_heading(untitled, structure.blocks[1], max_words=10)


def test_structure_is_made_once_with_the_article_and_kept() -> None:
    text = "قالت «هآرتس» إن المحادثات انتهت.\nوأضافت الصحيفة أن العقوبات باقية."
    article = Article(text)
    assert article.structure.word_count == len(tokenize(text))
    assert article.with_segments(()).structure is article.structure
    copy = pickle.loads(pickle.dumps(article))
    assert copy.structure.count(0, len(text)) == article.structure.word_count
    with pytest.raises(OffsetError):
        Article("another text", structure=article.structure)


def test_structure_stems_are_the_feature_keys_of_its_tokens_made_once_and_pickled_with_it() -> None:
    from framing.keys import feature_key

    text = "قالت «هآرتس» إن المحادثات انتهت.\nThe talks ended, officials said."
    article = Article(text)
    stems = article.structure.stems(text)
    assert stems == [feature_key(t.surface) for t in tokenize(text)]
    assert article.structure.stems(text) is stems  # made once
    copy = pickle.loads(pickle.dumps(article))
    assert copy.structure.stem_keys == stems  # carried by a pickled article, not made again
    assert Article("").structure.stems("") == []
