"""A country's state outlet named by its description (framing/attribution/mentions.py, config state_media and
state_media_phrases): "Syria's state news agency", «التلفزيون الرسمي العراقي»; invented sentences."""

from __future__ import annotations

import pytest

from builders import segment_at


@pytest.mark.parametrize("text, outlet", [
    ("Syria's state news agency said the strikes hit an airbase.", "sana"),
    ("Syrian state television said the talks ended.", "syrian_tv"),
    ("The Iraqi state broadcaster reported clashes near Kirkuk.", "al_iraqiya"),
    ("Jordan's state-run news agency said the crossing was closed.", "petra"),
    ("Iraq's state news agency INA said the vote was delayed.", "ina"),  # the name after it: one outlet
    ("وقال التلفزيون الرسمي العراقي إن الاشتباكات توقفت.", "al_iraqiya"),
    ("وذكرت وكالة الأنباء الرسمية الأردنية أن الحدود أغلقت.", "petra"),
    ("وبث التلفزيون الأردني الرسمي صوراً قال إنها للمهربين.", "jrtv"),
])
def test_a_countrys_state_outlet_by_its_description(cfg, text, outlet):
    seg = segment_at(cfg, text)
    assert (seg.outlet, seg.speaker_type) == (outlet, "outlet")


@pytest.mark.parametrize("text", [
    "Israeli state TV said the border was calm.",  # no state outlet listed for that country
    "The state news agency said the border was calm.",  # no country named
])
def test_no_state_outlet_without_a_listed_country(cfg, text):
    assert segment_at(cfg, text).outlet == ""
