"""Issue 14 (enspan41): a verb of urging reports who is to act with the act (real model).

Texts are written for these tests, paraphrasing common political news: ``urged him to
resign``, ``called on the former secretary of state to release ...``. PolNeAR marks the
object and the to-clause as what was said; the to-clause alone was too short to report
(``to resign``) or missed the one told (``to do more``).
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_finding import reported


@pytest.mark.parametrize(("body", "expected"), [
    ("Christie urged him to resign.", [("him to resign", "Christie")]),
    ("The White House urged the technology industry to do more.",
     [("the technology industry to do more", "White House")]),
    ("Sanders called on the former secretary of state to release the transcripts.",
     [("the former secretary of state to release the transcripts", "Sanders")]),
    ("The governor criticized the mayor and urged him to resign.",
     [("the mayor", "governor"), ("him to resign", "governor")]),
    # Not a verb of urging: the letter is what was written, not who is to act.
    ("The senator wrote a letter to the agency on Tuesday.", []),
    # A to-clause with no object keeps its own words.
    ("The mayor promised to rebuild the bridge within a year.",
     [("to rebuild the bridge within a year", "mayor")]),
])
def test_urged_object(pipeline: Pipeline, body: str,
                      expected: list[tuple[str, str | None]]) -> None:
    """``urged him to resign``: the object a verb of urging tells to act opens what was said."""
    assert reported(pipeline, body) == expected
