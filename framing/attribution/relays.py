"""A relayed source after a transmitting verb or its subject: «نقلت الوكالة عن مصدر مطلع», "citing two sources"; the
whole title of an Arabic relayed speaker up to «أن»; and what an outlet saw ("documents it had seen"), which is its
own reporting, not a speaker."""

from __future__ import annotations

import re

from framing.attribution.addressees import _is_stop
from framing.attribution.kinds import _head_at
from framing.attribution.sentence import Attribution, _Sentence, _set_speaker
from framing.attribution.speaker_types import _speaker_of
from framing.text import clitic_variants


def _nested_speaker(sent: _Sentence, k: int, att: Attribution, own_markers: frozenset[str] = frozenset()) -> int:
    """After a transmitting verb's subject: «عن مصدر مطلع» / "citing two sources" sets the speaker. A verb with
    markers of its own (``own_markers``: «من» after «علمت») relays only a source («من مصادر مطلعة», not «من داخل
    الاجتماع»)."""
    limit = sent.lex.config.attribution.speaker_max_words
    markers = own_markers or sent.cues.nested
    starts = [k]
    if k < len(sent.tokens) and sent.comma_before(k):  # «وكالة تسنيم، المقربة من الحرس الثوري، عن مصدر …»
        close = next((p for p in range(k + 1, min(k + limit + 1, len(sent.tokens))) if sent.comma_before(p)), None)
        if close is not None and not any(sent.verb_at(p) or sent.is_complementizer(p) for p in range(k, close)):
            starts.append(close)
    for j in (j for first in starts for j in range(first, min(first + 4, len(sent.tokens)))):
        if sent.is_complementizer(j) or (j not in starts and sent.verb_at(j)):
            break
        if sent.tokens[j].key in markers:
            end = _to_complementizer(sent, j + 1, sent.noun_phrase(j + 1, limit=limit))
            if end > j + 1 and _evidence(sent, j + 1, end):
                return end  # "citing documents it had seen": the outlet's own reporting
            if end > j + 1 and ((att.outlet and att.speaker_type == "outlet") or not att.speaker) and _head_at(sent, j + 1, end, sent.cues.data_nouns) is not None:
                return end  # "the paper notes, citing figures from …": citing data leaves the outlet speaking
            if end > j + 1 and own_markers and not _speaker_of(sent, j + 1, end, default="")[1]:
                return k  # «من داخل الاجتماع»: a place, not a source
            if end > j + 1:
                _set_speaker(att, sent, j + 1, end)
                return end
    return k


def _to_complementizer(sent: _Sentence, i: int, end: int) -> int:
    """A relayed speaker's phrase cut at a preposition («عن قائد القوات البرية في الجيش …») runs on to the
    complementizer that opens the reported words (« … العميد كيومرث حيدري أن …»), when no verb, comma or
    quotation stands between: the whole title and name are the speaker's."""
    if not sent.cues.subject_after_verb or end <= i:
        return end
    stops = 0
    for p in range(end, min(len(sent.tokens), i + 2 * sent.lex.config.attribution.speaker_max_words)):
        if sent.is_complementizer(p):
            return p
        stops += _is_stop(sent, p)
        if sent.verb_at(p) or sent.boundary_before(p) or re.search(r'[«"“]', sent.gap(p)) \
                or stops > 1 or sent.tokens[p].key.startswith("لل"):
            break  # one place or body phrase («في الجيش …»), not «تأكيده خلال اجتماع …» or «للصحفيين»
    return end


def _evidence(sent: _Sentence, i: int, end: int) -> bool:
    """Tokens [i, end) name what an outlet saw ("documents it had seen", «وثائق اطلعت عليها»), owned by no body."""
    cues = sent.cues
    k = i
    while k < end and (sent.tokens[k].key in cues.demonstratives or sent.tokens[k].key.isdigit()):
        k += 1
    if k >= end or not any(v in cues.evidence for v in clitic_variants(sent.tokens[k].key)):
        return False
    owned = any(v in cues.official or v in cues.organization for t in sent.tokens[k + 1:end] for v in clitic_variants(t.key))
    return not owned and not sent.known_speaker(k, end) and not any(m in sent.mention_at for m in range(k, end))


def carried_document(sent: _Sentence, k: int, att: Attribution) -> int:
    """After an outlet and a verb that carries (``carries``) at token k: a document and its owner ("SPA carried a
    statement by the foreign ministry", «بثت الوكالة بياناً لوزارة الخارجية»). The owner speaks through the outlet;
    returns where the owner's phrase ends, else k (footage, a report with no owner named)."""
    tokens, cues = sent.tokens, sent.cues
    j = k
    while j < len(tokens) and (tokens[j].key in cues.indefinite_determiners or tokens[j].key in cues.demonstratives):
        j += 1
    if j >= len(tokens) or j - k > 2 or tokens[j].key not in cues.carried_documents or sent.boundary_before(j):
        return k
    start = j + 1
    if start < len(tokens) and tokens[start].key in cues.carried_document_links:
        start += 1
    if start >= len(tokens) or sent.boundary_before(start):
        return k
    end = sent.noun_phrase(start, limit=sent.lex.config.attribution.speaker_max_words)
    if end <= start:
        return k
    outlet = att.outlet
    _set_speaker(att, sent, start, end)
    att.outlet = outlet
    first = tokens[start]  # «بياناً لوزارة الخارجية»: the owner is «وزارة الخارجية», without the genitive «ل»
    marker = next((m for m in cues.addressee if m and first.key.startswith(m) and first.key[len(m):] in
                   clitic_variants(first.key)), "")
    if marker and att.speaker.startswith(first.surface[: len(marker)]):
        att.speaker = att.speaker[len(marker):]
    return end
