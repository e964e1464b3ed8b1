"""Frame-term matches kept term by term: the same hits as matching afresh, and what a changed lexicon needs."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.attribution import attribute
from framing.config import Config, Term, default_config_text, parse_config
from framing.matcher import cue_spans, lexicon, match_index
from framing.profiles import article_matches, read_article
from framing.term_matches import Coverage, kept_hits, lexicon_id, term_key, term_keys

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "muscat-talks-2026-02-06.ar.txt"
ENGLISH = sorted((ROOT / "eval" / "articles").glob("en-*.txt"))[0]


def _config(negation: bool) -> Config:
    text = default_config_text()
    if negation:
        text = text.replace("  negation:\n    enabled: false", "  negation:\n    enabled: true", 1)
    return parse_config(text, "(test)")


@pytest.mark.parametrize("negation", [False, True])
@pytest.mark.parametrize("path", [SEED, ENGLISH], ids=["seed", "english"])
def test_term_matches_give_the_hits_of_matching_afresh(path: Path, negation: bool) -> None:
    config = _config(negation)
    article = attribute(path.read_text(encoding="utf-8"), config)
    reading = read_article(article, config)
    from framing.keys import char_spans

    blocked = char_spans(reading.index, reading.name_tokens) + cue_spans(article, config)
    expected = match_index(reading.index, lexicon(config), blocked, config)
    found = kept_hits(article_matches(article, config, reading), lexicon(config), config)
    assert found == expected and expected
    assert any(hit.negated for hit in found) == negation  # the seed and the article both hold a negated term


def test_term_matches_cover_what_they_list_and_terms_that_cannot_start_in_the_text() -> None:
    config = _config(False)
    article = attribute(SEED.read_text(encoding="utf-8"), config)
    matches = article_matches(article, config)
    terms = lexicon(config)
    lexicons = {lexicon_id(term_keys(terms, config)): frozenset(term_keys(terms, config))}

    def covers(found, some_terms) -> bool:
        return Coverage(some_terms, config, lexicons.get).covers(found)

    assert covers(matches, terms) and len(matches.spans) < len(set(term_keys(terms, config)))  # not every term starts
    absent = (("diplomacy", "en", Term(text="zeppelin")),)  # its first word is nowhere in the text
    present = (("diplomacy", "ar", Term(text="مسقط")),)  # new, and its first word is in the text: match it
    pattern = (("diplomacy", "ar", Term(pattern="مسقط")),)  # a new pattern may match anywhere
    assert covers(matches, absent) and covers(matches, terms[:3] + absent)
    assert not covers(matches, present) and not covers(matches, pattern)
    more = article_matches(article, config.model_copy(update={"frames": [
        config.frames[0].model_copy(update={"terms": {"ar": [Term(text="مسقط")]}})]}), known=matches)
    lexicons[more.checked[-1]] = frozenset([term_key(present[0][2])])
    assert covers(more, present) and more.spans[term_key(present[0][2])] and covers(more, terms)
    assert set(matches.spans) < set(more.spans)  # what was known is kept beside the new term
    lost = Coverage(terms, config, lambda _id: None)  # a lexicon the cache lost: each term is checked one by one
    assert lost.covers(matches) and not Coverage(terms + present, config, lambda _id: None).covers(matches)


def test_term_matches_a_weight_leaves_the_key_and_the_spans_as_they_are() -> None:
    assert term_key(Term(text="talks")) == term_key(Term(text="talks", weight=3))
    assert term_key(Term(text="talks")) != term_key(Term(text="talks", stem=False))
    assert term_key(Term(text="talks")) != term_key(Term(text="talks", forms=["talk"]))
