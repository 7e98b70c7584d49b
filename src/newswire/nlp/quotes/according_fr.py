"""French: ``..., selon X.`` closing a sentence reports the sentence before its comma.

``Le feu a été allumé par la foudre samedi, selon la SOPFEU.``: the French model often hangs
a closing ``selon X`` on the nearest noun (``foudre``) rather than on the verb, and the said
words were then only that noun's phrase (``par la foudre samedi``).  A source phrase set off
by a comma and ending its sentence is said of everything before the comma, whatever the
parse hung it on.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_fr import FRENCH

__all__ = ["said_before_closing_source"]

#: What may follow the source's phrase and still close the sentence.
_CLOSING = frozenset(".!?»”)")


def said_before_closing_source(cue_token: Token, lexicon: Lexicon) -> list[Token] | None:
    """The sentence's words before the comma opening ``cue_token``'s phrase (``selon``,
    ``d’après``) when that phrase ends the sentence; None otherwise or outside French."""
    doc, sent = cue_token.doc, cue_token.sent
    if lexicon is not FRENCH or cue_token.i <= sent.start or doc[cue_token.i - 1].text != ",":
        return None
    phrase = cue_token.head if cue_token.head.i > cue_token.i else cue_token
    last = max(t.i for t in phrase.subtree)
    closing = doc[last + 1:sent.end]
    if any(t.text not in _CLOSING and not t.is_space for t in closing) or phrase.i < cue_token.i:
        return None
    return list(doc[sent.start:cue_token.i - 1])
