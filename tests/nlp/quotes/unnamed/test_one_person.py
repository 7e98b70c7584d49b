"""Issue 14 contract: an unnamed single person is a ``person`` whose speaker is its phrase
(real model; sentences paraphrase common news constructions)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.extract import lexicon_for
from newswire.nlp.quotes.unnamed.one_person import is_unnamed_person
from tests.nlp.quotes.test_french import french_quotes
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("The council met late on Tuesday. “We will not raise taxes this year,” the mayor said.",
     [("We will not raise taxes", "mayor", "person")]),
    ("Roads were closed for hours. “Crews worked through the night,” a council spokesperson "
     "said.",
     [("Crews worked through the night", "council spokesperson", "person")]),
    ("The video was shared thousands of times. “We were never told,” one commenter wrote.",
     [("We were never told", "one commenter", "person")]),
    ("The talks stalled again on Friday. “Nobody is moving,” a senior official said.",
     [("Nobody is moving", "senior official", "person")]),
    # Guards: several people, or a collective noun, stay a group.
    ("The talks stalled again on Friday. “Nobody is moving,” officials said.",
     [("Nobody is moving", "officials", "group")]),
    # "every", "each": several people, each speaking.
    ("The chase ended near the river. Every officer said the suspect had fled on foot.",
     [("the suspect had fled", "officer", "group")]),
    ("A Yarmouth woman spent 11 hours on a stretcher. “Nobody told us anything,” the family "
     "said in a statement.",
     [("Nobody told us anything", "family", "group")]),
    # A role whose holder the article names is that person, as before.
    ("Mayor Doug McCallum opened the meeting. “The police transition is on track,” the mayor "
     "said.",
     [("The police transition", "Doug McCallum", "person")]),
])
def test_an_unnamed_single_person_is_a_person(pipeline: Pipeline, body: str,
                                              expected: list[Expected]) -> None:
    """``the mayor``, ``a council spokesperson``: kind ``person``, speaker the phrase."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Le conseil a siégé tard mardi. « Nous n’augmenterons pas les taxes », a déclaré le maire.",
     [("Nous n’augmenterons pas les taxes", "maire", "person")]),
    ("Le conseil a siégé tard mardi. « Nous n’augmenterons pas les taxes », ont déclaré les "
     "élus.",
     [("Nous n’augmenterons pas les taxes", "élus", "group")]),
    ("Le conseil a siégé tard mardi. Chaque élu a déclaré que les taxes n’augmenteraient pas.",
     [("que les taxes n’augmenteraient pas", "élu", "group")]),
])
def test_an_unnamed_single_person_is_a_person_in_french(pipeline: Pipeline, body: str,
                                                        expected: list[Expected]) -> None:
    """``le maire`` with no one named: kind ``person``; ``les élus`` a group."""
    quotes = french_quotes(pipeline, body)
    for start, speaker, kind in expected:
        quote = next(q for q in quotes if q.text.startswith(start))
        assert (quote.speaker, quote.speaker_kind) == (speaker, kind), quote


@pytest.mark.parametrize(("language", "text", "word", "unnamed"), [
    # English: a noun for one who does, by its tag and its ending or the short-noun list.
    ("en", "“Nobody told us anything,” one parent said.", "parent", True),
    ("en", "“It went well,” the moderator said.", "moderator", True),
    ("en", "“It went well,” the company said.", "company", False),
    # French: a singular noun brought in by un/une, whatever it ends with.
    ("fr", "« On leur dit la vérité », résume un moniteur.", "moniteur", True),
    ("fr", "« On ne lâchera rien », affirment des salariés.", "salariés", False),
    ("fr", "« Le chantier avance », a assuré le maire.", "maire", False),
])
def test_one_unnamed_person_in_either_language(pipeline: Pipeline, language: str, text: str,
                                               word: str, unnamed: bool) -> None:
    """One predicate says, in English and in French, that a noun is one unnamed person."""
    doc = pipeline.models.full(language)(text)
    head = next(t for t in doc if t.text == word)
    assert is_unnamed_person(head, lexicon_for(language)) is unnamed


@pytest.mark.parametrize(("body", "expected"), [
    # Welsh local news: the force's appeal after a crash.
    ("A man died after a crash on the A48 on Sunday. Police said the driver “was pronounced "
     "dead at the scene” and appealed for witnesses.",
     [("was pronounced dead at the scene", "Police", "organization")]),
    # Canadian city desk: a place before the noun, a statement.
    ("Toronto police said in a statement that officers “will maintain a presence at the "
     "rally” through the weekend.",
     [("will maintain a presence", "Toronto police", "organization")]),
    # A detective named bare before, then a negation: the force, not her.
    ("Detective Sergeant Anna Price said the arrest was “a significant step”. Police did not "
     "say whether “further arrests were expected in the coming days”.",
     [("further arrests were expected", "Police", "organization")]),
    # Guards: officers of a kind, or counted, are a group of people.
    ("Riot police said protesters had “thrown stones and bottles at the lines” before the "
     "square was cleared.",
     [("thrown stones and bottles", "Riot police", "group")]),
    ("Two police said they had seen “nothing unusual in the area” that night.",
     [("nothing unusual in the area", "Two police", "group")]),
    # Counted without a number (review50): officers polled, a group.
    ("Many police say they feel “abandoned by the government”, a survey found.",
     [("abandoned by the government", "Many police", "group")]),
])
def test_the_police_force_speaks_as_an_organisation(pipeline: Pipeline, body: str,
                                                    expected: list[Expected]) -> None:
    """``Police said``, ``Toronto police said``: the force (``organization``); ``riot
    police``, ``two police``: officers, a group."""
    check(pipeline, body, expected)
