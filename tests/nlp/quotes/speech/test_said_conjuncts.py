"""A verb of saying joined inside what was said is the speaker's next statement
(``said_conjuncts``): ``announced that A and vowed to B`` is two pieces of reported speech,
both the speaker's (real model).

Texts are written for these tests, after sentences of PolNeAR train articles and of
Canadian news.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of

Row = tuple[str, str | None]


def _reported(pipeline: Pipeline, body: str) -> list[Row]:
    return [(q.text, q.speaker) for q in quotes_of(pipeline, body) if q.kind == "indirect"]


@pytest.mark.parametrize(("body", "expected"), [
    ("Anthony Weiner announced that he was undergoing therapy and vowed to focus on being a "
     "better father.",
     [("that he was undergoing therapy", "Anthony Weiner"),
      ("to focus on being a better father", "Anthony Weiner")]),
    ("Justice Ruth Bader Ginsburg said last week that she did not want to think about the "
     "possibility that Trump would be president and predicted that Hillary Clinton will win.",
     [("that she did not want to think about the possibility that Trump would be president",
       "Ruth Bader Ginsburg"),
      ("that Hillary Clinton will win", "Ruth Bader Ginsburg")]),
    # The joined verb speaks for the first verb's speaker, not for its clause's subject.
    ("Nigel Farage said the warning showed the president did not know what he was talking "
     "about, and accused Downing Street of putting words in his mouth.",
     [("the warning showed the president did not know what he was talking about",
       "Nigel Farage"),
      ("Downing Street of putting words in his mouth", "Nigel Farage")]),
    ("Premier Danielle Smith said the hospital would open next year and urged Ottawa to pay "
     "its share of the cost.",
     [("the hospital would open next year", "Danielle Smith"),
      ("Ottawa to pay its share of the cost", "Danielle Smith")]),
    # A joined verb of doing is left in: only meaning tells whose act it is.
    ("The company said sales fell 12 percent in the quarter and cut its forecast by 18 "
     "percent.",
     [("sales fell 12 percent in the quarter and cut its forecast by 18 percent", "company")]),
    # With an auxiliary of its own, or after "but", it is said of the clause's subject.
    ("A senior defense official said the admiral had been briefed within an hour and had "
     "asked commanders for options to bolster escorts.",
     [("the admiral had been briefed within an hour and had asked commanders for options to "
       "bolster escorts", "senior defense official")]),
    ("Governor Evelyn Marchetti said the council had discussed a further cut but concluded "
     "that the economy did not need more stimulus.",
     [("the council had discussed a further cut but concluded that the economy did not need "
       "more stimulus", "Evelyn Marchetti")]),
    # A bare participle joined to another is done to someone, not said.
    ("Prosecutors said the executive arrested and charged with fraud this month would not "
     "attend the hearing.",
     [("the executive arrested and charged with fraud this month would not attend the "
       "hearing", "Prosecutors")]),
    # Beyond PolNeAR: "added", "warned", "insisted" after a state; "denied ... and said".
    ("The mayor said the plan was sound and added that it would pass next month.",
     [("the plan was sound", "mayor"), ("that it would pass next month", "mayor")]),
    ("Mayor Olivia Chow said the report was wrong and warned that the city would sue.",
     [("the report was wrong", "Olivia Chow"), ("that the city would sue", "Olivia Chow")]),
    ("The senator denied that he had taken the money and said he would fight the charges.",
     [("that he had taken the money", "senator"), ("he would fight the charges", "senator")]),
    # A person's next act in the same simple past is theirs, not the speaker's statement.
    ("Police said the suspect entered the bank and told a teller he had a gun.",
     [("the suspect entered the bank and told a teller he had a gun", "Police")]),
    ("Witnesses said the man ran into the street and shouted that he had a bomb.",
     [("the man ran into the street and shouted that he had a bomb", "Witnesses")]),
])
def test_joined_verb_of_saying_ends_what_was_said(pipeline: Pipeline, body: str,
                                                   expected: list[Row]) -> None:
    """What was said ends before a joined verb of saying with no subject of its own, which
    reports speech of its own for the same speaker."""
    assert _reported(pipeline, body) == expected
