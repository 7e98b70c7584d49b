"""Corner brackets quote as curly marks do in an English text (real model).

Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of

_LEAD = "Prime Minister Kenji Morishita spoke to reporters in Tokyo on Tuesday.\n\n"


@pytest.mark.parametrize(("body", "expected"), [
    # A colon quote: direct, its marks outside the text.
    (_LEAD + "Morishita said: 「We will not retreat from this plan.」",
     [("We will not retreat from this plan.", "direct", "Kenji Morishita")]),
    # A split quote, its second part after the cue.
    (_LEAD + "「We will not retreat,」 Morishita said. 「The economy comes first.」",
     [("We will not retreat,", "direct", "Kenji Morishita"),
      ("The economy comes first.", "direct", "Kenji Morishita")]),
    # A paragraph that is only a quote continues the last speaker; 『』 nest inside.
    (_LEAD + "「We will not retreat,」 Morishita said.\n\n「They told us 『soon』 again.」",
     [("We will not retreat,", "direct", "Kenji Morishita"),
      ("They told us 『soon』 again.", "direct", "Kenji Morishita")]),
    # A partial quote inside a clause.
    (_LEAD + "The plan, which Morishita called 「a bridge to the future,」 passed.",
     [("a bridge to the future,", "partial", "Kenji Morishita")]),
])
def test_corner_brackets_quote(pipeline: Pipeline, body: str,
                               expected: list[tuple[str, str, str]]) -> None:
    """「」 (and 『』 inside) are quotation marks: direct and partial quotes with speakers."""
    found = [(q.text, q.kind, q.speaker) for q in quotes_of(pipeline, body)
             if q.kind in ("direct", "partial")]
    assert found == expected
