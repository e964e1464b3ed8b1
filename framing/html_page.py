"""Article text out of a web page: the page parsed as deep as libxml2 allows, the article extracted by trafilatura (menus,
scripts and boilerplate dropped), one paragraph a line, the headline first."""

from __future__ import annotations

from typing import NamedTuple

from framing.reader import MIN_PROSE_WORDS, TITLE_MAX_WORDS, InputError, _squash
from framing.text import looks_like_heading, tokenize


class Page(NamedTuple):
    """An article out of a web page: its text one paragraph per line, headline first; the headline; notes on what
    was done; the page's own address (its canonical link or og:url) and the name it gives its site (og:site_name)."""

    text: str
    title: str
    notes: list[str]
    address: str = ""
    site_name: str = ""


def extract_html(markup: str, shown: str) -> Page:
    """The article of the page ``markup`` (read from ``shown``), with its headline and the page's own address."""
    import trafilatura  # heavy; only HTML input pays for it

    tree = _html_tree(markup, shown)
    prose = _prose_blocks(tree)  # before the extractor, which prunes the tree it is given
    address, site_name = _own_address(tree)
    doc = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=False,  # layout tables would otherwise come out as one line with the menus
        date_extraction_params={"extensive_search": False},  # the date is unused; the full search takes seconds
    )
    body = _field(doc, "text")
    lines = [line.strip() for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]
    if not any(len(tokenize(line)) >= MIN_PROSE_WORDS for line in lines):
        raise InputError(shown, "no article text found in the HTML page (only menus, scripts or markup)")
    notes = [f"article extracted from HTML with trafilatura: {len(lines)} paragraphs; menus, scripts and boilerplate dropped"]
    body = _squash(" ".join(lines))
    missing = [block for block in prose if block not in body]
    if missing:
        words = sum(len(tokenize(block)) for block in missing)
        notes.append(f"{len(missing)} paragraph(s) of prose on the page ({words:,} words) are not in the extracted "
                     f"article (outside its markup: a bare <div>, a table cell?), the first: {missing[0][:60]!r}…; "
                     "check article.txt, or give the text itself")
    title = _full_headline(markup, _squash(_field(doc, "title")))
    if title:
        kept = next((line for line in lines if _squash(line) == title), None)
        if kept is None:
            # A <title> cut at a dash inside the headline ("A – B | Site" gives "A"): the full line is the headline.
            kept = next(
                (line for line in lines if _squash(line).startswith(title) and looks_like_heading(line, max_words=TITLE_MAX_WORDS)),
                None,
            )
        if kept is None:
            lines.insert(0, title)
            notes.append("headline added as the first line (the extractor keeps it apart from the body)")
        else:
            title = kept
    return Page("\n".join(lines) + "\n", title, notes, address, site_name)


# Elements a page may hold: a news article page holds a few thousand; the extractor's time grows with the square of
# the elements inside one paragraph (a page of 20,000 <span>-wrapped words took 40 s, of 230,000 over ten minutes,
# during which no signal is acted on).
MAX_ELEMENTS = 15_000


def _html_tree(markup: str, shown: str):  # type: ignore[no-untyped-def]
    """The page parsed for the extractor, nested as deep as libxml2 allows (2,048 elements; 256 by default, past
    which a page's text, or every paragraph after a few hundred unclosed tags, was dropped without a word). A page
    nested deeper still is refused rather than read in part."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(huge_tree=True, collect_ids=False, default_doctype=False, encoding="utf-8",
                                  remove_comments=True, remove_pis=True)
    try:
        tree = lxml.html.fromstring(markup.encode("utf-8", "surrogatepass"), parser=parser)
    except (lxml.etree.ParserError, ValueError):  # (an empty document)
        raise InputError(shown, "no article text found in the HTML page (only menus, scripts or markup)") from None
    if any("Excessive depth" in error.message for error in parser.error_log):
        raise InputError(shown, "the HTML page nests its elements more than 2,048 deep (tags left unclosed?): the text "
                                "past that depth cannot be read, so none of it was")
    elements = sum(1 for _ in tree.iter())
    if elements > MAX_ELEMENTS:
        raise InputError(shown, f"the HTML page has {elements:,} elements, more than the {MAX_ELEMENTS:,} a news page "
                                "holds (a word per tag?): extracting its article would take minutes; give its text "
                                "instead")
    return tree


def _own_address(tree) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The page's own address — its canonical link, else its og:url, when that is one absolute web address — and the
    name it gives its site (og:site_name, when it gives one); '' for each it does not give plainly."""
    links: dict[str, list[str]] = {"canonical": [], "og:url": [], "og:site_name": []}
    for element in tree.iter("link", "meta"):
        kind = (element.get("rel") or "").lower().split() if element.tag == "link" else [(element.get("property") or "").lower()]
        value = " ".join(((element.get("href") if element.tag == "link" else element.get("content")) or "").split())
        for name in kind:
            if name in links and value and value not in links[name]:
                links[name].append(value)
    address = ""
    for name in ("canonical", "og:url"):
        absolute = [v for v in links[name] if v.lower().startswith(("http://", "https://", "//"))]
        if len(absolute) > 1:
            break  # two addresses of its own: neither is plainly the page's
        if absolute:
            address = absolute[0]
            break
    site_names = links["og:site_name"]
    return address, site_names[0] if len(site_names) == 1 else ""


# A block of the page this long that the extracted article lacks is named in a note (a paragraph, not a menu).
NOTED_BLOCK_WORDS = 12


def _prose_blocks(tree) -> list[str]:  # type: ignore[no-untyped-def]
    """The page's blocks of prose, squashed: text of NOTED_BLOCK_WORDS words or more held by one element (its own
    text and its children's), outside scripts, styles, navigation, headers, footers and asides."""
    skipped = {inner for outer in tree.iter("script", "style", "noscript", "nav", "header", "footer", "aside",
                                            "template", "head", "title") for inner in outer.iter()}
    blocks = []
    for element in tree.iter("p", "div", "td", "li", "blockquote", "section", "article", "dd", "pre"):
        if element in skipped:  # (inside one of those: a set, not a walk up every block's ancestors)
            continue
        own = " ".join(part for part in (element.text, *(child.tail for child in element)) if part and part.strip())
        if len(tokenize(own)) >= NOTED_BLOCK_WORDS:
            blocks.append(_squash(own))
    return blocks


def _full_headline(markup: str, title: str) -> str:
    """The page's whole <title> when the extractor cut it at a dash that belongs to the headline.

    "A – B | Site" rightly gives "A"; but when "A – B" is the whole <title>
    and the page shows "A – B" as text, "A – B" is the headline.
    """
    if not title:
        return title
    import lxml.html  # installed with trafilatura

    parser = lxml.html.HTMLParser(encoding="utf-8")
    page = lxml.html.fromstring(markup.encode("utf-8"), parser=parser)
    full = _squash(page.findtext(".//head/title") or page.findtext(".//title") or "")
    if full == title or not full.startswith(title):
        return title
    shown = page.xpath("boolean(//body//*[normalize-space(.) = $full])", full=full)
    return full if shown else title


def _field(doc: object, name: str) -> str:
    """A field of trafilatura's result: a Document in 2.x, a dict in 1.x, None when nothing was found."""
    if doc is None:
        return ""
    value = doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)
    return value or ""
