"""Section 3 of the report: one card per outlet (passages, keywords, frame profile, verbs)."""

from __future__ import annotations

from bisect import bisect_right

import pandas as pd
from markupsafe import Markup

from framing.report.view import FALLBACK_KEYWORDS, KIND_LABELS, SOURCE_TYPE_LABELS, View, direction, float_or_none


def cards_section(view: View) -> list[dict[str, object]]:
    analysis, text = view.analysis, view.analysis.article.text
    width = view.config.report.kwic_width
    top_n = view.config.keywords.top_n
    min_tokens = view.config.keywords.min_tokens
    min_count = view.config.keywords.min_count
    line_starts = [b.start for b in analysis.article.structure.blocks]
    cards = []
    for outlet, style in view.styles.items():
        info = analysis.sources.get(outlet, {})
        passages = []
        for seg, words in ((s, n) for s, n in zip(analysis.segments, analysis.voices.segment_words, strict=True) if s.outlet == outlet):
            i = bisect_right(line_starts, seg.start) - 1
            line_start = line_starts[i] if i >= 0 else 0
            left = max(line_start, seg.start - width)
            passages.append(
                {
                    "dir": direction(text[seg.start : seg.end]),
                    "left": view.annotator.markup(left, seg.start, tags=False, segments=False) if left < seg.start else Markup(""),
                    "cut": left > line_start,
                    "html": view.annotator.markup(seg.start, seg.end, tags=False),
                    "speaker": seg.speaker,
                    "speaker_dir": direction(seg.speaker),
                    "speaker_type": seg.speaker_type,
                    "cue": seg.cue,
                    "kind": KIND_LABELS.get(seg.kind, seg.kind),
                    "paragraph": seg.paragraph + 1,
                    "words": words,
                }
            )
        keywords = view.rows("keywords", unit_type="outlet", unit=outlet)
        keywords_note = ""
        if not keywords.empty:
            keywords = keywords.sort_values("rank", kind="mergesort")
            repeated = keywords[keywords["count"] >= min_count]
            if repeated.empty:
                keywords_note = f"No n-gram occurs {min_count} times in these passages; the {FALLBACK_KEYWORDS} strongest single occurrences are shown."
                keywords = keywords.head(FALLBACK_KEYWORDS)
            else:
                keywords = repeated.head(top_n)
        keyword_rows = [
            {
                "term": str(r["term"]),
                "dir": direction(str(r["term"])),
                "z": r["z"],
                "log_odds": r["log_odds"],
                "count": r["count"],
                "tokens": r["tokens"],
                "count_rest": r["count_rest"],
                "tokens_rest": r["tokens_rest"],
                "tfidf": r["tfidf"],
                "distinctive": bool(r["distinctive"]),
            }
            for r in keywords.to_dict("records")
        ]
        keyword_dir = direction("".join(r["term"] for r in keyword_rows)) if keyword_rows else "ltr"
        frames = view.rows("frames", unit_type="outlet", unit=outlet)
        voices = view.rows("voice_frames", outlet=outlet)
        by_voice = {(str(r["voice"]), str(r["frame"])): int(r["hits"]) for r in voices.to_dict("records")} if not voices.empty else {}
        frame_rows = [
            {
                "ref": view.frame_refs.get(str(r["frame"]), ""),
                "label": view.frame_labels.get(str(r["frame"]), str(r["label"])),
                "hits": r["hits"],
                "weighted": r["weighted"],
                "rate": r["rate_per_1000"],
                "share": float(r["share"]) if not pd.isna(r["share"]) else 0.0,
                "share_low": float_or_none(r.get("share_low")),
                "share_high": float_or_none(r.get("share_high")),
                "passages": int(r["passages"]),
                "presence_low": float_or_none(r.get("presence_low")),
                "presence_high": float_or_none(r.get("presence_high")),
                "own": by_voice.get(("own", str(r["frame"])), 0),
                "quoted": by_voice.get(("quoted", str(r["frame"])), 0),
            }
            for r in frames.to_dict("records")
        ]
        frame_hits = sum(int(r["hits"]) for r in frame_rows)
        verbs = view.rows("verbs", outlet=outlet)
        verb_rows = [
            {"lemma": str(r["lemma"]), "stance": str(r["stance"]), "count": r["count"], "forms": str(r["forms"])}
            for r in verbs.sort_values(["count", "lemma"], ascending=[False, True], kind="mergesort").to_dict("records")
        ] if not verbs.empty else []
        cards.append(
            {
                "style": style,
                "type": SOURCE_TYPE_LABELS.get(str(info.get("type", "")), str(info.get("type", ""))),
                "group": str(info.get("group_label", "") or ""),
                "country": str(info.get("country", "") or ""),
                "tokens": view.tokens.get(outlet),
                "thin": view.thin.get(outlet, False),
                "min_tokens": min_tokens,
                "passages": passages,
                "keywords": keyword_rows,
                "keyword_dir": keyword_dir,
                "keywords_note": keywords_note,
                "min_count": min_count,
                "frames": [f for f in frame_rows if f["hits"]],
                "frames_without_hits": [f["label"] for f in frame_rows if not f["hits"]],
                "frame_hits": frame_hits,
                "shares_shown": view.evidence("outlet", outlet)[2],
                "hit_passages": view.evidence("outlet", outlet)[1],
                "floor": view.config.report.min_frame_hits,
                "floor_passages": view.config.report.min_frame_passages,
                "verbs": verb_rows,
                "voices_known": not voices.empty,
            }
        )
    return cards
