"""A person's name of several words that the model cut into pieces.

Names from many traditions run to three, four or five words in news copy: ``Noman Ahmed
Shaikh``, ``Wong Kah Leong-Nair``, ``Siti Rahmah Abdul Latif-Chan``, ``Abutu
Sunday-Ochefu``. The small English model, trained mostly on two-word Western names, reads
them as two people side by side (``[Noman] [Ahmed Shaikh]``), a person and an organisation
(``[Wong Kah] [Leong-Nair]``), or a person with its last words left out (``[Muhammad
Haziq] Zulkarnain``, ``[Abutu] Sunday-[Ochefu]``). Running English never writes two
people's names with only a space between them, so the pieces are one name: a person's
mention takes the capitalised words right after it that English writes in no other way (no
common word, place, date or title) and the model's mentions of such words, and the first
part of a double-barrelled surname glued before it (:func:`whole_person_names`). Not an
untagged word before it: English capitalises a role at a sentence's start (``Grazier Dawn
Pettigrew``, ``Elder Margaret Bird``) that no word list holds.
"""

from __future__ import annotations

import re

from newswire.nlp.entities.clustering.grouping import person_surnames
from newswire.nlp.entities.roles.titles import ADDRESS_TITLES, ROLES
from newswire.nlp.entities.spans.mentions import Mention, Text, recalled
from newswire.nlp.entities.spans.recall import inside
from newswire.nlp.entities.spans.retype import role_set_off_before
from newswire.nlp.entities.words.aliases import table
from newswire.nlp.entities.words.casing import casing
from newswire.nlp.entities.words.names import HONORIFICS, is_date, normalise
from newswire.nlp.entities.words.namewords import not_a_person

__all__ = ["name_word", "set_off_names", "whole_person_names"]

#: A capitalised word of a name, hyphenated parts allowed ("Sunday-Ochefu", "Latif-Chan").
_WORD = r"[A-Z][^\W\d_]*[a-z][^\W\d_]*(?:-[A-Z][^\W\d_]*)*"
_WORD_AFTER = re.compile(rf"[ \t]+({_WORD})(?![\w'’.-])")
#: A name this long is no longer one person's: stop growing it.
_MOST_WORDS = 6
#: Words no name is grown over (the model leaves titles out on purpose): every word of a
#: title, but "Tan" of "Tan Sri", a common surname ("Tan Wei Ming").
_TITLE_WORDS = frozenset(w.rstrip(".").casefold() for t in (*ROLES, *ADDRESS_TITLES, *HONORIFICS)
                         for w in t.split()) - {"tan"}
#: The first part of a double-barrelled surname glued before the model's person
#: ("Sunday-[Ochefu]": the model stops at a weekday's word).
_GLUED_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([A-Z][^\W\d_]*[a-z][^\W\d_]*)-$")


def whole_person_names(texts: list[Text], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each person's mention of running text grown over the pieces of
    its name beside it: the model's mentions of name words (dropped) and untagged words
    English writes only as names. Not in capitals or Headline-Case lines."""
    dropped: set[int] = set()
    surnames = person_surnames(mentions)
    for text in texts:
        mine = sorted((m for m in mentions if m.field == text.field), key=lambda m: m.start)
        for mention in mine:
            if mention.label == "PERSON" and not mention.shaky and id(mention) not in dropped \
                    and not inside(text.headlines, mention.start, mention.end) \
                    and not _all_titles(mention.text):
                dropped.update(_grow(text, mention, mine, surnames))
    return [m for m in mentions if id(m) not in dropped]


def _grow(text: Text, mention: Mention, mine: list[Mention],
          surnames: frozenset[str]) -> set[int]:
    """Grow ``mention`` over its name's pieces; the ids of the mentions it took in. A word
    glued before it is no surname's part when it is another person's surname
    (``surnames``: "the Biden-[Xi] call")."""
    taken: set[int] = set()
    while len(mention.text.split()) < _MOST_WORDS:
        found = _WORD_AFTER.match(text.text, mention.end)
        if found is None or "\n" in text.text[mention.end:found.start(1)]:
            break
        over = [m for m in mine if m is not mention and m.start < found.end(1)
                and found.start(1) < m.end]
        if over:
            if not all(_a_piece(m) for m in over) or min(m.start for m in over) < found.start(1):
                break
            end = max(found.end(1), *(m.end for m in over))
            taken.update(id(m) for m in over)
        elif name_word(found.group(1)):
            end = found.end(1)
        else:
            break
        mention.end, mention.text = end, text.text[mention.start:end]
    window = max(0, mention.start - 40)
    glued = _GLUED_BEFORE.search(text.text, window, mention.start)
    if glued is not None and not any(m.end == glued.end(1) for m in mine) \
            and glued.group(1).casefold() not in casing().lower \
            and glued.group(1).casefold() not in surnames:
        _open_at(text, mention, glued.start(1))
    return taken


def _open_at(text: Text, mention: Mention, start: int) -> None:
    mention.start, mention.text = start, text.text[start:mention.end]


def _all_titles(name: str) -> bool:
    """Whether ``name`` is only titles ("Datuk Seri"): the name after it is grown, not it."""
    return all(w.rstrip(".").casefold() in _TITLE_WORDS for w in name.split())


def _a_piece(other: Mention) -> bool:
    """Whether the model's ``other`` mention is a piece of a person's name: a person's, or
    one or two words of an organisation's or no type that are all name words."""
    if other.label == "PERSON":
        return not _all_titles(other.text)
    parts = other.text.split()
    return other.label in ("ORG", None) and len(parts) <= 2 and all(map(name_word, parts))


def name_word(word: str) -> bool:
    """Whether English writes ``word`` only as a name: no common word in lower case, no
    place the gazetteer knows, no date, no title."""
    if word.casefold() in casing().lower or not_a_person([word]) or _never_a_name(word):
        return False
    return table().lookup(word) is None


def _never_a_name(word: str) -> bool:
    """Whether ``word`` is a title, a date or a place the gazetteer knows: no word of a
    person's name."""
    return word.casefold() in _TITLE_WORDS or is_date(word) \
        or normalise(word) in table().gazetteer


#: Two to four capitalised words set off by commas, then a verb of saying: "The chair of
#: Bhotekoshi Rural Municipality, Ang Nima Lama, said".
_SET_OFF = re.compile(rf",[ \t]+({_WORD}(?:[ \t]+{_WORD}){{1,3}}),[ \t]+(?:said|says|told|added)\b")


def set_off_names(texts: list[Text], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a person's name set off by commas after a role held by one
    person, before a verb of saying, made one person's mention: the model missed it (``Ang
    Nima Lama``, a name it does not know) or ran the body's name before the comma into it
    (``[Marsh, Elise Hanford]``, cut at the comma). Not where the model read a person, nor
    words that are no name (:func:`_may_be_a_name`)."""
    found: list[Mention] = []
    for text in texts:
        for match in _SET_OFF.finditer(text.text):
            start, end = match.span(1)
            if inside(text.caps, start, end) or not role_set_off_before(text.text, start) \
                    or not _may_be_a_name(match.group(1).split()):
                continue
            over = [m for m in mentions if m.field == text.field and m.start < end
                    and start < m.end]
            if any(m.label == "PERSON" for m in over):
                continue  # the model read a person there: its own span stands
            for m in over:
                if m.start >= start or not text.text[m.start:start].endswith(", "):
                    break
                m.end, m.text = start - 2, text.text[m.start:start - 2]  # "Marsh"
            else:
                found.append(recalled(text, start, end))
                found[-1].label = "PERSON"
    return mentions + found


def _may_be_a_name(parts: list[str]) -> bool:
    """Words set off after a role that may be a person's name: a name word among them, and
    no title, place, date or word that ends a body's name ("Ang Nima Lama": ``ang`` is
    written in lower case too)."""
    return any(map(name_word, parts)) and not not_a_person(parts) \
        and not any(map(_never_a_name, parts))
