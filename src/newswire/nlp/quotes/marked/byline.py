"""A quote signed on the line after it: ``“...”`` then ``- Bernie Sanders.``

Fact checks and "quotable" round-ups print a quote as a paragraph of its own and sign it on
the next line, after a dash: ``- Hillary Clinton.``, ``-President Obama, tweeting after the
speech.``  The name after the dash is the speaker; no verb says so.  A text that lost the
line break signs right after the closing mark: ``“... to stop.” -Michelle Marks,
Philadelphia.``
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import DASHES, SENTENCE_ENDS
from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.marked.marks import MarkedQuote
from newswire.nlp.quotes.resolution.speaker_heads import can_speak
from newswire.nlp.quotes.speech.cues import Cue

__all__ = ["label_signed", "signed_below"]

_MAX_SIGNATURE_WORDS = 5  # words of the name before the line's first comma or full stop


#: A fact check's label opening a claim's paragraph: ``CLAIM:``, ``THE CLAIM:``.
_LABEL = re.compile(r"[A-Z][A-Z ]{2,20}:\s*")


def label_signed(tmap: TextMap, quote: MarkedQuote) -> Cue | None:
    """``CLAIM: “...” — Gov. Ray Dillard of Missouri``: a claim opening its paragraph after
    a label in capitals, signed after a dash on its line (the label names nobody)."""
    if quote.unclosed or quote.continued:
        return None
    para_start, para_end = tmap.paragraphs[tmap.paragraph_index(quote.start)]
    if not _LABEL.fullmatch(tmap.text[para_start:quote.before_mark]):
        return None
    mark_end = quote.mark_end if quote.mark_end >= 0 else quote.end + 1
    return _signed_beside(tmap, quote, mark_end, para_end, claim=True)


def signed_below(tmap: TextMap, quote: MarkedQuote) -> Cue | None:
    """The name signing ``quote`` on the next paragraph, when the quote is a paragraph."""
    if quote.unclosed or quote.continued:
        return None
    index = tmap.paragraph_index(quote.start)
    para_start, para_end = tmap.paragraphs[index]
    mark_end = quote.mark_end if quote.mark_end >= 0 else quote.end + 1
    beside = _signed_beside(tmap, quote, mark_end, para_end)
    if beside is not None or index + 1 >= len(tmap.paragraphs):
        return beside
    if tmap.text[para_start:quote.before_mark].strip():
        return None  # the quote does not open its paragraph
    if tmap.text[mark_end:para_end].strip(" .\t"):
        return None  # words follow the quote in its paragraph
    next_start, next_end = tmap.paragraphs[index + 1]
    line = tmap.text[next_start:next_end]
    stripped = line.lstrip()
    if stripped[:1] not in DASHES:
        return None
    return _signature(tmap, next_start + len(line) - len(stripped), next_end)


def _signed_beside(tmap: TextMap, quote: MarkedQuote, mark_end: int,
                   para_end: int, *, claim: bool = False) -> Cue | None:
    """``“... it needs to stop.” -Michelle Marks, Philadelphia.``: a whole sentence quoted and
    signed after a dash on its own line, the line break lost."""
    if tmap.text[quote.end - 1:quote.end] not in SENTENCE_ENDS:
        return None
    rest = tmap.text[mark_end:para_end]
    stripped = rest.lstrip()
    if stripped[:1] not in DASHES or len(rest) - len(stripped) > 1:
        return None
    cue = _signature(tmap, mark_end + len(rest) - len(stripped), para_end, claim=claim)
    if cue is None or cue.speaker is None:
        return None
    after = tmap.doc[cue.speaker.i + 1] if cue.speaker.i + 1 < len(tmap.doc) else None
    # A fact check's claim may name the signer's state: "— Gov. Ray Dillard of Missouri".
    return cue if after is None or after.text in (",", ".") or after.is_space \
        or (claim and _of_place(tmap, after.i, para_end)) else None


def _hyphen_in_name(token: Token) -> bool:
    """``Pryor-Keating``: a hyphen with no space either side inside a surname."""
    doc = token.doc
    return token.text == "-" and 0 < token.i < len(doc) - 1 and not doc[token.i - 1].whitespace_ \
        and not token.whitespace_ and doc[token.i + 1].pos_ == "PROPN"


def _of_place(tmap: TextMap, at: int, para_end: int) -> bool:
    """``— Gov. Ray Dillard of Missouri``: ``of`` and capitalised words to the line's end."""
    first, last = tmap.tokens(tmap.doc[at].idx, para_end)
    words = [t for t in tmap.doc[first + 1:last] if not t.is_space and t.text != "."]
    return tmap.doc[at].lower_ == "of" and 0 < len(words) <= 3 \
        and all(t.text[:1].isupper() for t in words)


def _signature(tmap: TextMap, dash: int, end: int, *, claim: bool = False) -> Cue | None:
    """The last word of the name opening the line after its dash (``- Bernie Sanders.``)."""
    first, last = tmap.tokens(dash, end)
    names: list[Token] = []
    for token in tmap.doc[first:last]:
        if token.text in DASHES or token.is_space:
            if names and not (claim and _hyphen_in_name(token)):
                break
            continue
        # "-Michelle": the tokenizer may keep the dash on the name
        if token.pos_ != "PROPN" or not token.text.lstrip("".join(DASHES))[:1].isupper():
            break
        names.append(token)
    if not names or len(names) > _MAX_SIGNATURE_WORDS or not can_speak(names[-1]):
        return None
    return Cue(names[0].i, names[0].i, names[-1])
