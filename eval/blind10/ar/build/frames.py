"""Frame coding (coder A, single coder) of every passage of the blind10 Arabic set, per docs/annotation.md.

Passage ids are <stem>#<n>, n = the 1-based row number in gold/<stem>.csv (see frames/passages.csv).
Only passages with at least one frame are listed below; every other passage is coded "no frame".
"""

DIP, MIL, NUC, ECO = "diplomacy", "military_threat", "nuclear_programme", "sanctions_economy"
SOV, HR, REG, MIS = "sovereignty_rights", "human_rights", "regional_stability", "mistrust_conditions"

PRESENT = {
    "ar-m1-iraq-turkey-strikes": {
        1: [DIP, HR, MIL], 2: [MIL, HR], 3: [DIP, SOV], 4: [HR, MIL], 6: [MIL], 7: [MIL, MIS, SOV],
        8: [DIP, MIL, SOV], 9: [SOV, REG, DIP], 10: [MIL], 11: [MIL], 12: [MIL, HR], 13: [MIL],
        14: [HR, MIL], 15: [HR, MIL], 16: [DIP, MIS, MIL], 17: [MIL], 18: [ECO], 19: [ECO],
        20: [ECO, MIS], 21: [HR], 22: [HR], 23: [MIL],
    },
    "ar-m2-iran-iaea-inspections": {
        1: [NUC, MIS], 2: [DIP, NUC, MIS], 5: [NUC], 6: [NUC, MIS], 7: [NUC, MIS, MIL], 8: [NUC],
        9: [MIS, ECO], 10: [NUC], 11: [DIP, NUC], 12: [MIS, DIP], 13: [NUC, MIS, DIP], 14: [DIP, NUC],
        15: [NUC, MIS], 16: [NUC, DIP, ECO], 17: [NUC, MIL], 20: [NUC], 21: [DIP, NUC, MIS], 23: [ECO],
        24: [ECO, DIP], 25: [NUC, MIL],
    },
    "ar-m3-syria-quneitra-incursion": {
        1: [MIL, SOV], 4: [MIL], 5: [HR, MIL], 6: [SOV, MIL, DIP, MIS], 7: [DIP, MIL], 8: [MIL],
        9: [MIL, REG], 11: [MIL], 13: [HR], 14: [HR], 15: [ECO], 16: [MIL, SOV], 17: [MIL, MIS, DIP],
        18: [MIL], 19: [DIP], 20: [DIP], 21: [MIL], 22: [HR], 23: [HR], 24: [DIP, REG],
        25: [SOV, MIL, REG], 26: [DIP, MIL], 27: [SOV, MIL],
    },
    "ar-m4-red-sea-shipping-press": {
        1: [MIL, REG, ECO], 3: [MIL, REG, ECO], 4: [MIL, DIP, REG], 5: [ECO, REG], 6: [ECO, REG],
        7: [ECO, REG], 8: [ECO, REG], 9: [ECO], 10: [ECO], 11: [MIL, MIS], 12: [MIL], 13: [MIS, ECO],
        14: [MIL], 15: [MIL], 16: [REG, DIP], 17: [DIP, MIL, REG], 18: [MIL, REG], 19: [MIL], 20: [ECO],
        21: [HR, ECO], 22: [ECO], 23: [DIP],
    },
}
