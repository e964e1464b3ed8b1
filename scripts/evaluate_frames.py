"""Frame agreement on a blind frame set: the tool against human coders, and the coders against each other.

<frames dir>/passages.csv lists the coded passages (article, passage, start, end, text) of the articles in
<articles dir>/; <frames dir>/coder-*.csv and adjudicated.csv list (passage, frame) pairs judged present.
Decisions are passage x frame (present or absent), pooled over the chosen articles. Only aggregate figures are
printed (overall, per language, per frame), never a passage, so a held-out half can be measured without being read.

    python scripts/evaluate_frames.py                                   # every article of eval/frames
    python scripts/evaluate_frames.py --articles en-b1-redsea,ar-b1-yemen
    python scripts/evaluate_frames.py --dir eval/blind2/frames --articles-dir eval/blind2/articles
    python scripts/evaluate_frames.py --set matching.negation.enabled=false   # an ablation
    python scripts/evaluate_frames.py --json
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from ruamel.yaml import YAML

import framing
from framing.agreement import cohen_kappa, frame_agreement, krippendorff_alpha, prf
from framing.config import LoadedConfig, load_config, parse_config
from framing.gold import Gold, GoldSpan


ROOT = Path(__file__).resolve().parent.parent
FRAMES_DIR = ROOT / "eval" / "frames"
ARTICLES_DIR = ROOT / "eval" / "blind" / "articles"
LANGUAGES = ("all", "ar", "en")


def _passages(frames_dir: Path, articles: list[str] | None) -> list[dict[str, str]]:
    rows = list(csv.DictReader((frames_dir / "passages.csv").open(encoding="utf-8")))
    if articles is None:
        return rows
    known = {r["article"] for r in rows}
    missing = [a for a in articles if a not in known]
    if missing:
        sys.exit(f"unknown article(s) in --articles: {', '.join(missing)}")
    return [r for r in rows if r["article"] in articles]


def _coding(path: Path, passages: set[str]) -> dict[str, set[str]]:
    coded: dict[str, set[str]] = defaultdict(set)
    for row in csv.DictReader(path.open(encoding="utf-8")):
        if row["passage"] in passages:
            coded[row["passage"]].add(row["frame"])
    return coded


def _vectors(coding: dict[str, set[str]], passages: list[dict[str, str]], frames: list[str]) -> dict[str, list[int]]:
    return {f: [int(f in coding.get(p["passage"], set())) for p in passages] for f in frames}


def _load(config: Path, overrides: list[str], *, stems: bool = True) -> LoadedConfig:
    """The config at ``config`` with each ``key.path=value`` override (YAML value) applied; ``stems`` False: every
    word term matched as written (``stem: false``), for an ablation."""
    if not overrides and stems:
        return load_config(config)
    yaml = YAML()
    tree = yaml.load(config.read_text(encoding="utf-8"))
    for frame in [] if stems else tree["frames"]:
        for terms in frame["terms"].values():
            for i, term in enumerate(terms):
                if isinstance(term, str):
                    terms[i] = {"text": term, "stem": False}
                elif "text" in term:
                    term["stem"] = False
    for item in overrides:
        dotted, _, value = item.partition("=")
        *parents, leaf = dotted.split(".")
        node = tree
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = YAML(typ="safe").load(value)
    out = io.StringIO()
    yaml.dump(tree, out)
    return LoadedConfig(parse_config(out.getvalue(), f"{config} with {' '.join(overrides)}"), str(config), "")


def _tool_coding(
    passages: list[dict[str, str]], frames: list[str], articles_dir: Path, loaded: LoadedConfig
) -> tuple[dict[str, set[str]], dict[str, Counter[str]], dict[str, str]]:
    """The tool's frames per passage, its counted weight per passage and frame, and the outlet it gives each passage."""
    coding: dict[str, set[str]] = {}
    weights: dict[str, Counter[str]] = {}
    outlets: dict[str, str] = {}
    by_article: dict[str, list[dict[str, str]]] = defaultdict(list)
    for p in passages:
        by_article[p["article"]].append(p)
    for article, rows in by_article.items():
        analysis = framing.analyze((articles_dir / f"{article}.txt").read_text(encoding="utf-8"), loaded)
        units = tuple(GoldSpan(int(r["start"]), int(r["end"]), "") for r in rows)
        result = frame_agreement(analysis, Gold((), units, "csv"), frames)
        predicted = {(u["start"], u["end"]): set(u["predicted"]) for u in result["units"]}  # type: ignore[index]
        hits = analysis.frame_hits
        counted = hits[~hits["negated"].astype(bool)] if len(hits) else hits
        for r in rows:
            start, end = int(r["start"]), int(r["end"])
            coding[r["passage"]] = predicted.get((start, end), set())
            inside = counted[(counted["start"] >= start) & (counted["start"] < end)] if len(counted) else counted
            weights[r["passage"]] = Counter({str(f): float(w) for f, w in inside.groupby("frame")["weight"].sum().items()}) if len(inside) else Counter()
            seg = next((s for s in analysis.segments if s.start <= start < s.end), None)
            outlets[r["passage"]] = seg.outlet if seg is not None else ""
    return coding, weights, outlets


def _share_agreement(
    passages: list[dict[str, str]], gold: dict[str, set[str]], tool: dict[str, set[str]],
    weights: dict[str, Counter[str]], outlets: dict[str, str], frames: list[str],
) -> dict[str, dict[str, float]]:
    """How close the tool's frame shares come to the coders', per unit of measurement.

    Units: each article, and each outlet of each article (the outlet the tool gives a passage). The coders'
    share of a frame in a unit is the unit's passages coded with it over all its passage x frame codes; the
    tool's is the same from its hits ('passage') or its weighted hits over all its weighted hits ('term').
    Returns, per tool unit, the mean absolute share difference in points and the mean Jensen-Shannon
    divergence (base 2) over units where both sides code at least one frame.
    """
    from scipy.spatial.distance import jensenshannon

    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for p in passages:
        groups[(p["article"], "")].append(p["passage"])
        if outlets.get(p["passage"]):
            groups[(p["article"], outlets[p["passage"]])].append(p["passage"])
    result = {}
    for unit in ("passage", "term"):
        diffs, divergences = [], []
        for ids in groups.values():
            coded = [sum(f in gold.get(i, set()) for i in ids) for f in frames]
            if unit == "passage":
                found = [float(sum(f in tool.get(i, set()) for i in ids)) for f in frames]
            else:
                found = [sum(weights[i].get(f, 0.0) for i in ids) for f in frames]
            if not sum(coded) or not sum(found):
                continue
            a = [c / sum(coded) for c in coded]
            b = [x / sum(found) for x in found]
            diffs.append(100 * sum(abs(x - y) for x, y in zip(a, b)) / len(frames))
            divergences.append(float(jensenshannon(a, b, base=2)) ** 2)
        result[unit] = {"units": len(diffs), "mean_abs_points": sum(diffs) / max(len(diffs), 1),
                        "mean_jsd": sum(divergences) / max(len(divergences), 1)}
    return result


def _compare(a: dict[str, list[int]], b: dict[str, list[int]], frames: list[str]) -> dict[str, object]:
    """b is scored against a (a = reference)."""
    per = {}
    for f in frames:
        g, p = a[f], b[f]
        tp = sum(x == y == 1 for x, y in zip(g, p))
        per[f] = {**prf(tp, sum(p), sum(g)), "kappa": cohen_kappa(g, p), "alpha": krippendorff_alpha(g, p)}
    pooled_g = [x for f in frames for x in a[f]]
    pooled_p = [x for f in frames for x in b[f]]
    tp = sum(x == y == 1 for x, y in zip(pooled_g, pooled_p))
    overall = {**prf(tp, sum(pooled_p), sum(pooled_g)), "kappa": cohen_kappa(pooled_g, pooled_p),
               "alpha": krippendorff_alpha(pooled_g, pooled_p), "decisions": len(pooled_g)}
    return {"overall": overall, "per_frame": per}


def measure(frames_dir: Path, articles_dir: Path, articles: list[str] | None, loaded: LoadedConfig) -> dict[str, object]:
    """Coders' agreement and the tool against every coder file, overall, per language and per frame."""
    frames = [f.id for f in loaded.config.frames]
    passages = _passages(frames_dir, articles)
    ids = {p["passage"] for p in passages}
    coders = {p.stem: _coding(p, ids) for p in sorted(frames_dir.glob("coder-*.csv"))}
    if (frames_dir / "adjudicated.csv").exists():
        coders["adjudicated"] = _coding(frames_dir / "adjudicated.csv", ids)
    vectors = {name: _vectors(c, passages, frames) for name, c in coders.items()}
    tool_coding, weights, outlets = _tool_coding(passages, frames, articles_dir, loaded)
    tool = _vectors(tool_coding, passages, frames)
    report: dict[str, object] = {
        "articles": sorted({p["article"] for p in passages}), "passages": len(passages), "frames": frames,
    }
    names = [n for n in vectors if n.startswith("coder-")]
    for lang in LANGUAGES:
        keep = [i for i, p in enumerate(passages) if lang == "all" or p["article"].startswith(lang)]
        if not keep:
            continue
        sub = lambda v: {f: [v[f][i] for i in keep] for f in frames}  # noqa: E731
        if len(names) == 2:
            report[f"coders_{lang}"] = _compare(sub(vectors[names[0]]), sub(vectors[names[1]]), frames)
        report[f"tool_{lang}"] = {name: _compare(sub(v), sub(tool), frames) for name, v in vectors.items()}
    if "adjudicated" in coders:
        report["shares"] = _share_agreement(passages, coders["adjudicated"], tool_coding, weights, outlets, frames)
    return report


def _print(report: dict[str, object]) -> None:
    frames = report["frames"]
    print(f"{len(report['articles'])} articles, {report['passages']} passages x {len(frames)} frames")  # type: ignore[arg-type]
    for lang in LANGUAGES:
        if f"coders_{lang}" in report:
            o = report[f"coders_{lang}"]["overall"]  # type: ignore[index]
            print(f"coders [{lang}]: kappa {o['kappa']:.3f}  alpha {o['alpha']:.3f}")
    for lang in LANGUAGES:
        for name, r in report.get(f"tool_{lang}", {}).items():  # type: ignore[union-attr]
            o = r["overall"]
            print(f"tool vs {name:12} [{lang}]: kappa {o['kappa']:.3f}  alpha {o['alpha']:.3f}  "
                  f"P {o['precision']:.3f} R {o['recall']:.3f} F1 {o['f1']:.3f}")
    for unit, s in report.get("shares", {}).items():  # type: ignore[union-attr]
        print(f"frame shares by {unit:7} vs adjudicated: mean |difference| {s['mean_abs_points']:.2f} points,"
              f" mean JSD {s['mean_jsd']:.3f} over {s['units']} article and outlet units")
    for lang in LANGUAGES:
        r = report.get(f"tool_{lang}", {}).get("adjudicated")  # type: ignore[union-attr]
        if r is None:
            continue
        print(f"per frame [{lang}], tool vs adjudicated:")
        for f, s in r["per_frame"].items():
            print(f"   {f:22} kappa {s['kappa']:6.3f}  alpha {s['alpha']:6.3f}  P {s['precision']:.3f} R {s['recall']:.3f}"
                  f"  gold {s['gold']:3} tool {s['predicted']:3}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-stems", action="store_true", help="ablation: match every word term as written (stem: false)")
    parser.add_argument("--articles", help="comma-separated article stems to measure (default: every article coded)")
    parser.add_argument("--dir", type=Path, default=FRAMES_DIR, help="frames dir: passages.csv, coder-*.csv, adjudicated.csv")
    parser.add_argument("--articles-dir", type=Path, default=ARTICLES_DIR, help="where <article>.txt are")
    parser.add_argument("--config", type=Path, default=ROOT / "config.yaml")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="override one config key (dotted path, YAML value), e.g. matching.frame_unit=term")
    args = parser.parse_args()
    articles = [a.strip() for a in args.articles.split(",") if a.strip()] if args.articles else None
    report = measure(args.dir, args.articles_dir, articles, _load(args.config, args.set, stems=not args.no_stems))
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        _print(report)


if __name__ == "__main__":
    main()
