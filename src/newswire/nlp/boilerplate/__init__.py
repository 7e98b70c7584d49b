"""Boilerplate: an article's own text from plain text or a web page, the rest kept as data.

Plain-text lines (``text_lines``, ``line_rules``, ``menus``), the headline of a text without
a title (``headlines``), the headline told again in a text (``headline_repeats``), wire
datelines kept as text (``datelines``), HTML main text (``html``, ``html_tree``,
``collapsed``, on trafilatura; ``main_element_text``: the ``<main>`` reading;
``inline_quotes``: a ``<q>`` set back in its sentence between marks;
``article_text``: the kept blocks as text; ``html_blocks``: the block rules of article
pages, ``blocks``: their blocks and links; ``page_text``: the walk of a page's visible text;
``outside``: the page's text outside the article, kept as removed lines;
``page_language``: whether the rules of English words run on it), a page's
metadata (``page_metadata``: read before extraction; ``metadata``: site, language;
``page_dates``: its dates;
``page_title``: its headline; ``json_ld``: its JSON-LD objects, read once;
``declared_times``: the time of day it declares) with its authors (``authors``: card and
links; ``bylines``: bylines and author boxes; ``author_markup``: whether trafilatura's
search may find one; ``author_names``: names cleaned;
``declared_authors``: those of its JSON-LD that trafilatura leaves out) and the date shown under its
headline (``shown_dates``), what kind of page it is (``page_kind``), links and learned
publisher templates (``templates``). Needs no spaCy: of newswire it may import
``newswire.models``, ``newswire.errors``, ``newswire.timeparse`` and ``nlp.language`` (a
page's language, py3langid) only, never ``nlp.entities`` or ``nlp.quotes``.
"""

from newswire.nlp.boilerplate.clean import (
    EMPTY,
    Cleaned,
    article_fingerprints,
    clean_html,
    clean_text,
)
from newswire.nlp.boilerplate.datelines import find_dateline

__all__ = ["EMPTY", "Cleaned", "article_fingerprints", "clean_html", "clean_text", "find_dateline"]
