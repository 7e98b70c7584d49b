"""Irish offices before a name (real model): ``Taoiseach Micheál Martin said`` is a person
speaking with the role ``Taoiseach``, not an organisation.

Texts are written for these tests, in the phrasing of Irish national papers, RTÉ's site and
a regional weekly.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The office before the name, a pronoun after (review53's M2).
    ("Taoiseach Micheál Martin said the budget would protect pensions. \"We will not leave "
     "anyone behind,\" he said.",
     [("the budget would protect", "Micheál Martin", "person"),
      ("We will not leave", "Micheál Martin", "person")]),
    # The Tánaiste, in a parliamentary report's phrasing.
    ("Tánaiste Simon Harris told the Dáil the plan was sound.",
     [("the plan was sound", "Simon Harris", "person")]),
    # Guard: the office alone, its holder never named, speaks as before (the article's
    # "the Taoiseach"; read as a role noun it went to another person named nearby).
    ("Opposition TD Niamh Carey said the closures were \"a disgrace\". The Taoiseach "
     "rejected the criticism. Speaking in the Dáil, he said crime was falling.",
     [("a disgrace", "Niamh Carey", "person"),
      ("crime was falling", "Taoiseach", "person")]),
    # The Dáil's chair, a woman's pronoun after.
    ("Ceann Comhairle Verona Murphy asked deputies to withdraw the remark. \"That is not "
     "acceptable in this House,\" she said.",
     [("That is not acceptable", "Verona Murphy", "person")]),
    # Guard: a person named bare before, then the office set off with its holder.
    ("Mary Lou McDonald said the housing plan had failed. The Taoiseach, Micheál Martin, "
     "rejected that, saying the plan was \"working\".",
     [("the housing plan had failed", "Mary Lou McDonald", "person"),
      ("working", "Micheál Martin", "person")]),
    # Guard: the department named after the office is a body; its spokesperson speaks.
    ("A spokesperson for the Department of the Taoiseach said the report would be published "
     "next week.",
     [("the report would be published", "spokesperson for the Department of the Taoiseach",
       "person")]),
])
def test_an_irish_office_before_a_name_is_a_title(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """An Irish office before a name is the person's title, and the person speaks."""
    check(pipeline, body, expected)
