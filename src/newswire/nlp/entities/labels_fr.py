"""French entity labels made into newswire's types, as a spaCy component after ``ner``.

``fr_core_news_sm`` was trained on WikiNER, whose labels are PER, ORG, LOC and MISC;
newswire's entities and quotes read OntoNotes types (PERSON, ORG, GPE, LOC, NORP, EVENT...).
Relabelling the doc once keeps the rest of the machinery unaware of the language:

- PER -> PERSON; ORG -> ORG.
- LOC -> NORP for a people in the plural after an article (``les Français``, ``des
  Européens``); LOC when the name opens with a natural feature (``mer``, ``mont``, ``lac``...);
  GPE otherwise (in news a LOC is mostly a country or a city; the gazetteer still overrules).
- MISC -> EVENT when it opens with an event word (``Coupe``, ``Jeux``, ``sommet``...), NORP
  for a people as above; any other MISC is dropped: the small model's MISC is mostly
  fragments of sentences (``Nous ne reculerons pas``).
- An honorific opening a span is left out of it (``M. Legault`` -> ``Legault``), and so is an
  article (``la France`` -> ``France``, but ``Le Monde``
  stays whole); a span that then
  opens with a lower-case letter is dropped: French writes names with capitals, and the
  model takes titles for organisations (``ministre de l'Économie``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

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
_EVENT_WORDS = frozenset(_EVENT_OPENER_WORDS.split())
#: Words before a surname that say nothing about the person ("M. Legault", "Mme Plante").
_HONORIFICS = frozenset(("M.", "MM.", "Mme", "Mmes", "Mlle", "Mme.", "Mlle."))
#: The types WikiNER labels become when nothing more specific applies.
_PLAIN_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}


def newswire_type(span: SpacySpan, label: str) -> str | None:
    """newswire's type for a French span the model labelled ``label``, or ``None`` to drop it."""
    first = span[0]
    if not first.text[:1].isupper():
        return None
    opener = first.lower_
    if label in ("LOC", "MISC") and _is_people(span):
        return "NORP"
    if label == "LOC" and opener in _NATURAL_FEATURES:
        return "LOC"
    if label == "MISC":
        return "EVENT" if opener in _EVENT_WORDS else None
    return _PLAIN_TYPES.get(label)


def _is_people(span: SpacySpan) -> bool:
    """``les Français``: one capitalised plural word after a plural article."""
    if len(span) != 1 or span.start == 0:
        return False
    before = span.doc[span.start - 1].lower_
    return before in _PLURAL_ARTICLES and span.text.lower().endswith(_PEOPLE_ENDINGS)


@Language.component(COMPONENT)
def relabel(doc: Doc) -> Doc:
    """Give ``doc``'s entities newswire's types, dropping those that have none."""
    kept = []
    for span in doc.ents:
        article = span[0].pos_ == "DET" and span[0].text.islower() and len(span) > 1
        honorific = span[0].text in _HONORIFICS and len(span) > 1  # "M. Legault" is Legault
        start = span.start + 1 if article or honorific else span.start
        label = newswire_type(doc[start:span.end], span.label_)
        if label is not None:
            kept.append(SpacySpan(doc, start, span.end, label=label))
    doc.ents = kept
    return doc
