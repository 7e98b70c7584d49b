"""Which organisation a description names: ``the company``, ``the union``, ``the city``.

A description takes an organisation the article named before it, of its sort when the sort
shows: the noun says what it wants (``company``, ``agency``, ``union``, ``think tank``,
``city``) and a name's own words say what it is (``Maple Leaf Foods Inc.`` a company, ``Canada
Revenue Agency`` an agency, ``Ontario Federation of Labour`` a union, ``Institute for Fiscal
Studies`` a think tank).  So ``the federal agency`` is never the union named last, and ``the
city`` is a place that is no country.  ``service`` shows an agency only as a name's head
(``Toronto Police Service``, not the ``Public Service Alliance of Canada``), and a phrase
with a name before the description's noun shows that sort (``the Sanders campaign`` for
``the campaign``, before a committee whose name shows none).  A name whose words show no
sort may be any sort; ``the airline`` with no company named as such is the one organisation
of no visible sort named as a subject before it (``Air Canada cancelled 200 flights ... The
airline said``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from spacy.tokens import Token

from newswire.nlp.entities.organisations.companies import COMPANY_LAST_WORDS
from newswire.nlp.entities.words.aliases import table
from newswire.nlp.entities.words.names import normalise
from newswire.nlp.quotes.base.referent_types import Referent
from newswire.nlp.quotes.resolution.salience import pick

__all__ = [
    "OrgSort",
    "described_org",
    "is_described_by_kind",
    "may_govern",
    "name_sort",
    "wanted_sort",
]

OrgSort = Literal["company", "agency", "union", "institute", "party", "court", "media",
                  "campaign", "city", "country"]


#: Nouns for one kind of body whose names hold the noun (``Rideau Valley District School
#: Board``, ``National Hockey League``, ``Halifax Chamber of Commerce``): ``the board``,
#: ``the league`` or ``the chamber`` is one whose name or
#: apposition holds it, never the union or the company last named as a subject; with none
#: named, the description speaks as its own phrase. French ``la préfecture`` is the State's
#: office in a département, never the ministry or the association named before it; French
#: ``le ministère`` likewise a ministry, whose name opens with the noun (``ministère de la
#: Santé``), never the company last named (frorgs51: ``Le groupe Valmorel ... Le ministère a
#: indiqué`` gave the company once its name was typed).
_NAMED_BY_NOUN = frozenset(("board", "league", "school", "university", "college", "council",
                            "society", "caucus", "chamber", "préfecture", "ministère"))


def _table(sorts: dict[OrgSort, str]) -> dict[str, OrgSort]:
    return {word: sort for sort, text in sorts.items() for word in text.split()}


#: The sort a description's noun (lemma) asks for, in English and in French.
_NOUN_SORTS = _table({
    "company": "company firm corporation business retailer carrier airline insurer lender "
               "manufacturer automaker carmaker bank chain maker supermarket grocer utility "
               "miner railway "
               "entreprise société groupe firme compagnie constructeur opérateur enseigne",
    "agency": "agency department ministry regulator watchdog bureau commission authority "
              "force "  # "The force said": the police named before
              "ministère agence autorité régulateur préfecture gendarmerie",
    "union": "union syndicat fédération confédération",
    "institute": "institute think-tank tank foundation trust charity institut fondation "
                 "association hospital clinic",
    "party": "party parti",
    "court": "court tribunal cour parquet",
    "media": "newspaper paper network outlet magazine broadcaster channel station "
             "publication journal quotidien hebdomadaire chaîne",
    "campaign": "campaign",
    "city": "city town municipality village borough "  # not "the state": no gazetteer of states
            "ville commune mairie municipalité arrondissement",
    "country": "country nation pays",
})
#: The sort a word of an organisation's name shows (lower case, no full stop).
_NAME_SORTS = _table({
    "company": "inc corp corporation co ltd llc plc company companies holdings foods motors "
               "airlines airways bank industries technologies pharmaceuticals",
    "agency": "agency department ministry bureau commission authority administration "
              "regulator service office police rcmp opp constabulary ministère agence "
              "autorité direction",
    "union": "union unions federation workers teamsters unite unison nurses nurses' teachers "
             "teachers' employees employees' syndicat fédération confédération cgt cfdt fo",
    "institute": "institute institution foundation centre center trust charity hospital "
                 "clinic infirmary",
    "party": "party",
    "court": "court tribunal",
    "media": "times post journal tribune herald gazette globe news broadcasting",
    "campaign": "campaign",
})


#: A company's last words
#: (:data:`~newswire.nlp.entities.organisations.companies.COMPANY_LAST_WORDS`), but
#: not those a broadcaster's or a network's name ends with (``Bell Media``: ``the network``).
_COMPANY_LAST = frozenset(w.lower() for w in COMPANY_LAST_WORDS) - frozenset((
    "media", "entertainment", "networks", "communications", "telecom"))
#: Name words that show a sort only as the name's head: ``Toronto Police Service`` is an
#: agency, the ``Public Service Alliance of Canada`` a union of public servants.
_HEAD_ONLY = frozenset(("service",))


#: Capitalised words that describe an organisation instead of naming one: ``the Crown
#: corporation`` is one of Canada's state-owned companies, whatever its name shows (``Canada
#: Post``, ``Hydro-Québec``), not an organisation called "Crown".
_DESCRIBING = frozenset(("crown",))


def is_described_by_kind(head: Token) -> bool:
    """``the Crown corporation``: a capitalised word before the noun says what sort it is,
    not whose it is (``the Obama administration``)."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ in _DESCRIBING for c in head.children)


def wanted_sort(head: Token) -> OrgSort | None:
    """The sort of organisation a description's head noun asks for (``the think tank``);
    none for ``the Crown corporation``, which may be of any."""
    if is_described_by_kind(head):
        return None
    lemma = head.lemma_.lower()
    if lemma == "tank" and not any(c.lower_ == "think" for c in head.lefts):
        return None  # a tank is no think tank
    return _NOUN_SORTS.get(lemma)


def name_sort(referent: Referent) -> OrgSort | None:
    """The sort an organisation's name shows, if any: a place is a city or a country."""
    if referent.place:
        return "country" if normalise(referent.name) in table().countries else "city"
    # A plural's apostrophe, curly or straight, is no part of the word it shows a sort by:
    # ``Paramedic Workers’ Association`` is a union.
    words = [w.lower().rstrip(".,’'") for w in referent.name.split()]
    if words[-1:] == ["post"] and normalise(" ".join(words[:-1])) in table().countries:
        return "company"  # "Canada Post", a country's postal service, is no newspaper
    found = {_NAME_SORTS[w] for i, w in enumerate(words) if w in _NAME_SORTS
             and (w not in _HEAD_ONLY or _is_name_head(words, i))}
    if not found and words[-1] in _COMPANY_LAST:
        return "company"  # "Cyclica Metals", "Northgate Mining": no person's, no agency's
    return found.pop() if len(found) == 1 else None


def _is_name_head(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is the head of a name: its last word, or the last before
    ``of``/``for`` (``Correctional Service of Canada``)."""
    return at == len(words) - 1 or words[at + 1] in ("of", "for")


def may_govern(noun: str, referent: Referent) -> bool:
    """``the government`` is a government or one of its agencies by their names' words
    (``Justice Department``), never an organisation whose name shows no such sort, as a
    company, union or party named before (``Ontario Power Generation said ... The federal
    government says``): with none, it speaks as its own phrase."""
    words = referent.name.lower().split()
    return noun != "government" or "government" in words or name_sort(referent) == "agency"


def described_org(head: Token, earlier: Sequence[Referent], *,
                  sort_only: bool = False) -> Referent | None:
    """The organisation of ``earlier`` (named before ``head``, oldest first) that ``the
    company`` or ``the city`` stands for, never one of another sort: one with its noun in
    its name, else the last named subject (one of its sort, when a name shows its sort),
    else a phrase ending with its noun (``the Teamsters union``), else the last of its sort
    (``According to the IFS ... The think tank said``).  ``sort_only`` (a noun that names no
    organisation by itself: ``the city``, ``the watchdog``): the one organisation of its
    sort, if only one."""
    noun = head.lower_
    sort = wanted_sort(head)
    places = sort in ("city", "country")
    fitting = [r for r in earlier if r.place == places and may_govern(noun, r) and (
        sort is None or name_sort(r) in (None, sort) or _headed_by(noun, r.name))
        and (noun not in _NAMED_BY_NOUN or _holds(noun, r))]
    named = [r for r in fitting if r.entity_id is not None]
    # A phrase with a name in it shows its sort by its noun (``the Sanders campaign``).
    own_sort = [r for r in fitting if sort is not None and name_sort(r) == sort
                and (r.entity_id is not None or _name_before(noun, r.name))]
    if sort_only:
        if sort == "company" and not own_sort:  # "Air Canada ... The airline said"
            own_sort = [r for r in named if r.subject and name_sort(r) is None]
        return own_sort[-1] if len({r.name for r in own_sort}) == 1 else None
    by_word = [r for r in named if noun in r.name.lower().split()]
    if by_word:
        return _unnamed_since(head, fitting, pick(by_word))
    subjects = [r for r in named if r.subject]
    own_sort = own_sort or (_apposed_since(noun, named) if sort is not None else [])
    if own_sort:  # a subject whose name shows no sort gives way to one that shows the sort
        # asked for, subject or not (``the Ontario Nurses' Association disputes``, a verb
        # the parse may read as a noun, ``... The union says``).
        subjects = [r for r in subjects if r in own_sort]
    for candidates in (subjects,
                       [r for r in fitting if r.name.lower().split()[-1:] == [noun]]):
        if candidates:
            return pick(candidates)
    return pick(own_sort)


def _holds(noun: str, referent: Referent) -> bool:
    """Whether an organisation's name or apposition holds ``noun`` (``the board``)."""
    return noun in referent.name.lower().split() or noun in referent.titles


def _apposed_since(noun: str, named: Sequence[Referent]) -> list[Referent]:
    """``Riverbend Property Group, a Calgary company``, named after the last subject: the
    article said which one ``the company`` is. Before the last subject, that subject is
    the one the next sentence goes on about (``Wealth-X ... The company says``)."""
    last = max((r.start for r in named if r.subject), default=-1)
    return [r for r in named if noun in r.titles and r.start > last]


def _headed_by(noun: str, name: str) -> bool:
    """``the association`` for the ``Alberta Teachers' Association``: the noun is the
    name's head, whatever sort its other words show (``Teachers'``: a union)."""
    words = [w.lower().rstrip(".,") for w in name.split()]
    return any(w == noun and _is_name_head(words, i) for i, w in enumerate(words))


def _name_before(noun: str, phrase: str) -> bool:
    """``Sanders campaign`` for ``the campaign``: the noun after a name."""
    words = phrase.split()
    return words[-1].lower() == noun and any(w[:1].isupper() for w in words[:-1])


def _unnamed_since(head: Token, fitting: Sequence[Referent], chosen: Referent | None
                   ) -> Referent | None:
    """``One of them, UnitedHealth Group, ... the trade group for the Blue Cross Blue Shield
    plans spelled out its concerns ... the group wrote``: an organisation the article
    brought in unnamed, by the description's own noun, after the name that merely holds
    the noun (a name the article describes by its sort, ``the drug company``, stays)."""
    lemma = head.lemma_.lower()
    since = [r for r in fitting if r.entity_id is None and r.noun == lemma
             and (chosen is None or r.start > chosen.start)]
    return since[-1] if since else chosen
