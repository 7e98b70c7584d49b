"""French entity labels made into newswire's types, as a spaCy component after ``ner``.

``fr_core_news_sm`` was trained on WikiNER, whose labels are PER, ORG, LOC and MISC;
newswire's entities and quotes read OntoNotes types (PERSON, ORG, GPE, LOC, NORP, EVENT...).
Relabelling the doc once keeps the rest of the machinery unaware of the language:

- PER -> PERSON (ORG when every word is a common word in the plural: ``Jeunes
  Agriculteurs``; GPE for one word where a place stands, ``le viticulteur de Frontenac``,
  none for a day or a month, ``Mardi,``: :mod:`.places_fr`); ORG -> ORG, widened over the
  words the model cut (``Institut canadien`` + ``d'information sur la santé``, a last
  ``du Québec``); the model's span a widened name reaches is part of it (``Syndicat des
  cols bleus regroupés`` + ``de Montréal``).
- A span opening with a title (``Dr``, ``Pr``, ``Me``) is the person after it, whatever
  the model's label (``le Dr Vincent Oliva`` read as MISC); one opening with a ministry's
  noun is an organisation (``ministère de la Santé``, read as a place), with all its
  portfolios (:mod:`.portfolios_fr`). No name ends with a preposition or an article
  (``Fédération ... du``).
- LOC -> NORP for a people in the plural after an article (``les Français``, ``des
  Européens``); LOC when the name opens with a natural feature (``mer``, ``mont``, ``lac``...);
  GPE otherwise (in news a LOC is mostly a country or a city; the gazetteer still overrules).
- MISC -> EVENT when it opens with an event word (``Coupe``, ``Jeux``, ``sommet``...), NORP
  for a people as above, ORG when it speaks (``Le Bloc québécois a demandé``,
  :mod:`.speaking_names_fr`); any other MISC is dropped: the small model's MISC is mostly
  fragments of sentences (``Nous ne reculerons pas``).
- A span of two words or more opening with an organisation's word (``Fédération``,
  ``Syndicat``, ``Banque``...) is an organisation, whatever the model's label
  (``Fédération autonome de l’enseignement`` read as a place), also after a capitalised
  article (``Le Bureau d'audiences publiques`` read as MISC at a sentence's start).
- Capitalised common words inside a sentence before a one-word place are its agency, an
  organisation (``Santé Canada``, ``Environnement Canada``, ``Santé publique France``:
  :mod:`.body_context_fr`).
- A name right after a lower-case noun of an organisation's sort is an organisation,
  whatever the model's label (``l’organisme Équiterre`` read as a place, ``le syndicat
  Unifor`` as a person), unless it opens with a first name.
- A party's initials before a person's first name are left out of the name (``le sénateur
  LR Bruno Retailleau`` -> ``Bruno Retailleau``).
- An honorific opening a span is left out of it (``M. Legault`` -> ``Legault``), and so is an
  article (``la France`` -> ``France``, but ``Le Monde``
  stays whole); a span that then
  opens with a lower-case letter is dropped: French writes names with capitals, and the
  model takes titles for organisations (``ministre de l'Économie``).
- A known first name and a capitalised word after it that no span holds are a person the
  model missed (``La gouverneure Carolyn Rogers``; not two first names, ``Marie Claire``);
  before a person's name the model found, the first name is the name's (``Hélène`` +
  ``Roy``). So are two proper nouns the parser links as one name, and a person's span
  takes the surname the parser links to it (``Karine`` + ``Doucet-McGraw``):
  :mod:`.people_fr`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newswire.nlp.entities.french.body_context_fr import after_organisation_noun, agency_of
from newswire.nlp.entities.french.orgnames_fr import (
    CITY_WORDS,
    NAME_LINK_TAGS,
    ORGANISATION_WORDS,
    city_of,
    cut_name_end,
    domain_body_start,
    named_for_place,
    opens_organisation,
    unlabelled_organisations,
)
from newswire.nlp.entities.french.outlet_names_fr import person_after_outlet
from newswire.nlp.entities.french.people_fr import (
    article_surnames,
    unlabelled_people,
    whole_surnames,
)
from newswire.nlp.entities.french.pilgrims_fr import pilgrim_name
from newswire.nlp.entities.french.places_fr import calendar_word, lone_place
from newswire.nlp.entities.french.portfolios_fr import portfolios_end
from newswire.nlp.entities.french.ranks_fr import rank_before, rank_only, ranked_name
from newswire.nlp.entities.french.sorted_names_fr import names_after_sort
from newswire.nlp.entities.french.speaking_names_fr import speaking_name
from newswire.nlp.entities.words.firstnames import is_any_first_name, unaccented

__all__ = ["COMPONENT", "newswire_type", "relabel"]

COMPONENT = "newswire_french_labels"

_PLURAL_ARTICLES = frozenset(("les", "des", "aux"))
_PEOPLE_ENDINGS = ("ais", "aises", "ois", "oises", "ains", "aines", "iens", "iennes", "ands",
                   "andes", "ols", "oles", "ecs", "ques", "ins", "ines", "ens", "ennes")
_NATURAL_FEATURE_WORDS = """
    mer océan lac mont monts montagne fleuve rivière golfe île îles massif désert détroit baie
    canal vallée plaine cap chaîne forêt côte péninsule presqu'île pic col
"""
_EVENT_OPENER_WORDS = """
    coupe jeux championnat championnats tournoi sommet festival mondial euro tour cop
    conférence forum salon guerre bataille élection élections exposition biennale marathon
    open ligue fête journées rencontres assises grand prix jo brexit
"""
_NATURAL_FEATURES = frozenset(_NATURAL_FEATURE_WORDS.split())
#: Nouns of streets and buildings a person's name may follow as the place's name.
_STREET_NOUN_WORDS = """
    rue avenue boulevard place pont parc aéroport station gare école collège lycée cégep
    hôpital centre stade aréna chemin quai route autoroute square allée cours impasse
    promenade métro rang côte montée terrasse pavillon salle théâtre musée bibliothèque
"""
_STREET_NOUNS = frozenset(_STREET_NOUN_WORDS.split())
_SAINTS = frozenset(("saint", "sainte", "st", "ste"))
_EVENT_WORDS = frozenset(_EVENT_OPENER_WORDS.split())
#: Words before a surname that say nothing about the person ("M. Legault", "Mme Plante").
_HONORIFICS = frozenset(("M.", "MM.", "Mme", "Mmes", "Mlle", "Mme.", "Mlle."))
#: ``A``/``À`` opening a sentence before a place, and the elided article after it.
_AT, _ELIDED = frozenset(("A", "À")), frozenset(("l'", "l’"))
#: Titles before a person's name the model reads as a thing ("le Dr Vincent Oliva" as
#: MISC): the span is the person's, without the title.
_TITLES = frozenset(("Dr", "Dr.", "Dre", "Pr", "Pr.", "Me", "Mgr"))
#: Lower-case nouns opening an institution's name ("ministère de la Santé", read as a
#: place or dropped): an organisation.
_INSTITUTIONS = frozenset(("ministère", "secrétariat", "tribunal", "préfecture", "mairie"))
#: Letters of a party's initials before a person's name ("LR", "LFI", "NPD").
_PARTY_LETTERS = 4
#: The types WikiNER labels become when nothing more specific applies.
_PLAIN_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}


def newswire_type(span: SpacySpan, label: str) -> str | None:
    """newswire's type for a French span the model labelled ``label``, or ``None`` to drop it."""
    first = span[0]
    if not first.text[:1].isupper() or (label == "PER" and (
            _noun_of_place(span) or calendar_word(span))):
        return None
    opener = first.lower_
    # "Jeunes Agriculteurs": common words in the plural name a group; "Hydro-Québec
    # estime ...", a person to the model opening a text, an organisation of its place.
    if label == "PER" and (named_for_place(span) or all(
            t.pos_ in ("NOUN", "ADJ") and t.morph.get("Number", []) == ["Plur"] for t in span)):
        return "ORG"
    if label in ("LOC", "MISC") and _is_people(span):
        return "NORP"
    if label == "LOC" and (opener in _NATURAL_FEATURES or _person_named(span)):
        # "lac Saint-Jean" a natural feature; "Kevin Drouin-Maltais" a person, not a place
        return "LOC" if opener in _NATURAL_FEATURES else "PERSON"
    if label == "MISC":
        # "Le Bloc québécois a demandé": a MISC that speaks is a body (speaking_names_fr)
        return "EVENT" if opener in _EVENT_WORDS else "ORG" if speaking_name(span) else None
    return _PLAIN_TYPES.get(label)


def _noun_of_place(span: SpacySpan) -> bool:
    """``Budget de Sherbrooke`` opening a headline, a person to the model: a common noun
    (capitalised as a headline's first word) with a ``de`` phrase names no person."""
    return span[0].pos_ == "NOUN" and len(span) > 2 and span[1].lower_ in ("de", "du", "des")


def _person_named(span: SpacySpan) -> bool:
    """``, Kevin Drouin-Maltais,``: a known first name (not ``Saint``) and capitalised words
    after it, after no noun of a street or a building (``rue Jean Jaurès``), are a person's
    name."""
    first = span[0]
    before = span.doc[span.start - 1] if span.start else None
    return len(span) > 1 and all(
        t.is_title and (t.is_alpha or "-" in t.text) for t in span) \
        and first.is_alpha and unaccented(first.text).lower() not in _SAINTS \
        and is_any_first_name(first.text) \
        and (before is None or before.lower_ not in _STREET_NOUNS)


def _is_people(span: SpacySpan) -> bool:
    """``les Français``: one capitalised plural word after a plural article."""
    if len(span) != 1 or span.start == 0:
        return False
    before = span.doc[span.start - 1].lower_
    return before in _PLURAL_ARTICLES and span.text.lower().endswith(_PEOPLE_ENDINGS)


@Language.component(COMPONENT)
def relabel(doc: Doc) -> Doc:
    """Give ``doc``'s entities newswire's types, dropping those that have none."""
    kept: list[SpacySpan] = []
    for span in _entity_spans(doc):
        if kept and span.start < kept[-1].end:
            continue  # a widened name took this span in ("Syndicat ... de" + "Montréal")
        # "la France"; "Le Bureau d'audiences ..." (read as MISC) opening a sentence, but
        # not "Le Monde": a capitalised article goes only before an organisation's word.
        article = span[0].pos_ == "DET" and len(span) > 1 and (
            span[0].text.islower() or span[1].text in ORGANISATION_WORDS | CITY_WORDS)
        honorific = span[0].text in _HONORIFICS and len(span) > 1  # "M. Legault" is Legault
        # "le sénateur LR Bruno Retailleau": the party's letters are no part of the name
        party = span.label_ == "PER" and len(span) > 2 and _is_party_letters(span[0], span[1])
        start = _name_start(doc, span, article or honorific or party)
        end = _name_end(doc, start, span.end)
        # "le Pr" alone, read as a place: a title, the name after it is the person
        if end <= start or (end - start == 1 and doc[start].text in _TITLES) \
                or rank_only(doc, start, end):  # "L'Honorable" alone: a rank, no name
            continue
        if end - start == 1 and doc[start].text in CITY_WORDS:
            if (place := city_of(doc, end)) is not None:
                kept.append(SpacySpan(doc, start, place.end, label="GPE"))  # "Ville de Laval"
            continue  # "La Ville estime": the city named before, a description
        if doc[start].text in _TITLES and end - start > 1 and doc[start + 1].text[:1].isupper():
            kept.append(SpacySpan(doc, start + 1, end, label="PERSON"))  # "Dr Vincent Oliva"
        elif start > 0 and (doc[start - 1].text in _HONORIFICS | _TITLES or (rank_before(
                doc, start) and not doc[start].is_upper)) and doc[start].text[:1].isupper():
            # "M. Ouellette", a place; "l'inspecteur Wilner Dorsainvil", an ORG (:mod:`.ranks_fr`)
            kept.append(SpacySpan(doc, start, end, label="PERSON"))
        elif (doc[start].lower_ in _INSTITUTIONS or start < span.start) and any(
                t.text[:1].isupper() for t in doc[start + 1:end]):
            # "ministère de la Santé" + "publique", + ", des Ressources ... et de la Pêche";
            # a body's noun before its domain ("délégation régionale des" + "Affaires
            # islamiques", :func:`domain_body_start`): the whole name, an ORG
            # (review50: the quote spoke as that body while the entity list lost it)
            kept.append(SpacySpan(doc, start, portfolios_end(doc, end), label="ORG"))
        elif opens_organisation(doc, start) and (
                end - start > 1 or cut_name_end(doc, end) > end):
            # "Fédération autonome de l’enseignement" read as a place: its first word tells
            kept.append(SpacySpan(doc, start, cut_name_end(doc, end), label="ORG"))
        elif after_organisation_noun(doc, start):
            # "l’organisme Équiterre" (a place to the model), "le syndicat Unifor" (a person)
            kept.append(SpacySpan(doc, start, end, label="ORG"))
        elif label := newswire_type(doc[start:end], span.label_):
            if label == "ORG" and opens_organisation(doc, start):
                end = cut_name_end(doc, end)
            kept.append(SpacySpan(doc, start, end, label=label))
    kept = [agency_of(doc, span) for span in kept]
    kept = [SpacySpan(doc, span.start, span.end, label="GPE")
            if span.label_ == "PERSON" and lone_place(span) else span for span in kept]
    kept += unlabelled_organisations(doc, kept)
    kept = names_after_sort(doc, kept)  # "l'institut GfK", "le collectif Viti 33"
    kept = whole_surnames(doc, kept)
    kept = article_surnames(doc, kept)  # "Maëlle" + "Le Floch"
    missed = unlabelled_people(doc, kept)  # takes out the spans it widens
    # "Carine Mbuyi" the model missed + "Kalala-Tshibangu": the found name made whole too
    doc.ents = sorted(whole_surnames(doc, kept + missed), key=lambda span: span.start)
    return doc


def _entity_spans(doc: Doc) -> Iterator[SpacySpan]:
    """The spans to label, entity by entity: the outlet and the person it runs together
    (``», explique au Parisien Lucie Fabre``: two entities); else the name after a pilgrim's
    honorific (``El Hadj Mahamadou Haïdara``, a place to the model) or after a rank (``le
    Général de brigade Yacouba Sanogo``, ``Général`` a PER); else the entity."""
    for ent in doc.ents:
        yield from person_after_outlet(doc, ent.start, ent.end) or (
            pilgrim_name(doc, ent.start) or ranked_name(doc, ent.start) or ent,)


def _name_start(doc: Doc, span: SpacySpan, skip_first: bool) -> int:
    """Where a name opens: after a word that is no part of it (an article, an honorific, a
    party's letters, a capitalised ``A`` and its article), or before the model's span, at
    ``ministère des`` + ``Comptes publics`` (an ORG's words only, not a MISC's)."""
    # "A Matignon, on assure", "A l'Elysée": a sentence's capitalised preposition the model
    # took into the place (house styles leave capitals unaccented), and its article
    at = span[0].text in _AT and len(span) > 1 and (
        span[1].text[:1].isupper() or (span[1].lower_ in _ELIDED and len(span) > 2))
    start = span.start + 1 if skip_first or at else span.start
    if at and doc[start].lower_ in _ELIDED:
        start += 1
    # "ministère des" + "Pêches" the model read as a place: the ministry too (frorgs51)
    return domain_body_start(doc, start) if span.label_ in ("ORG", "LOC") else start






def _is_party_letters(first: Token, second: Token) -> bool:
    """``LR``, ``PS``, ``RN``, ``NPD`` before a person's first name: a party's initials."""
    return (first.is_upper and first.is_alpha and len(first) <= _PARTY_LETTERS
            and second.is_title and is_any_first_name(second.text))


def _name_end(doc: Doc, start: int, end: int) -> int:
    """A name ends with no preposition or article ("Fédération des producteurs du" is cut),
    and before a lower-case auxiliary or finite verb the model ran on over ("Agence régionale
    de santé" + "a rappelé", "Union des producteurs" + "estime")."""
    end = next((i for i in range(start + 1, end) if _verb_after_name(doc[i])), end)
    while end > start and doc[end - 1].text.islower() and doc[end - 1].pos_ in NAME_LINK_TAGS:
        end -= 1
    return end


def _verb_after_name(token: Token) -> bool:
    """A lower-case auxiliary or finite verb: the sentence's, never a name's word (a name's
    participle, ``chargée de``, stays)."""
    return token.text.islower() and (token.pos_ == "AUX" or (
        token.pos_ == "VERB" and "Fin" in token.morph.get("VerbForm", [])))
