"""The cue verbs that introduce each outlet: every config form found in each segment's cue, counted once per cue."""

from __future__ import annotations

from collections import defaultdict

from framing.config import Config
from framing.counts import Counts, count_verb
from framing.keys import Word, index_text, sequence_spans
from framing.model import Article
from framing.text import clitic_variants, tokenize


def _verb_patterns(config: Config) -> tuple[list[tuple[list[Word], str, str]], dict[str, list[int]]]:
    """Every cue-verb form as words with its lemma and stance, and the forms indexed by first word (once per config)."""
    forms: dict[tuple[str, ...], tuple[str, str]] = {}
    for cues in config.attribution.languages.values():
        for verb in cues.verbs:
            for form in verb.forms:
                forms.setdefault(tuple(t.key for t in tokenize(form)), (verb.lemma, verb.stance))
    patterns = [
        ([Word("", key, clitic_variants(key)[-1]) for key in form_keys], lemma, stance)
        for form_keys, (lemma, stance) in forms.items()
        if form_keys
    ]
    by_first: dict[str, list[int]] = defaultdict(list)  # a word key -> the forms that can start there
    for number, (phrase, _lemma, _stance) in enumerate(patterns):
        for key in dict.fromkeys((phrase[0].key, phrase[0].bare)):
            by_first[key].append(number)
    return patterns, dict(by_first)


def count_verbs(counts: Counts, article: Article, config: Config) -> None:
    """Cue verbs introducing each outlet: config forms found in each segment's cue, each cue counted once."""
    patterns, by_first = config.derived("profiles.verb_patterns", _verb_patterns)

    def verbs_in(cue: str) -> list[tuple[str, str, str]]:
        """(lemma, stance, surface) of every form found in one cue, in the order of ``forms``."""
        cue_index = index_text(cue)
        numbers = sorted({n for key in cue_index.by_variant for n in by_first.get(key, ())})
        return [
            (lemma, stance, " ".join(t.surface for t in cue_index.tokens[first:stop]))
            for phrase, lemma, stance in (patterns[n] for n in numbers)
            for first, stop in sequence_spans(cue_index, phrase, stemmed=False)
        ]

    seen_cues: set[tuple[str, int, int]] = set()
    found_in: dict[str, list[tuple[str, str, str]]] = {}  # cue text -> its verbs: a repeated cue is read once
    for seg in article.segments:
        if not seg.outlet or not seg.cue:
            continue
        if seg.cue_start >= 0:
            if (seg.outlet, seg.cue_start, seg.cue_end) in seen_cues:
                continue
            seen_cues.add((seg.outlet, seg.cue_start, seg.cue_end))
            cue = article.text[seg.cue_start : seg.cue_end]
        else:
            cue = seg.cue
        if cue not in found_in:
            found_in[cue] = verbs_in(cue)
        for lemma, stance, surface in found_in[cue]:
            count_verb(counts, seg.outlet, lemma, stance, surface)
