"""People with double-barrelled surnames, which the English model reads as organisations.

The small English model takes a capitalised word joined by a hyphen to another for a
company's name: ``MacAulay-Dressler said`` is an organisation to it, ``Anand
Kessler-Drummond`` and ``Gaétan Roussel-Mbeki`` too, ``Sandhu-Ghosh`` a product. Canadian
news names many people so. The name's written form and the article's other readings are
enough to mend it (:func:`double_barrelled_people`): a first name before the surname, or the
surname read as a person's alone elsewhere, makes the full name a person's, and a full name
read as a person's makes its surname's lone mentions the person's. Companies named so
(``Rolls-Royce``, ``Hewlett-Packard``) have no first name before them.
"""

from __future__ import annotations

import re

from newswire.nlp.entities.spans.mentions import Mention, Text
from newswire.nlp.entities.words.firstnames import is_any_first_name
from newswire.nlp.entities.words.names import words

__all__ = ["double_barrelled_people", "is_double_barrelled", "is_double_barrelled_name"]

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


def is_double_barrelled_name(parts: list[str]) -> bool:
    """A known first name, maybe a middle name or initial, then a double-barrelled surname
    (``Anand Kessler-Drummond``; ``Josée Lindahl-Brunet``, the first name read unaccented)."""
    given = _given_words(" ".join(parts))
    return bool(given) and is_any_first_name(given[0])


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
        if is_double_barrelled_name(mention.text.split()) or words(mention.text)[-1] in lone_people:
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
