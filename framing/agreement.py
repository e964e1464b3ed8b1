"""Agreement between the tool and human annotation of one article.

Attribution is scored at two levels: characters (every non-blank character
carries the outlet of the span covering it, or none) and passages (each gold
span, and each predicted passage outside the gold spans, is one unit whose
predicted outlet is the one covering most of its characters). Frames are
scored as passage × frame decisions (present or absent) on the gold's coded
passages, plus the tool's passages that no gold passage covers; the tool marks
a frame present in a passage when a counted hit starts inside it. Per-label
precision, recall and F1, Cohen's kappa and Krippendorff's alpha (nominal).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from framing.gold import Gold, GoldSpan
from framing.model import Analysis

NONE = ""


def prf(tp: int, predicted: int, gold: int) -> dict[str, float | int]:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "predicted": predicted, "gold": gold}


def cohen_kappa(a: Sequence[object], b: Sequence[object]) -> float:
    """Cohen's kappa of two codings of the same units (1.0 when they agree on every unit)."""
    n = len(a)
    if n == 0:
        return float("nan")
    observed = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    if expected == 1.0:
        return 1.0 if observed == 1.0 else float("nan")
    return (observed - expected) / (1 - expected)


def krippendorff_alpha(a: Sequence[object], b: Sequence[object]) -> float:
    """Krippendorff's alpha (nominal) of two codings of the same units (1.0 when they agree on every unit)."""
    if not a:
        return float("nan")
    if all(x == y for x, y in zip(a, b)):
        return 1.0
    import krippendorff
    import numpy as np

    values = sorted({*a, *b}, key=str)
    index = {v: i for i, v in enumerate(values)}
    data = np.array([[index[x] for x in a], [index[y] for y in b]], dtype=float)
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


def _char_labels(length: int, spans: Sequence[tuple[int, int, str]]) -> list[str]:
    labels = [NONE] * length
    for start, end, label in spans:
        labels[start:end] = [label] * (end - start)
    return labels


def _majority(labels: Sequence[str], text: str, start: int, end: int) -> str:
    counts = Counter(labels[i] for i in range(start, end) if not text[i].isspace())
    return counts.most_common(1)[0][0] if counts else NONE


def _units(gold: Sequence[GoldSpan], analysis: Analysis) -> list[tuple[int, int, str | None]]:
    """Gold spans (with their label) and the tool's passages that overlap none of them (gold label None)."""
    units: list[tuple[int, int, str | None]] = [(s.start, s.end, s.label) for s in gold]
    covered = sorted((s.start, s.end) for s in gold)
    for seg in analysis.segments:
        if not any(seg.start < e and s < seg.end for s, e in covered):
            units.append((seg.start, seg.end, None))
    return sorted(units, key=lambda u: (u[0], u[1]))


def _per_label(gold: Sequence[str], predicted: Sequence[str]) -> tuple[dict[str, dict[str, float | int]], dict[str, float | int]]:
    labels = sorted({*gold, *predicted} - {NONE})
    per = {}
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, predicted))
        per[label] = prf(tp, sum(p == label for p in predicted), sum(g == label for g in gold))
    tp = sum(g == p != NONE for g, p in zip(gold, predicted))
    overall = prf(tp, sum(p != NONE for p in predicted), sum(g != NONE for g in gold))
    return per, overall


def attribution_agreement(analysis: Analysis, gold: Gold) -> dict[str, object]:
    text = analysis.article.text
    predicted_chars = _char_labels(len(text), [(s.start, s.end, s.outlet) for s in analysis.segments])
    gold_chars = _char_labels(len(text), [(s.start, s.end, s.label) for s in gold.outlets])
    visible = [i for i, ch in enumerate(text) if not ch.isspace()]
    char_per, char_overall = _per_label([gold_chars[i] for i in visible], [predicted_chars[i] for i in visible])
    units = _units(gold.outlets, analysis)
    unit_gold = [label if label is not None else NONE for _s, _e, label in units]
    unit_pred = [_majority(predicted_chars, text, s, e) for s, e, _label in units]
    per, overall = _per_label(unit_gold, unit_pred)
    confusion = Counter(zip(unit_gold, unit_pred))
    return {
        "overall": overall,
        "per_outlet": per,
        "characters": {"overall": char_overall, "per_outlet": char_per},
        "passages": len(units),
        "confusion": [{"gold": g, "predicted": p, "passages": n} for (g, p), n in sorted(confusion.items())],
        "units": [{"start": s, "end": e, "gold": g, "predicted": p} for (s, e, _l), g, p in zip(units, unit_gold, unit_pred)],
    }


def _predicted_frames(analysis: Analysis, start: int, end: int) -> set[str]:
    hits = analysis.frame_hits
    if hits is None or not len(hits):
        return set()
    inside = hits[(hits["start"] >= start) & (hits["start"] < end)]
    if "negated" in inside.columns:
        inside = inside[~inside["negated"].astype(bool)]
    return {str(f) for f in inside["frame"]}


def frame_agreement(analysis: Analysis, gold: Gold, frame_ids: Sequence[str]) -> dict[str, object] | None:
    """Per-frame and pooled agreement on passage × frame decisions; None when the gold codes no frames."""
    if not gold.frames:
        return None
    coded: dict[tuple[int, int], set[str]] = {}
    for span in gold.frames:
        coded.setdefault((span.start, span.end), set()).update({span.label} if span.label else set())
    units = _units([GoldSpan(s, e, "") for s, e in coded], analysis)
    decisions: dict[str, tuple[list[int], list[int]]] = {f: ([], []) for f in frame_ids}
    rows = []
    for start, end, from_gold in units:
        wanted = coded.get((start, end), set()) if from_gold is not None else set()
        got = _predicted_frames(analysis, start, end)
        rows.append({"start": start, "end": end, "gold": sorted(wanted), "predicted": sorted(got)})
        for frame, (g, p) in decisions.items():
            g.append(int(frame in wanted))
            p.append(int(frame in got))
    per_frame = {}
    for frame, (g, p) in decisions.items():
        tp = sum(x == y == 1 for x, y in zip(g, p))
        per_frame[frame] = {**prf(tp, sum(p), sum(g)), "kappa": cohen_kappa(g, p), "alpha": krippendorff_alpha(g, p)}
    pooled_g = [x for g, _p in decisions.values() for x in g]
    pooled_p = [x for _g, p in decisions.values() for x in p]
    tp = sum(x == y == 1 for x, y in zip(pooled_g, pooled_p))
    return {
        "overall": {**prf(tp, sum(pooled_p), sum(pooled_g)), "kappa": cohen_kappa(pooled_g, pooled_p),
                    "alpha": krippendorff_alpha(pooled_g, pooled_p), "decisions": len(pooled_g)},
        "per_frame": per_frame,
        "passages": len(units),
        "units": rows,
    }


def evaluate(analysis: Analysis, gold: Gold, frame_ids: Sequence[str]) -> dict[str, object]:
    """``{"attribution": {"overall", "per_outlet", ...}, "frames": {...} or None}`` (unrounded)."""
    return {
        "gold_format": gold.source_format,
        "attribution": attribution_agreement(analysis, gold),
        "frames": frame_agreement(analysis, gold, frame_ids),
    }
