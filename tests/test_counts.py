"""Counts add up: the in-order fast path gives what the general sum gives."""

from __future__ import annotations

from pathlib import Path

from framing.attribution import attribute
from framing.config import load_config
from framing.counts import Counts, sum_counts
from framing.profiles import count_article

SEED = Path(__file__).resolve().parents[1] / "seeds" / "muscat-talks-2026-02-06.ar.txt"


def _parts() -> list[Counts]:
    config = load_config(None).config
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    thirds = [paragraphs[i::3] for i in range(3)]
    return [count_article(attribute("\n\n".join(chunk), config), config)[0] for chunk in thirds]


def test_counts_in_order_sum_equals_general_sum() -> None:
    parts = _parts()
    general = Counts()
    articles = 0
    for part in parts:
        general.add(part, ordinal=articles)  # every form compared with what is already there
        articles += 1
    fast = sum_counts(parts)
    assert fast.first_seen == general.first_seen
    assert fast.ngrams == general.ngrams and fast.forms == general.forms and fast.units == general.units
    assert any(a == 2 for a, _t in fast.first_seen.values())  # the third article brought forms of its own


def test_counts_general_add_keeps_the_earliest_place() -> None:
    first, second, _third = _parts()
    later = Counts().add(second, ordinal=5)
    later.add(first, ordinal=0)  # an earlier article added last: its places win where both saw a form
    shared = first.first_seen.keys() & second.first_seen.keys()
    assert shared
    for key in shared:
        assert later.first_seen[key] == first.first_seen[key]


def test_counts_label_an_unlisted_outlet_as_the_article_writes_it():
    from framing.attribution import attribute
    from framing.config import load_config
    from framing.profiles import count_article

    config = load_config().config
    article = attribute("The Algerian daily El Rassif reported that the border was closed. "
                        "The newspaper added that troops were deployed.", config)
    counts, _hits = count_article(article, config)
    assert counts.labels[("outlet", "unlisted_el_rassif")] == "El Rassif"


def test_counts_without_ngrams_keeps_everything_else_and_leaves_the_counts_as_they_were() -> None:
    counts = Counts()
    counts.labels[("outlet", "x")] = "X"
    counts.units[("outlet", "x", "tokens")] = 7
    counts.ngrams[("outlet", "x", 1, "talks")] = 2
    counts.forms[("outlet", "x", "talks", "Talks")] = 2
    counts.first_seen[("outlet", "x", "talks", "Talks")] = (0, 3)
    counts.frame_hits[("outlet", "x", "diplomacy")] = 1
    counts.verbs[("x", "say", "neutral")] = 1
    light = counts.without_ngrams()
    assert not light.ngrams and not light.forms and not light.first_seen
    assert (light.labels, light.units, light.frame_hits, light.verbs) == (counts.labels, counts.units, counts.frame_hits, counts.verbs)
    assert counts.ngrams and counts.forms and counts.first_seen


def test_counts_pickle_back_as_they_were_with_counters_as_counters():
    import dataclasses
    import pickle
    from collections import Counter

    from framing.counts import _COUNTERS

    assert _COUNTERS == {f.name for f in dataclasses.fields(Counts) if f.default_factory is Counter}
    counts = Counts()
    counts.units[("outlet", "irna", "tokens")] += 3
    counts.frame_weight[("outlet", "irna", "diplomacy")] += 1.5
    counts.verb_forms[("irna", "say", "neutral")] = {"said"}
    counts.labels[("outlet", "irna")] = "IRNA"
    back = pickle.loads(pickle.dumps(counts))
    assert back == counts
    assert all(isinstance(getattr(back, name), Counter) for name in _COUNTERS)
    back.units[("outlet", "irna", "tokens")] += 1  # still counts
    assert back.units[("outlet", "irna", "tokens")] == 4 and counts.units[("outlet", "irna", "tokens")] == 3
