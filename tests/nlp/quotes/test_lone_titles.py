"""Issue 14: a headline's bare title that speaks (``Governor says``) is whom the body's ``the
Governor, Dr. X,`` names, the role written capitalised there (real model; texts written for
these tests after a tuning article's shape)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of, speaker_starting


@pytest.mark.parametrize(("title", "body", "start", "expected"), [
    # The body writes the role capitalised, the holder's name set off after it.
    ("Central bank cuts rate; Governor says 'disinflation is on course'",
     "Announcing the decision in Accra on Monday, the Governor, Dr. Kwabena Owusu-Ansah, "
     "said the committee was satisfied that inflation was falling.",
     "disinflation is on course", "Kwabena Owusu-Ansah"),
    # One holder of the office named: as before.
    ("Mayor says the bridge will open in May",
     "Mayor Olivia Chow said the bridge was nearly done. Crews worked through the night.",
     "the bridge will open in May", "Olivia Chow"),
])
def test_a_headlines_bare_title_is_the_bodys_holder(pipeline: Pipeline, title: str,
                                                    body: str, start: str,
                                                    expected: str) -> None:
    """``Governor says`` is whom the body's capitalised ``the Governor, Dr. X,`` names; a
    titled holder is found as before."""
    assert speaker_starting(quotes_of(pipeline, body, title), start) == expected
