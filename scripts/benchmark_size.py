"""How analysis time grows with the article's size: run from the project root with the project's venv.

    .venv/bin/python scripts/benchmark_size.py                       # 0.5, 1, 2, 5 MB, multi-line and single-line
    .venv/bin/python scripts/benchmark_size.py --sizes 0.5,1 --variants all --cap 120

Inputs are built by repeating the seed and the evaluation articles (``eval/articles``)
up to the size in bytes (UTF-8), cut at a line end. Variants:

  multi        the articles as written, one paragraph a line
  single       the same text on one line (every newline replaced by a space)
  nopunct      the single-line text with every sentence stop (. ! ? ؟) removed: one sentence
  letter       one line holding a single letter, repeated
  openquote    a quotation mark that never closes, then the single-line text

Each case runs ``framing.analyze`` in a fresh process (so one slow case cannot
hold up the rest, and the cap is a wall-clock limit); attribution, profiles and
compare are timed inside that one call. Times are CPU seconds of that process
(``time.process_time``: what the work costs, whatever else the machine is running),
with the wall-clock time of the whole call beside them. A case that exceeds
``--cap`` wall-clock seconds is shown as "> cap", and larger sizes of that variant
are not tried. Prints a table of seconds and seconds per MB, and exits.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000
VARIANTS = ("multi", "single", "nopunct", "letter", "openquote")
STAGES = ("attribute", "profile", "compare")


def _sources() -> str:
    files = [ROOT / "seeds" / "muscat-talks-2026-02-06.ar.txt", *sorted((ROOT / "eval" / "articles").glob("*.txt"))]
    return "\n\n".join(p.read_text(encoding="utf-8").strip() for p in files) + "\n\n"


def _fit(text: str, size: int) -> str:
    """``text`` repeated and cut at the last line end that keeps it within ``size`` bytes."""
    unit = text.encode("utf-8")
    data = unit * (size // len(unit) + 1)
    cut = data.rfind(b"\n", 0, size + 1)
    return data[: cut + 1 if cut > 0 else size].decode("utf-8", errors="ignore")


def build(variant: str, size: int) -> str:
    """The benchmark input of ``variant`` holding at most ``size`` bytes."""
    if variant == "multi":
        return _fit(_sources(), size)
    if variant == "single":
        return _fit(_sources(), size).replace("\n", " ").strip()
    if variant == "nopunct":
        return _fit(_sources().translate(str.maketrans("\n", " ", ".!?؟")), size).strip()
    if variant == "letter":
        return "ب" * (size // 2)
    if variant == "openquote":
        return ("«" + _fit(_sources(), size - 2).replace("\n", " ")).strip()
    raise SystemExit(f"unknown variant {variant!r}; choose from {', '.join(VARIANTS)}")


def run_one(variant: str, size: int) -> dict[str, float]:
    """Time ``framing.analyze`` on one input, with its three stages timed inside the same call."""
    import framing
    import framing.pipeline as pipeline
    from framing.config import load_config

    loaded = load_config(ROOT / "config.yaml")
    framing.analyze("قالت «هآرتس» إن المحادثات انتهت.", loaded)  # imports and lazy set-up, not timed
    text = build(variant, size)
    seconds: dict[str, float] = {}

    def timed(name: str, function):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                seconds[name] = time.process_time() - start
        return wrapper

    originals = {name: getattr(pipeline, name) for name in STAGES}
    for name, function in originals.items():
        setattr(pipeline, name, timed(name, function))
    try:
        start, wall = time.process_time(), time.perf_counter()
        analysis = framing.analyze(text, loaded)
        seconds["analyze"] = time.process_time() - start
        seconds["wall"] = time.perf_counter() - wall
    finally:
        for name, function in originals.items():
            setattr(pipeline, name, function)
    seconds["bytes"] = len(text.encode("utf-8"))
    seconds["segments"] = len(analysis.segments)
    return seconds


def _child(variant: str, size: int, cap: float) -> dict[str, float] | None:
    command = [sys.executable, str(Path(__file__).resolve()), "--one", variant, str(size)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=cap, cwd=ROOT, check=True)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as exc:
        raise SystemExit(f"{variant} {size}: failed\n{exc.stderr}") from exc
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="0.5,1,2,5", help="sizes in MB (10^6 bytes), comma-separated")
    parser.add_argument("--variants", default="multi,single", help=f"comma-separated, or 'all': {', '.join(VARIANTS)}")
    parser.add_argument("--cap", type=float, default=300.0, help="seconds before a case is given up (default 300)")
    parser.add_argument("--one", nargs=2, metavar=("VARIANT", "BYTES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one[0], int(args.one[1]))))
        return
    variants = VARIANTS if args.variants == "all" else tuple(args.variants.split(","))
    sizes = [float(s) for s in args.sizes.split(",")]
    header = f"{'variant':10} {'MB':>5} {'segments':>9} {'analyze s':>10} {'s/MB':>7}"
    header += "".join(f" {name + ' s':>11}" for name in STAGES) + f" {'wall s':>8}"
    print("CPU seconds (wall-clock seconds in the last column; the cap is on wall-clock time)")
    print(header)
    print("-" * len(header))
    for variant in variants:
        gave_up = False
        for mb in sizes:
            result = None if gave_up else _child(variant, int(mb * MB), args.cap)
            if result is None:
                gave_up = True  # a larger input of the same kind would not finish either
                cap = f"> {args.cap:.0f}"
                print(f"{variant:10} {mb:5g} {'':>9} {'':>10} {'':>7}" + "".join(f" {'':>11}" for _ in STAGES)
                      + f" {cap:>8}", flush=True)
                continue
            real_mb = result["bytes"] / MB
            line = f"{variant:10} {real_mb:5.2f} {int(result['segments']):9d} {result['analyze']:10.2f} {result['analyze'] / real_mb:7.2f}"
            line += "".join(f" {result.get(name, float('nan')):11.2f}" for name in STAGES) + f" {result['wall']:8.1f}"
            print(line, flush=True)


if __name__ == "__main__":
    main()
