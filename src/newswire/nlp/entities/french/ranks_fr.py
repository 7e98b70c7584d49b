"""A name after a rank and its article is a person's: ``le colonel Lansana Kourouma``,
``l'inspecteur Wilner Dorsainvil``, ``la sergente Annie Tremblay``, ``le contre-amiral
Kodjo Agbéko Lawson``, whatever the model made of it.

French news writes the rank or form of address a person goes by before their name, in
lower case with its article (police and military desks everywhere; governors, prefects,
port directors and professors in the press of West and Central Africa and the Maghreb).
``fr_core_news_sm`` often types the name after it an organisation (``Wilner Dorsainvil``)
or a MISC (``Marie-Ève Gagnon``), so the person was no person. The rank, like ``M.`` or
``Dr``, is left out of the name; a rank written with a capital that the model took for the
name itself (``le Général de brigade Yacouba Sanogo``: ``Général`` a PER) gives way to the
name after it (:func:`ranked_name`). Shared with the quote rule that reads such a name set off
after an office (``nlp.quotes.roles.ranked_names_fr``).
Pure: spaCy tokens.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newswire.nlp.entities.french.french_words import THE_SINGULAR

__all__ = ["RANK", "RANK_ARTICLES", "RANK_WORDS", "rank_before", "rank_only", "ranked_name"]

#: The articles a rank is written with (``le colonel``, ``la Dre``, ``l'inspecteur``): the
#: singular definite ones.
RANK_ARTICLES = THE_SINGULAR
#: Ranks and forms of address written before a person's name, as the words between the
#: article and the name read (hyphens kept, lower case): military and police ranks, medical
#: and academic titles, the bench, the clergy, a chief's ``honorable``.
RANK = re.compile(
    r"(?:contre-|vice-)?amiral|générale?(?: de (?:brigade|division|corps d'armée))?"
    r"|(?:lieutenant-)?colonel|commandant|capitaine|lieutenant|adjudant(?:-chef)?"
    r"|sergente?(?:-chef)?|brigadier(?:-chef)?|caporal(?:-chef)?"
    r"|médecin-(?:colonel|général|commandant|capitaine)|agente?"
    r"|inspect(?:eur|rice)(?: divisionnaire| principale?| générale?)?"
    r"|commissaire(?: divisionnaire| principale?)?"
    r"|docteure?|dr|dre|pr|professeure?|juge|abbé|imam|pasteur|honorable")
#: The most words a rank takes (``général de corps d'armée``: five tokens).
RANK_WORDS = 6


def rank_before(doc: Doc, start: int) -> bool:
    """Whether a lower-case rank and its article stand right before the word at ``start``
    (``le colonel`` before ``Lansana``)."""
    for first in range(start - 1, max(-1, start - 1 - RANK_WORDS), -1):
        if doc[first].lower_ in RANK_ARTICLES and first < start - 1:
            words = "".join(t.text_with_ws for t in doc[first + 1:start]).strip()
            return words[:1].islower() and RANK.fullmatch(words.lower()) is not None
    return False


#: Ranks written short, which the relabelling reads as titles of its own (``Dr``, ``Pr``).
_ABBREVIATED = frozenset(("dr", "dre", "pr", "dr.", "pr."))
#: Words of a name at most (``Kodjo Agbéko Lawson``, ``Mahamadou Issa Garba``).
_MAX_NAME_WORDS = 5


def ranked_name(doc: Doc, start: int) -> SpacySpan | None:
    """The person named after a rank written with a capital that opens the model's span at
    ``start`` (``Général de brigade`` + ``Yacouba Sanogo``), running over the capitalised
    words after the rank, labelled as the model labels a person (``PER``); ``None`` when no
    capitalised rank opens the span or no name follows it."""
    if not doc[start].text[:1].isupper() or doc[start].lower_ in _ABBREVIATED:
        return None  # "Dr Vincent Oliva": the relabelling's titles read it
    for after in range(min(len(doc), start + RANK_WORDS), start, -1):
        words = "".join(t.text_with_ws for t in doc[start:after]).strip().lower()
        if RANK.fullmatch(words):
            break
    else:
        return None
    last = after
    while last < len(doc) and last - after < _MAX_NAME_WORDS and _name_word(doc[last].text):
        last += 1
    if last == after or not _written_as_a_persons_rank(doc, start, last - after):
        return None
    return SpacySpan(doc, after, last, label="PER")


def _written_as_a_persons_rank(doc: Doc, start: int, name_words: int) -> bool:
    """Whether the capitalised rank at ``start`` is written as a person's: with its article
    or opening the sentence, and, after ``de`` (``de l'Agent Orange``), with a name of two
    words. A rank after another noun names a thing (``le collège Capitaine Dreyfus``, ``le
    brise-glace Commandant Charcot``; review51b)."""
    if start == 0 or doc[start].is_sent_start:
        return True
    if doc[start - 1].lower_ not in RANK_ARTICLES:
        return False
    return name_words > 1 or start < 2 or doc[start - 2].lower_ not in ("de", "d'", "d’")


def _name_word(word: str) -> bool:
    """A capitalised word of a name (``Sanogo``, ``Ba-Diallo``), not one in capitals."""
    return word[:1].isupper() and word.replace("-", "").isalpha() and not word.isupper()


def rank_only(doc: Doc, start: int, end: int) -> bool:
    """Whether the words ``[start, end)`` are a rank and nothing else (``Honorable``,
    ``Général de brigade``): no name of anyone (review51: a stray ``Honorable`` PERSON)."""
    words = "".join(t.text_with_ws for t in doc[start:end]).strip().lower()
    return end > start and RANK.fullmatch(words) is not None
