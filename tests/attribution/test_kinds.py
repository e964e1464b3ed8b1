"""Speaker types the body markers do not settle (framing/attribution/kinds.py, docs/attribution.md §3), and the
stance verbs of the config: invented sentences, Arabic and English."""

from __future__ import annotations

import pytest

from builders import segment_at

from framing.attribution import attribute
from framing.config.attribution import LanguageCues


# Media named only generically and data nobody owns: the narrator's, with no outlet.
@pytest.mark.parametrize("text", [
    "Turkish media reported on Sunday that the bridge would reopen.",
    "The Gulf press tells another story about the harvest.",
    "Regional newspapers broadly welcomed the new tariff.",
    "The lira slipped to 41 to the dollar, according to currency exchange websites.",
    "Wheat imports rose 12% in May, according to shipping data.",
    "According to reports, the deal is dead.",
    "According to reports in Israeli media, the crossing will reopen.",
    "وذكرت وسائل إعلام تركية أن الجسر سيفتح الأحد.",
    "وتراجعت الليرة إلى 41 للدولار، بحسب مواقع رصد أسعار الصرف.",
    "وارتفعت واردات القمح 12 في المائة، وفق بيانات تتبع السفن.",
])
def test_generic_media_and_unowned_data_are_narration(cfg, text):
    seg = segment_at(cfg, text)
    assert (seg.outlet, seg.speaker_type) == ("", "narrator")


# Data that names its owner speaks for it: a company, a state body.
@pytest.mark.parametrize("text, speaker_type", [
    ("Wheat imports rose 12% in May, according to LSEG data.", "organization"),
    ("Wheat imports rose 12% in May, according to Tunisian customs data.", "official"),
    ("وارتفعت واردات القمح 12 في المائة، بحسب بيانات الجمارك التونسية.", "official"),
])
def test_owned_data_speaks_for_its_owner(cfg, text, speaker_type):
    assert segment_at(cfg, text).speaker_type == speaker_type


# "showed" needs an outlet or its report as subject, or data whose owner is named; data nobody owns, or pictures,
# show nothing on anyone's behalf.
@pytest.mark.parametrize("text, speaker_type", [
    ("Grain freight fell 30% in a month, data from the consultancy Agrimark showed.", "organization"),
    ("Port-call data compiled by the shipping company Tarco showed that arrivals halved in June.", "organization"),
    ("Customs figures published on Monday showed the deficit narrowing.", "official"),
    ("The figures showed a sharp drop in rice imports.", "narrator"),
    ("Data released on Monday showed inflation slowed.", "narrator"),  # a capital alone names no owner
    ("Figures for March showed a rise in arrivals.", "narrator"),
    ("Satellite images showed damage to the pier.", "narrator"),
])
def test_owned_data_shows_for_its_owner(cfg, text, speaker_type):
    seg = segment_at(cfg, text)
    assert (seg.outlet, seg.speaker_type) == ("", speaker_type)


# An indefinite person with no body named is an unnamed source; a named body's spokesperson speaks for it.
@pytest.mark.parametrize("text, speaker_type", [
    ("A senior Egyptian officer said the border would stay shut.", "anonymous"),
    ("One of them said the harvest had failed.", "anonymous"),
    ("Two port workers said the cranes had stopped.", "anonymous"),
    ("A parliamentary aide said the vote would be delayed.", "anonymous"),
    ("A Pentagon spokesman said the drill was routine.", "official"),
    ("A White House spokeswoman said the call had gone well.", "official"),
    ("A spokesman for the Jordanian foreign office said the envoy had left.", "official"),
    ("The Egyptian officer said the border would stay shut.", "official"),
])
def test_indefinite_people_are_anonymous(cfg, text, speaker_type):
    assert segment_at(cfg, text).speaker_type == speaker_type


# People with no office, indefinite, are unnamed sources; a definite word after the noun names someone.
@pytest.mark.parametrize("text, speaker_type", [
    ("وقال عامل نسيج سوري في إسطنبول إن المصنع أغلق.", "anonymous"),
    ("ونقلت الوكالة عن أستاذ في جامعة بغداد أن الامتحانات أُجّلت.", "anonymous"),
    ("وقال أحدهم إن الطريق مقطوع منذ أيام.", "anonymous"),
    ("وقال عضو الكنيست رامي حداد إن التصويت تأجل.", "official"),
    ("Hospital staff said the generators had failed.", "anonymous"),
    ("Grain brokers said prices had doubled.", "anonymous"),
])
def test_unnamed_people_are_anonymous(cfg, text, speaker_type):
    assert segment_at(cfg, text).speaker_type == speaker_type


# Stances are speech: the subject of condemn, welcome, accuse … speaks.
@pytest.mark.parametrize("text, speaker_type", [
    ("Jordan's foreign ministry condemned the raid as a violation of its airspace.", "official"),
    ("Human Rights Watch welcomed the decision to reopen the crossing.", "organization"),
    ("Amnesty International called on the authorities to release the students.", "organization"),
    ("The opposition party accused the cabinet of hiding the deficit.", "organization"),
    ("ودانت وزارة الخارجية الأردنية الغارة، معتبرة أنها «انتهاك للسيادة».", "official"),
    ("ورحبت منظمة العفو الدولية بالقرار، مؤكدة أنه «خطوة أولى».", "organization"),
    # an association, a chamber, a network, an initiative: non-state bodies (attribution.languages.ar.organization_markers)
    ("ورحبت رابطة المزارعين بالقرار، مؤكدة أنه «ينصف صغار المنتجين».", "organization"),
    ("وحذرت غرفة التجارة من أن الرسوم الجديدة تهدد الصادرات.", "organization"),
    ("وقالت شبكة الصحفيين المستقلين إن ثلاثة مراسلين اعتقلوا.", "organization"),
    ("وحذرت المبادرة الوطنية للحقوق من أن الغلاء يهدد ملايين الأسر.", "organization"),
])
def test_stance_verbs_are_cues(cfg, text, speaker_type):
    assert segment_at(cfg, text).speaker_type == speaker_type


def test_citing_a_thing_still_leaves_the_outlet_speaking(cfg):
    seg = segment_at(cfg, "Citing shipping data, Reuters said exports rose.")
    assert (seg.outlet, seg.speaker_type) == ("reuters", "outlet")


@pytest.mark.parametrize("key", ["generic_media", "data_nouns", "indefinite_determiners", "unnamed_people"])
def test_the_word_lists_take_single_words(key):
    base = {"verbs": [{"lemma": "say", "forms": ["said"]}]}
    assert getattr(LanguageCues(**base, **{key: ["media"]}), key) == ["media"]
    with pytest.raises(ValueError):
        LanguageCues(**base, **{key: ["state media"]})
    with pytest.raises(ValueError):
        LanguageCues(**base, **{key: [" "]})


# Data speak for the owner named in them or after them, and a source at the sentence's end covers the sentence.
@pytest.mark.parametrize("text, speaker_type", [
    ("Rice exports fell 8% in March, according to data from the consultancy Agrimark.", "organization"),
    ("Rice exports fell 8% in March, according to figures compiled by the trade ministry.", "official"),
    ("Rice exports fell 8% in March, according to Kpler data.", "organization"),
    ("A bus ticket costs about $12, according to fares posted online.", "narrator"),
    ("وتراجعت صادرات الأرز 8 في المائة في مارس، وفق بيانات جمعتها وزارة التجارة.", "official"),
    ("وتراجع الدينار إلى 1500 للدولار، وفق بيانات البنك المركزي.", "official"),
    ("وتراجع الدينار إلى 1500 للدولار، بحسب أسعار الصرافين في السوق.", "narrator"),
])
def test_a_final_according_to_covers_the_sentence(cfg, text, speaker_type):
    segments = attribute(text, cfg).segments
    assert len(segments) == 1
    assert (segments[0].outlet, segments[0].speaker_type) == ("", speaker_type)


def test_according_to_then_a_clause_keeps_the_clause(cfg):
    text = "Prices rose, according to the ministry, which blamed the drought."
    assert attribute(text, cfg).segments[-1].speaker_type == "official"


def test_a_body_word_after_an_outlet_name_makes_it_a_body(cfg):
    seg = segment_at(cfg, "Unemployment reached 18%, according to the National Institute of Statistics.")
    assert seg.outlet == "" and seg.speaker_type != "outlet"
    assert segment_at(cfg, "The Saudi Press Agency reported that the port reopened.").outlet == "spa"


def test_the_agency_refers_back_to_an_international_organisation(cfg):
    text = "The World Food Programme said rations would be cut. The agency added that funding had dried up."
    assert segment_at(cfg, text, "The agency added").speaker_type == "organization"
    told = "Reuters reported that the port reopened. A shipping executive told the agency that traffic was slow."
    assert segment_at(cfg, told, "A shipping executive").outlet == "reuters"


# An apposition types a name no marker types: a body by its head, a person by a non-state employer.
@pytest.mark.parametrize("text, speaker_type", [
    ("Sada Watch, a Lebanese rights group, said the detainees had been released.", "organization"),
    ("Tarek Haddad, an analyst at the consultancy Gulf Metrics, said demand was weak.", "organization"),
    ('"Demand is weak," said Mona Aziz, a researcher at the Basra Energy Forum, a think tank.', "organization"),
    ("Omar Nasser, the leader of the Labour party, said the budget was unfair.", "official"),
    ("Omar Nasser, a former adviser at the interior ministry, said the budget was unfair.", "official"),
    ("Omar Nasser said the budget was unfair.", "official"),
])
def test_an_apposition_types_the_name(cfg, text, speaker_type):
    assert segment_at(cfg, text).speaker_type == speaker_type


# An outlet's report that ends with the unnamed people it relays: they speak, through the outlet.
@pytest.mark.parametrize("text, outlet, speaker_type", [
    ("Reuters reported that the mill had closed, citing two local officials.", "reuters", "anonymous"),
    ("The Guardian reported that the mill had closed, citing hospital staff in Sfax.", "guardian", "anonymous"),
    ("Reuters reported that the mill had closed, citing documents it had seen.", "reuters", "outlet"),
    ("Reuters reported that the mill had closed.", "reuters", "outlet"),
])
def test_a_trailing_citing_relays_unnamed_people(cfg, text, outlet, speaker_type):
    seg = segment_at(cfg, text)
    assert (seg.outlet, seg.speaker_type) == (outlet, speaker_type)


# A leading "citing" before a pronoun for the outlet: the cited person speaks, through the outlet the pronoun means.
def test_a_leading_citing_before_a_pronoun_relays_through_the_outlet(cfg):
    text = "The Guardian covered the strike at length. Citing a senior official in the mining ministry, it reported that the mill would close."
    seg = segment_at(cfg, text, "Citing")
    assert (seg.outlet, seg.speaker_type) == ("guardian", "anonymous")


# A capitalized name set off by an apposition headed by a press noun is an outlet, also after "the".
@pytest.mark.parametrize("text, name", [
    ("The Courier, a Lusaka weekly, argued that the tariff was unfair.", "The Courier"),
    ("In its editorial, the Clarion, a Nairobi daily, argued that the tariff was unfair.", "the Clarion"),
])
def test_a_name_with_a_press_apposition_is_an_outlet(cfg, text, name):
    seg = segment_at(cfg, text)
    assert (seg.speaker_type, seg.speaker) == ("outlet", name) and seg.outlet.startswith("unlisted_")


@pytest.mark.parametrize("text, speaker_type", [
    ("Travel agents in Amman said the flights sold out within hours.", "anonymous"),
    ("Market commentators have said the rally would not last.", "anonymous"),
    ("Amnesty International has repeatedly rejected the charge.", "organization"),
    ("Jordan's pipeline operator Nafta said the line was ready.", "organization"),
    ("Sawt, the Shia opposition society dissolved by a court in 2019, said the vote was rigged.", "organization"),
    ("Rana Saleh, the agency's director general, told reporters the stockpile was intact.", "official"),
])
def test_heads_after_prepositions_adverbs_and_possessives(cfg, text, speaker_type):
    assert segment_at(cfg, text).speaker_type == speaker_type


@pytest.mark.parametrize("text, speaker_type", [
    ("وأضرب الأطباء عن العمل في 40 مستشفى، وفق ما أعلنته نقابة الأطباء.", "organization"),
    ("وارتفعت أسعار الخبز 30 في المائة، وفق الأرقام الرسمية الصادرة عن وزارة الزراعة.", "official"),
    ("لكن المتحدث الرسمي باسم وزارة الصحة نفى في تصريح للتلفزيون أن تكون إصابات جديدة قد سجلت.", "official"),
])
def test_arabic_owners_after_links_and_in_documents(cfg, text, speaker_type):
    assert segment_at(cfg, text).speaker_type == speaker_type


# A name whose capitalized words are linked by "and" is one speaker; a definite proper name does not point back to
# an earlier speaker sharing one of its words.
def test_a_name_linked_by_and_is_one_speaker(cfg):
    seg = segment_at(cfg, "The Jordanian Association for Legal and Social Studies (JALSS) said fines had doubled.")
    assert seg.speaker.startswith("The Jordanian Association") and seg.speaker_type == "organization"


def test_a_definite_proper_name_is_no_back_reference(cfg):
    text = ("The Jordanian Centre for Legal and Social Studies said fines had doubled. "
            "The Social Security Corporation said payments were on time.")
    assert segment_at(cfg, text, "The Social").speaker.startswith("The Social Security")


# Unnamed staff of a named body speak for it (docs/attribution.md §3); with no body named they stay anonymous.
@pytest.mark.parametrize("text, speaker_type", [
    ("Analysts at Goldman Sachs said the rally would fade.", "organization"),
    ("An economist at the consultancy Capital Economics said prices would fall.", "organization"),
    ("Analysts at the central bank said inflation would ease.", "official"),
    ("Analysts said prices would fall.", "anonymous"),
    ("A diplomat at the UN said the talks would resume.", "anonymous"),
    ("وقال محللون في بنك جيه بي مورغان إن الأسعار ستتراجع.", "organization"),
    ("وقال محللون لدى شركة كبلر لتتبع السفن إن الصادرات تراجعت.", "organization"),
    ("وقال محللون في الرياض إن الأسعار ستتراجع.", "anonymous"),
])
def test_unnamed_staff_speak_for_the_body_they_work_at(cfg, text, speaker_type):
    assert segment_at(cfg, text).speaker_type == speaker_type


# A body noun that points back to nothing still names a body: "The group said" is an organization speaking.
@pytest.mark.parametrize("text, at", [
    ("Amnesty International published a report. The group said detainees were tortured.", "The group said"),
    ("A spokesman for the group said the ship was targeted.", None),
    ("وقالت الجماعة إن الهجمات ستستمر.", None),
])
def test_a_body_noun_with_nothing_to_point_to_is_an_organization(cfg, text, at):
    seg = segment_at(cfg, text, at)
    assert (seg.outlet, seg.speaker_type) == ("", "organization")


# Unnamed members of a movement or a crowd are unnamed sources; rebels as a movement are a body.
@pytest.mark.parametrize("text, speaker_type", [
    ("وقال قيادي في الجماعة إن الهجمات ستستمر.", "anonymous"),
    ("وقال أحد العاملين في الميناء إن السفن تنتظر.", "anonymous"),
    ("وقال الوزير الأحد إن السفن تنتظر.", "official"),  # «الأحد» is Sunday, not "one of"
    ("Yemen's Houthi rebels claimed the attack on Monday.", "organization"),
])
def test_unnamed_members_and_movements(cfg, text, speaker_type):
    assert segment_at(cfg, text).speaker_type == speaker_type


# A known body's name that holds «لل» or starts with a continuation noun is one name, not an addressee after the
# speaker nor "the organization" pointing back; an unknown body described that way is an organization, not an outlet.
@pytest.mark.parametrize("text, speaker, speaker_type", [
    ("وقالت اللجنة الدولية للصليب الأحمر إن القافلة عبرت.", "International Committee of the Red Cross", "organization"),
    ("وحذرت المنظمة الدولية للهجرة من أن المخيمات امتلأت.", "International Organization for Migration", "organization"),
    ("وقالت المنظمة العربية للتنمية الزراعية إن المحصول تراجع.", "المنظمة العربية للتنمية", "organization"),
])
def test_a_body_named_with_a_genitive_keeps_its_name(cfg, text, speaker, speaker_type):
    seg = segment_at(cfg, text)
    assert (seg.outlet, seg.speaker, seg.speaker_type) == ("", speaker, speaker_type)


def test_an_addressee_after_a_speaker_still_ends_the_speaker(cfg):
    seg = segment_at(cfg, "وقال المتحدث للصحفيين إن القافلة عبرت.")
    assert seg.speaker == "المتحدث"


# A short form in brackets after a body's name is not its head; company-name heads type a body as an organization.
@pytest.mark.parametrize("text, speaker_type", [
    ("Output fell by a third, the Tarco Mining Corporation (TMC) said on Sunday.", "organization"),
    ("The Harbour Authority (HA) said the port would reopen.", "official"),
    ("Vantor Ratings said the outlook was stable.", "organization"),
    ("Gulf Advisory Partners said the outlook was stable.", "organization"),
])
def test_a_body_is_typed_by_its_head_not_its_short_form(cfg, text, speaker_type):
    assert segment_at(cfg, text).speaker_type == speaker_type


# A speaker who asks not to be named, in the cue's own clause, is an unnamed source.
@pytest.mark.parametrize("text, at, speaker_type", [
    ('"The wells are dry," said Karim, a farmer from the valley, who declined to give his family name.', None, "anonymous"),
    ("The engineer, who asked not to be identified, said the pumps had failed.", None, "anonymous"),
    ("وقال المهندس، الذي طلب عدم كشف هويته، إن المضخات تعطلت.", None, "anonymous"),
    # the request stands in the reported content, or in the second speaker's clause: not the speaker's
    ("The governor said residents spoke on condition of anonymity.", None, "official"),
    ("The interior minister said the victims, speaking anonymously to reporters, had been threatened.", None, "official"),
    ("Karim Nasser said the pumps had failed, while a colleague who asked not to be named said they were old.",
     None, "official"),
])
def test_a_speaker_who_asks_not_to_be_named_is_anonymous(cfg, text, at, speaker_type):
    assert segment_at(cfg, text, at).speaker_type == speaker_type


def test_a_verbal_noun_after_a_negating_noun_is_no_cue(cfg):
    from framing.attribution import attribute

    text = "وقال المهندس، الذي طلب عدم كشف هويته، إن المضخات تعطلت دون إعلان الوزارة ذلك."
    segments = attribute(text, cfg).segments
    assert len(segments) == 1 and segments[0].speaker == "المهندس"


# '"…," said X at Y.': the employer after an inverted speaker ends the clause; an employer with no name (only
# adjectives before its noun) leaves the person an unnamed source.
@pytest.mark.parametrize("text, speaker_type", [
    ('"Prices will fall," said an oil analyst at a London-based consultancy.', "anonymous"),
    ('"Prices will fall," said an oil analyst at a unit of Gulf Metrics.', "organization"),
    ('"Prices will fall," said an oil analyst at the consultancy Gulf Metrics.', "organization"),
    ('"Prices will fall," said an oil analyst at a bank in Dubai.', "anonymous"),  # a place names no body
])
def test_an_inverted_speaker_with_an_employer(cfg, text, speaker_type):
    seg = segment_at(cfg, text)
    assert (seg.speaker, seg.speaker_type) == ("an oil analyst", speaker_type)


@pytest.mark.parametrize("text, speaker_type", [
    # a spokesperson speaks for the body named with them (docs/attribution.md §3)
    ("An IMF spokeswoman said the talks went well.", "organization"),
    ("A UN spokesman said aid deliveries were blocked.", "organization"),
    ("A Pentagon spokesman said the drill was routine.", "official"),
    ("وقال متحدث باسم صندوق النقد الدولي إن المحادثات مثمرة.", "organization"),
])
def test_a_spokesperson_speaks_for_the_body_named_with_them(cfg, text, speaker_type):
    assert segment_at(cfg, text).speaker_type == speaker_type


@pytest.mark.parametrize("text, speaker_type", [
    # state statistics are a state body (official_markers); a centre takes its type from what qualifies it
    ("Figures compiled by the state statistics agency showed inflation at 14 per cent.", "official"),
    ("Inflation stood at 41 percent in May, the Statistical Centre of Iran said.", "official"),
    ("Data compiled by the Association of Oil Producers showed exports fell.", "organization"),
])
def test_statistics_bodies_are_state_bodies(cfg, text, speaker_type):
    assert segment_at(cfg, text).speaker_type == speaker_type


@pytest.mark.parametrize("text, at", [
    ("وقالت نازحة من حي الشجاعية لوكالة رويترز إن الخيام لا تكفي.", None),
    ("ونقلت صحيفة «جمهورييت» عن محام في هاتاي أن الإشعارات تضاعفت.", None),
    ("In Marib, the mother of a soldier captured in 2019 told Reuters she had waited for nine hours.", None),
    ("A pharmacist in the old market told AFP that prices had doubled.", None),
])
def test_an_unnamed_person_of_no_office_is_anonymous(cfg, text, at):
    assert segment_at(cfg, text, at).speaker_type == "anonymous"


@pytest.mark.parametrize("text, stype", [
    # an indefinite person with no body named is unnamed; a spokesperson of a body speaks for it
    ("A commander of an armed group guarding the port told AFP his men would stay.", "anonymous"),
    ("A ministry spokesman said the port would reopen.", "official"),
    # staff at a named body speak for it; asking not to be named makes any of them unnamed
    ("A senior official at the Presidential Council, who asked not to be named, told AFP the vote was void.", "anonymous"),
    # a capitalized word inside a name marks no unnamed source
    ("The House of Representatives said in a statement that the vote was valid.", "official"),
    ("Bilateral trade reached $9 billion, according to the Turkish Statistical Institute.", "official"),
    ("وقال ديبلوماسي أوروبي إن الاتفاق قريب.", "anonymous"),
])
def test_unnamed_people_and_the_bodies_named_with_them(cfg, text, stype):
    assert segment_at(cfg, text).speaker_type == stype


def test_a_central_bank_named_with_masraf_is_a_state_body(cfg):
    assert segment_at(cfg, "وكان مصرف سوريا المركزي قد أعلن بدء طرح الفئات الجديدة.").speaker_type == "official"


@pytest.mark.parametrize("text, speaker", [
    ('"The shells fell at dawn," said a teacher who reached the town on Wednesday.', "a teacher"),
    ('"The shells fell at dawn," said a teacher who asked that his name not be used.', "a teacher"),
])
def test_a_relative_clause_after_an_inverted_speaker(cfg, text, speaker):
    seg = segment_at(cfg, text)
    assert (seg.speaker, seg.speaker_type) == (speaker, "anonymous")


def test_a_contracted_refusal_is_the_bodys_answer(cfg):
    seg = segment_at(cfg, "Prices rose. Sonatrach didn't respond to an emailed request for comment.", "Sonatrach")
    assert seg.speaker_type in {"organization", "official"}


# Counter-examples from a review of the round's rules: each stays as it was read before them.
@pytest.mark.parametrize("text, stype", [
    ("A military court said the trial would resume in May.", "official"),
    ("A provincial council said the road was closed.", "official"),
    ("Two officials with knowledge of the Qatari proposal said talks would resume.", "anonymous"),
    ("A senior official from Hamas said the group would respond.", "anonymous"),
    ("U.S. trade representative Jamieson Greer said the tariffs would stay.", "official"),
    ("وقال صاحب السمو الشيخ محمد بن زايد إن الإمارات ملتزمة.", "official"),
])
def test_bodies_and_titles_the_unnamed_rules_leave_alone(cfg, text, stype):
    assert segment_at(cfg, text).speaker_type == stype


@pytest.mark.parametrize("text", [
    "Yields on 10-year Treasury notes rose on Monday.",
    "Financial stresses mounted in the spring.",
    "وتلفت آلاف الأطنان من القمح في المخازن.",
    "وتوقعت النشرة الجوية أمطارا غزيرة.",
    "In an interview aired by CNN on Sunday, the prime minister vowed to continue.",
    "وفي رسالة نشرتها صحيفة «لوموند»، طالب مئة مثقف بوقف الحرب.",
])
def test_nouns_and_channels_that_are_no_outlet_speaking(cfg, text):
    seg = segment_at(cfg, text)
    assert seg.speaker_type == "narrator" or not seg.outlet or seg.speaker_type != "outlet"


def test_a_sentence_with_brackets_and_a_dash_is_no_dateline(cfg):
    seg = segment_at(cfg, "أعلنت حركة المقاومة الإسلامية (حماس) (في بيان) - مساء الثلاثاء - موافقتها على المقترح.")
    assert seg.speaker_type == "organization"


def test_and_between_a_weekday_and_a_name_joins_no_name(cfg):
    seg = segment_at(cfg, "Talks resumed on Monday and Hamas, which controls Gaza, said it would study the plan.")
    assert "Monday" not in seg.speaker


# A company named by its trade ("NewMed Energy", "Gulf Petroleum") is an organization, not a state body.
@pytest.mark.parametrize("text", [
    "NewMed Energy, a partner in the field, said deliveries would resume.",
    "Gulf Petroleum said its tankers were safe.",
])
def test_a_trade_name_is_an_organization(cfg, text):
    assert segment_at(cfg, text).speaker_type == "organization"


# A body that documents, counts or replies speaks («وثّقت», «أحصت», «ردّت»); a public office or corporation is a
# state body («المؤسسة العامة للكهرباء»), unless a word of its name says whose it is («… لحزب الاستقلال»).
@pytest.mark.parametrize("text, speaker_type", [
    ("وكانت منظمة العفو الدولية قد وثقت في تقرير سابق أن عشرات العائلات هُجّرت.", "organization"),
    ("وأحصت المفوضية السامية لشؤون اللاجئين أن أكثر من ألف شخص عبروا الحدود.", "organization"),
    ("وردّت مندوبة الإمارات بأن الاتهامات لا أساس لها.", "official"),
    ("وقالت الهيئة العامة للكهرباء إن الانقطاعات ستتراجع.", "official"),
    ("وقال المكتب العام لحزب الاستقلال إن الحزب يرفض القرار.", "organization"),
    ("وقالت المؤسسة العامة للكهرباء إن الانقطاعات تعود إلى نفاد الوقود.", "official"),
])
def test_bodies_that_document_count_or_reply(cfg, text, speaker_type):
    assert segment_at(cfg, text).speaker_type == speaker_type


# A clause set off by commas between a fronted subject and its verb («غير أن مسؤولاً، طلب عدم ذكر اسمه، قال»).
def test_a_clause_between_a_fronted_subject_and_its_verb(cfg):
    seg = segment_at(cfg, "غير أن مسؤولاً حكومياً مطلعاً على المفاوضات، طلب عدم ذكر اسمه، قال لوكالة رويترز إن "
                          "البعثة طلبت جدولاً زمنياً.")
    assert (seg.outlet, seg.speaker_type) == ("reuters", "anonymous")
    assert seg.speaker.startswith("مسؤولاً حكومياً")


# Verbs of finding and conceding report; a poll or a study speaks for its owner.
@pytest.mark.parametrize("text, speaker_type", [
    ("European diplomats privately concede that a resolution alone will not bring inspectors back.", "anonymous"),
    ("A report by the UN refugee agency found that 61 incidents were recorded in October.", "organization"),
    ("A poll by the research firm Arel found that most respondents opposed the plan.", "organization"),
])
def test_finding_conceding_and_polls(cfg, text, speaker_type):
    seg = segment_at(cfg, text)
    assert seg.speaker_type == speaker_type and seg.end == len(text)


# Finding and conceding report only what follows "that": not survivors found, a verdict or goals conceded.
@pytest.mark.parametrize("text, speaker", [
    ("Rescuers found three survivors under the rubble, the civil defence said.", "the civil defence"),
    ("The court found him guilty of espionage.", ""),
    ("The team conceded two goals in the second half.", ""),
])
def test_finding_and_conceding_without_that(cfg, text, speaker):
    assert segment_at(cfg, text).speaker == speaker


# Companies and international bodies the config lists (`speakers`) speak as organizations, not as officials.
@pytest.mark.parametrize("text, speaker_type", [
    ("Halliburton, which runs the rigs, said drilling would resume in May.", "organization"),
    ("Qatar Airways said flights to Baghdad would restart next week.", "organization"),
    ("A Lufthansa spokeswoman said the route was suspended.", "organization"),
    ("The Food and Agriculture Organization said wheat harvests had fallen.", "organization"),
    ("وقالت شركة أرامكو السعودية في بيان إن الإمدادات مستقرة.", "organization"),
    ("وأعلنت مصر للطيران أنها ستستأنف رحلاتها إلى الخرطوم.", "organization"),
    ("وقالت وزارة النفط إن الإنتاج سيرتفع.", "official"),
])
def test_listed_companies_and_international_bodies_speak_as_organizations(cfg, text, speaker_type):
    assert segment_at(cfg, text).speaker_type == speaker_type


# Asking not to be named, in the ways reporters write it, makes even a named or titled speaker anonymous.
@pytest.mark.parametrize("text", [
    "Ali Hassan, who spoke on the condition of anonymity, said the port would reopen.",
    "The mayor, who spoke on the condition that he not be named, said the port would reopen.",
    "The trader, who asked that his name be withheld, said the port would reopen.",
    "وقال الموظف، الذي رفض ذكر اسمه، إن الميناء سيفتح.",
    "وقال المسؤول، طالبا عدم الإفصاح عن هويته، إن الميناء سيفتح.",
])
def test_more_ways_of_asking_not_to_be_named(cfg, text):
    assert segment_at(cfg, text).speaker_type == "anonymous"


# A verb of an act («رفض») reports words only with a statement marker after its subject; «في تقرير» is none
# (self-determination), and «قدّر» no such verb (its passives and the noun «قدر من» read as speakers).
@pytest.mark.parametrize("text, speaker_type", [
    ("ورفضت وزارة الداخلية في بيان ما نشرته بعض المواقع، مؤكدة أن الإجراءات روتينية.", "official"),
    ("ورفضت الحكومة تجديد العقد مع الشركة.", "narrator"),
    ("رفض المجلس أي مساس بحق الشعب في تقرير مصيره.", "narrator"),
    ("ويقدر عدد النازحين بنحو مليون شخص.", "narrator"),
    ("وقدرت قيمة الخسائر بنحو مليار دولار.", "narrator"),
    ("قدرت الخسائر في تقرير البنك الدولي بنحو خمسة مليارات دولار.", "narrator"),
    ("وهناك قدر كبير من التناقض في تقرير اللجنة حول أعداد الضحايا.", "narrator"),
    ("من جهته، هاجم حزب «الوسط» المحافظ، في بيان، ما وصفه بالتنازلات.", "organization"),  # a comma-set statement
    ("وهاجم الجيش مواقع المسلحين قرب الحدود.", "narrator"),  # an attack, not words
])
def test_an_act_verb_reports_only_in_a_statement(cfg, text, speaker_type):
    assert segment_at(cfg, text).speaker_type == speaker_type


# A listed body's name inside a person's name is no body; named staff of a listed non-state body speak for it (§3).
@pytest.mark.parametrize("text, speaker_type", [
    ("Ellen Shell, a spokeswoman for the mayor's office, said the road would reopen.", "official"),
    ("Lina Haddad, an analyst at Chatham House, said the talks would stall.", "organization"),
    ("Omar Saleh, a researcher at Oxfam, said prices had doubled.", "organization"),
    ("Omar Saleh, a spokesman for Hezbollah, said the strikes would continue.", "official"),
])
def test_a_name_inside_a_persons_name_and_named_staff_of_a_listed_body(cfg, text, speaker_type):
    assert segment_at(cfg, text).speaker_type == speaker_type


@pytest.mark.parametrize("text, speaker", [
    ("According to local reports, ten people died.", "local reports"),
    ("According to official estimates, ten people died.", "official estimates"),
])
def test_the_object_of_according_to_holds_no_verb(cfg, text, speaker):
    seg = segment_at(cfg, text)  # "reports", "estimates" are nouns here, not the verbs that would end the speaker
    assert seg.speaker == speaker


def test_local_reports_with_no_owner_are_narration(cfg):
    assert segment_at(cfg, "According to local reports, ten people died.").speaker_type == "narrator"


@pytest.mark.parametrize("text", [
    "The deal is dead, according to two officials who said talks had failed.",
    "The deal is dead, according to two officials, who said talks had failed.",
])
def test_a_relative_clause_on_the_source_of_according_to_is_no_new_cue(cfg, text):
    seg = segment_at(cfg, text)
    assert (seg.speaker, seg.speaker_type, seg.end) == ("two officials", "anonymous", len(text))


@pytest.mark.parametrize("text, speaker", [
    ("The rebels accuse the crew of spying for a foreign power.", "The rebels"),  # the plural present
    ("The International Energy Agency expects demand to outstrip production until 2030.", "International Energy Agency"),
])
def test_more_verbs_of_a_stance_or_a_forecast(cfg, text, speaker):
    assert segment_at(cfg, text).speaker == speaker


@pytest.mark.parametrize("text, outlet", [
    ("Syrian state television, Al-Ikhbariya, broadcast footage of the meeting.", "al_ikhbariya"),  # a channel's own
    ("The army aired its grievances at the meeting.", ""),  # not an outlet: no cue
])
def test_broadcast_and_aired_report_only_with_an_outlet_as_subject(cfg, text, outlet):
    assert segment_at(cfg, text).outlet == outlet
