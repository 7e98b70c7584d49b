"""Places the model cuts or mistypes though their written form says what they are: a
province abbreviated after a place, a town named with a royal title, a place's last word
(fresh, hand-written Canadian news)."""

from __future__ import annotations

import pytest

from newswire.nlp.boilerplate.datelines import find_dateline
from newswire.nlp.entities.extract import Context, extract_entities
from newswire.nlp.entities.geography.towns import body_towns
from newswire.nlp.entities.spans.mentions import Mention
from newswire.nlp.pipeline import Pipeline

Named = set[tuple[str, str]]


def named(pipeline: Pipeline, body: str) -> Named:
    """(name, type) of every entity, read as the pipeline does: re-cased capitals, dateline."""
    context = Context(model=pipeline.nlp, dateline=find_dateline(body))
    return {(e.name, e.type)
            for e in extract_entities(pipeline.nlp(""), pipeline.nlp(body), context)}


@pytest.mark.parametrize(("body", "expected", "absent"), [
    ("OAKVILLE, Ont. — Ford Motor Co. said Tuesday it would add a third shift at its "
     "Oakville plant.", {("Oakville", "GPE"), ("Ont", "GPE")}, {("Ont", "PERSON")}),
    ("MONTREAL, Que. — The province's nurses walked off the job on Monday.",
     {("Que", "GPE")}, {("Que", "PERSON")}),
    ("CALGARY, Alta. — Oil prices rose on Monday.", {("Alta", "GPE")}, {("Alta", "ORG")}),
    ("ST. JOHN'S, Nfld. — The fishery reopened on Monday.", {("Nfld", "GPE")},
     {("Nfld", "PERSON")}),
    ("WINNIPEG, Man. — Police said two men were arrested.", {("Man", "GPE")}, set()),
    # The model's own place is kept ("B.C." after "VICTORIA,").
    ("VICTORIA, B.C. — The premier said the budget would be balanced by 2027.",
     {("Victoria", "GPE"), ("B.C.", "GPE")}, set()),
])
def test_a_province_abbreviated_after_a_place_is_a_place(
        pipeline: Pipeline, body: str, expected: Named, absent: Named) -> None:
    """"OAKVILLE, Ont.": the province's abbreviation is a GPE, not a person "Ont"."""
    found = named(pipeline, body)
    assert expected <= found
    assert not absent & found


def test_a_provinces_abbreviation_is_looked_for_only_after_a_place(pipeline: Pipeline) -> None:
    """"WINNIPEG, Man." is Manitoba; "the Man in the photo" later is no mention of it."""
    body = ("WINNIPEG, Man. — A man was charged on Tuesday. Police said the Man in the photo "
            "was not the suspect.")
    context = Context(model=pipeline.nlp, dateline=find_dateline(body))
    found = extract_entities(pipeline.nlp(""), pipeline.nlp(body), context)
    assert [len(e.mentions) for e in found if e.name == "Man"] == [1]


@pytest.mark.parametrize(("body", "expected", "absent"), [
    ("A man from Prince Albert, Sask., was charged with murder on Tuesday.",
     {("Prince Albert", "GPE"), ("Sask", "GPE")}, {("Albert", "PERSON")}),
    ("Prince Albert police said the suspect was arrested. Prince Albert is the province's "
     "third-largest city.", {("Prince Albert", "GPE")}, {("Albert", "PERSON")}),
    ("Prince Rupert, B.C., is a port city on the north coast.", {("Prince Rupert", "GPE")},
     {("Rupert", "PERSON")}),
    # A prince with no place's words around him stays a person.
    ("Prince Harry, the Duke of Sussex, said he would return to Britain.",
     {("Harry", "PERSON")}, {("Prince Harry", "GPE")}),
])
def test_a_town_named_with_a_royal_title_is_a_place(
        pipeline: Pipeline, body: str, expected: Named, absent: Named) -> None:
    """"Prince Albert, Sask.", "Prince Albert police": the town, title included."""
    found = named(pipeline, body)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize(("body", "expected", "absent"), [
    ("Firefighters were called to a house in Hammonds Plains on Saturday morning.",
     {("Hammonds Plains", "GPE")}, {("Hammonds", "GPE")}),
    ("A wildfire near Hammonds Plains forced 16,000 people from their homes.",
     {("Hammonds Plains", "GPE")}, {("Hammonds Plains", "FAC")}),
    ("The Tantallon wildfire spread to Hammonds Plains and Upper Tantallon on Monday.",
     {("Hammonds Plains", "GPE")}, {("Hammonds Plains", "ORG")}),
])
def test_a_places_last_word_makes_a_place(
        pipeline: Pipeline, body: str, expected: Named, absent: Named) -> None:
    """"Hammonds Plains": a town, whole, whatever facility or organisation the model read."""
    found = named(pipeline, body)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize(("form", "expected"), [
    ("Galway Chamber", {"galway"}),
    ("Cork Chamber of Commerce", {"cork"}),
    ("Dublin City Council", {"dublin"}),
    ("Rhondda Cynon Taf Council", {"rhondda cynon taf"}),
    ("Kerry County Council", {"kerry"}),
    # No town before it, or no local body's word after it.
    ("Council", set()),
    ("Galway United", set()),
    ("the Chamber", set()),
])
def test_the_town_a_local_body_is_named_after(form: str, expected: set[str]) -> None:
    """A chamber's or a council's name gives the town it is named after, normalised."""
    mention = Mention(field="body", start=0, end=len(form), text=form)
    assert body_towns([mention]) == frozenset(expected)
