"""When the wider gazetteer (``data/places.json.gz``: pycountry, GeoNames) overrules the model.

Its names are many and often people's or companies' too ("Bush" is a town in Egypt, "Toyota"
a city in Japan), so it decides only a split vote: a name the model read as a person or an
organisation at some mentions and as something else at others. Measured on PolNeAR train
(political news), overruling a unanimous vote turned Bush, Kennedy and "dos Santos" into
places; on CoNLL train (sports results), it helped little more than the split vote does.
The words around a mention (:func:`place_cue`: "Surrey council", "Lincoln, Nebraska", "the
town of Kaolack"; :func:`preposition_before` against a person's vote: "in Grozny";
:func:`people_before` against a company's: "riders in Dartmouth", not "shares in Toyota")
count as a place's vote, so such a unanimous vote becomes a split one. A place of several
words is found whole where the model cut or missed it (:func:`long_places`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from newswire.models import EntityType
from newswire.nlp.entities.roles.titles import split_leading_title
from newswire.nlp.entities.words.aliases import table
from newswire.nlp.entities.words.firstnames import is_first_name
from newswire.nlp.entities.words.names import is_corporate, normalise, words

if TYPE_CHECKING:
    from newswire.nlp.entities.spans.mentions import Mention

__all__ = [
    "CONFUSIONS", "REGION_ABBREVIATIONS", "confusable", "long_places", "overrules",
    "people_before", "place_cue", "place_noun_after", "preposition_before", "spelled",
    "unlisted_town",
]

#: Types the wider gazetteer may overrule; not LOC, which the model gives regions rightly
#: ("the South", "Long Island", which Cameroon's and the Bahamas' regions would make GPE).
CONFUSIONS = frozenset({"GPE", "FAC", "PERSON", "ORG"})

#: Nouns of a place's institutions and people, written right after its name ("Surrey
#: council", "Kamloops fire crews", "Winnipeg's mayor"): a person or a company has none
#: ("the Bush administration", "the Toyota plant").
_PLACE_NOUNS = ("council", "councillors?", "councilors?", "police", "residents", "mayor",
                "city hall", "fire", "firefighters", "school board", "school district",
                "hospital", "airport", "neighbou?rhoods?", "city", "area", "hinterland")
_PLACE_NOUN_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?:" + "|".join(_PLACE_NOUNS) + r")\b")
#: The same nouns after a local government's word ("Halifax regional council", "Surrey
#: city council").
_LOCAL_NOUN_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?:regional|municipal|county|town|district)"
                               r"[ \t]+(?:" + "|".join(_PLACE_NOUNS) + r")\b")
#: A company named after a place is "X-based" nowhere ("an Edmonton-based firm").
_BASED_AFTER = re.compile(r"-based\b")
#: The state or province a city's name is followed by ("Moncton, N.B.", "Dayton, Ohio"):
#: up to three capitalised words, or the usual abbreviations, then no more of a name.
_REGION_AFTER = re.compile(r",[ \t]+((?:[A-Z][\w.]*[ \t]?){1,3}?)(?=[ \t]*(?:[,.;:)\n(]|$|-[ \t]))")
#: The usual abbreviations of US states and Canadian provinces ("N.B.", "Calif."), dotted.
REGION_ABBREVIATIONS = frozenset({
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
    "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.",
    "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.",
    "S.C.", "S.D.", "Tenn.", "Va.", "Vt.", "Wash.", "Wis.", "W.Va.", "Wyo.", "D.C.", "Alta.",
    "B.C.", "Man.", "N.B.", "N.L.", "Nfld.", "N.S.", "Ont.", "P.E.I.", "Que.", "Sask.",
})
#: Words before a name that make it a place ("the Chechen capital Grozny", "the town of
#: Doboj", "Serb-held Doboj", "a crash near Truro", "30 km north of Zadar").
_PLACE_BEFORE = re.compile(r"(?:\bcapital(?:[ \t]+of)?|\b(?:town|city|village|suburb|"
                           r"outskirts|province|port)[ \t]+of|-held|\bnear|\b(?:north|south)?"
                           r"(?:north|south|east|west)[ \t]+of)[ \t]+$")
#: Where a person lives, before and after a name: "a Truro man", "a Dartmouth woman".
_RESIDENT_BEFORE = re.compile(r"\b[Aa]n?[ \t]+$")
_RESIDENT_AFTER = re.compile(r"[ \t]+(?:man|woman|teen|teenager|boy|girl|couple|family|"
                             r"resident|native)\b")
#: A preposition of place before a name, no possessive after it ("talks in Dayton", "a
#: village near Grozny"; not "faith in Bush's plan"). Not "to" or "from", which persons
#: and companies take as often ("sold to Toyota", "an M.F.A. from Columbia").
_PREPOSITION_BEFORE = re.compile(r"(?:^|[ \t(])(?:in|near|outside)[ \t]+$")
_POSSESSIVE_AFTER = re.compile(r"['’]")
#: People and homes a place holds, before "in", "of", "near" or "across" and its name
#: ("riders in Dartmouth", "residents of Surrey"): a company holds none of them ("shares in
#: Toyota", "workers at Toyota").
_PEOPLE_IN = re.compile(
    r"\b(?:residents|riders|commuters|people|families|homeowners|homes|households|voters|"
    r"students|schools|neighbourhoods|neighborhoods|communities|streets|roads|drivers|"
    r"businesses|patients|hospitals|those|everyone|anyone|someone|children|seniors|"
    r"tenants|renters|parents|neighbours|neighbors)[ \t]+(?:who[ \t]+live[ \t]+)?"
    r"(?:in|of|near|across|around|throughout)[ \t]+$", re.IGNORECASE)
#: What a company has "in" it, before "in" ("shares in Toyota", "a stake in Toyota").
_HELD_IN = re.compile(
    r"\b(?:shares?|stakes?|interests?|investments?|invest(?:ed|ing|s)?|holdings?|"
    r"confidence|faith|trust|jobs|role|part|deal|position|positions|roles)[ \t]+in[ \t]+$",
    re.IGNORECASE)


def place_noun_after(text: str, end: int) -> bool:
    """Whether a noun of a place's institutions or people follows the name ending at ``end``."""
    return bool(_PLACE_NOUN_AFTER.match(text, end) or _LOCAL_NOUN_AFTER.match(text, end))


def place_cue(text: str, start: int, end: int) -> bool:
    """Whether the words around the name at ``[start, end)`` make it a place: a place's noun
    after it (:func:`place_noun_after`), "-based", its state or province after a comma
    ("Moncton, N.B."), or "capital", "town of", "-held" before it."""
    return (place_noun_after(text, end) or bool(_BASED_AFTER.match(text, end))
            or _region_after(text, end)
            or bool(_PLACE_BEFORE.search(text, max(0, start - 20), start))
            or bool(_RESIDENT_AFTER.match(text, end)
                    and _RESIDENT_BEFORE.search(text, max(0, start - 4), start)))


def preposition_before(text: str, start: int, end: int) -> bool:
    """Whether "in", "near" or "outside" stands before the name at ``[start, end)``, with no
    possessive after it: a place's preposition, but a company's too ("shares in Toyota")."""
    return bool(_PREPOSITION_BEFORE.search(text, max(0, start - 10), start)
                and not _POSSESSIVE_AFTER.match(text, end))


def people_before(text: str, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` is where people live or things happen, a vote for
    a place even against a company's: "riders in Dartmouth", "residents of Surrey", "talks
    in Dayton"; not what a company has "in" it ("shares in Toyota", "a stake in Toyota")."""
    if _POSSESSIVE_AFTER.match(text, end):
        return False
    window = max(0, start - 40)
    return bool(_PEOPLE_IN.search(text, window, start) or (
        _PREPOSITION_BEFORE.search(text, window, start)
        and not _HELD_IN.search(text, window, start)))


def _region_after(text: str, end: int) -> bool:
    found = _REGION_AFTER.match(text, end)
    if not found:
        return False
    region = found.group(1).strip()
    return region in REGION_ABBREVIATIONS or normalise(region) in table().regions


def overrules(name: str, voted: EntityType | None, mentions: Sequence[Mention], *,
              titled: bool, full_names: frozenset[str]) -> bool:
    """Whether ``name``, a place of the wider gazetteer, is a GPE though the model voted
    ``voted`` over ``mentions``; ``titled``: a title stood before it; ``full_names``: the
    article's persons' names of two words or more, normalised."""
    key = normalise(name)
    if key not in table().gazetteer or not confusable(key, voted, mentions):
        return False
    if voted not in ("PERSON", "ORG"):
        return True
    every = all(m.label == voted for m in mentions if m.label) and not _place_noun(key, mentions)
    if voted == "ORG":
        # "Toyota said", read so at every mention, is the company; "riders in Dartmouth"
        # live in a place (:func:`people_before`: not "shares in Toyota").
        return not every or any(m.people_in for m in mentions)
    # "in Grozny" is a place's, where a person's name seldom stands ("faith in Bush's plan"
    # has its possessive): against a person's vote, any "in" counts.
    every = every and not any(m.place_in for m in mentions)
    return not ((every and not _region_of_words(key)) or titled
                or _named_person(key, full_names))


def unlisted_town(name: str, voted: EntityType | None, mentions: Sequence[Mention], *,
                  body_town: bool = False) -> bool:
    """Whether ``name``, in no gazetteer, is a town though the model read it as an
    organisation: the words around a mention make it a place (:func:`place_cue`: "near
    Truro", "Zadar police", "a Dartmouth man"), or a local body of the article is named
    after it (``body_town``: "Galway" beside "Galway Chamber"), and none makes it a
    company's (:func:`.retype.company_cue`); one or two capitalised words, no acronym, no
    company's legal form. Beside its body, a town read as a person ("Moray has lost") is one
    too when no mention calls it a person (a title, an apposition, an age, ``said he``); a
    name that says something ("Kerry said it would") is a body's, not the town's."""
    parts = words(name)
    person = voted == "PERSON" and body_town and not any(
        m.role or m.person or m.aged or m.pronoun for m in mentions)
    if (voted != "ORG" and not person) or not 1 <= len(parts) <= 2 or is_corporate(name) or any(
            not p[:1].isupper() or p.isupper() for p in parts):
        return False
    key = normalise(name)
    if key in table().aliases or is_first_name(parts[0]):
        return False
    # "Unemployment in Cork fell": where things happen (``people_in``) is a place's too, as
    # when a body named after the town ("Cork Chamber president ...") is typed apart.
    body_town = body_town and not any(m.speaks for m in mentions)  # "Kerry said": the body
    return (body_town or any(m.place_noun or m.people_in for m in mentions)) \
        and not any(m.company or m.officered for m in mentions)


def confusable(key: str, voted: EntityType | None, mentions: Sequence[Mention]) -> bool:
    """Whether the model's ``voted`` may be overruled: one of :data:`CONFUSIONS`, or a
    product's followed by a place's noun ("Winnipeg police said": PRODUCT)."""
    return (voted is None or voted in CONFUSIONS
            or (voted == "PRODUCT" and _place_noun(key, mentions)))


def _place_noun(key: str, mentions: Sequence[Mention]) -> bool:
    """A mention the words around make a place's (:func:`place_cue`: "Surrey council
    approved") votes for a place, unless a first name opens the name ("Eugene police" is
    rare, "Eugene's family" is not)."""
    parts = words(key)
    return bool(parts) and not is_first_name(parts[0]) and any(m.place_noun for m in mentions)


def _region_of_words(key: str) -> bool:
    """A country's or province's name of two words or more is no person's ("Nova Scotia's
    Michelle Thompson"); a city's may be ("Benito Juarez", a borough of Mexico City)."""
    return " " in key and key in table().regions


def _named_person(key: str, full_names: frozenset[str]) -> bool:
    """A first name opens it ("Eugene"), or another person's full name in the article ends
    with its last word ("Hamilton" beside "Lewis Hamilton")."""
    parts = words(key)
    last = key.rsplit(" ", 1)[-1]
    return bool(parts and (is_first_name(parts[0]) or any(
        other != key and other.rsplit(" ", 1)[-1] == last for other in full_names)))


def spelled(written: str) -> str:
    """A name written in capitals as the gazetteer spells it, when it has the same letters
    ("BANGOR" -> "Bangor"; "BUSH" is no "Būsh")."""
    found = table().gazetteer.get(normalise(written), written)
    return found if found.upper() == written.upper() else written


#: A word of a place's name: capitalised ("Nova", "St."), or a small word inside one
#: ("Trinidad and Tobago", "Isle of Man", "Rio de Janeiro").
_NAME_WORD = re.compile(r"(?<![\w'’-])(?:[A-Z][\w-]*\.?|(?:and|of|de|do|da|del|la|upon)(?=[ \t]))")
#: The most words a place's name has here ("Saint Vincent and the Grenadines" aside).
_MOST_PLACE_WORDS = 4
#: Where a sentence opens: its first word may stand capitalised before a place ("In Nova
#: Scotia").
_SENTENCE_OPENS = re.compile(r"[.!?:;\"“(][ \t]{1,2}$")


def long_places(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a place of the wider gazetteer in two words or more, written as a
    name on its own: no capitalised word right before it (the line's first word aside) or
    after it, unless a role ("Nova Scotia Premier Tim Houston")."""
    found: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        for run in _word_runs(text, line.start(), line.end()):
            if len(run) < 2:  # most capitalised words stand alone
                continue
            i = 0
            while i < len(run):
                size = _place_size(text, run, i)
                if size and _stands_alone(text, run, i, size, line.start()):
                    found.append((run[i][0], run[i + size - 1][1]))
                    i += size
                else:
                    i += 1
    return found


def _word_runs(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    """The line's name words, in runs of words one space apart."""
    runs: list[list[tuple[int, int]]] = []
    for match in _NAME_WORD.finditer(text, start, end):
        if runs and text[runs[-1][-1][1]:match.start()] == " ":
            runs[-1].append(match.span())
        else:
            runs.append([match.span()])
    return runs


def _place_size(text: str, run: list[tuple[int, int]], i: int) -> int:
    """How many words from ``run[i]`` make a place of two words or more (0: none)."""
    if not text[run[i][0]].isupper() or normalise(text[slice(*run[i])]) not in _first_words():
        return 0
    for size in range(min(_MOST_PLACE_WORDS, len(run) - i), 1, -1):
        last = run[i + size - 1]
        piece = text[run[i][0]:last[1]]
        # A company's legal form is no place's word ("Gold Fields of South Africa Ltd").
        if text[last[0]].isupper() and normalise(piece) in table().gazetteer \
                and not is_corporate(piece):
            return size
    return 0


@cache
def _first_words() -> frozenset[str]:
    """The first words of the wider gazetteer's names of two words or more."""
    return frozenset(key.split(" ", 1)[0] for key in table().gazetteer if " " in key)


def _stands_alone(text: str, run: list[tuple[int, int]], i: int, size: int,
                  line_start: int) -> bool:
    """No capitalised word right before the place (a sentence's first word aside), and none
    right after it but a title's ("Premier", "Health Minister")."""
    first = run[0][0]
    opens = first == line_start or _SENTENCE_OPENS.search(text, max(line_start, first - 3), first)
    if i > 0 and text[run[i - 1][0]].isupper() and not (i == 1 and opens):
        return False
    after = run[i + size][0] if i + size < len(run) else None
    return after is None or not text[after].isupper() or split_leading_title(
        text[after:after + 60].split("\n", 1)[0])[0] is not None
