"""Speed figures for the README and issue 9: run from the project root with the project's venv.

    .venv/bin/python scripts/benchmark.py [--runs 5] [--no-sections]

Everything is measured in this one run, side by side, in fresh processes:

* the import floor: a fresh ``python -c`` importing exactly the third-party
  modules a full ``framing analyze`` run imports (found by running it once);
* ``framing analyze`` on the seed with the PDF, and without it;
* their ratio to the floor, next to the goal (<= 1.5);
* the ``--watch`` re-render after a lexicon edit that changes the frame hits
  (in a warm process, HTML only), next to the goal (< 0.5 s);
* where the time of a full run goes (a fresh process timing each stage), and
  what each report section costs WeasyPrint;
* attribution alone on a 50-copy corpus;
* the alternative to WeasyPrint: headless Chromium (when installed) printing the same page.

Runs are interleaved (floor, with PDF, without PDF, floor, ...) so that load
from other processes hits them alike. Medians, with min–max. Wall-clock and CPU
(user + system) seconds are both given: on a shared machine the CPU ratio is
the steadier one. The caches (font subsets, charts) live in a temporary
directory: the first run fills them (shown as "first run, empty cache"), the
timed runs find them.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "muscat-talks-2026-02-06.ar.txt"
FRAMING = Path(sys.executable).with_name("framing")
LEXICON_TERMS = ["الوسيط", "الطرفين", "واشنطن", "طهران", "العقوبات"]
SECTIONS = ("summary", "article", "outlets", "comparison", "method")
RATIO_GOAL = 1.5
WATCH_GOAL = 0.5

# Run in a fresh interpreter: `framing analyze` as the CLI runs it, then the third-party modules it imported.
_RECORD_IMPORTS = """
import json, sys, sysconfig
from framing.cli import main
try:
    main(sys.argv[2:])
except SystemExit:
    pass
site = sysconfig.get_paths()["purelib"]
names = [n for n, m in list(sys.modules.items())
         if (getattr(m, "__file__", None) or "").startswith(site) and not n.startswith("framing")]
open(sys.argv[1], "w").write(json.dumps(names))
"""

_IMPORT_FLOOR = """
import importlib, json, sys
for name in json.load(open(sys.argv[1])):
    try:
        importlib.import_module(name)
    except Exception:
        pass
"""


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of one fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _stats(values: list[float]) -> str:
    return f"{statistics.median(values):6.2f} s  ({min(values):.2f}–{max(values):.2f})"


def _goal(value: float, goal: float, unit: str = "") -> str:
    met = value <= goal if unit == "×" else value < goal
    return f"goal {'≤' if unit == '×' else '<'} {goal}{unit}: {'met' if met else 'NOT met'}"


def _phases(out_dir: str) -> dict[str, object]:
    """One fresh-process run, stage by stage (called through ``--phases``)."""
    clock = time.perf_counter
    t0 = clock()
    from framing.config import load_config
    from framing.outputs import render_files, write_outputs  # noqa: F401  (the CLI imports these too)
    from framing.pipeline import analyze
    from framing.reader import read_article
    t1 = clock()
    loaded = load_config(ROOT / "config.yaml")
    source = read_article(SEED, max_bytes=loaded.config.input.max_bytes)
    t2 = clock()
    analysis = analyze(source.text, loaded, title=source.title, path=source.path, encoding=source.encoding)
    t3 = clock()
    from framing.report import render_html, render_pdf
    html = render_html(analysis, loaded.config)
    t4 = clock()
    import weasyprint  # noqa: F401
    t5 = clock()
    pdf = render_pdf(html)
    t6 = clock()
    files, _ = render_files(analysis, loaded.config, pdf=False)
    files["report.pdf"] = pdf
    clock()
    write_outputs(files, Path(out_dir))
    t8 = clock()
    pages: object = "?"
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=False).stdout.decode()
        pages = next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")
    return {
        "import framing (+ pandas, pydantic, ...)": t1 - t0,
        "config + read": t2 - t1,
        "analysis": t3 - t2,
        "render HTML": t4 - t3,
        "import WeasyPrint": t5 - t4,
        "render PDF (WeasyPrint)": t6 - t5,
        "tables + JSON (render_files, no PDF) + write": t8 - t6,
        "pdf_pages": pages,
        "modules": sorted({n.split(".")[0] for n in sys.modules if n.split(".")[0] in
                           ("matplotlib", "weasyprint", "trafilatura", "sklearn", "scipy", "pandas", "nltk", "fontTools")}),
    }


def _section_costs() -> list[tuple[str, int, float]]:
    """CPU seconds WeasyPrint spends on each report section alone (in this warm process), and its pages."""
    import re

    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    from framing.config import load_config
    from framing.pipeline import analyze
    from framing.report import render_html
    from framing.report.render import print_version

    loaded = load_config(ROOT / "config.yaml")
    page = print_version(render_html(analyze(SEED.read_text(encoding="utf-8"), loaded), loaded.config))

    def only(keep: set[str]) -> str:
        return re.sub(r'<section id="(\w+)".*?</section>', lambda m: m.group(0) if m.group(1) in keep else "", page, flags=re.S)

    def cost(html: str) -> tuple[int, float]:
        start = time.process_time()
        document = HTML(string=html, url_fetcher=URLFetcher(allowed_protocols={"data"}), media_type="print").render()
        document.write_pdf()
        return len(document.pages), time.process_time() - start

    cost(only(set()))  # warm WeasyPrint up
    rows = [("(cover, styles and fonts only)", *cost(only(set())))]
    rows += [(section, *cost(only({section}))) for section in SECTIONS]
    rows.append(("whole document", *cost(page)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-sections", action="store_true", help="skip the per-section WeasyPrint costs")
    parser.add_argument("--phases", metavar="OUT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phases:
        print(json.dumps(_phases(args.phases)))
        return

    with tempfile.TemporaryDirectory(prefix="framing-bench-") as tmp:
        env = dict(os.environ, FRAMING_CACHE_DIR=f"{tmp}/cache")
        os.environ["FRAMING_CACHE_DIR"] = env["FRAMING_CACHE_DIR"]
        modules = Path(tmp) / "modules.json"

        # The first run fills the caches; the second records what a full run imports.
        cold = _timed([str(FRAMING), "analyze", str(SEED), "--out", f"{tmp}/cold"], env)
        _timed([sys.executable, "-c", _RECORD_IMPORTS, str(modules), "analyze", str(SEED), "--out", f"{tmp}/record"], env)
        imported = json.loads(modules.read_text())
        top = sorted({n.split(".")[0] for n in imported})

        floor: list[tuple[float, float]] = []
        with_pdf: list[tuple[float, float]] = []
        without_pdf: list[tuple[float, float]] = []
        for _ in range(args.runs):
            floor.append(_timed([sys.executable, "-c", _IMPORT_FLOOR, str(modules)], env))
            with_pdf.append(_timed([str(FRAMING), "analyze", str(SEED), "--out", f"{tmp}/pdf"], env))
            without_pdf.append(_timed([str(FRAMING), "analyze", str(SEED), "--out", f"{tmp}/html", "--no-pdf"], env))

        phases = json.loads(subprocess.run([sys.executable, __file__, "--phases", f"{tmp}/phases"], check=True,
                                           capture_output=True, text=True, cwd=ROOT, env=env).stdout)

        from framing.pipeline import analyze_file

        previous = analyze_file(SEED, ROOT / "config.yaml", Path(tmp) / "warm", pdf=False)  # warm the process once
        unchanged = []
        for _ in range(args.runs):
            start = time.perf_counter()
            previous = analyze_file(SEED, ROOT / "config.yaml", Path(tmp) / "warm", pdf=False, previous=previous.analysis)
            unchanged.append(time.perf_counter() - start)
        # What --watch does after a lexicon edit that changes the frame hits (HTML; the PDF only with --pdf).
        config = Path(tmp) / "config.yaml"
        original = (ROOT / "config.yaml").read_text(encoding="utf-8")
        edited, stages = [], []
        for i in range(args.runs):
            term = LEXICON_TERMS[i % len(LEXICON_TERMS)]
            config.write_text(original.replace("ar: [مفاوضات,", f"ar: [{term}, مفاوضات,", 1), encoding="utf-8")
            start = time.perf_counter()
            run = analyze_file(SEED, config, Path(tmp) / "edit", pdf=False, previous=previous.analysis)  # as --watch does
            edited.append(time.perf_counter() - start)
            previous = run
            stages.append(run.seconds)
        config.write_text(original, encoding="utf-8")

        sections = [] if args.no_sections else _section_costs()

        # The alternative to WeasyPrint: Chromium printing the same page (the print version), fresh process each.
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        printed: list[tuple[float, float]] = []
        if chromium:
            from framing.report.render import print_version

            page = Path(tmp) / "print.html"
            page.write_text(print_version((Path(tmp) / "html" / "report.html").read_text(encoding="utf-8")), encoding="utf-8")
            for _ in range(args.runs):
                printed.append(_timed([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                       f"--print-to-pdf={tmp}/chromium.pdf", page.as_uri()], env))

    from framing.attribution import attribute
    from framing.config import load_config

    corpus = SEED.read_text(encoding="utf-8") * 50
    start = time.perf_counter()
    article = attribute(corpus, load_config(ROOT / "config.yaml").config)
    corpus_seconds = time.perf_counter() - start

    floor_wall, floor_cpu = [w for w, _ in floor], [c for _, c in floor]
    pdf_wall, pdf_cpu = [w for w, _ in with_pdf], [c for _, c in with_pdf]
    html_wall, html_cpu = [w for w, _ in without_pdf], [c for _, c in without_pdf]
    ratio_wall = statistics.median(pdf_wall) / statistics.median(floor_wall)
    ratio_cpu = statistics.median(pdf_cpu) / statistics.median(floor_cpu)
    watch = statistics.median(edited)

    print(f"medians of {args.runs} interleaved fresh processes (min–max); load average at the end: "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    print(f"import floor: {len(imported)} modules of {len(top)} packages ({', '.join(top)})")
    print()
    print(f"{'':40s} {'wall':>24s}   {'CPU':>24s}")
    print(f"{'import floor (the run’s own libraries)':40s} {_stats(floor_wall):>24s}   {_stats(floor_cpu):>24s}")
    print(f"{'framing analyze seed, with PDF':40s} {_stats(pdf_wall):>24s}   {_stats(pdf_cpu):>24s}")
    print(f"{'framing analyze seed, without PDF':40s} {_stats(html_wall):>24s}   {_stats(html_cpu):>24s}")
    print(f"{'first run, empty cache (with PDF)':40s} {cold[0]:6.2f} s{'':17s} {cold[1]:6.2f} s")
    print()
    print(f"ratio, with PDF / floor      wall {ratio_wall:4.2f}   CPU {ratio_cpu:4.2f}   {_goal(ratio_wall, RATIO_GOAL, '×')} (wall)")
    print(f"ratio, without PDF / floor   wall {statistics.median(html_wall) / statistics.median(floor_wall):4.2f}   "
          f"CPU {statistics.median(html_cpu) / statistics.median(floor_cpu):4.2f}")
    if printed:
        print_wall, print_cpu = [w for w, _ in printed], [c for _, c in printed]
        print(f"the alternative: Chromium printing the same page   wall {_stats(print_wall)}   CPU {_stats(print_cpu)}; "
              f"without-PDF run + Chromium / floor: wall "
              f"{(statistics.median(html_wall) + statistics.median(print_wall)) / statistics.median(floor_wall):4.2f}")
    print(f"--watch re-render after a lexicon edit (HTML)   {_stats(edited)}   {_goal(watch, WATCH_GOAL, ' s')}")
    keys = ("read", "analyze", "render", "write")
    print("   of which " + ", ".join(f"{k} {statistics.median(s[k] for s in stages):.2f}" for k in keys)
          + "  (read = config + article; render = HTML + tables + JSON)")
    print(f"--watch re-run, nothing changed (HTML)          {_stats(unchanged)}")
    print()
    print(f"a fresh run, stage by stage (one run; modules imported: {', '.join(phases.pop('modules'))}; "
          f"{phases.pop('pdf_pages')} PDF pages)")
    for stage, seconds in phases.items():
        print(f"   {stage:46s} {seconds:6.2f} s")
    if sections:
        print()
        print("WeasyPrint CPU seconds per report section, each laid out alone (warm process)")
        for name, pages, seconds in sections:
            print(f"   {name:32s} {pages:3d} pages {seconds:6.2f} s")
    print()
    print(f"attribution, 50 x seed  {corpus_seconds:6.2f} s  "
          f"({len(corpus) / corpus_seconds / 1000:,.0f} k chars/s, {len(article.segments)} segments)")


if __name__ == "__main__":
    main()
