"""Issue 14 (recall): attitudes made known (``expressed concern that``, ``voiced support
for``), what a source regards a thing as (``views immigrants as a threat``), and verbs of
saying the lexicon lacked (``reminded``, ``decried``, ``assailed``).

Texts are written for these tests in several news styles (US, UK, Canadian, wire),
paraphrasing common constructions; every quote also passes the offset invariant
(``quotes_of``).
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_topics import Row, indirect_of


@pytest.mark.parametrize(("body", "expected"), [
    ("The minister expressed concern that the deal would cost jobs in Ontario.",
     [("concern that the deal would cost jobs in Ontario", "belief", "minister")]),
    ("Union leaders voiced support for the strike on Tuesday.",
     [("support for the strike", "belief", "Union leaders")]),
    ("In talks with donors, Joe Biden expressed astonishment at the handling of the emails.",
     [("astonishment at the handling of the emails", "belief", "Joe Biden")]),
    ("Ann Lee also expressed concern.", []),  # one word says too little to attribute
    # Denied, still made known (PolNeAR marks a denied attitude more often than not).
    ("Ann Lee did not express any regret about the remarks.",
     [("any regret about the remarks", "belief", "Ann Lee")]),
])
def test_expressed_attitudes(pipeline: Pipeline, body: str, expected: list[Row]) -> None:
    """``expressed``/``voiced`` and an object: the object, with what hangs on it, is a belief."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Sadiq Khan reminded voters that the Tories had promised a referendum.",
     [("that the Tories had promised a referendum", "speech", "Sadiq Khan")]),
    ("Bernie Sanders also decries super PACs and other big-money groups.",
     [("super PACs and other big-money groups", "speech", "Bernie Sanders")]),
    ("On Saturday, Senator Bernie Sanders assailed her for supporting the war.",
     [("her for supporting the war", "speech", "Bernie Sanders")]),
])
def test_more_verbs_of_saying(pipeline: Pipeline, body: str, expected: list[Row]) -> None:
    """``reminded``, ``decried``, ``assailed`` say."""
    assert indirect_of(quotes_of(pipeline, body)) == expected



@pytest.mark.parametrize(("body", "expected"), [
    ("Many Conservative MPs view the new tax as a threat to growth.",
     [("the new tax as a threat to growth", "belief", "Many Conservative MPs")]),
    ("Many voters in Alberta see the carbon levy as a tax grab.",
     [("the carbon levy as a tax grab", "belief", "Many voters in Alberta")]),
    ("Ottawa regards the pipeline as vital to the national interest.",
     [("the pipeline as vital to the national interest", "belief", "Ottawa")]),
    ("Ann Lee saw the film in Toronto last week.", []),  # no "as": nothing regarded
])
def test_regarded_as(pipeline: Pipeline, body: str, expected: list[Row]) -> None:
    """``view``/``see``/``regard`` an object ``as`` something: the object and its ``as``
    phrase are a belief; without ``as`` the verb says nothing."""
    assert indirect_of(quotes_of(pipeline, body)) == expected
