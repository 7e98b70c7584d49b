"""Issue 14 (find28): that-clauses of a verb of saying the parse hangs elsewhere (real model).

Texts are written for these tests, paraphrasing common news constructions: a second
that-clause joined after the first (or after an aside), a ``that`` after ``said in a
release`` read as a relative pronoun, a that-clause hung on the listener of ``told``, and a
finding whose inverted cue the parse made a conjunct.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of


def reported(pipeline: Pipeline, body: str,
             cue_kind: str = "speech") -> list[tuple[str, str | None]]:
    """(text, speaker) of every indirect quote of the body of one cue kind."""
    return [(q.text, q.speaker) for q in quotes_of(pipeline, body)
            if q.kind == "indirect" and q.cue_kind == cue_kind and q.field == "body"]


@pytest.mark.parametrize(("body", "expected"), [
    ("Ackah said it had, and that 11 of the new positions would be civilians.",
     [("it had, and that 11 of the new positions would be civilians", "Ackah")]),
    ("Wenzlaff said he accepted that the addiction was real, but that it could not explain "
     "the length of the fraud.",
     [("he accepted that the addiction was real, but that it could not explain the length "
       "of the fraud", "Wenzlaff")]),
    ("Maria Tellez added later, standing outside the courthouse, that her client would "
     "appeal the verdict.",
     [("that her client would appeal the verdict", "Maria Tellez")]),
    # A second sentence of the writer's, joined with no that: not said.
    ("Maria Tellez said the verdict was wrong, and the jury left the courthouse.",
     [("the verdict was wrong", "Maria Tellez")]),
])
def test_joined_that_clause(pipeline: Pipeline, body: str,
                            expected: list[tuple[str, str | None]]) -> None:
    """``said it had, and that 11 ...``: a that-clause the parse made a conjunct of the verb
    of saying is said too."""
    assert reported(pipeline, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Elections BC said in a release that voters can cast a ballot at any advance "
     "voting location in the province.",
     [("that voters can cast a ballot at any advance voting location in the province",
       "Elections BC")]),  # the body as written (orgs30, place_bodies.purpose_and_place)
    # A real relative clause on the release: nothing said.
    ("The agency said in a release that it posted on Friday.", []),
])
def test_that_read_as_relative(pipeline: Pipeline, body: str,
                               expected: list[tuple[str, str | None]]) -> None:
    """``said in a release that voters can cast a ballot``: a ``that`` the parse read as the
    object of a verb that has an object already is the complementiser."""
    assert reported(pipeline, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Director of education Simone Adeyemi-Larkin told trustees that the board had no "
     "legal option but to balance its budget.",
     [("that the board had no legal option but to balance its budget",
       "Simone Adeyemi-Larkin")]),
    # Told the truth: a thing, nothing said.
    ("Simone Adeyemi-Larkin told the truth.", []),
])
def test_told_listener_clause(pipeline: Pipeline, body: str,
                              expected: list[tuple[str, str | None]]) -> None:
    """``told trustees that the board had ...``: the that-clause hung on the listener is
    what was told."""
    assert reported(pipeline, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Most residents who died were alone at home, and fewer than one in five had any "
     "contact with addictions services in the previous month, a review by the chief "
     "coroner has found.",
     [("Most residents who died were alone at home, and fewer than one in five had any "
       "contact with addictions services in the previous month",
       "review by the chief coroner")]),
    # A court's ruling after its clause is reported speech (find26), no second finding.
    ("Police must obtain a warrant before searching the location history of a suspect's "
     "phone, the Supreme Court of Canada ruled Friday in a decision that civil liberties "
     "groups hailed as a landmark.", []),
])
def test_inverted_finding(pipeline: Pipeline, body: str,
                          expected: list[tuple[str, str | None]]) -> None:
    """``..., a review by the coroner has found``: a finding verb after its clause, parsed
    as a conjunct, finds the whole claim before its comma (``fronted.conjoined_claim``)."""
    assert reported(pipeline, body, "finding") == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Some market participants flagged concerns about the company's rising debt.",
     [("concerns about the company's rising debt", "Some market participants")]),
    ("Several doctors raised doubts about the new screening program.",
     [("doubts about the new screening program", "Several doctors")]),
    # Raising money, taxes or a child: no attitude.
    ("The council raised taxes by four per cent last year.", []),
    ("The campaign raised $2 million in the first quarter.", []),
])
def test_raised_concerns(pipeline: Pipeline, body: str,
                         expected: list[tuple[str, str | None]]) -> None:
    """``raised concerns about X``, ``flagged doubts``: a concern raised is made known, as an
    expressed one (a belief), only with a noun of concern as the object."""
    assert reported(pipeline, body, "belief") == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Harbour Homes hired Lin Partners as its financial adviser, while Grant Osei acted as "
     "its legal counsel, the company said.",
     [("Harbour Homes hired Lin Partners as its financial adviser, while Grant Osei acted as "
       "its legal counsel", "company")]),
    # The cue before: a contrast after what was said is the writer's.
    ("Sanders said he leads among young voters, while Clinton has soared in the polls.",
     [("he leads among young voters", "Sanders")]),
])
def test_contrast_before_inverted_cue(pipeline: Pipeline, body: str,
                                      expected: list[tuple[str, str | None]]) -> None:
    """``A advised the buyer, while B advised the seller, the company said``: a contrast
    clause before a cue that follows it is said too."""
    assert [(t, s) for t, s in reported(pipeline, body)][:1] == expected
