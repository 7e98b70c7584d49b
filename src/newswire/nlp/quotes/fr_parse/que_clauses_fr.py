"""A French ``que`` clause said under a verb of saying, made whole where the parse split it.

``Le club a indiqué dimanche dans un communiqué que Florian Bessière, touché à l'épaule,
passerait des examens``: ``fr_core_news_sm`` tags ``communiqué`` a verb, hangs ``Florian`` on
it as the clause and ``passerait`` on ``indiqué`` as a conjunct, so what was said stopped at
the name. ``a indiqué dans un courriel envoyé à Radio-Canada qu'elle ne commentait pas``:
the participle ``envoyé`` stopped :func:`.clauses_fr.hang_que_clauses` (no verb between the
cue and ``que``), and the clause hung on ``courriel`` as a relative one.  ``a indiqué qu'une
cellule d'accueil avait été ouverte``: ``qu'`` an adverb, ``ouverte`` a conjunct of the cue.

Here the clause runs from ``que`` to the sentence's end (or a ``;``, a ``:`` or ``, mais``;
a clause holding a quotation mark is left to the partial-quote rules),
every word of it whose head lies outside it is hung on the clause's verb, and that verb is the
cue's ``ccomp``.  Between the cue and ``que`` only a participle describing a noun (``envoyé``)
or a verb the model took for a noun (``un communiqué``) may stand, and then the clause's verb
must have its object or be passive (else ``que`` is a relative pronoun: ``un plan préparé par
ses services que les élus ont rejeté``).  Called by
:mod:`.parse_fr`'s component after :func:`.clauses_fr.hang_que_clauses`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newswire.nlp.quotes.base.parse_labels import COMPLEMENT_CLAUSE_DEPS, NOMINAL_TAGS, VERB_TAGS
from newswire.nlp.quotes.fr_parse.incise_openings_fr import CLOSING_MARKS, OPENING_MARKS
from newswire.nlp.quotes.fr_parse.que_scan_fr import STOPS, noun_like, que_after, says

__all__ = ["join_que_clauses"]

#: Any mark that opens or closes a French quotation.
_MARKS = OPENING_MARKS | CLOSING_MARKS
#: A clause's verb with one of these has no room for a relative ``que`` as its object.
_FILLED_DEPS = frozenset(("obj", "aux:pass", "nsubj:pass", "cop", "expl:pass"))


def join_que_clauses(doc: Doc) -> None:
    """Make the ``que`` clause after each French verb of saying one subtree, its ``ccomp``."""
    for verb in doc:
        if verb.pos_ != "VERB" or not says(verb) or noun_like(verb):
            continue  # "dans un communiqué que": a noun to the reader, whatever the tag
        found = que_after(verb)
        if found is None:
            continue
        que, past_noun = found
        end = _clause_end(que)
        if end < que.sent.end and doc[end].text in _MARKS:
            continue  # a clause quoting its words: the partial-quote rules read it
        inside = range(que.i + 1, end)
        head = _clause_head(verb, que, inside)
        if head is None or head.is_ancestor(verb) or (past_noun and not _object_filled(head)):
            continue
        head.head, head.dep_ = verb, "ccomp"
        for token in doc[que.i:end]:
            if token != head and token.head.i not in inside and not token.is_ancestor(head):
                _hang_in_clause(token, head, que)


def _hang_in_clause(token: Token, head: Token, que: Token) -> None:
    """Hang ``token`` on the clause's verb: ``que`` as its mark, a noun before it with no
    subject there as its subject (``Florian`` of ``passerait``), anything else as a ``dep``."""
    has_subject = any(c.dep_.startswith("nsubj") for c in head.children)
    if token == que:
        dep = "mark"
    elif token.i < head.i and token.pos_ in NOMINAL_TAGS and not has_subject:
        dep = "nsubj"
    else:
        dep = "dep"
    token.head, token.dep_ = head, dep


def _object_filled(head: Token) -> bool:
    """Whether the clause's verb has its object or is passive or a copula: its ``que`` is no
    relative pronoun standing for that object (``un projet présenté par la région que les
    syndicats jugent dangereux``), so it opens what was said."""
    return any(c.dep_ in _FILLED_DEPS for c in head.children)


def _clause_end(que: Token) -> int:
    """Where the clause ``que`` opens ends: its sentence's end, a stop or ``, mais``."""
    doc, end = que.doc, que.sent.end
    for token in doc[que.i + 1:que.sent.end]:
        if token.text in STOPS or (token.text == "," and token.i + 1 < end
                                    and doc[token.i + 1].lower_ == "mais"):
            end = token.i
            break
    while end - 1 > que.i and doc[end - 1].is_punct:
        end -= 1
    return end


def _clause_head(verb: Token, que: Token, inside: range) -> Token | None:
    """The clause's verb: the cue's clause already inside, else the first verb of the clause
    hung outside it (``passerait`` on the cue), else ``que``'s head."""
    doc = verb.doc
    held = next((c for c in verb.children
                 if c.dep_ in COMPLEMENT_CLAUSE_DEPS and c.i in inside), None)
    if held is not None:
        return held
    outside = [t for t in doc[inside.start:inside.stop] if t.head.i not in inside]
    verbs = [t for t in outside if t.pos_ in VERB_TAGS and not noun_like(t)]
    if verbs:
        return verbs[0]
    return que.head if que.head.i in inside else (outside[0] if outside else None)
