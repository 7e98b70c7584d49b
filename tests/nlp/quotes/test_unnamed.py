"""Issue 14: unnamed people the lexicon does not list speak as their phrase (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("A man in the crowd interrupted the mayor. “You broke your promise,” the man said.",
     [("You broke your promise", "man", "person")]),
    ("The video was shared thousands of times. “We were never told,” one commenter wrote.",
     [("We were never told", "one commenter", "person")]),  # orgs31: "one" stays
    ("The debate ran long on Thursday. “The rules are clear,” the moderator said.",
     [("The rules are clear", "moderator", "person")]),
    # find30: a family (a victim's, a patient's) speaks as its phrase.
    ("A Yarmouth woman spent 11 hours on a stretcher. “Nobody told us anything,” the family "
     "said in a statement.",
     [("Nobody told us anything", "family", "group")]),
])
def test_unnamed_person_is_its_phrase(pipeline: Pipeline, body: str,
                                      expected: list[Expected]) -> None:
    """A man or woman word, or a noun for one who does (``commenter``), speaks as its phrase."""
    check(pipeline, body, expected)



@pytest.mark.parametrize(("body", "expected"), [
    ("Sanders is disavowing remarks made by a campaign surrogate who said voters shouldn’t "
     "continue to elect corporate Democrats.",
     [("voters shouldn’t continue", "campaign surrogate", "group")]),
    # "which" says nothing of a person: the pattern is no speaker.
    ("The study found a pattern which said voters were tired.",
     [("voters were tired", None, "unknown")]),
])
def test_a_noun_a_who_clause_hangs_on_is_one_person(pipeline: Pipeline, body: str,
                                                     expected: list[Expected]) -> None:
    """A noun no list holds with ``who`` after it speaks as its phrase, one with ``which`` not."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("But some who advocate free speech argue that relying on companies is hard.",
     [("that relying on companies", "some who advocate free speech", "group")]),
    ("Many who voted for him said they regret it.",
     [("they regret it", "Many who voted for him", "group")]),
    # A bare quantifier as the subject is a group by its word (the fresh gold writes `Some`
    # with the people it counts in `also`; enkinds38).
    ("Some said the plan was fair.", [("the plan was fair", "Some", "group")]),
])
def test_some_who_is_a_group_by_its_words(pipeline: Pipeline, body: str,
                                          expected: list[Expected]) -> None:
    """``some who advocate free speech``: a quantifier with a ``who`` clause speaks as those
    words; alone as the subject, as its word."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Experts said the law was weak. People who have battled other online threats say the "
     "companies must act.",
     [("the companies must act", "People who have battled other online threats", "group")]),
    ("A man who lives nearby said the fire started at noon.",
     [("the fire started at noon", "man who lives nearby", "person")]),
    # A clause set off by a comma tells more of them, not which ones; one neighbour is one
    # person (round nineteen, roles36: short nouns for one person).
    ("A neighbour, who declined to give her name, said the fire started at noon.",
     [("the fire started at noon", "neighbour", "person")]),
    # The clause that reports the quote is no description of its speaker.
    ("Sanders is disavowing remarks made by a campaign surrogate who said voters shouldn’t "
     "continue to elect corporate Democrats.",
     [("voters shouldn’t continue", "campaign surrogate", "group")]),
])
def test_a_who_clause_says_which_ones(pipeline: Pipeline, body: str,
                                      expected: list[Expected]) -> None:
    """An unnamed source's phrase keeps the ``who`` clause that says which ones, not the one
    that reports the quote."""
    check(pipeline, body, expected)
