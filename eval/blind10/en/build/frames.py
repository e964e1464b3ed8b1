"""Frame coding (coder A, single coder) of every passage of the blind10/en set, per docs/annotation.md.

Passage ids are <stem>#<n>, n = the 1-based row number in gold/<stem>.csv (see frames/passages.csv).
Each value lists the frames judged PRESENT; passages not listed have no frame.
"""

DIP, MIL, NUC, ECO = "diplomacy", "military_threat", "nuclear_programme", "sanctions_economy"
SOV, HR, REG, MIS = "sovereignty_rights", "human_rights", "regional_stability", "mistrust_conditions"

CODES = {
    "en-m1-lebanon-arms-deadline": {
        1: [MIL, HR, MIS], 2: [MIL, MIS, SOV], 3: [HR], 4: [MIL, MIS], 6: [MIL, SOV], 7: [MIL, SOV],
        8: [MIL], 9: [SOV, DIP], 10: [MIL], 11: [MIL], 12: [MIS], 13: [MIS, SOV], 14: [MIL, MIS, SOV],
        15: [MIL, SOV], 16: [MIL, HR], 17: [MIL], 18: [HR], 20: [ECO], 21: [MIS, ECO, SOV, MIL],
        22: [DIP], 23: [DIP, MIL, REG],
    },
    "en-m2-iraq-gas-waiver": {
        1: [ECO], 2: [ECO, HR], 5: [ECO], 6: [ECO], 7: [ECO], 8: [ECO], 9: [ECO], 10: [ECO], 11: [ECO],
        12: [ECO], 13: [ECO], 14: [ECO], 15: [ECO], 16: [HR], 17: [HR], 18: [HR], 19: [ECO, SOV],
        20: [ECO, MIS], 21: [MIS], 22: [SOV, MIS], 23: [ECO], 24: [ECO], 25: [ECO],
    },
    "en-m3-iran-iaea-access": {
        1: [NUC], 4: [NUC], 5: [NUC], 6: [NUC], 7: [NUC], 8: [NUC, MIS], 9: [NUC, MIS, DIP],
        10: [NUC, SOV], 12: [NUC], 13: [NUC, MIS], 15: [DIP, NUC, MIS], 16: [DIP, NUC, MIS], 17: [DIP],
        18: [NUC, MIS, DIP], 19: [NUC, MIS], 20: [NUC], 21: [NUC, MIL], 22: [NUC], 23: [NUC, MIS],
        24: [ECO], 25: [NUC], 26: [DIP],
    },
    "en-m4-red-sea-shipping-live": {
        1: [MIL, ECO], 6: [MIL, REG], 7: [MIL, HR], 9: [MIS, REG], 11: [ECO], 13: [MIL], 14: [HR],
        15: [ECO], 16: [MIL], 17: [MIL], 19: [MIL], 21: [ECO], 22: [ECO], 23: [ECO], 24: [ECO], 25: [HR],
        27: [MIL, REG], 28: [MIL], 29: [MIL, MIS, REG], 31: [MIL], 32: [ECO, REG], 33: [ECO], 34: [MIL],
    },
}
