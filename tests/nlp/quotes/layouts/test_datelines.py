"""Issue 14: a dateline's place is nobody's antecedent nor a speaker; the body's dateline is the
one the pipeline found (real model).

Texts are written for these tests, in Canadian and US news phrasing.
"""

from __future__ import annotations

import pytest

from newswire.models import RawArticle
from newswire.nlp.boilerplate import find_dateline
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.layouts.datelines import in_dateline, mark_dateline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("SURREY, B.C. — The banner over the campaign office was painted by hand. “Still with "
     "Jagmeet,” it read.",
     [("Still with Jagmeet", None, "unknown")]),
    ("LOS ANGELES — The sign on the bus was painted by hand. “I am still Sanders,” it read.",
     [("I am still Sanders", None, "unknown")]),
    # Guard: a capitalised name opening a sentence with a lower-case word before the dash.
    ("NDP Leader Jagmeet Singh spoke at length — and the party agreed. “We are on track,” it "
     "said.",
     [("We are on track", "party", "organization")]),
])
def test_dateline_place_is_no_antecedent(pipeline: Pipeline, body: str,
                                         expected: list[Expected]) -> None:
    """``it`` never reaches the place of ``LOS ANGELES —``; a name before ``said —`` stays."""
    check(pipeline, body, expected)



@pytest.mark.parametrize(("body", "expected"), [
    # A dateline in ordinary case, with its agency: the boilerplate stage finds it.
    ("Toronto (CP) - The sign on the bus was painted by hand. “I am still with Jagmeet,” it "
     "read.",
     [("I am still with Jagmeet", None, "unknown")]),
    ("Ottawa (CP) - The banner over the campaign office was painted by hand. “Still with "
     "Jagmeet,” it read.",
     [("Still with Jagmeet", None, "unknown")]),
])
def test_the_pipelines_dateline_place_is_no_antecedent(pipeline: Pipeline, body: str,
                                                       expected: list[Expected]) -> None:
    """The resolver takes the body's dateline from ``find_dateline`` (via ``dateline_end``),
    whatever its case (before: ``it`` read as Toronto, as Ottawa)."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "word", "inside"), [
    ("Vancouver (CP) - A Vancouver startup that builds batteries for buses says it has raised "
     "$40 million.", 0, True),
    ("Vancouver (CP) - A Vancouver startup that builds batteries for buses says it has raised "
     "$40 million.", 6, False),  # the second Vancouver, in the lede
    ("By Jane Doe\nWASHINGTON (AP) — The Federal Reserve left its key rate unchanged on "
     "Wednesday.", 1, False),  # the byline before the dateline
    ("By Jane Doe\nWASHINGTON (AP) — The Federal Reserve left its key rate unchanged on "
     "Wednesday.", 3, True),  # its place
])
def test_a_word_is_in_the_dateline_the_pipeline_found(pipeline: Pipeline, body: str, word: int,
                                                      inside: bool) -> None:
    """A word of the dateline ``find_dateline`` found can never speak, whatever its case; the
    words around it can (before: only words in capitals before a dash were a dateline)."""
    doc = pipeline.nlp(body)
    dateline = find_dateline(body)
    mark_dateline(doc, dateline.end if dateline else 0)
    words = [token for token in doc if not token.is_space]
    assert in_dateline(words[word]) is inside


@pytest.mark.parametrize(("body", "expected"), [
    # South Asian and West African wires write no dash after the agency (PTI, NAN) or a
    # colon (APP): the place spoke for the company or bank the lede names.
    ("New Delhi, Dec 4 (PTI) Seed maker Sundar Agro Industries Ltd on Thursday said it will "
     "acquire a majority stake in Pune-based Krishi Seeds for Rs 900 crore.",
     [("it will acquire a majority stake", "Sundar Agro Industries Ltd", "organization")]),
    ("KARACHI, Dec 4 (APP): The State Bank of Pakistan on Thursday kept its key rate "
     "unchanged, saying that risks to the inflation outlook had increased.",
     [("that risks to the inflation outlook", "State Bank of Pakistan", "organization")]),
    ("DHAKA, Dec 4 (UNB) Garment maker Meghna Knit Composite Ltd said on Thursday it would "
     "close two factories in Gazipur.",
     [("it would close two factories", "Meghna Knit Composite Ltd", "organization")]),
    # Guard: the same lede with no dateline keeps its speaker.
    ("Seed maker Sundar Agro Industries Ltd on Thursday said it will acquire a majority stake "
     "in Pune-based Krishi Seeds for Rs 900 crore.",
     [("it will acquire a majority stake", "Sundar Agro Industries Ltd", "organization")]),
])
def test_a_wire_dateline_without_a_dash_speaks_for_nobody(pipeline: Pipeline, body: str,
                                                          expected: list[Expected]) -> None:
    """``New Delhi, Dec 4 (PTI) X said``: the lede's subject speaks, not the dateline's place."""
    # before: New Delhi, Karachi; through ``Pipeline.enrich``, as the user gets it
    article = pipeline.enrich(RawArticle(id="d", title="Business news", text=body,
                                         language="en"))
    for start, speaker, kind in expected:
        quote = next(q for q in article.quotes if q.text.startswith(start))
        assert (quote.speaker, quote.speaker_kind) == (speaker, kind), quote
