"""Web pages (framing/html_page.py): the article read whole however deep the page nests it, or refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.reader import InputError, read_article


def _nested_page(depth: int) -> str:
    return ("<html><body><p>CNN reported that the ceasefire held in the city on Monday.</p>" + "<div>" * depth
            + "<p>Reuters said the talks failed in Muscat on Friday.</p>" + "</div>" * depth
            + "<p>AP said the strike was over on Sunday in the capital.</p></body></html>")


def test_reader_html_nested_past_the_parser_default_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text(_nested_page(300), encoding="utf-8")  # past libxml2's default of 256
    text = read_article(path, max_bytes=10_000_000).text
    assert "Reuters said" in text and "AP said" in text
    unclosed = "".join(f"<p><font>Paragraph {n} says the port reopened after the storm on Monday." for n in range(400))
    path.write_text(f"<html><body>{unclosed}</body></html>", encoding="utf-8")  # 400 tags left open
    assert "Paragraph 399 says" in read_article(path, max_bytes=10_000_000).text


def test_reader_html_nested_too_deep_to_read_is_refused_not_cut(tmp_path: Path) -> None:
    path = tmp_path / "deeper.html"
    path.write_text(_nested_page(3000), encoding="utf-8")
    with pytest.raises(InputError, match="more than 2,048 deep"):
        read_article(path, max_bytes=10_000_000)


def test_html_page_with_more_elements_than_a_news_page_is_refused_before_extraction(monkeypatch):
    import trafilatura

    from framing.html_page import MAX_ELEMENTS, extract_html

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: pytest.fail("the extractor ran (for minutes)"))
    words = "".join(f"<span>word{i}</span> " for i in range(MAX_ELEMENTS + 10))
    markup = f"<html><body><article><p>{words}</p></article></body></html>"
    with pytest.raises(InputError, match="elements, more than"):
        extract_html(markup, "page.html")


def test_html_page_prose_left_out_of_the_extracted_article_is_noted():
    from framing.html_page import extract_html

    paragraphs = "".join(f"<p>Paragraph {i} of the report says the talks in Muscat went on until late in the evening.</p>"
                         for i in range(12))
    lone = "The spokesman of the movement said on Sunday that ships linked to the blockade would be targeted again."
    kept_page = f"<html><body><article><h1>Talks</h1>{paragraphs}</article></body></html>"
    notes = extract_html(kept_page, "page.html").notes
    assert not any("not in the extracted article" in n for n in notes)
    lost_page = f"<html><body><article><h1>Talks</h1>{paragraphs}</article><table><tr><td>{lone}</td></tr></table></body></html>"
    text, _title, notes, *_ = extract_html(lost_page, "page.html")
    assert lone not in text  # the extractor leaves a table cell out (include_tables=False): never silently
    assert any("not in the extracted article" in n and "The spokesman" in n for n in notes)



@pytest.mark.parametrize("head, address, site_name", [
    ('<link rel="canonical" href="https://www.reuters.com/x"><meta property="og:site_name" content="Reuters">',
     "https://www.reuters.com/x", "Reuters"),
    ('<link rel="Canonical" href="/world/x"><meta property="og:url" content="https://cnn.com/x">', "https://cnn.com/x", ""),
    ('<link rel="canonical" href="https://a.example/x"><link rel="canonical" href="https://b.example/x">', "", ""),
    ('<meta property="og:image" content="https://static.reuters.com/i.png"><link rel="canonical" href="/x">', "", ""),
    ('<meta name="copyright" content="Reuters"><meta name="twitter:site" content="@Reuters">', "", ""),
    ('<link rel="canonical" href="\n  https://www.bbc.co.uk/news/x \n">', "https://www.bbc.co.uk/news/x", ""),
])
def test_html_page_its_own_address_is_its_canonical_link_or_og_url_and_its_site_name_og_site_name(head, address, site_name):
    from framing.html_page import extract_html

    paragraphs = "".join(f"<p>Paragraph {i} of the report says the talks in Muscat went on until late in the evening.</p>"
                         for i in range(3))
    page = extract_html(f"<html><head><title>Talks</title>{head}</head><body><article><h1>Talks</h1>{paragraphs}"
                        "</article></body></html>", "page.html")
    assert (page.address, page.site_name) == (address, site_name)
