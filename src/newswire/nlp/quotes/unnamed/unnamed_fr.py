"""One unnamed French source named by its phrase: ``», résume un moniteur``, ``regrette une
bénévole du club``, ``Un officier de la mission ... a affirmé``.

The English resolver knows an unnamed person by the noun's tag and its agent ending (``a
teacher said``: ``teacher``). French nouns carry neither (the French model tags every noun
``NOUN``, and ``bénévole``, ``principale``, ``cadre`` end like anything), so such a speaker
had no name at all and the quote no speaker. In French a singular noun the text introduces
with ``un``/``une`` as the one who speaks, and that no list calls an organisation, a group or
a document, is one person the writer does not name: the phrase stands for them, as the
reader is told (``un moniteur``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.noun_articles import has_indefinite_article
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.roles.kin_fr import is_someones_kin

__all__ = ["is_french_unnamed_one"]

#: Nouns for one person that end in ``s`` or ``x`` in the singular (``un fils``).
_PERSONS_IN_S = frozenset(("fils", "époux", "gars", "héros", "commis", "veuf", "métis",
                           "bourgeois", "villageois", "marquis", "jaloux", "curieux"))
#: Endings of a singular inhabitant's noun (``un Lyonnais``, ``un Québécois``).
_INHABITANT_ENDINGS = ("ais", "ois")


def is_french_unnamed_one(head: Token, lexicon: Lexicon) -> bool:
    """Whether ``head`` is a French singular noun introduced by ``un``/``une`` with no name
    beside it (``un moniteur``, not ``un élu, Jean Roy``)."""
    if lexicon is not FRENCH or head.pos_ != "NOUN" or head.ent_type_:
        return False
    if "Plur" in head.morph.get("Number", []) or (
            head.lower_.endswith(("s", "x")) and not _one_in_s(head)):
        return False  # "des habitants", "un des riverains" are several
    if any(c.pos_ == "PROPN" or c.ent_type_ for c in head.children if c.dep_ != "nmod"):
        return False  # a name hangs on it: other rules read the name
    if is_someones_kin(head):
        return True  # "la mère de l'accusé": whatever its article, one unnamed person
    return has_indefinite_article(head, lexicon)


def _one_in_s(head: Token) -> bool:
    """``un fils``, ``un époux``, ``un Québécois``: a noun ending in ``s``/``x`` that the
    model reads as singular and that names a person (not ``un recours``, ``un devis``). An
    inhabitant is written with a capital (``un Lyonnais``): ``un mois``, ``une fois``, ``un
    palais``, ``un relais`` end alike and name no one."""
    return "Sing" in head.morph.get("Number", []) and (
        head.lower_ in _PERSONS_IN_S
        or (head.lower_.endswith(_INHABITANT_ENDINGS) and head.text[:1].isupper()))
