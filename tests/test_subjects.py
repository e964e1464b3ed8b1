"""How a sentence names its source (framing/attribution/subjects.py, speakers.py, references.py and the mentions of
cues.py): qualified and possessive outlet names, relative clauses, correspondents, pronouns, documents, reports and
the speakers' types, written for issue 12 from one blind set's misses: invented sentences.

Each case: a text, the fragment whose passage is checked (None: the first passage), and what that passage must
carry: outlet, speaker type, and (when given) the start of the speaker's name.
"""

from __future__ import annotations

import pytest

from framing.attribution import attribute
from framing.config import load_config


@pytest.fixture(scope="module")
def cfg():
    return load_config("config.yaml").config


def case(kind: str, text: str, outlet: str, speaker_type: str, *, at: str | None = None, speaker: str = ""):
    return pytest.param(text, at, outlet, speaker_type, speaker, id=kind)


CASES = [
    # kinds 4 and 9: an outlet after a determiner and qualifiers, with its type noun after the name
    case("qualified", "The talks failed, according to the IRNA news agency.", "irna", "outlet"),
    case("qualified", "According to the official IRNA news agency, the talks failed.", "irna", "outlet"),
    case("qualified", "The talks failed, according to Iran's semi-official Tasnim news agency.", "tasnim", "outlet"),
    case("qualified", "The talks failed, according to the Dawn newspaper.", "dawn", "outlet"),
    case("qualified", "The state-run IRNA news agency reported that the talks failed.", "irna", "outlet"),
    case("qualified", "The talks failed, according to officials at IRNA.", "", "anonymous"),
    case("qualified", "Iran's foreign ministry spokesman said the talks failed, according to the official IRNA news agency.",
         "irna", "official"),
    # capitalized words of an outlet's name are capitalized in the text
    case("capitals", "The independent outlet reported that the talks failed.", "", "narrator"),
    case("capitals", "The Independent reported that the talks failed.", "independent", "outlet"),
    case("capitals", "The talks failed, the Independent said.", "independent", "outlet"),
    case("capitals", "The talks failed at dawn, officials said.", "", "anonymous"),
    case("capitals", "The talks failed, Dawn reported.", "dawn", "outlet"),
    # kind 6: a relative pronoun as subject: the phrase before it speaks
    case("relative", "Bloomberg, which first reported the cuts on Monday, says the Line will shrink.", "bloomberg", "outlet",
         speaker="Bloomberg"),
    case("relative", "A diplomat who attended the meeting said the talks failed.", "", "anonymous", speaker="A diplomat"),
    case("relative", "Officials who declined to be named said the talks failed.", "", "anonymous", speaker="Officials"),
    case("relative", 'نبدأ من صحيفة "عكاظ" السعودية، التي وصفت الموسم بأنه ناجح، مشيرة إلى أن العدد ارتفع.', "okaz", "outlet"),
    case("auxiliary", 'وكان موقع "أكسيوس" الإخباري قد ذكر أن العدد ارتفع.', "axios", "outlet"),
    case("auxiliary", 'وكان موقع "الرصيف" الإخباري قد ذكر أن العدد ارتفع.', "unlisted_الرصيف", "outlet"),
    # kind 3: an outlet's correspondent points back to it, as its sources do
    case("correspondent", "The Financial Times goes further. Its Gulf correspondent writes that the fund is reviewing contracts.",
         "financial_times", "outlet", at="Its Gulf"),
    case("correspondent", "Dawn reported the closure. Its correspondent in Turbat wrote that trucks were stranded.", "dawn",
         "outlet", at="Its corr"),
    case("correspondent", "Haaretz reported the talks failed. The paper's correspondent said the envoy left.", "haaretz",
         "outlet", at="The paper"),
    case("correspondent", "ذكرت صحيفة «هآرتس» أن المحادثات انتهت. وقال مراسلها في القدس إن الوفد غادر.", "haaretz", "outlet",
         at="وقال"),
    case("correspondent", "Haaretz reported the talks failed. Its sources said the envoy left.", "haaretz", "anonymous",
         at="Its sources"),
    # kinds 3 and 11: a pronoun relaying a speaker; "He said" of a person the narration introduced; typed names
    case("pronoun", "Middle East Eye revisits the evictions. It quotes the rights group ALQST as saying the cuts were bad.",
         "middle_east_eye", "organization", at="It quotes", speaker="the rights group ALQST"),
    case("pronoun", "Haaretz reported the talks failed. It cited two officials as saying the envoy left.", "haaretz",
         "anonymous", at="It cited", speaker="two officials"),
    case("pronoun", "Kuwait's emir dissolved parliament. He said in a televised address that the vote was void.", "",
         "official", at="He said", speaker="He"),
    case("pronoun", "The talks ended. It said nothing more.", "", "narrator", at="It said"),
    case("typed name", "The militant group Hamas said the talks failed.", "", "organization", speaker="Hamas"),
    case("typed name", "Government spokesman Ali Bahadori said the talks failed.", "", "official",
         speaker="Government spokesman Ali Bahadori"),
    # kinds 4 and 6: possessives, pieces and editorials, more reporting verbs, passives
    case("possessive", "Haaretz's account said the talks failed.", "haaretz", "outlet"),
    case("possessive", "Al Jazeera's Arabic website reported that the talks failed.", "al_jazeera", "outlet"),
    case("possessive", "Haaretz's sources said the talks failed.", "haaretz", "anonymous"),
    case("possessive", "Reuters' tally showed 40 dead.", "reuters", "outlet"),
    case("possessive", "According to Haaretz's report, the talks failed.", "haaretz", "outlet"),
    case("piece", "An opinion piece in Haaretz argues that the talks failed.", "haaretz", "outlet"),
    case("piece", "An editorial in Haaretz argued that the talks failed.", "haaretz", "outlet"),
    case("magazine", "من جهتها، اعتبرت مجلة «ذي إيكونوميست» أن الخطة فشلت.", "economist", "outlet"),
    case("magazine", "The Economist magazine argued that the plan failed.", "economist", "outlet"),
    case("verb", "وفي افتتاحيتها، دافعت صحيفة «عرب نيوز» عن القرار، معتبرة أن الخطة ناجحة.", "arab_news", "outlet"),
    case("verb", "China urged both sides to exercise restraint.", "", "official"),
    case("verb", 'أما صحيفة "دون" الباكستانية فتساءلت في افتتاحيتها عن جدوى نظام الحصص، مشيرة إلى أن القائمة طويلة.', "dawn",
         "outlet"),
    case("verb", "The Guardian wonders whether the plan will survive.", "guardian", "outlet"),
    case("passive", "The strike was estimated to cost two billion dollars.", "", "narrator"),
    case("footage", "وأظهرت مقاطع بثتها قناة «السومرية» محتجين يغلقون الطريق.", "al_sumaria", "outlet"),
    case("footage", "Video published by Al Arabiya showed smoke over the port.", "al_arabiya", "outlet"),
    # documents an outlet saw are its own reporting; a relayed source may follow an apposition
    case("documents", "Bloomberg, citing documents it had seen, said the plan was cut.", "bloomberg", "outlet"),
    case("documents", "Citing documents it had seen, Bloomberg said the plan was cut.", "bloomberg", "outlet"),
    case("documents", "Bloomberg, citing two officials, said the plan was cut.", "bloomberg", "anonymous"),
    case("documents", "أما وكالة «بلومبيرغ»، فقالت، استناداً إلى وثائق اطلعت عليها، إن الخطة تقلصت.", "bloomberg", "outlet"),
    case("documents", "ونقلت «هآرتس» عن وثائق اطلعت عليها أن الخطة تقلصت.", "haaretz", "outlet"),
    case("apposition", "ونقلت وكالة تسنيم، المقربة من الحرس الثوري، عن مصدر أمني أن الهجوم فشل.", "tasnim", "anonymous",
         speaker="مصدر أمني"),
    case("apposition", "Reuters, citing two executives at Western firms, says contractors were not paid.", "reuters",
         "anonymous", speaker="two executives"),
    # kinds 2 and 11: a long subject after a particle; unnamed people; bodies by their head and known bodies
    case("people", "لكن مسؤولاً موريتانياً مطلعاً على المفاوضات قال لرويترز إن الاتفاق جاهز.", "reuters", "anonymous"),
    case("people", "ويرى باحثون في شؤون الهجرة أن الرقابة ستدفع المهربين إلى طرق أخطر.", "", "anonymous"),
    case("people", "وقالت معلمة في إحدى المدارس إن الرواتب لم تصل.", "", "anonymous"),
    case("people", "Researchers at the university said the figures were too low.", "", "anonymous"),
    case("body", "وقال وزير الاقتصاد السوري إن الأسعار ستستقر.", "", "official"),
    case("body", "The refugee agency in Geneva said the camps were full.", "", "organization"),
    case("body", "The European Commission said the deal complied with EU law.", "", "organization"),
    case("body", "Fitch Ratings said it expected growth to slow.", "", "organization"),
    case("body", "وقالت الأمم المتحدة إن الوضع سيئ.", "", "organization"),
    case("body", "Iran's Supreme National Security Council said its findings would be published.", "", "official"),
]


@pytest.mark.parametrize("text, at, outlet, speaker_type, speaker", CASES)
def test_the_passage_carries_its_source(cfg, text, at, outlet, speaker_type, speaker):
    article = attribute(text, cfg)
    seg = article.segments[0] if at is None else next(
        s for s in article.segments if s.start <= text.index(at) < s.end)
    assert (seg.outlet, seg.speaker_type) == (outlet, speaker_type)
    assert seg.speaker.startswith(speaker)
