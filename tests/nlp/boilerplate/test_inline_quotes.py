"""An inline ``<q>`` stays inside its sentence, between quotation marks (inline_quotes.py)."""

from __future__ import annotations

import pytest
from lxml import html

from newswire.nlp.boilerplate.clean import clean_html
from newswire.nlp.boilerplate.inline_quotes import inline_quotations

_STORY = "".join(
    f"<p>{text}</p>" for text in (
        "The county council approved the harbour plan on Tuesday night after a four-hour "
        "debate in the chamber.",
        "Work on the new ferry terminal is due to start in May and to last about two years, "
        "officials said.",
        "The plan includes a new breakwater, a lifeboat station and parking for 300 cars.",
    ))


def _page(paragraph: str, lang: str = "en") -> str:
    claim = f" lang='{lang}'" if lang else ""
    return (f"<html{claim}><head><title>Harbour plan approved | Coast Herald</title>"
            f"</head><body><article><h1>Harbour plan approved</h1>{_STORY}{paragraph}{_STORY}"
            "</article></body></html>")


@pytest.mark.parametrize(
    ("paragraph", "lang", "line"),
    [
        # A quotation inside its sentence, as a browser shows it.
        ("<p>The mayor said the plan was <q>a great day for the town</q> and that work would "
         "start in May.</p>", "en",
         "The mayor said the plan was \u201ca great day for the town\u201d and that work would "
         "start in May."),
        # A one-word quotation before a comma: no stray "," line.
        ("<p>Critics called it <q>reckless</q>, pointing to the cost of the dredging.</p>", "en",
         "Critics called it \u201creckless\u201d, pointing to the cost of the dredging."),
        # Markup inside the quotation stays inside it; the closing mark follows it.
        ("<p>Residents described <q>the <em>worst</em> flood in memory</q> last winter.</p>",
         "en", "Residents described \u201cthe worst flood in memory\u201d last winter."),
        # A quotation inside a quotation takes single marks.
        ("<p>Ms Byrne said: <q>He told me <q>never again</q> after the storm.</q></p>", "en",
         "Ms Byrne said: \u201cHe told me \u2018never again\u2019 after the storm.\u201d"),
        # A French page gets French marks, with its claim or without one (review52: a
        # French page with no ``lang`` got English marks and a second, wrong quotation).
        ("<p>Le maire a parlé d'<q>une grande journée pour la ville</q> mardi soir.</p>", "fr",
         "Le maire a parlé d'« une grande journée pour la ville » mardi soir."),
        ("<p>L'ingénieure Ruth Kane a estimé que le tracé était <q>le moins mauvais</q> et a "
         "appelé les élus à le voter.</p>", "",
         "L'ingénieure Ruth Kane a estimé que le tracé était « le moins mauvais » et a appelé "
         "les élus à le voter."),
        # Marks typed inside the <q> are not doubled (review52).
        ("<p>Ruth Kane said the route was <q>\"the least bad option\"</q>.</p>", "en",
         "Ruth Kane said the route was \"the least bad option\"."),
        # A pull quote, the whole text of its block, gets no marks of its own (review52: it
        # became a quotation repeating the speaker's sentence).
        ("<div class='pull-quote'><span class='icon'></span><q>The least bad option we had"
         "</q></div>", "en", "The least bad option we had"),
        ("<q class='pullquote'>The least bad option we had</q>", "en",
         "The least bad option we had"),
    ],
)
def test_inline_quotation_stays_in_its_sentence(paragraph: str, lang: str, line: str) -> None:
    """The quotation is one line with its sentence, its marks written in (base52 broke the
    sentence at the ``<q>`` and left the quotation without marks)."""
    lines = clean_html(_page(paragraph, lang), "https://coastherald.example/news/harbour-plan"
                       ).body.splitlines()
    assert line in lines


def test_blockquote_stays_a_block() -> None:
    """A ``<blockquote>`` is no inline quotation: it keeps its own line, without marks."""
    quote = ("We have waited twelve years for this work, and the fleet cannot wait another "
             "winter for it.")
    lines = clean_html(_page(f"<blockquote><p>{quote}</p></blockquote>"),
                       "https://coastherald.example/news/harbour-plan").body.splitlines()
    assert quote in lines


@pytest.mark.parametrize(
    ("fragment", "expected", "count"),
    [
        ("<p>He said <q>yes</q>.</p>", "He said \u201cyes\u201d.", 1),
        ("<p>No quotation here.</p>", "No quotation here.", 0),
        # An empty <q> gets no marks.
        ("<p>Ruth Kane said<q></q> nothing more.</p>", "Ruth Kane said nothing more.", 1),
    ],
)
def test_inline_quotations(fragment: str, expected: str, count: int) -> None:
    """The marks are written around the ``<q>`` text and the tag taken out."""
    tree = html.fromstring(f"<html><body>{fragment}</body></html>")
    assert inline_quotations(tree, fragment) == count
    assert tree.findtext(".//p") == expected
