"""Build and check the blind27/en evaluation set: the checks are eval/blindkit/english.py.

Run from the repository root: python3 eval/blind27/en/build/build.py   (exit status 1 on any error)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path[:0] = [str(HERE), str(HERE.parents[2])]
from blindkit.english import build  # noqa: E402
from frames import CODES  # noqa: E402
from rows import EXTRA_OUTLETS, ROWS  # noqa: E402

BRIEF_OUTLETS = set("""irna tasnim fars mehr nournews haaretz yedioth times_of_israel nyt wsj wapo axios reuters
afp ap bbc cnn al_jazeera al_arabiya al_mayadeen sky_news_arabia x iran_international iran_state_tv anadolu
financial_times bloomberg""".split())

if __name__ == "__main__":
    build(HERE.parent, ROWS, CODES, EXTRA_OUTLETS, BRIEF_OUTLETS, WORDS=(110, 520))
