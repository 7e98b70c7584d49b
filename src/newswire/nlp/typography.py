"""spaCy components before a model: typography read as the model learnt it.

The small English and French models were trained on text with the typewriter apostrophe and
double quote (``judgment's``, ``l'entourage``, ``"...``), while news prints ``judgment’s``,
``l’entourage``, ``“...”`` and ``« ... »``. A word's features (``NORM``, ``PREFIX``,
``SUFFIX``, ``SHAPE``) then differ from those the model learnt, and the parse falls apart
around it. French: ``l’`` is taken for a noun and the subject (``a affirmé l’entourage``),
``d’`` for a proper name, ``«`` for the root, so quotes lose their cue and ``selon X`` its
source. English: in ``the judgment’s comments were ..., legal sources said`` the ``’s`` is
read as a clause and the sentence yields no quote. Giving each such word the features of its
typewriter spelling makes the model read it exactly as the typed one; the text, the tokens
and every offset stay as written (only the vocabulary's entry of the word changes, in that
pipeline's own vocabulary). Both tokenizers already split ``’s``, ``n’t``, ``l’`` as they
split the typed spellings, so the features are all that differ.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["ENGLISH", "FRENCH", "read_english_as_typed", "read_french_as_typed", "typed_spelling"]

FRENCH = "newswire_french_typography"
ENGLISH = "newswire_english_typography"
_APOSTROPHE = "’"
#: Quotation marks and the mark each model was trained on.
_FRENCH_MARKS: Mapping[str, str] = {"«": '"', "»": '"', "“": '"', "”": '"', _APOSTROPHE: "'"}
#: English: no quotation mark. The rules were written on the parse the model gives ``“ ”``
#: and ``‘ ’`` as printed, and read as typed they lose speakers (English tuning: curly
#: double quotes -6, single quotes +2 -1); only apostrophes within words are read as typed.
_ENGLISH_MARKS: Mapping[str, str] = {}


def typed_spelling(text: str, marks: Mapping[str, str]) -> str | None:
    """The typewriter spelling of a word with a curly apostrophe or one of ``marks`` (None
    when it has neither)."""
    if text in marks:
        return marks[text]
    if _APOSTROPHE in text and any(c.isalpha() for c in text):
        return text.replace(_APOSTROPHE, "'")
    return None


@Language.component(FRENCH)
def read_french_as_typed(doc: Doc) -> Doc:
    """Give every word with a French apostrophe or quotation mark its typed spelling's
    features (once per word of the vocabulary)."""
    return _read_as_typed(doc, _FRENCH_MARKS)


@Language.component(ENGLISH)
def read_english_as_typed(doc: Doc) -> Doc:
    """Give every English word with a curly apostrophe its typed spelling's features."""
    return _read_as_typed(doc, _ENGLISH_MARKS)


def _read_as_typed(doc: Doc, marks: Mapping[str, str]) -> Doc:
    for token in doc:
        typed = typed_spelling(token.text, marks)
        if typed is not None:
            _copy_features(doc.vocab, typed, token.text)
    return doc


def _copy_features(vocab: Vocab, source: str, target: str) -> None:
    typed, word = vocab[source], vocab[target]
    if word.shape == typed.shape and word.norm == typed.norm:
        return
    word.norm_, word.prefix_, word.suffix_, word.shape_ = (
        typed.norm_, typed.prefix_, typed.suffix_, typed.shape_)
