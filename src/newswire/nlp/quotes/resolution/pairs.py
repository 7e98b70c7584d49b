"""Two or more people named together as a subject, whom a later ``they`` may stand for.

``Jim Bennett and Sandy Paradis stand in front of a polling place. ... they said``: the
trail of referents (:mod:`.referents`) holds each person alone and only unnamed plural
nouns or organisations for ``they``, so ``they`` reached back past the pair to an older
group or organisation (or a place: ``spoke in Ohio ... they said`` gave ``Ohio``).  A
subject whose head is a person coordinated with another person (``X and Y said``) is such
a referent; like ``X and Y said`` itself, it speaks as its first person (one name, the one
written first), and only ``they`` reaches it (never ``he``, ``she`` or a description).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newswire.nlp.quotes.base.referent_types import Referent
from newswire.nlp.quotes.base.word_arrays import subject_indices
from newswire.nlp.quotes.resolution.named import Speaker
from newswire.nlp.quotes.resolution.referents import is_main_subject

__all__ = ["ResolveFn", "person_pairs"]

ResolveFn = Callable[[Token], Speaker]


def person_pairs(doc: Doc, resolve: ResolveFn, quoted: Callable[[int], bool]) -> list[Referent]:
    """Each subject of ``doc`` (outside quotation marks) that joins the names of two people
    or more, as a plural referent named as its first person, in text order."""
    found = []
    for i in subject_indices(doc):  # read as an array: no Token for the other words
        token = doc[i]
        if quoted(token.idx):
            continue
        others = [c for c in token.children if c.dep_ == "conj"]
        if token.pos_ != "PROPN" or not others or any(o.pos_ != "PROPN" for o in others):
            continue
        first = resolve(token)
        if first.kind != "person" or first.name is None:
            continue
        if all(resolve(other).kind == "person" for other in others):
            found.append(Referent(token.left_edge.idx, first.name, "person", True,
                                  is_main_subject(token), first.entity_id, plural=True,
                                  several=True))
    return found
