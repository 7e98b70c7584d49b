"""A spaCy component before the French model: French typography read as the model learnt it.

``fr_core_news_sm`` was trained on text with the typewriter apostrophe and double quote
(``l'entourage``, ``"...``), while French news prints ``l’entourage`` and ``« ... »``. Its
features of a word (``NORM``, ``PREFIX``, ``SUFFIX``, ``SHAPE``) then differ and the parse
falls apart around them: ``l’`` is taken for a noun and the subject (``a affirmé l’entourage``),
``d’`` for a proper name (``la société d’État``), ``«`` for the root of the sentence, so
quotes lose their cue and ``selon X`` its source.  Giving each such word the features of its
typewriter spelling makes the model read ``l’`` exactly as it reads ``l'``; the text, the
tokens and every offset stay as written (only the vocabulary's entry of the word changes, in
the French pipeline's own vocabulary).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["COMPONENT", "read_as_typed"]

COMPONENT = "newswire_french_typography"
#: French quotation marks and the mark the model was trained on.
_MARKS = {"«": '"', "»": '"', "“": '"', "”": '"'}
_APOSTROPHE = "’"


@Language.component(COMPONENT)
def read_as_typed(doc: Doc) -> Doc:
    """Give every word with a French apostrophe or quotation mark its typed spelling's
    features (once per word of the vocabulary)."""
    for token in doc:
        text = token.text
        typed = _MARKS.get(text) or (text.replace(_APOSTROPHE, "'") if _APOSTROPHE in text
                                     else None)
        if typed is not None:
            _copy_features(doc.vocab, typed, text)
    return doc


def _copy_features(vocab: Vocab, source: str, target: str) -> None:
    typed, word = vocab[source], vocab[target]
    if word.shape == typed.shape and word.norm == typed.norm:
        return
    word.norm_, word.prefix_, word.suffix_, word.shape_ = (
        typed.norm_, typed.prefix_, typed.suffix_, typed.shape_)
