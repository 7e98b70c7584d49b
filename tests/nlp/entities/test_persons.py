"""People's names the model mistypes or mis-spans: a first name and a surname is a person,
and a common word the model took into a name does not keep the surname apart."""

from __future__ import annotations

import pytest

from newswire.models import Entity
from newswire.nlp.entities.clustering.clusters import Cluster
from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.entities.spans.mentions import Mention
from newswire.nlp.entities.words.firstnames import is_first_name
from newswire.nlp.pipeline import Pipeline


def entities(pipeline: Pipeline, body: str) -> list[tuple[str, str]]:
    """(name, type) of every person or organisation extracted from ``body``, by name."""
    found: list[Entity] = extract_entities(pipeline.nlp(""), pipeline.nlp(body))
    return sorted((e.name, e.type) for e in found if e.type in ("PERSON", "ORG"))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Aides to Chris Christie denied the report. Christie said he had done nothing "
         "wrong. Christie has led the state since 2010. Critics of Christie want an inquiry.",
         [("Chris Christie", "PERSON")]),
        ("Supporters of Mike Pence gathered in Indiana. Pence said he would campaign hard. "
         "Pence has served as governor since 2013. The campaign of Pence raised money.",
         [("Mike Pence", "PERSON")]),
        ("The Trump Organization owns hotels. Donald Trump said the company was doing well. "
         "Trump said he would not sell it.",
         [("Donald Trump", "PERSON"), ("Trump Organization", "ORG")]),
    ],
)
def test_a_first_name_and_surname_read_as_a_person_is_a_person(
        pipeline: Pipeline, body: str, expected: list[tuple[str, str]]) -> None:
    """A known first name and a surname the model calls a person stays a person when the
    model reads most lone surnames as an organisation; a name of the company stays ORG."""
    assert entities(pipeline, body) == expected


def cluster(name: str, label: str, person_surnames: frozenset[str]) -> Cluster:
    """A cluster of three mentions of ``name``, all labelled ``label`` by the model."""
    mentions = [Mention("body", i * 100, i * 100 + len(name), name, label) for i in range(3)]
    return Cluster(name.casefold(), mentions, person_surnames=person_surnames)


@pytest.mark.parametrize(
    ("name", "label", "person_surnames", "expected"),
    [
        ("Donald Trump", "ORG", frozenset({"trump"}), "PERSON"),
        ("Donald J. Trump", "ORG", frozenset({"trump"}), "PERSON"),
        ("John Kasich", "GPE", frozenset({"kasich"}), "PERSON"),
        ("Charlie Crist", "NORP", frozenset({"crist"}), "PERSON"),
        ("Donald Trump", "ORG", frozenset(), "ORG"),  # no mention read as a person
        ("Ralph Lauren", "ORG", frozenset({"obama"}), "ORG"),
        ("Grant Foundation", "ORG", frozenset({"foundation"}), "ORG"),  # an org's last word
        ("Donald Trump Hotels", "ORG", frozenset({"hotels"}), "ORG"),  # three words
        ("Trump Organization", "ORG", frozenset({"organization"}), "ORG"),  # no first name
        ("Virginia Beach", "GPE", frozenset(), "GPE"),
        ("Rose Bowl", "EVENT", frozenset({"bowl"}), "EVENT"),  # an event is never retyped
    ],
)
def test_only_a_first_name_and_a_person_surname_become_a_person(
        name: str, label: str, person_surnames: frozenset[str], expected: str) -> None:
    """The retyping needs a known first name, a surname the article calls a person, two
    words (a middle initial allowed) and no organisation's last word."""
    assert cluster(name, label, person_surnames).type() == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hillary Clinton spoke in Iowa on Monday. Team Clinton said the polls were wrong. "
         "Clinton said she would win.", [("Hillary Clinton", "PERSON")]),
        ("Hillary Clinton won Ohio. Beneath Clinton's wins lie signs of trouble for her "
         "campaign. Clinton said she was confident.", [("Hillary Clinton", "PERSON")]),
        ("Donald Trump held a rally. Fascist Trump, read one sign outside. Trump said he "
         "loved the crowd.", [("Donald Trump", "PERSON")]),
        # Guards: a first name that is also a common word is a name.
        ("Will Smith and Jaden Smith went to Paris. Smith said the film was good.",
         [("Jaden Smith", "PERSON"), ("Smith", "PERSON"), ("Will Smith", "PERSON")]),
        ("Rush Limbaugh and David Limbaugh wrote books. Limbaugh said the books sold well.",
         [("David Limbaugh", "PERSON"), ("Limbaugh", "PERSON"), ("Rush Limbaugh", "PERSON")]),
        ("Bill Clinton and Hillary Clinton visited Ohio. Clinton said the economy was strong.",
         [("Bill Clinton", "PERSON"), ("Clinton", "PERSON"), ("Hillary Clinton", "PERSON")]),
    ],
)
def test_a_common_word_before_a_surname_does_not_keep_it_apart(
        pipeline: Pipeline, body: str, expected: list[tuple[str, str]]) -> None:
    """``Team Clinton`` is the surname of the full name the article writes, so ``Clinton``
    joins Hillary Clinton; a capitalised first name (``Will``, ``Rush``, ``Bill``) is no
    common word."""
    assert entities(pipeline, body) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Donald", True), ("hillary", True), ("Will", True), ("Rush", True), ("Team", False),
     ("Neither", False), ("Trump", False)],
)
def test_the_shared_first_name_table(word: str, expected: bool) -> None:
    """The first-name table the entities and quotes stages share, in any case."""
    assert is_first_name(word) is expected


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # The model cut the name at its start: a known first name or initials before it join.
        ("A neighbour, Curtis Lee White II, 19, was arrested.", "Curtis Lee White II"),
        ("England: A. Stewart not out 40", "A. Stewart"),
        # A title before the name stays out of it.
        ("Secretary Hillary Clinton said no. Clinton left.", "Hillary Clinton"),
    ],
)
def test_a_first_name_before_a_cut_name_joins_it(pipeline: Pipeline, body: str,
                                                 name: str) -> None:
    """A person's name the model cut takes the first name or initials right before it."""
    assert (name, "PERSON") in entities(pipeline, body)


@pytest.mark.parametrize(
    ("body", "person", "role"),
    [
        # The model reads the title alone as a name (a place, a company): no entity.
        ("Insp. Tim Walsh said the search for the missing boater continued overnight.",
         "Tim Walsh", "Insp."),
        ("Det. Sgt. Paul Hughes told reporters the investigation was ongoing.",
         "Paul Hughes", "Sgt."),
        # The same titles where the model reads only the person: the person keeps the title
        # (a councillor's abbreviations are read as the one role, Councillor).
        ("Halifax regional council approved the budget on Tuesday. Coun. Tony Mancini said the "
         "bridge work would start next spring.", "Tony Mancini", "Councillor"),
        ("Supt. Sarah Blake of Halifax Regional Police said officers were at the scene.",
         "Sarah Blake", "Supt."),
        ("Const. Mark Li was taken to hospital with minor injuries, RCMP said.", "Mark Li",
         "Const."),
        ("Sen. Bernie Sanders said the bill would fail. Rep. Alexandria Ocasio-Cortez voted "
         "against it.", "Alexandria Ocasio-Cortez", "Rep."),
        ("Gov. Gavin Newsom signed the bill on Friday.", "Gavin Newsom", "Gov."),
        # A one-word title written out, which the model reads as a place.
        ("Lawyer Priya Sandhu, who represents the families, said her clients were "
         "disappointed.", "Priya Sandhu", "Lawyer"),
        # The first word of a job in lower case, which the model reads as an organisation.
        ("The White House stayed out of the fight. Press secretary Karoline Leavitt said the "
         "president wanted a clean bill.", "Karoline Leavitt", "Press secretary"),
    ],
)
def test_a_one_word_title_is_no_entity(pipeline: Pipeline, body: str, person: str,
                                           role: str) -> None:
    """A one-word title ("Insp.", "Coun.", "Lawyer") is the person's role, never an entity."""
    found = extract_entities(pipeline.nlp(""), pipeline.nlp(body))
    titles = ("Insp", "Det", "Sgt", "Coun", "Supt", "Const", "Sen", "Rep", "Gov", "Lawyer",
              "Press")
    assert [e.name for e in found if e.name.rstrip(".") in titles] == []
    assert [e.role for e in found if e.name == person] == [role]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A company's words after a name the model reads as a person's: a company.
        ("Zenith said its quarterly profit rose 12 per cent on stronger television sales.",
         [("Zenith", "ORG")]),
        ("Shares of gold miners slid. Barrick shares fell 6 per cent after the mine closure.",
         [("Barrick", "ORG")]),
        # ... and an apposition that says it is a company.
        ("Corbel Resources, the Australian company behind the project, welcomed the ruling.",
         [("Corbel Resources", "ORG")]),
        ("Ashdown's chief executive told analysts the merger would close in March.",
         [("Ashdown", "ORG")]),
        # A person's name opening with a first name stays a person's ("his shares").
        ("Warren Buffett's shares of the railroad were worth billions, filings showed.",
         [("Warren Buffett", "PERSON")]),
        # Nothing of a company's after it: the person stays.
        ("Mancini said his council seat would be on the ballot again in the fall.",
         [("Mancini", "PERSON")]),
    ],
)
def test_a_companys_words_after_a_name_make_it_a_company(pipeline: Pipeline, body: str,
                                                          expected: list[tuple[str, str]]
                                                          ) -> None:
    """"X shares fell", "X's chief executive", "X said its" make a company of a name read
    as a person's, unless a first name opens it."""
    assert entities(pipeline, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The model reads an unfamiliar name as an organisation; the apposition says who.
        ("“This is a company with record profits,” said Sylvain Charlebois, a food "
         "distribution professor at Dalhousie University.",
         [("Dalhousie University", "ORG"), ("Sylvain Charlebois", "PERSON")]),
        # An organisation's apposition leaves it one.
        ("The grant went to Dalhousie University, a school of 20,000 students.",
         [("Dalhousie University", "ORG")]),
        # A role set off by commas before the name says it too.
        ("The union called the decision a betrayal. Its national president, Lana Payne, said the "
         "company had received public money.",
         [("Lana Payne", "PERSON")]),
    ],
)
def test_a_persons_apposition_makes_a_person(pipeline: Pipeline, body: str,
                                             expected: list[tuple[str, str]]) -> None:
    """"X, a professor at Y" makes a person of a two-word name the model read otherwise."""
    assert entities(pipeline, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Loblaw Companies Ltd. will close 20 stores. Shares of Loblaw fell 2.1 per cent. "
         "“Loblaw is not in trouble,” an analyst wrote.",
         [("Loblaw Companies Ltd.", "ORG")]),
        # A place opening a company's name stays the place.
        ("Housing starts in Canada fell. We asked Tricia Nguyen, chief economist at the Canada "
         "Mortgage and Housing Corporation.",
         [("Canada Mortgage and Housing Corporation", "ORG"), ("Tricia Nguyen", "PERSON")]),
    ],
)
def test_a_company_short_name_joins_its_legal_name(pipeline: Pipeline, body: str,
                                                   expected: list[tuple[str, str]]) -> None:
    """"Loblaw" is "Loblaw Companies Ltd.", whatever type the model gave the short name."""
    assert entities(pipeline, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Riverton Harbour Authority said the dredging would begin in March. “We have "
         "heard the concerns,” the Harbour Authority said in a statement.",
         [("Riverton Harbour Authority", "ORG")]),
        # Guard: two fuller names end with it, so it joins neither.
        ("The Ontario Water Board and the Manitoba Water Board met on Monday. The Water Board "
         "said the talks would continue.",
         [("Manitoba Water Board", "ORG"), ("Ontario Water Board", "ORG"),
          ("Water Board", "ORG")]),
        # Guard: a party's shorter name is often a party of its own.
        ("The Social Democratic Party won the vote. “We will govern,” the Democratic Party "
         "said.",
         [("Democratic Party", "ORG"), ("Social Democratic Party", "ORG")]),
        # Guard: written before the fuller name, the short one is no shortening of it.
        ("The Harbour Authority met on Monday. Later the Riverton Harbour Authority said the "
         "dredging would begin in March.",
         [("Harbour Authority", "ORG"), ("Riverton Harbour Authority", "ORG")]),
    ],
)
def test_an_organisations_shortened_name_joins_its_fuller_one(
        pipeline: Pipeline, body: str, expected: list[tuple[str, str]]) -> None:
    """``Harbour Authority`` after ``Riverton Harbour Authority`` is the same organisation."""
    assert entities(pipeline, body) == expected
