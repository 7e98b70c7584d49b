"""``la coprésidente Léa Fankhauser``, ``le cofondateur``: a role with ``co`` before it is a
role, and the name after it speaks."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # za5 of the tuning: the quote had no speaker.
    ("Au comité, la déception se mêle à la fierté. « Nous avons perdu une bataille », a "
     "réagi la coprésidente Léa Fankhauser.", "Léa Fankhauser"),
    ("La jeune pousse a levé 40 millions. « Nous allons recruter cent ingénieurs », a déclaré "
     "le cofondateur Karim Benjelloun.", "Karim Benjelloun"),
    # Guard: the plain role, as before.
    ("Au comité, la déception se mêle à la fierté. « Nous avons perdu une bataille », a "
     "réagi la présidente Léa Fankhauser.", "Léa Fankhauser"),
])
def test_a_co_role_holds_the_name_after_it(pipeline: Pipeline, body: str,
                                           expected: str) -> None:
    """``», a réagi la coprésidente Léa Fankhauser``: hers."""
    assert french_quotes(pipeline, body)[-1].speaker == expected
