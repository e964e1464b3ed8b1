"""Frame agreement on the blind frame set: the tool against human coders, and the coders against each other.

eval/frames/passages.csv lists the coded passages (article, passage, start, end, text) of the articles in
eval/blind/articles/; eval/frames/coder-*.csv and adjudicated.csv list (passage, frame) pairs judged present.
Decisions are passage x frame (present or absent), pooled over all articles.

    python scripts/evaluate_frames.py                 # every coder file found, and the coders' agreement
    python scripts/evaluate_frames.py --json          # the same as JSON
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import defaultdict
from pathlib import Path

import framing
from framing.agreement import cohen_kappa, frame_agreement, krippendorff_alpha, prf
from framing.config import load_config
from framing.gold import Gold, GoldSpan

ROOT = Path(__file__).resolve().parent.parent
FRAMES_DIR = ROOT / "eval" / "frames"
ARTICLES = ROOT / "eval" / "blind" / "articles"


def _passages() -> list[dict[str, str]]:
    return list(csv.DictReader((FRAMES_DIR / "passages.csv").open(encoding="utf-8")))


def _coding(path: Path) -> dict[str, set[str]]:
    coded: dict[str, set[str]] = defaultdict(set)
    for row in csv.DictReader(path.open(encoding="utf-8")):
        coded[row["passage"]].add(row["frame"])
    return coded


def _vectors(coding: dict[str, set[str]], passages: list[dict[str, str]], frames: list[str]) -> dict[str, list[int]]:
    return {f: [int(f in coding.get(p["passage"], set())) for p in passages] for f in frames}


def _tool_coding(passages: list[dict[str, str]], frames: list[str]) -> dict[str, set[str]]:
    loaded = load_config(ROOT / "config.yaml")
    coding: dict[str, set[str]] = {}
    by_article: dict[str, list[dict[str, str]]] = defaultdict(list)
    for p in passages:
        by_article[p["article"]].append(p)
    for article, rows in by_article.items():
        analysis = framing.analyze((ARTICLES / f"{article}.txt").read_text(encoding="utf-8"), loaded)
        units = tuple(GoldSpan(int(r["start"]), int(r["end"]), "") for r in rows)
        result = frame_agreement(analysis, Gold((), units, "csv"), frames)
        predicted = {(u["start"], u["end"]): set(u["predicted"]) for u in result["units"]}  # type: ignore[index]
        for r in rows:
            coding[r["passage"]] = predicted.get((int(r["start"]), int(r["end"])), set())
    return coding


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    frames = [f.id for f in load_config(ROOT / "config.yaml").config.frames]
    passages = _passages()
    coders = {p.stem: _coding(p) for p in sorted(FRAMES_DIR.glob("coder-*.csv"))}
    if (FRAMES_DIR / "adjudicated.csv").exists():
        coders["adjudicated"] = _coding(FRAMES_DIR / "adjudicated.csv")
    vectors = {name: _vectors(c, passages, frames) for name, c in coders.items()}
    tool = _vectors(_tool_coding(passages, frames), passages, frames)
    report: dict[str, object] = {"passages": len(passages), "frames": frames}
    names = [n for n in vectors if n.startswith("coder-")]
    if len(names) == 2:
        report["coders"] = _compare(vectors[names[0]], vectors[names[1]], frames)
    for lang in ("all", "ar", "en"):
        keep = [i for i, p in enumerate(passages) if lang == "all" or p["article"].startswith(lang)]
        sub = lambda v: {f: [v[f][i] for i in keep] for f in frames}  # noqa: E731
        report[f"tool_{lang}"] = {name: _compare(sub(v), sub(tool), frames) for name, v in vectors.items()}
    if args.json:
        print(json.dumps(report, indent=1))
        return
    print(f"{len(passages)} passages x {len(frames)} frames = {len(passages) * len(frames)} decisions")
    if "coders" in report:
        o = report["coders"]["overall"]  # type: ignore[index]
        print(f"coders ({names[0]} vs {names[1]}): kappa {o['kappa']:.3f}  alpha {o['alpha']:.3f}")
        for f, s in report["coders"]["per_frame"].items():  # type: ignore[index]
            print(f"   {f:22} kappa {s['kappa']:.3f}  alpha {s['alpha']:.3f}")
    for lang in ("all", "ar", "en"):
        for name, r in report[f"tool_{lang}"].items():  # type: ignore[union-attr]
            o = r["overall"]
            print(f"tool vs {name:12} [{lang}]: kappa {o['kappa']:.3f}  alpha {o['alpha']:.3f}  "
                  f"P {o['precision']:.3f} R {o['recall']:.3f} F1 {o['f1']:.3f}")
    for name, r in report["tool_all"].items():  # type: ignore[union-attr]
        print(f"per frame, tool vs {name}:")
        for f, s in r["per_frame"].items():
            print(f"   {f:22} kappa {s['kappa']:.3f}  P {s['precision']:.3f} R {s['recall']:.3f}  gold {s['gold']:3} tool {s['predicted']:3}")


if __name__ == "__main__":
    main()
