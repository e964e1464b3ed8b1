"""Frame coding (coder A, single coder) of every passage of the blind3/en set, per docs/annotation.md.

Passage ids are <stem>#<n>, n = the 1-based row number in gold/<stem>.csv (see frames/passages.csv).
Each value lists the frames judged PRESENT; passages not listed have no frame.
"""

DIP, MIL, NUC, ECO = "diplomacy", "military_threat", "nuclear_programme", "sanctions_economy"
SOV, HR, REG, MIS = "sovereignty_rights", "human_rights", "regional_stability", "mistrust_conditions"

CODES = {
    "en-d1-kurdish-oil": {
        1: [ECO, MIS], 3: [ECO], 4: [ECO, MIS], 6: [ECO], 7: [ECO], 8: [ECO], 9: [ECO, MIS],
        10: [ECO, MIS], 11: [ECO, MIS], 12: [DIP, ECO], 13: [DIP, MIS], 14: [ECO], 15: [ECO],
        16: [DIP, ECO], 17: [ECO], 18: [ECO], 19: [DIP], 20: [ECO], 21: [ECO], 22: [ECO], 23: [ECO],
        24: [ECO], 25: [ECO],
    },
    "en-d2-saudi-normalisation": {
        1: [DIP, MIS, SOV], 2: [DIP, MIS, SOV], 5: [DIP, MIS, SOV], 6: [DIP], 7: [DIP, MIS], 9: [MIS],
        10: [DIP], 11: [DIP], 12: [DIP], 13: [DIP, NUC, REG], 14: [NUC], 15: [DIP, MIL], 16: [NUC],
        18: [SOV, MIS], 19: [MIS, SOV], 20: [SOV, MIS], 21: [DIP], 22: [DIP, SOV], 23: [DIP, SOV, MIS],
        24: [DIP, MIS], 25: [MIS, MIL], 26: [DIP], 27: [DIP, SOV], 28: [DIP], 29: [DIP], 30: [DIP],
    },
    "en-d3-afghan-deportations": {
        1: [HR], 3: [HR], 4: [HR], 5: [HR], 6: [HR], 7: [HR], 8: [HR], 9: [HR, MIS], 10: [HR], 11: [HR],
        12: [HR], 13: [HR], 14: [HR], 15: [HR], 16: [HR], 17: [DIP, HR], 19: [DIP], 20: [HR], 21: [HR],
        22: [HR], 23: [HR], 24: [HR], 25: [HR], 26: [ECO], 27: [ECO], 28: [HR],
    },
    "en-d4-asaluyeh-media": {
        4: [MIL], 5: [HR], 8: [ECO], 10: [MIL], 11: [MIL], 12: [MIL], 17: [MIL], 21: [MIL], 22: [MIL],
        24: [MIL], 26: [HR], 27: [MIS], 28: [MIL], 29: [HR], 30: [HR], 31: [HR], 32: [HR], 33: [ECO],
    },
}
