"""Irish offices before a name (real model): ``Taoiseach Micheál Martin said`` is a person
speaking with the role ``Taoiseach``, not an organisation, and ``The Taoiseach, X,`` leaves
no stray ``Taoiseach`` organisation behind.

Texts are written for these tests, in the phrasing of Irish national papers, RTÉ's site and
a regional weekly.
"""

from __future__ import annotations

import pytest

from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The office before the name, a pronoun after (review53's M2).
    ("Taoiseach Micheál Martin said the budget would protect pensions. \"We will not leave "
     "anyone behind,\" he said.",
     [("the budget would protect", "Micheál Martin", "person"),
      ("We will not leave", "Micheál Martin", "person")]),
    # The Tánaiste, then the office alone later: the same person.
    ("Tánaiste Simon Harris told the Dáil the plan was sound. Later, the Tánaiste said the "
     "Government \"will not be lectured\" by the Opposition.",
     [("the plan was sound", "Simon Harris", "person"),
      ("will not be lectured", "Simon Harris", "person")]),
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


@pytest.mark.parametrize(("body", "entity", "kept"), [
    ("Mary Lou McDonald said the housing plan had failed. The Taoiseach, Micheál Martin, "
     "rejected that.", "Taoiseach", False),
    ("The Taoiseach, Seán Ó Dálaigh, said the Government would not be rushed.", "Taoiseach",
     False),
    ("Tánaiste Simon Harris spoke first. The Tánaiste said the deal was fair.", "Tánaiste",
     False),
    # Guard: the department keeps its name.
    ("The Department of the Taoiseach said the report was due.", "Department of the Taoiseach",
     True),
])
def test_an_irish_office_alone_is_no_entity(pipeline: Pipeline, body: str, entity: str,
                                            kept: bool) -> None:
    """``Taoiseach`` or ``Tánaiste`` alone is a title, not an organisation of its own."""
    event = pipeline.enrich(RawArticle(id="t", text=body))
    assert (entity in {e.name for e in event.entities}) is kept
