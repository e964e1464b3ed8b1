"""Build and check the blind27 Arabic set: the checks are eval/blindkit/arabic.py.

Run from the repository root: python3 eval/blind27/ar/build/build.py   (exit status 1 on error)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path[:0] = [str(HERE), str(HERE.parents[2])]
from blindkit.arabic import build  # noqa: E402
from frames import PRESENT  # noqa: E402
from rows import ROWS  # noqa: E402

if __name__ == "__main__":
    build(HERE.parent, ROWS, PRESENT)
