"""Mentions the text's own layout adds or mends, where the model's spans fall short.

The dateline's place (:func:`dateline_place`), the teams of results and standings lines
(:func:`teams`, :mod:`.results`), a person's name the model cut at its start
(:func:`given_names`), and a place of several words the model cut or missed
(:func:`long_place_mentions`). Each works on the cleaned mentions of :mod:`.mentions`,
before they are grouped into entities.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from newswire.models import Dateline
from newswire.nlp.entities.clustering.grouping import person_surnames
from newswire.nlp.entities.geography.places import long_places
from newswire.nlp.entities.organisations.clubs import city_clubs
from newswire.nlp.entities.organisations.companies import camel_case
from newswire.nlp.entities.organisations.results import team_spans
from newswire.nlp.entities.spans.mentions import Mention, Text, recalled, replace_with_spans
from newswire.nlp.entities.spans.recall import inside
from newswire.nlp.entities.spans.retype import organisation_apposed
from newswire.nlp.entities.words.aliases import table
from newswire.nlp.entities.words.casing import casing
from newswire.nlp.entities.words.celtic_first_names import celtic_gender
from newswire.nlp.entities.words.firstnames import is_first_name, unaccented
from newswire.nlp.entities.words.names import normalise, words

__all__ = ["camel_case_subjects", "club_mentions", "country_of_a_body", "dateline_place",
           "given_names", "hyphenated_surnames", "long_place_mentions", "teams"]

#: A capitalised word or initials right before a name, one space between ("Karim Alami",
#: "N.J. Bose").
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(,:;-]))((?:[A-Z]\.){1,3}|[A-Z][a-z]+(?:-[A-Z][a-z]+)?) $")


def dateline_place(texts: list[Text], dateline: Dateline | None) -> Mention | None:
    """The place a dateline opens with ("SIALKOT" in "SIALKOT, Pakistan 1996-12-06"), as a mention.

    The model often misses a place in capitals, or calls it an organisation; the dateline says
    what it is.
    """
    if dateline is None or not dateline.place:
        return None
    text = texts[0] if dateline.field == "title" else texts[1]
    start, end = dateline.start, dateline.start + len(dateline.place)
    if text.text[start:end].casefold() != dateline.place.casefold():
        return None
    return Mention(text.field, start, end, text.text[start:end], "GPE",
                   inside(text.caps, start, end))


def teams(texts: list[Text], mentions: list[Mention]) -> list[Mention]:
    """The teams of results and standings lines (:mod:`.results`): the model's mentions
    there are marked, and those it left out are added; not a name ending with a surname the
    model reads as a person's elsewhere (a cricketer's averages)."""
    spans = {(t.field, start, end): t.text[start:end]
             for t in texts for start, end in team_spans(t.text)}
    surnames = person_surnames([m for m in mentions if (m.field, m.start, m.end) not in spans])
    teams = {at for at, name in spans.items()
             if name.rsplit(" ", 1)[-1].casefold() not in surnames}
    for mention in mentions:
        mention.team = (mention.field, mention.start, mention.end) in teams
    found = []
    for text in texts:
        taken = text.taken(mentions)
        found += [recalled(text, start, end) for field_name, start, end in sorted(teams)
                  if field_name == text.field and not taken.overlaps(start, end)]
    for mention in found:
        mention.team = True
    return found


def given_names(texts: list[Text], mentions: list[Mention]) -> None:
    """A person's name the model cut at its start ("Detective Richard [Black]", "N.J.
    [Bose]") takes the known first name or initials right before it, when no other mention
    holds them and no title stands before the name."""
    for text in texts:
        taken = text.taken(mentions)
        cased = text.recased or text.text
        for mention in mentions:
            if mention.field != text.field or mention.label != "PERSON" or mention.shaky \
                    or mention.role:
                continue
            line = cased[cased.rfind("\n", 0, mention.start) + 1:mention.start]
            found = _WORD_BEFORE.search(line)
            if found is None or not _may_open_a_name(found.group(1)):
                continue
            start = mention.start - len(line) + found.start(1)
            if not taken.overlaps(start, start + len(found.group(1))):
                mention.start, mention.text = start, text.text[start:mention.end]


#: The rest of a double-barrelled surname right after a name: "-Dressler" in "Siobhan
#: MacAulay-Dressler", where the model ended the person at the hyphen.
_SURNAME_AFTER = re.compile(r"-([A-Z][a-z]+(?:[A-Z][a-z]+)?)(?![\w-])")

#: Words a name takes after a hyphen in a capitalised compound ("Doug Ford-Backed
#: Candidates", "a Babcock-Era roster"): never the rest of a surname.
_COMPOUND_HEADS = frozenset({
    "affiliated", "aligned", "allied", "appointed", "backed", "based", "born", "controlled",
    "endorsed", "era", "friendly", "funded", "inspired", "led", "like", "linked", "owned", "run",
    "sponsored", "style", "type"})


def hyphenated_surnames(texts: list[Text], mentions: list[Mention]) -> None:
    """A person's name the model cut at a hyphen ("[Siobhan MacAulay]-Dressler") takes the
    rest of the surname, when no other mention holds it: otherwise the name's later
    mentions (``MacAulay-Dressler said``) are another entity's. Not a compound's head
    (``Ford-Backed``), nor the surname of another person the text names in full
    (``the Trudeau-Modi meeting`` after ``Narendra Modi``)."""
    others = frozenset(words(m.text)[-1].casefold() for m in mentions
                       if m.label == "PERSON" and len(words(m.text)) >= 2)
    for text in texts:
        taken = text.taken(mentions)
        for mention in mentions:
            if mention.field != text.field or mention.label != "PERSON":
                continue
            found = _SURNAME_AFTER.match(text.text, mention.end)
            if (found is not None and not taken.overlaps(found.start(), found.end())
                    and found.group(1).casefold() not in _COMPOUND_HEADS | others):
                mention.end, mention.text = found.end(), text.text[mention.start:found.end()]


def _may_open_a_name(word: str) -> bool:
    """Initials, or a known first name ("Captain", "Sheikh", "Frenchman" are capitalised
    before names too, and no list of titles is whole); an Irish, Gaelic or Welsh one too
    ("Aoife [Brennan SC]")."""
    return word.endswith(".") or is_first_name(word) or celtic_gender(unaccented(word)) is not None


#: What joins a body's name to its country: "in" ("Board of Control for Cricket in India").
_IN_BETWEEN = re.compile(r" in (?:the )?")
#: Continents and the like a body's name may end with ("... Cooperation in Europe").
_CONTINENTS = frozenset({"europe", "africa", "asia", "latin america", "the americas",
                         "the middle east", "middle east", "north america", "south america"})


def country_of_a_body(texts: list[Text], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a body's name the model cut before its country made whole: an
    organisation named for a purpose ("Board of Control for Cricket", "Organisation for
    Security and Cooperation") then "in" and a country or continent the model read apart
    ("India", "Europe"), no capitalised word after it. Not a city ("Centre for Disease
    Control in Atlanta" is where it is)."""
    dropped: set[int] = set()
    for text in texts:
        places = {m.start: m for m in mentions if m.field == text.field
                  and m.label in ("GPE", "LOC") and not m.shaky}
        for mention in mentions:
            if mention.field != text.field or mention.label != "ORG" or mention.shaky \
                    or " for " not in mention.text:
                continue
            between = _IN_BETWEEN.match(text.text, mention.end)
            place = places.get(between.end()) if between else None
            if place is None or not _a_country(place.text) or re.match(
                    r"[ \t]+[A-Z]|\w", text.text[place.end:place.end + 2]):
                continue
            mention.end, mention.text = place.end, text.text[mention.start:place.end]
            dropped.add(id(place))
    return [m for m in mentions if id(m) not in dropped]


def _a_country(name: str) -> bool:
    key = normalise(name)
    return key in table().countries or key in _CONTINENTS


def long_place_mentions(texts: list[Text], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a place of two words or more (:func:`.places.long_places`) the
    model cut ("[Nova] Scotia Premier Tim Houston": a person "Nova") or missed ("New
    Brunswick Premier Susan Holt") made one place's mention; not where a mention runs past
    the place ("University of New Brunswick") or in capitals (the re-cased pass reads them)."""
    return _whole_names(texts, mentions, long_places, "GPE")


def club_mentions(texts: list[Text], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a club named by its city and a plural nickname
    (:func:`.clubs.city_clubs`: "Montreal Canadiens") made one organisation's mention, as
    :func:`long_place_mentions` does; not in a Headline-Case line ("Alberta Wildfires")."""
    return _whole_names(texts, mentions, city_clubs, "ORG", skip_headlines=True)


def _whole_names(texts: list[Text], mentions: list[Mention],
                 finder: Callable[[str], list[tuple[int, int]]], label: str, *,
                 skip_headlines: bool = False) -> list[Mention]:
    """The mentions, with each name ``finder`` sees made one mention labelled ``label``,
    replacing the model's mentions inside it; not where a mention runs past it, nor in
    capitals (nor Headline-Case lines, with ``skip_headlines``)."""
    def names(text: Text) -> Iterator[tuple[int, int]]:
        for start, end in finder(text.recased or text.text):
            if not (skip_headlines and inside(text.headlines, start, end)):
                yield start, end

    return replace_with_spans(texts, mentions, names, label,
                              lambda m, start, end: (m.start, m.end) == (start, end))


#: A word then a speech verb or an auxiliary, an aside between commas allowed: "WestJet
#: said", "WestJet, which is owned by Onex, said", "WestJet has apologized".
_SUBJECT_OF_SPEECH = re.compile(
    r"(?<![\w'’-])([A-Z]\w+)(?:,[^,\n]{1,80},)?[ \t]+(?:said|says|told|announced|added|"
    r"reported|confirmed|warned|stated|noted|argued|explained|has|had|have|is|was|will|"
    r"would)\b")
#: A capitalised word set off by a comma: "Unifor, the union representing workers".
_BEFORE_COMMA = re.compile(r"(?<![\w'’.-])([A-Z][\w&-]+)(?=,)")


def camel_case_subjects(texts: list[Text], mentions: list[Mention]) -> list[Mention]:
    """A CamelCase word (:func:`.companies.camel_case`: "WestJet") the model missed as the
    subject of a speech verb or an auxiliary ("WestJet, which is owned by Onex, said",
    "WestJet has apologized"), or a word that is no common one before an apposition ending
    with an organisation's noun ("Unifor, the union representing workers at the plant,
    called"), as an organisation's mention; the recall pass then finds its other mentions."""
    found = []
    lower = casing().lower
    for text in texts:
        taken = text.taken(mentions)
        spans = {m.span(1) for m in _SUBJECT_OF_SPEECH.finditer(text.text)
                 if camel_case(m.group(1))}
        spans |= {m.span(1) for m in _BEFORE_COMMA.finditer(text.text)
                  if m.group(1).lower() not in lower
                  and organisation_apposed(text.recased or text.text, m.end(1))}
        for start, end in sorted(spans):
            if not taken.overlaps(start, end) and not inside(text.caps, start, end):
                found.append(recalled(text, start, end))
                found[-1].label = "ORG"
    return found
