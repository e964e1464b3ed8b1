"""Where a cue's reported content lies: after it (a complementizer, a colon, a quotation or a clause of words) or
before it (an end attribution: "…, the agency said in a report seen by …", "…, the official said, while …")."""

from __future__ import annotations

from framing.attribution.addressees import _OPEN_QUOTE
from framing.attribution.sentence import _Sentence

# A prepositional phrase of at most this many words after a cue, ending the sentence, is an adjunct of the cue;
# after a cue whose content came before it (", the agency said in a confidential report seen by …"), a longer one.
_ADJUNCT_WORDS = 6
_ADJUNCT_WORDS_AFTER_CONTENT = 12
_MIN_CONTENT_BEFORE = 4  # words before the cue that can be its content


def _content_follows(sent: _Sentence, k: int, first: int = 0) -> bool:
    """Whether reported content comes after token k (complementizer, colon, quote or many words); ``first`` is the
    cue's first token, which opens a clause after earlier words when the content came before the cue."""
    if k >= len(sent.tokens):
        return False
    if _OPEN_QUOTE.match(sent.gap(k)) or ":" in sent.gap(k) or sent.is_complementizer(k):
        return True
    rest = range(k, len(sent.tokens))
    content_before = first >= _MIN_CONTENT_BEFORE and "," in sent.gap(first)
    limit = _ADJUNCT_WORDS_AFTER_CONTENT if content_before else _ADJUNCT_WORDS
    if sent.tokens[k].key in sent.cues.stops and len(rest) <= limit \
            and not any(sent.is_complementizer(p) or sent.verb_at(p) or sent.boundary_before(p) for p in rest):
        return False  # "…, two diplomats told Reuters on condition of anonymity.": an adjunct, not what was said
    if content_before and (_trails_after_comma(sent, k) or _adverbial_of_content(sent, first, k)):
        return False  # "…, the organisation said, adding that …", "…, the official said, while …"
    return len(rest) >= 4


def _trails_after_comma(sent: _Sentence, k: int) -> bool:
    """After a cue whose content came before it, whether the rest of the sentence (from token k) only trails it: an
    adjunct or nothing up to a comma, then words that report nothing of their own (no quotation, colon or
    complementizer, but one a participle opens): "…, four sources told Reuters on Thursday, five months after …",
    "…, the official said, while the coalition …", "…, the organisation said, adding that …". Not "…, a resident told
    AFP, speaking by phone, that …", whose content comes after the comma."""
    tokens, cues = sent.tokens, sent.cues
    comma = next((p for p in range(k, len(tokens)) if "," in sent.gap(p)), None)
    if comma is None or (comma > k and tokens[k].key not in cues.stops):
        return False
    if any(sent.is_complementizer(p) or sent.verb_at(p) for p in range(k, comma)):
        return False
    for p in range(comma, len(tokens)):
        if _OPEN_QUOTE.match(sent.gap(p)) or ":" in sent.gap(p):
            return False
        if sent.is_complementizer(p) and not (p > comma and tokens[p - 1].key.endswith(cues.participle_endings)):
            return False
    return True


def _adverbial_of_content(sent: _Sentence, first: int, k: int) -> bool:
    """A source set off by commas (after an adjunct of its own: "on Thursday") and followed by a phrase of the
    content before it (``content_adverbials``: "…, the ministry said on Thursday, after talks that had stalled"),
    with no ", that …" of the source's own after it."""
    tokens, n = sent.tokens, len(sent.tokens)
    if not (0 < first and k < n and sent.comma_before(first)):
        return False
    comma = next((p for p in range(k, n) if sent.comma_before(p)), None)
    if comma is None or (comma > k and tokens[k].key not in sent.cues.stops) \
            or any(sent.is_complementizer(p) or sent.verb_at(p) for p in range(k, comma)):
        return False
    return tokens[comma].key in sent.cues.content_adverbials \
        and not any(sent.comma_before(p) and sent.is_complementizer(p) for p in range(comma + 1, n))
