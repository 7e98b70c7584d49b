"""French ``il`` and ``elle`` for an organisation: ``La FAE réclame une réduction ... Selon
elle, la surcharge ...``.

French gives an organisation a grammatical gender and refers back to it with ``il`` or
``elle`` (``le syndicat ... il``, ``la police ... elle``), where English says ``it``.  A
personal pronoun stands for the organisation that was the subject of the main clause of its
own or the previous sentence when that subject is nearer than any person it could stand for
(not of a clause said: in ``Mme Ménard a affirmé que la STM attendait ... « ... », a-t-elle
dit``, ``elle`` is Mme Ménard).  The lexicon says
which pronouns may do so
(:attr:`~newswire.nlp.quotes.lexicon.Lexicon.organisation_pronouns`; none in English).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.referent_types import Referent

__all__ = ["nearer_organisation"]


def nearer_organisation(pronoun: Token, person: Referent | None,
                        organisations: list[Referent]) -> Referent | None:
    """The last organisation of ``organisations`` (named before ``pronoun``, oldest first)
    that was the main clause's subject in the pronoun's sentence or the one before, when no
    ``person`` the pronoun could stand for was named after it."""
    sentence = pronoun.sent
    since = pronoun.doc[sentence.start - 1].sent.start_char if sentence.start else 0
    near = [r for r in organisations
            if r.subject and r.main and not r.place and r.start >= since]
    if not near or (person is not None and person.start > near[-1].start):
        return None
    return near[-1]
