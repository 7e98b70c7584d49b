"""A public body named by its kind and its place: ``the city of Montreal``, ``the Town of
Oakville``, ``the Municipality of the County of Colchester``, ``the Province of Nova Scotia``.

The noun (``city``, ``municipality``) is no name by itself, and the place after ``of`` is
no speaker (a place says nothing), but together they are the name of one local government
speaking; the phrase is the speaker as written, never an organisation named before nor the
place alone.  ``The county said`` or ``the province said`` with no place after it is the
body of a place the article names; a noun of no sort of its own (:mod:`.orgsorts` finds a
city for ``the city``) speaks as its phrase, ``county``, rather than as nobody.

Only the nouns of governing bodies of a place: ``the people of Montreal`` or
``the mayor of Montreal`` are no such body.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.entities.geography.places import REGION_ABBREVIATIONS
from newswire.nlp.entities.words.aliases import table
from newswire.nlp.entities.words.firstnames import is_first_name
from newswire.nlp.entities.words.names import normalise
from newswire.nlp.quotes.base.mention_spans import tagged_range
from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS, PLACE_LABELS
from newswire.nlp.quotes.bodies.orgsorts import wanted_sort
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.resolution.named import Speaker
from newswire.nlp.quotes.unnamed.phrases import source_phrase

__all__ = ["is_place_body", "place_body", "purpose_and_place"]

#: Nouns of a body that governs a place (lemmas, lower case).
_BODY_NOUNS = frozenset((
    "city", "town", "village", "township", "municipality", "county", "province", "state",
    "region", "district", "borough", "parish", "government",
))


def is_place_body(head: Token) -> bool:
    """Whether ``head`` opens ``the <body noun> of <place>``: a named local government."""
    if head.lemma_.lower() not in _BODY_NOUNS and head.lower_ not in _BODY_NOUNS:
        return False
    if not (any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            or head.text[:1].isupper()):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and (o.ent_type_ in PLACE_LABELS or o.pos_ == "PROPN")
        for o in c.children) for c in head.rights)


def place_body(head: Token, lexicon: Lexicon) -> Speaker | None:
    """The body ``head`` opens (``city of Montreal``, ``the county``) as an organisation
    speaker, else none."""
    if not (is_place_body(head) or _is_bare_body(head, lexicon)):
        return None
    return Speaker(source_phrase(head, "organization", lexicon), None, "organization")


def _is_bare_body(head: Token, lexicon: Lexicon) -> bool:
    """``the county``: a body noun no sort or lexicon entry resolves to one named before."""
    return (head.lower_ in _BODY_NOUNS and head.lower_ not in lexicon.org_nouns
            and head.dep_ != "poss"  # "the province's ministry" is the ministry's phrase
            and wanted_sort(head) is None
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children))


#: Words before a place that say which part of it is meant, not what body serves it:
#: ``Northern Ontario``, ``Atlantic Canada``, ``rural Manitoba``, ``Greater Vancouver``.
_REGION_WORDS = frozenset((
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "central", "atlantic", "pacific", "rural", "urban",
    "greater", "downtown", "upper", "lower", "inner", "outer", "mainland", "coastal",
    "midtown", "uptown", "old", "new", "all", "across", "interior", "remote", "suburban",
))
_NAME_TYPES = frozenset(("GPE", "LOC", "ORG"))


def purpose_and_place(head: Token) -> Speaker | None:
    """``Elections BC said``, ``Tourism Vancouver said``: a body named by what it does and
    the province, state or country it serves, which the model reads as the place alone
    (``BC``) or as no name, so the speaker was the place or nobody; the name as written, an
    organisation."""
    doc = head.doc
    start = head.i
    if head.ent_type_ in _NAME_TYPES:
        start = tagged_range(head)[0]
    elif head.ent_type_ or head.pos_ != "PROPN":
        return None  # untyped: "Elections Ontario said", the model saw no name at all
    if not _is_region(doc[start:head.i + 1].text):
        return None  # a province, state or country: not a town, nor a person ("Mr Dolan")
    word = doc[start - 1] if start > 0 else None
    if word is None or word.dep_ != "compound" or word.head.i < start or word.ent_type_ \
            or not word.text[:1].isupper() or word.pos_ not in NOUN_TAGS \
            or word.lower_ in _REGION_WORDS or is_first_name(word.text):
        return None
    if start - 1 > 0 and doc[start - 2].dep_ == "compound" and doc[start - 2].text[:1].isupper():
        return None  # a longer name the parse split: left to the entities stage
    return Speaker(doc[start - 1:head.i + 1].text, None, "organization")


#: Undotted abbreviations of the provinces a body's name ends with (``Elections BC``,
#: ``WorkSafeBC`` aside): the dotted ones are :data:`REGION_ABBREVIATIONS`.
_UNDOTTED = frozenset(w.replace(".", "") for w in REGION_ABBREVIATIONS
                      if len(w.replace(".", "")) == 2 and w.replace(".", "").isupper())


def _is_region(name: str) -> bool:
    """A province, state or country, by its name or its abbreviation (``BC``, ``B.C.``)."""
    known = table().lookup(name)
    return (normalise(name) in table().regions or name in REGION_ABBREVIATIONS
            or name in _UNDOTTED
            or (known is not None and normalise(known.name) in table().regions))
