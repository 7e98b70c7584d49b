"""What the words around a name say about it, read once per mention.

Each cue is a boolean field of :class:`~newswire.nlp.entities.spans.mentions.Mention`; the
clusters weigh them against the model's vote. Kept apart from the mention's construction
so the list of cues can grow without the cleaning of spans growing with it.
"""

from __future__ import annotations

import re
from typing import TypedDict

from newswire.nlp.entities.geography.places import people_before, place_cue, preposition_before
from newswire.nlp.entities.organisations.companies import ORG_NOUNS, nouns_pattern
from newswire.nlp.entities.organisations.officers import officer_follows
from newswire.nlp.entities.roles.false_titles import person_noun_before
from newswire.nlp.entities.spans.forms import opens_sentence
from newswire.nlp.entities.spans.retype import company_cue, person_cue
from newswire.nlp.entities.words.body_sorts_fr import SORT_NOUNS

__all__ = ["Cues", "cues", "scored"]

# A score (never a year or a date) after a name, a bracketed country allowed between.
_SCORE_AFTER = re.compile(r"[ \t]+(?:\([^)\n]*\)[ \t]+)?\d{1,3}(?:-\d{1,3})?(?![\d-])")
_VERSUS_AFTER = re.compile(r"[ \t]+v\.?[ \t]+[A-Z]")
_VERSUS_BEFORE = re.compile(r"(?:^|[ \t])v\.?[ \t]+$")
#: A person's age between commas after the name ("Meri, 67, has been accused").
_AGE_AFTER = re.compile(r",[ \t]+\d{1,2},[ \t]")
#: Words that end a subject's clause or start another thing's: "told Reuters by telephone
#: from his office", "north Kivu region and his counterpart" are no cue.
_GLUE = ("(?:by|from|to|in|on|at|for|with|of|and|or|but|nor|that|as|after|before|about|"
         "over|into|the|a|an|who|which|whose|region|province|state)")
#: The verb a subject's clause opens with: a past tense, a present's "-s", an auxiliary
#: ("Christie did not announce his", "Fulcheri started his"), not a noun ("a Gallup poll
#: also showed his").
_VERB = (r"(?:[a-z]+ed|[a-z]+[^s\W]s|did|does|has|had|was|is|will|would|could|can|may|"
         r"might|must|should|made|took|gave|won|lost|left|began|spent|got|kept|held|told)")
#: A person's pronoun right after the name: "Davies said he knew", "Christie did not
#: announce his decision", "Fulcheri started his career". A company is "it" and "its";
#: "her" is left out but after a speech verb ("Microsoft hired her").
_PRONOUN_AFTER = re.compile(
    r"[ \t]+(?:(?:said|says|told|added|thinks|believes|felt|feels|insisted|admitted|"
    r"conceded|explained|warned|acknowledged)[ \t]+(?:that[ \t]+)?(?:he|she)\b"
    rf"|{_VERB}[ \t]+(?:(?!{_GLUE}\b)[a-z]+[ \t]+){{0,2}}(?:his|himself|herself)\b)")
#: A workplace, a holding or an organisation's noun before a name: "an analyst at
#: Bernstein", "economist with Desjardins", "shares of Nvidia", "a stake in Veltrix",
#: "the newspaper La Jornada": what follows is an organisation.
_EMPLOYER_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:analysts?|economists?|strategists?|researchers?|engineers?|"
    r"executives?|employees?|traders?|portfolio managers?|fund managers?|partners?|"
    r"lawyers?|scientists?|chief economist|senior fellow|fellows?|staff|workers?)"
    r"[ \t]+(?:at|with)|shares[ \t]+(?:of|in)|(?:a|its|his|her|their)[ \t]+stake[ \t]+in)"
    r"[ \t]+(?:the[ \t]+)?$"
    # An organisation's noun right before the name (:data:`.companies.ORG_NOUNS`): "the
    # Bengali newspaper Banglabazar Patrika", "German retailer Rewe", "the consortium,
    # called Americast".
    rf"|(?<![\w-]){nouns_pattern(ORG_NOUNS, plural=True)}(?:,[ \t]+called)?[ \t]+$",
    re.IGNORECASE)
#: French: a body's sort after an article right before its name, with at most one adjective
#: between (``le groupe pharmaceutique Helvepharm``, ``l'institut GfK``): an organisation
#: even where a headline's mention reads as a person (see
#: :mod:`~newswire.nlp.entities.french.sorted_names_fr`; the nouns:
#: :mod:`~newswire.nlp.entities.words.body_sorts_fr`).
_FRENCH_SORT_BEFORE = re.compile(
    r"(?<![\w-])(?:l['’]|le[ \t]+|la[ \t]+|du[ \t]+|de[ \t]+la[ \t]+|une?[ \t]+)"
    rf"(?:{'|'.join(sorted(SORT_NOUNS))})"
    r"(?:[ \t]+[a-zà-ÿ]+(?:ique|ale|al|aire|ien|ienne|ais|aise|ois|oise|ier|ière))?[ \t]+$",
    re.IGNORECASE)
#: A verb of saying right after the name: "Kerry said it would", "Ennis says": a body or a
#: person speaks, not a town (:func:`.places.unlisted_town`).
_SPEAKS_AFTER = re.compile(r"[ \t]+(?:said|says|told|added|announced|warned|confirmed)\b")
#: How far before a name the employer's words may begin.
_EMPLOYER_WINDOW = 40


class Cues(TypedDict):
    """The :class:`Mention` fields the words around its name decide."""

    place_noun: bool
    place_in: bool
    people_in: bool
    company: bool
    person: bool
    opens: bool
    possessed: bool
    aged: bool
    pronoun: bool
    employer: bool
    officered: bool
    speaks: bool


def cues(cased: str, start: int, end: int) -> Cues:
    """What the words around the name at ``[start, end)`` say, as :class:`Mention` fields."""
    return {"place_noun": place_cue(cased, start, end),  # one dict for both constructors
            "place_in": preposition_before(cased, start, end),
            "people_in": people_before(cased, start, end),
            "company": company_cue(cased, end),
            "person": person_cue(cased, start, end) or person_noun_before(cased, start, end),
            "opens": opens_sentence(cased, start),
            "possessed": cased.startswith(("'s", "’s"), end),
            "aged": _AGE_AFTER.match(cased, end) is not None,
            "pronoun": _PRONOUN_AFTER.match(cased, end) is not None,
            "employer": any(pattern.search(cased, max(0, start - _EMPLOYER_WINDOW), start)
                            for pattern in (_EMPLOYER_BEFORE, _FRENCH_SORT_BEFORE)),
            "officered": officer_follows(cased, end),
            "speaks": _SPEAKS_AFTER.match(cased, end) is not None}


def scored(text: str, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` stands in sports results: a score or standings
    after it ("Somerset 236-4", "NEW YORK 72 53 .576", "Vaduz (Liechtenstein) 1"), or a
    "v" beside it ("Kent v Surrey")."""
    return bool(_SCORE_AFTER.match(text, end) or _VERSUS_AFTER.match(text, end)
                or _VERSUS_BEFORE.search(text, _versus_window(text, start), start))


def _versus_window(text: str, start: int) -> int:
    """Where a "v" before ``start`` can begin: a few characters before the spaces that end
    at ``start``, never before its line. Not the start of the line: searching the whole
    line for every name of a line of thousands of names is quadratic."""
    blank = start
    while blank > 0 and text[blank - 1] in " \t":
        blank -= 1
    window = max(0, blank - len(" v."))
    return text.rfind("\n", window, start) + 1 or window
