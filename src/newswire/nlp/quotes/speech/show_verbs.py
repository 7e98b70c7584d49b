"""``EIA data show``, ``Party filings with Elections Ontario show``: ``show`` read as a noun.

News cites a document's findings with ``show``: ``Bureau of Labor Statistics data show
Michigan added 21,000 jobs``, ``Diesel prices have not doubled, EIA data show.``. After a
plural noun the small English model often takes ``show`` for a noun (``data show`` read as
one compound, like ``a TV show``), so the sentence has no verb of finding and the clause no
source. Its past form is no noun: the sentence is parsed again with ``showed`` in its place,
and that parse is kept when it reads what the words say (``showed`` a verb whose subject
holds the noun before it, one root). Only the parse changes: the text, tokens and entities
are the article's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

__all__ = ["COMPONENT", "reparse_show_verbs"]

COMPONENT = "newswire_show_verbs"
#: The present forms of ``show`` and the past form the sentence is parsed again with.
_SHOW_FORMS = {"show": "VBP", "shows": "VBZ"}
_PAST = "showed"
#: Nouns of documents and counts that news says ``show`` something (plural or mass nouns).
_DOCUMENT_NOUNS = frozenset((
    "data", "figures", "numbers", "statistics", "records", "filings", "documents", "files",
    "polls", "surveys", "results", "estimates", "projections", "logs", "minutes",
    "transcripts", "emails", "receipts", "disclosures", "returns", "tallies", "counts"))
#: How far before ``show`` its document's noun may be, and what may stand between.
_PHRASE_WORDS = 6
_PHRASE_TAGS = frozenset(("NOUN", "PROPN", "ADP", "DET", "ADJ", "NUM", "PART"))
#: The components that parse: they run again on the sentence (the entities stay).
_PARSING = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


@Language.factory(COMPONENT)
def make_show_verbs(nlp: Language, name: str) -> Callable[[Doc], Doc]:  # noqa: ARG001 - spaCy passes it
    """The component: :func:`reparse_show_verbs` with ``nlp``'s parsing components."""
    def component(doc: Doc) -> Doc:
        steps = [proc for step, proc in nlp.pipeline if step in _PARSING]
        return reparse_show_verbs(doc, steps)
    return component


def reparse_show_verbs(doc: Doc, steps: Iterable[Callable[[Doc], Doc]]) -> Doc:
    """Give each sentence whose ``show`` after a document's noun was read as no verb the
    parse of the same words with ``showed``, when that parse reads it as the verb."""
    if not len(doc):
        return doc
    steps = list(steps)
    lowers = doc.to_array(LOWER)
    forms = [doc.vocab.strings[form] for form in _SHOW_FORMS]
    candidates = [doc[i] for i in np.isin(lowers, forms).nonzero()[0].tolist()]
    for token in [t for t in candidates if _misread_show(t)]:
        sentence = token.sent
        again = _parsed_with_past(sentence, token, steps)
        document = _document_before(token)
        if document is not None and _reads_as_verb(again, token.i - sentence.start,
                                                     document.i - sentence.start):
            _take_parse(sentence, again, token)
    return doc


def _misread_show(token: Token) -> bool:
    """``show`` or ``shows`` after a document's noun, alone or with the words that name it
    (``Party filings with Elections Ontario show``), not read as that noun's verb."""
    document = _document_before(token)
    return document is not None and not _has_subject(token, document.i)


def _document_before(show: Token) -> Token | None:
    """The document's noun before ``show``, across the nouns, names, articles and
    prepositions of its phrase (no verb, no punctuation between)."""
    for token in reversed(show.doc[max(show.sent.start, show.i - _PHRASE_WORDS):show.i]):
        if token.lower_ in _DOCUMENT_NOUNS and token.pos_ == "NOUN":
            return token
        if token.pos_ not in _PHRASE_TAGS:
            return None
    return None


def _parsed_with_past(sentence: Span, show: Token,
                      steps: list[Callable[[Doc], Doc]]) -> Doc:
    """The sentence's words, ``showed`` for ``show``, parsed alone."""
    words = [_PAST if t.i == show.i else t.text for t in sentence]
    again = Doc(sentence.doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in sentence])
    for step in steps:
        again = step(again)
    return again


def _reads_as_verb(again: Doc, at: int, noun: int) -> bool:
    """Whether ``showed`` is read as the document's verb, in one sentence."""
    return _has_subject(again[at], noun) and sum(t.dep_ == "ROOT" for t in again) == 1


def _has_subject(verb: Token, noun: int) -> bool:
    """Whether ``verb`` is a verb whose subject's phrase holds the word at ``noun``."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.left_edge.i <= noun <= c.right_edge.i for c in verb.children)


def _take_parse(sentence: Span, again: Doc, show: Token) -> None:
    """Copy the new parse onto the sentence's tokens, ``show`` keeping its own form."""
    start = sentence.start
    for theirs in again:
        mine = sentence.doc[start + theirs.i]
        mine.tag_, mine.pos_, mine.dep_ = theirs.tag_, theirs.pos_, theirs.dep_
        mine.head = sentence.doc[start + theirs.head.i]
        if mine.i != show.i:
            mine.lemma_ = theirs.lemma_
    show.tag_, show.lemma_ = _SHOW_FORMS[show.lower_], "show"
