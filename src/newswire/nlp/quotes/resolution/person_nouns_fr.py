"""Whether a French noun names a person: it has a feminine and a masculine form.

French nouns for people mostly inflect for gender (``voisin``/``voisine``, ``retraité``/
``retraitée``, ``agriculteur``/``agricultrice``), nouns for things do not (``dossier``,
``restaurant``, ``usine``, ``journée``): an ending alone (``-ier``, ``-ant``, ``-ée``) cannot
tell ``un policier`` from ``un dossier``. The French model's own lemma table can: it maps
each feminine form of a person's noun to the masculine lemma. Epicene doers the table cannot
pair (``ingénieur``, ``médecin``, ``journaliste``) are read by their agent ending.
"""

from __future__ import annotations

from functools import cache

import spacy.util
from spacy.lookups import Lookups, Table
from spacy.tokens import Token

__all__ = ["names_a_person"]

#: Masculine endings and the feminine ones they take (``policier`` -> ``policière``).
_FEMININE_ENDINGS = (("ier", "ière"), ("eur", "euse"), ("teur", "trice"), ("en", "enne"),
                     ("on", "onne"), ("er", "ère"))
#: Endings of one who does, of either gender (``ingénieur``, ``médecin``, ``journaliste``).
_AGENT_ENDINGS = ("eur", "eure", "euse", "trice", "iste", "ecin")


def names_a_person(noun: Token) -> bool:
    """Whether ``noun``, singular, names a person: a long word with a doer's ending
    (``ingénieur``; not ``moteur``, ``liste``), or a noun whose masculine (itself, or its
    lemma: ``infirmière`` -> ``infirmier``) has a feminine the table reads back to it."""
    lower = noun.lower_
    if len(lower) > 6 and lower.endswith(_AGENT_ENDINGS):
        return True
    table = _lemma_table()
    if table is None:
        return False
    masculines = {lower, noun.lemma_.lower(), *(table.get(lower) or ())}
    return any(masculine in (table.get(form) or ()) for masculine in masculines
               for form in _feminine(masculine) if form != masculine)


def _feminine(masculine: str) -> set[str]:
    """The feminine forms a masculine noun may take: ``voisine``, ``policière``."""
    forms = {masculine + "e"}
    for old, new in _FEMININE_ENDINGS:
        if masculine.endswith(old):
            forms.add(masculine[:-len(old)] + new)
    return forms


@cache
def _lemma_table() -> Table | None:
    """The French model's lemma lookup table, read once per process."""
    from newswire.nlp.loading import FRENCH_MODEL  # loading imports the quotes package

    try:
        package = spacy.util.get_package_path(FRENCH_MODEL)
        folder = next(package.glob("*/lemmatizer/lookups"))
    except (ImportError, StopIteration, OSError):
        return None  # no French model: the agent endings alone decide
    return Lookups().from_disk(folder).get_table("lemma_lookup")
