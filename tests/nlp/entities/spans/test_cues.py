"""The words around a name against the model's type: a title or a person's pronoun makes a
person, a workplace's words an organisation; a describing noun is no part of the name; a
body's last word makes an organisation (fresh, hand-written modern news)."""

from __future__ import annotations

import pytest

from newswire.models import Entity
from newswire.nlp.entities.clustering.clusters import Cluster
from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.entities.roles.descriptors import descriptor
from newswire.nlp.entities.spans.mentions import Mention
from newswire.nlp.pipeline import Pipeline


def named(pipeline: Pipeline, body: str) -> set[tuple[str, str]]:
    """(name, type) of every entity extracted from ``body``."""
    found: list[Entity] = extract_entities(pipeline.nlp(""), pipeline.nlp(body))
    return {(e.name, e.type) for e in found}


@pytest.mark.parametrize(("body", "expected", "absent"), [
    # A person's pronoun after the surname; the surname joins the full name read as ORG.
    ("Nazem Kadri had a goal and an assist for the Flames. Kadri said he was tired after "
     "the game.", {("Nazem Kadri", "PERSON")}, {("Nazem Kadri", "ORG"), ("Kadri", "ORG")}),
    ("A spokeswoman for Christie said the former champion had agreed. Christie did not "
     "announce his decision until Thursday.", {("Christie", "PERSON")}, {("Christie", "ORG")}),
    # A title before the name.
    ("State Department spokesman Glyn Davies said the talks would resume. Davies said he "
     "knew of no plans to return the man.", {("Glyn Davies", "PERSON")},
     {("Glyn Davies", "ORG")}),
    # No cue: an institution, an object's pronoun, a people.
    ("The Senate delayed confirming his nomination. The Senate said it would vote next week.",
     {("Senate", "ORG")}, {("Senate", "PERSON")}),
    ("Ibrahim told Reuters by telephone from his embassy office that he was leaving.",
     set(), {("Reuters", "PERSON")}),
    ("A British minister expressed his government's regret.", set(), {("British", "PERSON")}),
])
def test_a_title_or_a_persons_pronoun_makes_a_person(
        pipeline: Pipeline, body: str, expected: set[tuple[str, str]],
        absent: set[tuple[str, str]]) -> None:
    """A name read as an organisation is a person's with a title before it or "he"/"his"
    after it; not an institution's, a place's or a people's, nor after an object."""
    found = named(pipeline, body)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize(("body", "expected", "absent"), [
    ('"Margins are under pressure," said Stacy Rasgon, an analyst at Bernstein.',
     {("Bernstein", "ORG")}, {("Bernstein", "GPE")}),
    ("Analysts said demand was slowing. Shares of Nvidia fell 3 per cent on Tuesday.",
     {("Nvidia", "ORG")}, {("Nvidia", "GPE")}),
    ("He told the Bengali newspaper Banglabazar Patrika on Tuesday that the threats were "
     "real.", {("Banglabazar Patrika", "ORG")}, {("Banglabazar Patrika", "PERSON")}),
    ("Talks continued with German retailer Rewe on Monday.", {("Rewe", "ORG")},
     {("Rewe", "PERSON")}),
    # A listed place stays one.
    ("An economist at Toronto said rates would fall.", set(), {("Toronto", "ORG")}),
])
def test_a_workplaces_words_make_an_organisation(
        pipeline: Pipeline, body: str, expected: set[tuple[str, str]],
        absent: set[tuple[str, str]]) -> None:
    """"an analyst at X", "shares of X", "the newspaper X": X is an organisation whatever
    place or person the model read, unless the gazetteer lists it as a place."""
    found = named(pipeline, body)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize(("body", "expected", "absent"), [
    ("Chipmaker Veltrix said on Monday it would cut 300 jobs. Veltrix shares fell 4 per cent.",
     {("Veltrix", "ORG")}, {"Chipmaker Veltrix"}),
    ("Carmaker Stellantis said it would close the plant in Windsor.",
     {("Stellantis", "ORG")}, {"Carmaker Stellantis"}),
    ("Frenchman Jean Alesi came fourth in his Benetton.", {("Jean Alesi", "PERSON")},
     {"Frenchman Jean Alesi"}),
    ("Midfielder Paulo Sousa joined Juventus on Monday.", {("Paulo Sousa", "PERSON")},
     {"Midfielder Paulo Sousa"}),
    # A nationality or a surname-like noun stays in the name.
    ("American Airlines said fares would rise. British Airways cancelled flights.",
     {("American Airlines", "ORG"), ("British Airways", "ORG")}, set()),
])
def test_a_describing_noun_is_no_part_of_the_name(
        pipeline: Pipeline, body: str, expected: set[tuple[str, str]],
        absent: set[str]) -> None:
    """An industry's or a person's noun before a name ("Chipmaker", "Frenchman") is left
    out and says the type; a nationality's adjective stays ("American Airlines")."""
    found = named(pipeline, body)
    assert expected <= found
    assert not absent & {name for name, _ in found}


@pytest.mark.parametrize(("name", "label", "expected"), [
    ("South End Residents' Association", "FAC", "ORG"),
    ("Lakeview Homeowners Association", "FAC", "ORG"),
    ("Halifax Regional Council", "GPE", "GPE"),  # a place's vote stays
    ("West Bank", "GPE", "GPE"),
])
def test_a_bodys_last_word_makes_an_organisation(name: str, label: str,
                                                  expected: str) -> None:
    """A name ending in "Association", "Committee", "Society"... read as a facility is an
    organisation."""
    mentions = [Mention("body", i * 100, i * 100 + len(name), name, label) for i in range(2)]
    assert Cluster(name.casefold(), mentions).type() == expected


@pytest.mark.parametrize(("span", "label", "expected"), [
    ("Chipmaker Veltrix", "PERSON", ("Veltrix", "ORG")),
    ("Spaniard Conchita Martinez", "ORG", ("Conchita Martinez", "PERSON")),
    ("Belgian Bruno Thiry", "PERSON", ("Bruno Thiry", "PERSON")),
    ("American Kimberly Po", "ORG", ("American Kimberly Po", "ORG")),  # no person's vote
    ("American Airlines", "PERSON", ("American Airlines", "PERSON")),  # one word after it
    ("Singer World Series", "EVENT", ("Singer World Series", "EVENT")),  # a brand
    ("Midfielder said", "PERSON", ("Midfielder said", "PERSON")),  # no name after it
])
def test_the_describing_word_and_the_type_it_gives(
        span: str, label: str, expected: tuple[str, str]) -> None:
    """What is left of a span once its describing word goes, and the type that word says."""
    start, retyped = descriptor(span, 0, len(span), label)
    assert (span[start:], retyped) == expected


@pytest.mark.parametrize(("body", "expected", "absent"), [
    ("A spokesman for the Romanian health ministry said the hospital had no licence.",
     {("Romanian", "NORP")}, {("Romanian", "ORG")}),
    # A language stays one.
    ("Rubio answered the question in Spanish, then repeated it in English.",
     {("Spanish", "LANGUAGE")}, {("Spanish", "NORP")}),
])
def test_a_nationality_is_no_organisation(
        pipeline: Pipeline, body: str, expected: set[tuple[str, str]],
        absent: set[tuple[str, str]]) -> None:
    """"the Romanian health ministry" read as an organisation and cut to "Romanian": a
    nationality (NORP); a language keeps its type."""
    found = named(pipeline, body)
    assert expected <= found
    assert not absent & found
