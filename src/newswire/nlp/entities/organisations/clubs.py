"""A club named by its city and a plural nickname: ``Montreal Canadiens``, ``Florida Marlins``.

The small model reads the city as a place and leaves the nickname out, or calls it a person
(``Canadiens``); the name is one organisation's. A listed place (the hand-kept or the wider
gazetteer) followed by one or two capitalised words, the last a plural (``Maple Leafs``,
``Red Sox``), is taken for one; not a place's own plural (``Cayman Islands``, ``Niagara
Falls``), a party's members (``Ontario Liberals``), a people (``Kosovo Albanians``), an
event (``Atlanta Olympics``) or a market's (``Tokyo Stocks``).
"""

from __future__ import annotations

import re

from newswire.nlp.entities.words.aliases import table
from newswire.nlp.entities.words.firstnames import is_first_name
from newswire.nlp.entities.words.names import normalise

__all__ = ["city_clubs", "nickname"]

#: A run of capitalised words, one space apart ("St. Louis Cardinals").
_RUN = re.compile(r"(?<![\w.'’&-])[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*")
#: A nickname's last word: a plural of a capitalised word ("Expos", "Leafs"), or "Sox"; not
#: a people's ("Albanians", "Europeans"), nor a word whose "s" is no plural's ("Caucus",
#: "This").
_PLURAL = re.compile(r"(?![A-Z][a-z]*ans$)[A-Z][a-z]*[a-hj-rtv-z]s|Sox")
#: A word ending a sentence inside a run of capitalised words ("Journal. Friends"); not an
#: abbreviation's dot ("St. Louis", "D.C.").
_SENTENCE_END = re.compile(r"(?<=[a-z]{3}\.) ")
#: Plurals that are no club's: a place's, a party's members, a people, an event, a market's,
#: people of a place ("Toronto Residents" in a headline).
_NOT_NICKNAMES = frozenset(re.findall(r"\w+", """
Islands Isles Falls Heights Springs Hills Mountains Lakes Rapids Plains Keys Highlands
Lowlands Territories States Emirates Provinces Woods Downs Flats Sands Narrows Gardens Fields
Meadows Oaks Pines Palms Grounds Docks Towers Estates Commons Halls Ridges Valleys Rocks
Cliffs Shores Beaches Waters Straits Marshes Glades Alps Lands Hamptons Forks Bluffs Pools
Democrats Republicans Liberals Conservatives Tories Socialists Communists Nationalists
Unionists Loyalists Greens Democrats Independents Separatists Federalists
Serbs Croats Kurds Arabs Moslems Muslims Jews Tamils Tutsis Hutus Sikhs Hindus Christians
Catholics Protestants Shiites Sunnis Turks Greeks Poles Czechs Slovaks Finns Danes Swedes
Scots Welsh Irish Dutch
Games Olympics Championships Masters Series Stakes Talks Accords Agreements Awards Affairs
Elections Riots Protests Festivals Paralympics Nationals Regionals Finals Trials
Officials Residents Councillors Councilors Commissioners Mayors Ministers Workers Fans
Voters Police Firefighters Schools Hospitals Businesses Families Students Teachers
Markets Stocks Shares Bonds Futures Notes Prices Rates Sales Results Earnings Exports
Imports Funds Securities Holdings Options Equities News Reports Records Streets Christmas
"""))
#: The most words a nickname has here ("Maple Leafs", "Red Sox").
_MOST_NICKNAME_WORDS = 2


def city_clubs(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a club by a listed place and a plural nickname, as a whole run
    of capitalised words ("the [Montreal Canadiens] beat", "[Toronto Maple Leafs] 4")."""
    found = []
    for run in _RUN.finditer(text):
        start = run.start()
        for piece in _SENTENCE_END.split(run.group()):
            end = start + len(piece) - piece.endswith(".")  # a sentence's full stop
            words = text[start:end].split(" ")
            if words[0] == "The":  # "The Montreal Canadiens won": the name starts after
                words = words[1:]
            if _club(words):
                found.append((end - len(" ".join(words)), end))
            start += len(piece) + 1
    return found


def nickname(name: str) -> str | None:
    """The nickname a club named by its city is called by alone ("Montreal Canadiens" ->
    "Canadiens", "Toronto Maple Leafs" -> "Maple Leafs"), or None for any other name."""
    words = name.split(" ")
    size = _club(words)
    return " ".join(words[-size:]) if size else None


def _club(words: list[str]) -> int:
    """How many of the words are a plural nickname after a listed place (0: none)."""
    if len(words) < 2 or not _PLURAL.fullmatch(words[-1]) or words[-1] in _NOT_NICKNAMES:
        return 0
    whole = normalise(" ".join(words))
    known = table()
    if whole in known.gazetteer or whole in known.places or whole in known.aliases:
        return 0
    if is_first_name(words[0]):  # "Elizabeth Banks", "George Soros": a person's
        return 0
    for size in range(1, _MOST_NICKNAME_WORDS + 1):
        if size >= len(words):
            break
        place, short = normalise(" ".join(words[:-size])), normalise(" ".join(words[-size:]))
        if (place in known.gazetteer or place in known.places) and not (
                short in known.gazetteer or short in known.places):  # "South Wales"
            return size
    return 0
