"""A word that describes the one named, taken into the name by the model.

News writes a common noun before a name, capitalised when it opens the sentence or as a
tag: "Chipmaker Veltrix said", "Frenchman Jean Alesi came fourth", "Midfielder Paulo
Sousa". The small model reads the pair as one name (``Chipmaker Veltrix`` beside
``Veltrix``) or mistypes it; the word goes, and it says what the rest is: a company after
an industry's noun, a person after a person's noun. Nouns that are also surnames or
brands ("Singer", "Bowler", "Brewer", "Turk") are left alone; an adjective of nationality
goes only before a full name the model read as a person's ("Belgian Bruno Thiry", not
"American Airlines").

Before a person's full name (a first name and a surname) the model also takes in a word no
list holds: a common noun capitalised because it opens the sentence (``Center Tyler
Okafor``, ``Defenseman Andre Wilkes``: a player's position, as sports copy introduces
players), a party's or employer's possessive (``Labour’s Niall Corrigan``) and the courtesy
title of French-speaking courts (``Maître Olivier Rambaud-Sisse``, a lawyer in English copy
from Europe, Africa and Quebec). None of them is part of the name the quotes give.
"""

from __future__ import annotations

import re

from newswire.nlp.entities.organisations.companies import OPENS_NAMES, ORG_NOUNS, word_set
from newswire.nlp.entities.roles.false_titles import opens_sentence_or_quote
from newswire.nlp.entities.words.casing import casing
from newswire.nlp.entities.words.firstnames import is_any_first_name

__all__ = ["descriptor", "is_nationality", "is_person_noun"]

#: Nouns of an industry (:data:`.companies.ORG_NOUNS`, less those opening names: "Bank
#: Leumi", "Daily Mail"): what follows is a company.
_COMPANY_NOUNS = frozenset(n.capitalize() for n in ORG_NOUNS - OPENS_NAMES)
#: Nouns only people are: what follows is a person.
_PERSON_NOUNS = word_set("""
    Frenchman Frenchwoman Englishman Englishwoman Dutchman Dutchwoman Irishman Irishwoman
    Scotsman Scotswoman Welshman Welshwoman Spaniard Briton Swede
    Kiwi Aussie Compatriot Countryman Countrywoman Midfielder Striker Defender Goalkeeper
    Goaltender Goalie Winger Quarterback Pitcher Outfielder Infielder Batsman
    Sprinter Teenager Veteran Rookie Actor Actress Rapper Novelist Filmmaker
    Comedian Businessman Businesswoman Billionaire Entrepreneur Activist Journalist Columnist
    Photographer Designer Left-back Right-back Full-back Centre-back Playmaker
""")
#: Nouns of ordinary people's trades and standing that regional news opens a sentence with
#: before the name ("Skipper Alasdair MacRath", "Publican Mary Ní Chróinín", "Organiser
#: Rhydian ap Gwilym"): left out only before a person's name (the model's person, or a known
#: first name next), as some open bodies' names too ("Student Loan Servicing Council").
_TRADE_NOUNS = word_set("""
    Skipper Hotelier Publican Crofter Farmer Grazier Rancher Fisherman Shopkeeper Trader
    Stallholder Landlord Landlady Organiser Organizer Campaigner Protester Protestor
    Playwright Poet Author Artist Musician Composer Sculptor Dancer Choreographer Curator Chef
    Teacher Headteacher Headmaster Headmistress Lecturer Student Nurse Midwife Paramedic
    Pharmacist Surgeon Vet Carer Economist Analyst Historian Researcher Scientist Ecologist
    Barrister Solicitor Lawyer Architect Engineer Builder Plumber Electrician Hairdresser
    Resident Homeowner Pensioner Retiree Volunteer Neighbour Neighbor Grandmother Grandfather
    Widow Widower Survivor Cyclist Motorist Commuter Jockey Golfer Boxer
""")
#: Adjectives of nationality: left out only before a name the model read as a person's
#: ("Belgian Bruno Thiry", "American Kimberly Po"); "American Airlines" keeps its own.
_NATIONALITIES = word_set("""
    American Canadian Mexican Brazilian Argentine Chilean Colombian Peruvian Venezuelan Cuban
    British English Scottish Welsh Irish French German Dutch Belgian Swiss Austrian Italian
    Spanish Portuguese Swedish Norwegian Danish Finnish Icelandic Polish Czech Slovak
    Hungarian Romanian Bulgarian Greek Turkish Russian Ukrainian Serbian Croatian Bosnian
    Slovenian Albanian Estonian Latvian Lithuanian Israeli Palestinian Lebanese Syrian
    Jordanian Iraqi Iranian Saudi Egyptian Moroccan Algerian Tunisian Libyan Nigerian
    Kenyan Ethiopian Ghanaian Ugandan Zimbabwean Chinese Japanese Korean Taiwanese
    Vietnamese Thai Indonesian Malaysian Filipino Indian Pakistani Afghan Bangladeshi
    Australian Zealander Kazakh Georgian Armenian Sudanese Somali Congolese Rwandan
""")
#: Two or three words as a person's are written ("Bruno Thiry"; not "People's Party").
_PERSONS_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}$")
#: The rest of the span: capitalised words only ("Jean Alesi", "Veltrix").
_NAME_REST = re.compile(r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|da|van|von|der|le|la))*$")


def descriptor(text: str, start: int, end: int, label: str) -> tuple[int, str]:
    """Where the name starts in ``text[start:end]`` once a leading describing word is left
    out, and the type it then has; ``(start, label)`` when it opens with none."""
    first, _, rest = text[start:end].partition(" ")
    if not rest or not _NAME_REST.match(rest):
        return start, label
    if first in _COMPANY_NOUNS or (first.endswith("maker") and first[:1].isupper()):
        return start + len(first) + 1, "ORG"
    if first in _PERSON_NOUNS or (first in _TRADE_NOUNS and _person_after(label, rest)):
        return start + len(first) + 1, "PERSON"
    if label == "PERSON" and first in _NATIONALITIES and _PERSONS_NAME.match(rest):
        return start + len(first) + 1, label
    if label == "PERSON" and _describes_full_name(text, start, first, rest):
        return start + len(first) + 1, label
    return start, label


#: The courtesy title of a lawyer in French-speaking courts, kept in English copy.
_COURTESY = frozenset(("Maître", "Maitre"))
#: A full name: a first name and one or two more capitalised words.
_FULL_NAME = re.compile(r"([A-Z][\w'’.-]*)(?: [A-Z][\w'’-]*){1,2}$")


def _describes_full_name(text: str, start: int, first: str, rest: str) -> bool:
    """Whether ``first``, opening a person's span at ``start``, is no part of the full name
    ``rest`` after it: a courtesy title, a possessive (``Labour’s``) or a common word
    capitalised because it opens the sentence (``Center``, ``Defenseman``), not a first name
    itself (``Will``, ``Grant``)."""
    name = _FULL_NAME.match(rest)
    if name is None or not is_any_first_name(name.group(1)):
        return False
    if first in _COURTESY or (first.endswith(("’s", "'s")) and first[:1].isupper()):
        return True
    return first.lower() in casing().lower and not is_any_first_name(first) \
        and opens_sentence_or_quote(text, start)


def is_nationality(name: str) -> bool:
    """Whether ``name`` is one adjective of nationality ("Romanian" of "the Romanian health
    ministry", which the model reads as an organisation once its lower-case words go)."""
    return name in _NATIONALITIES


def is_person_noun(word: str) -> bool:
    """Whether ``word`` is a noun only people are, written capitalised before a name
    ("Skipper", "Publican", "Midfielder"): no part of the name after it."""
    return word in _PERSON_NOUNS or word in _TRADE_NOUNS


def _person_after(label: str, rest: str) -> bool:
    """Whether ``rest`` after a trade's noun is a person's name: the model's person, or a
    known first name opening it."""
    return label == "PERSON" or is_any_first_name(rest.split(" ", 1)[0])
