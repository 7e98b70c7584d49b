"""Types the English model gets wrong in a way the name itself shows.

``Surrey RCMP`` (a police force), ``the City of Hamilton`` (a city government) and ``Storm
Eowyn`` come out of the model as people: a name that ends in an acronym is an
organisation's, a name after ``City of`` is the city's (the model's span then starts at
``Hamilton``), and a storm is an event. The reverse: a full name with a senior counsel's or a
legislator's letters after it (``Declan Furlong SC``, read as a sports club) is a person's.
"""

from __future__ import annotations

import re

from newswire.nlp.entities.organisations.companies import ORG_NOUNS, PERSONS_TRADES, nouns_pattern
from newswire.nlp.entities.roles.titles import NOT_ONLY_PEOPLE, POST_NOMINALS, ROLES
from newswire.nlp.entities.words.casing import casing
from newswire.nlp.entities.words.firstnames import is_any_first_name, is_first_name
from newswire.nlp.entities.words.namewords import CLUB_WORDS

__all__ = ["company_cue", "ends_in_acronym", "is_municipal", "is_storm", "lettered_person",
           "municipal_start", "organisation_apposed", "role_set_off_before", "titled_name_start"]

# "RCMP", "NHS", "OPP": three or more capitals after a space on the same line (a person's
# "MP", "QC" have two; "Napoleon III", "Henry VIII" end in a Roman numeral).
_ACRONYM = re.compile(r"(?<= )(?![IVXLCDM]+$)[A-Z]{3,}$")
_STORM = re.compile(r"(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Storm) [A-Z][a-z]+$")
# Words that, followed by "of", name a local government ("City of Hamilton").
_MUNICIPAL = r"(?:City|Town|Township|County|Region|Municipality|District|Village|Borough) of "
_MUNICIPAL_BEFORE = re.compile(rf"(?<![\w-]){_MUNICIPAL}$")
_MUNICIPAL_NAME = re.compile(rf"{_MUNICIPAL}\S")
# A title only people carry, then one capitalised word, just before a span: "Coun. Raj ".
_PEOPLE_TITLES = "|".join(re.escape(r) for r in sorted(
    (r for r in ROLES if r not in NOT_ONLY_PEOPLE), key=len, reverse=True))
_TITLED_FIRST_WORD = re.compile(rf"(?<![\w-])(?:{_PEOPLE_TITLES}) ([A-Z][a-z'’-]+) $")

#: The organisation nouns an apposition may end with (not a person's trade).
_APPOSED = ORG_NOUNS - PERSONS_TRADES
#: "Corbel Resources, the Australian company behind the project", "Unifor, the union
#: representing workers": an apposition that ends with an organisation's noun (not "the
#: company's chief", not "a bank manager").
_ORG_APPOSITION = (
    rf",[ \t]+(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?{nouns_pattern(_APPOSED)}"
    r"(?=[ \t]*[,.;]|[ \t]+(?:behind|that|which|based|headquartered|owned|founded|whose|"
    r"representing|for)\b)")
_ORG_APPOSED = re.compile(_ORG_APPOSITION)
#: Words after a name that only a company's take: its shares moving ("Barrick shares fell"),
#: its shareholders or chief executive ("Zenith's chief executive"), "said its" ("Zenith
#: said its profit rose": no person is "its").
_COMPANY_AFTER = re.compile(
    r"(?:['’]s)?[ \t]+(?:shares|stock)[ \t]+(?:rose|fell|jumped|slid|dropped|climbed|gained|"
    r"lost|closed|tumbled|surged|sank|plunged|edged|rallied|soared|slumped|were|have)\b"
    r"|['’]s[ \t]+(?:shareholders|stockholders|chief executive|CEO|chief financial officer|"
    r"board of directors|subsidiary|share price|stock price|quarterly)\b"
    r"|[ \t]+(?:said|says|reported|posted|announced)[ \t]+its\b"
    rf"|{_ORG_APPOSITION}")


_PERSON_APPOSITION = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:professor|analyst|economist|lawyer|"
    r"researcher|scientist|spokesperson|spokesman|spokeswoman|resident|student|teacher|"
    r"doctor|physician|nurse|author|expert|consultant|lecturer|historian|activist|"
    r"advocate|organizer|organiser|farmer|owner|founder|co-founder|mother|father)"
    r"(?=[ \t]*[,.;]|[ \t]+(?:at|of|with|for|in|who|from|based)\b)")


#: A role held by one person, set off by commas before a name: "Its national president,
#: Lana Payne, said", "Gill's lawyer, Kevin Westell, argued"; a relative ("Ruakere's
#: nephew, Hone Ruakere, told": a family in court and inquest copy); a role with the body it
#: speaks for ("A spokesman for Arizona First Fund, Cole Redding, said").
_ROLE_BEFORE = re.compile(
    r"(?:\b(?:its|his|her|their|the|a|an)|['’]s)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:president|"
    r"vice-president|chair|chairman|chairwoman|chairperson|leader|director|spokesperson|"
    r"spokesman|spokeswoman|lawyer|attorney|minister|chief executive|founder|secretary|"
    r"manager|coach|mayor|chief|head|owner|treasurer|commissioner|superintendent|principal|"
    r"dean|captain|nephew|niece|son|daughter|brother|sister|mother|father|wife|husband|"
    r"widow|widower|cousin|uncle|aunt|grandson|granddaughter)"
    r"(?:[ \t]+(?:for|of|at)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,4})?"
    r"[ \t]*,[ \t]*$", re.IGNORECASE)
#: How far before a name its role may begin.
_ROLE_WINDOW = 80
#: A person brought in by a noun for a person and ``named``/``called``: "a schoolteacher named
#: Dil Bahadur Shahi", "a farmer called Jean". Wire copy introduces private people so, with
#: names the model often types a work or an organisation (a name it does not know).
_NAMED_BEFORE = re.compile(
    r"(?<![\w-])(?:a|an|one)[ \t]+(?:[\w-]+[ \t]+){0,3}?[\w-]*(?:man|woman|boy|girl|teacher|"
    r"farmer|resident|neighbou?r|mother|father|son|daughter|doctor|nurse|student|worker|"
    r"driver|survivor|vendor|shopkeeper|trader|soldier|villager|refugee|widow|pastor|priest|"
    r"imam|volunteer|officer|guard|grandmother|grandfather|child|teenager|activist)"
    r"[ \t]+(?:named|called)[ \t]+$", re.IGNORECASE)


def person_cue(text: str, start: int, end: int) -> bool:
    """Whether an apposition says the name at ``[start, end)`` is a person's: after it,
    "Sylvain Charlebois, a food distribution professor at Dalhousie University"; before it,
    a role set off by commas, "Its national president, Lana Payne, said", or a person's noun
    naming it, "a schoolteacher named Dil Bahadur Shahi"."""
    if _PERSON_APPOSITION.match(text, end) is not None \
            or _NAMED_BEFORE.search(text, max(0, start - _ROLE_WINDOW), start) is not None:
        return True
    return text.startswith(",", end) and role_set_off_before(text, start)


def role_set_off_before(text: str, start: int) -> bool:
    """Whether a role held by one person, and a comma, end right before ``start``: "Its
    national president, ", "The chair of Bhotekoshi Rural Municipality, "."""
    return _ROLE_BEFORE.search(text, max(0, start - _ROLE_WINDOW), start) is not None


def company_cue(text: str, end: int) -> bool:
    """Whether the words after a name ending at ``end`` are a company's: "Barrick shares
    fell", "Zenith's chief executive", "Zenith said its profit rose", "Corbel Resources,
    the Australian company behind the project"."""
    return _COMPANY_AFTER.match(text, end) is not None


def organisation_apposed(text: str, end: int) -> bool:
    """Whether an apposition after the name ending at ``end`` says it is an organisation:
    "Unifor, the union representing workers at the plant, called"."""
    return _ORG_APPOSED.match(text, end) is not None


def is_storm(name: str) -> bool:
    """Whether a name is a storm's: ``Storm Eowyn``, ``Hurricane Milton`` (the model reads a
    person's first name in them)."""
    return _STORM.match(name) is not None


def ends_in_acronym(name: str) -> bool:
    """Whether a name written in mixed case ends in an acronym: ``Surrey RCMP``; not after a
    first name (``Tim HENMAN``: a surname in capitals, as sports results write it)."""
    if name.isupper() or _ACRONYM.search(name) is None:
        return False
    return not any(is_first_name(word) for word in name.split()[:-1])


#: Words of clubs' names that English writes capitalised only there: :mod:`.namewords`'
#: club words, and a few more a club named after its town takes (``Jordan Valley SC``).
_CLUB_WORDS = CLUB_WORDS | {"Valley", "Rangers", "Olympic"}
#: A first name, one or two more capitalised words, and letters after a name (``SC``, ``TD``).
_LETTERED_NAME = re.compile(
    rf"([A-Z][\w'’-]*)(?: [A-Z][\w'’-]*[a-z][\w'’-]*){{1,2}},? (?:{'|'.join(POST_NOMINALS)})$")


def lettered_person(name: str) -> bool:
    """Whether ``name`` is a person's full name with the letters Irish and British copy write
    after a barrister's or a legislator's name (``Declan Furlong SC``, ``Niall Corrigan
    TD``), which the model may read as a club's or a company's."""
    match = _LETTERED_NAME.match(name)
    if match is None or not is_any_first_name(match.group(1)):
        return False
    # "Orlando City SC", "Jordan Valley SC": a club's name opens on a first name too; its
    # other words are words (a surname is none) or a club's.
    rest = name[match.end(1):].replace(",", " ").split()[:-1]
    return not any(w.casefold() in casing().lower or w in _CLUB_WORDS for w in rest)


def municipal_start(text: str, start: int) -> int | None:
    """Where ``City of`` begins when it is written right before ``text[start:]``."""
    match = _MUNICIPAL_BEFORE.search(text, max(0, start - 20), start)
    return match.start() if match else None


def is_municipal(name: str) -> bool:
    """Whether a name is a local government's: ``City of Hamilton``."""
    return _MUNICIPAL_NAME.match(name) is not None


def titled_name_start(cased: str, start: int) -> int | None:
    """Where the name starts when the model kept only its last word: ``Sandhu`` (even typed
    an organisation) in ``Coun. Raj Sandhu``; a title only people carry and one capitalised
    word come just before ``start`` (not ``Premier``, which also opens company names)."""
    match = _TITLED_FIRST_WORD.search(cased, max(0, start - 40), start)
    return match.start(1) if match is not None else None
