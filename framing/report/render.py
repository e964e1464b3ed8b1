"""Render an ``Analysis`` as one self-contained HTML page, and that page as PDF.

The layers follow the analysis: tables (``Analysis``) -> a view of plain
values, escaped markup and charts (one module per section: ``summary_view``,
``annotate``, ``cards``, ``comparison_view``, ``method_view``, all reading
``view.View``) -> the Jinja template. Nothing here recomputes the analysis:
counts, keyness, frame shares, intervals, findings, similarities and the
clustering are read from the Analysis; these modules only select, order,
format and draw them.

The page needs nothing from the network: charts are PNG data URIs or inline
SVG, and fonts are ``@font-face`` data URIs, subset to the characters on the page.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from markupsafe import Markup

from framing.config import Config
from framing.model import Analysis
from framing.report import charts
from framing.report.annotate import Annotator, article_section
from framing.report.cards import cards_section
from framing.report.comparison_view import comparison_section
from framing.report.fonts import CSS_FAMILY_STACK, font_face_css
from framing.report.method_view import method_section
from framing.report.styles import outlet_css, outlet_styles
from framing.report.summary_view import summary_section
from framing.report.view import View, direction, frame_tables, num, pct, token_index

TEMPLATE = "report.html"
FONT_SLOT = "/*@framing-font-faces@*/"

SCREEN_ONLY = "<!--framing:screen-only-->"
END_SCREEN_ONLY = "<!--/framing:screen-only-->"
_SCREEN_ONLY_RE = re.compile(re.escape(SCREEN_ONLY) + ".*?" + re.escape(END_SCREEN_ONLY), re.S)

SECTION_TITLES: dict[str, str] = {
    "summary": "Summary",
    "article": "The annotated article",
    "outlets": "Outlets",
    "comparison": "Comparison",
    "method": "Method",
}


class PdfUnavailable(RuntimeError):
    """WeasyPrint (or the Pango library it needs) cannot be loaded; the message is one line."""


@cache
def environment():  # type: ignore[no-untyped-def]
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(
        loader=PackageLoader("framing.report", "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["num"] = num
    env.filters["pct"] = pct
    env.filters["dir"] = direction
    return env


def render_html(analysis: Analysis, config: Config) -> str:
    """The report as one self-contained HTML page (fonts and charts inline, nothing fetched).

    Pure: reads the Analysis tables, writes no file, prints nothing; the same
    analysis and config give the same string.
    """
    styles = outlet_styles(analysis, config)
    frame_labels, frame_refs = frame_tables(config, analysis)
    thin, tokens = token_index(analysis, "outlet")
    view = View(
        analysis=analysis,
        config=config,
        styles=styles,
        frame_labels=frame_labels,
        frame_refs=frame_refs,
        thin=thin,
        tokens=tokens,
        annotator=Annotator(analysis, styles, frame_refs, frame_labels),
    )
    page = environment().get_template(TEMPLATE).render(
        sections=SECTION_TITLES,
        screen_only=Markup(SCREEN_ONLY),
        end_screen_only=Markup(END_SCREEN_ONLY),
        font_faces=Markup(FONT_SLOT),
        font_stack=Markup(CSS_FAMILY_STACK),
        outlet_css=outlet_css(styles.values()),
        unsourced_colour=charts.UNSOURCED_COLOUR,
        summary=summary_section(view),
        article=article_section(view),
        cards=cards_section(view),
        comparison=comparison_section(view),
        method=method_section(view),
        config=config,
    )
    # The fonts are subset to exactly the characters on the page, so they go in last.
    # The slot sits in <head> before any article text, hence count=1.
    return page.replace(FONT_SLOT, font_face_css("".join(sorted(set(page)))), 1)


def print_version(html: str) -> str:
    """The page as the PDF lays it out: without its screen-only parts (the cards' passage lists, the count tables).

    The passages are in the annotated article already; repeating them in the
    outlet cards was most of WeasyPrint's layout time.
    """
    return _SCREEN_ONLY_RE.sub("", html)


def render_pdf(html: str) -> bytes:
    """The page as PDF bytes, through WeasyPrint; only ``data:`` URLs are fetched.

    The screen-only parts of the page are left out (``print_version``).
    Raises ``PdfUnavailable`` when WeasyPrint or its Pango library cannot load.
    """
    try:
        from weasyprint import HTML
        from weasyprint.urls import URLFetcher
    except (ImportError, OSError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise PdfUnavailable(f"PDF output needs WeasyPrint and the Pango library ({reason})") from None
    fetcher = URLFetcher(allowed_protocols={"data"})
    document = HTML(string=print_version(html), url_fetcher=fetcher, media_type="print")
    # The file identifier comes from the page, so the same page gives the same bytes.
    identifier = hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii")
    with _fixed_font_dates():
        return document.write_pdf(pdf_identifier=identifier)


_DATES = threading.Lock()


@contextmanager
def _fixed_font_dates() -> Iterator[None]:
    """Subset fonts dated by SOURCE_DATE_EPOCH (a fixed date unless the user set one), not by the clock.

    fontTools stamps each subset font's ``head.modified`` with the time it is written, so two renderings of the
    same page a second apart gave different bytes. It reads the reproducible-builds variable instead when set.
    """
    with _DATES:
        if "SOURCE_DATE_EPOCH" in os.environ:
            yield
            return
        os.environ["SOURCE_DATE_EPOCH"] = "0"
        try:
            yield
        finally:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
