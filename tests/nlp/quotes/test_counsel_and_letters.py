"""A role word opening the sentence with its office (``Counsel for X,``) is a description,
not a name, and the name set off after it is the speaker, the letters after that name
(``SC``) no organisation's (real model).

Sentences from the fresh English tuning article j11 (round twenty, enppl37); the solicitor's
row is written for the test.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check

_J11 = ("Counsel for the HSE, Declan Furlong SC, had argued during the eight-day hearing that "
        "the slide was ‘at the very limits of what a screener could reasonably detect’ and that "
        "the delay in diagnosis had not changed the outcome. Counsel for Corrib Diagnostics, "
        "Aoife Brennan SC, told the court the laboratory had followed the standards in place "
        "at the time.")


@pytest.mark.parametrize(("body", "expected"), [
    # The model reads "Declan Furlong SC" as an organisation.
    (_J11, [("at the very limits of what", "Declan Furlong", "person")]),
    ("The hearing resumed on Monday.\n\nSolicitor for the family, Ciarán Doyle, said the "
     "inquest had \"failed them at every turn\".",
     [("failed them at every turn", "Ciarán Doyle", "person")]),
])
def test_a_role_opening_the_sentence_is_described_by_the_name_after_it(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Counsel for the HSE, Declan Furlong SC, had argued``: Declan Furlong speaks, not the
    phrase ``Counsel for the HSE``."""
    check(pipeline, body, expected)
