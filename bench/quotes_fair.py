"""The fair referent match: what a reader of the speaker field takes as the right source.

Read by ``bench/quotes_gold.py``; nothing here imports newswire.  The strict match asks the
predicted speaker to equal the annotators' referent (after :func:`quotes_gold.normalise`);
it calls ``Donald Trump`` wrong when they wrote ``Donald J. Trump``.  The fair match accepts
what points a user to the same source, and nothing that could point to another:

People
  The same surname (its last word, past ``Jr.``), and given names that agree in order: one
  list fits into the other, an initial standing for a name it begins (``Donald J. Trump``,
  ``Donald Trump``, ``D. Trump``).  A side with no given name at all (``Clinton``) is right
  only when the article names no other person with that surname (``Bill Clinton`` beside
  ``Hillary Clinton``): the people are the annotators' referents of the article and the
  capitalised word written before the surname in its text, when that word is no title and
  reads as a name: the article never writes it in lower case, or writes it capitalised
  inside a sentence (``But Clinton`` opening a sentence is nobody).

Unnamed groups and documents
  The same head noun, with the modifiers of one contained in the other's, once determiners
  and quantifiers are dropped: ``officials`` is ``Obama administration officials``, ``some
  Democratic strategists`` is ``Democratic strategists``, ``poll`` is ``Quinnipiac poll``;
  ``voters`` is not ``voter``, ``poll`` is not ``survey``.  The head is the last word before
  the first preposition, conjunction, relative pronoun or comma.

Organisations
  A name stays strict (``House`` is not ``White House``); an organisation the annotators
  could only describe, its head noun in lower case (``Trump campaign``, ``Congressman Trey
  Gowdy's office``), is matched as a phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))
# Words written before a surname that are not given names: titles, dropped from a name ...
_TITLE_WORDS = """
    mr mrs ms miss dr sir dame lady lord rev sen senator rep representative gov governor
    president vice secretary judge justice gen general mayor minister chancellor speaker
    former first candidate nominee democrat democratic republican gop presidential leader
    chairman chairwoman chair sheriff attorney ambassador commissioner director chief
    reporter anchor host professor prof officer agent detective pope king queen prince
    princess adviser advisor aide spokesman spokeswoman state house senate
"""
_TITLES = frozenset(_TITLE_WORDS.split())
# ... and words opening a sentence or naming a group ("But Clinton", "Team Clinton"), which
# make no namesake; the article's own lower-case words catch the rest ("Unlike", "Praises").
_OPENER_WORDS = """
    team but and or if when while as after before because since unlike although though so
    yet then now even also with for from
"""
_NOT_GIVEN = _TITLES | frozenset(_OPENER_WORDS.split())
_DROPPED_WORDS = """
    a an the this that these those some many most several few all both other others any
    each every various numerous one two three four five six seven eight nine ten dozens
    dozen hundreds thousands
"""
_DROPPED = frozenset(_DROPPED_WORDS.split())
_BREAKS_WORDS = """
    of for in at from with on to inside by about over under among who whom which that whose
    and or but as like including
"""
_BREAKS = frozenset(_BREAKS_WORDS.split())


def words_of(name: str) -> list[str]:
    """Lower-case words, no punctuation inside them: ``Post-ABC`` -> ``postabc``."""
    return [w for w in (re.sub(r"[^\w\s]", "", raw) for raw in
                        name.casefold().replace("’", "'").replace("'s ", " ").split()) if w]


# --- people ---------------------------------------------------------------------------------

def split_name(name: str) -> tuple[list[str], str]:
    """(given names, surname) of a person's name; titles and ``Jr.`` left out."""
    words = [w for w in words_of(name) if w not in _SUFFIXES]
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    if not words:
        return [], ""
    return words[:-1], words[-1]


def _same_given(one: str, other: str) -> bool:
    if one == other:
        return True
    return (len(one) == 1 and other.startswith(one)) or (len(other) == 1 and one.startswith(other))


def _fits(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether every name of ``short`` matches one of ``long``, in the same order."""
    at = 0
    for given in short:
        while at < len(long) and not _same_given(given, long[at]):
            at += 1
        if at == len(long):
            return False
        at += 1
    return True


def givens_agree(one: Sequence[str], other: Sequence[str]) -> bool:
    """Given names that can belong to one person: one list fits into the other."""
    return _fits(one, other) or _fits(other, one)


def same_person(speaker: str, referent: str, namesakes: Iterable[Sequence[str]]) -> bool:
    """Whether ``speaker`` names the person ``referent``; ``namesakes`` are the given names
    of the article's people sharing the referent's surname."""
    given, surname = split_name(speaker)
    wanted_given, wanted_surname = split_name(referent)
    if not surname or surname != wanted_surname or not givens_agree(given, wanted_given):
        return False
    if given and wanted_given:
        return True
    known = given or wanted_given  # the given names we know the person by, if any
    return all(givens_agree(known, other) for other in namesakes if other)


def namesakes_in(text: str, surname: str, referents: Iterable[str]) -> list[list[str]]:
    """Given names of the people with ``surname`` in the article: its referents, and the
    capitalised word written before the surname (with an initial, the word before that)."""
    found = [g for g, s in map(split_name, referents) if s == surname and g]
    if not surname:
        return found
    pattern = r"\b([A-Z][a-z’'-]+)((?: [A-Z]\.)?) " + re.escape(surname.title()) + r"\b"
    for match in re.finditer(pattern, text):
        first = match.group(1)
        if first.lower() in _NOT_GIVEN or not _reads_as_name(text, first):
            continue
        initial = match.group(2).strip().rstrip(".").lower()
        found.append([first.lower(), *([initial] if initial else [])])
    return found


def _reads_as_name(text: str, word: str) -> bool:
    """Whether the article writes ``word`` as a name: never in lower case, or capitalised
    inside a sentence (``President Bill Clinton`` although it also writes ``a bill``);
    ``But`` and ``Unlike`` open sentences only."""
    if not re.search(r"\b" + re.escape(word.lower()) + r"\b", text):
        return True
    return bool(re.search(r"[\w,] " + re.escape(word) + r"\b", text))


# --- groups and documents -------------------------------------------------------------------

def head_and_modifiers(phrase: str) -> tuple[str, frozenset[str]]:
    """The head noun of an unnamed source's phrase and the other words that name it."""
    words = [w for w in words_of(phrase.replace(",", " and ")) if w not in _DROPPED]
    cut = next((i for i, w in enumerate(words) if w in _BREAKS and i > 0), len(words))
    if not words:
        return "", frozenset()
    head = words[cut - 1] if cut > 0 else words[0]
    rest = frozenset(w for i, w in enumerate(words) if i != cut - 1 and w not in _BREAKS)
    return head, rest


def is_described(name: str) -> bool:
    """Whether an organisation's referent is a description (its head noun in lower case)."""
    head = name.replace(",", " and ").split()
    cut = next((i for i, w in enumerate(head) if w.lower() in _BREAKS and i > 0), len(head))
    return bool(head) and head[cut - 1][:1].islower()


def same_phrase(speaker: str, referent: str) -> bool:
    """Same head noun, the modifiers of one contained in the other's."""
    head, mods = head_and_modifiers(speaker)
    wanted_head, wanted_mods = head_and_modifiers(referent)
    return bool(head) and head == wanted_head and (mods <= wanted_mods or wanted_mods <= mods)
