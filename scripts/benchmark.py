"""Speed figures for the README: run from the project root with the project's venv.

    .venv/bin/python scripts/benchmark.py

Prints medians of 5 runs: the time Python takes to import the libraries framing
uses, `framing analyze` on the seed with and without the PDF (fresh processes),
a re-run inside a warm process (what `--watch` does after a config edit), and
attribution alone on a 50-copy corpus.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "muscat-talks-2026-02-06.ar.txt"
FRAMING = Path(sys.executable).with_name("framing")
LIBRARIES = "import pandas, numpy, scipy, sklearn, matplotlib, jinja2, pydantic, ruamel.yaml, nltk, weasyprint, typer, rich"


def _median_seconds(command: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    from framing.attribution import attribute
    from framing.config import load_config
    from framing.pipeline import analyze_file

    with tempfile.TemporaryDirectory() as tmp:
        imports = _median_seconds([sys.executable, "-c", LIBRARIES])
        with_pdf = _median_seconds([str(FRAMING), "analyze", str(SEED), "--out", f"{tmp}/pdf"])
        without_pdf = _median_seconds([str(FRAMING), "analyze", str(SEED), "--out", f"{tmp}/html", "--no-pdf"])

        analyze_file(SEED, ROOT / "config.yaml", Path(tmp) / "warm", pdf=False)  # warm the process once
        warm = []
        for _ in range(5):
            start = time.perf_counter()
            analyze_file(SEED, ROOT / "config.yaml", Path(tmp) / "warm", pdf=False)
            warm.append(time.perf_counter() - start)
        # what --watch does after a lexicon edit that changes the frame hits: every frame chart is redrawn
        config = Path(tmp) / "config.yaml"
        original = (ROOT / "config.yaml").read_text(encoding="utf-8")
        edited = []
        for i in range(5):
            term = ["الوسيط", "الطرفين", "واشنطن", "طهران", "العقوبات"][i]
            config.write_text(original.replace("ar: [مفاوضات,", f"ar: [{term}, مفاوضات,", 1), encoding="utf-8")
            start = time.perf_counter()
            analyze_file(SEED, config, Path(tmp) / "edit", pdf=False)
            edited.append(time.perf_counter() - start)

    config = load_config(ROOT / "config.yaml").config
    corpus = SEED.read_text(encoding="utf-8") * 50
    start = time.perf_counter()
    article = attribute(corpus, config)
    corpus_seconds = time.perf_counter() - start

    print(f"import the libraries framing uses   {imports:6.2f} s")
    print(f"framing analyze seed, with PDF      {with_pdf:6.2f} s")
    print(f"framing analyze seed, without PDF   {without_pdf:6.2f} s")
    print(f"re-run in a warm process (--watch)  {statistics.median(warm):6.2f} s  (HTML, no PDF, nothing changed)")
    print(f"re-run after a lexicon edit         {statistics.median(edited):6.2f} s  (HTML, new frame hits, charts redrawn)")
    print(f"attribution, 50 x seed              {corpus_seconds:6.2f} s  "
          f"({len(corpus) / corpus_seconds / 1000:,.0f} k chars/s, {len(article.segments)} segments)")


if __name__ == "__main__":
    main()
