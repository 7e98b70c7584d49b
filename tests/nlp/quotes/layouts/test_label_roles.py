"""A transcript's one-word title label is the person the article titled so before it
(:mod:`newswire.nlp.quotes.layouts.label_roles`; real model).

Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of

_SESSION = ("The Governor, Dr. Kwabena Owusu-Ansah, said the committee judged that inflation "
            "was on the way down.\n\n"
            "Journalist: Will lending rates come down soon?\n\n"
            "Governor: The transmission takes time. Banks are still cleaning up their books.\n\n"
            "Journalist: Is the cut politically motivated?\n\n"
            "Governor: No. We looked at the data and nothing else.")


@pytest.mark.parametrize(("body", "expected"), [
    (_SESSION, [("The transmission takes time. Banks are still cleaning up their books.",
                 "Kwabena Owusu-Ansah"),
                ("No. We looked at the data and nothing else.", "Kwabena Owusu-Ansah")]),
    # Guard: a title the article gives nobody stands for no one.
    (_SESSION.replace("Governor:", "Chairman:"), []),
])
def test_title_labels(pipeline: Pipeline, body: str, expected: list[tuple[str, str]]) -> None:
    """A title label's turns are the titled person's; an unheld title's are nobody's."""
    turns = [(q.text, q.speaker) for q in quotes_of(pipeline, body)
             if q.kind == "direct" and q.cue is not None and q.cue.text.endswith(":")
             and q.speaker != "a journalist"]
    assert turns == expected
