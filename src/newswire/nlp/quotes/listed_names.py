"""An organisation's name that is itself a list of words: ``The Shooters, Fishers and
Farmers Party has also signalled it will oppose the bill``.

The parse reads such a name as a list of subjects (``Shooters`` with the conjuncts
``Fishers`` and ``Party``) and the entities stage often keeps only its tail (``Farmers
Party``), so the subject ``Shooters`` named no one.  When every word from the subject to the
list's last conjunct is a capitalised proper noun, a comma or ``and``/``&``, and that last
word is an organisation's noun (``Party``, ``Union``, ``Association``), the whole run is one
organisation's name.  A list with any other word in it (``Smith and the Labour Party``) is
several subjects, as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import Lexicon

__all__ = ["listed_name"]

_JOINERS = frozenset((",", "and", "&"))


def listed_name(head: Token, lexicon: Lexicon) -> str | None:
    """The organisation's name a list of proper nouns headed by ``head`` spells, else None."""
    last = _last_conjunct(head)
    if last is None or last.lower_ not in lexicon.org_nouns or not last.text[:1].isupper():
        return None
    start = min((c.i for c in head.lefts if c.dep_ == "compound"), default=head.i)
    words = head.doc[start:last.i + 1]
    if not all(_name_word(t) or t.lower_ in _JOINERS for t in words):
        return None
    if not any(t.lower_ in ("and", "&") for t in words):
        return None
    return words.text


def _last_conjunct(head: Token) -> Token | None:
    """The last conjunct of the list ``head`` opens (following conjuncts of conjuncts)."""
    if head.pos_ != "PROPN":
        return None
    last = None
    token = head
    while (nxt := max((c for c in token.children if c.dep_ == "conj"), default=None,
                      key=lambda c: c.i)) is not None:
        last = token = nxt
    return last


def _name_word(token: Token) -> bool:
    """A capitalised proper noun, a word a name can be made of."""
    return token.pos_ == "PROPN" and token.text[:1].isupper()
