"""Rewrite the golden files that guard the seed's full output (run after an intended change, then review the diff).

    python scripts/update_golden.py && git diff --stat tests/golden
"""

from __future__ import annotations

from pathlib import Path

import framing
from framing.outputs.formats import analysis_dict, csv_bytes, json_text, segments_frame

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "muscat-talks-2026-02-06.ar.txt"
GOLDEN = ROOT / "tests" / "golden"


def golden_files() -> dict[str, bytes]:
    """The seed's segments.csv and analysis.json as the pipeline makes them with the project's config.yaml."""
    text = SEED.read_text(encoding="utf-8")
    analysis = framing.analyze(text, ROOT / "config.yaml", title="", path="seeds/muscat-talks-2026-02-06.ar.txt")
    payload = analysis_dict(analysis)
    payload["config"] = {"path": "config.yaml", "sha256": analysis.config_sha256}
    return {
        "seed.segments.csv": csv_bytes(segments_frame(analysis)),
        "seed.analysis.json": json_text(payload).encode("utf-8"),
    }


if __name__ == "__main__":
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for name, payload in golden_files().items():
        (GOLDEN / name).write_bytes(payload)
        print(f"wrote tests/golden/{name} ({len(payload):,} bytes)")
