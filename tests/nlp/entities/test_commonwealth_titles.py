"""Commonwealth councillors' and legislators' titles before a name, with the real model: the
person's entity and the quotes' speaker read the full name, the title is no part of it."""

from __future__ import annotations

import pytest

from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline


def _person(pipeline: Pipeline, body: str, surname: str) -> tuple[str, str | None, set[str]]:
    """The person entity whose name ends with ``surname``: its name, role, and the speakers
    of the quotes it is given."""
    event = pipeline.enrich(RawArticle(id="t", text=body))
    people = [e for e in event.entities if e.type == "PERSON" and e.name.endswith(surname)]
    speakers = {q.speaker for q in event.quotes if q.speaker and surname in q.speaker}
    return (people[0].name, people[0].role, speakers) if len(people) == 1 else ("", None,
                                                                               speakers)


@pytest.mark.parametrize(("body", "surname", "expected"), [
    # Brisbane: "Cr" for a councillor, the Lord Mayor too; his office says more.
    ("Brisbane Lord Mayor Graham Thistlewood has defended the council's budget.\n\n"
     "Cr Thistlewood said the works were needed regardless of the Games.\n\n"
     "\"This isn't money for a stadium,\" Cr Thistlewood said.",
     "Thistlewood", ("Graham Thistlewood", "Mayor", {"Graham Thistlewood"})),
    # The model reads "Cr Fairclough" as an organisation.
    ("Greens councillor Toby Fairclough went further.\n\n"
     "\"You can dress it up with trees and paths, but you are putting a stadium in a "
     "heritage-listed park,\" Cr Fairclough said.",
     "Fairclough", ("Toby Fairclough", "Councillor", {"Toby Fairclough"})),
    # An Australian upper house's member, the letters before the name.
    ("But independent MLC Rosalind Farquhar, whose vote the government needs, said the bill "
     "was \"a developer's wish list dressed up as a housing policy\".",
     "Farquhar", ("Rosalind Farquhar", "MLC", {"Rosalind Farquhar"})),
    ("Federal member Anika Wells MHR said the funding was overdue. \"We have waited long "
     "enough,\" Ms Wells said.",
     "Wells", ("Anika Wells", None, {"Anika Wells"})),
    # Britain's "Cllr", read as the same role.
    ("Cllr Graham Whitely, the leader of the Conservative group, said the plan was \"a "
     "shambles from start to finish\".",
     "Whitely", ("Graham Whitely", "Councillor", {"Graham Whitely"})),
    # New Zealand's courtesy "Hon." is no role.
    ("The Hon. Chris Bishop said the bill would pass. \"It will be law by June,\" Mr Bishop "
     "said.",
     "Bishop", ("Chris Bishop", None, {"Chris Bishop"})),
])
def test_a_commonwealth_title_is_no_part_of_the_name(
        pipeline: Pipeline, body: str, surname: str,
        expected: tuple[str, str | None, set[str]]) -> None:
    """``Cr Thistlewood`` after ``Lord Mayor Graham Thistlewood`` is Graham Thistlewood, his
    role still Mayor; ``MLC Rosalind Farquhar`` is Rosalind Farquhar."""
    assert _person(pipeline, body, surname) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # An Australian insurer: "MLC" before a company's last word is no member's title.
    ("Shares in MLC Limited rose 3 per cent after the insurer's results.",
     [("MLC Limited", "ORG")]),
    ("MLC Limited chief executive Geoff Lloyd said the insurer would cut fees.",
     [("MLC Limited", "ORG"), ("Geoff Lloyd", "PERSON")]),
    ("Shares in Cr Holdings fell 5 per cent.", [("Cr Holdings", "ORG")]),
])
def test_a_title_that_opens_a_company_s_name_makes_no_person(
        pipeline: Pipeline, body: str, expected: list[tuple[str, str]]) -> None:
    """``MLC Limited`` stays the company (it was the person ``Limited``, role MLC; ``Cr
    Holdings`` the person ``Holdings``, a Councillor)."""
    event = pipeline.enrich(RawArticle(id="t", text=body))
    assert [(e.name, e.type) for e in event.entities] == expected
