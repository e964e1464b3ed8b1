"""Outlets the config does not list (framing/attribution/unlisted.py and the mentions built from it), and the
issue-12 rules written with them (carriers, addressee nouns, platform accounts, unnamed people): invented sentences."""

from __future__ import annotations

import pytest

from framing.attribution import attribute
from framing.config import load_config


@pytest.fixture(scope="module")
def cfg():
    return load_config("config.yaml").config


def _find(article, fragment):
    at = article.text.index(fragment)
    return next(s for s in article.segments if s.start <= at < s.end)


# issue 12, kinds 6 and 9: unlisted English outlets named by an apposition, by the head words of their name, as
# addressee or channel
@pytest.mark.parametrize(
    "sentence, outlet, speaker_type",
    [
        ("Qalamna, an independent Tunisian news site, reported that the flights had resumed.", "unlisted_qalamna", "outlet"),
        ("Le Desk, a Moroccan news website close to the palace, said the talks had stalled.", "unlisted_le_desk", "outlet"),
        ("Al-Marsad, a Kuwaiti daily, said the emir would speak.", "unlisted_al_marsad", "outlet"),
        ("Ahmed Ali, a newspaper editor, said the paper was closed.", "", "official"),  # the noun qualifies "editor"
        ("Ahmed Ali, the head of the news agency, said it was closed.", "", "official"),
        ("Wadi TV reported that the border was closed.", "unlisted_wadi_tv", "outlet"),
        ("The Salmiya Times reported that the session was cancelled.", "unlisted_salmiya_times", "outlet"),
        ("The Gulf Press Service said the talks failed.", "unlisted_gulf_press_service", "outlet"),
        ("On Thursday, the Polisario's Tifariti Press Service said the talks failed.", "unlisted_tifariti_press_service", "outlet"),
        ("Bloomberg News reported that refiners had cut purchases.", "bloomberg", "outlet"),  # listed, with its head word
        ("The minister told Wadi TV that the border was closed.", "unlisted_wadi_tv", "official"),
        ("A senior official told the Kuwaiti daily Al-Manara that the decree was signed.", "unlisted_al_manara", "anonymous"),
        ("The minister said in an interview with Sahel FM that the report was false.", "unlisted_sahel_fm", "official"),
        ("The minister told Parliament that the budget was ready.", "", "official"),
        # a lower-case type noun after a capitalized name; not after place adjectives only
        ("Al-Zamil newspaper said the decree was signed.", "unlisted_al_zamil", "outlet"),
        ("Tifariti news agency said the talks failed.", "unlisted_tifariti", "outlet"),
        ("Hezbollah's Al-Nour television described the dead as martyrs.", "unlisted_al_nour", "outlet"),
        ("Israeli television reported that the army was ready.", "", "official"),
        ("Kuwaiti State television said the session was cancelled.", "kuwait_tv", "outlet"),  # its state outlet
        # the title of listed outlets ("Al-Watan (Syria)", "Al-Watan (Qatar)" …): one outlet has it, or a place word
        # in the phrase picks one; with no place word, it stays a name of its own
        ("Tishreen newspaper said the decree was signed.", "tishreen", "outlet"),
        ("The Damascus daily Al-Watan said the decree was signed.", "al_watan_syria", "outlet"),
        ("Qatar's Al-Watan newspaper said the decree was signed.", "al_watan_qatar", "outlet"),
        ("A minister told the Kuwaiti daily Al-Rai that the decree was signed.", "al_rai_kuwait", "anonymous"),
        ("Al-Watan newspaper said the decree was signed.", "unlisted_al_watan", "outlet"),
    ],
)
def test_attribution_names_an_unlisted_english_outlet(cfg, sentence, outlet, speaker_type):
    seg = attribute(sentence, cfg).segments[0]
    assert (seg.outlet, seg.speaker_type) == (outlet, speaker_type)


# issue 12, kinds 1, 6 and 9: an unlisted outlet named in quotes is a mention like a listed one; an outlet, an
# apposition, then its verb; the addressee "the channel" refers back; a platform behind "its account on"
def test_attribution_unlisted_outlet_in_quotes_is_a_mention(cfg):
    text = ('وكانت صحيفة «الرواق» قد أفادت بأن المسودة تخفض عدد الأعضاء. وبحسب الصحيفة، تتضمن المسودة بنوداً جديدة. '
            'غير أن موقع "صدى الساحل" نقل عن سكان أن القوافل تمر. وأشار الموقع إلى أن الحواجز قائمة.')
    art = attribute(text, cfg)
    assert (_find(art, "وكانت صحيفة").outlet, _find(art, "وكانت صحيفة").speaker) == ("unlisted_الرواق", "الرواق")
    assert _find(art, "وبحسب الصحيفة").outlet == "unlisted_الرواق"
    assert (_find(art, "نقل عن سكان").outlet, _find(art, "نقل عن سكان").speaker_type) == ("unlisted_صدي_الساحل", "anonymous")
    assert (_find(art, "وأشار الموقع").outlet, _find(art, "وأشار الموقع").speaker) == ("unlisted_صدي_الساحل", "صدى الساحل")


def test_attribution_a_quoted_phrase_after_a_type_noun_is_no_name_in_english(cfg):
    seg = attribute('The report says the agency "has lost continuity of knowledge" over the material.', cfg).segments[0]
    assert not seg.outlet.startswith("unlisted_")


@pytest.mark.parametrize(
    "sentence, outlet, speaker_type",
    [
        ('لكن وكالة "تسنيم" الإيرانية، المقربة من الحرس الثوري، نقلت عن مسؤول قوله إن الأموال محتجزة.', "tasnim", "anonymous"),
        ("وكانت صحيفة «الرواق»، القريبة من أوساط التجار، قد أفادت بأن المسودة تخفض عدد الأعضاء.", "unlisted_الرواق", "outlet"),
        ("وفي طهران، أعلنت الحكومة، في بيان رسمي، أن الأموال وصلت.", "", "official"),
    ],
)
def test_attribution_arabic_outlet_apposition_then_verb(cfg, sentence, outlet, speaker_type):
    seg = attribute(sentence, cfg).segments[0]
    assert (seg.outlet, seg.speaker_type) == (outlet, speaker_type)


@pytest.mark.parametrize(
    "text, fragment, outlet",
    [
        ("Al Sumaria reported that roads were blocked. One protester told the channel that power was out.", "One protester", "al_sumaria"),
        ('وبثت قناة "السومرية" صوراً للمحتجين. وقال محتج للقناة إن الكهرباء مقطوعة.', "وقال محتج", "al_sumaria"),
        ("The New York Times reported that a runway was built. The foreign ministry said the report was baseless.", "The foreign ministry", ""),
        ("وذكرت قناة «الجزيرة» أن الوفد وصل. وقال عضو المكتب السياسي للحركة إن الاتفاق قريب.", "وقال عضو", ""),  # not an addressee
    ],
)
def test_attribution_addressee_noun_refers_back_to_the_outlet(cfg, text, fragment, outlet):
    assert _find(attribute(text, cfg), fragment).outlet == outlet


@pytest.mark.parametrize(
    "sentence, outlet, speaker_type",
    [
        ("Bahrain's foreign minister has written on X that the decision was taken.", "x", "official"),
        ('ونشرت الوزارة على حسابها في منصة "إكس" بياناً قالت فيه إن القرار نهائي.', "x", "official"),
        ("One protester said the power had been cut for days.", "", "anonymous"),
        ("وقال محتج إن الكهرباء مقطوعة منذ أيام.", "", "anonymous"),
    ],
)
def test_attribution_platform_accounts_and_unnamed_people(cfg, sentence, outlet, speaker_type):
    seg = attribute(sentence, cfg).segments[0]
    assert (seg.outlet, seg.speaker_type) == (outlet, speaker_type)


# issue 12, kinds 4, 6 and 9: a statement carried by an outlet; outlets named by what only they publish, by a
# head word before "of", or with a qualifier and an abbreviation
@pytest.mark.parametrize(
    "sentence, outlet, speaker_type",
    [
        ("وقالت وزارة الداخلية في بيان نشرته الوكالة العربية السورية للأنباء (سانا) إن الوحدات فككت المعامل.", "sana", "official"),
        ("وقالت الوزارة في بيان نقلته وكالة الأنباء الكويتية (كونا) إن القرار نهائي.", "kuna", "official"),
        ("The defence ministry said in a statement carried by the official Gulf Press Service (GPS) that two men died.",
         "unlisted_gulf_press_service", "official"),
        ("Al Qamar's front-page editorial says Manama has not forgotten the past.", "unlisted_al_qamar", "outlet"),
        ("Al Ayam's front-page editorial says Manama has not forgotten the past.", "al_ayam_bahrain", "outlet"),  # a title
        ("Al-Marsad said in an editorial that the assembly had failed.", "unlisted_al_marsad", "outlet"),
        ("The foreign minister said in an editorial that the assembly had failed.", "", "official"),
        ("The Times of Sohar reported, citing a security source, that officers found drones.", "unlisted_times_of_sohar", "anonymous"),
        ("The Salmiya Times, citing officials, reported that the session was cancelled.", "unlisted_salmiya_times", "anonymous"),
        ("The official Gulf News Agency (GNA) says the envoy landed.", "unlisted_gulf_news_agency", "outlet"),
        ("The Head of Mission said the envoy landed.", "", "official"),
    ],
)
def test_attribution_outlets_by_what_carries_or_names_them(cfg, sentence, outlet, speaker_type):
    seg = attribute(sentence, cfg).segments[0]
    assert (seg.outlet, seg.speaker_type) == (outlet, speaker_type)


# issue 12, kinds 5 and 9: an outlet named by capitalized words after a lower-case name noun is a mention, so a
# sentence with no reporting verb is its voice; a comma after the noun ends it ("According to the paper, Egypt …")
@pytest.mark.parametrize("text, fragment, outlet", [
    ("The Damascus daily Al-Watan strikes a more cautious note. The paper points out that the deal is long.",
     "The paper", "al_watan_syria"),
    ("The Tunisian daily Ennour leads with the story.", "The Tunisian", "unlisted_ennour"),
    ("Globes reported the cut. According to the paper, Egypt owes the partners $600m.", "According", "globes"),
])
def test_attribution_a_name_after_a_name_noun_is_a_mention(cfg, text, fragment, outlet):
    seg = _find(attribute(text, cfg), fragment)
    assert (seg.outlet, seg.speaker_type) == (outlet, "outlet")


@pytest.mark.parametrize("text, fragment, outlet", [
    # a bare title of one listed outlet is that outlet
    ("Baghdad approved the budget. Al-Sabah said salaries would be paid on time.", "Al-Sabah said", "al_sabah_iraq"),
    # a shared title: the country of the possessive before it, else the country the article names most often
    ("Kuwait's Al-Rai said the session was postponed.", "Kuwait's Al-Rai", "al_rai_kuwait"),
    ("Kuwait's parliament met on Monday and Kuwaiti lawmakers argued. Al-Rai said the session was postponed.",
     "Al-Rai said", "al_rai_kuwait"),
    ("Jordan's cabinet met in Amman on Monday. Al-Rai said the session was postponed.", "Al-Rai said", "al_rai_jordan"),
])
def test_a_bare_title_names_its_outlet(cfg, text, fragment, outlet):
    assert _find(attribute(text, cfg), fragment).outlet == outlet


@pytest.mark.parametrize("text, fragment", [
    ("Al-Rai said the session was postponed.", "Al-Rai said"),  # two outlets have it, and no country is named
    ("Kuwait and Jordan met. Al-Rai said the session was postponed.", "Al-Rai said"),  # named as often
])
def test_a_shared_title_no_country_picks_stays_unresolved(cfg, text, fragment):
    assert _find(attribute(text, cfg), fragment).outlet == ""


def test_a_shared_title_before_its_type_noun_takes_the_articles_country(cfg):
    text = "Kuwait's parliament met on Monday. Al-Rai newspaper said the session was postponed."
    assert _find(attribute(text, cfg), "Al-Rai newspaper").outlet == "al_rai_kuwait"


@pytest.mark.parametrize("text, fragment", [
    ("Iran said it would not give up enrichment.", "Iran said"),  # a one-word title is a word or a name
    ("Prime Minister Mohammed Shia al-Sudani met the envoy. Al-Sudani said the talks went well.", "Al-Sudani said"),
])
def test_a_bare_title_that_is_a_word_or_a_surname_is_no_outlet(cfg, text, fragment):
    assert _find(attribute(text, cfg), fragment).outlet == ""
