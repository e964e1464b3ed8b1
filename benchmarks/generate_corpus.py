"""Build a synthetic corpus by recombining paragraphs of the seed and the evaluation articles.

Each article takes a headline and 5-12 paragraphs of one language, drawn with a fixed seed, and every outlet
name in them is swapped for another outlet's name of the same language (from config.yaml's aliases), so that
attribution has real work and the outlets' profiles differ. Dates fall in 2026.

    python benchmarks/generate_corpus.py 1000 /tmp/corpus-1k            # a folder of .txt files
    python benchmarks/generate_corpus.py 10000 /tmp/corpus-10k.parquet  # one Parquet table (id, text, date)
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from framing.config import load_config  # noqa: E402
from framing.text import script_of  # noqa: E402

SOURCES = [ROOT / "seeds", ROOT / "eval" / "articles", ROOT / "eval" / "heldout" / "articles", ROOT / "eval" / "blind" / "articles"]


def _paragraphs() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {"ar": [], "en": []}
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if len(line.split()) >= 8:
                    found[script_of(line) or "ar"].append(line)
    return found


def _aliases() -> dict[str, list[tuple[str, str]]]:
    """Per language, (outlet id, alias) pairs, longest alias first."""
    config = load_config(ROOT / "config.yaml").config
    by_lang: dict[str, list[tuple[str, str]]] = {"ar": [], "en": []}
    for outlet in config.outlets:
        for alias in outlet.aliases:
            if len(alias) >= 3:
                by_lang[script_of(alias) or "ar"].append((outlet.id, alias))
    for pairs in by_lang.values():
        pairs.sort(key=lambda p: -len(p[1]))
    return by_lang


def generate(n: int, seed: int = 7) -> list[dict[str, str]]:
    rng = random.Random(seed)
    paragraphs = _paragraphs()
    aliases = _aliases()
    patterns = {lang: re.compile("|".join(re.escape(a) for _o, a in pairs)) for lang, pairs in aliases.items()}
    articles = []
    for i in range(n):
        lang = "ar" if rng.random() < 0.6 else "en"
        pool = paragraphs[lang]
        outlets = sorted({o for o, _a in aliases[lang]})
        swap = dict(zip(outlets, rng.sample(outlets, len(outlets))))
        alias_of = {}
        for o, a in aliases[lang]:
            alias_of.setdefault(o, a)
        owner = {a: o for o, a in aliases[lang]}
        body = rng.sample(pool, rng.randint(5, 12))
        text = "\n".join(patterns[lang].sub(lambda m: alias_of[swap[owner[m.group(0)]]], p) for p in body)
        headline = rng.choice(pool).split("،")[0].split(",")[0][:90]
        articles.append({"id": f"gen-{i:06d}", "text": f"{headline}\n{text}\n",
                         "date": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"})
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    articles = generate(args.n, args.seed)
    if args.out.suffix == ".parquet":
        import pandas as pd

        pd.DataFrame(articles).to_parquet(args.out, index=False)
    else:
        args.out.mkdir(parents=True, exist_ok=True)
        for article in articles:
            (args.out / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
    words = sum(len(a["text"].split()) for a in articles)
    print(f"{len(articles)} articles, {words:,} words -> {args.out}")


if __name__ == "__main__":
    main()
