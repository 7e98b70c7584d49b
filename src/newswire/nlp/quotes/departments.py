"""Federal departments named as a list of what they cover: ``Fisheries and Oceans Canada``,
``Immigration, Refugees and Citizenship Canada``, ``Environment and Climate Change Canada``.

The model often reads such a name as a common noun and a shorter name (``Fisheries`` and
``Oceans Canada``), or not at all; as a speaker it is the whole run of capitalised words,
commas and ``and`` that ends in ``Canada``.  A place, a person or a nationality in the run
(any entity but an organisation) makes it a list of several (``Ontario and Canada``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from newswire.models import Entity

__all__ = ["department_name", "department_of"]

_ENDING = "Canada"
_JOINERS = frozenset((",", "and", "-"))
_IN_A_DEPARTMENT = frozenset(("", "ORG"))  # the entity types a department's words may have
_MAX_WORDS = 9  # "Crown-Indigenous Relations and Northern Affairs Canada" is 8 tokens


def department_name(head: Token) -> Span | None:
    """The department name ``head`` is a word of, if it is such a list ending in ``Canada``."""
    doc, sentence = head.doc, head.sent
    end = head.i
    while end < sentence.end - 1 and doc[end].text != _ENDING and _fits(doc[end + 1]):
        end += 1
    if doc[end].text != _ENDING:
        return None
    start = head.i
    while (start > sentence.start and _fits(doc[start - 1])
           and doc[start - 1].ent_type_ in _IN_A_DEPARTMENT):  # not "On Monday, Fisheries"
        start -= 1
    # ", and Fisheries ...", "The Fisheries ...": no joiner nor article first.
    while start < head.i and (doc[start].text in _JOINERS or doc[start].pos_ == "DET"):
        start += 1
    run = doc[start:end + 1]
    words = [t for t in run if t.text not in _JOINERS]
    if len(run) > _MAX_WORDS or len(words) < 3 or not any(t.lower_ == "and" for t in run):
        return None
    if any(t.ent_type_ not in _IN_A_DEPARTMENT for t in words[:-1]):
        return None  # "Ontario and Canada", "On Monday, Fisheries ...": not one department
    return run


def _fits(token: Token) -> bool:
    """A word of a department's name: a capitalised word, a comma, ``and``, or the hyphen
    inside a word (``Crown-Indigenous``), not a spaced dash."""
    if token.text == "-":
        return not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_
    return token.text in _JOINERS or (token.text[:1].isupper() and token.is_alpha)


def department_of(head: Token, entity_at: Callable[[Token], Entity | None]
                  ) -> tuple[str, str | None] | None:
    """The name and entity id of the department ``head`` is a word of (``Fisheries and
    Oceans Canada``, not ``Fisheries and``); ``entity_at``: the article's entity at a word."""
    department = department_name(head) if head.ent_type_ in ("", "ORG") else None
    if department is None:
        return None
    inside = (entity_at(t) for t in department)
    return department.text, next((e.entity_id for e in inside if e is not None), None)
