"""Frame coding (coder A, single coder) of every passage of the blind3 Arabic set, per docs/annotation.md.

Passage ids are <stem>#<n>, n = the 1-based row number in gold/<stem>.csv (see frames/passages.csv).
Only passages with at least one frame are listed below; every other passage is coded "no frame".
"""

DIP, MIL, NUC, ECO = "diplomacy", "military_threat", "nuclear_programme", "sanctions_economy"
SOV, HR, REG, MIS = "sovereignty_rights", "human_rights", "regional_stability", "mistrust_conditions"

PRESENT = {
    "ar-d1-sudan-port": {
        1: [MIL, HR], 2: [MIL], 3: [MIL, REG], 5: [MIL], 6: [MIL], 7: [MIL], 8: [ECO], 10: [HR], 11: [HR],
        12: [ECO], 13: [ECO], 14: [MIL], 15: [DIP], 16: [DIP], 17: [DIP, MIL, HR], 18: [MIL, REG],
        19: [MIL], 20: [MIL, REG], 21: [HR, MIL, ECO, DIP], 22: [HR],
    },
    "ar-d2-caucasus-corridor": {
        1: [REG, MIS], 2: [MIL], 4: [REG, SOV], 5: [MIL, REG], 6: [MIL], 7: [MIL], 8: [SOV], 9: [REG],
        10: [DIP], 11: [DIP], 12: [ECO, MIL], 13: [MIL], 14: [REG], 15: [ECO], 16: [MIS], 17: [REG, MIS],
        18: [ECO], 19: [ECO], 20: [ECO], 21: [ECO], 22: [ECO], 23: [DIP],
    },
    "ar-d3-afghan-returns": {
        1: [HR], 3: [HR], 4: [HR, MIS], 5: [HR], 6: [HR, MIS], 8: [HR], 9: [HR], 10: [HR], 12: [HR],
        13: [HR], 14: [HR], 15: [HR], 16: [HR, MIS], 17: [HR], 18: [HR], 19: [HR], 20: [HR], 21: [HR],
        22: [ECO, HR], 23: [ECO], 24: [ECO], 26: [HR],
    },
    "ar-d4-satellite-review": {
        1: [MIL, MIS], 3: [MIL, MIS], 4: [ECO], 7: [MIL], 8: [NUC], 9: [MIS], 11: [MIL], 14: [MIL, MIS],
        18: [MIL, DIP], 20: [DIP, MIS], 21: [SOV], 23: [ECO], 24: [ECO], 25: [MIL, REG], 26: [MIL],
        27: [MIL],
    },
}
