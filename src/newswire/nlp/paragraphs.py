"""A spaCy component before the parser: a sentence never runs over a line break.

Articles reach the pipeline with one paragraph a line (the cleaners join paragraphs with
``\\n``; plain-text feeds and PolNeAR separate them with blank lines). The parser alone runs a
sentence over a break it has no full stop to cut at (``Association..``, a colon, a headline),
and the next paragraph's first clause then hangs its verb on the previous one: a quote's cue
and speaker taken from another paragraph. This marks the first token after a break as a
sentence start, the break's whitespace as inside the sentence it ends (and an opening mark
that starts a line as kept with the word after it), and leaves every other token unset, so
the parser (or the ``sentencizer`` of a blank pipeline, which keeps what is set) still
decides within a paragraph.
"""

from __future__ import annotations

from typing import cast

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

__all__ = ["COMPONENT", "mark_line_starts"]

COMPONENT = "newswire_line_starts"


@Language.component(COMPONENT)
def mark_line_starts(doc: Doc) -> Doc:
    """Start a sentence at the first word of every line after the first."""
    # Written to an array and set in one call: setting ``token.is_sent_start`` checks the
    # whole doc for a parse each time, so a text of 10,000 lines took seconds here.
    starts = doc.to_array([SENT_START]).astype("int64")  # 1 start, -1 inside, 0 unset
    after_break = False
    keep_with_mark = False
    for token in doc[1:]:
        if token.is_space:
            # Whitespace closes the sentence before it: as a sentence start of its own, a
            # break would make a one-token sentence between two paragraphs.
            starts[token.i] = -1
            after_break = after_break or "\n" in token.text
        elif after_break:
            starts[token.i] = 1
            after_break = False
            keep_with_mark = token.is_punct
        elif keep_with_mark:
            # The parser would cut right after an opening mark (``“``, ``«``) set as a
            # start, leaving the mark a sentence of its own.
            starts[token.i] = -1
            keep_with_mark = token.is_punct
    # One column, in spaCy's unsigned type (it reads -1 back from its bits).
    doc.from_array([SENT_START], cast(Ints2d, starts.view("uint64").reshape(-1, 1)))
    return doc
