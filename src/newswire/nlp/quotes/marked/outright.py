"""Words said outright: a quotation whose cue is a verb of saying written right before its
opening mark, and that ends a sentence of its own inside the marks (``She declared “What a
Super Tuesday!”``, ``a man yelled “Stay there!”``, ``by saying “Too many.”``), is what was
said, however short or capitalised: the title and scare-quote tests (:mod:`.attribution`)
would drop it. Only the text between the verb and the mark is read, not the parse: a verb
right before the mark is taken to govern it.

A headline writes every word with a capital, so its quotes all look like titles: one that a
verb of saying of the headline governs (``Francois Hollande Says Donald Trump ‘Makes You Want
To Retch.’``, ``Hillary Clinton Calls ISIS Violence Against Yazidis ‘Genocide.’``) is what
was said (:func:`said_in_headline`).

In a body, a verb of naming (``called it “Lopez Tonight.”``, ``dubbed the “Defeat Crooked
Hillary PAC”``) puts a name in the marks, not words said, and is left to those tests; so is
a title that ends its sentence, whose full stop American style puts inside the marks
(``He praised “Hamilton.”``, ``He wrote “The Art of the Deal.”``): its words are all
capitalised but a title's small ones, and no interjection (``He said “No.”`` is said).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import SENTENCE_ENDS
from newswire.nlp.quotes.base.textmap import Attribution, TextMap
from newswire.nlp.quotes.marked.marks import MarkedQuote
from newswire.nlp.quotes.speech.cues import Cue, governs
from newswire.nlp.quotes.speech.saying import is_speech_verb

__all__ = ["said_in_headline", "said_outright"]

_NAMING = frozenset(("call", "dub", "label", "brand", "name", "title", "rule"))
#: The parts of speech a title leaves lowercase: ``The Art of the Deal``, ``Gone to Texas``.
_TITLE_SMALL_WORDS = frozenset(("DET", "ADP", "CCONJ", "PART"))


def said_outright(tmap: TextMap, quote: MarkedQuote, inside: list[Token],
                  cue: Cue | None) -> bool:
    """Whether the quote is the sentence a verb of saying, written just before its opening
    mark, says (its cue's verb)."""
    if cue is None or cue.end <= cue.start or not inside:
        return False
    if inside[-1].text not in SENTENCE_ENDS or not any(t.is_alpha for t in inside):
        return False
    if inside[-1].text == "." and _title_cased(inside):  # “Hamilton.”: a title's stop
        return False
    verb = tmap.doc[cue.start]
    if verb.lemma_.lower() in _NAMING or not is_speech_verb(verb, tmap.lexicon):
        return False
    verb_end = verb.idx + len(verb.text)
    return verb_end <= quote.before_mark and not tmap.text[verb_end:quote.before_mark].strip()


def _title_cased(inside: list[Token]) -> bool:
    """Whether every word is capitalised but a title's small words, none an interjection:
    ``Moby Dick``, ``The Art of the Deal``, not ``Too many``, ``No``."""
    words = [t for t in inside if t.is_alpha]
    return all(t.text[:1].isupper() or t.pos_ in _TITLE_SMALL_WORDS for t in words) \
        and not any(t.pos_ == "INTJ" for t in words)


def said_in_headline(tmap: TextMap, headline: Attribution) -> bool:
    """Whether a headline's quote hangs on its cue, a verb of saying."""
    if headline.cue is None:
        return False
    cue = Cue(headline.cue[0], headline.cue[1], None)
    first, last = tmap.tokens(headline.start, headline.end)
    inside = [tmap.doc[i] for i in range(first, last)]
    return is_speech_verb(tmap.doc[cue.start], tmap.lexicon) and governs(cue, inside)
