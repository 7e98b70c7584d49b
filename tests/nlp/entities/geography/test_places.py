"""The wider gazetteer (pycountry and GeoNames places): what it types, and the persons it leaves."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.words.aliases import table
from newswire.nlp.entities.words.names import normalise
from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.test_extract import entities, named


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # The model reads the city as a person or an organisation once and as a place once:
        # a place.
        ("Hamilton police said a man was taken to hospital. The victim lives in Hamilton.",
         "Hamilton", "GPE"),
        ("The mayor of Kamloops said the city would open an evacuation centre. Crews in "
         "Kamloops worked overnight.", "Kamloops", "GPE"),
        # A province's name of two words is no person's.
        ("Nova Scotia's Michelle Thompson, who chaired the meeting, said the provinces would "
         "keep talking.", "Nova Scotia", "GPE"),
        # Read as a person at every mention, a name stays a person: in political news such
        # names are mostly persons' ("Būsh" in Egypt, "Preston" in England).
        ("Bush said the war was just. The Bush administration disagreed.", "Bush", "PERSON"),
        ("Preston told the court he was innocent.", "Preston", "PERSON"),
        # A city may be named after a person (a borough of Mexico City): the person stays.
        ("Benito Juarez said the law would stand.", "Benito Juarez", "PERSON"),
        # A first name opens it: a person, though Eugene (Oregon) is a city.
        ("Eugene told the court he was innocent.", "Eugene", "PERSON"),
        ("Hamilton said the plan was a giveaway. Lewis Hamilton and Alexander Hamilton "
         "disagreed.", "Hamilton", "PERSON"),
        # A place's name the model calls a company at every mention stays one: companies
        # share them.
        ("Toyota said sales fell in March. Toyota shares rose in Tokyo.", "Toyota", "ORG"),
        ("Halifax said mortgage approvals rose in May.", "Halifax", "ORG"),
        # The model's region stays a region (Cameroon's "South" region is no GPE here).
        ("Voters across the South backed the governor.", "South", "LOC"),
    ],
)
def test_the_wider_gazetteer_types_a_place_but_not_a_person(
    pipeline: Pipeline, body: str, name: str, expected: str
) -> None:
    """A split person/ORG vote on a listed place is a GPE; a unanimous one or a first name stays."""
    assert named(entities(pipeline, body), name).type == expected


@pytest.mark.parametrize(
    ("name", "listed"),
    [
        ("Saskatchewan", True),
        ("Nova Scotia", True),
        ("Calgary", True),
        ("Winnipeg", True),
        ("Punjab", True),
        ("Split", False),
        ("Reading", False),
        ("Mobile", False),
        ("Bath", False),
        ("Obama", False),
    ],
)
def test_the_wider_gazetteer_holds_places_not_common_words(name: str, listed: bool) -> None:
    """Provinces and large cities are listed; common words and small towns are not."""
    assert (normalise(name) in table().gazetteer) is listed


def test_every_gazetteer_key_is_its_name_normalised() -> None:
    """The keys stored by bench/places_table.py are what lookups normalise names to."""
    wrong = {k: v for k, v in table().gazetteer.items() if normalise(v) != k}
    assert not wrong


@pytest.mark.parametrize(
    ("name", "region"),
    [("Nova Scotia", True), ("British Columbia", True), ("Canada", True), ("Calgary", False),
     ("Benito Juarez", False)],
)
def test_regions_are_countries_and_subdivisions(name: str, region: bool) -> None:
    """Countries and provinces are regions of the gazetteer; cities are not."""
    assert (normalise(name) in table().regions) is region


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # The model reads the city as a person or a company at every mention, but a noun of a
        # place's institutions or people follows it: a place.
        ("Surrey council approved the plan on Monday. The vote was close.", "Surrey", "GPE"),
        ("Edmonton's mayor said the budget would be tabled next week.", "Edmonton", "GPE"),
        ("Kelowna residents were told to boil their water.", "Kelowna", "GPE"),
        ("Hamilton police said a man was taken to hospital.", "Hamilton", "GPE"),
        # The model's product ("Winnipeg police said") is overruled only with such a noun.
        ("Winnipeg police said a man was arrested downtown.", "Winnipeg", "GPE"),
        # A local government's word between: "regional council".
        ("Halifax regional council voted 12-4 to approve the budget on Tuesday.", "Halifax",
         "GPE"),
        # A person's or a company's nouns are not a place's: they stay.
        ("The Bush administration disagreed. Bush said the war was just.", "Bush", "PERSON"),
        ("The Toyota plant will close. Toyota said sales fell.", "Toyota", "ORG"),
        ("The Kennedy family said the house would be sold. Kennedy said he was sorry.",
         "Kennedy", "PERSON"),
        # A first name opens it: the person stays, whatever follows.
        ("Eugene police said the suspect fled.", "Eugene", "PERSON"),
    ],
)
def test_a_place_noun_after_a_listed_name_votes_for_a_place(
    pipeline: Pipeline, body: str, name: str, expected: str
) -> None:
    """A wider-gazetteer name followed by council, police, residents, mayor ... is a GPE."""
    assert named(entities(pipeline, body), name).type == expected


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # Read as a person or a company at every mention, but the words around one mention
        # make it a place: its state after a comma, "X-based", "capital", "town of",
        # "province of".
        ("Lauck, from Lincoln, Nebraska, yelled at the court.", "Lincoln", "GPE"),
        ("The Edmonton-based company said profits rose. Edmonton said it would appeal.",
         "Edmonton", "GPE"),
        ("Fighting erupted in the Chechen capital Grozny on Thursday.", "Grozny", "GPE"),
        ("Cholera has killed five people in the central Senegal town of Kaolack, officials "
         "said.", "Kaolack", "GPE"),
        ("Gunmen have killed with impunity across the northwest province of Antioquia for "
         "years.", "Antioquia", "GPE"),
        # "in" before a name the model calls a person's: a place.
        ("A shipload of rice arrived in Umm Qasr on Monday.", "Umm Qasr", "GPE"),
        # "in" before a company's name is no place's; nor is a country after a comma with a
        # possessive, nor "in" before a person's possessive.
        ("Shares in Toyota rose 2 percent. Toyota said sales were strong.", "Toyota", "ORG"),
        ("Toyota, Japan's biggest carmaker, said sales rose. Toyota said it would hire.",
         "Toyota", "ORG"),
        ("Voters lost faith in Bush's plan. Bush said the war was just.", "Bush", "PERSON"),
    ],
)
def test_words_around_a_listed_name_make_it_a_place(
    pipeline: Pipeline, body: str, name: str, expected: str
) -> None:
    """A listed name after "capital", "town of", "in", or before ", Nebraska", "-based": a GPE."""
    assert named(entities(pipeline, body), name).type == expected


@pytest.mark.parametrize(
    ("body", "place", "person"),
    [
        # The model read the place's first word as a person: the place is whole, the title
        # after it is the person's.
        ("Nova Scotia Premier Tim Houston has promised provincial funding for the new "
         "hospital wing.", "Nova Scotia", "Tim Houston"),
        # The model missed the place: it is found, the person keeps the title.
        ("New Brunswick Premier Susan Holt said the province would review the plan.",
         "New Brunswick", "Susan Holt"),
        # The model read it whole: unchanged.
        ("British Columbia Premier David Eby announced the measures on Tuesday.",
         "British Columbia", "David Eby"),
    ],
)
def test_a_long_place_the_model_cut_or_missed_is_one_place(pipeline: Pipeline, body: str,
                                                           place: str, person: str) -> None:
    """A gazetteer place of two words or more before a title is one GPE, no word of it a name."""
    found = entities(pipeline, body)
    assert [(e.name, e.type) for e in found if e.type != "PERSON"] == [(place, "GPE")]
    assert [(e.name, e.role) for e in found if e.type == "PERSON"] == [(person, "Premier")]


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # Words that make a name longer, or an organisation's word after it: no place cut
        # out of it.
        ("The University of New Brunswick raised tuition by 4 per cent.",
         "University of New Brunswick", "ORG"),
        ("Nova Scotia Power asked the regulator for a 14 per cent rate increase.",
         "Nova Scotia Power", "ORG"),
        ("The New York Times reported the deal on Sunday.", "New York Times", "ORG"),
    ],
)
def test_a_long_place_inside_a_longer_name_stays_in_it(pipeline: Pipeline, body: str,
                                                       name: str, expected: str) -> None:
    """A gazetteer place inside a longer name is not cut out of it."""
    assert named(entities(pipeline, body), name).type == expected


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # People live in a place: read as a company at every mention, it is a place.
        ("The new schedule will cut waits by up to 20 minutes for riders in Dartmouth, "
         "Halifax Transit said.", "Dartmouth", "GPE"),
        ("Residents of Dartmouth were told to boil their water until Friday.", "Dartmouth",
         "GPE"),
        # Something happens "in" it.
        ("The festival in Dartmouth drew about 4,000 people on Saturday.", "Dartmouth", "GPE"),
        # A company's shares and stakes are "in" it too: the company stays.
        ("Shares in Toyota rose 2 percent. Toyota said sales were strong.", "Toyota", "ORG"),
        ("Investors took a stake in Toyota last year. Toyota said it would hire.", "Toyota",
         "ORG"),
    ],
)
def test_people_living_in_a_listed_name_make_it_a_place(pipeline: Pipeline, body: str,
                                                        name: str, expected: str) -> None:
    """"riders in X", "residents of X", "in X" before a wider-gazetteer name make it a GPE,
    against a company's vote too; "shares in X", "a stake in X" do not."""
    assert named(entities(pipeline, body), name).type == expected


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # A town in no gazetteer, read as an organisation: the words around it say place.
        ("The crash happened on Highway 102 near Truro early Sunday. The driver was taken to "
         "hospital in Truro.", "Truro", "GPE"),
        ("The village of Karin Gornji, 30 km north of Zadar, was destroyed. Zadar police "
         "said they had launched an investigation.", "Zadar", "GPE"),
        ("A Dartmouth man was charged after the crash. Police said the Dartmouth man, 34, "
         "was released.", "Dartmouth", "GPE"),
        # No such words: a company stays one, and so does a company whose shares move.
        ("Costain said it would bid for the contract. Costain shares rose near the close.",
         "Costain", "ORG"),
        ("Dartmouth beat Harvard 24-17 on Saturday.", "Dartmouth", "ORG"),
    ],
)
def test_a_place_cue_makes_an_unlisted_name_a_town(pipeline: Pipeline, body: str, name: str,
                                                   expected: str) -> None:
    """"near Truro", "Zadar police", "a Dartmouth man": a GPE though no gazetteer lists it."""
    assert named(entities(pipeline, body), name).type == expected
