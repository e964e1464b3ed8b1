"""Section 5 of the report: the lexicon, the counts behind every chart, similarities and merge steps."""

from __future__ import annotations

from collections import Counter

from framing.intervals import counted_hits
from framing.report.view import View, listing, matrix_outlets, outlet_name, select_rows, thin_label, token_index


def method_section(view: View) -> dict[str, object]:
    analysis, config = view.analysis, view.config
    hit_counts: Counter[tuple[str, str]] = Counter()
    hits = analysis.frame_hits
    if hits is not None and len(hits):
        counted = counted_hits(hits)
        hit_counts.update(zip(map(str, counted["frame"]), map(str, counted["term"]), strict=True))
    lexicon = []
    for frame in config.frames:
        terms: dict[str, list[dict[str, object]]] = {"ar": [], "en": []}
        for lang, term in frame.all_terms():
            terms.setdefault(lang, []).append({"label": term.label, "weight": term.weight, "hits": hit_counts.get((frame.id, term.label), 0)})
        lexicon.append({"ref": view.frame_refs.get(frame.id, ""), "id": frame.id, "label": frame.label, "description": frame.description, "terms": terms})

    token_rows = []
    if analysis.token_counts is not None and len(analysis.token_counts):
        for _, r in analysis.token_counts.iterrows():
            token_rows.append({k: r[k] for k in ("unit_type", "unit", "label", "segments", "tokens", "content_tokens", "thin")})

    frame_rows = _frame_count_rows(view)

    similarity = _similarity_matrix(view)

    verb_rows = []
    if analysis.verbs is not None and len(analysis.verbs):
        for r in analysis.verbs.itertuples(index=False):
            verb_rows.append({"outlet": outlet_name(view, str(r.outlet)), "lemma": str(r.lemma), "stance": str(r.stance),
                              "count": r.count, "forms": str(r.forms)})

    linkage_rows = _merge_steps(view)
    return {
        "lexicon": lexicon,
        "keywords": config.keywords,
        "token_rows": token_rows,
        "frame_rows": frame_rows,
        "similarity": similarity,
        "hits_total": 0 if hits is None else len(hits),
        "verb_rows": verb_rows,
        "linkage_rows": linkage_rows,
        "config_path": analysis.config_path or "(not recorded)",
        "config_sha256": analysis.config_sha256 or "(not recorded)",
    }


def _similarity_matrix(view: View) -> dict[str, object]:
    """Outlets numbered in colour order, with the cosine similarity of each pair's keyword vectors (JSD is in the chart)."""
    table = view.analysis.similarity
    if table is None or len(table) == 0:
        return {"outlets": [], "rows": []}
    present = set(map(str, table["unit_a"])) | set(map(str, table["unit_b"]))
    outlets, cut = matrix_outlets(view, [o for o in view.styles if o in present])
    cosine = {}
    for r in table.itertuples(index=False):
        cosine[(str(r.unit_a), str(r.unit_b))] = cosine[(str(r.unit_b), str(r.unit_a))] = r.cosine_keywords
    rows = [
        {"number": i + 1, "style": view.styles[a], "label": thin_label(view, a),
         "cells": [None if a == b else cosine.get((a, b), float("nan")) for b in outlets]}
        for i, a in enumerate(outlets)
    ]
    return {"outlets": outlets, "rows": rows, "cut": cut}


def _merge_steps(view: View) -> list[dict[str, object]]:
    """The linkage rows in words: which outlets each step joins, and at what divergence."""
    clustering = view.analysis.clustering
    if not isinstance(clustering, dict):
        return []
    members: list[list[str]] = [[outlet_name(view, str(u))] for u in clustering.get("labels", [])]
    steps = []
    for i, (a, b, distance, size) in enumerate(clustering.get("linkage") or []):
        left, right = members[int(a)], members[int(b)]
        members.append(left + right)
        steps.append({"step": i + 1, "a": listing(left), "b": listing(right), "distance": distance, "size": int(size)})
    return steps


def _frame_count_rows(view: View) -> list[dict[str, object]]:
    """One row per unit (outlets, then groups by size, then the article): hits and share of every frame."""
    frames = view.analysis.frames
    if frames is None or len(frames) == 0:
        return []
    group_thin, group_tokens = token_index(view.analysis, "group")
    _, article_tokens = token_index(view.analysis, "article")
    units: list[tuple[str, str, str, int | None]] = [
        ("outlet", o, thin_label(view, o), view.tokens.get(o)) for o in view.styles
    ]
    groups = sorted({str(u) for u in select_rows(frames, unit_type="group").get("unit", [])}, key=lambda g: (-group_tokens.get(g, 0), g))
    units += [("group", g, view.config.group_label(g) + (" †" if group_thin.get(g) else ""), group_tokens.get(g)) for g in groups]
    units += [("article", str(u), "Whole article", article_tokens.get(str(u))) for u in sorted(set(select_rows(frames, unit_type="article").get("unit", [])))]
    rows = []
    for unit_type, unit, label, tokens in units:
        part = view.rows("frames", unit_type=unit_type, unit=unit).set_index("frame")
        enough = view.evidence(unit_type, unit)[2]
        cells: list[dict[str, object] | None] = []
        for frame in view.frame_labels:
            if frame not in part.index:
                cells.append(None)
                continue
            hits, weighted = int(part.at[frame, "hits"]), float(part.at[frame, "weighted"])
            share = float(part.at[frame, "share"]) if enough else None
            cells.append({"hits": hits, "weighted": weighted, "share": share, "weighted_differs": abs(weighted - hits) > 1e-9})
        rows.append(
            {
                "kind": unit_type,
                "label": label,
                "style": view.styles.get(unit) if unit_type == "outlet" else None,
                "tokens": tokens,
                "hits": int(part["hits"].sum()),
                "cells": cells,
            }
        )
    return rows
