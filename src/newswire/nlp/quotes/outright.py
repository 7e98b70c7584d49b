"""Words said outright: a quotation that is the whole object of a verb of saying right before
it and ends a sentence of its own inside the marks (``She declared “What a Super Tuesday!”``,
``a man yelled “Stay there!”``, ``by saying “Too many.”``) is what was said, however short or
capitalised: the title and scare-quote tests (:mod:`.attribution`) would drop it.

A verb of naming (``called it “Lopez Tonight.”``, ``dubbed the “Defeat Crooked Hillary PAC”``)
puts a name in the marks, not words said, and is left to those tests.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.cues import Cue
from newswire.nlp.quotes.marks import MarkedQuote
from newswire.nlp.quotes.saying import is_speech_verb
from newswire.nlp.quotes.textmap import TextMap

__all__ = ["said_outright"]

_SENTENCE_END = frozenset((".", "!", "?"))
_NAMING = frozenset(("call", "dub", "label", "brand", "name", "title", "rule"))


def said_outright(tmap: TextMap, quote: MarkedQuote, inside: list[Token],
                  cue: Cue | None) -> bool:
    """Whether the quote is the sentence a verb of saying, written just before its opening
    mark, says (its cue's verb)."""
    if cue is None or cue.end <= cue.start or not inside:
        return False
    if inside[-1].text not in _SENTENCE_END or not any(t.is_alpha for t in inside):
        return False
    verb = tmap.doc[cue.start]
    if verb.lemma_.lower() in _NAMING or not is_speech_verb(verb, tmap.lexicon):
        return False
    before = tmap.text[verb.idx + len(verb.text):quote.before_mark]
    return before.strip() == ""
