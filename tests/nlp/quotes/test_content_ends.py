"""What was said ends before a clause set against it after a comma (recall21): ``, while
...``, ``, although ...`` are the writer's (PolNeAR marks them apart); without the comma the
clause is part of what was said.

Texts are written for these tests, paraphrasing constructions of PolNeAR train articles.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_topics import Row, indirect_of


@pytest.mark.parametrize(("body", "expected"), [
    ("Ann Lee argued that the system is rigged against women, while her rival has soared "
     "in the polls.",
     [("that the system is rigged against women", "speech", "Ann Lee")]),
    ("Ann Lee said the plan would cut taxes, although critics say it will raise the deficit.",
     [("the plan would cut taxes", "speech", "Ann Lee"),
      ("it will raise the deficit", "speech", "critics")]),
    # No comma: the clause is part of what was said.
    ("Ann Lee said she would vote for the plan while she was in Ottawa.",
     [("she would vote for the plan while she was in Ottawa", "speech", "Ann Lee")]),
])
def test_contrast_ends_the_content(pipeline: Pipeline, body: str,
                                   expected: list[Row]) -> None:
    """A contrasting clause after a comma is not part of what was said."""
    assert indirect_of(quotes_of(pipeline, body)) == expected
