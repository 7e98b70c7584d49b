"""The name a source's noun is given by ``named``/``called``: ``a teacher named Fatima Ishag
said``, ``Her neighbor, a schoolteacher named Dil Bahadur Shahi, said``.

Wire and feature copy introduces a private person so (a resident, a farmer, a teacher reached
by phone), and the parse heads the subject on the noun and hangs the name on the participle as
its predicate: without this the speaker was the phrase ``teacher named Fatima Ishag`` (the
person's later ``she said`` then missed her full name), or nobody. English only: the French
``un enseignant nommé X`` is rare in news and the French parse hangs it otherwise.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["called_name", "noun_called"]

#: Participles that give a noun its name ("a man named", "a company called").
_NAMING = frozenset(("named", "called"))
#: How the parse hangs the name on the participle.
_NAME_DEPS = frozenset(("oprd", "dobj", "attr", "xcomp", "appos"))


def called_name(head: Token) -> Token | None:
    """The proper noun ``head`` (a common noun, or the noun apposed to it) is named by, if any."""
    if head.pos_ != "NOUN" or head.doc.lang_ != "en":
        return None
    for noun in (head, *(c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN")):
        for participle in noun.rights:
            if participle.dep_ == "acl" and participle.lower_ in _NAMING:
                name = next((c for c in participle.rights if c.dep_ in _NAME_DEPS
                             and c.pos_ == "PROPN" and c.text[:1].isupper()), None)
                if name is not None:
                    return name
    return None


def noun_called(name: Token) -> Token | None:
    """The noun a name heads the naming of (``teacher`` for ``Ishag`` in ``a teacher named
    Fatima Ishag said``; ``neighbor`` in ``Her neighbor, a schoolteacher named ...``): the
    clause's role is the noun's, so the person is the sentence's subject for later pronouns."""
    participle = name.head
    if participle.dep_ != "acl" or participle.lower_ not in _NAMING:
        return None
    noun = participle.head
    noun = noun.head if noun.dep_ == "appos" and noun.head.pos_ == "NOUN" else noun
    return noun if called_name(noun) == name else None
