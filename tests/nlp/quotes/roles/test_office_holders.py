"""Issue 14: people named beside an office, a legislator's letters or by a name the model
missed are the speaker, and a later pronoun reaches them (real model).

Texts are written for these tests, in Canadian, British and US news phrasing (round twelve,
who26).
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The parse hangs the name on "bureau" / "union": a body, which a person's name cannot
    # stand beside; "she" then is the spokesperson too.
    ("The Competition Bureau sued on Tuesday, saying the deal would raise prices.\nA "
     "spokesperson for the bureau, Geneviève Lalonde, said in an e-mail that the proposed "
     "remedy “would not preserve the level of competition that Brightline provides today.” "
     "She declined to comment further, citing the litigation.",
     [("would not preserve the level", "Geneviève Lalonde", "person"),
      ("to comment further", "Geneviève Lalonde", "person")]),
    ("A lawyer for the union, Priya Sandhu, said the workers “were never consulted.”",
     [("were never consulted", "Priya Sandhu", "person")]),
])
def test_a_name_after_an_office_of_a_body_is_its_holder(pipeline: Pipeline, body: str,
                                                        expected: list[Expected]) -> None:
    """``A spokesperson for the bureau, X, said``: X, and X for the next ``she``."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # "She" is the commissioner named through her title, never the bare title.
    ("The bureau moved to block the deal, Commissioner of Competition Louise Harcourt said.\n"
     "She said the merger would “raise prices for Prairie families.”",
     [("raise prices for Prairie families", "Louise Harcourt", "person")]),
])
def test_a_pronoun_after_a_titled_subject_is_the_person(pipeline: Pipeline, body: str,
                                                        expected: list[Expected]) -> None:
    """``Commissioner of Competition X said ... She said``: X, not ``Commissioner``."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The model reads party, letters and name as one organisation.
    ("The Bloc Québécois welcomed the cuts. “Ottawa continues to decide for Quebec,” said Bloc "
     "MP Sylvie Dufresne-Caron.",
     [("Ottawa continues to decide", "Sylvie Dufresne-Caron", "person")]),
    # The model takes the letters into the person's name.
    ("Opposition critics said the government had given up. B.C. Green Party MLA Ruth Langford "
     "said the approval showed the government “has no plan” to meet its targets.",
     [("has no plan", "Ruth Langford", "person")]),
    ("NDP MPP Joel Harden said the cuts were “a disgrace.”",
     [("a disgrace", "Joel Harden", "person")]),
])
def test_a_legislators_letters_before_a_name_are_its_title(pipeline: Pipeline, body: str,
                                                           expected: list[Expected]) -> None:
    """``Bloc MP X``, ``Green Party MLA X``, ``NDP MPP X``: the person X."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The model tags neither "Doreen Meekis" nor "Meekis": the lone surname is still hers.
    ("Inside the community, frustration is mounting. Doreen Meekis, a grandmother of seven, "
     "said she has been boiling water for years.\nMeekis said she worries most about the "
     "elders. “They need water,” she said.",
     [("she worries most about the elders", "Doreen Meekis", "person"),
      ("They need water", "Doreen Meekis", "person")]),
])
def test_a_surname_the_model_missed_takes_the_full_name(pipeline: Pipeline, body: str,
                                                        expected: list[Expected]) -> None:
    """``Doreen Meekis ... Meekis said``, both untagged: Doreen Meekis."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The parse heads the subject on "Court" and hangs the titled name on "of".
    ("Court of King's Bench Justice Lena Sobieski said Friday she needed time to review "
     "“more than 400 pages of evidence.”",
     [("more than 400 pages", "Lena Sobieski", "person")]),
    # Guard: a plural head, a party's word before the name: the supporters speak.
    ("There are partisan differences on the issue. Supporters of Republican Donald Trump for "
     "president say by 55%-41% that the rule should stay.",
     [("that the rule should stay", "Supporters of Republican Donald Trump for president",
       "group")]),
])
def test_a_court_before_a_titled_name_is_no_speaker(pipeline: Pipeline, body: str,
                                                     expected: list[Expected]) -> None:
    """``Court of King's Bench Justice X said``: the person X, not the court."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # "her" is Susan Doyle; her husband is the one other Doyle, a man.
    ("Mark Doyle and his wife, Susan Doyle, said they called the city four times.\n“Nobody "
     "came,” Susan Doyle said. “We were told it was on a list.”\nHer husband said the crews "
     "“could not get water from the hydrant.”",
     [("could not get water", "Mark Doyle", "person")]),
    # Two other Doyles of that gender: nobody can tell which.
    ("Mark Doyle, Tom Doyle and Susan Doyle live on the street.\n“Nobody came,” Susan Doyle "
     "said.\nHer husband said the crews “could not get water from the hydrant.”",
     [("could not get water", "husband", "person")]),
])
def test_a_spouse_is_the_namesake_of_that_gender(pipeline: Pipeline, body: str,
                                                 expected: list[Expected]) -> None:
    """``Her husband said`` after ``Susan Doyle`` and ``Mark Doyle``: Mark Doyle."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # "François-Philippe" is a man's name: "She" is the minister named beside him.
    ("OTTAWA — The government will not extend the deadline, Finance Minister François-Philippe "
     "Champagne said Monday.\nChampagne made the announcement alongside Environment Minister "
     "Julie Dabrusin, who said the program had reached most households. She called the uptake "
     "“remarkable.”",
     [("remarkable", "Julie Dabrusin", "person")]),
    # Guard: "Geneviève" is a woman's name, "he" is not her (right before this rule too).
    ("Geneviève Tremblay, the band's manager, said the tour was cancelled. Her colleague Tom "
     "Hart agreed. “We had no choice,” he said.",
     [("We had no choice", "Tom Hart", "person")]),
])
def test_a_french_first_name_has_its_gender_in_english(pipeline: Pipeline, body: str,
                                                        expected: list[Expected]) -> None:
    """French first names the English tables lack (``François-Philippe``, ``Geneviève``)
    keep their gender for ``he``/``she`` in an English article."""
    check(pipeline, body, expected)
