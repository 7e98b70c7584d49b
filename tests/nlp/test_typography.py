"""Typography before the model (``newswire.nlp.typography``): a word printed with a curly
apostrophe is read as its typewriter spelling, so the English parse finds the quote and its
speaker it finds in the typed text, while every quote keeps its text as written (real model).

Texts are written for these tests, paraphrasing Irish and British reporting.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.typography import ENGLISH, FRENCH, typed_spelling
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import Expected, check

FRENCH_MARKS = {"«": '"', "»": '"', "“": '"', "”": '"', "’": "'"}


@pytest.mark.parametrize(("text", "marks", "expected"), [
    # English words: the apostrophe within or at the edge of a word.
    ("’s", {}, "'s"),
    ("n’t", {}, "n't"),
    ("O’Brien", {}, "O'Brien"),
    # English quotation marks stay as printed (the rules read the parse they give).
    ("’", {}, None),
    ("“", {}, None),
    ("said", {}, None),
    # French: elided words and quotation marks.
    ("l’", FRENCH_MARKS, "l'"),
    ("«", FRENCH_MARKS, '"'),
    ("’", FRENCH_MARKS, "'"),
])
def test_typed_spelling(text: str, marks: dict[str, str], expected: str | None) -> None:
    """Which words are read as typed, and as what."""
    assert typed_spelling(text, marks) == expected


def test_each_language_has_its_component_first(pipeline: Pipeline) -> None:
    """The English and French pipelines read typography before their model does."""
    for language, component in (("en", ENGLISH), ("fr", FRENCH)):
        names = pipeline.models.full(language).pipe_names
        assert names.index(component) < names.index("tok2vec"), names


@pytest.mark.parametrize(("body", "expected"), [
    # "’s" read as a clause: the sentence had no quote at all.
    ("Legal sources said the judgment’s comments on record-keeping were likely to be cited "
     "in other pending cases.",
     [("the judgment’s comments", "Legal sources", "group")]),
    # A union's branch after a sentence of officials: the quotes had no speaker.
    ("Officials said about 80 jobs were at risk. Unite’s Leeds branch said the cuts would "
     "fall “hardest on cleaners and porters” and that it would ballot members.",
     [("hardest on cleaners and porters", "Unite", "organization"),
      ("that it would ballot members", "Unite", "organization")]),
    # A party's TD: the party's possessive was kept in the name, or the quote lost him.
    ("Labour’s Ciara Mulhern TD said the minister had “known for months that waiting lists "
     "in Meath were growing”.",
     [("known for months", "Ciara Mulhern", "person")]),
    ("Opposition TDs raised the issue on Thursday. Labour’s Niall Corrigan TD said the "
     "Government had “known for years that demand in Kildare was rising”.",
     [("known for years", "Niall Corrigan", "person")]),
    # Guard: contractions were already read right.
    ("The mayor said she didn’t know when the bridge would reopen.",
     [("she didn’t know", "mayor", "person")]),
])
def test_curly_apostrophes_parse_as_typed(pipeline: Pipeline, body: str,
                                          expected: list[Expected]) -> None:
    """``Labour’s Niall Corrigan TD said``: Niall Corrigan speaks, as with ``Labour's``."""
    check(pipeline, body, expected)


def test_quote_text_keeps_the_apostrophe_as_printed(pipeline: Pipeline) -> None:
    """Only the model's reading changes: quote text and offsets are the article's own."""
    body = "Legal sources said the judgment’s comments were likely to be cited elsewhere."
    quote = quotes_of(pipeline, body)[0]
    assert quote.text == body[quote.start:quote.end]
    assert "judgment’s" in quote.text
