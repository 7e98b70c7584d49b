"""People with double-barrelled surnames, which the English model reads as organisations.

The small English model takes a capitalised word joined by a hyphen to another for a
company's name: ``MacAulay-Dressler said`` is an organisation to it, ``Anand
Kessler-Drummond`` and ``Gaétan Roussel-Mbeki`` too, ``Sandhu-Ghosh`` a product. Canadian
news names many people so. The name's written form and the article's other readings are
enough to mend it (:func:`double_barrelled_people`): a first name before the surname, or the
surname read as a person's alone elsewhere, makes the full name a person's, and a full name
read as a person's makes its surname's lone mentions the person's. Companies named so
(``Rolls-Royce``, ``Hewlett-Packard``) have no first name before them.

The model also leaves out such a surname after a title (``Mr Naupoto-Ravula said``) or
splits it there (``[DSP Abutu] Sunday-[Ochefu]``): :func:`titled_surnames` names the
person, with :func:`replace_titled`, which :mod:`.titled` shares.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newswire.nlp.entities.firstnames import first_name_gender, is_first_name
from newswire.nlp.entities.mentions import Mention, Text, recalled
from newswire.nlp.entities.names import HONORIFICS, words
from newswire.nlp.entities.recall import inside
from newswire.nlp.entities.titles import role_before

__all__ = ["HONORIFIC_BEFORE", "double_barrelled_people", "is_double_barrelled",
           "replace_titled", "titled_surnames"]

#: Labels never changed: the model's person, and places ("Baden-Württemberg",
#: "Abitibi-Témiscamingue"), which the place rules decide.
_LEFT_ALONE = frozenset(("PERSON", "GPE", "LOC"))
#: One part of a surname: a capital, then lower case, maybe one more capital ("MacAulay",
#: "McIlroy", "DeSouza").
_PART = re.compile(r"[^\W\d_][^\W\d_A-Z]+(?:[A-Z][^\W\d_A-Z]+)?")
#: The rest of a double-barrelled surname after a mention that ends at its hyphen.
_REST = re.compile(r"-[^\W\d_]+(?![\w-])")
#: A capitalised word of a name before the surname ("Siobhan", "Gaétan"), or an initial.
_GIVEN = re.compile(r"[A-Z][a-z]?\.|[^\W\d_][^\W\d_A-Z]+")


def is_double_barrelled(word: str) -> bool:
    """Two capitalised parts joined by one hyphen ("Sandhu-Ghosh", "MacAulay-Dressler")."""
    parts = word.split("-")
    return len(parts) == 2 and all(p[:1].isupper() and _PART.fullmatch(p) for p in parts)


#: A double-barrelled surname, maybe with one capitalised word before it (a given name).
_SURNAME = re.compile(r"(?<![\w'’.-])(?:([^\W\d_]+)[ \t]+)?([^\W\d_]+-[^\W\d_]+)(?![\w'’-])")
#: A courtesy title right before a name, which :func:`.titles.role_before` leaves to others
#: (:data:`.names.HONORIFICS`: "Mr", "Dame", "Alhaji", "Engr"; and "Dr", "Prof", "Mx").
HONORIFIC_BEFORE = re.compile(
    r"(?<![\w.])(?:" + "|".join(sorted({h.rstrip(".") for h in HONORIFICS} | {"Dr", "Prof", "Mx"}))
    + r")\.?[ \t]+$")
#: How many words a mention of the model may hold before the name: the title's ("[DSP
#: Abutu] Sunday-Ochefu").
_TITLE_WORDS = 3


def titled_surnames(texts: list[Text], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a double-barrelled surname after a title or a courtesy title
    made a person's mention (the given name between them too: "DSP Abutu Sunday-Ochefu",
    "Mr Naupoto-Ravula said"), replacing the model's pieces of it ("Ochefu" a person, "DSP
    Abutu" an organisation) or filling its silence (:func:`replace_titled`)."""
    return replace_titled(texts, mentions, lambda text: [
        (start, found.end()) for found in _SURNAME.finditer(text)
        if (start := _titled(text, found)) is not None])


def replace_titled(texts: list[Text], mentions: list[Mention],
                   spans_of: Callable[[str], list[tuple[int, int]]]) -> list[Mention]:
    """The mentions, with each span ``spans_of`` finds in a text (a titled person's name)
    made one person's mention, replacing the model's mentions inside it and those holding
    only a title before it ("[DSP Abutu] Sunday-Ochefu"); not where a mention runs past
    the name, nor in capitals."""
    dropped: set[int] = set()
    found: list[Mention] = []
    for text in texts:
        cased = text.recased or text.text
        mine = [m for m in mentions if m.field == text.field]
        for start, end in spans_of(cased):
            over = [m for m in mine if m.start < end and start < m.end]
            if inside(text.caps, start, end) or any(
                    m.end > end or (m.start < start and _too_far(cased, m.start, start))
                    or (m.start, m.end, m.label) == (start, end, "PERSON") for m in over):
                continue
            dropped.update(id(m) for m in over)
            found.append(recalled(text, start, end))
            found[-1].label = "PERSON"
    return [m for m in mentions if id(m) not in dropped] + found


def _titled(text: str, match: re.Match[str]) -> int | None:
    """Where the titled name of ``match`` starts: at its given name when a title stands
    before that, else at the surname when one stands before it, else nowhere."""
    if not is_double_barrelled(match.group(2)):
        return None
    given = match.group(1)
    starts = ([match.start(1)] if given and given[0].isupper() and given.isalpha() else [])
    for start in (*starts, match.start(2)):
        if role_before(text, start) or HONORIFIC_BEFORE.search(text, 0, start):
            return start
    return None


def _too_far(text: str, start: int, name_start: int) -> bool:
    """Whether a mention starting at ``start`` holds more before the name than a title."""
    before = text[start:name_start]
    return "\n" in before or len(before.split()) > _TITLE_WORDS


def double_barrelled_people(texts: list[Text], mentions: list[Mention]) -> None:
    """Retype, in place, the model's readings of people named with a double-barrelled
    surname: a full name (a first name, maybe a middle name or initial, then the surname)
    is a person's when its first word is a known first name or the surname alone is read
    as a person's somewhere; then every lone mention of a person's double-barrelled surname
    is that person's, also where the model ended it at the hyphen ("[MacAulay]-Dressler
    said")."""
    lone_people = {m.text for m in mentions
                   if m.label == "PERSON" and not m.shaky and is_double_barrelled(m.text)}
    for mention in mentions:
        given = _given_words(mention.text)
        if mention.label in _LEFT_ALONE or not given:
            continue
        if _first_name(given[0]) or words(mention.text)[-1] in lone_people:
            mention.label = "PERSON"
    surnames = {words(m.text)[-1] for m in mentions
                if m.label == "PERSON" and not m.shaky and _given_words(m.text)}
    by_field = {text.field: text.text for text in texts}
    for mention in mentions:
        if mention.label in _LEFT_ALONE or mention.shaky:
            continue
        rest = _REST.match(by_field.get(mention.field, ""), mention.end)
        if rest and " " not in mention.text and mention.text + rest.group() in surnames:
            mention.end += len(rest.group())
            mention.text += rest.group()
        if mention.text in surnames:
            mention.label = "PERSON"


def _given_words(name: str) -> list[str]:
    """The words before a double-barrelled surname when ``name`` is a person's full name
    (one or two capitalised words, then the surname), else nothing."""
    parts = name.split()
    if not 2 <= len(parts) <= 3 or not is_double_barrelled(parts[-1]):
        return []
    given = parts[:-1]
    return given if all(w[:1].isupper() and _GIVEN.fullmatch(w) for w in given) else []


def _first_name(word: str) -> bool:
    """A first name of the short English table or of the wider one ("Siobhan", "Anand")."""
    return is_first_name(word) or first_name_gender(word) is not None
