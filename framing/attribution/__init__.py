"""Attribution: which outlet and speaker every passage of an article comes through.

The article is cut into blocks (title, headings, paragraphs, embedded posts),
paragraphs into sentences, and each sentence is read for a reporting cue:

* a reporting verb with an outlet or a person as subject
  (``وذكرت «وول ستريت جورنال»``, ``Axios reported``),
* an outlet as addressee or channel (``وقال لوكالة «إرنا»``, ``told Reuters``,
  ``على منصة «إكس»``),
* "according to" (``بحسب «هآرتس»``, ``according to Reuters``), also at the end,
* a relayed source (``نقلت «هآرتس» عن مصدر مطلع``, ``citing two sources``),
* a continuation (``وأضافت الصحيفة``, ``وبحسب هؤلاء الدبلوماسيين``, a bare
  ``كما أشارت``), resolved to the most recent matching source.

All language knowledge (aliases, verbs, markers) comes from the config; the
rules here are about word order only. Every segment is made through
``make_segment``, so offsets are checked where they are created.
"""


from framing.attribution.article import attribute
from framing.attribution.cues import Lexicon, lexicon
from framing.attribution.sentence import Attribution

__all__ = ["Attribution", "Lexicon", "attribute", "lexicon"]
