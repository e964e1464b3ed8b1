"""Outlets referred to by their staff, their genre and their type noun, and outlets set side by side in one
sentence (framing/attribution/references.py, subjects.py, outlet_subjects.py, resolve.py): invented sentences."""

from __future__ import annotations

import pytest

from builders import segment_at


# What belongs to an outlet ("X's correspondent", "its editorial", "the paper's column") is the outlet's voice,
# also after a lead-in phrase and when the outlet's name is written in capitals with a possessive ending.
@pytest.mark.parametrize("text, at, outlet", [
    ("Near the port, Al Jazeera's reporter in Sidon reported that ferries had stopped.", None, "al_jazeera"),
    ("The BBC's Arabic service reported that the bridge had reopened.", None, "bbc"),
    ("The daily Kayhan attacked the budget. Its editorial argues that the cuts came too late.", "Its editorial", "kayhan"),
    ("The daily Kayhan attacked the budget. The paper's column said the cuts came too late.", "The paper's", "kayhan"),
    ("IRNA, the state agency, covered the visit at length. The agency's commentary called it historic.", "The agency's", "irna"),
])
def test_an_outlets_staff_and_genre_speak_for_it(cfg, text, at, outlet):
    seg = segment_at(cfg, text, at)
    assert (seg.outlet, seg.speaker_type) == (outlet, "outlet")


# A press type noun right after an outlet of another type points back to it: Ynet is Yedioth's website.
def test_a_press_type_noun_points_back_to_the_outlet_before(cfg):
    text = ("Ynet, the website of Yedioth Ahronoth, gave a fuller account. The port will close for a week, the site "
            "said. The site also said that two cranes were damaged.")
    for at in ("The port will", "The site also"):
        assert segment_at(cfg, text, at).outlet == "yedioth"


# "and said they had …": a pronoun after the verb opens the reported clause; it is not a speaker.
def test_a_pronoun_after_the_verb_is_not_the_speaker(cfg):
    seg = segment_at(cfg, "Tasnim, which is close to the Guards, named the two engineers and said they had been released.")
    assert (seg.outlet, seg.speaker) == ("tasnim", "Tasnim")


# A press review: "X says …, while Y, a …, reports …" gives each clause its own outlet, in both languages.
@pytest.mark.parametrize("text, at, outlet", [
    ("Haaretz says the cabinet is split, while Maariv, a Tel Aviv daily, reports that the vote was delayed.", "while", "maariv"),
    ("Haaretz says the cabinet is split, while Tasnim, which is close to the Guards, says the vote was delayed.", "while", "tasnim"),
    ("In Cairo, the daily Al-Ahram sees in the loan a vote of confidence, while Mada Masr reports that talks stalled.",
     "In Cairo", "al_ahram"),
    ("ركزت صحيفة «الأهرام» على أسعار الخبز، فيما خصصت «الجزيرة» تغطيتها لطوابير الوقود.", "فيما", "al_jazeera"),
    ("ركزت صحيفة «الأهرام» على أسعار الخبز، فيما خصصت «الجزيرة» تغطيتها لطوابير الوقود.", "ركزت", "al_ahram"),
])
def test_outlets_side_by_side_each_carry_their_clause(cfg, text, at, outlet):
    assert segment_at(cfg, text, at).outlet == outlet


# A relayed Arabic speaker's title runs to «أن», past a preposition, so a later «وأضاف» with the name finds him.
def test_a_relayed_speakers_full_title_is_kept_and_continued(cfg):
    text = ("ونقلت وكالة «مهر» عن مدير الموانئ في محافظة هرمزكان علي رضا كريمي أن الرصيف الجديد جاهز.\n"
            "وأضاف علي رضا كريمي أن السفن الأولى ستصل الشهر المقبل.")
    first = segment_at(cfg, text)
    assert first.speaker.endswith("علي رضا كريمي") and first.outlet == "mehr"
    later = segment_at(cfg, text, "وأضاف")
    assert (later.outlet, later.speaker) == ("mehr", first.speaker)


# The addressee or agent after qualifiers ("the state-run", "the army-run"), after a title and a place, or after a
# description of the outlet: the outlet carries what the speaker told it.
@pytest.mark.parametrize("text, outlet, speaker_type", [
    ("The transport minister told the state-run Anadolu news agency that the bridge would reopen.", "anadolu", "official"),
    ("The governor told the army-run Al-Masirah television that the road was open.", "al_masirah", "official"),
    ("The port director was quoted by the state-owned Al-Ahram newspaper as saying ships were waiting.", "al_ahram", "official"),
    ("وقال رئيس بلدية الحمرا عن قضاء البقاع سمير حداد لقناة «المنار» إن الطريق سالك.", "al_manar", "official"),
    ("وقال سمير حداد، رئيس بلدية الحمرا، لوكالة الأنباء اليمنية (سبأ) إن الطريق سالك.", "saba", "official"),
    ("وقال باحث في الشأن الليبي مقيم في تونس لوكالة رويترز إن الطريق سالك.", "reuters", "anonymous"),  # two places
])
def test_the_addressee_past_qualifiers_titles_and_descriptions(cfg, text, outlet, speaker_type):
    seg = segment_at(cfg, text)
    assert (seg.outlet, seg.speaker_type) == (outlet, speaker_type)


# «وكانت الصحيفة … قد نقلت»: a noun for an outlet that was only named before (the object of a denial) points to it.
def test_a_noun_points_back_to_an_outlet_named_in_a_denial(cfg):
    text = ("ونفت وزارة الزراعة ما أوردته صحيفة «فايننشال تايمز» عن صفقة القمح.\n"
            "وكانت الصحيفة البريطانية قد نقلت عن مصادر مطلعة أن الصفقة تأجلت.\n")
    seg = segment_at(cfg, text, "وكانت")
    assert (seg.outlet, seg.speaker_type) == ("financial_times", "anonymous")


# "…, according to X, which …" / "…, according to X, the … agency.": the sentence before the source is its content.
@pytest.mark.parametrize("text", [
    "The ferry resumed service on Monday, according to the Anadolu Agency, which said 40 cars were aboard.",
    "The ferry resumed service on Monday, according to Anadolu, the Turkish state news agency.",
])
def test_a_described_source_at_the_end_carries_the_sentence(cfg, text):
    assert segment_at(cfg, text).outlet == "anadolu"


# What the new rules must not do (invented counter-examples).
@pytest.mark.parametrize("text, at, outlet, speaker_type", [
    # a clause about what befell an outlet, an outlet's possession: no reporting
    ("توقفت المحادثات، فيما تلقت «الجزيرة» تهديدات بإغلاق مكتبها.", "فيما", "", "narrator"),
    ("The talks collapsed, while CNN's offices in the city were raided.", "while", "", "narrator"),
    # a pronoun after a preposition is an object, not the subject of "said"
    ("Reuters reported a leak at the plant. Families living near it said the water smelled of oil.", "Families", "", None),
    # "the newspaper" does not point to a channel
    ("An official told Al Arabiya the deal stands. The newspaper had said the deal was delayed.", "The newspaper", "", None),
    # a genitive «ل» after a conference is no addressee
    ("وقال الوزير اليوم الأحد على هامش المؤتمر الاقتصادي السنوي لصحيفة «الأهرام» إن النمو تباطأ.", None, "", "official"),
    # a curly apostrophe on an all-capitals name
    ("CNN’s correspondent in Gaza reported that the crossing closed.", None, "cnn", "outlet"),
])
def test_counter_examples(cfg, text, at, outlet, speaker_type):
    seg = segment_at(cfg, text, at)
    assert seg.outlet == outlet and (speaker_type is None or seg.speaker_type == speaker_type)


def test_a_different_title_is_a_different_speaker(cfg):
    text = "وقال وزير الدفاع لوكالة «رويترز» إن القوات انسحبت.\nوأضاف وزير الخارجية أن المحادثات مستمرة.\n"
    seg = segment_at(cfg, text, "وأضاف")
    assert (seg.outlet, seg.speaker) == ("", "وزير الخارجية")


# A name in Latin letters after a type noun inside Arabic text, unquoted, is the outlet it names.
@pytest.mark.parametrize("text, outlet", [
    ("وفي إندونيسيا، ذكرت صحيفة Kompas أن جاكرتا ستطلب رفع حصتها.", "unlisted_kompas"),
    ("وذكر موقع Middle East Eye البريطاني أن الوفد غادر.", "middle_east_eye"),
])
def test_an_unquoted_latin_name_after_a_type_noun_is_the_outlet(cfg, text, outlet):
    seg = segment_at(cfg, text)
    assert (seg.outlet, seg.speaker_type) == (outlet, "outlet")


# A participle after a comma continues the clause of the outlet that opens it: the outlet speaks.
@pytest.mark.parametrize("text, outlet", [
    ("The Times of Israel was more cautious, noting that the refinery had caught fire before.", "times_of_israel"),
    ("The reformist daily Etemad is more measured, warning that the new tariff will mean little.", "etemad"),
])
def test_a_participle_continues_the_outlet_opening_its_clause(cfg, text, outlet):
    seg = segment_at(cfg, text)
    assert (seg.start, seg.end, seg.outlet, seg.speaker_type) == (0, len(text), outlet, "outlet")


@pytest.mark.parametrize("text", [
    "Prices rose by 4 percent, warning shots were fired near the port.",  # no outlet opens the clause
    "The storm reached Haifa on Monday, warning that more would follow.",  # no outlet opens the clause
    "The coast guard fired warning shots at the boat.",  # a participle form used as an adjective
    "Oil prices rose on Monday, with analysts predicting further gains.",
])
def test_a_participle_without_an_outlet_clause_is_no_cue(cfg, text):
    assert segment_at(cfg, text).outlet == ""


def test_the_noun_warning_is_no_cue(cfg):
    seg = segment_at(cfg, "Residents ignored the warning, officials said.")
    assert (seg.speaker, seg.speaker_type) == ("officials", "anonymous")


@pytest.mark.parametrize("text, at", [
    ("ونختم جولتنا مع لوموند الفرنسية، التي تعتبر أن الحكومة تراهن على معادلة خطرة.", "ونختم"),
    ("ونختم مع لوموند الفرنسية. وتلاحظ الصحيفة أن السلطات رفضت الشروط علنا.", "وتلاحظ"),
])
def test_present_tense_verbs_with_an_outlet_as_subject(cfg, text, at):
    seg = segment_at(cfg, text, at)
    assert (seg.outlet, seg.speaker_type) == ("le_monde", "outlet")


def test_a_relative_tense_verb_alone_is_no_cue(cfg):
    seg = segment_at(cfg, "يعتبر القطاع الزراعي أكبر مشغل في البلاد.")
    assert seg.speaker_type == "narrator"




def test_a_denial_before_its_object_is_spoken_by_the_subject_before_it(cfg):
    text = "وذكر موقع «أكسيوس» أن المهلة انتهت. غير أن مصدراً وزارياً لبنانياً نفى ما أورده الموقع، وقال إن لا مهلة."
    seg = segment_at(cfg, text, "غير أن")
    assert (seg.outlet, seg.speaker_type) == ("", "anonymous")


@pytest.mark.parametrize("text", [
    "وقال مصدر في الهيئة إن الرسوم ستخفض. يذكر أن إيرادات القناة تراجعت بشكل حاد.",
    "The ministry said fees would fall. It is worth noting that revenue fell sharply last year.",
])
def test_the_writers_set_phrases_are_narration(cfg, text):
    at = "يذكر" if "يذكر" in text else "It is worth"
    assert segment_at(cfg, text, at).speaker_type == "narrator"


@pytest.mark.parametrize("text, at, outlet, stype", [
    ("وارتفعت الأسعار. ونقلت القناة 12 العبرية عن مسؤول أمني قوله إن الوضع خطير.", "ونقلت", "channel_12", "anonymous"),
    ("وارتفعت الأسعار. وذكرت وكالة بلومبرج الأمريكية أن شركات الشحن تفضل طريقا آخر.", "وذكرت", "bloomberg", "outlet"),
    ("وقصفت المدفعية البلدة. وأضاف مراسلنا أن القوة أقامت حاجزا على الطريق.", "وأضاف", "", "narrator"),
    ("وارتفعت الأسعار. نقلت قناة «i24» الإسرائيلية عن مسؤول أمني أن الجيش لن ينتظر.", "نقلت", "i24news", "anonymous"),
    ("وذكرت صحيفة «دير شبيغل» أن الشريحة تأخرت. وتلفت المجلة إلى أن البرلمان متحفظ.", "وتلفت", "der_spiegel", "outlet"),
    ("غير أن وزارة الخارجية اشترطت، في بيان، انسحاب القوات قبل أي هدنة.", "غير أن", "", "official"),
])
def test_more_ways_arabic_pages_name_their_sources(cfg, text, at, outlet, stype):
    seg = segment_at(cfg, text, at)
    assert (seg.outlet, seg.speaker_type) == (outlet, stype)


def test_a_colon_after_a_continuing_verb_leaves_the_speaker_before(cfg):
    text = "وقال أحد السائقين إن الطابور طويل. وتابع: «نطالب الحكومة بالتدخل قبل أن يتوقف التصدير»."
    seg = segment_at(cfg, text, "وتابع")
    assert (seg.speaker, seg.speaker_type) == ("أحد السائقين", "anonymous")


@pytest.mark.parametrize("text, at, outlet, stype", [
    ("وكانت إذاعة الديوان أف أم قد نقلت عن مصدر أن المخازن ممتلئة. وأضافت الإذاعة أن الموسم جيد.", "وأضافت", "diwan_fm", "outlet"),
    ("وتراجعت الحركة. وبحسب ما نقلته نشرة \"لويدز ليست\" عن مصادر في قطاع الشحن، فإن الحركة تراجعت.", "وبحسب", "lloyds_list", "anonymous"),
    ("وبحسب تقرير نشرته مجلة New Lines الأمريكية، فإن التهريب زاد.", None, "new_lines", "outlet"),
    ("ونقلت الصحيفة عن ضابط في الجيش أن الدوريات زادت.", None, "", "anonymous"),
    ("وقال فلاح من المنطقة إن الموسم سيئ.", None, "", "anonymous"),
    ("وقال المجلس الانتقالي الجنوبي إن الحكومة تتعمد التقصير.", None, "", "organization"),
    ("وذكر موقع Le360 أن القرار وشيك. غير أن كتابة الدولة نفت، في بلاغ، وجود أي قرار.", "غير أن", "", "official"),
])
def test_arabic_excerpts_outlets_and_speakers(cfg, text, at, outlet, stype):
    seg = segment_at(cfg, text, at)
    assert (seg.outlet, seg.speaker_type) == (outlet, stype)


# A paper named "name + relational adjective" («صحيفة «الأيام» العدنية») or by a name it is known by only between
# quotation marks («النهار») is referred back to by that name bare, as the subject right after a reporting verb.
@pytest.mark.parametrize("text, at, outlet", [
    ("وذكرت صحيفة «الأيام» العدنية أن الرواتب تأخرت. وتابعت الايام أن الوزارة تتفاوض مع البنوك.",
     "وتابعت", "al_ayyam_yemen"),
    ("وذكرت صحيفة \"النهار\" اللبنانية أن الحكومة ستجتمع. وفي افتتاحيتها، ترى النهار أن التدقيق امتحان للدولة.",
     "وفي افتتاحيتها", "an_nahar"),
])
def test_a_papers_bare_name_refers_back_after_a_reporting_verb(cfg, text, at, outlet):
    seg = segment_at(cfg, text, at)
    assert (seg.outlet, seg.speaker_type) == (outlet, "outlet")


# Bare, a name is an outlet's only when listed as such (``bare_names``) and ending its phrase: not a city, a
# statement or a word with its modifier, after a paper of that name was named.
@pytest.mark.parametrize("text, at", [
    ("وذكرت صحيفة «الأيام» العدنية أن الرواتب تأخرت. وأظهرت الأيام الأخيرة أن الأزمة تتفاقم.", "وأظهرت"),
    ("وذكرت صحيفة «الرياض» أن الموسم نجح. وقالت الرياض إن المملكة ترحب بالقرار.", "وقالت"),
    ("وذكرت صحيفة البيان الإماراتية أن القمة نجحت. وأضاف البيان أن القادة اتفقوا.", "وأضاف"),
])
def test_a_bare_name_is_a_word_elsewhere(cfg, text, at):
    assert segment_at(cfg, text, at).outlet == ""


# Between quotation marks after a type noun, the name of one listed paper is that paper («صحيفة «الجريدة»» is
# Al-Jarida of Kuwait); a name several papers share («الوطن») stays an outlet the config does not list.
def test_a_quoted_name_one_paper_has_is_that_paper(cfg):
    seg = segment_at(cfg, "أما صحيفة «الجريدة» فنقلت عن مصادر حكومية أن الاستفتاء قد يجري قبل نهاية العام.")
    assert (seg.outlet, seg.speaker_type) == ("al_jarida", "anonymous")
    shared = segment_at(cfg, "وذكرت صحيفة «الوطن» أن الحكومة ستستقيل.")
    assert shared.outlet.startswith("unlisted_")


# The outlet's own country after its name does not make it another outlet; another country does.
def test_the_outlets_own_country_after_its_name(cfg):
    seg = segment_at(cfg, "ونقلت شبكة السومرية العراقية عن نائب في البرلمان أن التصويت سيجري الأسبوع المقبل.")
    assert seg.outlet == "al_sumaria"
    assert segment_at(cfg, "وقالت الإخبارية السورية إن الجيش تقدم.").outlet != "al_ikhbariya"
    assert segment_at(cfg, "وقالت الإخبارية السعودية إن الوفد وصل.").outlet == "al_ikhbariya"


# A portal named before is referred back to by its type noun («البوابة»).
@pytest.mark.parametrize("text, at, outlet", [
    ("وفي تقرير لبوابة الوسط، تبين أن المفوضية أنفقت 40 مليون دينار. ونقلت البوابة عن موظف أن البطاقات لم توزع.",
     "ونقلت البوابة", "al_wasat_libya"),
])
def test_a_portal_is_referred_back_to(cfg, text, at, outlet):
    assert segment_at(cfg, text, at).outlet == outlet


# What an outlet publishes, after its possessive, is the subject: the outlet's voice, whatever the verb.
def test_an_outlets_account_as_the_subject(cfg):
    seg = segment_at(cfg, "The markets fell. The Wall Street Journal's account centres on the foreign staff.", "The Wall")
    assert (seg.outlet, seg.speaker_type) == ("wsj", "outlet")
    # what the coverage did is no report of the outlet's
    assert segment_at(cfg, "The markets fell. Al Jazeera's coverage angered Cairo, which shut its bureau.", "Al").outlet == ""


# After a type noun, a bare name only one outlet of that type has is that outlet («قناة النهار» is Ennahar TV);
# not when a relational adjective of another country narrows it or the name goes on with «و».
def test_a_bare_name_after_a_type_noun(cfg):
    seg = segment_at(cfg, "وأعلنت الوزارة رفع درجة التأهب، بحسب ما أوردته قناة النهار الخاصة.")
    assert seg.outlet == "ennahar"
    assert segment_at(cfg, "ونقلت قناة الفضائية المصرية عن مسؤول أن الوضع هادئ.").outlet == ""  # another country's
    assert segment_at(cfg, "وقالت قناة القاهرة والناس إن البرنامج توقف.").outlet == ""  # a name going on with «و»


# A name with the article is not the same name without it: «الصباح» (three papers) is not Turkey's «صباح»; in a
# nominal report it is an outlet the config does not list, also after a proclitic on the type noun («لصحيفة»).
def test_the_article_is_part_of_a_name(cfg):
    seg = segment_at(cfg, "وبحسب تقرير لصحيفة «الصباح» الرسمية، فإن الحكومة حولت الأموال.")
    assert (seg.outlet, seg.speaker_type) == ("unlisted_الصباح", "outlet")
    assert segment_at(cfg, "وترى صحيفة «صباح» التركية أن العودة ستتضاعف.").outlet == "sabah_turkey"


# «علمت «الشروق» من مصادر …»: what a paper learned from sources is the sources' (through the paper, or the
# writer's own paper); learned from no one named, a name no outlet has is no speaker.
@pytest.mark.parametrize("text, speaker_type", [
    ("وعلمت «الشروق» من مصادر مطلعة أن اللجنة ستستأنف اجتماعاتها.", "anonymous"),
    ("وحسب ما علمته «الخبر» من مصدر دبلوماسي، فإن الاجتماع لم يحدد موعده.", "anonymous"),
    ("علمت «الراي» أن وزارة الخارجية سلمت السفارة مذكرة احتجاج.", "narrator"),
    ("وعلمت «الشروق» من داخل الاجتماع أن اللجنة ستستأنف اجتماعاتها.", "narrator"),  # a place, not a source
])
def test_what_a_paper_learned(cfg, text, speaker_type):
    seg = segment_at(cfg, text)
    assert seg.speaker_type == speaker_type
    assert seg.speaker.startswith("مص") if speaker_type == "anonymous" else not seg.speaker


# «وكالة الأنباء السورية الرسمية (سانا)»: a described agency with its short name in brackets is that agency.
def test_a_described_agency_with_its_short_name(cfg):
    seg = segment_at(cfg, "وتقول وكالة الأنباء السورية الرسمية (سانا) إن عملية الاستبدال تسير بسلاسة.")
    assert (seg.outlet, seg.speaker_type) == ("sana", "outlet")


# A noun for an outlet points to the outlet of that type whose report opens its own sentence, not to an earlier one;
# a report being answered is not such an opening.
def test_a_continuation_noun_after_an_outlet_in_its_sentence(cfg):
    text = ("وتقول وكالة سانا إن العملية تسير. وفي تقرير نشرته وكالة \"رويترز\" الأسبوع الماضي، نقلت الوكالة عن "
            "مصرفيين في دمشق أن المركزي يفتقر إلى احتياطيات.")
    seg = segment_at(cfg, text, "وفي تقرير")
    assert (seg.outlet, seg.speaker_type) == ("reuters", "anonymous")
    answered = "ذكرت وكالة تسنيم أن الاتفاق قريب. وردا على تقرير نشرته وكالة رويترز، قالت الوكالة إن التقرير لا أساس له."
    assert segment_at(cfg, answered, "قالت الوكالة").outlet == "tasnim"


@pytest.mark.parametrize("text, at, outlet", [
    ("Al-Sabah, the state-owned daily, leads with the budget. It quotes the finance minister as saying salaries "
     "will be paid.", "It quotes", "al_sabah_iraq"),
    ("Kuwait's parliament met. Al-Rai, a Kuwaiti daily, splashes the vote across its front page. The paper says the "
     "session was postponed.", "The paper says", "al_rai_kuwait"),
])
def test_a_title_set_off_by_a_news_apposition_is_the_outlets_voice(cfg, text, at, outlet):
    assert segment_at(cfg, text, at).outlet == outlet


def test_a_title_set_off_by_another_apposition_is_no_outlet(cfg):
    assert segment_at(cfg, "Al-Wafd, the opposition party, won ten seats.").outlet == ""
