"""Corpus-mode benchmarks: throughput against a tokenization floor, scaling, Dask overhead, memory, re-runs, profile.

    python benchmarks/generate_corpus.py 1000 /tmp/corpus-1k
    python benchmarks/generate_corpus.py 10000 /tmp/corpus-10k.parquet
    python benchmarks/corpus.py /tmp/corpus-1k /tmp/corpus-10k.parquet > benchmarks/results.md

Prints a Markdown report: each figure next to its goal. Times are wall-clock seconds on this machine.
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "config.yaml"
WORD = re.compile(r"\w+")


def _texts(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def floor_and_analysis(folder: Path, limit: int) -> tuple[float, float, int, str]:
    """Words/s of one regex tokenization pass, and of the analysis stage (read, attribute, count) on one core."""
    from framing.attribution import attribute
    from framing.config import load_config
    from framing.profiles import count_article

    texts = _texts(folder)[:limit]
    config = load_config(CONFIG).config
    attribute(texts[0], config)
    count_article(attribute(texts[0], config), config)  # warm: lexicon indexes, stemmers
    words = sum(len(WORD.findall(t)) for t in texts)
    start = time.perf_counter()
    for text in texts:
        WORD.findall(text)
    floor = words / (time.perf_counter() - start)
    start = time.perf_counter()
    for text in texts:
        count_article(attribute(text, config), config)
    analysis = words / (time.perf_counter() - start)
    profiler = cProfile.Profile()  # a second pass under the profiler, which slows it down about twice: not timed
    profiler.enable()
    for text in texts:
        count_article(attribute(text, config), config)
    profiler.disable()
    buffer = io.StringIO()
    pstats.Stats(profiler, stream=buffer).sort_stats("tottime").print_stats(12)
    return floor, analysis, words, buffer.getvalue()


def _corpus(paths: list[str], out: Path, *extra: str, config: Path = CONFIG) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB, largest single process) of `framing corpus` in a fresh process."""
    command = [sys.executable, "-m", "framing.cli", "corpus", *paths, "--out", str(out), "--no-pdf",
               "--config", str(config), *extra]
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        _pid, status, usage = os.wait4(child.pid, 0)  # this run's own peak, not the largest of every earlier child
        seconds = time.perf_counter() - start
        if status != 0:
            errors.seek(0)
            raise SystemExit(f"{' '.join(command)} failed: {errors.read().decode(errors='replace')}")
    return seconds, usage.ru_maxrss


def main() -> None:
    small, large = Path(sys.argv[1]), Path(sys.argv[2])
    scratch = Path(tempfile.mkdtemp(prefix="framing-bench-"))
    lines = ["# Corpus benchmarks", "", f"Machine: {os.cpu_count()} cores; Python {sys.version.split()[0]}.", ""]
    floor, analysis, words, profile = floor_and_analysis(small, 300)
    lines += ["## Analysis stage vs the tokenization floor (one core, 300 generated articles)", "",
              "| what | words/s | goal |", "|---|---|---|",
              f"| one regex tokenization pass (`\\w+`) | {floor:,.0f} | the floor |",
              f"| read, attribute and count | {analysis:,.0f} | |",
              f"| ratio floor / analysis | {floor / analysis:,.0f}× | ≤ 5× |", ""]
    lines += ["## Scaling (`framing corpus --no-pdf --no-cache`, fresh process, wall seconds)", "",
              "| corpus | run | seconds | ratio | goal |", "|---|---|---|---|---|"]
    for corpus in (small, large):  # the serial part (start-up, statistics, report) weighs less in a larger corpus
        one, _ = _corpus([str(corpus)], scratch / f"one-{corpus.name}", "--jobs", "1", "--no-cache")
        two, _ = _corpus([str(corpus)], scratch / f"two-{corpus.name}", "--jobs", "2", "--no-cache")
        lines += [f"| {corpus} | local, 1 job | {one:.1f} | | |",
                  f"| {corpus} | local, 2 jobs | {two:.1f} | speed-up {one / two:.2f}× | ≥ 1.7× |"]
        if corpus == small:
            dask, _ = _corpus([str(small)], scratch / "dask", "--jobs", "2", "--engine", "dask", "--no-cache")
            lines.append(f"| {corpus} | Dask LocalCluster, 2 workers | {dask:.1f} | {dask / two:.2f}× local | ≤ 1.3× |")
    lines.append("")
    edited = scratch / "edited.yaml"
    edited.write_text(CONFIG.read_text(encoding="utf-8").replace("ar: [مفاوضات, ", "ar: [", 1), encoding="utf-8")
    lines += ["## Re-run after a one-term lexicon edit, and peak memory (`framing corpus --no-pdf --jobs 2`, the cache on "
              "as by default; the re-run removes «مفاوضات» from diplomacy)", "",
              "| corpus | first run | peak RSS | re-run | re-run / first | goal |", "|---|---|---|---|---|---|"]
    for name, corpus in (("small", small), ("large", large)):
        first, rss = _corpus([str(corpus)], scratch / name, "--jobs", "2")
        rerun, _ = _corpus([str(corpus)], scratch / name, "--jobs", "2", config=edited)
        lines.append(f"| {corpus} | {first:.1f} s | {rss / 1024:,.0f} MiB | {rerun:.1f} s | {rerun / first:.0%} "
                     f"| re-run ≤ 10 %; memory < 1 GB, flat in N |")
    lines.append("")
    lines += ["## Profile of the analysis stage (300 articles, by own time)", "", "```", profile.strip(), "```", ""]
    shutil.rmtree(scratch, ignore_errors=True)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
