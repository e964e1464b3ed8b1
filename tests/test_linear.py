"""Analysis work grows linearly with the article (issue 8 item 7): counted, never timed.

``scripts/benchmark_size.py`` measures the seconds; these tests count the operations that once grew
with the square of the article, so a return of the quadratic behaviour fails here in a second.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing.attribution
import framing.text as text_module
from framing.attribution import Attribution, attribute, lexicon
from framing.attribution import cues, sentence
from framing.attribution.resolve import _Context, _resolve
from framing.attribution.speakers import _Cue
from framing.config import load_config
from framing.matcher import FrameHit, outside, resolve_overlaps

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def cfg():
    return load_config(ROOT / "config.yaml").config


def _articles() -> str:
    files = [ROOT / "seeds" / "muscat-talks-2026-02-06.ar.txt", *sorted((ROOT / "eval" / "articles").glob("*.txt"))]
    return "\n\n".join(p.read_text(encoding="utf-8").strip() for p in files)


# ------------------------------------------------------------- continuations


class _Watched(Attribution):
    """An attribution that counts how often its fields are read."""

    reads = 0

    def __getattribute__(self, name):  # noqa: ANN001
        if not name.startswith("__"):
            _Watched.reads += 1
        return super().__getattribute__(name)


def test_a_continuation_does_not_rescan_the_section(cfg):
    """«الصحيفة» with no newspaper before it, in a section of 5,000 attributed passages: a handful of reads."""
    lex = lexicon(cfg)
    ctx = _Context()
    for i in range(5000):
        ctx.remember(3, _Watched(speaker=f"speaker {i}", speaker_type="official", speaker_stems=frozenset({f"s{i}"})),
                     lex.outlet_types)
    _Watched.reads = 0
    newspaper = _Cue(first=0, last=1, attribution=Attribution(), anaphor=("newspaper",))
    assert _resolve(newspaper, ctx, 3, lex) is None  # nothing of that type: the cue's own reading (none)
    diplomats = _Cue(first=0, last=1, attribution=Attribution(speaker="x", speaker_type="anonymous"),
                     anaphor_stems=frozenset({"nowhere"}))
    assert _resolve(diplomats, ctx, 3, lex).speaker == "x"
    added = _Cue(first=0, last=1, attribution=Attribution(speaker="speaker 4999", speaker_type="official"), continues=True)
    assert _resolve(added, ctx, 3, lex).outlet == ""
    assert _Watched.reads < 50  # a scan reads every passage of the section: 5,000 and more


@dataclass
class _Att:
    outlet: str
    source_type: str
    speaker_type: str
    speaker_stems: frozenset[str]


_TYPES = {"a": "newspaper", "b": "agency", "c": "platform"}


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.sampled_from(["", "a", "b", "c"]), st.sampled_from(["", "newspaper", "agency"]),
                          st.sampled_from(["official", "organization", "anonymous", "outlet"]),
                          st.frozensets(st.sampled_from(["s1", "s2", "s3"]), max_size=2)), max_size=30),
       st.integers(0, 8), st.frozensets(st.sampled_from(["newspaper", "agency", "platform"])), st.booleans(),
       st.frozensets(st.sampled_from(["s1", "s2", "s3", "s4"])))
def test_recent_answers_what_a_scan_answers(steps, paragraph_now, wanted, body, stems):
    ctx = _Context()
    added: list[tuple[int, _Att]] = []
    paragraph = 0
    for step, outlet, source_type, speaker_type, speaker_stems in steps:
        paragraph += step
        att = _Att(outlet, source_type, speaker_type, speaker_stems)
        ctx.remember(paragraph, att, _TYPES)
        added.append((paragraph, att))
    recent = ctx.recent
    since = max(paragraph, paragraph_now) - 2
    window = [a for p, a in reversed(added) if p >= since]

    def kind(a: _Att) -> str:
        return _TYPES.get(a.outlet, "") if a.outlet else a.source_type

    def is_body(a: _Att) -> bool:
        return not a.outlet and a.speaker_type in {"organization", "official"}

    expected = next((a for a in window if kind(a) in wanted or (body and is_body(a))), None)
    assert recent.last_of(wanted, since, body=body) is expected
    assert recent.last_sharing(stems, since) is next((a for a in window if a.speaker_stems & stems), None)
    assert recent.last(since) is (window[0] if window else None)


# ------------------------------------------------------- one long sentence


def _counted(monkeypatch, cfg, text: str) -> dict[str, int]:
    """Operations attribution performs on ``text``, by kind."""
    counts = {"quote marks read": 0, "characters given to quote_spans": 0, "clause checks": 0, "phrase checks": 0}
    read, spans = text_module.QuoteReader.read, text_module.quote_spans
    boundary, phrase_at = sentence._Sentence.boundary_before, cues._phrase_at
    modules = [importlib.import_module(f"framing.attribution.{m.name}")  # each module of the package
               for m in pkgutil.iter_modules(framing.attribution.__path__)]

    def counting_read(self, ch, i):  # noqa: ANN001
        counts["quote marks read"] += 1
        return read(self, ch, i)

    def counting_spans(text, start, end):  # noqa: ANN001
        counts["characters given to quote_spans"] += end - start
        return spans(text, start, end)

    def counting_boundary(self, i):  # noqa: ANN001
        counts["clause checks"] += 1
        return boundary(self, i)

    def counting_phrase(*args, **kwargs):  # noqa: ANN002, ANN003
        counts["phrase checks"] += 1
        return phrase_at(*args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(text_module.QuoteReader, "read", counting_read)
        patch.setattr(text_module, "quote_spans", counting_spans)
        for module in modules:
            if hasattr(module, "quote_spans"):
                patch.setattr(module, "quote_spans", counting_spans)
            if hasattr(module, "_phrase_at"):
                patch.setattr(module, "_phrase_at", counting_phrase)
        patch.setattr(sentence._Sentence, "boundary_before", counting_boundary)
        attribute(text, cfg)
    return counts


@pytest.mark.parametrize("variant", ["one line", "one sentence"])
def test_attribution_work_grows_linearly(monkeypatch, cfg, variant):
    """Twice the text, at most about twice the work: the articles on one line, and on one line
    with every sentence stop removed (a single 60 KB sentence, with hundreds of cues and quotations)."""
    unit = _articles().replace("\n", " ")
    if variant == "one sentence":
        unit = unit.translate(str.maketrans("", "", ".!?؟"))
    attribute(unit[:2000], cfg)  # lexicon and stemmer set up outside the count
    small = _counted(monkeypatch, cfg, unit)
    large = _counted(monkeypatch, cfg, " ".join([unit] * 2))
    for kind, n in small.items():
        assert large[kind] <= 2.2 * n + 100, (kind, n, large[kind])


def test_a_long_run_of_stops_is_one_sentence_end():
    """200,000 dots before a blank end a sentence; 200,000 before a letter do not (each read once, not once per dot)."""
    text = "word" + "." * 200_000 + " Next" + "." * 200_000 + "x end."
    assert text_module.sentences(text, 0, len(text)) == [(0, 200_004), (200_005, len(text))]


# ------------------------------------------------------------------ profiles


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 6), st.sampled_from(["f", "g"])), max_size=25))
def test_resolve_overlaps_keeps_what_pairwise_checks_keep(raw):
    candidates = [FrameHit(frame, "t", "ar", 1.0, start, start + length, order) for order, (start, length, frame) in enumerate(raw)]
    kept: list[FrameHit] = []
    for hit in sorted(candidates, key=lambda h: (h.start - h.end, h.start, h.order)):
        if not any(hit.start < o.end and o.start < hit.end and ((hit.start, hit.end) != (o.start, o.end) or o.frame == hit.frame)
                   for o in kept):
            kept.append(hit)
    assert resolve_overlaps(candidates) == sorted(kept, key=lambda h: (h.start, h.end, h.order))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)), max_size=15),
       st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)), max_size=15))
def test_outside_keeps_what_pairwise_checks_keep(spans, blocked):
    spans = [(s, s + n) for s, n in spans]
    blocked = [(s, s + n) for s, n in blocked]
    expected = [(s, e) for s, e in spans if not any(s < b_end and b_start < e for b_start, b_end in blocked)]
    assert outside(spans, blocked) == expected


# -------------------------------------------------------------- quotations

_QUOTE_TEXT = st.text(alphabet='ab «»“”()"', max_size=30)


@settings(max_examples=200, deadline=None)
@given(_QUOTE_TEXT, st.data())
def test_quote_questions_answer_what_quote_spans_answers(text, data):
    from framing.quotes import SuffixQuotes, first_span_opened_in

    gap_start = data.draw(st.integers(0, len(text)))
    gap_end = data.draw(st.integers(gap_start, len(text)))
    spans = [s for s in text_module.quote_spans(text, gap_start, len(text)) if s[0] < gap_end]
    assert first_span_opened_in(text, gap_start, gap_end, len(text)) == (spans[0] if spans else None)
    quotes = SuffixQuotes(text, 0, len(text))
    for p in data.draw(st.lists(st.integers(0, len(text)), max_size=4)):  # starts in any order
        after = data.draw(st.integers(p, len(text)))
        before = data.draw(st.integers(p, after))
        expected = sum(b - a for a, b in text_module.quote_spans(text, p, len(text)) if a >= after or b <= before)
        assert quotes.quoted(p, after, before) == expected
