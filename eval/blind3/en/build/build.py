"""Build and check the blind3/en evaluation set: the checks are eval/blindkit/english.py.

Run from the repository root: python3 eval/blind3/en/build/build.py   (exit status 1 on any error)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path[:0] = [str(HERE), str(HERE.parents[2])]
from blindkit.english import build  # noqa: E402
from frames import CODES  # noqa: E402
from rows import EXTRA_OUTLETS, ROWS  # noqa: E402

BRIEF_OUTLETS = set("""irna nournews mehr tasnim fars presstv iran_state_tv iran_gov_site haaretz times_of_israel
yedioth nyt wsj axios wapo cnn reuters ap afp bbc hrana isw financial_times guardian bloomberg al_jazeera
al_arabiya sky_news_arabia al_mayadeen sana shafaq_news anadolu iran_international x""".split())

if __name__ == "__main__":
    build(HERE.parent, ROWS, CODES, EXTRA_OUTLETS, BRIEF_OUTLETS, WORDS=(400, 550))
