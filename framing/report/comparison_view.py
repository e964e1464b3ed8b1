"""Section 4 of the report: the outlet x frame heatmap, divergences, clustering and the group comparison."""

from __future__ import annotations

import numpy as np
import pandas as pd

from framing.report import charts
from framing.report.view import (
    GROUP_PATTERNS,
    View,
    direction,
    matrix_outlets,
    pct,
    select_rows,
    thin_label,
    token_index,
)


def comparison_section(view: View) -> dict[str, object]:
    analysis = view.analysis
    outlets = list(view.styles)
    result: dict[str, object] = {}

    matrix = analysis.frame_matrix
    if not isinstance(matrix, pd.DataFrame):
        rows = select_rows(analysis.frames, unit_type="outlet")
        matrix = rows.pivot(index="unit", columns="frame", values="share") if not rows.empty else None
    if isinstance(matrix, pd.DataFrame) and len(matrix):
        present = [o for o in outlets if o in matrix.index]
        frames = [f for f in view.frame_labels if f in matrix.columns]
        values = matrix.reindex(index=present, columns=frames).to_numpy(dtype=float)
        result["frame_heatmap"] = charts.shaded_table(
            values,
            rows=[(thin_label(view, o), view.styles[o].colour) for o in present],
            columns=[view.frame_labels[f] for f in frames],
            vmax=1.0,
        )

    similarity = analysis.similarity
    if similarity is not None and len(similarity):
        paired = set(map(str, similarity["unit_a"])) | set(map(str, similarity["unit_b"]))
        units, result["similarity_cut"] = matrix_outlets(view, [o for o in outlets if o in paired])
        index = {u: i for i, u in enumerate(units)}
        jsd = np.full((len(units), len(units)), np.nan)
        np.fill_diagonal(jsd, 0.0)
        for row in similarity.itertuples(index=False):
            a, b = str(row.unit_a), str(row.unit_b)
            if a in index and b in index:
                jsd[index[a], index[b]] = jsd[index[b], index[a]] = float(row.jsd_frames)
        if len(units) >= 2:
            result["similarity_heatmap"] = charts.shaded_table(
                jsd,
                rows=[(thin_label(view, u), view.styles[u].colour) for u in units],
                columns=[view.styles[u].name for u in units],
                fmt="{:.2f}",
                cmap=charts.SIMILARITY_CMAP,
                vmax=1.0,
            )

    clustering = analysis.clustering
    if isinstance(clustering, dict) and len(clustering.get("linkage") or []) >= 1:
        labels = [str(x) for x in clustering.get("labels", [])]
        result["dendrogram"] = charts.dendrogram_svg(
            clustering["linkage"],
            labels=[thin_label(view, u) for u in labels],
            colours=[view.styles[u].colour if u in view.styles else charts.NARRATION_COLOUR for u in labels],
            title="Outlets clustered by their frame profiles (average linkage on JSD)",
            xlabel="Jensen–Shannon divergence at which clusters merge",
        )
        excluded = [view.styles[u].name if u in view.styles else u for u in clustering.get("excluded", [])]
        result["excluded"] = excluded

    result.update(_group_comparison(view))
    return result


def _group_comparison(view: View) -> dict[str, object]:
    analysis = view.analysis
    result: dict[str, object] = {}
    thin_groups, group_tokens = token_index(analysis, "group")
    group_frames = analysis.group_frames
    if group_frames is not None and len(group_frames):
        groups = sorted(set(map(str, group_frames["group"])), key=lambda g: (-group_tokens.get(g, 0), g))
        solid = [g for g in groups if not thin_groups.get(g, False)]
        shown = solid if len(solid) >= 2 else groups
        frames = [f for f in view.frame_labels if f in set(group_frames["frame"])]
        series = []
        for i, group in enumerate(shown):
            part = group_frames[group_frames["group"] == group].set_index("frame")
            values = [float(part["share"].get(f, 0.0)) if f in part.index else 0.0 for f in frames]
            series.append({"label": view.config.group_label(group), "tokens": group_tokens.get(group, 0),
                           "css": f"g{i % GROUP_PATTERNS}", "values": values})
        if series:
            # Drawn as an HTML table of bars: crisp, selectable, and nothing to redraw with matplotlib.
            peak = max((v for s in series for v in s["values"]), default=0.0) or 1.0
            result["group_bars"] = {
                "series": series,
                "rows": [
                    {"label": view.frame_labels[f],
                     "bars": [{"css": s["css"], "width": 100 * s["values"][k] / peak, "text": pct(s["values"][k])} for s in series]}
                    for k, f in enumerate(frames)
                ],
            }
        result["groups_left_out"] = [view.config.group_label(g) for g in groups if g not in shown]

    group_keywords = analysis.group_keywords
    if group_keywords is not None and len(group_keywords):
        groups = sorted(set(map(str, group_keywords["unit"])), key=lambda g: (-group_tokens.get(g, 0), g))
        depth = min(8, view.config.keywords.top_n)
        columns = []
        for group in groups:
            part = group_keywords[group_keywords["unit"] == group].sort_values("rank", kind="mergesort").head(depth)
            columns.append(
                {
                    "label": view.config.group_label(group),
                    "tokens": group_tokens.get(group, 0),
                    "thin": thin_groups.get(group, False),
                    "terms": [
                        {"term": str(r["term"]), "dir": direction(str(r["term"])), "z": r["z"], "count": r["count"],
                         "distinctive": bool(r["distinctive"])}
                        for _, r in part.iterrows()
                    ],
                }
            )
        result["group_keywords"] = columns
        result["group_keyword_depth"] = depth
    return result
