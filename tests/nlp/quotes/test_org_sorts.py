"""Issue 14: an organisation description takes the organisation of its sort (real model).

Texts are written for these tests, in Canadian and British news phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.extract import extract_quotes
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import Expected, check, find


@pytest.mark.parametrize(("body", "expected"), [
    ("The Canadian Union of Public Employees filed a complaint against Loblaw Companies Ltd. "
     "on Monday. “We are reviewing the complaint,” the company said.",
     [("We are reviewing", "Loblaw Companies Ltd.", "organization")]),
    ("The Ontario Federation of Labour welcomed a report by the Competition Bureau on "
     "Tuesday. “Grocery prices are higher than they should be,” the watchdog said.",
     [("Grocery prices", "Competition Bureau", "organization")]),
    # Nurses' in the name shows a union, though the parse reads "disputes" as a noun.
    ("Ontario Health said it was moving patients faster. But the Ontario Nurses' Association "
     "disputes that figure. The union says most of those positions are part-time.",
     [("most of those positions", "Ontario Nurses' Association", "organization")]),
    # The noun heads the name, though "Nurses'" shows a union and "association" asks for none.
    ("The British Columbia Nurses' Association rejected the province's offer on Monday. "
     "Health Minister Adrian Dix said talks would go on. The association said its members "
     "were angry.",
     [("its members were angry", "British Columbia Nurses' Association", "organization")]),
    # A name the model misses, shown an organisation by its apposition (entities stage).
    ("Prolabor, the union representing 3,000 port workers in Vancouver, rejected the offer. "
     "The union said talks had collapsed.",
     [("talks had collapsed", "Prolabor", "organization")]),
])
def test_description_takes_the_organisation_of_its_sort(pipeline: Pipeline, body: str,
                                                        expected: list[Expected]) -> None:
    """``the company`` is the company named before, not the union that was the subject;
    ``the union`` the one named as a union, not the agency that spoke before it."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("According to the Institute for Fiscal Studies, the chancellor's plans leave a gap of "
     "£20bn. The think tank said the gap could only be closed by higher taxes.",
     [("the gap could only", "Institute for Fiscal Studies", "organization")]),
])
def test_description_takes_the_one_organisation_named(pipeline: Pipeline, body: str,
                                                      expected: list[Expected]) -> None:
    """``The think tank`` after ``According to the IFS`` is the IFS, though no subject."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Residents of Calgary packed the hearing on Tuesday. The city said the water main would "
     "be repaired by the weekend.",
     [("the water main", "Calgary", "organization")]),
])
def test_city_is_the_place_named(pipeline: Pipeline, body: str,
                                 expected: list[Expected]) -> None:
    """``The city`` speaks as the city the article named before."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("The Teamsters blamed CN Rail for the lockout. The company said it had made a fair "
     "offer.",
     [("it had made a fair offer", "company", "organization")]),
    ("Unifor said it would strike at the plant on Friday. Ford Motor Company said talks "
     "would continue. “Our members have been patient,” the union said.",
     [("Our members have been patient", "union", "organization")]),
    ("Global News obtained the internal memo on Tuesday. The campaign said the memo was an "
     "old draft.",
     [("the memo was an old draft", "campaign", "organization")]),
])
def test_description_is_no_organisation_of_another_sort(pipeline: Pipeline, body: str,
                                                        expected: list[Expected]) -> None:
    """``the company`` is never the union named before, ``the union`` the company, nor
    ``the campaign`` a news outlet."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("The Royal Canadian Mounted Police arrested two men in Thompson on Tuesday. The force "
     "said the investigation continues.",
     [("the investigation continues", "Royal Canadian Mounted Police", "organization")]),
    # Two agencies named: "the force" is neither (a wrong name is worse than none).
    ("The Canada Revenue Agency and the Ontario Provincial Police raided the firm on Monday. "
     "The force said the investigation continues.",
     [("the investigation continues", None, "unknown")]),
])
def test_force_is_the_police_named_before(pipeline: Pipeline, body: str,
                                          expected: list[Expected]) -> None:
    """``The force said`` is the one police service or agency named before it."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("The Public Health Agency of Canada (PHAC) reported 300 new cases on Friday. PHAC said "
     "the risk to the public remains low.",
     [("the risk to the public", "Public Health Agency of Canada", "organization")]),
    ("The Canadian Union of Public Employees (CUPE) represents 5,400 city workers. CUPE said "
     "its members will walk off the job on Friday.",
     [("its members will walk", "Canadian Union of Public Employees", "organization")]),
])
def test_acronym_is_the_organisation_it_spells(pipeline: Pipeline, body: str,
                                               expected: list[Expected]) -> None:
    """An acronym bracketed after a name speaks as that organisation, never as a person."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "start"), [
    ("The Public Health Agency of Canada (PHAC) reported 300 new cases on Friday. PHAC said "
     "the risk to the public remains low.", "the risk to the public"),
])
def test_acronym_speaker_is_the_entity_it_spells(pipeline: Pipeline, body: str,
                                                 start: str) -> None:
    """The acronym's speaker carries the id of the entity whose name it spells."""
    title_doc, body_doc = pipeline.nlp.pipe(["", body])
    found = extract_entities(title_doc, body_doc)
    quote = find(extract_quotes(title_doc, body_doc, found), start)
    entity = next(e for e in found if e.name == quote.speaker)
    assert quote.speaker_id == entity.entity_id


@pytest.mark.parametrize(("body", "expected"), [
    ("Air Canada cancelled 200 flights after the pilots' union gave strike notice. The "
     "airline said customers would get refunds.",
     [("customers would get refunds", "Air Canada", "organization")]),
    ("Hydro-Québec signed a deal with the Innu of Uashat mak Mani-utenam on Tuesday. The "
     "utility said the dam would be built by 2035.",
     [("the dam would be built", "Hydro-Québec", "organization")]),
])
def test_company_noun_takes_the_subject_of_no_visible_sort(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``The airline said`` is the one organisation named as a subject before, its sort unseen."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "speaker"), [
    ("Canada Post has lost money for years. The Crown corporation said it would cut 500 jobs.",
     "Canada Post"),
    ("The CBC has lost viewers for years, Ottawa said. The Crown corporation said it would cut "
     "500 jobs.", "CBC"),
    ("Canada Post has lost money for years. The corporation said it would cut 500 jobs.",
     "Canada Post"),
    # A country's post is no newspaper.
    ("Canada Post has lost money for years. The newspaper said it would cut 500 jobs.",
     "newspaper"),
    ("The Washington Post has lost money for years. The newspaper said it would cut 500 jobs.",
     "Washington Post"),
    # A proper noun that names whose it is stays its own phrase.
    ("Canada Post has lost money for years. The Trudeau government said it would cut 500 jobs.",
     "Trudeau government"),
])
def test_a_crown_corporation_is_the_one_named_before(pipeline: Pipeline, body: str,
                                                     speaker: str) -> None:
    """``the Crown corporation`` is the organisation named before, whatever its sort; a
    country's post (``Canada Post``) is a company, no newspaper."""
    found = [q.speaker for q in quotes_of(pipeline, body) if "500 jobs" in q.text]
    assert found == [speaker]


@pytest.mark.parametrize(("body", "speaker"), [
    ("One of them, Magna Group, has threatened to leave. Just this week, the bargaining group "
     "for the three automakers set out its demands. “The offer is fair,” the group wrote.",
     "bargaining group for the three automakers"),
    # Named after the unnamed one, the name with the noun in it is meant.
    ("The bargaining group for the three automakers set out its demands. One of them, "
     "Magna Group, has threatened to leave. “The offer is fair,” the group wrote.",
     "Magna Group"),
])
def test_the_group_is_the_one_brought_in_since_a_name_holding_the_word(
        pipeline: Pipeline, body: str, speaker: str) -> None:
    """``the group`` is the organisation brought in unnamed by that noun after a name that
    merely holds the word (``UnitedHealth Group``), not before it."""
    found = [q.speaker for q in quotes_of(pipeline, body) if "offer is fair" in q.text]
    assert found == [speaker]


@pytest.mark.parametrize(("body", "expected"), [
    ("The Ministry of Health announced new funding on Friday. The ministry said the money "
     "would go to rural hospitals. It said another $20 million would follow next year.",
     [("another $20 million", "Ministry of Health", "organization")]),
    ("The Canadian Union of Postal Workers rejected the offer. The union said its members "
     "would strike on Monday. They said the offer was “insulting.”",
     [("insulting", "Canadian Union of Postal Workers", "organization")]),
    ("Shopify Inc. reported a loss on Thursday. The company said revenue rose 25 per cent. "
     "It said it expects growth to slow.",
     [("it expects growth", "Shopify Inc.", "organization")]),
])
def test_pronoun_after_a_description_is_the_organisation_it_names(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``The ministry said ... It said``: the pronoun reaches the organisation the
    description names, not the description's bare noun (``ministry``)."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("One of them, UnitedHealth Group, has threatened to leave the exchanges. Just this week, "
     "the trade group for the Blue Cross Blue Shield plans spelled out its concerns. “The "
     "risk pool is out of balance,” it wrote.",
     [("The risk pool", "trade group for the Blue Cross Blue Shield plans", "organization")]),
])
def test_a_description_that_says_which_brings_in_its_own(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``the trade group for the ... plans`` is a new organisation, never UnitedHealth Group
    for the later ``it``."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("The Public Service Alliance of Canada rejected the offer on Monday. Treasury Board "
     "President Anita Anand urged a deal. “Our members deserve better,” the union said.",
     [("Our members deserve", "Public Service Alliance of Canada", "organization")]),
    # As the name's head, the word still shows an agency.
    ("The Correctional Service of Canada moved the inmate on Friday. Unifor criticized the "
     "transfer. “The move followed our policy,” the agency said.",
     [("The move followed", "Correctional Service of Canada", "organization")]),
])
def test_service_shows_an_agency_only_as_the_names_head(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Public Service Alliance`` is no agency (``service`` only modifies its head), so
    ``the union`` may be it; ``Correctional Service of Canada`` is one."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("The Sanders campaign sued the Democratic National Committee on Friday. The DNC said "
     "the lawsuit was baseless. The campaign said it had lost access to its data.",
     [("it had lost access", "Sanders campaign", "organization")]),
])
def test_a_named_phrase_of_the_noun_beats_a_subject_of_no_sort(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``the campaign`` is the ``Sanders campaign`` (a name before the noun shows the sort),
    not the committee whose name shows none, though it spoke last."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Farmers’ groups that opposed the tariff said the ruling would hurt exports.",
     [("the ruling would hurt exports", "Farmers’ groups", "group")]),
    ("The teachers' union said the plan would fail.",
     [("the plan would fail", "teachers' union", "organization")]),
])
def test_bodies_of_an_unnamed_many_speak_as_their_phrase(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Farmers’ groups said``: several bodies of farmers, a group, not one organisation
    called ``Farmers group``."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("HALIFAX — Bus drivers in Halifax have voted to strike, their union announced Tuesday."
     "\n\nThe Amalgamated Transit Union said 91 per cent of members backed the mandate.",
     [("Bus drivers in Halifax", "Amalgamated Transit Union", "organization")]),
    ("CALGARY — A Calgary company says it has won a $12 million contract to build drones."
     "\n\nSkyForge Robotics said the deal would add 40 jobs.",
     [("it has won", "SkyForge Robotics", "organization")]),
    # Not the lead: the description stays its phrase.
    ("Ford said sales fell. A Windsor company that makes seats says it will cut jobs.\n\n"
     "Magna International said it would hire.",
     [("it will cut jobs", "Windsor company", "organization")]),
])
def test_the_lead_describes_whom_the_next_sentence_names(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """The delayed lede: ``their union announced`` in the first sentence is the union the
    next sentence names first."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Northgate Mining chief executive Ann Lee said output fell. The company said it would "
     "close the Red Lake mine.",
     [("it would close", "Northgate Mining", "organization")]),
    ("SUDBURY — A Sudbury company says it has found a large copper deposit near Timmins."
     "\n\nNorthgate Mining chief executive Ann Lee said drilling would start in May.",
     [("it has found", "Northgate Mining", "organization")]),
])
def test_a_name_before_a_persons_role_is_the_employer(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Northgate Mining chief executive Ann Lee``: the company (a company by its last
    word), whatever label the model put on it, for a later ``the company``."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Blue Kettle Diner will close at the end of the month after 40 years. The building is "
     "owned by Riverbend Property Group, a Calgary company that bought the block in 2023. In "
     "an email, the company said it had offered a fair market rent.",
     [("it had offered a fair market rent", "Riverbend Property Group", "organization")]),
    ("Blue Kettle Diner will close after 40 years. The building is owned by Riverbend "
     "Property Group, a Calgary firm that bought the block in 2023. The firm said it had "
     "offered a fair market rent.",
     [("it had offered a fair market rent", "Riverbend Property Group", "organization")]),
    # Guard: a subject whose name shows a company stays the company over an apposed one.
    ("Harbour Foods Inc. bought the plant from Cobalt Mining Corp., a Sudbury company, in "
     "2023. The company said it would keep all 90 workers.",
     [("it would keep all 90 workers", "Harbour Foods Inc.", "organization")]),
])
def test_an_apposition_says_which_one_the_company_is(pipeline: Pipeline, body: str,
                                                     expected: list[Expected]) -> None:
    """``Riverbend Property Group, a Calgary company``: ``the company`` is Riverbend, not
    the diner, the last organisation named as a subject (its name shows no sort)."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("The Ontario Education Workers' Union said the cuts were reckless. The board said it "
     "would work with principals over the winter.",
     [("it would work with principals", "board", "organization")]),
    ("Reyes scored twice for the Mariners. The league said after the game that it would "
     "review a hit on Orlov.",
     [("that it would review a hit", "league", "organization")]),
    # Guard: a body whose name holds the noun is the one it names.
    ("The Lakeshore District School Board voted to close two schools. The union said the "
     "cuts were reckless. The board said it would consult parents.",
     [("it would consult parents", "Lakeshore District School Board", "organization")]),
])
def test_a_board_or_league_is_one_whose_name_holds_the_noun(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``the board``, ``the league``: one whose name holds the noun, else its own phrase,
    never the union or the club last named as a subject."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Cleveland City Council voted 9-8 to restore library hours. The union representing the "
     "city's library workers thanked the council in an emailed statement for \"keeping open "
     "the only quiet place some students have after school.\"",
     [("keeping open the only quiet place", "union representing the city's library workers",
       "organization")]),
    # Guard: a clause set off by a comma only describes the organisation named before.
    ("The Public Service Alliance of Canada rejected the offer on Monday. The union, which "
     "represents 120,000 federal workers, "
     "said the wage increase was \"far too low.\"",
     [("far too low", "Public Service Alliance of Canada", "organization")]),
])
def test_an_organisation_said_by_its_own_clause_is_new(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``The union representing the city's library workers``: its phrase, not the
    organisation of no visible sort named before."""
    check(pipeline, body, expected)
