"""The publisher a page's address or site name gives, through the outlets' domains in the config."""

from __future__ import annotations

import pytest

from framing.config import default_config_text, parse_config
from framing.page_publisher import outlet_of_address, page_publisher

CONFIG = parse_config(default_config_text())


@pytest.mark.parametrize("address, outlet", [
    ("https://www.reuters.com/world/middle-east/talks-2027-01-02/", "reuters"),
    ("HTTPS://WWW.BBC.CO.UK/news/world", "bbc"),
    ("reuters.com/world", "reuters"),  # no scheme: a host and a path
    ("//bbc.co.uk/news", "bbc"),
    ("http://reuters.com./x", "reuters"),  # a fully qualified host's final dot
    ("https://today.lorientlejour.com/article/1", "lorient_le_jour"),  # a host under an outlet's domain
    ("https://103fm.maariv.co.il/x", "radio_103fm"),  # the nearest domain above the host wins
    ("https://www.maariv.co.il/x", "maariv"),
    ("https://alwatan.com.sa/article/1", "al_watan_saudi"),  # a suffix that is no whole label is no match
    ("https://fakereuters.com/x", ""),
    ("https://example.org/x", ""),
    ("https://x.com/irna_en/status/1", ""),  # a platform publishes nothing of its own
    ("mailto:desk@reuters.com", ""), ("desk@reuters.com", ""), ("ftp://reuters.com/x", ""),
    ("file:///home/reuters.com/x", ""), ("http://[::1", ""), ("", ""), ("not an address", ""),
])
def test_page_publisher_an_address_names_the_outlet_whose_site_it_is_on(address: str, outlet: str) -> None:
    assert outlet_of_address(CONFIG, address) == outlet


def test_page_publisher_the_address_first_then_a_site_name_the_config_knows() -> None:
    assert page_publisher(CONFIG, "https://www.nytimes.com/x", "Reuters")[0] == "nyt"
    found, how = page_publisher(CONFIG, "", "Reuters")
    assert found == "reuters" and "site name" in how
    assert page_publisher(CONFIG, "https://example.org/x", "Some Blog") == ("", "")
    assert page_publisher(CONFIG, "", "X") == ("", "")  # a platform's name is no publisher
    assert page_publisher(CONFIG, "", "Reuters " * 40) == ("", "")  # (no outlet has a name that long)
