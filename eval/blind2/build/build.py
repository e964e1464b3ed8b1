"""Write eval/blind2/gold/*.csv (and frames/passages.csv) from rows.py and check them.

Checks: every article has rows and every row a gold file; each prefix is found in text order; each fragment
is 20-40 characters, contains no newline, starts its passage and occurs exactly once in the article;
outlet ids are snake_case; speaker_type is in the vocabulary; every line start and sentence start (other than
bare live-blog timestamps) is the start of a row. If build/frames.py exists, frames/coder-a.csv and
frames/adjudicated.csv are written from it and checked against the passages.

Run: python3 eval/blind2/build/build.py   (exit status 1 on any error)
"""
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from rows import ROWS  # noqa: E402

SPEAKER_TYPES = {"narrator", "outlet", "official", "anonymous", "organization", "social_post"}
FRAMES = ["diplomacy", "military_threat", "nuclear_programme", "sanctions_economy",
          "sovereignty_rights", "human_rights", "regional_stability", "mistrust_conditions"]
TIMESTAMP = re.compile(r"^\d{1,2}:\d{2}$")
SENT_END = re.compile(r"(?<=[.!?؟])[»\"”')]?\s+(?=\S)")
ABBREV = ("U.S.", "U.N.", "Mr.", "Dr.", "St.")

errors = []


def err(msg):
    errors.append(msg)


def fragment_at(text, pos):
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end == -1 else line_end
    for n in range(20, 41):
        if pos + n > line_end:
            break
        frag = text[pos:pos + n]
        if text.count(frag) == 1 and not frag.endswith(" ") and not frag.startswith(" "):
            return frag
    return None


def sentence_starts(text):
    starts = set()
    pos = 0
    for line in text.split("\n"):
        if line.strip() and not TIMESTAMP.match(line.strip()):
            starts.add(pos)
            for m in SENT_END.finditer(line):
                before = line[:m.start()]
                if before.endswith(ABBREV) or re.search(r"\b[A-Z]\.$", before):
                    continue
                starts.add(pos + m.end())
        pos += len(line) + 1
    return starts


def main():
    arts = ROOT / "articles"
    gold = ROOT / "gold"
    gold.mkdir(exist_ok=True)
    (ROOT / "frames").mkdir(exist_ok=True)
    stems = sorted(p.stem for p in arts.glob("*.txt"))
    if sorted(ROWS) != stems:
        err(f"articles {stems} != rows {sorted(ROWS)}")
    passages = []
    for stem in stems:
        text = (arts / f"{stem}.txt").read_text(encoding="utf-8")
        if "\r" in text:
            err(f"{stem}: CR in text")
        rows = ROWS.get(stem, [])
        prev = -1
        out = []
        starts = []
        for i, (prefix, outlet, st) in enumerate(rows):
            pos = text.find(prefix, prev + 1)
            if pos == -1:
                err(f"{stem} row {i}: prefix not found after previous row: {prefix!r}")
                continue
            if text.count(prefix) > 1 and text.find(prefix) != pos:
                pass  # located after the previous row; the fragment below must still be unique
            frag = fragment_at(text, pos)
            if frag is None:
                err(f"{stem} row {i}: no unique 20-40 char fragment at {prefix!r}")
                continue
            if st not in SPEAKER_TYPES:
                err(f"{stem} row {i}: bad speaker_type {st!r}")
            if outlet and not re.fullmatch(r"[a-z][a-z0-9_]*", outlet):
                err(f"{stem} row {i}: bad outlet id {outlet!r}")
            if st == "social_post" and outlet != "x":
                err(f"{stem} row {i}: social_post must have outlet x")
            if st == "narrator" and outlet:
                err(f"{stem} row {i}: narrator with an outlet")
            if st == "outlet" and not outlet:
                err(f"{stem} row {i}: speaker outlet without an outlet id")
            out.append((frag, outlet, st))
            starts.append(pos)
            prev = pos
        if starts != sorted(starts) or len(set(starts)) != len(starts):
            err(f"{stem}: rows not in text order")
        missing = sorted(sentence_starts(text) - set(starts))
        for m in missing:
            err(f"{stem}: sentence start without a row: {text[m:m + 40]!r}")
        with open(gold / f"{stem}.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["fragment", "outlet", "speaker_type"])
            w.writerows(out)
        # passages: from a row's start to the next row's start (or the end of the article)
        for n, s in enumerate(starts):
            e = starts[n + 1] if n + 1 < len(starts) else len(text)
            passages.append((stem, f"{stem}#{n + 1}", s, e, text[s:e].strip()))
        # re-read check
        with open(gold / f"{stem}.csv", encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                fr = r["fragment"]
                if not (20 <= len(fr) <= 40) or "\n" in fr or text.count(fr) != 1:
                    err(f"{stem}: bad fragment in written file {fr!r}")
    with open(ROOT / "frames" / "passages.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["article", "passage", "start", "end", "text"])
        w.writerows(passages)
    ids = {p[1] for p in passages}
    fp = HERE / "frames.py"
    if fp.exists():
        from frames import CODES  # noqa: E402
        rows = []
        for pid in [p[1] for p in passages]:
            if pid not in CODES:
                err(f"frames: passage {pid} not coded")
                continue
            for fr in CODES[pid]:
                if fr not in FRAMES:
                    err(f"frames: {pid}: unknown frame {fr!r}")
                rows.append((pid, fr))
        for pid in CODES:
            if pid not in ids:
                err(f"frames: unknown passage {pid}")
        for name in ("coder-a.csv", "adjudicated.csv"):
            with open(ROOT / "frames" / name, "w", encoding="utf-8", newline="") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(["passage", "frame"])
                w.writerows(rows)
        print(f"frames: {len(ids)} passages, {len(rows)} frame-present rows")
    n_rows = sum(len(v) for v in ROWS.values())
    n_out = sum(1 for v in ROWS.values() for r in v if r[1])
    print(f"{len(stems)} articles, {n_rows} rows, {n_out} with outlet")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
