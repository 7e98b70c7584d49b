"""French ``il`` and ``elle`` for an organisation: ``La FAE réclame une réduction ... Selon
elle, la surcharge ...``; and for a document: ``Le document évalue le coût ... Il conclut
que ...``.

French gives an organisation a grammatical gender and refers back to it with ``il`` or
``elle`` (``le syndicat ... il``, ``la police ... elle``), where English says ``it``.  A
personal pronoun stands for the organisation that was the subject of the main clause of its
own or the previous sentence when that subject is nearer than any person it could stand for
(not of a clause said: in ``Mme Ménard a affirmé que la STM attendait ... « ... », a-t-elle
dit``, ``elle`` is Mme Ménard).  The lexicon says
which pronouns may do so
(:attr:`~newswire.nlp.quotes.lexicon.Lexicon.organisation_pronouns`; none in English).

A document the previous sentence's main clause had speak (``Le rapport note ...``, ``La
lettre réclame ...``) is taken up the same way by a subject ``il`` or ``elle`` of the noun's
gender (``Il relève que``, ``Elle demande aussi``): news reports a paper's findings over
several sentences, and the person named before it (its author, a reader of it) did not say
them.  Only the plain subject pronoun before its verb (an inverted one, ``avertit-il``,
closes a quote, which a person speaks) and a singular noun (``les avis ... Il`` is someone).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.referent_types import Referent

__all__ = ["nearer_body", "nearer_organisation"]

#: The subject pronouns a document may be, and the gender of the noun each stands for.
_DOCUMENT_PRONOUNS = {"il": "Masc", "elle": "Fem"}


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


def nearer_body(pronoun: Token, person: Referent | None,
                bodies: list[Referent]) -> Referent | None:
    """As :func:`nearer_organisation`, with the documents among ``bodies`` (organisations
    and documents named before ``pronoun``) kept only when the pronoun is a plain subject
    ``il``/``elle`` of their noun's gender, of a verb in the present the press reports
    papers in (``Il relève``, ``Elle réclame``), and no person of the pronoun's gender was
    the main subject of the sentence before the document's (``Le ministre X a reçu le
    rapport. Le rapport note ... Il a promis``: the minister)."""
    wanted = _DOCUMENT_PRONOUNS.get(pronoun.lower_)
    if pronoun.i > pronoun.head.i or not _in_the_present(pronoun.head):
        wanted = None  # "avertit-il", "Il a promis": a person's
    documents = [r for r in bodies if r.kind == "document" and wanted is not None
                 and _noun_gender(pronoun, r) == wanted]
    if documents and _subject_just_before(pronoun, person, documents[-1]):
        documents = []
    kept = [r for r in bodies if r.kind == "organization" or r in documents]
    return nearer_organisation(pronoun, person, kept)


def _in_the_present(verb: Token) -> bool:
    """A finite verb with no auxiliary (``relève``, ``conclut``, which the tagger may read
    as a past simple; never a passé composé, ``a promis``, a person's)."""
    return (verb.pos_ == "VERB" and "Fin" in verb.morph.get("VerbForm", [])
            and not any(c.dep_.startswith("aux") for c in verb.children))


def _subject_just_before(pronoun: Token, person: Referent | None, document: Referent) -> bool:
    """Whether ``person`` was a main clause's subject in the document's sentence or the
    one before it."""
    if person is None or not (person.subject and person.main):
        return False
    doc = pronoun.doc
    span = doc.char_span(document.start, document.start + 1, alignment_mode="expand")
    if span is None:
        return True
    sentence = span.root.sent
    since = doc[sentence.start - 1].sent.start_char if sentence.start else 0
    return person.start >= since


def _noun_gender(pronoun: Token, document: Referent) -> str | None:
    """The grammatical gender of the document's head noun (``Masc`` for ``rapport``), read
    off the word at its start in the pronoun's doc."""
    doc = pronoun.doc
    span = doc.char_span(document.start, document.start + 1, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() != document.noun \
            or "Plur" in span.root.morph.get("Number", []):
        return None  # "les avis de l'ingénieur ... Il": several papers, no "il"
    genders = span.root.morph.get("Gender", [])
    return genders[0] if genders else None
