"""Frame coding (coder A, single coder) of every passage of the blind4 Arabic set, per docs/annotation.md.

Passage ids are <stem>#<n>, n = the 1-based row number in gold/<stem>.csv (see frames/passages.csv).
Only passages with at least one frame are listed below; every other passage is coded "no frame".
"""

DIP, MIL, NUC, ECO = "diplomacy", "military_threat", "nuclear_programme", "sanctions_economy"
SOV, HR, REG, MIS = "sovereignty_rights", "human_rights", "regional_stability", "mistrust_conditions"

PRESENT = {
    "ar-e1-yemen-prisoners": {
        1: [DIP], 2: [DIP], 3: [DIP], 4: [DIP], 5: [DIP], 6: [DIP, MIS], 7: [DIP, HR], 8: [DIP, MIS],
        9: [DIP], 10: [DIP], 11: [DIP], 12: [DIP], 13: [DIP], 17: [HR], 19: [HR], 20: [REG, MIL],
        21: [HR],
    },
    "ar-e2-iraq-turkey-water": {
        1: [DIP], 2: [DIP, HR], 4: [DIP], 5: [SOV], 6: [DIP], 7: [DIP, ECO], 10: [DIP], 11: [DIP, MIS],
        12: [DIP], 14: [HR, ECO], 15: [ECO], 16: [HR], 17: [HR], 18: [HR], 21: [DIP, ECO], 22: [ECO],
        23: [DIP, SOV, MIS],
    },
    "ar-e3-iran-fuel": {
        1: [ECO, HR], 3: [ECO], 4: [ECO], 5: [ECO], 7: [ECO], 8: [ECO], 10: [ECO], 11: [ECO], 12: [ECO],
        13: [ECO], 14: [ECO], 15: [ECO, MIS], 16: [ECO], 17: [ECO], 18: [ECO], 20: [HR], 21: [HR],
        23: [HR, ECO, MIS], 24: [HR, MIS], 25: [HR], 26: [HR], 27: [ECO], 28: [ECO],
    },
    "ar-e4-eastmed-gas": {
        1: [ECO], 4: [ECO], 5: [ECO], 6: [ECO], 7: [ECO], 8: [ECO, MIS], 9: [ECO], 10: [ECO], 11: [ECO],
        12: [ECO], 13: [ECO], 14: [ECO], 15: [ECO], 17: [SOV, ECO], 18: [ECO], 19: [ECO], 20: [ECO],
        21: [ECO], 22: [SOV, ECO], 23: [ECO], 24: [ECO], 25: [ECO], 26: [ECO], 27: [ECO], 28: [ECO],
    },
}
