"""A person's name glued to the outlet a source spoke to: ``», explique au Parisien Lucie
Fabre``, ``», a raconté au Nouvelliste Marie-Ange Pierre-Louis``.

French news puts to whom a source spoke between the verb of saying and its inverted subject,
and the national press names the paper or the station itself there (``au Figaro``, ``aux
Echos``, ``au Soir``, ``sur France Inter``, ``à El Watan``).  ``fr_core_news_sm`` runs the
outlet's capitalised words and the person's name after them into one entity (``Parisien
Lucie Fabre`` an ORG, ``Nouvelliste Marie-Ange Pierre-Louis`` a place), so the quote spoke
as the paper or as no one.  After a verb of saying and ``à``/``au``/``aux``/``sur``, a span
whose words after its first hold a known first name followed by another capitalised word
(or a particle and one: ``Hortense de Villemont``) is that person's name from the first
name on; the outlet before it is no entity.  The last such first name is taken (``La Croix
Jean Dupont``: ``Croix`` is a first name too).  Pure: spaCy tokens.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newswire.nlp.entities.french.speech_verbs_fr import SPEECH_FORMS
from newswire.nlp.entities.words.firstnames import is_any_first_name

__all__ = ["OUTLET_PREPOSITIONS", "is_name_start", "last_name_start", "person_after_outlet"]

#: The prepositions before the outlet a source spoke to (``au Parisien``, ``sur X``).
OUTLET_PREPOSITIONS = frozenset(("à", "au", "aux", "sur"))
#: Particles inside a French surname (``Hortense de Villemont``, ``Anne Le Floch``).
_PARTICLES = frozenset(("de", "d'", "d’", "du", "des", "le", "la"))


def person_after_outlet(doc: Doc, start: int, end: int) -> tuple[SpacySpan, SpacySpan] | None:
    """The outlet (an ``ORG``) and the person's name (``PER``, as the model labels one) the
    span ``doc[start:end]`` runs together after a verb of saying's preposition; else
    ``None``.  The outlet stays an entity so that no later reader joins it to the name."""
    if start < 2 or doc[start - 1].lower_ not in OUTLET_PREPOSITIONS \
            or doc[start - 2].lower_ not in SPEECH_FORMS:
        return None
    first = last_name_start(doc, start, end - 2)
    if first is None:
        return None
    return SpacySpan(doc, start, first, label="ORG"), SpacySpan(doc, first, end, label="PER")


def last_name_start(doc: Doc, after: int, last: int) -> int | None:
    """The last index in ``(after, last]`` where a name starts (:func:`is_name_start`): the
    last such first name, as an outlet may be one too (``La Croix Jean Dupont``)."""
    return next((i for i in range(last, after, -1) if is_name_start(doc, i)), None)


def is_name_start(doc: Doc, at: int) -> bool:
    """Whether ``doc[at]`` is a known first name (``Marie-Ange`` by its first part) with a
    capitalised word after it, maybe past a particle."""
    word = doc[at]
    if not word.text[:1].isupper() or not is_any_first_name(word.text.split("-")[0]):
        return False
    after = at + 2 if at + 2 < len(doc) and doc[at + 1].lower_ in _PARTICLES else at + 1
    return after < len(doc) and _capitalised(doc[after])


def _capitalised(word: Token) -> bool:
    """A capitalised word of a name, not a lone capital (``X``, the network)."""
    return word.text[:1].isupper() and len(word.text) > 1 and word.text.replace("-", "").isalpha()
