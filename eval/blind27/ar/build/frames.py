"""Frame coding (coder A, single coder) of every passage of the blind27 Arabic set, per docs/annotation.md.

Passage ids are <stem>#<n>, n = the 1-based row number in gold/<stem>.csv (see frames/passages.csv).
Only passages with at least one frame are listed below; every other passage is coded "no frame".
"""

DIP, MIL, NUC, ECO = "diplomacy", "military_threat", "nuclear_programme", "sanctions_economy"
SOV, HR, REG, MIS = "sovereignty_rights", "human_rights", "regional_stability", "mistrust_conditions"

PRESENT = {
    "ar-x01-geneva-iran-e3-talks": {
        1: [DIP, NUC, MIS], 4: [DIP], 5: [DIP, NUC], 6: [DIP, NUC, MIS], 7: [DIP, NUC, MIS],
        8: [DIP, ECO, MIS], 9: [DIP, NUC, MIS], 10: [DIP, MIS], 11: [MIS], 12: [DIP, NUC, MIS], 13: [MIS],
        15: [DIP, ECO, NUC], 16: [DIP], 17: [NUC], 18: [NUC, DIP], 19: [MIS, NUC, MIL], 21: [DIP, NUC],
        22: [DIP], 24: [DIP], 25: [DIP], 27: [DIP],
    },
    "ar-x02-iraq-salaries-dinar": {
        1: [ECO], 4: [ECO], 5: [ECO], 7: [ECO], 8: [ECO], 9: [ECO], 10: [ECO], 11: [ECO], 12: [ECO],
        14: [ECO], 15: [ECO], 18: [ECO, MIS], 19: [ECO, MIS], 20: [ECO, DIP], 21: [DIP, MIS], 23: [ECO],
        24: [ECO], 25: [ECO, HR], 26: [ECO], 27: [ECO], 28: [ECO], 29: [ECO], 30: [ECO],
    },
    "ar-x03-tripoli-clashes-truce": {
        1: [MIL, REG], 4: [MIL, REG], 5: [HR], 6: [HR, MIL], 7: [MIL, SOV], 8: [MIL], 9: [DIP, MIL],
        10: [DIP, HR], 12: [DIP, REG], 13: [SOV], 15: [MIL], 16: [MIL, REG], 17: [MIL], 18: [MIL], 19: [MIL],
        20: [DIP, REG], 21: [HR, MIL], 22: [HR], 23: [HR], 24: [HR], 25: [MIL, SOV], 26: [MIL, REG, DIP],
        27: [DIP], 28: [MIL, SOV],
    },
    "ar-x04-hespress-ceuta-customs": {
        1: [ECO], 4: [DIP, ECO], 5: [DIP], 6: [ECO, MIS], 7: [DIP], 8: [ECO], 9: [SOV],
    },
    "ar-x05-petra-drone-smuggling": {
        1: [MIL], 2: [MIL], 3: [MIL], 4: [MIL], 5: [REG], 6: [REG], 7: [MIL],
    },
    "ar-x06-spa-sudan-truce": {
        1: [DIP], 3: [DIP], 4: [DIP, HR], 5: [DIP], 6: [SOV], 7: [DIP], 8: [DIP, MIL, MIS],
    },
    "ar-x07-bna-sukuk": {
        1: [ECO], 2: [ECO], 3: [ECO], 4: [ECO], 5: [ECO], 6: [ECO], 7: [ECO],
    },
    "ar-x08-akhbar-us-paper-litani": {
        1: [DIP, MIL, MIS], 2: [DIP, MIL, MIS], 4: [DIP, MIL], 5: [DIP, MIS, MIL], 6: [SOV, MIL, DIP],
        7: [MIL, MIS], 8: [MIL, HR], 9: [MIL], 10: [MIL],
    },
    "ar-x09-indyarabia-kadugli-siege": {
        1: [ECO, HR, MIL], 2: [HR, MIL], 5: [MIL, HR], 6: [ECO, HR], 7: [HR], 8: [HR, MIL], 9: [MIL, HR],
        10: [HR], 11: [MIL, HR],
    },
    "ar-x10-elaph-evin-detainee": {
        1: [HR], 2: [HR], 3: [HR], 4: [HR], 5: [HR], 6: [DIP], 7: [HR, MIS], 8: [HR], 9: [HR],
    },
    "ar-x11-rt-uranium-offer": {
        1: [NUC, DIP], 2: [NUC, DIP], 3: [NUC, DIP], 4: [ECO, DIP, MIS], 5: [DIP], 6: [DIP], 7: [NUC, DIP],
    },
}
