"""Matching keys, clitics, blocks and sentence splitting."""

from __future__ import annotations

import pytest

from framing.text import blocks, clitic_variants, looks_like_heading, match_key, sentences, tokenize


@pytest.mark.parametrize(
    "a, b",
    [
        ("مُحَادَثَات", "محادثات"),  # diacritics
        ("المحادثـــات", "المحادثات"),  # tatweel
        ("إيران", "ايران"),  # hamza under alef
        ("أميركا", "اميركا"),
        ("آرتس", "ارتس"),  # madda
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("الصحيفة", "الصحيفه"),  # taa marbuta
        ("Reuters", "REUTERS"),
    ],
)
def test_text_match_key_equates_spellings(a, b):
    assert match_key(a) == match_key(b)


@pytest.mark.parametrize(
    "word, bare",
    [
        ("والمحادثات", "محادثات"),
        ("للصحيفة", "صحيفه"),
        ("للصحيفة", "الصحيفه"),
        ("لوكالة", "وكاله"),
        ("بالعقوبات", "عقوبات"),
        ("فالمفاوضات", "مفاوضات"),
        ("وكالمعتاد", "معتاد"),
    ],
)
def test_text_clitic_variants_strip_proclitics(word, bare):
    assert match_key(bare) in clitic_variants(match_key(word))


def test_text_short_words_keep_their_letters():
    assert clitic_variants(match_key("ولي")) == (match_key("ولي"),)


def test_text_tokens_are_offsets_into_original():
    text = "وقالَ «إرنا»: U.S. talks"
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.surface


@pytest.mark.parametrize(
    "text, expected",
    [
        ("قال إن الجولة انتهت. وأضاف أن الوفد غادر.", ["قال إن الجولة انتهت.", "وأضاف أن الوفد غادر."]),
        ("هل انتهت؟ نعم انتهت!", ["هل انتهت؟", "نعم انتهت!"]),
        ("قال: «نحن لا نناقش. نحن نستمع». ثم غادر.", ["قال: «نحن لا نناقش. نحن نستمع».", "ثم غادر."]),
        ("U.S. officials met Mr. Smith on Friday. They left.", ["U.S. officials met Mr. Smith on Friday.", "They left."]),
        ("It rose to 3.5 percent. It fell.", ["It rose to 3.5 percent.", "It fell."]),
        ("Visit pic.twitter.com/abc today", ["Visit pic.twitter.com/abc today"]),
        ('He called it "a massacre." A doctor at the clinic saw the bodies.',
         ['He called it "a massacre."', "A doctor at the clinic saw the bodies."]),  # the stop closes the quotation
        # a closing quotation after a stop ends nothing when a lower-case or uncased word follows
        ('"Where will we go?" said a fisherman on the quay.', ['"Where will we go?" said a fisherman on the quay.']),
        ('He shouted "Enough!" and walked out.', ['He shouted "Enough!" and walked out.']),
        ("«إلى أين نذهب؟» قال صياد في الميناء.", ["«إلى أين نذهب؟» قال صياد في الميناء."]),
        ('She said "we stay. We stay here" and left.', ['She said "we stay. We stay here" and left.']),
    ],
)
def test_text_sentences_respect_quotes_and_abbreviations(text, expected):
    spans = sentences(text, 0, len(text), abbreviations=frozenset({"mr."}))
    assert [text[a:b] for a, b in spans] == expected


def test_text_sentences_number_abbreviation_only_before_a_number():
    text = "The ministry said no. Resolution No. 2231 stands. It ended."
    spans = sentences(text, 0, len(text), before_numbers=frozenset({"no."}))
    assert [text[a:b] for a, b in spans] == ["The ministry said no.", "Resolution No. 2231 stands.", "It ended."]


def test_text_blocks_skip_blank_lines_and_strip():
    text = "  عنوان  \n\n\r\nفقرة أولى.\n"
    assert [text[b.start : b.end] for b in blocks(text)] == ["عنوان", "فقرة أولى."]


@pytest.mark.parametrize(
    "line, heading",
    [("خطوط حمراء", True), ("«تفاوض في ظل تهديد»", True), ("قال الوزير إن الجولة انتهت.", False), ("كلمة " * 20, False)],
)
def test_text_heading_detection(line, heading):
    assert looks_like_heading(line, max_words=10) is heading


@pytest.mark.parametrize("text, surface, key", [
    ("Reu\u200dters said", "Reu\u200dters", "reuters"),  # a zero-width joiner inside a word
    ("soft\u00adhyphen", "soft\u00adhyphen", "softhyphen"),
    ("a\u200bb", "a\u200bb", "ab"),
    ("Hu\u0308rriyet", "Hu\u0308rriyet", "hürriyet"),  # decomposed (NFD): one word, the composed key
    ("رويـ\u200dترز", "رويـ\u200dترز", "رويترز"),
])
def test_invisible_characters_and_combining_marks_stay_inside_one_word(text, surface, key):
    first = tokenize(text)[0]
    assert (first.surface, first.key) == (surface, key)


def test_language_note_tells_another_latin_language_from_english() -> None:
    from framing.text import language_note

    french = ("Les négociateurs se sont retrouvés vendredi pour un nouveau cycle de discussions sur le programme, a "
              "rapporté l'agence. Selon une source proche du dossier, les deux parties ont échangé des propositions "
              "écrites et doivent se revoir la semaine prochaine dans la capitale, où la délégation est arrivée jeudi.")
    english = ("The negotiators met on Friday for a new round of talks on the programme, the agency reported. "
               "According to a source close to the file, the two sides exchanged written proposals and are due to "
               "meet again next week in the capital, where the delegation arrived on Thursday.")
    assert "French" in (language_note(french) or "")
    assert language_note(english) is None
    assert language_note("Les négociateurs se sont retrouvés vendredi.") is None  # too short to tell
    assert language_note("قالت الوكالة إن المحادثات انتهت. " * 20 + french[:80]) is None  # an Arabic article
