"""What a name's own words say about its type, against the model's vote.

A club's word (``Leeds United``), an event's last word (``Canadian Open``), a facility's
(``Union Station``), a body's (``Residents' Association``), an organisation's or a
service's (``Dublin Bus``): word lists and the checks that read them, used by
:class:`~newswire.nlp.entities.clustering.clusters.Cluster` and the quotes stage.
"""

from __future__ import annotations

from newswire.models import EntityType
from newswire.nlp.entities.organisations.clubs import nickname
from newswire.nlp.entities.organisations.companies import COMPANY_LAST_WORDS, camel_case
from newswire.nlp.entities.words.firstnames import is_first_name
from newswire.nlp.entities.words.names import is_corporate, words

__all__ = ["CLUB_WORDS", "INSTITUTIONS", "ORG_LAST_WORDS", "PLACE_LAST_WORDS", "last_word_type",
           "not_a_person"]

#: Types an event word overrules (nationalities too: "CANADIAN OPEN" read as "Canadian").
_EVENT_CONFUSIONS = frozenset({"GPE", "LOC", "PERSON", "ORG", "FAC", "NORP"})
#: Words that make a place name a sports club ("Inter Miami", "Leeds United"), which the
#: small model tags as a place or a person. "City" and "Union" are left out: too many
#: places use them.
CLUB_WORDS = frozenset({
    "FC", "AFC", "CF", "SC", "United", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur",
    "Inter", "Real", "Atletico", "Sporting", "Olympique", "Dynamo", "Spartak", "Galaxy",
})
#: Last words that make a name an event ("Canadian Open", "Toshiba Classic", "World
#: Series"), which the small model tags as a place, a club or a company. "Rally" is left
#: out: parties use it ("National Rally").
_EVENT_WORDS = frozenset({
    "Open", "Classic", "Cup", "Championship", "Championships", "Masters", "Stakes", "Series",
    "Trophy", "Games", "Olympics", "Marathon", "Tournament", "Prix",
})
#: Last words of a facility's name ("Union Station", "Pearson Airport", "Old Trafford"
#: aside), which the small model reads as an organisation's or a person's. Not "Centre",
#: "Hall", "Palace", "Park" or "Court", which organisations and clubs also end with ("Carter
#: Center", "Crystal Palace", "Supreme Court").
_FACILITY_WORDS = frozenset({
    "Station", "Airport", "Stadium", "Arena", "Bridge", "Tunnel", "Square", "Street",
    "Avenue", "Boulevard", "Highway", "Terminal", "Pier", "Dam", "Coliseum", "Velodrome",
    "Racecourse", "Speedway", "Raceway", "Ballpark", "Tower", "Building", "Mall",
})
#: Last words of a town's name ("Hammonds Plains", "Niagara Falls", "Colorado Springs")
#: and of a land's ("Fraser Valley", "Kicking Horse River"), which the small model reads
#: as a work, a facility, an organisation or a person. Not "Bay" ("Green Bay", "Tampa
#: Bay": clubs), "Lake", "Hill" or "Beach" (surnames: "Ricki Lake", "Damon Hill").
_TOWN_WORDS = frozenset({
    "Plains", "Falls", "Heights", "Springs", "Hills", "Landing", "Crossing", "Junction",
    "Corners", "Harbour", "Harbor",
})
_LAND_WORDS = frozenset({"River", "Creek", "Valley", "Mountains", "Peninsula"})
PLACE_LAST_WORDS = _TOWN_WORDS | _LAND_WORDS
#: The model's types a place's last word overrules.
_PLACE_CONFUSIONS = frozenset({"ORG", "PERSON", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT"})
#: Last words of a body of people ("South End Residents' Association"), which the small
#: model reads as a facility (a place's vote is left: "X Council" may be the place's
#: government). Not "Union" ("Soviet Union"), "Bank" ("West Bank"), "Federation"
#: ("Russian Federation"), "League" or "Centre": places and competitions end with them.
_BODY_WORDS = frozenset({
    "Association", "Society", "Committee", "Commission", "Council", "Party",
    "Foundation", "Institute", "Agency", "Ministry", "Department", "Coalition", "Alliance",
    "Club", "Corporation", "Company", "Organisation", "Organization", "Authority", "Board",
})
#: Last words that keep a name an organisation though it opens with a first name ("Bill
#: Foundation", "Walt Disney Co", "Jack Daniel Distillery").
ORG_LAST_WORDS = frozenset({
    "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "LLC", "Foundation", "Party",
    "Organization", "Organisation", "Group", "Company", "Institute", "Center", "Centre",
    "Campaign", "Committee", "Fund", "Trust", "University", "College", "School", "Bank",
    "Hospital", "Museum", "Associates", "Partners", "Holdings", "Distillery", "Brothers",
})
#: Last words no person's name ends with, though the model calls the name a person's
#: ("Johannesburg Water", "Dublin Bus", "Northwind Energy", "Borealis Air").
_SERVICE_LAST_WORDS = ORG_LAST_WORDS | COMPANY_LAST_WORDS | frozenset({
    "Water", "Energy", "Bus", "Transport", "Authority", "Council", "Airlines", "Airways", "Air",
    "Rail", "Police", "Services", "Agency", "Ministry", "Department", "Commission", "Network",
    "International",
})
#: Words parties are called by alone ("Starmer's Labour won", "the Tories"), which the
#: small model may read as a person.
_PARTY_WORDS = frozenset({
    "Labour", "Labor", "Tories", "Conservatives", "Liberals", "Democrats", "Republicans",
    "Socialists", "Communists", "Greens", "Nationalists", "Unionists",
})
#: Institutions named by one word, which "his" may follow ("the Senate delayed confirming
#: his nomination"): never a person.
INSTITUTIONS = frozenset({
    "Senate", "Congress", "Parliament", "Government", "Cabinet", "Assembly", "Pentagon",
    "Kremlin", "Court", "Army", "Navy", "Police", "Treasury", "Fed", "Vatican",
})


def last_word_type(voted: EntityType | None, name: str) -> EntityType | None:
    """The type a name's last words give it against the model's vote: a club's nickname
    after its city ("Montreal Canadiens", :mod:`.clubs`, whatever "Canadiens" was read), an
    event's ("Canadian Open"), a facility's ("Union Station", read as an organisation or a
    person), a body's ("Residents' Association", read as a facility)."""
    if nickname(name) and voted != "PERSON":
        return "ORG"
    parts = words(name)
    if voted in _EVENT_CONFUSIONS and parts[-1:] and parts[-1].title() in _EVENT_WORDS:
        return "EVENT"
    if voted in ("ORG", "PERSON") and len(parts) >= 2 and parts[-1] in _FACILITY_WORDS:
        return "FAC"
    if voted == "FAC" and len(parts) >= 2 and parts[-1] in _BODY_WORDS:
        return "ORG"
    if voted in _PLACE_CONFUSIONS and len(parts) >= 2 and parts[-1] in PLACE_LAST_WORDS \
            and not is_first_name(parts[0]) and "'" not in name and "’" not in name:
        return "GPE" if parts[-1] in _TOWN_WORDS else "LOC"
    return None


def not_a_person(parts: list[str]) -> bool:
    """Whether a name's words end with a word no person's name ends with (``Dublin Bus``),
    or a company's legal form (``Cofinec S.A.``); one word, whether it is a CamelCase
    company's (``WestJet``) or a party's (``Labour``)."""
    if len(parts) == 1:
        return camel_case(parts[0]) or parts[0] in _PARTY_WORDS
    return len(parts) >= 2 and (parts[-1] in _SERVICE_LAST_WORDS or is_corporate(" ".join(parts)))
