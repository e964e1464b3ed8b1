"""Where an addressee may stand after a speaker («وقال النائب عن محافظة … لقناة …», "told the state-run Anadolu
news agency", «لوكالة الأنباء اليمنية (سبأ)»): the words a search for it may cross, and an outlet named after a
description."""

from __future__ import annotations

import re

from framing.attribution.mentions import _Mention
from framing.attribution.sentence import _Sentence

_OPEN_QUOTE = re.compile(r"^\s*[:：]?\s*[«“\"]")


def _is_stop(sent: _Sentence, k: int) -> bool:
    """Token k is a speaker stop as written (not a name spelled like one: «علي», ``name_words``)."""
    return sent.tokens[k].key in sent.cues.stops and sent.tokens[k].surface not in sent.cues.name_words


def _described_addressee(sent: _Sentence, j: int) -> _Mention | None:
    """The outlet named within five words after an addressee prefix on a type noun at token j («لوكالة الأنباء
    اليمنية (سبأ)», «لقناة «المسيرة» التابعة …»), with no verb or complementizer between."""
    key = sent.tokens[j].key
    marker = next((m for m in sent.cues.addressee if m and key.startswith(m) and key[len(m):] in sent.cues.type_words), None)
    if marker is None:
        return None
    for m in range(j + 1, min(j + 6, len(sent.tokens))):
        if sent.verb_at(m) or sent.is_complementizer(m):
            return None
        if m in sent.mention_at:
            return sent.mention_at[m]
    return None


def _addressee_window(sent: _Sentence, k: int) -> int:
    """Where the search for an addressee after the speaker ends: five words on, or further (as far as a speaker phrase
    may run) past two places, a title or an apposition («وقال النائب عن محافظة المفرق خلدون العموش لقناة …», «وقال X،
    عضو الوفد، لوكالة …»), up to a verb, a complementizer or a quotation."""
    end = min(k + sent.lex.config.attribution.speaker_max_words, len(sent.tokens))
    stops = 0
    for j in range(k, end):
        stops += _is_stop(sent, j)  # two place phrases («باحث في الشأن السوداني مقيم في نيروبي لفرانس برس»)
        if j > k and (sent.verb_at(j) or sent.is_complementizer(j) or _OPEN_QUOTE.match(sent.gap(j)) or stops > 2):
            return max(j, min(k + 5, len(sent.tokens)))
    return end


def _qualifiers_only(sent: _Sentence, k: int, j: int) -> bool:
    """Tokens [k, j) are a determiner and outlet qualifiers at most ("the", "the state-run", "the Houthi-run")."""
    cues, tokens = sent.cues, sent.tokens
    return all((p == k and tokens[p].key in cues.demonstratives) or tokens[p].key in cues.outlet_qualifiers
               or (p + 1 < j and sent.gap(p + 1) in ("-", "‑") and tokens[p + 1].key in cues.outlet_qualifiers)
               for p in range(k, j))
