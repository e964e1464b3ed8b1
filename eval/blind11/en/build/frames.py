"""Frame coding (coder A, single coder) of every passage of the blind11/en set, per docs/annotation.md.

Passage ids are <stem>#<n>, n = the 1-based row number in gold/<stem>.csv (see frames/passages.csv).
Each value lists the frames judged PRESENT; passages not listed have no frame.
"""

DIP, MIL, NUC, ECO = "diplomacy", "military_threat", "nuclear_programme", "sanctions_economy"
SOV, HR, REG, MIS = "sovereignty_rights", "human_rights", "regional_stability", "mistrust_conditions"

CODES = {
    "en-n1-iran-prisoner-swap": {
        1: [DIP], 3: [DIP], 4: [DIP], 5: [DIP], 8: [HR, MIS], 9: [DIP], 10: [DIP, MIS], 11: [DIP, HR],
        12: [HR, MIS], 14: [DIP], 15: [DIP, MIS], 16: [HR], 18: [HR], 19: [HR], 20: [ECO], 21: [ECO],
        22: [ECO], 24: [DIP],
    },
    "en-n2-iraq-turkey-water": {
        1: [DIP], 2: [DIP, MIS], 5: [DIP, ECO], 6: [DIP], 7: [DIP, ECO, MIS], 8: [DIP], 9: [ECO],
        10: [ECO], 11: [ECO], 13: [HR, ECO], 14: [HR], 15: [ECO], 17: [ECO], 18: [HR], 19: [MIS],
        20: [DIP, MIS], 21: [SOV], 22: [SOV], 24: [DIP], 26: [DIP],
    },
    "en-n3-egypt-israel-gas": {
        1: [ECO], 2: [ECO], 5: [ECO], 6: [ECO], 7: [ECO], 8: [ECO], 9: [ECO], 10: [ECO], 11: [ECO],
        12: [ECO], 13: [ECO], 14: [ECO, REG], 15: [ECO], 18: [ECO], 19: [ECO], 20: [SOV, ECO], 21: [ECO],
        22: [ECO], 23: [ECO], 24: [ECO], 25: [ECO], 27: [ECO], 28: [ECO, DIP], 29: [ECO],
    },
    "en-n4-syria-press-review": {
        1: [HR], 5: [ECO], 7: [ECO], 8: [ECO], 9: [MIS], 11: [ECO, MIS], 12: [ECO], 13: [ECO], 14: [ECO], 15: [ECO],
        16: [ECO], 17: [ECO], 18: [ECO, MIS, HR], 19: [ECO], 20: [HR], 21: [HR], 22: [HR], 23: [HR], 24: [HR],
        25: [MIS, ECO, HR], 26: [HR], 28: [DIP, REG], 29: [DIP], 30: [ECO], 31: [MIS],
    },
}
