"""Frame coding (coder A, single coder) of every passage of the blind24/en set, per docs/annotation.md.

Passage ids are <stem>#<n>, n = the 1-based row number in gold/<stem>.csv (see frames/passages.csv).
Each value lists the frames judged PRESENT; passages not listed have no frame.
"""

DIP, MIL, NUC, ECO = "diplomacy", "military_threat", "nuclear_programme", "sanctions_economy"
SOV, HR, REG, MIS = "sovereignty_rights", "human_rights", "regional_stability", "mistrust_conditions"

CODES = {
    "en-v01-morocco-wheat-bread": {
        1: [ECO], 2: [ECO], 3: [ECO], 4: [ECO], 5: [ECO], 6: [ECO], 7: [ECO], 8: [ECO], 9: [ECO],
    },
    "en-v02-lebanon-electricity": {
        1: [ECO], 3: [ECO], 4: [ECO], 5: [ECO], 7: [ECO], 8: [ECO], 10: [ECO], 11: [ECO], 12: [ECO],
    },
    "en-v03-libya-municipal-elections": {
        1: [MIS], 6: [MIS, HR], 7: [HR], 9: [HR], 11: [SOV],
    },
    "en-v04-iraq-faw-port": {
        1: [ECO], 3: [ECO], 4: [ECO], 6: [ECO], 8: [ECO], 9: [ECO], 10: [DIP, ECO], 11: [DIP, ECO],
        12: [ECO],
    },
    "en-v05-tunisia-fuel-subsidies": {
        1: [ECO], 2: [ECO], 4: [ECO], 5: [ECO], 6: [ECO], 7: [ECO], 8: [ECO, DIP, MIS],
        9: [DIP, MIS, SOV, ECO], 10: [ECO],
    },
    "en-v06-algeria-balearics-migration": {
        7: [DIP], 8: [DIP], 10: [HR],
    },
    "en-v07-sudan-cholera-khartoum": {
        1: [HR], 4: [HR], 5: [HR], 6: [HR], 7: [HR], 8: [HR], 9: [HR], 11: [MIL],
    },
    "en-v08-syria-aleppo-reconstruction": {
        2: [ECO], 7: [HR], 9: [ECO], 10: [HR], 11: [ECO, MIS], 12: [MIS],
    },
    "en-v09-jordan-syria-border-clash": {
        1: [MIL], 2: [MIL, HR, SOV], 4: [MIL, HR], 5: [MIL], 6: [HR], 7: [MIL], 9: [HR, DIP], 10: [MIL],
        12: [ECO],
    },
    "en-v10-israel-jordan-water": {
        1: [ECO], 2: [ECO, DIP], 5: [ECO, DIP], 6: [ECO], 7: [DIP], 8: [DIP], 9: [DIP], 10: [ECO],
        11: [DIP], 12: [ECO],
    },
    "en-v11-uae-flights-aleppo": {
        1: [ECO], 2: [ECO], 4: [ECO], 5: [ECO], 6: [ECO], 7: [ECO], 9: [ECO], 11: [ECO],
    },
    "en-v12-kurdistan-teachers-strike": {
        1: [HR, ECO], 3: [HR, ECO], 4: [HR], 5: [ECO], 7: [HR, ECO, MIS], 8: [ECO], 9: [ECO, MIS],
        10: [DIP],
    },
    "en-v13-egypt-red-sea-tourism": {
        1: [ECO], 3: [ECO], 4: [ECO], 5: [ECO], 6: [ECO], 7: [ECO], 8: [ECO], 9: [ECO], 10: [ECO],
        11: [ECO],
    },
    "en-v14-egypt-warraq-court": {
        1: [HR], 2: [HR, MIS], 5: [HR], 6: [HR], 7: [HR], 8: [HR], 9: [HR], 10: [HR], 11: [ECO],
    },
}
