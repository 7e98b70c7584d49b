"""People a French story names by a first name alone, set off by a comma: vox pops.

French reports give the people met in the street, at a meeting or in a queue by their first
name only, set off with their age or what they are (``Parmi les manifestants, Léa, 29 ans,
enceinte de sept mois.``; ``Karim, 41 ans, père de trois enfants, se montrait plus
compréhensif.``; ``Au marché, Clarisse, commerçante de pagnes, hausse les épaules.``; ``Sa
voisine, Marie-Claude, a déjà trouvé un logement``), then carry on with ``dit-elle``,
``estime-t-il``.  The model tags few such lone first names as a person (it reads many as a
place or a firm), so the pronoun after them went to the person named in full before (the
mayor, the union's delegate).  This is a construction of news writing in French, not of
one outlet: regional dailies, national papers and African dailies write vox pops this way.

Such a word is a person of the first name's gender whom a later pronoun may stand for, when
it is a known first name, no entity's mention (or a one-word place's or organisation's with
a person's age after it or a noun naming a person beside it: the model reads ``Karim, 41
ans,`` and ``Sa voisine, Marie-Claude,`` as places, ``Lucas, 19 ans,`` as a firm), set off
by a comma after it and opening its clause (after punctuation or an incise verb: ``lance
Fatima, mère de ...``), never after a preposition (``à Nancy,``: a town).  A lone name that
is the surname of one the article named in full (``Dupont, lui, ...`` after ``Jean Dupont``)
is left to that person, unless an age follows it (``Ibrahim, 22 ans,`` is not the mayor
``Rhissa Ag Boula Ibrahim``).  Only a pronoun or an epithet points back to such a one
(``lone``): a role (``le maire``, ``l'élu``) names one the article names in full or titles,
never a passer-by met by a first name.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newswire.nlp.entities.words.firstnames import first_name_gender, unaccented
from newswire.nlp.entities.words.francophone_first_names import (
    francophone_gender,
    french_usage_gender,
)
from newswire.nlp.quotes.base.gender import Gender
from newswire.nlp.quotes.base.referent_types import Referent
from newswire.nlp.quotes.base.word_arrays import lower_indices
from newswire.nlp.quotes.lexicon_fr import DYING
from newswire.nlp.quotes.resolution.person_nouns_fr import names_a_person

__all__ = ["first_named_people", "is_first_named"]

#: Parts of speech a lone first name may follow and still open its clause: punctuation, an
#: incise verb (``lance Fatima,``), a conjunction (``et Karim,``).
_OPENERS = frozenset(("PUNCT", "VERB", "AUX", "CCONJ", "SPACE"))
#: Nouns of one's child, and the possessives before them (``Sa fille, Léa,``).
_CHILDREN = frozenset(("fille", "fils", "enfant", "petite-fille", "petit-fils", "bébé", "cadet",
                       "cadette", "aîné", "aînée"))
_POSSESSIVES = frozenset(("sa", "son", "leur", "ma", "mon", "notre"))
#: Verbs (lemmas) of what befalls one in the news, read after ``été``/``est``: ``a été
#: tuée``, ``est mis en examen``; and of dying, in any form.
_BEFALLING = frozenset(("tuer", "tué", "blesser", "blessé", "poignarder", "agresser",
                        "agressé", "sauver", "sauvé", "retrouver", "retrouvé", "interpeller",
                        "interpellé", "condamner", "condamné", "écrouer", "écroué", "mettre",
                        "mis", "arrêter", "arrêté", "hospitaliser", "hospitalisé", "violer",
                        "enlever", "enlevé", "frapper", "frappé", "renverser", "renversé",
                        "percuter", "percuté", "noyer", "tuée", "blessée", "mise", "sauvée",
                        "retrouvée", "agressée", "arrêtée", "condamnée", "placer", "placé",
                        "placée", "incarcérer", "incarcéré", "incarcérée", "inculper",
                        "inculpé", "juger", "jugé", "jugée", "accuser", "accusé", "accusée"))
#: The oldest age a person is given (``Mercedes, 130 ans,``: a firm's years).
_OLDEST = 110


def first_named_people(doc: Doc, covered: set[int], quoted: Callable[[int], bool],
                       surname_of: Callable[[str, int], bool]) -> list[Referent]:
    """The people ``doc`` names by a lone first name set off by a comma (see the module),
    outside quotation marks and outside the entities' spans (``covered``, token indices);
    ``surname_of(word, char)``: whether ``word`` is the surname of one named in full."""
    found = []
    for comma in lower_indices(doc, (",",)):  # only a word with a comma after it is asked
        if comma == 0:
            continue
        token = doc[comma - 1]
        gender = _lone_first_name(token)  # a comma follows: only the rest is asked
        if gender is None or (token.i in covered and not _aged_place(token)) \
                or quoted(token.idx):
            continue
        if not _aged(token) and surname_of(token.text, token.idx):
            continue
        found.append(Referent(token.idx, token.text, "person", True, True, gender=gender,
                              lone=True))
    return found


def is_first_named(token: Token) -> bool:
    """Whether ``token`` is a lone first name set off by a comma, opening its clause (``Léa,
    29 ans,``; ``lance Fatima, mère de ...``): one a vox pop brings in (see the module)."""
    # the cheap questions first: what the token in hand answers, then the comma after it
    if not token.is_title or token.ent_type_ in ("PERSON", "PER"):
        return False
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == "," \
        and _lone_first_name(token) is not None


def _lone_first_name(token: Token) -> Gender | None:
    """The gender of ``token`` read as a lone first name opening its clause, the comma after
    it known (``is_first_named`` but the comma test), else None: the gender is read once."""
    if not token.is_title or token.ent_type_ in ("PERSON", "PER") \
            or (token.ent_type_ and not _aged_place(token)):
        return None
    gender = _first_name_gender(token)
    if gender is None or not _opens_clause(token) or _ones_child(token) or _befallen(token):
        return None
    return gender


def _befallen(token: Token) -> bool:
    """``Lola, 12 ans, avait été tuée``; ``Karim, 23 ans, a été mis en examen``: one the news
    befalls (harm, death, justice), of whom the official named before speaks; the
    ``a-t-elle déclaré`` after is still the official's (review56 F7)."""
    sentence = token.sent
    for word in token.doc[token.i + 1:sentence.end]:
        if word.text in ("«", "“", '"'):
            return False  # past the writer's clause
        lemma = word.lemma_.lower()
        if lemma in DYING or ((lemma in _BEFALLING or word.lower_ in _BEFALLING) and any(
                c.lower_ in ("été", "est", "sont", "était") for c in word.children)):
            return True
    return False


def _ones_child(token: Token) -> bool:
    """``Sa fille, Léa, 8 ans, joue dans la cour``: the child of one just named, of whom
    they speak; the ``ajoute-t-elle`` after is still the parent's (review56 F5)."""
    doc = token.doc
    return token.i > 2 and doc[token.i - 1].text == "," \
        and doc[token.i - 2].lower_ in _CHILDREN and doc[token.i - 3].lower_ in _POSSESSIVES


def _aged_place(token: Token) -> bool:
    """``Karim, 41 ans,`` read as a place (``Lucas, 19 ans,`` as a firm) by the model: one
    word with a person's age set off after it is a person (a town is given no age so:
    ``fondée il y a 40 ans``; a firm's years run past a life: ``Mercedes, 130 ans,``)."""
    return token.ent_type_ in ("GPE", "LOC", "ORG") and token.ent_iob_ == "B" and (
        token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I") and (
        _aged(token) or _person_beside(token))


def _person_beside(token: Token) -> bool:
    """``Sa voisine, Marie-Claude,``; ``Clarisse, commerçante de pagnes,``: a noun naming a
    person set off right before or right after the word (no town is one's neighbour)."""
    doc = token.doc
    before = doc[token.i - 2] if token.i > 1 and doc[token.i - 1].text == "," else None
    after = doc[token.i + 2] if token.i + 2 < len(doc) else None
    return any(noun is not None and noun.pos_ == "NOUN" and names_a_person(noun)
               for noun in (before, after))


def _first_name_gender(token: Token) -> Gender | None:
    """The gender of ``token`` read as a first name (``Léa``, ``Marie-Claude``), else None."""
    word = token.text
    if not all(part.isalpha() for part in word.split("-")):
        return None
    part = word.split("-")[0]
    found = francophone_gender(part) or french_usage_gender(part) \
        or first_name_gender(unaccented(part))
    return found if found in ("f", "m") else None


def _opens_clause(token: Token) -> bool:
    """Whether ``token`` opens its clause: first in the doc, or after punctuation, an
    incise verb or a conjunction; not after a preposition, a determiner or a name."""
    if token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return (before.pos_ in _OPENERS and not before.is_title) or before.is_punct


def _aged(token: Token) -> bool:
    """``Ibrahim, 22 ans``: an age set off right after the name."""
    doc = token.doc
    at = token.i + 2
    # isdecimal, not spaCy's is_digit (str.isdigit): a superscript "²" passes isdigit and
    # int() refuses it, which failed the whole article (review56b R12)
    return at + 1 < len(doc) and doc[at].text.isdecimal() and int(doc[at].text) <= _OLDEST \
        and doc[at + 1].lower_ in ("ans", "an")
