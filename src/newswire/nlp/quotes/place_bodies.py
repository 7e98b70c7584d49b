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

from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.named import Speaker
from newswire.nlp.quotes.orgsorts import wanted_sort
from newswire.nlp.quotes.phrases import source_phrase

__all__ = ["is_place_body", "place_body"]

#: Nouns of a body that governs a place (lemmas, lower case).
_BODY_NOUNS = frozenset((
    "city", "town", "village", "township", "municipality", "county", "province", "state",
    "region", "district", "borough", "parish", "government",
))
_PLACE_TYPES = frozenset(("GPE", "LOC"))


def is_place_body(head: Token) -> bool:
    """Whether ``head`` opens ``the <body noun> of <place>``: a named local government."""
    if head.lemma_.lower() not in _BODY_NOUNS and head.lower_ not in _BODY_NOUNS:
        return False
    if not (any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            or head.text[:1].isupper()):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and (o.ent_type_ in _PLACE_TYPES or o.pos_ == "PROPN")
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
