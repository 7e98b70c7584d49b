"""Which words of a doc a pass needs to look at, read from the parse as arrays.

A pass over every word that tests each one's dependency or tag first makes a ``Token``
for each and reads its labels one by one; most words fail the test. These give the
indices of the words that pass it, in order, from one ``Doc.to_array`` call, so the pass
makes Tokens only for those.  A pass that asks a doc many times reads it once and keeps the
result on the doc (``Doc.user_data``: :func:`head_indices`): only for the quotes stage, whose
parse no later step changes.  :func:`lower_case_words` reads the lexemes' flags so.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

import numpy as np
from spacy.attrs import DEP, HEAD, IS_ALPHA, IS_LOWER, LOWER, ORTH, POS, TAG
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.symbols import NOUN
from spacy.tokens import Doc

from newswire.nlp.quotes.base.doc_keeps import kept
from newswire.nlp.quotes.base.parse_labels import SUBJECT_DEPS

#: Where a doc keeps the index of each word's head (``Doc.user_data``).
_HEADS_KEY = "newswire.heads"

__all__ = ["head_indices", "kept_lower_indices", "lower_case_words", "lower_indices",
           "pos_indices", "subject_indices", "subject_or_singular_noun_indices", "word_indices"]


def subject_indices(doc: Doc) -> list[int]:
    """Indices of the words whose dependency is one of :data:`SUBJECT_DEPS`."""
    if not len(doc):
        return []
    deps = doc.to_array(DEP)
    return np.isin(deps, _ids(doc, SUBJECT_DEPS)).nonzero()[0].tolist()


def subject_or_singular_noun_indices(doc: Doc) -> list[int]:
    """Indices of the subjects and of the singular common nouns (``NOUN`` tagged ``NN``)."""
    if not len(doc):
        return []
    values = doc.to_array([DEP, POS, TAG])
    subjects = np.isin(values[:, 0], _ids(doc, SUBJECT_DEPS))
    nouns = (values[:, 1] == NOUN) & (values[:, 2] == doc.vocab.strings["NN"])
    indices: list[int] = (subjects | nouns).nonzero()[0].tolist()
    return indices


def pos_indices(doc: Doc, pos: str) -> list[int]:
    """Indices of the words whose part of speech is ``pos`` (``VERB``, ``PROPN``)."""
    if not len(doc):
        return []
    indices: list[int] = (doc.to_array(POS) == POS_IDS[pos]).nonzero()[0].tolist()
    return indices


def lower_indices(doc: Doc, words: Collection[str]) -> list[int]:
    """Indices of the words whose lower-case form is one of ``words`` (as ``token.lower_ in
    words`` picks them), matched by their hashes in the string store."""
    if not len(doc) or not words:
        return []
    strings = doc.vocab.strings
    hashes = np.array([strings[word] for word in words], dtype=np.uint64)
    indices: list[int] = np.isin(doc.to_array(LOWER), hashes).nonzero()[0].tolist()
    return indices


def kept_lower_indices(doc: Doc, key: str, words: Collection[str]) -> list[int]:
    """:func:`lower_indices`, matched once a doc and kept in ``Doc.user_data`` under ``key``
    (one key for one ``words``): for a rule that asks first whether its words are in the doc
    at all, most docs answering no. Only for the quotes stage's parse, like
    :func:`head_indices`."""
    return kept(doc, key, lambda d: lower_indices(d, words))


def word_indices(doc: Doc, attr: int, keep: Callable[[str], bool]) -> list[int]:
    """Indices of the words whose ``attr`` (``LOWER``, ``LEMMA``, ``ORTH``) string passes
    ``keep``, as a walk testing ``keep(token.lower_)`` (``token.lemma_``, ``token.orth_``)
    would pick them; each distinct string is tested once (an article repeats most of its
    words), and no Token is made."""
    if not len(doc):
        return []
    values = doc.to_array(attr)
    strings = doc.vocab.strings
    kept = [value for value in np.unique(values).tolist() if keep(strings[value])]
    # The hashes' own type: mixed with signed integers they would be compared as floats.
    indices: list[int] = np.isin(values, np.array(kept, dtype=values.dtype)).nonzero()[0].tolist()
    return indices


def head_indices(doc: Doc) -> list[int]:
    """The index of each word's head (``[t.head.i for t in doc]``), read once a doc as an
    array (kept in ``Doc.user_data``): a pass over many words' heads makes no Token for each
    head. Only for a parse no later step changes (the quotes stage's, not a component's: a
    component that relabels a word would leave the heads stale)."""
    return kept(doc, _HEADS_KEY, _heads)


def _heads(doc: Doc) -> list[int]:
    # HEAD is each word's offset to its head, negative ones wrapped as unsigned.
    offsets = doc.to_array(HEAD).astype(np.int64) if len(doc) else np.zeros(0, np.int64)
    heads: list[int] = (offsets + np.arange(len(doc), dtype=np.int64)).tolist()
    return heads


def lower_case_words(docs: Iterable[Doc]) -> set[str]:
    """The words of ``docs`` as written that are alphabetic and lower case (``{t.text for t
    in doc if t.is_alpha and t.is_lower}``), read from the lexemes' flags as an array: no
    Token for each word."""
    found: set[str] = set()
    for doc in docs:
        if not len(doc):
            continue
        rows = doc.to_array([ORTH, IS_ALPHA, IS_LOWER])
        orths = rows[(rows[:, 1] != 0) & (rows[:, 2] != 0), 0]
        strings = doc.vocab.strings
        found.update(strings[orth] for orth in set(orths.tolist()))
    return found


def _ids(doc: Doc, labels: Iterable[str]) -> list[int]:
    return [doc.vocab.strings[label] for label in labels]
