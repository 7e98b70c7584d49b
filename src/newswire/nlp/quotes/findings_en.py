"""A spaCy component after the English model: ``..., a new study shows`` reads ``shows`` as
the verb it is.

News ends a claim with the document that makes it: ``Rents rose 14 per cent last year, a new
study shows``, ``..., a report released Tuesday finds``.  ``en_core_web_sm`` tags ``shows``
after a noun as a plural noun (``study shows`` a compound, like ``road shows``) while it
parses the claim as its clausal complement, so no rule of the parse saw a verb of finding
with a subject and the claim was never found.  A third-person form of a verb a document
reports with, tagged a noun, with a clausal complement and a document noun before it as its
compound or subject, is made that verb, and the noun its subject.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from newswire.nlp.quotes.lexicon_en import ENGLISH

__all__ = ["COMPONENT", "read_finding_verbs"]

COMPONENT = "newswire_english_findings"
#: The present forms of the verbs a document reports with, and their lemmas.
_FORMS = {"shows": "show", "show": "show", "finds": "find", "find": "find",
          "suggests": "suggest", "suggest": "suggest", "says": "say", "say": "say",
          "indicates": "indicate", "indicate": "indicate", "reveals": "reveal",
          "reveal": "reveal"}
_CLAUSES = frozenset(("ccomp", "parataxis"))
_MAKERS = frozenset(("compound", "nsubj"))


@Language.component(COMPONENT)
def read_finding_verbs(doc: Doc) -> Doc:
    """Make each noun-tagged ``shows`` (``finds``, ``suggests``...) that reports a claim for
    a document before it a verb, and the document its subject."""
    for token in doc:
        lemma = _FORMS.get(token.lower_)
        if lemma is None or token.pos_ != "NOUN":
            continue
        document = _document_before(token)
        if document is None or not any(c.dep_ in _CLAUSES for c in token.children):
            continue
        token.pos_, token.lemma_ = "VERB", lemma
        token.tag_ = "VBZ" if token.lower_.endswith("s") else "VBP"
        document.dep_ = "nsubj"
    return doc


def _document_before(verb: Token) -> Token | None:
    """The document noun before ``verb`` that the parse hung on it as its compound or
    subject (``study``; ``report`` in ``a report released Tuesday shows``)."""
    makers = [c for c in verb.lefts if c.dep_ in _MAKERS and c.pos_ == "NOUN" and (
        c.lemma_.lower() in ENGLISH.document_nouns or c.lower_ in ENGLISH.document_nouns)]
    return makers[-1] if makers else None
