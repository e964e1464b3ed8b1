"""Section 1 of the report: who carries the article, and the findings written as sentences with their numbers."""

from __future__ import annotations

from markupsafe import Markup

from framing.findings import Finding
from framing.report import charts
from framing.report.view import SOURCE_TYPE_LABELS, View, counted, direction, num, pct


def summary_section(view: View) -> dict[str, object]:
    analysis, text = view.analysis, view.analysis.article.text
    voices = analysis.voices
    table = voices.table.sort_values("first", kind="mergesort")
    words_total = voices.words
    no_outlet = table[table["outlet"] == ""]
    narrator = no_outlet["speaker_type"] == "narrator"
    narration = int(no_outlet.loc[narrator, "words"].sum()) + voices.uncovered
    unsourced = int(no_outlet.loc[~narrator, "words"].sum())
    by_outlet = table[table["outlet"] != ""].groupby("outlet")[["passages", "words"]].sum()
    outlet_words = {str(o): int(n) for o, n in by_outlet["words"].items()}
    outlet_segments = {str(o): int(n) for o, n in by_outlet["passages"].items()}
    quoted = table[(table["speaker"] != "") & ~table["speaker_type"].isin(["narrator", "outlet"])]
    speaker_words: dict[tuple[str, str], int] = {}
    speaker_segments: dict[tuple[str, str], int] = {}
    speaker_outlets: dict[tuple[str, str], list[str]] = {}
    for row in quoted.itertuples(index=False):
        key = (str(row.speaker), str(row.speaker_type))
        speaker_words[key] = speaker_words.get(key, 0) + int(row.words)
        speaker_segments[key] = speaker_segments.get(key, 0) + int(row.passages)
        outlets = speaker_outlets.setdefault(key, [])
        if row.outlet and row.outlet not in outlets:
            outlets.append(str(row.outlet))

    sources = []
    for outlet, style in view.styles.items():
        info = analysis.sources.get(outlet, {})
        sources.append(
            {
                "id": style.id,
                "name": style.name,
                "type": SOURCE_TYPE_LABELS.get(str(info.get("type", "")), str(info.get("type", ""))),
                "group": str(info.get("group_label", "") or "—"),
                "segments": outlet_segments.get(outlet, 0),
                "words": outlet_words.get(outlet, 0),
                "share": outlet_words.get(outlet, 0) / words_total if words_total else 0.0,
                "thin": view.thin.get(outlet, False),
            }
        )

    speakers = [
        {
            "name": name,
            "type": kind,
            "dir": direction(name),
            "outlets": [view.styles[o] for o in speaker_outlets[(name, kind)] if o in view.styles],
            "segments": speaker_segments[(name, kind)],
            "words": words,
            "share": words / words_total if words_total else 0.0,
        }
        for (name, kind), words in sorted(speaker_words.items(), key=lambda kv: (-kv[1], kv[0]))
    ]

    bars = [charts.Bar(view.styles[o].name, outlet_words.get(o, 0), view.styles[o].colour) for o in view.styles]
    bars.sort(key=lambda b: -b.value)
    if unsourced:
        bars.append(charts.Bar("Quoted, no outlet", unsourced, charts.UNSOURCED_COLOUR, "////"))
    bars.append(charts.Bar("Narration", narration, charts.NARRATION_COLOUR))
    words_chart = charts.bar_chart(bars, title="Words carried by each source", unit="words")
    word_rows = [{"label": b.label, "words": int(b.value), "share": b.value / words_total if words_total else 0.0} for b in bars]
    return {
        "title": analysis.article.title or "(untitled article)",
        "title_dir": direction(analysis.article.title),
        "chars": len(text),
        "words": words_total,
        "segments": len(analysis.segments),
        "attributed": int(table["passages"].sum() - no_outlet.loc[narrator, "passages"].sum()),
        "sources": sources,
        "speakers": speakers,
        "words_chart": words_chart,
        "word_rows": word_rows,
        "findings": _findings(view),
        "publisher": _publisher_note(view),
    }


def _publisher_note(view: View) -> str:
    """What the article's publisher (given, or named by a dateline or byline) changes in the reading, '' for none."""
    outlet = view.config.outlet(view.analysis.article.publisher) if view.analysis.article.publisher else None
    if outlet is None:
        return ""
    if outlet.type == "platform":  # a platform publishes nothing of its own
        return f"Published on {outlet.name}, a platform: what its users post stays theirs."
    if outlet.type == "news_agency":  # a wire keeps "told Reuters" (docs/attribution.md §2)
        return f"Published by {outlet.name}, a news agency: what people tell it stays its reporting, as republished wires keep it."
    return f"Published by {outlet.name}: what it reports itself, and what people tell it, is read as the article's narration, not as its voice."


def _findings(view: View) -> list[dict[str, object]]:
    """The analysis's findings (``framing.findings``) written as sentences with their numbers."""
    write = {"frame_gap": _frame_gap_text, "keyword": _keyword_text, "verbs": _verbs_text}
    return [{"title": f.title, "text": write[f.kind](view, f)} for f in view.analysis.findings if f.kind in write]


def _unit_name(view: View, unit_type: str, unit: str) -> str:
    if unit_type == "group":
        return view.config.group_label(unit)
    return view.styles[unit].name if unit in view.styles else unit


def _frame_gap_text(view: View, finding: Finding) -> Markup:
    facts = finding.facts
    if finding.status != "found":
        return Markup("Too little evidence to compare frames: no two outlets or groups have {} frame hits in {} passages "
                      "and {} tokens (report.min_frame_hits, report.min_frame_passages, keywords.min_tokens).").format(
                          facts["floor"], facts["min_passages"], facts["min_tokens"])
    unit_type = str(facts["unit_type"])

    by_passage = facts["counts"] == "passages"
    what, digits = ("passage × frame presences", 0) if by_passage else ("weighted frame hits", 1)

    def side(s: dict[str, object]) -> Markup:
        return Markup("<b>{}</b> gives it <b>{}</b> of its {} ({} of {}; {} tokens)").format(
            _unit_name(view, unit_type, str(s["unit"])), pct(s["share"]), what, num(s["count"], digits),
            num(s["total"], digits), num(s["tokens"]),
        )

    low, high = float(facts["gap_low"]), float(facts["gap_high"])  # type: ignore[arg-type]
    interval = Markup("95 % interval {}–{} points, from {} resamples of the passages").format(
        num(100 * low), num(100 * high), num(facts["resamples"]))
    caution = Markup(" The interval includes 0: these passages do not show a difference.") if low <= 0 <= high else Markup("")
    return Markup("Largest frame gap between two {}s with at least {} frame hits in {} passages and {} tokens: <b>{}</b>. "
                  "{}; {}: a gap of <b>{}</b> percentage points ({}).{}").format(
        unit_type, facts["floor"], facts["min_passages"], facts["min_tokens"], view.frame_labels.get(str(facts["frame"]), str(facts["frame"])),
        side(facts["high"]), side(facts["low"]), num(100 * float(facts["gap"])), interval, caution,  # type: ignore[arg-type]
    )


def _keyword_text(view: View, finding: Finding) -> Markup:
    facts = finding.facts
    if "term" not in facts:
        return Markup("No outlet has a keyword.") if facts.get("reason") == "no outlet has a keyword" else Markup("No keyword table in this analysis.")
    unit = str(facts["unit"])
    caveat = Markup("") if facts["distinctive"] else Markup(
        " No keyword is distinctive (z ≥ {}, at least {} occurrences and a false discovery rate q < {}); this is the"
        " strongest one."
    ).format(facts["z_threshold"], facts["min_count"], facts.get("fdr_alpha", "–"))
    thin = Markup(" (thin evidence)") if facts["thin"] else Markup("")
    return Markup(
        "Most distinctive keyword: <bdi class=\"term\" dir=\"{}\">{}</bdi> for <b>{}</b>{}: z = <b>{}</b>, log-odds = {}; "
        "{} of its {} content terms, against {} of the {} in the rest of the article.{}"
    ).format(
        direction(str(facts["term"])), facts["term"], _unit_name(view, "outlet", unit), thin, num(facts["z"], 2),
        num(facts["log_odds"], 2), num(facts["count"]), num(facts["tokens"]), num(facts["count_rest"]),
        num(facts["tokens_rest"]), caveat,
    )


def _verbs_text(view: View, finding: Finding) -> Markup:
    facts = finding.facts
    if not facts.get("total"):
        return Markup("No cue verb introduces an outlet.")
    if finding.status == "found":
        parts = [Markup("<b>{}</b> with {} verbs ({})").format(_unit_name(view, "outlet", str(p["outlet"])), p["stance"], counted(p["verbs"]))
                 for p in facts["parts"]]  # type: ignore[attr-defined]
        return Markup("Of {} cue verbs that introduce outlets, {} are not neutral: {}.").format(
            facts["total"], facts["marked"], Markup("; ").join(parts))
    distancing = list(facts["distancing"])  # type: ignore[call-overload]
    shown = Markup(", ").join(Markup('<bdi dir="{}">{}</bdi>').format(direction(v), v) for v in distancing)
    return Markup(
        "All {} cue verbs that introduce outlets are neutral ({}); no outlet is introduced with a distancing verb ({}) "
        "or an assertive, endorsing or warning one."
    ).format(facts["total"], counted(facts["common"]), shown if distancing else "none configured")  # type: ignore[arg-type]
