"""French police and military ranks written between an office and its holder's name.

``a déclaré le porte-parole du SPVM, l'agent Marc-André Chartrand``, ``a précisé la
porte-parole de la SQ, la sergente Annie Tremblay``, ``Son porte-parole, le lieutenant-colonel
Avichay Ben-Ami, a écrit``: Québec's and Canada's French press (and any French desk quoting a
police force or an army) gives a police or military spokesperson's rank, with its article,
before the name set off after the office. The rank is no word of the name nor an office of its
own: the name after it is the office's holder, as after ``M.`` (:mod:`.appositions`).
Pure: spaCy tokens.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import PERSON_LABELS

__all__ = ["RANKS", "ranked_name"]

#: Ranks of a police force or an army, masculine and feminine, lower case.
_RANK_WORDS = """
    agent agente sergent sergente caporal caporale lieutenant lieutenante capitaine
    commandant commandante inspecteur inspectrice constable enquêteur enquêteuse adjudant
    adjudante major colonel colonelle lieutenant-colonel lieutenante-colonelle
    sergent-détective sergente-détective brigadier brigadière gendarme
"""
RANKS = frozenset(_RANK_WORDS.split())
_ARTICLES = frozenset(("le", "la", "l'", "l’"))
#: Words of the office's phrase before its comma (``porte-parole du Service de police``).
_MOST_OFFICE_WORDS = 8


def ranked_name(office: Token) -> Token | None:
    """The person's name set off after ``office``'s phrase behind an article and a rank
    (``, l'agent Marc-André Chartrand``), read on the words: the small parse hangs the rank
    and the name anywhere (a conjunct, an adjective, the verb's subject)."""
    doc = office.doc
    if doc.lang_ != "fr" or office.pos_ != "NOUN":
        return None
    comma = next((i for i in range(office.i + 1, min(office.i + _MOST_OFFICE_WORDS,
                                                      office.sent.end))
                  if doc[i].is_punct or doc[i].pos_ in ("VERB", "AUX")), None)
    if comma is None or doc[comma].text != "," or comma + 3 >= len(doc):
        return None
    article, rank, name = doc[comma + 1], doc[comma + 2], doc[comma + 3]
    if article.lower_ not in _ARTICLES or rank.lower_ not in RANKS \
            or name.ent_type_ not in PERSON_LABELS:
        return None
    return name
