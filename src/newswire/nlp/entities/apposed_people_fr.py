"""French people's names the model reads as organisations, known by the words set beside them.

``fr_core_news_sm`` knows few West-African and Maghreb names and often labels them ORG:
``La secrétaire générale adjointe du syndicat, Ndèye Coumba Sène,``, ``El Hadji Fall, 61
ans,``, ``Farida Hammoudi Bouzid, hydrologue et enseignante``. French news sets a person's
age or role beside the name with a comma; an organisation gets neither. A name of
capitalised words only, with no organisation's word, set off so, is a person's
(:func:`apposed_people`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newswire.nlp.entities.orgnames_fr import CITY_WORDS, ORGANISATION_WORDS

__all__ = ["apposed_people"]

#: Endings of French nouns for a person (``secrétaire``, ``hydrologue``, ``directrice``,
#: ``enseignante``, ``militante``, ``pharmacien``).
_PERSON_ENDINGS = ("eur", "euse", "trice", "iste", "aire", "logue", "ien", "ienne", "ière",
                   "ier", "ante", "ant", "ente", "ecin", "ète")
_PERSON_NOUNS = frozenset(("maire", "ministre", "juge", "élu", "élue", "veuve", "mère", "père",
                           "épouse", "mari", "fille", "fils", "porte-parole", "cheffe", "chef",
                           "imam", "préfet", "préfète", "notable", "président", "adjoint",
                           "adjointe", "agent"))
#: Nouns of a person's ending that name a company's part as often (``Le constructeur,
#: Naval Group,``, ``son actionnaire, Vollmer Antriebstechnik``).
_COMPANY_ROLES = frozenset((
    "constructeur", "fabricant", "transporteur", "assureur", "diffuseur", "fournisseur",
    "distributeur", "opérateur", "employeur", "exploitant", "gestionnaire", "concessionnaire",
    "prestataire", "mandataire", "actionnaire", "partenaire", "repreneur", "acquéreur",
    "propriétaire", "locataire", "bailleur", "organisateur", "annonceur", "éditeur",
    "producteur", "importateur", "exportateur", "sous-traitant", "concurrent", "client"))
#: Most words a person's name may have (``Abdelkrim Benmessaoud Zerrouki``, ``El Hadji
#: Mamadou Ndiaye Fall``).
_MAX_NAME_WORDS = 5


def apposed_people(doc: Doc, kept: list[SpacySpan]) -> list[SpacySpan]:
    """``kept`` with each organisation's span that names a person made a person's."""
    return [SpacySpan(doc, span.start, span.end, label="PERSON")
            if span.label_ == "ORG" and _name_like(span) and _set_off_as_person(span)
            else span for span in kept]


def _name_like(span: SpacySpan) -> bool:
    """Two to five capitalised words of letters (hyphens allowed), no acronym, and no word
    of an organisation or a city (``Syndicat``, ``Ville``)."""
    return 2 <= len(span) <= _MAX_NAME_WORDS and all(
        all(part.isalpha() and part[:1].isupper() for part in t.text.split("-"))
        and not t.is_upper and t.text not in ORGANISATION_WORDS | CITY_WORDS for t in span)


def _set_off_as_person(span: SpacySpan) -> bool:
    """An age after the name (``, 61 ans``), a person's noun right after its comma
    (``, hydrologue``), or a person's noun it is set beside before (``La secrétaire
    générale adjointe du syndicat, Ndèye Coumba Sène,``)."""
    doc = span.doc
    end = span.end
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num \
            and doc[end + 2].lower_ == "ans":
        return True
    if end + 1 < len(doc) and doc[end].text == "," and _person_noun(doc[end + 1]):
        return True
    head = span.root.head
    return (span.start > 0 and doc[span.start - 1].text == "," and head.i < span.start
            and _person_noun(head))


def _person_noun(token: Token) -> bool:
    if token.pos_ not in ("NOUN", "ADJ") or not token.is_lower:
        return False
    word = token.lower_
    if word in _COMPANY_ROLES:
        return False
    return word in _PERSON_NOUNS or (len(word) > 4 and word.endswith(_PERSON_ENDINGS))
