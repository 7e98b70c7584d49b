"""A spaCy component before the French parser: no sentence starts right after a word.

``fr_core_news_sm`` cuts sentences where no punctuation does: ``« ... », estime || Julie
Fortin-Abara, professeure de droit.`` (the incise's speaker became a sentence of its own and
the quote had no speaker), ``la porte-parole de la Coalition || Eau Secours``, ``l’école
primaire || Saint-Joseph``, ``Laurence || Pelchat``. A French sentence ends at a full stop,
a question or exclamation mark, a closing quotation mark or a line break, never between two
words of a line; the parser keeps a boundary ruled out beforehand (spaCy's ``SENT_START``
-1), as it keeps the line starts of :mod:`newswire.nlp.paragraphs`. This marks every token
right after a word or a number on the same line as inside its sentence, and leaves every
other token (and any start already set, a dateline's lede) as it is.
"""

from __future__ import annotations

from typing import cast

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

__all__ = ["COMPONENT", "keep_words_together"]

COMPONENT = "newswire_french_sentences"
_UNSET, _INSIDE = 0, -1


@Language.component(COMPONENT)
def keep_words_together(doc: Doc) -> Doc:
    """Rule out a sentence start after every word or number followed by no break."""
    starts = doc.to_array([SENT_START]).astype("int64")  # 1 start, -1 inside, 0 unset
    for token in doc[1:]:
        before = doc[token.i - 1]
        if starts[token.i] == _UNSET and (before.is_alpha or before.like_num) \
                and "\n" not in before.whitespace_:
            starts[token.i] = _INSIDE
    # One column, in spaCy's unsigned type (it reads -1 back from its bits).
    doc.from_array([SENT_START], cast(Ints2d, starts.view("uint64").reshape(-1, 1)))
    return doc
