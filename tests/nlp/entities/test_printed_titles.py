"""Issue 14: titles and letters kept in printed names that the small English model types as
an organisation (``Engr``, ``Alhaji``, ``DSP``, ``Reeve``, ``MS``, ``TD``): the person still
has an entity named without them, and speaks under that name (real model; texts written for
these tests after tuning articles' shapes)."""

from __future__ import annotations

import pytest

from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline


def _speakers(pipeline: Pipeline, body: str) -> list[str | None]:
    """The speakers of the article's quotes, in order."""
    return [q.speaker for q in pipeline.enrich(RawArticle(id="t", text=body)).quotes]


@pytest.mark.parametrize(("body", "expected"), [
    # A Nigerian engineer's title, dropped as "Dr" is.
    ("The main opposition candidate, Engr Folorunsho Ajibade, accused officials of \"cooking "
     "figures in a hotel room\".",
     "Folorunsho Ajibade"),
    # A police rank written as letters: the model types "DSP Thapa" ORG.
    ("Deputy Superintendent of Police Krishna Bahadur Thapa said the search had resumed.\n\n"
     "\"We have recovered four bodies so far,\" DSP Thapa said.",
     "Krishna Bahadur Thapa"),
    # A Welsh Member of the Senedd's letters after the name, typed ORG.
    ("The Welsh Conservatives' health spokesman, Rhodri Gwynne MS, said the Welsh Government "
     "had \"presided over a decade of decline\".",
     "Rhodri Gwynne"),
    # An Irish TD's letters, typed ORG.
    ("Sinn Féin's justice spokesman, Pádraig Ó Dálaigh TD, said the Government had \"lost "
     "control of the basic job of keeping people safe\".",
     "Pádraig Ó Dálaigh"),
    # A party and a TD's letters before a name the model leaves unlabelled.
    ("Labour TD Ronan Fahy was unconvinced. He said the Taoiseach was \"hiding behind the "
     "Commissioner\".",
     "Ronan Fahy"),
    # A US representative's title in full before a name the model leaves unlabelled.
    ("“These are people who packed up their lives to come work for veterans,” said "
     "Representative Luz Marroquín, a New Mexico Democrat.",
     "Luz Marroquín"),
    # A Prairie reeve's title.
    ("\"This fire is moving faster than any model predicted,\" county Reeve Harlan Dufresne "
     "said at a briefing.",
     "Harlan Dufresne"),
])
def test_a_printed_title_is_no_part_of_the_speakers_name(pipeline: Pipeline, body: str,
                                                         expected: str) -> None:
    """The last quote's speaker is the person's name without the title or letters."""
    assert _speakers(pipeline, body)[-1] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Guards: letters that open or end other names stay theirs.
    ("Shares of MS Amlin rose 3 per cent, the company said in a statement on Friday.",
     "MS Amlin"),
    ("TD Securities said in a note that the bank would cut rates twice.", "TD Securities"),
    # Police ranks' letters open companies' and fund managers' names too.
    ("\"We remain confident in our enrichment technology,\" ASP Isotopes said in a statement "
     "on Monday.", "ASP Isotopes"),
    ("\"Markets will stay volatile,\" DSP Investment Managers said on Tuesday.",
     "DSP Investment Managers"),
])
def test_letters_that_open_a_companys_name_stay(pipeline: Pipeline, body: str,
                                               expected: str) -> None:
    """A company whose name holds the letters keeps them and is no person."""
    event = pipeline.enrich(RawArticle(id="t", text=body))
    assert all(e.type != "PERSON" for e in event.entities if expected.endswith(e.name))


@pytest.mark.parametrize(("body", "party"), [
    # A party's name and its member's letters before the member's name: a title.
    ("\"This budget fails families,\" said Welsh Labour MS Jenny Rathbone.", "Welsh Labour"),
])
def test_a_party_and_its_members_letters_are_no_person(pipeline: Pipeline, body: str,
                                                     party: str) -> None:
    """The words before a legislator's letters that open a title are no person's name."""
    event = pipeline.enrich(RawArticle(id="t", text=body))
    assert (party, "PERSON") not in {(e.name, e.type) for e in event.entities}
