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

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["COMPONENT", "mark_line_starts"]

COMPONENT = "newswire_line_starts"


@Language.component(COMPONENT)
def mark_line_starts(doc: Doc) -> Doc:
    """Start a sentence at the first word of every line after the first."""
    after_break = False
    keep_with_mark = False
    for token in doc[1:]:
        if token.is_space:
            # Whitespace closes the sentence before it: as a sentence start of its own, a
            # break would make a one-token sentence between two paragraphs.
            token.is_sent_start = False
            after_break = after_break or "\n" in token.text
        elif after_break:
            token.is_sent_start = True
            after_break = False
            keep_with_mark = token.is_punct
        elif keep_with_mark:
            # The parser would cut right after an opening mark (``“``, ``«``) set as a
            # start, leaving the mark a sentence of its own.
            token.is_sent_start = False
            keep_with_mark = token.is_punct
    return doc
