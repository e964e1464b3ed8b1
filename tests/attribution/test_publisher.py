"""A publisher the caller knows (framing/attribution/article.py: ``attribute(…, publisher=…)``, ``publisher_id``):
"told X" on X's own page is the writer's reporting, a wire keeps its name, and an unknown outlet is refused."""

from __future__ import annotations

import pytest

from framing.attribution import attribute, publisher_id

TEXT = ("Talks resumed on Monday.\n\n\"We left the sacks and ran,\" a farmer told Al Jazeera. "
        "Reuters reported that the talks had stalled.")


def _carried(cfg, publisher: str = "") -> list[tuple[str, str]]:
    return [(s.outlet, s.speaker_type) for s in attribute(TEXT, cfg, publisher=publisher).segments]


def test_a_known_publisher_speaking_is_the_writers_reporting(cfg):
    assert ("al_jazeera", "anonymous") in _carried(cfg)
    given = _carried(cfg, "al_jazeera")
    assert ("", "anonymous") in given and all(outlet != "al_jazeera" for outlet, _type in given)
    assert ("reuters", "outlet") in given  # another outlet it cites keeps its voice
    assert attribute(TEXT, cfg, publisher="al_jazeera").publisher == "al_jazeera"


def test_a_wire_given_as_publisher_keeps_told_reuters(cfg):
    text = "Talks resumed on Monday. A diplomat told Reuters the deal was near."
    segments = attribute(text, cfg, publisher="reuters").segments
    assert ("reuters", "anonymous") in [(s.outlet, s.speaker_type) for s in segments]


def test_the_publisher_is_named_by_id_name_or_alias_and_an_unknown_one_is_refused(cfg):
    assert publisher_id(cfg, "al_jazeera") == "al_jazeera"
    assert publisher_id(cfg, "Asharq Al-Awsat") == "asharq_al_awsat"
    assert publisher_id(cfg, "") == ""
    with pytest.raises(ValueError, match="Nowhere Daily"):
        publisher_id(cfg, "Nowhere Daily")
    with pytest.raises(ValueError, match="nowhere"):
        attribute(TEXT, cfg, publisher="nowhere")


def test_a_publisher_id_in_any_case_and_an_acronym_only_in_capitals(cfg):
    assert publisher_id(cfg, " Al_Jazeera ") == "al_jazeera"
    assert publisher_id(cfg, "   ") == ""
    assert publisher_id(cfg, "NAN") == "nan_nigeria"
    with pytest.raises(ValueError):
        publisher_id(cfg, "nan")  # a missing value written out, not the News Agency of Nigeria
    with pytest.raises(ValueError, match=r"\.\.\."):
        publisher_id(cfg, "a" * 500)  # a long value is shown cut


# With no publisher given: the one outlet (not a wire) the speakers talk to twice or more, which never reports, relays
# or describes in the third person, is the article's own publisher (its own interviews are the writer's reporting).
INTERVIEWS = ("Talks resumed on Monday.\n\n\"We left the sacks and ran,\" a farmer told Al Jazeera.\n\n"
              "Speaking to Al Jazeera, a trader said prices had doubled.")


def test_an_outlet_only_talked_to_twice_is_the_articles_own(cfg):
    article = attribute(INTERVIEWS, cfg)
    assert article.publisher == "al_jazeera"
    assert all(s.outlet == "" for s in article.segments)
    assert [s.speaker_type for s in article.segments] == ["narrator", "anonymous", "anonymous"]


@pytest.mark.parametrize("text", [
    "Talks resumed on Monday.\n\n\"We left the sacks and ran,\" a farmer told Al Jazeera.",  # once: maybe cited
    INTERVIEWS + "\n\nAl Jazeera reported that the talks had stalled.",  # it reports in the third person: cited
    INTERVIEWS + "\n\nA diplomat told The National that the deal was near. An aide told The National it was not.",
])
def test_an_outlet_talked_to_once_cited_or_not_alone_is_kept(cfg, text):
    article = attribute(text, cfg)
    assert article.publisher == ""
    assert any(s.outlet == "al_jazeera" for s in article.segments)


def test_one_interview_going_on_for_three_passages_is_the_articles_own(cfg):
    text = ("Talks resumed on Monday.\n\nA farmer told Al Jazeera the wells were dry. She said the herd had gone.\n\n"
            "She added that her sons had left for the city.")
    assert attribute(text, cfg).publisher == "al_jazeera"
