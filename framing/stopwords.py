"""Stopword keys: the matching keys never taken as keywords (stopword lists, cue verbs, type and continuation
nouns of the config), and the test a token's key is put to."""

from __future__ import annotations

from framing.config import Config
from framing.text import clitic_variants, tokenize


def stopword_keys(config: Config) -> frozenset[str]:
    """Matching keys never taken as keywords: stopword lists, cue verbs, type and continuation nouns.

    Continuation nouns count with and without their article ("الصحيفة", "صحيفة"). Built once per config.
    """
    return config.derived("profiles.stopword_keys", _build_stopword_keys)


def _build_stopword_keys(config: Config) -> frozenset[str]:
    import stopwordsiso

    words: set[str] = set(stopwordsiso.stopwords("ar")) | set(stopwordsiso.stopwords("en"))
    for extra in config.keywords.stopwords_extra.values():
        words.update(extra)
    for cues in config.attribution.languages.values():
        for verb in cues.verbs:
            if verb.needs_statement:
                continue  # «رفض»: a word of an act, a cue only «في بيان»: a keyword elsewhere
            words.add(verb.lemma)
            words.update(verb.forms)
        words.update(cues.type_nouns)
    keys = {token.key for word in words for token in tokenize(word)}
    for cues in config.attribution.languages.values():
        for noun in cues.continuation_nouns:
            # "البيان" refers back to a source; so does a bare "بيان" ("في بيان").
            keys.update(reading for token in tokenize(noun) for reading in clitic_variants(token.key))
    return frozenset(keys)


def is_stopword(key: str, stopwords: frozenset[str]) -> bool:
    """True when ``key`` or a proclitic reading of it is a stopword ("وأن", "بأنها", "ولن").

    ``clitic_variants`` keeps three-letter words whole; a leading و or ف is
    also tried alone here, since "ولن", "ولم", "فلا" are function words.
    """
    if any(reading in stopwords for reading in clitic_variants(key)):
        return True
    return len(key) > 2 and key[0] in "وف" and key[1:] in stopwords
