"""A quote signed on the line after it: ``“...”`` then ``- Bernie Sanders.``

Fact checks and "quotable" round-ups print a quote as a paragraph of its own and sign it on
the next line, after a dash: ``- Hillary Clinton.``, ``-President Obama, tweeting after the
speech.``  The name after the dash is the speaker; no verb says so.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.cues import Cue, can_speak
from newswire.nlp.quotes.marks import MarkedQuote
from newswire.nlp.quotes.textmap import TextMap

__all__ = ["signed_below"]

_DASHES = ("-", "–", "—")
_MAX_SIGNATURE_WORDS = 5  # words of the name before the line's first comma or full stop


def signed_below(tmap: TextMap, quote: MarkedQuote) -> Cue | None:
    """The name signing ``quote`` on the next paragraph, when the quote is a paragraph."""
    if quote.unclosed or quote.continued:
        return None
    index = tmap.paragraph_index(quote.start)
    if index + 1 >= len(tmap.paragraphs):
        return None
    para_start, para_end = tmap.paragraphs[index]
    if tmap.text[para_start:quote.before_mark].strip():
        return None  # the quote does not open its paragraph
    mark_end = quote.mark_end if quote.mark_end >= 0 else quote.end + 1
    if tmap.text[mark_end:para_end].strip(" .\t"):
        return None  # words follow the quote in its paragraph
    next_start, next_end = tmap.paragraphs[index + 1]
    line = tmap.text[next_start:next_end]
    stripped = line.lstrip()
    if not stripped.startswith(_DASHES):
        return None
    return _signature(tmap, next_start + len(line) - len(stripped), next_end)


def _signature(tmap: TextMap, dash: int, end: int) -> Cue | None:
    """The last word of the name opening the line after its dash (``- Bernie Sanders.``)."""
    first, last = tmap.tokens(dash, end)
    names: list[Token] = []
    for token in tmap.doc[first:last]:
        if token.text in _DASHES or token.is_space:
            if names:
                break
            continue
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            break
        names.append(token)
    if not names or len(names) > _MAX_SIGNATURE_WORDS or not can_speak(names[-1]):
        return None
    return Cue(names[0].i, names[0].i, names[-1])
