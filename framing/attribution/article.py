"""The article driver: blocks, headings, posts and sentences read in order into segments that tile the text."""

from __future__ import annotations

from dataclasses import replace

from framing.attribution.cues import Lexicon, _keys, lexicon
from framing.attribution.datelines import byline, dateline
from framing.attribution.own_publisher import (
    _NEVER_OWN,
    own_by_its_interviews,
    own_by_its_phrases,
    own_by_its_reporting,
    without_outlet,
)
from framing.attribution.posts import _post_attribution, _posts
from framing.attribution.resolve import _narration, _Piece, _read_sentence
from framing.attribution.sentence import _Sentence
from framing.attribution.unlisted import _listed_outlet
from framing.config import Config
from framing.model import Article, make_segment
from framing.patterns import TimedPattern, budget
from framing.recent import Context as _Context
from framing.structure import Structure, structure_of
from framing.text import Block, script_of, sentences, tokenize


def attribute(text: str, config: Config, *, title: str = "", path: str = "", encoding: str = "utf-8",
              publisher: str = "") -> Article:
    """Cut ``text`` into segments that tile it, each attributed to an outlet and speaker.

    ``publisher``: the config id of the outlet that published the article, when the caller knows it (a site's own
    page, a corpus table's source column). It is then the article's own publisher whatever its text says: "told X"
    and X speaking are the writer's reporting (docs/attribution.md §2), except for a news agency, whose wires keep
    "told Reuters". Unknown ids raise ``ValueError``.

    >>> from framing.config import load_config
    >>> art = attribute("قالت «هآرتس» إن المحادثات انتهت.", load_config().config)
    >>> art.segments[0].outlet
    'haaretz'
    """
    if publisher and config.outlet(publisher) is None:
        raise ValueError(f"publisher {publisher!r} is not an outlet id of the config")
    given = publisher
    lex = lexicon(config)
    settings = config.attribution
    signature = TimedPattern(settings.signature_pattern, budget(text))  # raises PatternTimeout rather than hang
    datelines = [TimedPattern(p, budget(text)) for p in settings.dateline_patterns]
    bylines = [TimedPattern(p, budget(text)) for p in settings.byline_patterns]
    credits = [TimedPattern(p, budget(text)) for p in settings.credit_patterns]
    metas = [TimedPattern(p, budget(text)) for p in settings.meta_line_patterns]
    article_script = script_of(text) or "ar"
    structure = structure_of(text)  # lines and tokens, once: read here and carried by the Article
    all_blocks = list(structure.blocks)
    ctx = _Context()
    named: dict[str, int] = {}  # outlet -> when last named, for short names ("the Journal")
    pieces: list[_Piece] = []
    publisher = ""  # the outlet the first wire dateline names
    own = ""  # the outlet the first byline names: the paper's or site's own article
    post_of = _posts(text, all_blocks, signature, article_script, lex)
    standfirst = _standfirst(text, all_blocks, structure, metas, settings.heading_max_words)

    index = 0
    while index < len(all_blocks):
        b = all_blocks[index]
        if index in post_of:
            sig_index, m = post_of[index]
            sig = all_blocks[sig_index]
            post = _post_attribution(text, sig, m, lex)
            pieces.append(_Piece(b.start, sig.end, post, b.index))
            ctx.remember(b.index, post, lex.outlet_types)
            ctx.previous = None
            index = sig_index + 1
            continue
        line = text[b.start : b.end]
        if not own and bylines and 0 < b.index <= 3 and not any(q.att.outlet or q.att.speaker for q in pieces) \
                and len(line) <= 300 and len(line.split()) <= settings.heading_max_words:  # the lines under the headline
            own = byline(text, b, bylines, lex)  # «تونس – «القدس العربي» – من …», "By Lina Haddad, The National"
        if structure.is_heading(text, b, max_words=settings.heading_max_words) or _credit_line(text, b, credits, lex) \
                or b.index in standfirst:
            pieces.append(_Piece(b.start, b.end, _narration(), b.index))
            ctx.reset()
            index += 1
            continue
        line_cues = lex.cues(script_of(line) or "ar")
        body = b.start
        found = dateline(text, b, datelines, lex)
        if found is not None:  # "LONDON, June 3 (Reuters) -": the publisher, not the carrier of what follows
            body, dated = found
            if not publisher and not own and dated and lex.outlet_types.get(dated) not in _NEVER_OWN:
                own = dated  # the first dateline, "Port Sudan (CNN) —", «شفق نيوز/»: a site's own lead, not a wire's
            publisher = publisher or dated
        first = len(pieces)
        for s, e in sentences(text, body, b.end, abbreviations=line_cues.abbreviations,
                              before_numbers=line_cues.number_abbreviations):
            pieces.extend(_read_sentence(text, s, e, b.index, ctx, lex, named, structure))
        if found is not None and len(pieces) > first:  # the dateline opens the passage after it
            pieces[first] = replace(pieces[first], start=b.start)
        index += 1

    if given:  # the caller knows who published it: that, whatever the text suggests
        own = given if lex.outlet_types.get(given) not in _NEVER_OWN else ""
    elif not own and not publisher:  # (a wire's dateline names the publisher; another outlet's correspondent is cited)
        own = own_by_its_phrases(text, settings.own_patterns, lex) or own_by_its_reporting(text, pieces, lex) \
            or own_by_its_interviews(text, pieces, lex)
    if own and (own != publisher or lex.outlet_types.get(own) not in _NEVER_OWN):  # «قال مصدر لـ«القدس العربي»» in
        # an Al-Quds Al-Arabi piece: own reporting (a wire's dateline keeps "told Reuters")
        pieces = [without_outlet(p, own) for p in pieces]
    publisher = given or publisher
    segments = tuple(
        make_segment(
            text, p.start, p.end,
            outlet=p.att.outlet, speaker=p.att.speaker, speaker_type=p.att.speaker_type,
            cue=text[p.att.cue_start : p.att.cue_end] if p.att.cue_start >= 0 else "",
            kind=p.att.kind, cue_start=p.att.cue_start, cue_end=p.att.cue_end, paragraph=p.paragraph,
            cue_lemma=p.att.cue_lemma, stance=p.att.stance,
        )
        for p in pieces
        if p.end > p.start
    )
    return Article(text=text, segments=segments, title=title or structure.title(text, max_words=settings.heading_max_words),
                   path=path, encoding=encoding, lang=article_script, publisher=publisher or own, structure=structure)


def publisher_id(config: Config, value: str) -> str:
    """The config id of the outlet ``value`` names (its id in any case, its name or an alias, an acronym in capitals
    as the config writes it: "nan" is not NAN), '' for '' or blanks; ``ValueError`` when the config has no such
    outlet."""
    value = value.strip()
    if not value or config.outlet(value.lower()) is not None:
        return value.lower()
    found = outlet_by_name(config, value)
    if not found:
        shown = value if len(value) <= 60 else value[:57] + "..."
        raise ValueError(f"no outlet {shown!r} in the config (give its id, its name or an alias)")
    return found


def outlet_by_name(config: Config, value: str) -> str:
    """The config id of the outlet whose name or alias ``value`` is, written as the config writes it (an acronym in
    capitals), else ''."""
    lex = lexicon(config)
    found = _listed_outlet(lex, value.strip())
    flags = lex.alias_case.get((_keys(value), found), ())
    words = [t.surface for t in tokenize(value)]
    return "" if not found or any(flag == 2 and not word.isupper() for flag, word in zip(flags, words)) else found



def _credit_line(text: str, block: Block, credits: list[TimedPattern], lex: Lexicon) -> bool:
    """A line that says where the text came from ("Source: BBC Monitoring, …", «المصدر: …»), with no reporting verb
    (not "Sources: Hamas rejected the plan, two officials told Reuters")."""
    line = text[block.start : block.end]
    if not any(pattern.match(line) is not None for pattern in credits):
        return False
    sent = _Sentence(text, block.start, block.end, lex)
    return not sent.holds_a_verb()


def _standfirst(text: str, blocks: list[Block], structure: Structure, metas: list[TimedPattern],
                max_words: int) -> frozenset[int]:
    """The paragraphs between an article's headline and a line that dates or signs it right under them ("Headline /
    France says Algiers has refused … / Issued on: 23/05/2027"; ``meta_line_patterns``): the standfirst, the writer's
    summary (docs/attribution.md §1). At most two paragraphs of at most ``_STANDFIRST_WORDS`` words together; none
    without such a line (a photo credit, «صورة أرشيفية - رويترز», signs nothing)."""
    if len(blocks) < 3 or not structure.is_heading(text, blocks[0], max_words=max_words):
        return frozenset()
    for k in range(2, min(len(blocks), 4)):
        line = text[blocks[k].start : blocks[k].end]
        if len(line.split()) > max_words + 2:
            continue
        if any(pattern.match(line) is not None for pattern in metas):
            between = blocks[1:k]
            words = sum(len(text[b.start : b.end].split()) for b in between)
            return frozenset(b.index for b in between) if words <= _STANDFIRST_WORDS else frozenset()
    return frozenset()


_STANDFIRST_WORDS = 60
