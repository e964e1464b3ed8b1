"""Build and check an English blind set (eval/blind3/en, eval/blind4/en, eval/blind5/en): each set's
build/build.py passes its rows, frame coding and declared outlets to ``build``.

Writes gold/<stem>.csv (fragment,outlet,speaker_type), frames/passages.csv (article,passage,start,end,text)
and frames/coder-a.csv (passage,frame), and checks:
  * every article has rows and every rows entry an article; text is UTF-8 with \n line endings;
  * each prefix is found after the previous row (text order), and the fragment written is the shortest
    prefix of the passage of 20-40 characters that occurs exactly once in the article and has no newline
    (and no leading/trailing blank);
  * speaker_type is one of the six types; outlet ids are snake_case; narrator => no outlet;
    outlet/social_post => an outlet id (social_post => x); ids outside the brief's list are declared;
  * every line start and every sentence start has a row;
  * every frame coded belongs to a real passage and is one of the eight frame ids.
"""
import csv
import re
import sys
from collections import Counter
from pathlib import Path

TYPES = {"narrator", "outlet", "official", "anonymous", "organization", "social_post"}
FRAMES = ("diplomacy", "military_threat", "nuclear_programme", "sanctions_economy",
          "sovereignty_rights", "human_rights", "regional_stability", "mistrust_conditions")
# a sentence ends at . ! ? (optionally followed by a closing quote or bracket) and whitespace
BOUNDARY = re.compile(r"[.!?][\"”’')]?\s+(?=\S)")
ABBREVIATIONS = ("U.S.", "U.N.", "U.K.", "Mr.", "Mrs.", "Dr.", "St.", "e.g.", "i.e.")

problems = []


def problem(msg):
    problems.append(msg)


def shortest_fragment(text, pos):
    """Shortest 20-40 char prefix of text[pos:] that is unique in text, on one line, not ending in a blank."""
    eol = text.find("\n", pos)
    eol = len(text) if eol == -1 else eol
    for n in range(20, 41):
        if pos + n > eol:
            return None
        frag = text[pos:pos + n]
        if frag[-1].isspace() or frag[0].isspace():
            continue
        if text.count(frag) == 1:
            return frag
    return None


def required_starts(text):
    """Offsets of every non-blank line start and every sentence start inside a line."""
    out = set()
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            out.add(offset + len(line) - len(line.lstrip()))
            for m in BOUNDARY.finditer(line):
                head = line[:m.start() + 1]
                if head.endswith(ABBREVIATIONS) or re.search(r"(^|\s)[A-Z]\.$", head):
                    continue
                out.add(offset + m.end())
        offset += len(line) + 1
    return out


def build(root: Path, ROWS: dict, CODES: dict, EXTRA_OUTLETS: set, BRIEF_OUTLETS: set, WORDS: tuple = (450, 600)) -> None:
    """Write and check the set in ``root`` (articles/, gold/, frames/); exit 1 on any problem."""
    problems.clear()
    art_dir, gold_dir, fr_dir = root / "articles", root / "gold", root / "frames"
    gold_dir.mkdir(exist_ok=True)
    fr_dir.mkdir(exist_ok=True)
    stems = sorted(p.stem for p in art_dir.glob("*.txt"))
    if stems != sorted(ROWS):
        problem(f"articles {stems} do not match rows {sorted(ROWS)}")
    passages = []
    types, outlets = Counter(), Counter()
    summary = []
    for stem in stems:
        raw = (art_dir / f"{stem}.txt").read_bytes()
        text = raw.decode("utf-8")
        if "\r" in text:
            problem(f"{stem}: carriage return in text")
        rows = ROWS.get(stem, [])
        starts, gold_rows = [], []
        last = -1
        for i, (prefix, outlet, stype) in enumerate(rows, 1):
            pos = text.find(prefix, last + 1)
            if pos == -1:
                problem(f"{stem} row {i}: {prefix!r} not found after row {i - 1}")
                continue
            frag = shortest_fragment(text, pos)
            if frag is None:
                problem(f"{stem} row {i}: no unique 20-40 char fragment at {prefix!r}")
                continue
            if stype not in TYPES:
                problem(f"{stem} row {i}: speaker_type {stype!r}")
            if outlet and not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", outlet):
                problem(f"{stem} row {i}: outlet id {outlet!r} is not snake_case")
            if outlet and outlet not in BRIEF_OUTLETS and outlet not in EXTRA_OUTLETS:
                problem(f"{stem} row {i}: undeclared outlet id {outlet!r}")
            if stype == "narrator" and outlet:
                problem(f"{stem} row {i}: narrator row with outlet {outlet!r}")
            if stype in ("outlet", "social_post") and not outlet:
                problem(f"{stem} row {i}: {stype} row without outlet")
            if stype == "social_post" and outlet != "x":
                problem(f"{stem} row {i}: social_post row must have outlet x")
            starts.append(pos)
            gold_rows.append((frag, outlet, stype))
            types[stype] += 1
            if outlet:
                outlets[outlet] += 1
            last = pos
        if starts != sorted(set(starts)):
            problem(f"{stem}: rows out of text order")
        for m in sorted(required_starts(text) - set(starts)):
            problem(f"{stem}: line/sentence start without a row: {text[m:m + 45]!r}")
        with open(gold_dir / f"{stem}.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["fragment", "outlet", "speaker_type"])
            w.writerows(gold_rows)
        with open(gold_dir / f"{stem}.csv", encoding="utf-8", newline="") as f:
            back = list(csv.DictReader(f))
        if [(r["fragment"], r["outlet"], r["speaker_type"]) for r in back] != gold_rows:
            problem(f"{stem}: gold file does not read back identically")
        for r in back:
            fr = r["fragment"]
            if not 20 <= len(fr) <= 40 or "\n" in fr or text.count(fr) != 1:
                problem(f"{stem}: bad fragment {fr!r}")
        for n, s in enumerate(starts):
            e = starts[n + 1] if n + 1 < len(starts) else len(text)
            passages.append((stem, f"{stem}#{n + 1}", s, e, text[s:e].strip()))
        words = len(text.split())
        summary.append((stem, words, len(gold_rows), sum(1 for r in gold_rows if r[1])))
        if not WORDS[0] <= words <= WORDS[1]:
            problem(f"{stem}: {words} words (outside {WORDS[0]}-{WORDS[1]})")
    with open(fr_dir / "passages.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["article", "passage", "start", "end", "text"])
        w.writerows(passages)
    n_per = Counter(p[0] for p in passages)
    coded = []
    for stem, d in CODES.items():
        if stem not in n_per:
            problem(f"frames: unknown article {stem}")
            continue
        for n, frs in d.items():
            if not 1 <= n <= n_per[stem]:
                problem(f"frames: {stem}#{n} is not a passage")
            if len(set(frs)) != len(frs):
                problem(f"frames: {stem}#{n} repeats a frame")
            for fr in frs:
                if fr not in FRAMES:
                    problem(f"frames: {stem}#{n}: unknown frame {fr!r}")
    frame_count = Counter()
    for stem, pid, *_ in passages:
        n = int(pid.split("#")[1])
        for fr in CODES.get(stem, {}).get(n, []):
            coded.append((pid, fr))
            frame_count[fr] += 1
    with open(fr_dir / "coder-a.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["passage", "frame"])
        w.writerows(coded)
    for stem, words, nr, no in summary:
        print(f"{stem}: {words} words, {nr} rows, {no} with outlet")
    print(f"rows {sum(s[2] for s in summary)}, with outlet {sum(s[3] for s in summary)}")
    print("speaker types:", dict(types.most_common()))
    print("outlets:", dict(outlets.most_common()))
    with_frame = len({p for p, _ in coded})
    print(f"frames: {len(passages)} passages, {with_frame} with a frame, {len(coded)} frame-present rows")
    print("frame counts:", dict(frame_count.most_common()))
    if problems:
        print("\n".join("ERROR " + p for p in problems))
        sys.exit(1)
    print("OK")

