"""French organisations told by the words around a name, for :mod:`.labels_fr`.

Capitalised common words inside a sentence before a one-word place are its agency
(``Santé Canada``, ``Santé publique France``); a name right after a lower-case noun of an
organisation's sort is that organisation (``l’organisme Équiterre``, ``le syndicat Unifor``)
unless it opens with a first name.  Imports spaCy and ``entities.words`` only.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newswire.nlp.entities.words.body_sorts_fr import SORT_NOUNS
from newswire.nlp.entities.words.firstnames import is_any_first_name

__all__ = ["after_organisation_noun", "agency_of"]

#: Lower-case nouns of an organisation's sort a name may follow ("l’organisme Équiterre"):
#: the sorts :mod:`.sorted_names_fr` reads, less ``club`` and ``amicale``, which that list
#: gained later (frorgs51) and this rule was never measured with.
_ORGANISATION_NOUNS = SORT_NOUNS - frozenset(("club", "amicale"))


def agency_of(doc: Doc, span: SpacySpan) -> SpacySpan:
    """``Santé Canada``, ``Environnement Canada``, ``Santé publique France``: capitalised
    common words inside a sentence before a country are its agency, an organisation (the
    model reads the country alone)."""
    if span.label_ != "GPE" or len(span) != 1:
        return span
    start = span.start
    while start > 0 and doc[start - 1].pos_ in ("NOUN", "ADJ") and doc[start - 1].is_alpha \
            and not doc[start - 1].ent_type_ and not doc[start - 1].is_sent_start \
            and (doc[start - 1].is_title or (start - 2 >= 0 and doc[start - 2].is_title
                                             and doc[start - 1].is_lower)):
        start -= 1
    if start == span.start or not doc[start].is_title:
        return span
    return SpacySpan(doc, start, span.end, label="ORG")


def after_organisation_noun(doc: Doc, start: int) -> bool:
    """``l’entreprise Boréalis``, ``le syndicat Unifor``: a name right after a lower-case
    noun of an organisation's sort names that organisation (not ``la firme Jean Roy``: a
    name opening with a first name is a person's)."""
    return start > 0 and doc[start - 1].lower_ in _ORGANISATION_NOUNS \
        and not is_any_first_name(doc[start].text)
