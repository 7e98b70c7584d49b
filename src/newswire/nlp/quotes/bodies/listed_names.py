"""An organisation's name that is itself a list of words: ``The Shooters, Fishers and
Farmers Party has also signalled it will oppose the bill``.

The parse reads such a name as a list of subjects (``Shooters`` with the conjuncts
``Fishers`` and ``Party``, or an apposition) and the entities stage often keeps only its
tail (``Farmers Party``), so the subject ``Shooters`` named no one.  When every word from
the subject to the last word it spans is a capitalised proper noun, a comma or
``and``/``&``, and that last word is an organisation's noun (``Party``, ``Union``,
``Association``), the whole run is one organisation's name.  A list with any other word in
it (``Smith and the Labour Party``) is several subjects, as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import Lexicon

__all__ = ["listed_name"]

_JOINERS = frozenset((",", "and", "&"))


def listed_name(head: Token, lexicon: Lexicon) -> str | None:
    """The organisation's name a list of proper nouns headed by ``head`` spells, else None.

    The parse hangs the list's words on ``head`` as conjuncts, appositions or modifiers
    (``Rail`` with ``Union`` apposed); whichever, they are the words ``head`` spans."""
    if head.pos_ != "PROPN":
        return None
    last = head.right_edge
    if last.i == head.i or last.lower_ not in lexicon.org_nouns or not last.text[:1].isupper():
        return None
    start = min((c.i for c in head.lefts if c.dep_ == "compound"), default=head.i)
    words = head.doc[start:last.i + 1]
    if not all(_name_word(t) or t.lower_ in _JOINERS for t in words):
        return None
    if not any(t.lower_ in ("and", "&") for t in words):
        return None
    return words.text


def _name_word(token: Token) -> bool:
    """A capitalised proper noun, a word a name can be made of."""
    return token.pos_ == "PROPN" and token.text[:1].isupper()
