"""Frame coding (coder A, single coder) of every passage of the blind24 Arabic set, per docs/annotation.md.

Passage ids are <stem>#<n>, n = the 1-based row number in gold/<stem>.csv (see frames/passages.csv).
Only passages with at least one frame are listed below; every other passage is coded "no frame".
"""

DIP, MIL, NUC, ECO = "diplomacy", "military_threat", "nuclear_programme", "sanctions_economy"
SOV, HR, REG, MIS = "sovereignty_rights", "human_rights", "regional_stability", "mistrust_conditions"

PRESENT = {
    "ar-v01-egypt-wheat-procurement": {
        1: [ECO], 2: [ECO], 3: [ECO], 4: [ECO], 5: [ECO], 6: [ECO], 7: [ECO], 8: [ECO],
    },
    "ar-v02-cairo-investment-app-verdict": {
        1: [ECO], 2: [ECO], 3: [ECO], 6: [ECO], 7: [ECO], 8: [ECO],
    },
    "ar-v03-libya-fuel-subsidy": {
        1: [ECO], 2: [ECO], 4: [ECO], 5: [ECO], 6: [ECO], 7: [ECO], 8: [ECO], 9: [ECO], 10: [ECO], 11: [ECO],
    },
    "ar-v04-lebanon-teachers-strike": {
        1: [HR, ECO], 2: [HR, ECO], 3: [HR, ECO, MIS], 4: [ECO, HR], 5: [ECO], 6: [DIP], 7: [HR],
        8: [HR, ECO], 9: [HR, ECO],
    },
    "ar-v05-iraq-tigris-drought": {
        1: [ECO], 2: [ECO], 3: [DIP, MIS, ECO], 4: [DIP, MIS], 5: [ECO], 6: [HR, ECO], 7: [HR], 8: [DIP, ECO],
    },
    "ar-v06-yemen-rial-aden": {
        1: [ECO], 3: [ECO], 4: [ECO], 5: [ECO], 6: [ECO, MIL], 7: [ECO], 8: [ECO, HR], 10: [ECO], 12: [ECO],
    },
    "ar-v07-damascus-flights": {
        1: [ECO], 3: [ECO], 4: [ECO], 5: [ECO], 7: [ECO], 8: [ECO], 9: [ECO],
    },
    "ar-v08-khorfakkan-port": {
        1: [ECO], 3: [ECO], 4: [ECO], 5: [ECO], 6: [ECO], 7: [ECO, REG], 8: [ECO],
    },
    "ar-v09-jordan-refugee-returns": {
        1: [HR], 2: [HR], 3: [HR], 5: [ECO], 6: [HR], 7: [HR, ECO], 8: [HR],
    },
    "ar-v10-syria-electricity-tariffs": {
        1: [ECO], 3: [ECO], 4: [ECO], 6: [ECO], 8: [ECO], 9: [ECO],
    },
    "ar-v11-quneitra-incursion": {
        1: [MIL], 2: [MIL], 3: [MIL, HR], 4: [HR], 5: [MIL], 6: [MIL, SOV], 7: [MIL],
        8: [SOV, DIP, MIS, MIL], 9: [DIP],
    },
    "ar-v12-sudan-cholera": {
        1: [HR], 2: [HR], 4: [HR], 5: [HR], 7: [HR], 9: [HR], 10: [HR, MIL],
    },
    "ar-v13-pa-clearance-salaries": {
        1: [ECO], 2: [ECO], 3: [ECO, DIP, MIS], 4: [DIP, ECO], 5: [ECO, MIS], 6: [ECO, MIS, MIL],
        7: [HR, ECO], 8: [HR], 9: [ECO],
    },
    "ar-v14-oman-shura-elections": {
        7: [ECO],
    },
}
