"""French organisations' names the model cuts, misses or mistypes, for :mod:`.labels_fr`.

``fr_core_news_sm`` often reads only an organisation's first word (``Centre`` of ``Centre de
services scolaire des Hautes-Laurentides``), none of it (``Union des consommateurs estime``),
a city's administration as two places (``Ville`` + ``Laval``), or a Crown corporation named
for its province as a person opening a text (``Hydro-Québec estime``).  These read the
name's own words: its lower-case words and a last place after its first word, the place
after ``Ville de``, a place's name closing a hyphenated word.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newswire.nlp.entities.french.french_words import DE, THE_SINGULAR
from newswire.nlp.entities.french.speech_verbs_fr import SPEECH_FORMS
from newswire.nlp.entities.words.aliases import table
from newswire.nlp.entities.words.firstnames import is_any_first_name

__all__ = ["CITY_WORDS", "NAME_LINK_TAGS", "ORGANISATION_WORDS", "city_of", "cut_name_end",
           "domain_body_start", "is_court", "named_for_place", "opens_organisation",
           "unlabelled_organisations"]

#: First words of organisations' names the model may cut after their first words
#: ("Institut canadien" of "Institut canadien d'information sur la santé").
ORGANISATION_WORDS = frozenset((
    "Institut", "Fédération", "Association", "Conseil", "Commission", "Agence", "Office",
    "Société", "Union", "Confédération", "Syndicat", "Centre", "Collège", "Université",
    "École", "Ordre", "Observatoire", "Caisse", "Régie", "Banque", "Fonds", "Comité",
    "Chambre", "Ministère", "Secrétariat", "Autorité", "Bureau", "Organisation", "Alliance",
    "Coalition", "Regroupement", "Mouvement", "Fondation",
    # French and African public bodies' names (``Mutualité sociale agricole``, ``Parlement
    # des étudiants``, ``Plateforme des organisations de la société civile``, ``Délégation
    # régionale de la Santé publique``): round thirty-three, frorgs50.
    "Mutualité", "Parlement", "Plateforme", "Délégation", "Commissariat",
))
#: What follows ``Cour`` in a court's name (``Cour des comptes``, ``Cour de cassation``,
#: ``Cour d'appel``, ``Cour suprême``, ``Cour constitutionnelle``): every francophone state
#: has such courts, and the model keeps ``Cour`` alone, a fragment no reader knows the court
#: by (round thirty-eight, frorgs55).  Only these: ``Cour`` + another word is a courtyard
#: (``la Cour carrée du Louvre``, ``la Cour d'honneur``) or a sentence's first noun (``Cour
#: de récréation fermée``; review55 F9).
_COURT_ADJECTIVES = frozenset((
    "suprême", "constitutionnelle", "pénale", "européenne", "administrative",
    "internationale", "fédérale", "spéciale", "commune"))
_COURT_DOMAINS = frozenset(("comptes", "cassation", "appel", "assises", "justice"))
#: Lower-case nouns of a public body before the name of its domain, which the model reads
#: alone (``ministère des`` + ``Comptes publics``): the body's name opens with the noun.  A
#: ``délégation`` only with its adjective (``délégation régionale des Affaires islamiques``):
#: ``la délégation de l'Union européenne`` is a group of envoys.
_DOMAIN_BODIES = frozenset(("ministère", "secrétariat"))
_QUALIFIED_BODIES = frozenset(("délégation",))
#: Adjectives that open a body's name before one of :data:`ORGANISATION_WORDS` (``Haut
#: Conseil des finances publiques``, ``Haute Autorité de santé``).
_HIGH = frozenset(("Haut", "Haute"))
#: A city's administration by its sort (``la Ville de Laval``, ``la Municipalité de
#: Lac-Beauport``): with its place, a place's name; alone (``La Ville estime``), a
#: description of the one named before, no name.
CITY_WORDS = frozenset(("Ville", "Municipalité"))
#: Prepositions, articles and conjunctions inside a name, never at its end.
NAME_LINK_TAGS = frozenset(("ADP", "DET", "CCONJ"))
#: The article after "de" before a name (``de la Santé``, ``de l'Économie``): "de le" is "du".
_THE_AFTER_OF = THE_SINGULAR - {"le"}
#: "de", "du", "des", "d'": before a place that closes an organisation's name.
_OF = DE | _THE_AFTER_OF


def domain_body_start(doc: Doc, start: int) -> int:
    """Where a body's name whose domain the model read alone at ``start`` opens: at
    ``ministère`` of ``ministère des`` + ``Comptes publics``, at ``délégation`` of
    ``délégation régionale des`` + ``Affaires islamiques``; else ``start``."""
    i = start - 1
    if i >= 0 and doc[i].lower_ in _THE_AFTER_OF and doc[i].pos_ == "DET":
        i -= 1  # "de la Santé"
    if i < 1 or doc[i].lower_ not in _OF:
        return start
    i -= 1
    adjectives = 0
    while i > 0 and doc[i].pos_ == "ADJ" and doc[i].text.islower():
        adjectives, i = adjectives + 1, i - 1
    noun = doc[i].lower_
    opens = noun in _DOMAIN_BODIES or (noun in _QUALIFIED_BODIES and adjectives > 0)
    return i if opens and doc[i].text.islower() and not doc[i].ent_type_ else start


def opens_organisation(doc: Doc, start: int) -> bool:
    """Whether the word at ``start`` opens an organisation's name: one of
    :data:`ORGANISATION_WORDS`, or ``Haut``/``Haute`` before one (``Haut Conseil``)."""
    word = doc[start].text
    if word == "Cour":
        return is_court(doc, start)
    return word in ORGANISATION_WORDS or (
        word in _HIGH and start + 1 < len(doc) and doc[start + 1].text in ORGANISATION_WORDS)


def is_court(doc: Doc, start: int) -> bool:
    """Whether ``Cour`` at ``start`` opens a court's name: an adjective of courts right after
    it (``Cour suprême``), or a court's domain after ``de``/``des``/``d'`` (``Cour des
    comptes``, ``Cour d'appel``)."""
    after = [t.lower_ for t in doc[start + 1:start + 3]]
    return bool(after) and (after[0] in _COURT_ADJECTIVES or (
        len(after) == 2 and after[0] in _OF and after[1] in _COURT_DOMAINS))


def named_for_place(span: SpacySpan) -> bool:
    """``Hydro-Québec``, ``Loto-Québec``, ``Radio-Canada``: one hyphenated word ending with a
    place's name, opening with no first name (not ``Marie-France``), names an organisation
    of that place, never a person."""
    parts = span.text.split("-")
    if len(span) != 1 or len(parts) < 2 or is_any_first_name(parts[0]):
        return False
    known = table().lookup(parts[-1])
    return known is not None and known.type == "GPE"


def city_of(doc: Doc, end: int) -> SpacySpan | None:
    """The place's span right after ``de`` at ``end`` (``Ville`` + ``de`` + ``Laval``)."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("de", "d'", "d’"):
        return None
    return next((e for e in doc.ents if e.start == end + 1 and e.label_ == "LOC"), None)


def unlabelled_organisations(doc: Doc, kept: list[SpacySpan]) -> list[SpacySpan]:
    """``Union des consommateurs estime ...``: an organisation's first word and the
    lower-case words of its name after it (``des consommateurs``), in no name the model
    found, are an organisation it missed."""
    taken = {i for span in kept for i in range(span.start, span.end)}
    found: list[SpacySpan] = []
    for token in doc:
        i = token.i
        if (token.text not in ORGANISATION_WORDS and not (
                token.text == "Cour" and is_court(doc, i))) or i in taken or i + 2 >= len(doc) \
                or doc[i + 1].lower_ not in _OF or any(i <= s.start < i + 2 for s in found):
            continue
        end = cut_name_end(doc, i + 1)
        if end > i + 2 and not taken & set(range(i, end)):
            found.append(SpacySpan(doc, i, end, label="ORG"))
    return found


def cut_name_end(doc: Doc, end: int) -> int:
    """Where an organisation's name the model cut ends: its lower-case words ("Institut
    canadien" + "d'information sur la santé") and a last "du Québec" follow, up to a verb, a
    punctuation mark or another name."""
    best = end
    i = end
    while i < len(doc):
        token = doc[i]
        if token.pos_ in NAME_LINK_TAGS and token.text.islower():
            i += 1
            continue
        # A noun right after the name is the sentence's ("La Banque Nationale hausse ..."),
        # and so is a verb of saying the tagger reads as a word of the name ("Union des
        # industries utilisatrices d'énergie" + "rappelle")
        if token.text.islower() and token.lower_ not in SPEECH_FORMS \
                and (token.pos_ == "ADJ" or (token.pos_ == "NOUN" and i > end)):
            i += 1
            best = i
            continue
        if _is_place_name(token) and doc[i - 1].lower_ in _OF and i > end:
            while i < len(doc) and _is_place_name(doc[i]):
                i += 1
            # "de Côte d'Ivoire", "des Nations unies": the model's whole name of the place
            return max(i, _entity_end(doc, token.i))  # "du Québec" closes the name
        break
    return best


def _entity_end(doc: Doc, start: int) -> int:
    """The end of the model's entity opening at ``start`` (``Côte d'Ivoire``, ``Nations
    unies``: a place's or a body's name with a link or a lower-case word in it), else
    ``start``."""
    return next((e.end for e in doc.ents if e.start == start), start)


def _is_place_name(token: Token) -> bool:
    """A capitalised proper noun, or a capitalised word the model put in a place's span
    (``Québec`` tagged as an adjective but read as LOC)."""
    return token.text[:1].isupper() and (token.pos_ == "PROPN" or token.ent_type_ == "LOC")
