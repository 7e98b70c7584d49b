"""What a verb of saying says, worked out once a verb and doc.

The reported speech pass asks :func:`~.said.said_words` of every verb of saying, and the
clauses beside and before its quotations (:mod:`.holding_beside`, :mod:`.before_quotes_fr`)
ask it again of the same cues: about 9,500 asks for 6,800 verbs over PolNeAR train 401–840.
The answer depends on the parse alone, so the text map keeps it by the verb's index.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.speech.said import said_words

__all__ = ["said_in"]


def said_in(tmap: TextMap, verb: Token) -> list[Token] | None:
    """:func:`~.said.said_words` of ``verb``, a word of ``tmap``'s doc, in the map's
    language; a fresh list each ask, so a caller may change its own."""
    if verb.doc is not tmap.doc:
        return said_words(verb, tmap.lexicon)
    if verb.i not in tmap.said:
        tmap.said[verb.i] = said_words(verb, tmap.lexicon)
    words = tmap.said[verb.i]
    return None if words is None else list(words)
