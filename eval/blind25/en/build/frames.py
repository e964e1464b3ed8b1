"""Frame coding (coder A, single coder) of every passage of the blind25/en set, per docs/annotation.md.

Passage ids are <stem>#<n>, n = the 1-based row number in gold/<stem>.csv (see frames/passages.csv).
Each value lists the frames judged PRESENT; passages not listed have no frame.
"""

DIP, MIL, NUC, ECO = "diplomacy", "military_threat", "nuclear_programme", "sanctions_economy"
SOV, HR, REG, MIS = "sovereignty_rights", "human_rights", "regional_stability", "mistrust_conditions"

CODES = {
    "en-w01-iran-us-muscat-talks": {
        1: [DIP, NUC], 2: [DIP, NUC], 3: [DIP], 4: [DIP], 5: [DIP, NUC, ECO, MIS], 6: [DIP, NUC], 7: [DIP],
        8: [NUC, MIS], 9: [DIP, ECO, NUC], 10: [DIP, NUC, MIS], 13: [DIP, MIL], 14: [DIP, MIL, MIS],
        15: [DIP], 16: [DIP], 17: [NUC], 18: [DIP, NUC], 19: [DIP, NUC], 20: [DIP], 21: [ECO],
        22: [DIP, ECO, NUC],
    },
    "en-w02-red-sea-tanker-seizure": {
        1: [MIL, REG], 5: [MIL, REG], 6: [MIL], 7: [MIL], 8: [HR], 12: [MIL, MIS], 13: [HR, DIP],
        14: [REG, ECO, MIL], 15: [MIL], 16: [MIL, REG], 17: [HR], 19: [HR], 21: [MIL, REG], 22: [MIL],
        23: [ECO], 24: [ECO], 25: [ECO, REG], 26: [MIL], 27: [REG], 28: [HR],
    },
    "en-w03-ras-jedir-crossing-deal": {
        1: [DIP], 2: [DIP, HR], 5: [DIP, ECO], 6: [DIP, ECO], 7: [DIP, SOV], 8: [MIL, SOV], 9: [DIP, SOV],
        10: [MIL, MIS], 11: [DIP, MIS, SOV], 12: [DIP, MIS], 13: [DIP], 14: [ECO], 15: [DIP], 16: [DIP],
        17: [HR], 18: [HR], 19: [HR], 20: [DIP], 22: [DIP], 23: [DIP], 25: [DIP], 26: [ECO], 27: [DIP],
        28: [ECO, HR],
    },
    "en-w04-kirkuk-recount-press": {
        2: [MIS], 9: [MIS], 10: [MIS], 12: [MIS], 15: [SOV, MIS], 16: [MIL, REG, MIS], 18: [SOV, MIL],
        22: [REG], 24: [DIP], 25: [ECO], 27: [MIL],
    },
}
