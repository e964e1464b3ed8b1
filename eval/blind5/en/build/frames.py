"""Frame coding (coder A, single coder) of every passage of the blind5/en set, per docs/annotation.md.

Passage ids are <stem>#<n>, n = the 1-based row number in gold/<stem>.csv (see frames/passages.csv).
Each value lists the frames judged PRESENT; passages not listed have no frame.
"""

DIP, MIL, NUC, ECO = "diplomacy", "military_threat", "nuclear_programme", "sanctions_economy"
SOV, HR, REG, MIS = "sovereignty_rights", "human_rights", "regional_stability", "mistrust_conditions"

CODES = {
    "en-f1-morocco-algeria-border": {
        1: [DIP, HR], 2: [DIP, HR, REG], 3: [HR, SOV], 4: [MIL, HR], 5: [DIP], 6: [SOV], 7: [MIL],
        8: [MIL, HR], 9: [HR], 10: [HR], 12: [MIL], 13: [MIL, SOV], 14: [SOV], 15: [SOV],
        16: [DIP, MIS, ECO], 17: [SOV], 18: [MIL], 19: [REG], 21: [MIL, REG], 22: [MIL], 24: [ECO],
        25: [ECO],
    },
    "en-f2-tunisia-italy-returns": {
        1: [DIP, HR], 2: [ECO, HR], 5: [DIP, ECO], 6: [DIP], 7: [DIP], 8: [DIP], 9: [DIP], 10: [DIP],
        11: [DIP, ECO], 12: [SOV, MIS], 13: [MIS], 14: [HR, ECO], 15: [HR], 16: [HR], 17: [HR],
        18: [DIP, HR, MIS], 19: [HR], 21: [MIS], 22: [HR, MIS], 23: [ECO], 25: [ECO], 26: [DIP],
    },
    "en-f3-saudi-iran-flights": {
        7: [DIP], 9: [DIP], 10: [DIP], 13: [DIP], 15: [ECO], 16: [ECO], 17: [ECO], 21: [DIP],
        22: [DIP, REG], 23: [MIS], 24: [MIS], 25: [ECO], 26: [ECO], 27: [ECO], 28: [ECO], 29: [ECO],
    },
    "en-f4-israel-reservists-press": {
        1: [MIS], 4: [MIS], 7: [MIL], 8: [MIS], 10: [MIS], 13: [MIL], 14: [MIL], 15: [MIS], 16: [MIS],
        21: [MIS], 22: [MIS], 26: [MIL], 27: [MIL], 28: [MIL], 29: [MIL],
    },
}
