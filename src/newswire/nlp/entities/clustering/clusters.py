"""One entity of an article (a :class:`Cluster` of its mentions): its name and its type.

The name is the shipped table's spelling, else the fullest form written. The type is the
model's vote over the mentions, overruled by what the name's words say: an event's last word
(``Canadian Open``), a club's word (``Leeds United``), a known first name with a surname the
article calls a person (``Donald Trump`` read as an organisation), a gazetteer place, a place
named in sports results (a club). How mentions are grouped into clusters is in
:mod:`~newswire.nlp.entities.clustering.grouping`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import cast

from newswire.models import EntityType
from newswire.nlp.entities.geography import places
from newswire.nlp.entities.organisations.land_bodies import is_land_body
from newswire.nlp.entities.spans.mentions import Mention
from newswire.nlp.entities.words.aliases import Known, table
from newswire.nlp.entities.words.casing import casing
from newswire.nlp.entities.words.firstnames import is_first_name
from newswire.nlp.entities.words.names import normalise, words
from newswire.nlp.entities.words.namewords import (
    CLUB_WORDS,
    INSTITUTIONS,
    ORG_LAST_WORDS,
    last_word_type,
    not_a_person,
)

__all__ = ["Cluster", "not_a_person"]

#: Types a gazetteer place may overrule: the small model mixes these up on place names.
_PLACE_CONFUSIONS = frozenset({"GPE", "LOC", "PERSON", "ORG", "FAC"})
#: First words of place names the model reads as a person's first name ("St Louis").
_PLACE_PREFIXES = frozenset({"St", "St.", "Ste", "Ste.", "Saint", "Fort", "Port", "Mount"})
#: Types the small model gives a person's full name written in the article as a person
#: elsewhere ("Donald Trump" read as ORG, "John Kasich" as GPE, "Charlie Crist" as NORP).
_PERSON_CONFUSIONS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC"})
#: Types it gives an unfamiliar name (a transliterated one, "a schoolteacher named Dil
#: Bahadur Shahi") when only an apposition or a naming noun says it is a person's.
_THING_CONFUSIONS = frozenset({"WORK_OF_ART", "PRODUCT"})
#: Types the model gives a company named after a workplace's words ("an analyst at
#: Bernstein" read as a place).
_WORKPLACE_CONFUSIONS = frozenset({"GPE", "LOC", "FAC", "PERSON"})
#: A middle initial ("Donald J. Trump").
_INITIAL = re.compile(r"[A-Z]\.")
#: The role every member of a council holds: a mayor or a party's leader there is written
#: ``Cr`` too, and their own office says more.
_EVERY_COUNCILLOR = "Councillor"


@dataclass
class Cluster:
    """The mentions of one entity in one article."""

    key: str
    mentions: list[Mention] = field(default_factory=list)
    known: Known | None = None
    # Last words of the article's names the model read as a person's (casefolded).
    person_surnames: frozenset[str] = frozenset()
    # The article's names of two words or more the model read as a person's (normalised).
    full_names: frozenset[str] = frozenset()
    # The towns the article's local bodies are named after ("galway" of "Galway Chamber").
    body_towns: frozenset[str] = frozenset()
    # The last answer of longest(), with the mentions it was made from (it is asked often).
    _longest: tuple[tuple[int, ...], str] | None = field(default=None, repr=False, compare=False)
    # The last answer of type(), with all it was made from (every pass asks it again).
    _typed: tuple[tuple[object, ...], EntityType] | None = field(default=None, repr=False,
                                                                 compare=False)

    def longest(self) -> str:
        """The fullest form written: most words, then most characters, then most frequent."""
        seen = tuple(map(id, self.mentions))
        if self._longest and self._longest[0] == seen:
            return self._longest[1]
        pool = [m for m in self.mentions if not m.shaky] or self.mentions
        counts = Counter(m.form for m in pool)
        found = max(counts, key=lambda t: (len(words(t)), len(t), counts[t]))
        self._longest = (seen, found)
        return found

    def name(self) -> str:
        """The canonical name: the table's spelling when the table knows it, else the longest."""
        if self.known:
            return self.known.name
        longest = self.longest()
        # Written only in capitals ("GENEVA" in a dateline): the gazetteer has the usual case.
        if not longest.isupper():
            return longest
        key = normalise(longest)
        place = table().places.get(key)
        return place.name if place else places.spelled(longest)

    def type(self) -> EntityType:
        """One type over all mentions: the table, else the votes, a full name's counting twice."""
        inputs = self._type_inputs()
        if self._typed is None or self._typed[0] != inputs:
            self._typed = (inputs, self._type())
        return self._typed[1]

    def _type_inputs(self) -> tuple[object, ...]:
        """All :meth:`_type` reads but the shipped tables: the table's entry, the article's
        names, every field of every mention in order (passes add mentions, set flags)."""
        return (self.known, self.person_surnames, self.full_names, self.body_towns,
                *(tuple(vars(m).values()) for m in self.mentions))

    def _type(self) -> EntityType:
        if self.known:
            return self.known.type
        voted = self.voted()
        parts = words(self.longest())
        if named := last_word_type(voted, self.longest()):
            return named
        if voted == "PERSON" and len(parts) >= 2 and parts[0].title() in _PLACE_PREFIXES:
            voted = "GPE"  # "St Louis" is no person; in results it is a club (below)
        if voted != "ORG" and self._in_results():
            return "ORG"
        confused = voted in _PERSON_CONFUSIONS and (
            self._personal() or self._aged() or self._described_person() or self._spoken_of())
        if confused or (voted in _THING_CONFUSIONS and self._described_person()):
            voted = "PERSON"
        elif voted in _WORKPLACE_CONFUSIONS and (self._employer() or self._officered()):
            voted = "ORG"
        if voted == "PERSON" and (not_a_person(parts) or self._company() or self._land_body()):
            voted = "ORG"
        if place := self._place_type(voted):
            return place
        clubbed = voted in ("GPE", "LOC", "PERSON") and CLUB_WORDS.intersection(parts)
        if clubbed or (voted in ("GPE", "LOC") and self._team()):
            return "ORG"
        return voted or "ORG"

    def common_word(self) -> bool:
        """Whether the entity is a word English writes in lower case, capitalised only
        because every mention opens a line or a sentence ("Fans said", "Men's 800 metres",
        "Attendance: 20,000"); not a listed name, a first name, a team of results, a word in
        capitals, a place by the words around it ("PURCHASE, N.Y."), nor an organisation's
        or a people's name but a plural or one with "'s" after it."""
        if self.known or not self.mentions or not all(
                m.opens and not m.shaky and not (m.team or m.scored) and " " not in m.text
                for m in self.mentions):
            return False
        word = self.mentions[0].text
        key = normalise(word)
        if word.casefold() not in casing().lower or is_first_name(word) or word.isupper() \
                or key in table().gazetteer or key in table().places \
                or any(m.place_noun for m in self.mentions):
            return False
        # A company's or a people's word stays ("Apple said", "Democratic leaders"), but
        # not a plural ("Fans said") or one with "'s" after it ("Men's 800 metres").
        return (self.voted() not in ("ORG", "NORP") or word.endswith("s")
                or any(m.possessed for m in self.mentions))

    def _personal(self) -> bool:
        """A known first name and a capitalised surname the article calls a person somewhere
        ("Donald Trump" beside "Trump said"), with no organisation's last word."""
        name = self.longest()
        parts = words(name)
        # A middle initial may stand between them: "Donald J. Trump".
        middle_ok = len(parts) == 2 or (len(parts) == 3 and _INITIAL.fullmatch(parts[1]))
        return bool(middle_ok and name == " ".join(parts) and is_first_name(parts[0])
                    and all(p[:1].isupper() and not p.isupper() for p in (parts[0], parts[-1]))
                    and parts[-1] not in ORG_LAST_WORDS
                    and parts[-1].casefold() in self.person_surnames)

    def _described_person(self) -> bool:
        """An apposition calls a mention a person ("Sylvain Charlebois, a professor at"), and
        the name is two or three capitalised words with no organisation's last word."""
        parts = words(self.longest())
        return 2 <= len(parts) <= 3 and parts[-1] not in ORG_LAST_WORDS \
            and all(p[:1].isupper() and not p.isupper() for p in parts) \
            and any(m.person for m in self.mentions)

    def _spoken_of(self) -> bool:
        """A mention in running text has a title before it ("Finance Minister Wataru Kubo")
        or, read as an organisation, a person's pronoun after it ("Davies said he",
        "Christie did not announce his decision"), and the name is one to three
        capitalised words with no organisation's last word; not a people ("British")."""
        parts = words(self.longest())
        if not (1 <= len(parts) <= 3) or not_a_person(parts) or self.voted() == "NORP" \
                or not all(p[:1].isupper() and not p.isupper() for p in parts):
            return False
        # A pronoun after a place is the sentence's subject's ("tests in Cologne proved his").
        # Nor an organisation named with common words ("Washington Post", "Democratic
        # National Convention").
        pronoun = self.voted() in ("ORG", "FAC") \
            and not (len(parts) == 1 and parts[0] in INSTITUTIONS) \
            and not any(p.casefold() in casing().lower and not is_first_name(p) for p in parts)
        return any((m.role or (pronoun and m.pronoun)) and not (m.shaky or m.team or m.scored)
                   for m in self.mentions)

    def _employer(self) -> bool:
        """A workplace's or a holding's words come before a mention ("an analyst at
        Bernstein", "shares of Nvidia"): an organisation; not a listed place, nor a name
        opening with a first name or followed by "'s" ("shares in Warren Buffett's ...")."""
        parts = words(self.longest())
        key = normalise(self.longest())
        return bool(parts) and not is_first_name(parts[0]) \
            and key not in table().places and key not in table().countries \
            and any(m.employer and not m.possessed for m in self.mentions)

    def _officered(self) -> bool:
        """A body's officer follows a mention (``Unifor national president Lana Payne``; see
        :mod:`~newswire.nlp.entities.organisations.officers`), and no mention calls it a person
        or a listed place, nor does a first name open it; no mention is where people live or
        things happen (``residents in Ballinacorrig``: a town's club is its own entity)."""
        parts = words(self.longest())
        key = normalise(self.longest())
        return bool(parts) and not is_first_name(parts[0]) \
            and key not in table().places and key not in table().countries \
            and any(m.officered for m in self.mentions) and not any(
                m.role or m.person or m.aged or m.pronoun or m.people_in for m in self.mentions)

    def _land_body(self) -> bool:
        """A field's words and a land (``Creative Scotland``; see
        :mod:`~newswire.nlp.entities.organisations.land_bodies`) that no mention calls a
        person (a title, an apposition, an age, ``said he``)."""
        return is_land_body(words(self.longest())) and not any(
            m.role or m.person or m.aged or m.pronoun for m in self.mentions)

    def _aged(self) -> bool:
        """An age follows a mention between commas ("Meri, 67, has been accused"): only a
        person has one; not in sports results, where numbers follow names."""
        return any(m.aged and not (m.team or m.scored) for m in self.mentions)

    def _company(self) -> bool:
        """A company's words follow a mention ("Barrick shares fell", "Zenith said its"), and
        no known first name opens the name ("Warren Buffett's shares" are his)."""
        parts = words(self.longest())
        return bool(parts) and not is_first_name(parts[0]) and any(
            m.company for m in self.mentions)

    def _place_type(self, voted: EntityType | None) -> EntityType | None:
        """The type a gazetteer gives the name when it may overrule the model's vote: the
        hand-kept one more often than the wider one; a club's when sports results name it."""
        key = normalise(self.longest())
        place = table().places.get(key)
        if place and (voted is None or voted in _PLACE_CONFUSIONS):
            return "ORG" if self._team() else place.type
        if key in table().gazetteer and places.confusable(key, voted, self.mentions):
            if self._team():
                return "ORG"
            if places.overrules(self.longest(), voted, self.mentions,
                                titled=bool(self.role()), full_names=self.full_names):
                return "GPE"
        elif key not in table().gazetteer and not not_a_person(words(self.longest())) \
                and places.unlisted_town(self.longest(), voted, self.mentions,
                                         body_town=key in self.body_towns):
            return "GPE"
        return None

    def _team(self) -> bool:
        """A place named mostly in sports results is a club ("Somerset 236-4", "CHICAGO 69
        59 .539"); a country is its national team, which stays a place."""
        if normalise(self.longest()) in table().countries:
            return False
        return 2 * sum(m.scored for m in self.mentions) >= len(self.mentions)

    def _in_results(self) -> bool:
        """Named mostly in lines of results or standings (:mod:`.results`): a team, whatever
        the model read ("Ajax 2 PSV 1" as a person); a country is its national team, a place."""
        if normalise(self.longest()) in table().countries:
            return False
        return 2 * sum(m.team for m in self.mentions) >= len(self.mentions)

    def voted(self) -> EntityType | None:
        """The model's majority type over reliable mentions, a full name's counting twice."""
        full = normalise(self.longest())
        votes: Counter[str] = Counter()
        for m in self.mentions:
            if m.label and not m.shaky:
                votes[m.label] += 2 if normalise(m.text) == full else 1
        voters = [m for m in self.mentions if m.label and not m.shaky]
        if not votes:
            votes.update(m.label for m in self.mentions if m.label)
            voters = [m for m in self.mentions if m.label]
        if not votes:
            return None
        best = max(votes.values())
        # A tie goes to the first mention that voted: a headline's guess, in capitals or
        # Headline Case, does not break it ("BATISTUTA" read as an organisation).
        first = next(m.label for m in voters if votes[m.label or ""] == best)
        return cast(EntityType, first)

    def role(self) -> str | None:
        """The title most often written before this person's name; ``Councillor`` only when
        no other is (Australian papers write ``Cr Thistlewood`` for a Lord Mayor too)."""
        roles = Counter(m.role for m in self.mentions if m.role)
        if len(roles) > 1:
            roles.pop(_EVERY_COUNCILLOR, None)
        return roles.most_common(1)[0][0] if roles else None
