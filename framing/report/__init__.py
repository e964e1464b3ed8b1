"""The report stage: an Analysis rendered as one HTML page (and that page as PDF).

>>> from framing.report import render_html, render_pdf, PdfUnavailable
"""

from framing.report.render import PdfUnavailable, render_html, render_pdf

__all__ = ["PdfUnavailable", "render_html", "render_pdf"]
