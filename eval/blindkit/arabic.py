"""Build and check an Arabic blind set (eval/blind3/ar, eval/blind4/ar, eval/blind5/ar): each set's
build/build.py passes its rows and frame coding to ``build``.

Reads articles/*.txt; writes gold/<stem>.csv, frames/passages.csv and frames/coder-a.csv; checks:
  * every article has labels and vice versa; each row's prefix is found after the previous row;
  * each fragment is the shortest 20-40 character prefix of its passage that occurs exactly once in the
    article, contains no newline and no leading/trailing space;
  * speaker_type in the six types; narrator => empty outlet; outlet/social_post => outlet id
    (social_post => x); outlet ids are snake_case;
  * every line start and every sentence start (after . ! ? ؟, optionally followed by a closing quote) is the
    start of a row; rows strictly in text order;
  * every passage is coded; only the eight frame ids appear.
"""
import csv
import re
import sys
from collections import Counter
from pathlib import Path

TYPES = ("narrator", "outlet", "official", "anonymous", "organization", "social_post")
FRAME_IDS = ("diplomacy", "military_threat", "nuclear_programme", "sanctions_economy",
             "sovereignty_rights", "human_rights", "regional_stability", "mistrust_conditions")
BOUNDARY = re.compile(r"[.!?؟][»\"”')]?\s+(?=\S)")

problems = []


def shortest_unique(text, start):
    """Shortest 20-40 char prefix at start, unique in text, on one line, no edge spaces."""
    eol = text.find("\n", start)
    eol = len(text) if eol < 0 else eol
    for length in range(20, 41):
        if start + length > eol:
            return None
        cand = text[start:start + length]
        if cand[0].isspace() or cand[-1].isspace():
            continue
        if text.count(cand) == 1:
            return cand
    return None


def required_starts(text):
    found = set()
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            found.add(offset + len(line) - len(line.lstrip()))
            for m in BOUNDARY.finditer(line):
                found.add(offset + m.end())
        offset += len(line) + 1
    return found


def build(BASE: Path, ROWS: dict, PRESENT: dict) -> None:
    """Write and check the set in ``BASE`` (articles/, gold/, frames/); exit 1 on any problem."""
    problems.clear()
    (BASE / "gold").mkdir(exist_ok=True)
    (BASE / "frames").mkdir(exist_ok=True)
    stems = sorted(p.stem for p in (BASE / "articles").glob("*.txt"))
    if stems != sorted(ROWS):
        problems.append(f"articles {stems} vs rows {sorted(ROWS)}")
    passages = []
    type_count, outlet_count = Counter(), Counter()
    for stem in stems:
        raw = (BASE / "articles" / f"{stem}.txt").read_bytes()
        if b"\r" in raw:
            problems.append(f"{stem}: carriage return")
        text = raw.decode("utf-8")
        positions, gold_rows = [], []
        last = -1
        for i, (prefix, outlet, stype) in enumerate(ROWS.get(stem, []), 1):
            pos = text.find(prefix, last + 1)
            if pos < 0:
                problems.append(f"{stem} row {i}: {prefix!r} not found after previous row")
                continue
            frag = shortest_unique(text, pos)
            if frag is None:
                problems.append(f"{stem} row {i}: no unique 20-40 char fragment at {prefix!r}")
                continue
            if stype not in TYPES:
                problems.append(f"{stem} row {i}: speaker_type {stype!r}")
            if outlet and not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", outlet):
                problems.append(f"{stem} row {i}: outlet id {outlet!r}")
            if stype == "narrator" and outlet:
                problems.append(f"{stem} row {i}: narrator with outlet")
            if stype in ("outlet", "social_post") and not outlet:
                problems.append(f"{stem} row {i}: {stype} without outlet")
            if stype == "social_post" and outlet != "x":
                problems.append(f"{stem} row {i}: social_post not on x")
            positions.append(pos)
            gold_rows.append((frag, outlet, stype))
            type_count[stype] += 1
            if outlet:
                outlet_count[outlet] += 1
            last = pos
        if positions != sorted(set(positions)):
            problems.append(f"{stem}: rows out of order")
        for m in sorted(required_starts(text) - set(positions)):
            problems.append(f"{stem}: sentence/line start without row: {text[m:m + 40]!r}")
        with open(BASE / "gold" / f"{stem}.csv", "w", encoding="utf-8", newline="") as fh:
            wr = csv.writer(fh, lineterminator="\n")
            wr.writerow(["fragment", "outlet", "speaker_type"])
            wr.writerows(gold_rows)
        with open(BASE / "gold" / f"{stem}.csv", encoding="utf-8", newline="") as fh:
            back = list(csv.DictReader(fh))
        if [(r["fragment"], r["outlet"], r["speaker_type"]) for r in back] != gold_rows:
            problems.append(f"{stem}: gold file does not read back")
        for r in back:
            f = r["fragment"]
            if not 20 <= len(f) <= 40 or "\n" in f or text.count(f) != 1:
                problems.append(f"{stem}: bad fragment {f!r}")
        for n, s in enumerate(positions):
            e = positions[n + 1] if n + 1 < len(positions) else len(text)
            passages.append((stem, f"{stem}#{n + 1}", s, e, text[s:e].strip()))
        coded = PRESENT.get(stem, {})
        for n, frs in coded.items():
            if not 1 <= n <= len(positions):
                problems.append(f"{stem}: frame coding for nonexistent passage {n}")
            for fr in frs:
                if fr not in FRAME_IDS:
                    problems.append(f"{stem}#{n}: unknown frame {fr!r}")
            if len(set(frs)) != len(frs):
                problems.append(f"{stem}#{n}: duplicate frame")
        print(f"{stem}: {len(text.split())} words, {len(gold_rows)} rows, "
              f"{sum(1 for r in gold_rows if r[1])} with outlet")
    for s in PRESENT:
        if s not in stems:
            problems.append(f"frames for unknown article {s}")
    with open(BASE / "frames" / "passages.csv", "w", encoding="utf-8", newline="") as fh:
        wr = csv.writer(fh, lineterminator="\n")
        wr.writerow(["article", "passage", "start", "end", "text"])
        wr.writerows(passages)
    frame_rows = []
    for stem, pid, *_ in passages:
        n = int(pid.rsplit("#", 1)[1])
        frame_rows += [(pid, fr) for fr in PRESENT.get(stem, {}).get(n, [])]
    with open(BASE / "frames" / "coder-a.csv", "w", encoding="utf-8", newline="") as fh:
        wr = csv.writer(fh, lineterminator="\n")
        wr.writerow(["passage", "frame"])
        wr.writerows(frame_rows)
    print(f"total: {sum(type_count.values())} rows, {sum(outlet_count.values())} with outlet; "
          f"{len(passages)} passages, {len({p for p, _ in frame_rows})} with a frame, "
          f"{len(frame_rows)} frame-present rows")
    print("speaker types:", dict(type_count.most_common()))
    print("outlets:", dict(outlet_count.most_common()))
    print("frames:", dict(Counter(f for _, f in frame_rows).most_common()))
    if problems:
        print("\n".join("ERROR " + p for p in problems))
        sys.exit(1)
    print("OK")

