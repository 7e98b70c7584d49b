"""The noun a finding's relative clause stands for after a document's maker: ``a 2024 report
from the auditor general that found ...``, ``a study by Harvard researchers that showed ...``.

The parse hangs the clause on the nearest noun, the maker; but what finds is the report, so
when the clause's verb is one of finding and that noun is the object of ``by``/``from`` on a
document noun, the relative pronoun stands for the document.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import MAKER_PREPOSITIONS
from newswire.nlp.quotes.stances.held import is_document

__all__ = ["past_maker"]


def past_maker(noun: Token, clause: Token, lexicon: Lexicon) -> Token:
    """The document whose maker ``noun`` is, when ``clause`` (the relative clause on ``noun``)
    reports a finding; else ``noun``."""
    if clause.lemma_.lower() not in lexicon.finding_verbs or noun.dep_ != "pobj":
        return noun
    prep = noun.head
    document = prep.head
    if prep.lower_ not in MAKER_PREPOSITIONS or document == prep:
        return noun
    return document if is_document(document, lexicon) else noun
