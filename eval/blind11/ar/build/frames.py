"""Frame coding (coder A, single coder) of every passage of the blind11 Arabic set, per docs/annotation.md.

Passage ids are <stem>#<n>, n = the 1-based row number in gold/<stem>.csv (see frames/passages.csv).
Only passages with at least one frame are listed below; every other passage is coded "no frame".
"""

DIP, MIL, NUC, ECO = "diplomacy", "military_threat", "nuclear_programme", "sanctions_economy"
SOV, HR, REG, MIS = "sovereignty_rights", "human_rights", "regional_stability", "mistrust_conditions"

PRESENT = {
    "ar-n1-nile-dam-flood": {
        1: [DIP], 2: [HR], 3: [DIP], 4: [HR], 5: [MIS, DIP], 6: [HR], 8: [HR], 9: [SOV], 10: [MIS],
        13: [DIP, MIS], 14: [DIP], 15: [DIP], 16: [DIP], 17: [DIP], 18: [ECO], 19: [ECO], 21: [DIP],
    },
    "ar-n2-lebanon-reconstruction-fund": {
        1: [ECO], 2: [ECO, MIS, SOV], 4: [ECO], 5: [ECO], 6: [ECO, SOV], 7: [MIS], 8: [ECO, MIS],
        9: [ECO, MIS, SOV], 10: [ECO], 11: [ECO, MIS], 12: [MIS, ECO, SOV], 13: [MIL, MIS],
        14: [SOV, MIS, ECO], 15: [ECO, MIS, MIL], 16: [ECO], 17: [ECO], 18: [ECO], 19: [HR],
        20: [HR, ECO], 21: [DIP],
    },
    "ar-n3-iran-europe-prisoner-swap": {
        1: [DIP], 3: [DIP, HR, ECO], 4: [HR], 5: [DIP, HR], 6: [DIP], 8: [DIP], 10: [HR],
        11: [HR, DIP, ECO], 12: [DIP], 13: [HR], 14: [ECO, HR], 15: [DIP], 16: [ECO, DIP],
        17: [ECO, DIP], 18: [HR, DIP], 19: [MIS, DIP, HR], 20: [MIS, ECO], 21: [HR, DIP],
    },
    "ar-n4-syria-sanctions-press": {
        1: [ECO], 2: [ECO], 4: [ECO], 5: [ECO], 6: [ECO], 7: [ECO], 8: [ECO], 9: [ECO], 10: [ECO],
        11: [ECO], 12: [ECO], 13: [ECO], 14: [ECO], 15: [ECO], 16: [DIP, ECO], 17: [DIP, ECO, SOV],
        18: [ECO, MIS], 19: [ECO], 20: [ECO], 21: [ECO], 22: [ECO], 23: [HR, ECO], 24: [ECO],
    },
}
