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
  ``كما أشارت``, ``the site also said``, ``the Journal``), resolved to the most
  recent matching source; a possessive (``بحسب مصادرها``, ``its sources``) or a
  nominal report (``تقرير لصحيفة …``, ``figures compiled by Reuters``) too.

A wire dateline (``LONDON (Reuters) -``) names the article's publisher (kept as
``Article.publisher``) and carries nothing: the passage after it, which it opens,
is read by its own attribution; a denial (``نفت … ما أورده موقع …``) speaks for its subject.

All language knowledge (aliases, short names, verbs, markers, dateline patterns)
comes from the config; the rules here are about word order only. Every segment is
made through ``make_segment``, so offsets are checked where they are created.

Modules, in reading order: ``article`` (the driver: blocks, headings, posts,
datelines, sentences), ``resolve`` (a sentence's cues resolved against what came
before), ``reading`` (every cue of one sentence), ``speakers`` and ``subjects``
(the source after or before a cue word), ``addressees`` (where an addressee may stand), ``outlet_subjects`` (an outlet as the
subject of a sentence or clause with no reporting verb), ``references``
(possessives, nominal reports), ``passive``, ``refusals``, ``datelines``, ``posts``; underneath, ``sentence`` (one
sentence's tokens and speaker phrases), ``mentions`` (the outlets it names) and ``cues`` (the config as matching keys).
"""


from framing.attribution.article import attribute, outlet_by_name, publisher_id
from framing.attribution.cues import Lexicon, lexicon
from framing.attribution.sentence import Attribution

__all__ = ["Attribution", "Lexicon", "attribute", "lexicon", "outlet_by_name", "publisher_id"]
