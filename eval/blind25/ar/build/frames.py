"""Frame coding (coder A, single coder) of every passage of the blind25 Arabic set, per docs/annotation.md.

Passage ids are <stem>#<n>, n = the 1-based row number in gold/<stem>.csv (see frames/passages.csv).
Only passages with at least one frame are listed below; every other passage is coded "no frame".
"""

DIP, MIL, NUC, ECO = "diplomacy", "military_threat", "nuclear_programme", "sanctions_economy"
SOV, HR, REG, MIS = "sovereignty_rights", "human_rights", "regional_stability", "mistrust_conditions"

PRESENT = {
    "ar-w01-egypt-pound-float": {
        1: [ECO], 2: [ECO], 3: [ECO], 4: [ECO], 5: [ECO], 6: [ECO], 7: [ECO], 8: [ECO], 9: [ECO, MIS],
        10: [ECO], 11: [ECO], 12: [ECO], 13: [ECO], 14: [ECO], 15: [ECO], 16: [ECO], 17: [ECO], 18: [ECO],
        19: [ECO], 20: [ECO], 21: [ECO],
    },
    "ar-w02-iran-us-rome-talks": {
        1: [DIP], 2: [DIP, NUC], 3: [DIP], 6: [DIP, NUC], 7: [DIP, NUC, ECO], 8: [DIP, NUC, MIS],
        9: [DIP, NUC], 10: [DIP], 12: [DIP, NUC, ECO], 13: [DIP, MIS], 14: [DIP, ECO, MIS], 15: [DIP, MIS],
        16: [DIP, NUC], 17: [ECO, NUC, MIS], 18: [NUC], 19: [DIP, NUC, MIS], 20: [MIL, NUC], 21: [DIP],
        22: [ECO],
    },
    "ar-w03-gaza-cairo-truce-talks": {
        1: [DIP], 4: [DIP, MIL], 5: [DIP, MIL], 6: [DIP], 7: [DIP, MIL, SOV, MIS], 8: [DIP, MIS],
        9: [DIP, MIL, MIS], 10: [DIP], 11: [DIP, MIL], 12: [DIP, MIL, MIS], 14: [DIP], 15: [DIP], 17: [DIP],
        18: [DIP], 19: [MIL, HR], 20: [MIL], 21: [MIL], 22: [HR], 23: [HR], 24: [REG, DIP, MIL],
    },
    "ar-w04-faw-port-press": {
        1: [ECO, SOV], 4: [ECO, DIP], 5: [ECO], 6: [ECO], 8: [ECO], 9: [ECO], 10: [SOV], 11: [DIP, SOV, MIS],
        12: [SOV, REG], 14: [DIP], 16: [SOV], 17: [DIP], 18: [ECO], 19: [ECO], 20: [ECO], 21: [ECO],
        22: [ECO], 23: [ECO], 24: [ECO], 25: [MIL, SOV],
    },
}
