"""Frame coding (coder A, single coder) of every passage of the blind5 Arabic set, per docs/annotation.md.

Passage ids are <stem>#<n>, n = the 1-based row number in gold/<stem>.csv (see frames/passages.csv).
Only passages with at least one frame are listed below; every other passage is coded "no frame".
"""

DIP, MIL, NUC, ECO = "diplomacy", "military_threat", "nuclear_programme", "sanctions_economy"
SOV, HR, REG, MIS = "sovereignty_rights", "human_rights", "regional_stability", "mistrust_conditions"

PRESENT = {
    "ar-f1-algeria-morocco-drone": {
        1: [MIL, HR], 2: [MIL, HR, DIP], 3: [MIL, MIS, SOV], 4: [MIL], 5: [MIL, HR], 6: [SOV, MIL, DIP],
        7: [MIL, HR, REG], 9: [REG], 10: [MIL], 11: [MIL], 12: [MIL], 13: [MIL], 14: [MIL], 15: [ECO],
        16: [MIL, MIS], 17: [DIP], 18: [DIP], 19: [ECO],
    },
    "ar-f2-tunisia-italy-migration": {
        1: [DIP], 2: [DIP, ECO, HR], 4: [DIP, ECO], 5: [DIP], 6: [DIP], 7: [SOV, MIS], 8: [DIP, HR],
        9: [DIP, MIS, ECO], 10: [DIP, MIS], 11: [DIP, MIS], 12: [HR], 13: [HR], 14: [HR, MIS], 15: [HR],
        16: [DIP, HR], 17: [DIP, HR], 18: [DIP], 19: [DIP], 20: [ECO, DIP], 21: [ECO],
    },
    "ar-f3-lebanon-financial-gap": {
        1: [ECO, HR], 3: [ECO, MIS], 4: [ECO], 5: [ECO], 6: [HR, ECO], 7: [HR], 8: [HR], 9: [ECO, HR, MIS],
        11: [ECO], 13: [ECO], 14: [ECO], 15: [ECO], 16: [ECO], 17: [ECO], 18: [ECO], 19: [ECO], 20: [ECO],
        21: [ECO], 22: [ECO, DIP, MIS], 23: [ECO], 24: [ECO], 25: [ECO],
    },
    "ar-f4-hajj-press-review": {
        1: [ECO], 3: [ECO], 7: [DIP], 9: [MIS], 11: [HR], 12: [HR], 13: [HR], 14: [HR], 15: [ECO],
        16: [ECO], 18: [DIP], 19: [MIS], 20: [MIS],
    },
}
