"""The differences an analysis leads with, each with the numbers that carry it.

A finding is data (``Finding.facts``, JSON-ready); the report writes it as a
sentence and ``analysis.json`` keeps it. Nothing is claimed below the
evidence floor: a frame gap needs two units with at least
``report.min_frame_hits`` hits in ``report.min_frame_passages`` passages and
``keywords.min_tokens`` tokens each, and it
comes with a 95 % interval from a bootstrap over passages (paired: both units
see the same resampled passages).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from framing.config import Config
from framing.intervals import RESAMPLES, gap_interval, passage_frames, resampled_shares, share_column
from framing.stats import rounded

MARKED_STANCES: tuple[str, ...] = ("distancing", "warning", "endorsing", "assertive")
DISTANCING_STANCES: tuple[str, ...] = ("distancing",)


@dataclass(frozen=True)
class Finding:
    """``kind``: frame_gap, keyword or verbs; ``status``: found, too_few (below the floor) or none."""

    kind: str
    title: str
    status: str
    facts: dict[str, object] = field(default_factory=dict)

    def record(self) -> dict[str, object]:
        return {"kind": self.kind, "title": self.title, "status": self.status, "facts": self.facts}


def _rows(table: pd.DataFrame | None, **equal: object) -> pd.DataFrame:
    if table is None or len(table) == 0:
        return pd.DataFrame()
    mask = pd.Series(True, index=table.index)
    for column, value in equal.items():
        mask &= table[column] == value
    return table[mask]


def _units(token_counts: pd.DataFrame | None, unit_type: str) -> tuple[dict[str, int], dict[str, bool]]:
    """Tokens of each unit, and whether it is thin (fewer content tokens than ``keywords.min_tokens``)."""
    rows = _rows(token_counts, unit_type=unit_type)
    if rows.empty:
        return {}, {}
    units = [str(u) for u in rows["unit"]]
    return dict(zip(units, map(int, rows["tokens"]))), dict(zip(units, map(bool, rows["thin"])))


def _pick(rows: pd.DataFrame, column: str, *, largest: bool, tokens: dict[str, int]) -> pd.Series:
    """The row with the largest (or smallest) ``column``; ties go to the unit with more tokens, then by id."""
    ordered = rows.assign(_tokens=[-tokens.get(str(u), 0) for u in rows["unit"]])
    ordered = ordered.sort_values([column, "_tokens", "unit"], ascending=[not largest, True, True], kind="mergesort")
    return ordered.iloc[0]


def frame_gap(frames: pd.DataFrame | None, frame_hits: pd.DataFrame | None, token_counts: pd.DataFrame | None,
              evidence: pd.DataFrame, config: Config, *, seed: int = 0) -> Finding:
    """The frame whose share differs most between two outlets with enough evidence (groups when no two outlets have).

    ``evidence``: ``framing.intervals.unit_evidence`` (which units reach the floor of hits and passages).
    """
    floor, min_tokens = config.report.min_frame_hits, config.keywords.min_tokens
    min_passages = config.report.min_frame_passages
    title = "Frame gap"
    for unit_type in ("outlet", "group"):
        tokens, thin = _units(token_counts, unit_type)
        rows = _rows(frames, unit_type=unit_type)
        if rows.empty:
            continue
        enough = set(_rows(evidence, unit_type=unit_type, enough=True).get("unit", []))
        solid = [u for u in dict.fromkeys(rows["unit"]) if u in enough and not thin.get(str(u), True)]
        rows = rows[rows["unit"].isin(solid)]
        if rows["unit"].nunique() >= 2:
            break
    else:
        return Finding("frame_gap", title, "too_few", {"floor": floor, "min_passages": min_passages, "min_tokens": min_tokens})
    order = list(dict.fromkeys(rows["frame"]))
    gaps = {frame: float(part["share"].max() - part["share"].min()) for frame, part in rows.groupby("frame", sort=False)}
    frame = max(order, key=lambda f: (gaps[f], -order.index(f)))
    part = rows[rows["frame"] == frame]
    high = _pick(part, "share", largest=True, tokens=tokens)
    low = _pick(part[part["unit"] != high["unit"]], "share", largest=False, tokens=tokens)
    column = share_column(config)  # what a share counts: passages a frame is present in, or weighted hits
    sampled = passage_frames(frame_hits, presence=column == "passages")
    resampled = resampled_shares(sampled[sampled["unit_type"] == unit_type], order, sample="sample", seed=seed)
    gap_low, gap_high = gap_interval(resampled, (unit_type, str(high["unit"])), (unit_type, str(low["unit"])), order.index(frame))

    def side(row: pd.Series) -> dict[str, object]:
        unit = str(row["unit"])
        mine = rows[rows["unit"] == unit]
        return {"unit": unit, "share": rounded(float(row["share"])), "count": rounded(float(row[column])),
                "hits": int(row["hits"]), "frame_hits": int(mine["hits"].sum()),
                "total": rounded(float(mine[column].sum())), "tokens": tokens.get(unit, 0)}

    facts = {"unit_type": unit_type, "frame": frame, "high": side(high), "low": side(low),
             "counts": column, "gap": rounded(gaps[frame]), "gap_low": gap_low, "gap_high": gap_high, "resamples": RESAMPLES,
             "floor": floor, "min_passages": min_passages, "min_tokens": min_tokens}
    return Finding("frame_gap", title, "found", facts)


def keyword(keywords: pd.DataFrame | None, token_counts: pd.DataFrame | None, outlets: list[str], config: Config) -> Finding:
    """The strongest keyword of an outlet against the rest of the article (distinctive ones first)."""
    rows = _rows(keywords, unit_type="outlet")
    if rows.empty:
        return Finding("keyword", "Keywords", "none", {"reason": "no keyword table"})
    rows = rows[rows["unit"].isin(outlets)]
    distinctive = rows[rows["distinctive"].astype(bool)]
    repeated = rows[rows["count"] >= config.keywords.min_count]
    pool = distinctive if not distinctive.empty else (repeated if not repeated.empty else rows)
    if pool.empty:
        return Finding("keyword", "Keywords", "none", {"reason": "no outlet has a keyword"})
    _, thin = _units(token_counts, "outlet")
    solid = pool[[not thin.get(str(u), True) for u in pool["unit"]]]
    pool = solid if not solid.empty else pool
    top = pool.sort_values(["z", "count", "unit", "key"], ascending=[False, False, True, True], kind="mergesort").iloc[0]
    unit = str(top["unit"])
    facts: dict[str, object] = {
        "unit": unit, "term": str(top["term"]), "z": float(top["z"]), "log_odds": float(top["log_odds"]),
        "count": int(top["count"]), "tokens": int(top["tokens"]), "count_rest": int(top["count_rest"]),
        "tokens_rest": int(top["tokens_rest"]), "distinctive": bool(top["distinctive"]),
        "thin": thin.get(unit, False),
        "z_threshold": config.keywords.z_threshold, "min_count": config.keywords.min_count,
        "fdr_alpha": config.keywords.fdr_alpha,
    }
    return Finding("keyword", "Distinctive keyword", "found" if facts["distinctive"] else "none", facts)


def verbs(table: pd.DataFrame | None, outlets: list[str], config: Config) -> Finding:
    """Which outlets are introduced with non-neutral cue verbs (distancing, warning, endorsing, assertive)."""
    title = "Attribution verbs"
    if table is None or len(table) == 0:
        return Finding("verbs", title, "none", {"total": 0})
    table = table[table["outlet"].isin(outlets)]
    total = int(table["count"].sum())
    marked = table[table["stance"].isin(MARKED_STANCES)]
    if not marked.empty:
        parts = []
        for stance in MARKED_STANCES:
            for outlet, rows in marked[marked["stance"] == stance].groupby("outlet", sort=True):
                parts.append({"stance": stance, "outlet": str(outlet),
                              "verbs": [[str(v), int(n)] for v, n in zip(rows["lemma"], rows["count"], strict=True)]})
        return Finding("verbs", title, "found", {"total": total, "marked": int(marked["count"].sum()), "parts": parts})
    common = table.groupby("lemma")["count"].sum().sort_values(ascending=False, kind="mergesort").head(5)
    distancing = [v.lemma for cues in config.attribution.languages.values() for v in cues.verbs if v.stance in DISTANCING_STANCES]
    return Finding("verbs", title, "none", {"total": total, "common": [[str(v), int(n)] for v, n in common.items()],
                                            "distancing": distancing[:6]})


def findings(frames: pd.DataFrame | None, frame_hits: pd.DataFrame | None, keywords: pd.DataFrame | None,
             verb_table: pd.DataFrame | None, token_counts: pd.DataFrame | None, evidence: pd.DataFrame,
             outlets: list[str], config: Config) -> tuple[Finding, ...]:
    """The three findings the summary leads with, in order."""
    return (frame_gap(frames, frame_hits, token_counts, evidence, config), keyword(keywords, token_counts, outlets, config),
            verbs(verb_table, outlets, config))
