"""Frame coding (coder A, single coder) of every passage of the blind27/en set, per docs/annotation.md.

Passage ids are <stem>#<n>, n = the 1-based row number in gold/<stem>.csv (see frames/passages.csv).
Each value lists the frames judged PRESENT; passages not listed have no frame.
"""

DIP, MIL, NUC, ECO = "diplomacy", "military_threat", "nuclear_programme", "sanctions_economy"
SOV, HR, REG, MIS = "sovereignty_rights", "human_rights", "regional_stability", "mistrust_conditions"

CODES = {
    "en-x01-iran-us-rome-talks": {
        1: [DIP, NUC], 2: [DIP], 5: [DIP], 6: [DIP, ECO], 7: [DIP, NUC, MIS], 8: [DIP, MIS],
        9: [DIP, NUC, MIS], 10: [DIP, NUC], 11: [DIP], 12: [DIP], 13: [DIP, MIS], 14: [DIP],
        15: [DIP, ECO], 16: [DIP, ECO], 17: [DIP, NUC], 19: [DIP], 20: [DIP], 21: [DIP, NUC], 22: [DIP],
        23: [DIP, MIS], 25: [DIP], 26: [DIP], 28: [DIP], 29: [DIP, NUC], 30: [DIP, MIS], 31: [DIP],
    },
    "en-x02-suez-red-sea-shipping": {
        1: [ECO, REG], 2: [ECO], 5: [DIP, ECO], 6: [ECO], 7: [ECO], 9: [ECO, REG], 10: [ECO, REG],
        11: [REG], 12: [ECO], 13: [ECO], 14: [ECO], 15: [ECO], 16: [ECO], 17: [ECO], 18: [ECO],
        19: [MIL, REG, MIS], 20: [MIS], 21: [ECO, MIS], 22: [ECO], 23: [ECO], 24: [REG], 25: [ECO, REG],
        27: [REG], 28: [ECO], 30: [ECO],
    },
    "en-x03-lebanon-tyre-strike": {
        1: [MIL, HR, REG], 4: [MIL, HR, REG], 5: [MIL], 6: [MIL], 8: [HR], 9: [HR], 10: [HR], 11: [MIL],
        12: [MIL], 13: [MIL], 14: [MIL], 15: [MIL], 16: [MIL], 17: [MIL], 18: [MIL, HR], 20: [MIL, DIP],
        22: [DIP, MIS], 23: [HR], 24: [DIP], 25: [DIP, MIS], 26: [MIL], 27: [MIL, SOV], 28: [DIP],
        29: [DIP, MIL, HR],
    },
    "en-x04-libya-tripoli-clashes": {
        1: [MIL, REG], 3: [MIL], 4: [MIL, REG, HR], 5: [HR], 6: [HR], 7: [MIL], 8: [DIP], 9: [HR],
        10: [SOV, MIL],
    },
    "en-x05-saudi-crude-pricing": {
        1: [ECO], 4: [ECO], 5: [ECO], 6: [ECO], 8: [ECO], 9: [ECO], 10: [ECO], 11: [ECO], 12: [ECO],
        13: [ECO],
    },
    "en-x06-sudan-jeddah-talks": {
        1: [DIP], 4: [DIP], 5: [DIP, HR], 6: [DIP], 7: [MIL, MIS], 8: [DIP, MIS], 9: [HR], 10: [DIP, HR],
        11: [HR],
    },
    "en-x07-yemen-missile-intercepted": {
        1: [MIL], 2: [MIL, HR], 6: [MIL], 8: [MIL], 9: [HR], 11: [MIL], 12: [MIL], 13: [MIL], 14: [MIL],
        15: [MIL],
    },
    "en-x08-iran-eu-shipping-sanctions": {
        1: [ECO, SOV], 3: [ECO, SOV, MIS], 4: [ECO, SOV], 5: [ECO, MIL], 6: [MIL], 7: [ECO], 8: [DIP, MIS],
        9: [ECO, MIS],
    },
    "en-x09-turkiye-pkk-strikes-iraq": {
        1: [MIL], 4: [MIL], 5: [MIL, MIS], 6: [MIL], 7: [DIP, SOV], 8: [DIP], 9: [MIL], 10: [MIL, HR],
    },
    "en-x10-krg-salaries-baghdad": {
        1: [ECO, DIP, MIS], 2: [ECO, DIP, MIS], 3: [ECO, MIS], 4: [ECO, SOV, MIS], 5: [ECO, MIS], 6: [DIP],
        7: [ECO], 8: [ECO],
    },
    "en-x11-egypt-students-detained": {
        1: [HR], 4: [HR], 5: [HR], 6: [HR], 7: [HR], 9: [HR], 10: [HR], 11: [HR],
    },
}
