"""Attribution accuracy against hand-labelled gold files.

Each ``eval/gold/<stem>.csv`` has rows ``fragment,outlet,speaker_type``: the
fragment is an exact, unique substring at the start of a sentence or clause;
the label is what the passage containing it should carry. The article is
``articles/<stem>.txt`` beside the gold folder, or ``seeds/<stem>.txt``.

    python scripts/evaluate.py            # all gold files
    python scripts/evaluate.py --verbose  # also list every miss
    python scripts/evaluate.py --gold eval/heldout/gold  # another gold set
    python scripts/evaluate.py --config my.yaml          # another config
    python scripts/evaluate.py --gold eval/blind22/en/gold --publishers eval/publishers.csv
                                  # each article with its publisher given, as a corpus table's source column would
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from framing.attribution import attribute
from framing.config import Config, load_config
from framing.gold import spelling
from framing.model import UNLISTED_PREFIX
from framing.stats import wilson_interval

ROOT = Path(__file__).resolve().parent.parent


def _article(stem: str, gold_dir: Path) -> Path:
    for folder in (gold_dir.parent / "articles", ROOT / "eval" / "articles", ROOT / "seeds"):
        path = folder / f"{stem}.txt"
        if path.exists():
            return path
    raise SystemExit(f"no article for gold file {stem}")


def config_id(gold_id: str, cfg: Config) -> str:
    """The config's id for a gold outlet id that spells a listed outlet's name or alias otherwise
    ("wall_street_journal" for wsj, "the_economist" for economist), or that is the one config id it begins
    ("al_ghad" for al_ghad_jordan; not "al_ayyam", which two papers' ids begin); else the gold id as it is. Only
    the spelling of the id is read, never the article."""
    if not gold_id or cfg.outlet(gold_id) is not None:
        return gold_id
    wanted = spelling(gold_id)
    found = next((outlet.id for outlet in cfg.outlets for alias in (outlet.name, *outlet.aliases)
                  if spelling(alias) == wanted), None)
    if found is not None:
        return found
    qualified = {outlet.id for outlet in cfg.outlets if outlet.id.startswith(gold_id + "_")}
    return qualified.pop() if len(qualified) == 1 else gold_id


def evaluate(gold_dir: Path, verbose: bool, config: Path = ROOT / "config.yaml", strict_ids: bool = False,
             publishers: Path | None = None) -> None:
    golds = sorted(gold_dir.glob("*.csv"))
    if not golds:
        raise SystemExit(f"no gold files (*.csv) in {gold_dir}")
    cfg = load_config(config).config
    given = {row["article"]: row["publisher"] for row in csv.DictReader(publishers.open(encoding="utf-8"))} if publishers else {}
    totals: Counter[str] = Counter()
    per_outlet: dict[str, Counter[str]] = {}
    respelled: Counter[tuple[str, str]] = Counter()
    print(f"{'article':42} {'rows':>5} {'outlet ok':>10} {'type ok':>8}")
    for gold in golds:
        text = _article(gold.stem, gold_dir).read_text(encoding="utf-8")
        article = attribute(text, cfg, publisher=given.get(gold.stem, ""))
        rows = list(csv.DictReader(gold.open(encoding="utf-8")))
        ok_outlet = ok_type = 0
        for row in rows:
            at = text.find(row["fragment"])
            if at < 0:
                raise SystemExit(f"{gold.name}: fragment not found: {row['fragment']!r}")
            seg = next((s for s in article.segments if s.start <= at < s.end), None)
            got_outlet = seg.outlet if seg else ""
            got_type = seg.speaker_type if seg else "narrator"
            want = row["outlet"] if strict_ids else config_id(row["outlet"], cfg)
            if want != row["outlet"]:
                respelled[(row["outlet"], want)] += 1
            ok_outlet += got_outlet == want
            ok_type += got_type == row["speaker_type"]
            if want and cfg.outlet(want) is None:  # an outlet the config does not list: found, if not named
                totals["unlisted"] += 1
                totals["unlisted_found"] += got_outlet.startswith(UNLISTED_PREFIX)
            for outlet, role in ((want, "gold"), (got_outlet, "pred")):
                if outlet:
                    per_outlet.setdefault(outlet, Counter())[role] += 1
            if want and got_outlet == want:
                per_outlet[want]["hit"] += 1
            if verbose and (got_outlet != want or got_type != row["speaker_type"]):
                print(f"   miss {row['fragment'][:40]!r}: want {want or '-'}/{row['speaker_type']}, got {got_outlet or '-'}/{got_type}")
        totals["rows"] += len(rows)
        totals["outlet"] += ok_outlet
        totals["type"] += ok_type
        print(f"{gold.stem:42} {len(rows):5} {ok_outlet / len(rows):10.1%} {ok_type / len(rows):8.1%}")
    print(f"{'all':42} {totals['rows']:5} {totals['outlet'] / totals['rows']:10.1%} {totals['type'] / totals['rows']:8.1%}")
    for what in ("outlet", "type"):
        low, high = wilson_interval(totals[what], totals["rows"])
        print(f"{'':42} {what} correct: {totals[what]}/{totals['rows']}, 95 % Wilson interval {low:.1%}–{high:.1%}")
    if totals["unlisted"]:
        print(f"{'':42} rows carried by an outlet the config does not list: {totals['unlisted']} (never named by"
              f" the set's id); given an unlisted_ id: {totals['unlisted_found']}")
    if respelled:
        print(f"{'':42} gold ids read as the config's: "
              + ", ".join(f"{a} -> {b} ({n})" for (a, b), n in sorted(respelled.items())))
    print(f"\n{'outlet':16} {'gold':>5} {'pred':>5} {'precision':>10} {'recall':>8}")
    for outlet, c in sorted(per_outlet.items()):
        precision = c["hit"] / c["pred"] if c["pred"] else float("nan")
        recall = c["hit"] / c["gold"] if c["gold"] else float("nan")
        print(f"{outlet:16} {c['gold']:5} {c['pred']:5} {precision:10.1%} {recall:8.1%}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "eval" / "gold")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--config", type=Path, default=ROOT / "config.yaml")
    parser.add_argument("--strict-ids", action="store_true", help="compare outlet ids exactly as the gold spells them")
    parser.add_argument("--publishers", type=Path, help="CSV (article,publisher): each article's publisher, given")
    args = parser.parse_args()
    evaluate(args.gold, args.verbose, args.config, args.strict_ids, args.publishers)
