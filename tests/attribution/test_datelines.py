"""Bylines (framing/attribution/datelines.py, ``byline_patterns`` in the config): a paper's or site's own article
names its publisher, and speaking to that publisher is the writer's reporting, not an outlet's voice
(docs/attribution.md §2); a wire dateline's publisher still carries "told Reuters". Invented articles."""

from __future__ import annotations

import pytest

from builders import segment_at

from framing.attribution import attribute


@pytest.mark.parametrize("byline, addressed, own", [
    ("عمّان - «القدس العربي» - من سامر الخطيب", "لـ«القدس العربي»", "al_quds_al_arabi"),
    ("جدة - الرياض - «عكاظ»", "لـ«عكاظ»", "okaz"),
    ("سكاي نيوز عربية - أبوظبي", "لموقع سكاي نيوز عربية", "sky_news_arabia"),
])
def test_speaking_to_the_articles_own_paper_is_no_outlet(cfg, byline, addressed, own):
    text = (f"الحكومة تعلن خطة لدعم المزارعين بعد موجة الجفاف\n{byline}\n"
            f"أعلنت الحكومة خطة جديدة لدعم المزارعين.\nوقال مصدر في وزارة الزراعة {addressed} إن الخطة ستنفذ على مراحل.\n")
    art = attribute(text, cfg)
    seg = segment_at(cfg, text, "وقال مصدر")
    assert art.publisher == own and (seg.outlet, seg.speaker_type) == ("", "anonymous")


def test_an_english_byline_names_the_publisher(cfg):
    text = ("Farmers protest as drought bites\nBy Lina Haddad, The National\n\nFarmers blocked a road on Monday.\n"
            "An agriculture ministry official told The National that subsidies would follow.\n")
    seg = segment_at(cfg, text, "An agriculture")
    assert (seg.outlet, seg.speaker_type) == ("", "anonymous")


def test_a_headline_quoting_an_outlet_is_no_byline(cfg):
    text = "أكسيوس: واشنطن تدرس تخفيف القيود على الشحن\nوقال مسؤول أميركي لموقع «أكسيوس» إن القرار لم يتخذ بعد.\n"
    assert attribute(text, cfg).publisher == ""
    assert segment_at(cfg, text, "وقال").outlet == "axios"


def test_told_the_wire_in_its_own_wire_story_is_still_the_wire(cfg):
    text = ("DUBAI, May 4 (Reuters) - Port traffic resumed on Monday.\n"
            "A shipping source told Reuters that two tankers had docked.\n")
    assert segment_at(cfg, text, "A shipping").outlet == "reuters"


# Lines that only look like bylines: a photo credit, a press-review subheading, a headline quoting what an outlet was
# told, a credit at the end. The outlet they name still carries its passages.
@pytest.mark.parametrize("text, at, outlet", [
    ("Ceasefire talks resume\nPhoto: Reuters\nReuters reported that the draft was accepted.\n", "Reuters reported", "reuters"),
    ("Budget fight\nHaaretz | Cabinet split over budget\nHaaretz reports that the vote slipped.\n", "Haaretz reports", "haaretz"),
    ("مسؤول إيراني لـ«الجزيرة نت»: لا مفاوضات\nوقال مسؤول لـ«الجزيرة نت» إن المحادثات توقفت.\n", "وقال", "al_jazeera"),
    ("توقف الميناء\nوقالت وكالة رويترز إن ثلاثة أصيبوا.\nصورة أرشيفية - رويترز\n", "وقالت", "reuters"),
])
def test_credit_lines_and_headlines_are_no_bylines(cfg, text, at, outlet):
    assert attribute(text, cfg).publisher == ""
    assert segment_at(cfg, text, at).outlet == outlet


@pytest.mark.parametrize("line", [
    "Source: BBC Monitoring, based on Syrian and Turkish media, 11 March 2027",
    "(Reporting by Jane Roe; Editing by John Doe)",
    "المصدر: الصحافة اللبنانية + وكالة رويترز",
])
def test_a_credit_line_is_narration_whatever_outlet_it_names(cfg, line):
    text = f"The paper said the plant would reopen.\n{line}\n"
    assert segment_at(cfg, text, line[:8]).speaker_type == "narrator"


def test_a_paragraph_opening_with_sources_is_no_credit_line(cfg):
    seg = segment_at(cfg, "Sources close to the ministry said the plant would reopen.\n")
    assert seg.speaker_type == "anonymous"


def test_a_byline_with_no_space_before_its_dash(cfg):
    text = ("تركيا تسرع إعادة اللاجئين\nعربي21- إسطنبول| الأحد، 16 مايو 2027\nأعلنت وزارة الداخلية خطة جديدة.\n"
            "ويقول لاجئ في حديث لـ\"عربي21\" إنه تلقى إشعارا.\n")
    seg = segment_at(cfg, text, "ويقول")
    assert attribute(text, cfg).publisher == "arabi21" and (seg.outlet, seg.speaker_type) == ("", "anonymous")


def test_an_arabic_dateline_with_the_country_in_brackets_leaves_the_body_to_decide(cfg):
    text = ("الصادرات تتراجع\n"
            "البصرة (العراق) (رويترز) - قالت ثلاثة مصادر في الموانئ لرويترز إن الصادرات تراجعت هذا الأسبوع. "
            "وقال أحد المصادر إن الناقلات تنتظر منذ أيام.")
    seg = segment_at(cfg, text, "قالت ثلاثة")
    assert (seg.outlet, seg.speaker_type) == ("reuters", "anonymous")
    assert segment_at(cfg, text, "وقال أحد").outlet == "reuters"  # one of the sources refers back


@pytest.mark.parametrize("body, at", [
    ("الانقطاعات تتواصل\n\nوأفاد مراسل الجزيرة بأن المحطة توقفت. وقال أحد السكان للجزيرة نت إن المولدات لا تكفي. "
     "وكانت وكالة سونا قد ذكرت أن فرق الصيانة بدأت العمل.", "وقال أحد"),
    ("الحوار يستأنف\n\nوعلمت «الشروق» من مصادر مطلعة أن اللجنة ستجتمع الشهر المقبل. وذكرت وكالة الأنباء الجزائرية "
     "أن الوفد وصل.", "وعلمت"),
])
def test_an_article_reporting_through_its_own_correspondent_is_its_publisher(cfg, body, at):
    seg = segment_at(cfg, body, at)
    assert seg.outlet == ""  # the article's own reporting, no outlet's voice (docs/attribution.md §2)
    assert segment_at(cfg, body, "وكان" if "وكان" in body else "وذكرت").outlet in {"suna", "aps_algeria"}


def test_a_correspondent_of_an_outlet_that_also_reports_is_that_outlet(cfg):
    text = ("وقالت قناة الجزيرة إن المحطة توقفت. وأفاد مراسل الجزيرة بأن المولدات لا تكفي.")
    assert segment_at(cfg, text, "وأفاد").outlet == "al_jazeera"


def test_a_wire_keeps_its_own_name_when_addressed(cfg):
    text = "BAGHDAD, March 4 (Reuters) - Exports fell this week, three industry sources told Reuters amid a row over payments."
    seg = segment_at(cfg, text, "Exports")
    assert (seg.outlet, seg.speaker_type) == ("reuters", "anonymous")  # the adjunct after the cue is not its content


@pytest.mark.parametrize("text, at", [
    ("The RSF did not respond to CNN's request for comment. An aid worker told CNN that lines were long.", "An aid"),
    ("Sky News understands that officials met last week. A diplomat told Sky News the talks were tense.", "A diplomat"),
])
def test_phrases_only_the_publisher_writes_of_itself_name_it(cfg, text, at):
    seg = segment_at(cfg, text, at)
    assert (seg.outlet, seg.speaker_type) == ("", "anonymous")  # the article's own reporting (docs/attribution.md §2)


def test_another_outlets_name_in_such_a_phrase_under_a_wire_dateline_stays_cited(cfg):
    text = ("BEIRUT (Reuters) - Officials met on Monday, Sky News reported. Sky News understands the talks were tense. "
            "A diplomat told Sky News the talks would go on.")
    assert segment_at(cfg, text, "A diplomat").outlet == "sky_news"


# A dateline naming a site, a paper or a channel, not a wire, is that outlet's own lead: speaking to it is the
# writer's reporting; a bare name before «/» is a dateline only when it is an outlet's.
@pytest.mark.parametrize("text, at, outlet", [
    ("شفق نيوز/ أفاد مصدر أمني، يوم الاثنين، بأن المحتجين قطعوا الطريق.\nوقال المصدر لوكالة شفق نيوز، إن قوة انتشرت.",
     "أفاد مصدر", ""),
    ("شفق نيوز/ أفاد مصدر أمني، يوم الاثنين، بأن المحتجين قطعوا الطريق.\nوقال المصدر لوكالة شفق نيوز، إن قوة انتشرت.",
     "وقال المصدر", ""),
    ("PORT SUDAN, Sudan (CNN) — Drones struck fuel depots on Tuesday.\nA dock worker told CNN the fires burned all night.",
     "A dock worker", ""),
    ("LONDON (Reuters) - Drones struck fuel depots on Tuesday.\nA dock worker told Reuters the fires burned all night.",
     "A dock worker", "reuters"),
    ("ملاحظة/ قال مسؤول لوكالة رويترز إن الإمدادات تراجعت.", "قال مسؤول", "reuters"),
    ("(عدن الغد) خاص: قالت مصادر محلية لـ«عدن الغد» إن الكهرباء انقطعت.", "قالت مصادر", ""),
])
def test_a_sites_own_dateline_makes_speaking_to_it_its_own_reporting(cfg, text, at, outlet):
    assert segment_at(cfg, text, at).outlet == outlet


# A poll named with a slash is no dateline, nor a bracketed label with a bare colon; only the first dateline can
# make a site the article's own publisher.
@pytest.mark.parametrize("text, at, outlet", [
    ("Support for the war fell.\nA CNN/SSRS poll released on Sunday found most opposed it.\n\"We are tired,\" a voter told CNN.",
     "\"We are tired", "cnn"),
    ("GAZA (Reuters) - Strikes hit the south.\nWASHINGTON (CNN) - Officials met.\nA diplomat told CNN the talks failed.",
     "A diplomat", "cnn"),
])
def test_what_is_no_sites_own_dateline(cfg, text, at, outlet):
    assert segment_at(cfg, text, at).outlet == outlet


def test_a_bracketed_label_with_a_bare_colon_names_no_publisher(cfg):
    assert attribute("(العربية): قال مصدر عسكري إن الهجوم صد.", cfg).publisher == ""


@pytest.mark.parametrize("meta", [
    "Published: 4 March 2027, 09:15 GMT",
    "Nadia Farouk in Amman | 03/04/2027",
    "By Omar Said, The National",
    "آخر تحديث: 04/03/2027",
])
def test_the_standfirst_above_a_date_or_byline_line_is_narration(cfg, meta):
    text = (f"Jordan and Syria reopen border crossing\n\nJordan says the Jaber crossing will reopen to trucks on Sunday. "
            f"Traders welcome the move.\n\n{meta}\n\nThe interior ministry said in a statement that trucks would "
            "be inspected on both sides.\n")
    assert segment_at(cfg, text, "Jordan says").speaker_type == "narrator"
    assert segment_at(cfg, text, "Traders welcome").speaker_type == "narrator"
    assert segment_at(cfg, text, "The interior ministry").speaker_type == "official"


@pytest.mark.parametrize("text", [
    # no date or byline line under it: the same paragraph is the article's first report
    "Jordan and Syria reopen border crossing\n\nJordan says the Jaber crossing will reopen to trucks on Sunday.\n\n"
    "The interior ministry said trucks would be inspected.\n",
    # no headline above it
    "Jordan says the Jaber crossing will reopen to trucks on Sunday.\n\nPublished: 4 March 2027\n\nTrucks queued.\n",
    # a body paragraph, not a summary: too long to be a standfirst
    "Jordan and Syria reopen border crossing\n\nJordan says the Jaber crossing will reopen to trucks on Sunday after "
    "a closure of nearly four months that cost traders on both sides millions of dollars, and that the two "
    "governments have agreed on a joint inspection regime, new opening hours for passenger cars and a hotline "
    "between the two customs authorities to settle disputes quickly, officials from both sides told a joint news "
    "conference.\n\nPublished: 4 March 2027\n\nTrucks queued.\n",
])
def test_no_standfirst_without_a_headline_a_date_line_or_with_a_long_paragraph(cfg, text):
    assert segment_at(cfg, text, "Jordan says").speaker_type == "official"
