"""Frame coding (coder A, single coder) of every passage of the blind2 set, per docs/annotation.md.

Passage ids are <stem>#<n>, n = the 1-based row number in gold/<stem>.csv (see frames/passages.csv).
Each value lists the frames judged PRESENT (empty = no frame).
"""

DIP, MIL, NUC, ECO = "diplomacy", "military_threat", "nuclear_programme", "sanctions_economy"
SOV, HR, REG, MIS = "sovereignty_rights", "human_rights", "regional_stability", "mistrust_conditions"

_C = {
    "en-c1-hormuz": {
        1: [MIL, ECO], 3: [MIL], 7: [MIL], 9: [SOV], 10: [MIL], 11: [ECO, DIP, NUC], 12: [ECO], 13: [ECO],
        14: [ECO], 15: [ECO], 16: [MIL, REG], 17: [MIL, REG], 18: [REG], 21: [MIL], 22: [ECO],
    },
    "en-c2-geneva": {
        1: [DIP, ECO], 2: [DIP, ECO, MIS, NUC], 5: [DIP, ECO], 6: [DIP], 7: [DIP, ECO, MIS], 8: [DIP, MIS],
        9: [MIS, DIP, NUC], 10: [ECO, MIS, NUC, DIP], 11: [DIP, ECO, NUC], 12: [DIP], 13: [DIP],
        16: [NUC, DIP, MIS], 17: [NUC], 18: [NUC], 19: [NUC], 20: [NUC], 21: [ECO], 22: [ECO, REG],
        23: [DIP], 24: [NUC],
    },
    "en-c3-westbank": {
        1: [HR, SOV, REG], 3: [HR, REG], 4: [HR], 5: [HR], 6: [HR, REG], 8: [HR], 9: [HR], 10: [HR, MIS],
        11: [SOV], 12: [SOV], 13: [SOV], 14: [SOV], 15: [DIP, SOV], 16: [DIP, SOV], 17: [DIP], 18: [HR],
        19: [HR], 20: [HR], 21: [HR],
    },
    "en-c4-live": {
        1: [MIL, ECO], 3: [MIL], 4: [MIL, HR], 5: [HR], 6: [MIL], 7: [MIL], 10: [MIL], 11: [MIL],
        13: [MIL, SOV, REG], 14: [MIL], 16: [ECO], 17: [ECO], 18: [SOV, MIL], 20: [MIL], 21: [MIL],
        22: [MIL, MIS], 23: [MIL, REG], 24: [REG],
    },
    "en-c5-water": {
        4: [ECO, MIS], 15: [HR, MIS], 17: [HR], 21: [ECO], 22: [ECO], 23: [ECO], 24: [ECO],
    },
    "ar-c1-lebanon-budget": {
        1: [ECO], 2: [ECO, DIP], 3: [ECO], 4: [ECO, MIS, DIP], 5: [ECO, MIS], 6: [ECO], 7: [ECO],
        8: [ECO, MIL, MIS], 9: [ECO, MIS, SOV], 10: [ECO, MIS], 11: [ECO, SOV], 12: [ECO], 14: [ECO],
        15: [ECO], 16: [MIL], 17: [HR], 18: [MIL, HR], 19: [MIS, MIL, SOV, ECO], 20: [ECO],
    },
    "ar-c2-npt": {
        1: [NUC, DIP], 3: [NUC, DIP], 4: [MIS, NUC], 5: [NUC, MIS], 6: [NUC], 7: [NUC], 8: [NUC], 9: [NUC],
        10: [ECO, NUC, MIS], 11: [DIP], 12: [MIL, MIS, NUC], 13: [NUC, MIL], 14: [DIP], 15: [NUC],
        16: [NUC, DIP], 17: [NUC], 18: [DIP], 19: [ECO], 20: [ECO, NUC],
    },
    "ar-c3-syria-israel": {
        1: [DIP, REG], 3: [DIP, REG, MIL, SOV], 4: [DIP], 5: [DIP], 6: [MIL, SOV, DIP], 7: [MIL, MIS],
        9: [DIP, SOV, MIS], 10: [SOV, DIP, MIS], 11: [SOV], 12: [MIL, HR], 13: [MIL], 14: [DIP, ECO],
        15: [DIP], 16: [DIP], 17: [MIL, DIP, REG], 18: [DIP, SOV, REG],
    },
    "ar-c4-flotilla-live": {
        1: [MIL], 3: [MIL], 4: [HR], 5: [MIL], 7: [MIL, SOV], 9: [MIL, SOV], 10: [HR], 12: [HR],
        13: [MIL, SOV], 15: [MIL], 17: [HR], 18: [HR], 19: [MIS], 22: [MIL], 23: [HR],
    },
    "ar-c5-iraq-analysis": {
        1: [MIL, SOV], 3: [MIL, MIS, ECO], 4: [ECO, MIS, SOV, MIL], 5: [DIP], 7: [MIL, REG],
        9: [MIS, SOV], 10: [MIS], 11: [MIL], 12: [SOV, MIL], 13: [MIL, MIS, SOV], 14: [MIL, MIS], 15: [ECO],
        16: [ECO], 17: [DIP, ECO], 18: [MIL, SOV, DIP], 19: [SOV],
    },
}

_N = {"en-c1-hormuz": 23, "en-c2-geneva": 26, "en-c3-westbank": 21, "en-c4-live": 28, "en-c5-water": 25,
      "ar-c1-lebanon-budget": 21, "ar-c2-npt": 20, "ar-c3-syria-israel": 18, "ar-c4-flotilla-live": 24,
      "ar-c5-iraq-analysis": 19}

CODES = {f"{stem}#{n}": list(dict.fromkeys(_C[stem].get(n, []))) for stem, total in _N.items()
         for n in range(1, total + 1)}
for _stem, _d in _C.items():
    assert all(1 <= n <= _N[_stem] for n in _d), _stem
