"""A club named by its city and a plural nickname (``Montreal Canadiens``): one organisation."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.organisations.clubs import city_clubs
from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.test_extract import entities, named


@pytest.mark.parametrize(
    ("body", "name", "mentions"),
    [
        # The model reads "Montreal" as a place and "Canadiens" as a person.
        ("The Montreal Canadiens beat the Toronto Maple Leafs 4-2 on Saturday night. Nick "
         "Suzuki scored twice for the Canadiens.", "Montreal Canadiens",
         ["Montreal Canadiens", "Canadiens"]),
        ("The Montreal Canadiens beat the Toronto Maple Leafs 4-2 on Saturday night.",
         "Toronto Maple Leafs", ["Toronto Maple Leafs"]),
        ("David Segui drove in two runs as the Montreal Expos shut out the San Francisco "
         "Giants 3-0.", "San Francisco Giants", ["San Francisco Giants"]),
        ("Mark Hutton scattered four hits to lead the Florida Marlins past the St. Louis "
         "Cardinals. The Marlins won for the third time.", "Florida Marlins",
         ["Florida Marlins", "Marlins"]),
        ("The Boston Red Sox lost again.", "Boston Red Sox", ["Boston Red Sox"]),
    ],
)
def test_a_city_and_a_plural_nickname_are_one_club(
    pipeline: Pipeline, body: str, name: str, mentions: list[str]
) -> None:
    """The city and the nickname make one ORG, which the nickname alone names again."""
    entity = named(entities(pipeline, body), name)
    assert (entity.type, [m.text for m in entity.mentions]) == ("ORG", mentions)


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        ("The Montreal Canadiens won.", ["Montreal Canadiens"]),
        ("Nick Suzuki scored for the Toronto Maple Leafs.", ["Toronto Maple Leafs"]),
        # A place's own plural, a party's members, a people, an event, a market: no club.
        ("Tourists flocked to Niagara Falls on Sunday.", []),
        ("Ontario Liberals chose a new leader.", []),
        ("Kosovo Albanians marched in Pristina.", []),
        ("The Atlanta Olympics opened.", []),
        ("Tokyo Stocks fell.", []),
        # A person's name opening with a city's ("Elizabeth", NJ), a word whose "s" is no
        # plural's, a people, a place after a place, a sentence's end between: no club.
        ("Elizabeth Banks and George Soros gave money.", []),
        ("Voters met at the Iowa Caucus in Washington D.C. This was new.", []),
        ("Northern Europeans live in New South Wales.", []),
        ("He told the Wall Street Journal. Friends agreed.", []),
        ("The San Bernardino Christmas party ended.", []),
        # No listed place before the plural.
        ("The Fighting Irish and the Crimson Tide met.", []),
    ],
)
def test_only_a_listed_place_and_a_nickname_make_a_club(text: str, clubs: list[str]) -> None:
    """A listed place before a plural that is no nickname (``Niagara Falls``) is no club."""
    assert [text[s:e] for s, e in city_clubs(text)] == clubs
