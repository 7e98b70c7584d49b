"""A member of a group speaks for the group (``nlp/quotes/unnamed/members.py``; real model)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("Clinton will hold most of the delegates by June.\n\"There won't be a path for Bernie to "
     "succeed,\" said one of those advisers, who spoke on the condition of anonymity.",
     [("There won't be", "one of those advisers", "person")]),  # enspk40: one person
    ("The witnesses told the same story.\n“It was unseemly. He kept calling her a liar,” said "
     "one of two witnesses who relayed it.",
     [("It was unseemly", "two witnesses", "group")]),  # a count stays in the phrase
    # find30 gave "One of them" the group "them" stands for; enspk40: one person of it, by
    # the phrase (the fresh gold's single unnamed source) ...
    ("Two senior officials familiar with the talks said the deal was close. One of them said "
     "the minister had already signed the draft.",
     [("the minister had already signed", "One of them", "person")]),
    # ... unless a name is set off after it.
    ("Several residents spoke at the hearing. One of them, Leonard Piche, told the court he "
     "had been trapped for days.",
     [("he had been trapped", "Leonard Piche", "person")]),
])
def test_one_of_a_group_speaks_for_the_group(pipeline: Pipeline, body: str,
                                             expected: list[Expected]) -> None:
    """``said one of those advisers``, ``One of them said``: the speaker is the group, not a
    number."""
    check(pipeline, body, expected)
