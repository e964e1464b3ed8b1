"""The outlet catalogue: outlets of the wider catalogue are attributed by their Arabic and English names, and no
alias is a bare common word (the sentences are invented)."""

from __future__ import annotations

import pytest

from framing.attribution.cues import _keys
from builders import segment_at


@pytest.mark.parametrize(
    "sentence, outlet",
    [
        # Arabic
        ("وقالت وكالة الأنباء الإثيوبية إن المحادثات ستستأنف الأسبوع المقبل.", "ena_ethiopia"),
        ("وذكرت صحيفة الجزيرة السعودية أن المشروع سيكتمل العام المقبل.", "al_jazirah"),
        ("ونقلت وكالة الأنباء الصحراوية أن الهجوم استهدف مواقع عسكرية.", "sps"),
        ("وأفادت صحيفة الغد الأردنية بأن الحكومة ستعلن الموازنة قريباً.", "al_ghad_jordan"),
        ("وقالت وكالة كازإنفورم إن الرئيس سيزور الرياض.", "kazinform"),
        ("وذكرت صحيفة كوميرسانت أن موسكو تدرس العرض.", "kommersant"),
        ("وأشار موقع أرقام إلى أن أسهم البنوك ارتفعت.", "argaam"),
        ("وقالت وكالة إخلاص للأنباء إن الحريق اندلع فجراً.", "iha"),
        # English
        ("Kommersant reported that the deal had been signed.", "kommersant"),
        ("The Ethiopian News Agency said the talks would resume next week.", "ena_ethiopia"),
        ("Hiiraan Online reported that lawmakers met on Sunday.", "hiiraan_online"),
        ("Jiji Press said the minister would travel to Riyadh.", "jiji_press"),
        ("According to Splash247, the tanker changed course twice.", "splash247"),
        ("The Long War Journal said the group had claimed the attack.", "long_war_journal"),
        ("Bernama reported that the ministers met in Kuala Lumpur.", "bernama"),
    ],
)
def test_catalogue_new_outlets_are_attributed(cfg, sentence, outlet):
    seg = segment_at(cfg, sentence)
    assert seg.outlet == outlet
    assert seg.speaker_type == "outlet"


@pytest.mark.parametrize(
    "sentence",
    [
        # ordinary words that name outlets only with a qualifier
        "وقال الوزير إن الوطن يمر بمرحلة صعبة وإن اليوم ليس كالأمس.",
        "The hill above the port was quiet on Sunday, and the sun rose at six.",
        "Officials said CCTV footage showed the attack in the war zone.",
        "وأضاف أن جمهورية مصر العربية تدعم الحل السياسي في المنطقة.",
    ],
)
def test_catalogue_ordinary_words_name_no_outlet(cfg, sentence):
    seg = segment_at(cfg, sentence)
    assert seg.outlet == ""


# Bare words that are ordinary text, a place or a body in Arabic and English news: an alias equal to one of them
# would attribute ordinary sentences to an outlet.
COMMON_WORDS = [
    "الشرق", "الوطن", "اليوم", "الأيام", "الرأي", "الحياة", "الغد", "الخليج", "الأخبار", "الجمهورية", "الدستور",
    "الثورة", "الصباح", "الاتحاد", "البيان", "الرياض", "المدينة", "القدس", "النهار", "الشعب", "البلاد",
    "السياسة", "الأنباء", "الراية", "الزمان", "النشرة", "المنصة", "المشهد", "الوسط", "العرب", "العربي", "الحرة",
    "عمان", "إيران", "مصر", "سبق", "أرقام", "زاوية",
    "Times", "Post", "Nation", "National", "Sun", "Express", "Mirror", "Independent", "Observer", "Standard",
    "Today", "News", "Daily", "Herald", "Tribune", "Journal", "Hill", "Atlantic", "Monitor",
    "Press", "Star", "Vision", "Forward", "Diplomat", "Reporter", "Insider", "Liberation", "Report", "Trend",
    "Focus", "Punch", "Vox", "Stern", "Mint", "Fortune", "CCTV", "TSA", "DHA", "NRC",
]


def test_catalogue_no_alias_is_a_bare_common_word(cfg):
    common = {_keys(w) for w in COMMON_WORDS}
    offending = [
        (outlet.id, alias)
        for outlet in cfg.outlets
        for alias in (outlet.name, *outlet.aliases)
        if _keys(alias) in common
    ]
    assert offending == []


# A name that is an ordinary word elsewhere («النهار», "the day") means the outlet only between quotation marks.
@pytest.mark.parametrize("text, outlet", [
    ("وذكرت «النهار» أن الحكومة تدرس الخيارات.", "an_nahar"),
    ("وقال مصدر حكومي لـ«الأخبار» إن الجلسة تأجلت.", "al_akhbar"),
    ("وقال الوزير إن النهار كان طويلاً.", ""),
    ("وذكرت صحيفة \"التيار\" السودانية أن الجولة تأجلت.", "al_tayar"),
    ("وقالت صحيفة «المال» إن الأسعار سترتفع.", "al_mal"),
    ("وترى صحيفة \"صباح\" المقربة من الحكومة أن العودة ستتسارع.", "sabah_turkey"),
    ("وقال الوزير إن المال متوفر وإن التيار الكهربائي سيعود صباح الغد.", ""),
])
def test_a_quoted_name_is_the_outlet_only_between_quotation_marks(cfg, text, outlet):
    assert segment_at(cfg, text).outlet == outlet
