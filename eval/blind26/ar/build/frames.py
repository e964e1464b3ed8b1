"""Frame coding (coder A, single coder) of every passage of the blind26 Arabic set, per docs/annotation.md.

Passage ids are <stem>#<n>, n = the 1-based row number in gold/<stem>.csv (see frames/passages.csv).
Only passages with at least one frame are listed below; every other passage is coded "no frame".
CODES is the coding; PRESENT is the same dict under the name build.py imports.
"""

DIP, MIL, NUC, ECO = "diplomacy", "military_threat", "nuclear_programme", "sanctions_economy"
SOV, HR, REG, MIS = "sovereignty_rights", "human_rights", "regional_stability", "mistrust_conditions"

CODES = {
    "ar-v01-sana-syria-jordan-power": {
        1: [ECO], 2: [ECO], 3: [ECO], 4: [ECO], 5: [ECO], 6: [ECO, DIP], 7: [MIL],
    },
    "ar-v02-wam-gaza-aid-ship": {
        2: [HR], 3: [HR], 5: [HR],
    },
    "ar-v03-qna-gaza-mediation": {
        1: [DIP], 2: [DIP], 3: [DIP], 4: [DIP, MIS], 5: [DIP, REG], 6: [DIP], 7: [DIP, MIS], 8: [MIL, HR],
    },
    "ar-v04-kuna-khor-abdullah": {
        1: [DIP], 2: [DIP, SOV, MIS], 3: [SOV], 4: [DIP], 5: [DIP], 6: [DIP], 7: [SOV], 8: [DIP],
    },
    "ar-v05-asharq-iaea-iran": {
        1: [NUC, MIS], 2: [NUC], 4: [NUC], 5: [NUC, MIS], 6: [NUC, MIS], 7: [NUC, MIS, DIP], 8: [DIP],
        9: [DIP, MIS, NUC], 10: [NUC, MIL],
    },
    "ar-v06-nahar-south-lebanon": {
        1: [MIL], 3: [MIL, HR], 4: [MIL], 5: [MIL], 6: [SOV, REG], 7: [MIL, SOV, MIS], 8: [MIL, SOV],
        9: [MIL, MIS, SOV, DIP],
    },
    "ar-v07-ahram-suez-canal": {
        1: [ECO], 3: [ECO, REG], 4: [ECO], 5: [ECO], 6: [ECO, REG], 7: [ECO], 8: [ECO],
    },
    "ar-v08-quds-tripoli-clashes": {
        1: [MIL, REG], 3: [MIL, REG], 4: [HR], 5: [MIL, HR], 6: [DIP, MIL], 7: [DIP, REG],
        8: [REG, MIL, DIP], 9: [SOV], 10: [MIL, SOV],
    },
    "ar-v09-aljazeera-kordofan-drones": {
        1: [MIL, HR], 2: [MIL], 3: [MIL], 4: [MIL], 5: [HR, MIL], 6: [HR], 7: [MIL], 8: [MIL], 9: [MIL],
    },
    "ar-v10-skynews-iran-us-muscat": {
        1: [DIP], 3: [DIP, NUC], 4: [NUC, MIS, ECO, DIP], 5: [DIP, NUC], 6: [DIP, ECO], 7: [NUC, DIP],
        8: [ECO, DIP],
    },
    "ar-v11-enab-deir-ezzor-oil": {
        1: [DIP, ECO], 3: [DIP, ECO, MIS], 4: [ECO, MIL], 5: [ECO, MIS, DIP], 6: [MIS, MIL], 7: [ECO],
        8: [HR, ECO], 10: [DIP, SOV, MIL, ECO],
    },
    "ar-v12-hespress-meat-prices": {
        1: [ECO], 3: [ECO], 4: [ECO], 5: [ECO], 6: [ECO], 7: [ECO], 8: [ECO], 9: [ECO],
    },
}

PRESENT = CODES
