"""A bare ``counsel`` in English court copy is the barrister named before
(``quotes/roles/bare_court_roles.py``; real model, sentences written for these tests)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # Irish court copy: a senior counsel's letters, then "Counsel said" opening a sentence.
    ("Michael Ryan SC, defending, said his client was remorseful. Counsel said Mr Byrne had "
     "no previous convictions and had been a carer for his wife.",
     [("Mr Byrne had no previous convictions", "Michael Ryan", "person")]),
    # Sri Lankan court copy: "Defence counsel" before the name, "counsel told court".
    ("The hearing resumed on Monday. Defence counsel Anil Perera said his client was being "
     "made a scapegoat. \"My client denies these allegations,\" counsel told court.",
     [("My client denies these allegations", "Anil Perera", "person")]),
    # Nigerian tribunal copy: the counsel's letters after a comma.
    ("Counsel to the governor, Mr Tunde Adeyemi, SAN, urged the tribunal to dismiss the "
     "petition. \"The petitioner has proved nothing,\" counsel said.",
     [("The petitioner has proved nothing", "Tunde Adeyemi", "person")]),
    # Two barristers: the last one named before; a victim named between is no barrister.
    ("Prosecuting counsel Grainne O'Neill said the attack was unprovoked. Senior counsel for "
     "the accused, Brian Daly, said his client was sorry. Counsel said his client had no "
     "previous convictions.",
     [("his client had no previous convictions", "Brian Daly", "person")]),
    ("Michael Ryan SC, defending, said his client was remorseful. The victim, Patrick Doyle, "
     "was 71. Counsel said Mr Byrne had been a carer for his late wife.",
     [("Mr Byrne had been a carer", "Michael Ryan", "person")]),
    # Guards (as before): no barrister named before (a judge is none), a counsel for a party
    # (a description of its own), an owner's counsel, counsel as no subject.
    ("Judge Mary Ellen Ring said the charges were serious. Counsel said the accused would "
     "plead not guilty.",
     [("the accused would plead not guilty", "Counsel", "group")]),
    ("Michael Ryan SC, defending, said his client was remorseful. Counsel for the HSE said "
     "the agency had reviewed its procedures.",
     [("the agency had reviewed its procedures", "Counsel for the HSE", "group")]),
    # review55's F10: a modifier names another barrister than the one named before.
    ("Senior counsel Remy Farrell said the State would appeal the ruling. Junior counsel said "
     "the papers would be lodged on Friday.",
     [("the papers would be lodged on Friday", "Junior counsel", "person")]),
    ("Mr Justice Paul Burns said the offence was grave. Patrick Doyle's family were in court. "
     "\"He was a gentle man,\" his counsel said.",
     [("He was a gentle man", "counsel", "person")]),
])
def test_bare_counsel_is_the_barrister_named_before(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Counsel said``, ``counsel told court``: the barrister the report named before."""
    check(pipeline, body, expected)
