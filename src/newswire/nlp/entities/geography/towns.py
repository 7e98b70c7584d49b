"""Places the model cuts or mistypes though their written form says what they are.

A province's or state's abbreviation after a place and a comma (``OAKVILLE, Ont.``,
``Prince Albert, Sask.``) is that province, which the small model reads as a person
(``Ont``) or misses (:func:`region_abbreviations`). A town named with a royal title
(``Prince Albert``, ``Prince Rupert``) loses its title to the person's rule unless the
words around it say place (:func:`titled_towns`). A place's last word the model left out
(``[Hammonds] Plains``) joins it (:func:`place_words_after`). Each works on the cleaned
mentions of :mod:`.mentions`, before they are grouped into entities. A town a local body is
named after (``Galway`` beside ``Galway Chamber``) is found for the grouping
(:func:`body_towns`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newswire.nlp.entities.geography.places import REGION_ABBREVIATIONS
from newswire.nlp.entities.spans.mentions import Mention, Text, replace_with_spans
from newswire.nlp.entities.words.names import normalise
from newswire.nlp.entities.words.namewords import PLACE_LAST_WORDS

__all__ = ["body_towns", "place_words_after", "region_abbreviations", "titled_towns"]

#: A place's name, a comma, then a province's or a state's abbreviation ("OAKVILLE, Ont.",
#: "Prince Albert, Sask.,"), no letter glued after it, nor "-based" ("Redmond, Wash.-based
#: company": the company's place is part of a word).
_REGION_AFTER_PLACE = re.compile(
    r"[A-Z][\w'’.-]*,[ \t]+("
    + "|".join(re.escape(a) for a in sorted(REGION_ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w.-])")
#: Titles that also open towns' names ("Prince Albert", "Prince Rupert", "King City").
_ROYAL_TITLES = frozenset({"Prince", "Princess", "King", "Queen"})
#: A place's last word right after the model's span ("[Hammonds] Plains"), no capitalised
#: word after it.
_PLACE_WORD_AFTER = re.compile(
    r"[ \t](" + "|".join(sorted(PLACE_LAST_WORDS, key=len, reverse=True))
    + r")(?![\w'’-])(?![ \t]+[A-Z])")
#: A local body named after its town: ``Galway Chamber``, ``Cork Chamber of Commerce``,
#: ``Rhondda Cynon Taf Council``, ``Kerry County Council`` (the town's words captured).
_BODY_OF_TOWN = re.compile(
    r"(?P<town>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}?) (?:Chamber(?: of Commerce)?|"
    r"(?:County |City |Borough |District |Town )?Council)")
#: The model's types a place's span may have before its last word joins it.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def region_abbreviations(texts: list[Text], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each province or state abbreviated after a place and a comma a
    place's mention ("Ont" of "OAKVILLE, Ont.", read as a person or missed; its last dot
    left out as the model and CoNLL do, an initialism's kept: "P.E.I."), unless a mention
    the model made runs past it ("Prince George, B.C.")."""
    return replace_with_spans(texts, mentions, _abbreviations, "GPE",
                              lambda m, _start, end: m.label == "GPE" and m.end == end)


def _abbreviations(text: Text) -> Iterator[tuple[int, int]]:
    """Where ``text`` abbreviates a province or state after a place and a comma."""
    cased = text.recased or text.text
    for match in _REGION_AFTER_PLACE.finditer(cased):
        start, end = match.span(1)
        if "." not in cased[start:end - 1]:
            end -= 1  # "Ont." is "Ont", as the model cuts it; "P.E.I." keeps its dots
        yield start, end


def body_towns(mentions: list[Mention]) -> frozenset[str]:
    """The towns (normalised) the article's local bodies are named after: ``Galway`` of
    ``Galway Chamber chief executive ...``. Irish, UK and Canadian regional copy names the
    chamber or the council, then the town alone (``Galway's economy grew``, ``She said
    Galway had weathered worse``), which the small model reads as the body again; most
    such towns are in no shipped gazetteer."""
    return frozenset(normalise(found.group("town")) for m in mentions
                     if (found := _BODY_OF_TOWN.fullmatch(m.form)))


def titled_towns(texts: list[Text], mentions: list[Mention]) -> None:
    """A town named with a royal title ("Prince Albert"), its title left out as a person's
    ("Albert" with the role "Prince"), takes the title back and is a place: when a mention
    of it has a place's words around it ("Prince Albert, Sask.", "Prince Albert police")
    or the model read the whole name as a place somewhere in the article."""
    by_field = {t.field: t.recased or t.text for t in texts}
    titled = [(m, role) for m in mentions if (role := _title_before(by_field[m.field], m))]
    towns = {f"{role} {m.text}".casefold() for m, role in titled
             if m.place_noun and not m.shaky}
    towns |= {m.text.casefold() for m in mentions if m.label in _PLACE_LABELS
              and m.text.split(" ", 1)[0].title() in _ROYAL_TITLES}
    text_of = {t.field: t.text for t in texts}
    for mention, role in titled:
        if f"{role} {mention.text}".casefold() in towns:
            mention.start -= len(role) + 1
            mention.text = text_of[mention.field][mention.start:mention.end]
            mention.label, mention.role = "GPE", None


def _title_before(cased: str, mention: Mention) -> str | None:
    """The royal title written right before the mention, one space between."""
    if mention.role not in _ROYAL_TITLES:
        return None
    start = mention.start - len(mention.role) - 1
    return mention.role if start >= 0 and cased[start:mention.start] == f"{mention.role} " \
        else None


def place_words_after(texts: list[Text], mentions: list[Mention]) -> None:
    """A place's span the model ended before the place's last word ("[Hammonds] Plains",
    "[Kicking Horse] River") takes it, when no mention holds that word."""
    for text in texts:
        cased = text.recased or text.text
        starts = {m.start for m in mentions if m.field == text.field}
        for mention in mentions:
            if mention.field != text.field or mention.label not in _PLACE_LABELS \
                    or mention.shaky:
                continue
            found = _PLACE_WORD_AFTER.match(cased, mention.end)
            if found is not None and found.start(1) not in starts:
                mention.end = found.end(1)
                mention.text = text.text[mention.start:mention.end]
