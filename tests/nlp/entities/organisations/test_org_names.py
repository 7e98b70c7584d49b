"""Organisations' names that the small English model cuts (real model): a union local's
number (``[Unifor Local] 2289``), an ``and`` inside the name (``[Department of Higher
Education] and [Training]``), a capitalised common word after ``the`` (``the Airline
[Carriers Council]``), ``of``/``for`` after a body's head noun (``[Tea Board] of Kenya``)
belong to the name; two bodies side by side stay two.

Texts are written for these tests, in the phrasing of Canadian, African and US news.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # A union local named by its number.
    ("The city's largest union, CUPE Local 1989, said the cuts \"will land on the people "
     "who keep this city running.\"",
     [("will land on the people", "CUPE Local 1989", "organization")]),
    # A ministry of two portfolios.
    ("The Department of Higher Education and Training said in a statement that \"a joint "
     "task team will reconcile the data within 14 days.\"",
     [("a joint task team", "Department of Higher Education and Training", "organization")]),
    # A council of two professions.
    ("The Kenya Medical Practitioners and Dentists Council reminded practitioners that "
     "\"emergency services must be provided at all times.\"",
     [("emergency services must", "Kenya Medical Practitioners and Dentists Council",
       "organization")]),
    # A capitalised common word between "the" and the model's name.
    ("The Airline Carriers Council said it \"welcomed the vote\" on Friday.",
     [("welcomed the vote", "Airline Carriers Council", "organization")]),
    # Guard: two bodies named side by side stay two (no common word after "and").
    ("The Department of Justice and Google said in a joint filing that \"the parties have "
     "reached an agreement in principle.\"",
     [("the parties have reached", "Department of Justice", "organization")]),
    # Guards (review46): a whole name before "and" (an acronym; a "Body of ..." before
    # words ending on a body's head noun) and another body's name after it stay two.
    ("The FBI and Secret Service said in a statement that the threat \"is being taken "
     "seriously.\"",
     [("is being taken seriously", "Federal Bureau of Investigation", "organization")]),
    ("The Ministry of Education and Teachers Union said in a joint statement that talks "
     "\"are progressing.\"",
     [("are progressing", "Ministry of Education", "organization")]),
    # A body's head noun and what or where it is for, after "of"/"for" (East African,
    # Canadian and wire copy; the model cut the name at the preposition).
    ("The Tea Board of Kenya, which regulates the sector, said in a statement that it was "
     "\"reviewing the accounts\" of several factories.",
     [("reviewing the accounts", "Tea Board of Kenya", "organization")]),
    ("The New Brunswick Coalition for Tenants' Rights said the cap should \"apply between "
     "tenancies\" too.",
     [("apply between tenancies", "New Brunswick Coalition for Tenants' Rights",
       "organization")]),
    ("The men crossed from Belarus, according to Ukraine's Coordination Headquarters for the "
     "Treatment of Prisoners of War, which said they were \"exhausted but alive\".",
     [("exhausted but alive", "Coordination Headquarters for the Treatment of Prisoners of War",
       "organization")]),
    # Guards: a weekday after "for" is no part of the name; a person's name after a title
    # runs past the words, so the body stays as the model read it.
    ("The Electoral Commission for Thursday's vote said turnout was \"strong in every "
     "district\".",
     [("strong in every district", "Electoral Commission", "organization")]),
    ("The Harbour Board of Trustees Chairman John Smith said the port would \"stay open all "
     "winter\".",
     [("stay open all winter", "John Smith", "person")]),
    # Guard (polnear47): a force after a ministry's name is a body of its own.
    ("The Department of Homeland Security and Border Patrol said in a joint statement that "
     "arrests \"fell sharply in March.\"",
     [("fell sharply in March", "Department of Homeland Security", "organization")]),
    # orgs56: a name listing its fields with commas and "and" after "the" (a national
    # agency, a union of trades); the model starts it after the last comma.
    ("The Philippine Atmospheric, Geophysical and Astronomical Services Administration "
     "said the typhoon would \"weaken slightly\" before landfall.",
     [("weaken slightly", "Philippine Atmospheric, Geophysical and Astronomical Services "
       "Administration", "organization")]),
    ("The Shop, Distributive and Allied Employees' Association, which represents retail "
     "staff, said the closures were \"a body blow for workers\".",
     [("a body blow for workers", "Shop, Distributive and Allied Employees' Association",
       "organization")]),
    # Passes on base56 (the model reads the whole name already): a guard that the rule keeps
    # it whole, not a row of the rule's own.
    ("Asked about the cuts, the Scientific, Technical and Professional Staff Union said "
     "members were \"ready to strike\".",
     [("ready to strike", "Scientific, Technical and Professional Staff Union",
       "organization")]),
    # Guards: names listed before another name stay apart (no common words), and so do
    # places listed before a body.
    # (``the`` before the list: the rule's word test is reached and refuses ``Fiat``.)
    ("Talks with the Fiat, Renault and Peugeot management ended on Monday. Peugeot said the "
     "offer was \"final\".",
     [("final", "Peugeot", "organization")]),
    ("The Ontario, Quebec and Alberta Teachers' Association said the deal was \"a first "
     "step\".",
     [("a first step", "Alberta Teachers' Association", "organization")]),
    # Guards (review56 F1): parties listed before "Party", and bodies sharing a plural head
    # after the name, stay apart.
    ("The Liberal, Conservative and Green Party leaders debated on Thursday. The Green "
     "Party said the climate was \"ignored again\".",
     [("ignored again", "Green Party", "organization")]),
    ("The Regular, Reserve and Territorial Army chiefs met on Monday. The Territorial Army "
     "said recruitment was \"falling fast\".",
     [("falling fast", "Territorial Army", "organization")]),
])
def test_an_organisation_name_cut_by_the_model_is_whole(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """An organisation's name cut by the model is the speaker's whole name."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "kept", "not_made"), [
    # review56 F1: parties listed before "Party" and a plural head shared after the name.
    ("The Liberal, Conservative and Green Party candidates all said the bridge should be "
     "rebuilt.", "Green Party", "Liberal, Conservative and Green Party"),
    ("The Conservative, Labour and Liberal Democrat leaders met the Green Party on Monday.",
     "Green Party", "Conservative, Labour and Liberal Democrat"),
    # Bodies listed by their own head nouns are bodies of their own.
    ("The Council, Commission and European Parliament said they would act fast.",
     "European Parliament", "Council, Commission and"),
])
def test_a_list_of_bodies_stays_a_list(pipeline: Pipeline, body: str, kept: str,
                                       not_made: str) -> None:
    """Bodies listed with commas and ``and`` before a shared head are not one name."""
    from newswire.models import RawArticle

    names = [e.name for e in pipeline.enrich(RawArticle(id="t", text=body)).entities]
    assert kept in names, names
    assert not any(n.startswith(not_made) for n in names), names
