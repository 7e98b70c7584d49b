"""Issue 14 (enfound40): a said clause whose verb goes on with another sharing its subject is
one statement, reported whole with the quotation it holds (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.speech.test_that_clauses import reported


@pytest.mark.parametrize(("body", "expected"), [
    # The quotation in the second verb's half: the first half alone lost it.
    ("Housing Minister Dana Whitlock said the government welcomed the audit and was "
     "“already moving” on several of its recommendations.",
     [("the government welcomed the audit and was “already moving” on several of its "
       "recommendations", "Dana Whitlock")]),
    # The quotation in the first half: the second half is still the statement's.
    ("The health board said the clinic was \"under review\" and would stay open until March.",
     [("the clinic was \"under review\" and would stay open until March", "health board")]),
    # Guard: a comma before the "and": the speaker's own act after the statement.
    ("Kanazawa said late on Wednesday that demand from carmakers had been \"weaker than "
     "anticipated\" in November, and cut its forecast by 18%.",
     [("that demand from carmakers had been \"weaker than anticipated\" in November",
       "Kanazawa"), ("cut its forecast by 18%", "Kanazawa")]),
    # Guard: a joined clause with its own "that" is a second statement, reported apart.
    ("The union said the offer was \"an insult\" and that members would vote on it next week.",
     [("that members would vote on it next week", "union")]),
    # Guard: a joined clause with a subject of its own is a second statement too.
    ("The mayor said the budget was \"a mess\" and councillors would have to start over.",
     [("councillors would have to start over", "mayor")]),
])
def test_a_clause_going_on_with_its_subject_is_reported_whole(
        pipeline: Pipeline, body: str, expected: list[tuple[str, str | None]]) -> None:
    """``said the government welcomed the audit and was "already moving" on ...``: the
    whole clause is what was said, not the half before the ``and``."""
    assert reported(pipeline, body) == expected
