"""French ``il``/``elle`` that takes up the body that issued a communiqué: ``Le parquet se
garde de privilégier cette piste. Dans un communiqué, il rappelle que « … »``; ``Dans un
communiqué, la Fédération nationale de la santé, affiliée à l'UMT, appelle le ministère à … .
Elle rappelle que « … »``; ``…, indique l'ARS dans un communiqué. Elle rappelle que « … »``.

A communiqué is how an institution speaks in news writing, and French takes the institution
up with the pronoun of its noun's gender (``le ministère … il``, ``l'association … elle``).
:func:`~.pronouns_fr.nearer_organisation` asks for the body to be the main clause's subject
and for no person to be named after it; the parse often misses the first (a body after a
fronted ``À Nouakchott,``, after a stressed ``lui``, inverted after an incise verb, in a
relative clause of a verbless sentence) and the second counts a place name inside the body's
own name (``l'agence … d'Occitanie``) or a pronoun of an embedded clause (``a annoncé qu'elle
allait``) as a person. So, when the pronoun's sentence or the one before names a communiqué,
the pronoun is the body named in that span (not a place other than a subject, not of the
other gender) unless a person is a subject there: by name (``Son président, X, déplore dans
un communiqué …. Il``), or as any main clause's subject.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from newswire.nlp.quotes.base.doc_keeps import kept
from newswire.nlp.quotes.base.mention_spans import word_at
from newswire.nlp.quotes.base.referent_types import Referent
from newswire.nlp.quotes.base.sentence_index import sentence_start
from newswire.nlp.quotes.base.word_arrays import word_indices

__all__ = ["communique_body"]

#: The subject pronouns that may take up a body, and the gender of the noun each stands for.
_PRONOUN_GENDERS = {"il": "Masc", "elle": "Fem"}
#: How an institution's statement is named (``un communiqué``, ``communiqués``, ``par
#: communiqué``).
_COMMUNIQUE = "communiqué"
#: Where a doc keeps the indices of its words holding :data:`_COMMUNIQUE` (``Doc.user_data``).
_COMMUNIQUE_KEY = "newswire.communique_words_fr"


def communique_body(pronoun: Token, bodies: list[Referent],
                    people: Callable[[], list[Referent]]) -> Referent | None:
    """The body (of ``bodies``, organisations named before ``pronoun``, oldest first) that a
    plain subject ``il``/``elle`` takes up when its sentence or the one before names a
    communiqué, and no person of ``people()`` (named before it, asked for only then) is a
    subject in that span."""
    wanted = _PRONOUN_GENDERS.get(pronoun.lower_)
    if wanted is None or pronoun.i > pronoun.head.i:
        return None  # "rappelle-t-il" closes a quote: a person's
    doc = pronoun.doc
    start = _start_of_sentence_before(pronoun)
    if not _names_communique(doc, start, pronoun.i):  # the doc's words, found once a doc
        return None
    since = doc[start].idx
    if any(since <= p.start and p.subject and (p.main or _named(doc, p)) for p in people()):
        return None
    near = [b for b in bodies if b.start >= since and b.kind == "organization"
            and (b.subject or not b.place) and _gender(doc, b) in (None, wanted)]
    return _chosen(doc, near, wanted)


def _start_of_sentence_before(pronoun: Token) -> int:
    """Where the sentence before the pronoun's starts (its own when it is the first)."""
    own = sentence_start(pronoun)
    return sentence_start(pronoun.doc[own - 1]) if own else 0


def _names_communique(doc: Doc, start: int, end: int) -> bool:
    """Whether a word of ``doc[start:end]`` holds :data:`_COMMUNIQUE` (``communiqués``), from
    the doc's such words found once a doc: most docs hold none, and no text is joined."""
    found = kept(doc, _COMMUNIQUE_KEY,
                 lambda d: word_indices(d, LOWER, lambda word: _COMMUNIQUE in word))
    at = bisect_left(found, start)
    return at < len(found) and found[at] < end


def _named(doc: Doc, person: Referent) -> bool:
    """Whether ``person`` is named there, not taken up by a pronoun (``qu'elle allait``)."""
    word = word_at(doc, person.start)
    return word is not None and word.pos_ != "PRON"


def _head_noun(doc: Doc, body: Referent) -> Token | None:
    """The word heading the body's mention (past its article or preposition)."""
    word = word_at(doc, body.start)
    if word is not None and word.pos_ in ("DET", "ADP"):
        word = word.head
    return word


def _gender(doc: Doc, body: Referent) -> str | None:
    """The grammatical gender of the body's noun (``Fem`` for ``fédération``), if tagged."""
    word = _head_noun(doc, body)
    genders = word.morph.get("Gender", []) if word is not None else []
    return genders[0] if genders else None


def _chosen(doc: Doc, near: list[Referent], wanted: str) -> Referent | None:
    """The last main subject of ``near``, else its last subject, else the first whose noun
    has the pronoun's gender, else the first (the sentence's topic: ``Dans un communiqué,
    la Fédération …, affiliée à l'Union …, appelle``)."""
    mains = [b for b in near if b.main]
    subjects = [b for b in near if b.subject]
    if mains or subjects:
        return (mains or subjects)[-1]
    agreeing = [b for b in near if _gender(doc, b) == wanted]
    chosen = agreeing or near
    return chosen[0] if chosen else None
