"""Frame coding (coder A, single coder) of every passage of the blind4/en set, per docs/annotation.md.

Passage ids are <stem>#<n>, n = the 1-based row number in gold/<stem>.csv (see frames/passages.csv).
Each value lists the frames judged PRESENT; passages not listed have no frame.
"""

DIP, MIL, NUC, ECO = "diplomacy", "military_threat", "nuclear_programme", "sanctions_economy"
SOV, HR, REG, MIS = "sovereignty_rights", "human_rights", "regional_stability", "mistrust_conditions"

CODES = {
    "en-e1-yemen-prisoners": {
        1: [DIP], 3: [DIP], 4: [DIP], 6: [DIP], 7: [DIP, MIS], 8: [DIP], 9: [DIP, MIS], 10: [DIP, MIS],
        11: [MIS], 12: [DIP], 14: [HR], 17: [DIP], 18: [DIP], 19: [HR], 20: [HR], 21: [HR], 22: [MIS, HR],
        23: [MIS], 24: [MIL], 25: [ECO], 26: [HR], 27: [DIP, ECO], 28: [DIP], 29: [DIP, ECO],
    },
    "en-e2-iran-fuel-price": {
        1: [ECO, HR], 2: [ECO, HR], 5: [ECO], 6: [ECO], 7: [ECO], 8: [ECO], 9: [ECO], 10: [ECO], 11: [ECO],
        12: [ECO], 14: [ECO, HR], 15: [HR], 16: [HR], 17: [HR], 18: [HR], 19: [ECO], 20: [ECO], 22: [ECO],
        25: [ECO], 26: [ECO], 27: [ECO], 28: [ECO], 29: [ECO], 30: [ECO], 31: [ECO],
    },
    "en-e3-east-med-gas": {
        1: [ECO], 3: [ECO], 4: [ECO, MIS], 5: [ECO], 7: [ECO], 8: [ECO, MIS], 10: [ECO], 12: [ECO], 13: [ECO],
        14: [ECO], 15: [ECO], 16: [ECO], 17: [ECO], 18: [ECO], 20: [MIS], 21: [ECO, MIL, MIS], 23: [ECO, MIS],
        24: [DIP, ECO], 25: [DIP], 26: [SOV, MIS], 27: [ECO], 28: [ECO], 29: [ECO], 30: [ECO],
    },
    "en-e4-khor-abdullah-press": {
        4: [DIP], 6: [MIS], 7: [DIP, MIS], 9: [DIP], 10: [SOV, MIS], 12: [SOV, MIS], 13: [REG], 15: [SOV],
        16: [DIP, SOV], 17: [SOV], 18: [DIP], 19: [MIS], 21: [MIS], 22: [DIP], 23: [ECO], 24: [ECO],
        25: [ECO], 26: [ECO], 28: [MIL, REG], 29: [DIP], 30: [DIP],
    },
}
