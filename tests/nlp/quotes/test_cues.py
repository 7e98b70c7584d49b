"""Issue 14e: the subject of a cue, for grammar the cue's own clause decides (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The one asked is the passive subject; the one asking speaks.
    ("Marco Rubio was asked by moderator Gerard Baker whether his tax plan would risk "
     "“adding another costly program to a strained budget.”",
     [("adding another costly", "Gerard Baker", "person")]),
    ("“We will not wait for Congress,” the governor was told by her chief of staff, Ann Lee.",
     [("We will not wait", "Ann Lee", "person")]),
    # "quoted" is no verb of saying: the one quoted still speaks.
    ("Ann Lee was quoted by the Dayton Daily News as saying the plan was “dead on arrival in "
     "the House.”",
     [("dead on arrival", "Ann Lee", "person")]),
])
def test_passive_speech_verb_speaks_through_its_agent(pipeline: Pipeline, body: str,
                                                      expected: list[Expected]) -> None:
    """A passive verb of saying with ``by X`` is X's, not its subject's."""
    check(pipeline, body, expected)
