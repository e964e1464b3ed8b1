"""The publisher a page's address or site name gives, through the outlets' domains in the config."""

from __future__ import annotations

import pytest

from framing.config import default_config_text, parse_config
import time

from framing.page_publisher import host_of, named_publisher, outlet_of_address, page_publisher

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
    ("https://edition.cnn.com/a b", "cnn"),  # a space in the path: the host before it
    ("cnn.com:443/x", "cnn"),  # a host and a port, no scheme
    ("https://evil.example\\@cnn.com/", ""),  # "\\" is "/" in a web address: the host is evil.example
    ("ｃｎｎ.com/x", "cnn"), ("https://cnn。com/x", "cnn"),  # fullwidth letters, an ideographic full stop
    ("https://cnn.com.evil.example/x", ""), ("https://example.org/?u=https://cnn.com", ""),
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


def test_page_publisher_a_site_name_the_address_contradicts_names_no_publisher() -> None:
    assert page_publisher(CONFIG, "https://www.thenational.scot/news/x", "The National") == ("", "")
    assert page_publisher(CONFIG, "", "The National")[0] == "the_national"  # no address: the name stands
    assert page_publisher(CONFIG, "", "telegraph") == ("", "")  # an id is no site name
    assert page_publisher(CONFIG, "", "The Guardian")[0] == "guardian"


def test_page_publisher_an_absurdly_long_host_is_no_address_and_costs_nothing() -> None:
    start = time.perf_counter()
    assert outlet_of_address(CONFIG, "https://" + "a." * 150_000 + "example.org/") == ""
    assert outlet_of_address(CONFIG, "https://" + "a." * 200 + "cnn.com/") == ""  # over 253 characters
    assert time.perf_counter() - start < 5  # (was quadratic: 74 s)
    assert host_of("https://WWW.Reuters.COM./x") == "reuters.com"
    assert host_of("https://xn--mgbh0fb.example/") == "xn--mgbh0fb.example"
    assert host_of("https://مثال.example/") == "xn--mgbh0fb.example"  # IDNA: the form a config lists


@pytest.mark.parametrize("value, outlet", [
    ("reuters", "reuters"), ("Reuters", "reuters"), ("cnn.com", "cnn"), ("www.bbc.co.uk", "bbc"),
    ("https://www.cnn.com", "cnn"), ("", ""),
])
def test_page_publisher_a_publisher_may_be_named_by_its_site(value: str, outlet: str) -> None:
    assert named_publisher(CONFIG, value) == outlet


def test_page_publisher_a_site_no_outlet_has_is_no_publisher() -> None:
    with pytest.raises(ValueError, match="no outlet"):
        named_publisher(CONFIG, "example.org")
