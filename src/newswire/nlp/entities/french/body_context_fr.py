"""French organisations told by the words around a name, for :mod:`.labels_fr`.

Capitalised common words inside a sentence before a one-word place are its agency
(``Santé Canada``, ``Santé publique France``), and so is one word opening a sentence before
a place and its verb (``Statistique Canada a indiqué``); a name right after a lower-case noun of an
organisation's sort is that organisation (``l’organisme Équiterre``, ``le syndicat Unifor``)
unless it opens with a first name.  Imports spaCy, ``entities.words`` and the French word
lists (:mod:`.places_fr`, :mod:`.ranks_fr`) only.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newswire.nlp.entities.french.places_fr import calendar_word
from newswire.nlp.entities.french.ranks_fr import RANK
from newswire.nlp.entities.words.body_sorts_fr import SORT_NOUNS
from newswire.nlp.entities.words.firstnames import is_any_first_name

__all__ = ["after_organisation_noun", "agency_of"]

#: Lower-case nouns of an organisation's sort a name may follow ("l’organisme Équiterre"):
#: the sorts :mod:`.sorted_names_fr` reads, less ``club`` and ``amicale``, which that list
#: gained later (frorgs51) and this rule was never measured with.
_ORGANISATION_NOUNS = SORT_NOUNS - frozenset(("club", "amicale"))
#: Capitalised nouns opening a sentence before a place that say where or when, not whose
#: (``Côté Québec, ...``, ``Cap sur ...``); days and months are :func:`.calendar_word`.
_NOT_AGENCY_WORDS = frozenset(("côté", "direction", "cap", "retour", "merci", "bravo"))
#: Forms of address opening a sentence bare before a surname a place may share (``Maître
#: Lyon a plaidé``, ``Sœur Lyon a fondé``): a person; ranks and titles are :data:`.RANK`
#: (``Capitaine Paris``; review57 F1).
_ADDRESS_WORDS = frozenset((
    "monsieur", "madame", "mademoiselle", "maître", "sœur", "frère", "père", "mère",
    "monseigneur", "mgr", "me", "cheikh", "chef", "président", "présidente", "ministre"))


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
    if start == span.start and _opens_sentence_as_agency(doc, span):
        start -= 1
    if start == span.start or not doc[start].is_title:
        return span
    return SpacySpan(doc, start, span.end, label="ORG")


def _opens_sentence_as_agency(doc: Doc, span: SpacySpan) -> bool:
    """``Statistique Canada a indiqué``, ``Santé Québec affirme``, ``Revenu Québec a fait
    savoir``: Canada's and Québec's agencies are named by their field and their state, and
    opening a sentence as its subject the field word is capitalised like any first word, so
    :func:`agency_of` could not tell it from a sentence's word; a common noun (not a day, a
    month or a first name) opening the sentence right before a one-word place that a
    lower-case verb or an aside's comma follows (``Santé Québec, pour sa part, rappelle``)
    is that agency (round forty, orgs57)."""
    end, start = span.end, span.start - 1
    if start < 0 or end >= len(doc) or not (doc[start].is_sent_start or start == 0):
        return False  # the cheap questions first
    word, after = doc[start], doc[end]
    speaks = (after.is_lower and after.pos_ in ("VERB", "AUX")) or after.text == ","
    return speaks and word.is_title \
        and word.is_alpha and word.pos_ in ("NOUN", "PROPN") and not word.ent_type_ \
        and word.lower_ not in _NOT_AGENCY_WORDS | _ADDRESS_WORDS \
        and RANK.fullmatch(word.lower_) is None and not calendar_word(doc[start:start + 1]) \
        and not is_any_first_name(word.text)


def after_organisation_noun(doc: Doc, start: int) -> bool:
    """``l’entreprise Boréalis``, ``le syndicat Unifor``: a name right after a lower-case
    noun of an organisation's sort names that organisation (not ``la firme Jean Roy``: a
    name opening with a first name is a person's)."""
    return start > 0 and doc[start - 1].lower_ in _ORGANISATION_NOUNS \
        and not is_any_first_name(doc[start].text)
