"""A name after a rank and its article is a person's: ``le colonel Lansana Kourouma``,
``l'inspecteur Wilner Dorsainvil``, ``la sergente Annie Tremblay``, ``le contre-amiral
Kodjo Agbéko Lawson``, whatever the model made of it.

French news writes the rank or form of address a person goes by before their name, in
lower case with its article (police and military desks everywhere; governors, prefects,
port directors and professors in the press of West and Central Africa and the Maghreb).
``fr_core_news_sm`` often types the name after it an organisation (``Wilner Dorsainvil``)
or a MISC (``Marie-Ève Gagnon``), so the person was no person. The rank, like ``M.`` or
``Dr``, is left out of the name. Shared with the quote rule that reads such a name set off
after an office (``nlp.quotes.roles.ranked_names_fr``).
Pure: spaCy tokens.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

__all__ = ["RANK", "RANK_ARTICLES", "RANK_WORDS", "rank_before"]

#: The articles a rank is written with (``le colonel``, ``la Dre``, ``l'inspecteur``).
RANK_ARTICLES = frozenset(("le", "la", "l'", "l’"))
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
    r"|docteure?|dr|dre|pr|professeure?|juge|abbé|imam|pasteur|cheikh|honorable")
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
