"""French ``Le texte``, ``Le communiqué``, ``La lettre`` going on about a statement a body
issued: the body.

French news names a body's statement once with the body as the subject of its sentence
(``Dans un communiqué diffusé jeudi, le ministère de l'Économie forestière a réaffirmé que
...``, ``La préfecture de police rappelle, dans un communiqué, que ...``, ``Le club a publié un
communiqué``, ``Dans une lettre adressée à la direction, la commission du personnel demande
...``), then goes on with the paper as the subject: ``Le texte rappelle que ...``, ``La lettre
évoque ...``.  The paper only carries the body's words: the source is the body (the gold
credits communiqués and letters to the body, the paper in ``also``).  Only a definite
statement noun with no complement of its own (``la note du ministère`` says whose it is),
only a statement (``communiqué``, ``lettre``, ``courrier``, ``déclaration``, ``résolution``
...: not a report, a study or a poll, which speak as themselves), named in its sentence or
the two before, and only when the one who issued it resolves to an organisation: a
person's or a group's letter keeps its phrase. A body's post (``Sur sa page Facebook, un
collectif ... « … », peut-on lire dans la publication``) speaks as whoever posted on the page,
a body named by its sort only too (frorgs51).

Lives here: :func:`statement_issuer`, read by
:func:`~newswire.nlp.quotes.roles.common_nouns.common_noun_speaker`.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import FRENCH_SUBJECT_DEPS, VERB_TAGS
from newswire.nlp.quotes.lexicon_fr import THE_SINGULAR

__all__ = ["is_post", "statement_issuer"]

#: Statements (lemmas) a body issues in its own words.
_STATEMENTS = frozenset((
    "communiqué", "lettre", "courrier", "courriel", "message", "déclaration", "résolution",
    "motion", "note"))
#: A definite noun that may go on about such a statement: any statement by ``texte``, else
#: the same noun (``Le communiqué`` after ``un communiqué``).
_TEXT = "texte"
#: Dependents that say whose or which statement the noun is (``la note du ministère``).
_WHICH = frozenset(("nmod", "amod", "appos", "acl", "acl:relcl", "nummod", "flat:name"))
#: Where a statement hangs on the verb its issuer is the subject of (``a indiqué dans un
#: communiqué``, ``a publié un communiqué``, ``s'est contentée d'un bref communiqué``).
_ON_VERB = frozenset(("obj", "obl", "obl:mod", "obl:arg"))
#: Verbs (lemmas) of receiving or seeing a statement: their subject did not issue it.
_RECEIVING = frozenset(("recevoir", "obtenir", "consulter", "voir", "citer", "critiquer"))
#: A body's post on its social page (``La publication``, ``le message``), and the page it
#: went on (``Sur sa page Facebook, le collectif a ...``, ``a annoncé, sur son compte
#: LinkedIn, ...``): the post carries the words of whoever posted on the page.
_POSTS = frozenset(("publication", "message", "post"))
_PAGES = frozenset(("page", "compte"))
#: Sentences back (besides its own) that the statement may have been named in.
_SENTENCES_BACK = 2


def statement_issuer(head: Token) -> Token | None:
    """The subject of the verb by which the statement ``head`` goes on about was issued
    (``le ministère`` for ``Le texte`` after ``Dans un communiqué, le ministère a
    réaffirmé``), or None; the caller keeps it only when it resolves to an organisation."""
    lemma = head.lemma_.lower()
    if head.doc.lang_ != "fr" or (lemma != _TEXT and lemma not in _STATEMENTS | _POSTS) \
            or "Plur" in head.morph.get("Number", []) \
            or not any(c.dep_ == "det" and c.lower_ in THE_SINGULAR  # "un communiqué": a new one
                       for c in head.children) \
            or any(c.dep_ in _WHICH and not _set_off(head, c) for c in head.children):
        return None
    statement = _earlier_statement(head, lemma)
    return _issuer(statement) if statement is not None else None


def _earlier_statement(head: Token, lemma: str) -> Token | None:
    """The last statement noun before ``head`` in its sentence or the two before that it may
    go on about (any for ``texte``, else the same noun)."""
    doc = head.doc
    start = head.sent.start
    for _ in range(_SENTENCES_BACK):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    for token in reversed(doc[start:head.i]):
        noun = token.lemma_.lower()
        if token.pos_ == "NOUN" and ((noun in _STATEMENTS and lemma in (_TEXT, noun)) or (
                lemma in _POSTS and token.lower_ in _PAGES)):
            return token
    return None


def is_post(head: Token) -> bool:
    """Whether ``head`` is a French post's noun (``la publication``): whoever posted it speaks
    through it, a body the text names by its sort only (``un collectif de patients
    dialysés``) too, as the gold writes it."""
    return head.doc.lang_ == "fr" and head.lemma_.lower() in _POSTS


def _set_off(head: Token, child: Token) -> bool:
    """``la publication, largement partagée``: a post's participle after a comma tells how it
    spread, not whose it is (posts only)."""
    return head.lemma_.lower() in _POSTS and child.dep_ == "acl" and child.i > head.i \
        and head.doc[child.left_edge.i - 1].text == ","


def _issuer(statement: Token) -> Token | None:
    """The subject of the verb the statement hangs on (``le ministère a indiqué dans un
    communiqué``), or is the object of (``Le club a publié un communiqué``); for ``Dans un
    communiqué, ...`` the parse often hangs on a wrong word, the subject of its sentence's
    verb.  Never whoever received or saw it (``a reçu une lettre``)."""
    verb = statement.head
    if statement.dep_ not in _ON_VERB or verb.pos_ not in VERB_TAGS:
        if not _opens_with_dans(statement):
            return None
        verb = statement.sent.root
        if verb.pos_ not in VERB_TAGS:
            return _fronted_subject(statement)
    if verb.pos_ not in VERB_TAGS or _receives(verb):
        return None
    subject = _subject(verb)
    # "a réagi ... et publié un communiqué", "a tenu à préciser dans un communiqué"
    while subject is None and verb.dep_ in ("conj", "xcomp"):
        verb = verb.head
        subject = _subject(verb)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def _opens_with_dans(statement: Token) -> bool:
    """``Dans un communiqué``, ``dans une lettre``: the statement's phrase opens with
    ``dans`` (the parse may hang the preposition elsewhere)."""
    doc = statement.doc
    before = statement.i - 1
    while before > statement.sent.start and doc[before].pos_ in ("DET", "ADJ"):
        before -= 1  # "dans un bref communiqué"
    return doc[before].lower_ == "dans"


def _fronted_subject(statement: Token) -> Token | None:
    """``Dans un communiqué rendu public vendredi, le ministère précise ...`` where the parse
    made no verb its sentence's root: the first subject after the comma that closes the
    fronted phrase."""
    sentence = statement.sent
    comma = next((t.i for t in sentence if t.i > statement.i and t.text == ","), None)
    if comma is None:
        return None
    return next((t for t in statement.doc[comma + 1:sentence.end]
                 if t.dep_ in FRENCH_SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN")), None)


def _receives(verb: Token) -> bool:
    """Whether the verb says its subject received or saw the statement (``a reçu``, ``que
    Ouest-France a pu consulter``, ``dont la DH a obtenu copie``): a relative clause's or a
    receiving verb's subject is not who issued it."""
    return verb.dep_ == "acl:relcl" or verb.lemma_.lower() in _RECEIVING or any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _RECEIVING for c in verb.children)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, also where the small model hangs it on the auxiliary (``Le club
    a publié``: ``club`` under ``a``)."""
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    return next((c for w in (verb, *auxiliaries) for c in w.children
                 if c.dep_ in FRENCH_SUBJECT_DEPS), None)
