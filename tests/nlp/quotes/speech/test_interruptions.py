"""A said clause interrupted by a dash pair or parentheses runs to its end (real model)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.speech.test_reported import reported


@pytest.mark.parametrize(("body", "expected"), [
    # The sample: the parse cut the vow at the first dash and hung "will join" on "returns".
    ("NATO returns on Tuesday to the scene of one of its most controversial decisions, "
     "intent on repeating its vow that Ukraine — now suffering through the 10th month of a "
     "war against Russia — will join the world’s biggest military alliance one day.",
     [("that Ukraine — now suffering through the 10th month of a war against Russia — will "
       "join the world’s biggest military alliance one day", "NATO")]),
    ("The governor repeated her promise that the bridge — closed since a flood in March — "
     "would reopen before winter.",
     [("her promise that the bridge — closed since a flood in March — would reopen before "
       "winter", "governor")]),
    # Guards: a pair the parse already keeps inside the clause, and a parenthesis.
    ("The minister said that the plan — which critics call reckless — will be dropped next "
     "year.",
     [("that the plan — which critics call reckless — will be dropped next year",
       "minister")]),
    ("The company said its new plant (which it announced in May) will open next year.",
     [("its new plant (which it announced in May) will open next year", "company")]),
])
def test_interrupted_clause_runs_to_its_end(pipeline: Pipeline, body: str,
                                           expected: list[tuple[str, str]]) -> None:
    """What was said runs past a dash pair or parentheses that interrupt it, to its end."""
    assert reported(pipeline, body) == expected
