"""Frame coding (coder A, single coder) of every passage of the blind26/en set, per docs/annotation.md.

Passage ids are <stem>#<n>, n = the 1-based row number in gold/<stem>.csv (see frames/passages.csv).
Each value lists the frames judged PRESENT; passages not listed have no frame.
"""

DIP, MIL, NUC, ECO = "diplomacy", "military_threat", "nuclear_programme", "sanctions_economy"
SOV, HR, REG, MIS = "sovereignty_rights", "human_rights", "regional_stability", "mistrust_conditions"

CODES = {
    "en-v01-libya-sharara-protest": {
        1: [ECO, HR], 2: [ECO, HR], 3: [ECO], 4: [HR, ECO], 6: [DIP, ECO], 7: [ECO], 8: [ECO, HR],
    },
    "en-v02-sudan-camp-drone": {
        1: [MIL, HR], 2: [MIL, HR, REG], 3: [HR], 4: [MIL, HR], 5: [MIL, HR], 6: [HR], 8: [HR],
    },
    "en-v03-syria-quneitra-incursion": {
        1: [MIL, HR], 3: [MIL, HR], 4: [MIL], 5: [HR], 7: [SOV, DIP, MIS], 8: [DIP], 9: [MIL],
        10: [MIL, SOV],
    },
    "en-v04-kuwait-oman-red-sea": {
        1: [DIP, REG], 2: [DIP], 3: [DIP, REG], 4: [DIP], 5: [DIP], 6: [REG], 7: [ECO],
    },
    "en-v05-egypt-fuel-prices": {
        1: [ECO], 2: [ECO], 5: [ECO], 6: [ECO], 7: [ECO], 8: [ECO], 9: [ECO], 10: [ECO], 11: [ECO],
        12: [ECO], 13: [ECO],
    },
    "en-v06-israel-lebanon-strikes": {
        1: [MIL], 2: [MIL, HR], 5: [MIL], 7: [MIL], 8: [MIL, HR], 9: [MIL], 10: [MIL], 11: [DIP, MIL],
        12: [DIP, MIS],
    },
    "en-v07-houthi-red-sea-carrier": {
        1: [MIL, ECO], 2: [MIL, REG], 5: [MIL, REG], 6: [MIL], 7: [MIL], 8: [MIL, REG], 9: [ECO],
        10: [ECO, REG], 11: [MIL],
    },
    "en-v08-iran-iaea-report": {
        1: [NUC, MIS], 3: [NUC, MIS], 4: [NUC, DIP, MIS], 5: [NUC], 6: [DIP, ECO], 7: [SOV, ECO],
        8: [DIP], 9: [NUC, MIL, MIS],
    },
    "en-v09-us-iran-muscat-talks": {
        1: [DIP], 3: [DIP], 4: [DIP, NUC], 5: [DIP], 6: [DIP, NUC], 7: [DIP], 8: [DIP, ECO],
        9: [DIP, NUC, MIS], 10: [DIP], 12: [NUC, MIS],
    },
    "en-v10-iraq-kurdistan-pipeline": {
        1: [ECO], 2: [DIP, ECO], 4: [ECO], 5: [ECO, MIS], 6: [ECO, MIS], 7: [MIS], 8: [MIS], 9: [ECO],
        10: [DIP], 11: [DIP],
    },
    "en-v11-tunisia-journalists-jailed": {
        1: [HR], 3: [HR], 4: [HR], 5: [HR], 6: [HR], 7: [HR], 8: [HR], 9: [HR],
    },
    "en-v12-saudi-neom-cuts": {
        1: [ECO], 2: [ECO], 5: [ECO], 6: [ECO], 8: [ECO], 9: [ECO], 10: [ECO], 11: [ECO],
    },
}
