"""What a document found, kept apart from who pointed to it or what its clause is about.

``The report found that the trust had “too few registered nurses”``: no verb of saying
governs the quote, so the subject of its own clause (``the trust``) was taken as its speaker;
``“The numbers are stark,” Smith said of the audit, which found that the city lost
“millions”``: the nearest verb of saying (``said``) governs it only through the audit's
relative clause, so it went to Smith.  When the first verb of finding or saying met climbing
from the quote up its sentence is one of finding (``find``, ``show``) and its subject is a
document (or a relative pronoun standing for one), the document is the speaker and that verb
the cue; a verb of saying is left to the cue rules (``an ad that urges voters to “send a
message”`` is its maker's).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.models import QuoteKind
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.speech.cues import Cue, quote_top, subject_of
from newswire.nlp.quotes.speech.saying import is_speech_verb
from newswire.nlp.quotes.stances.held import is_document
from newswire.nlp.quotes.unnamed.linked_nouns import relative_antecedent

__all__ = ["before_finding", "document_finding_cue"]

_CLIMB = 6  # heads climbed from the quote to the verb that reports it


def document_finding_cue(inside: list[Token], kind: QuoteKind, lexicon: Lexicon) -> Cue | None:
    """The verb of finding a partial quote stands under, with the document that is its
    subject, when no verb of saying comes first on the way up from the quote."""
    if kind != "partial" or (top := quote_top(inside)) is None:
        return None
    head: Token | None = top.head
    for _ in range(_CLIMB):
        if head is None:
            return None
        if is_speech_verb(head, lexicon):
            return None  # said: the cue rules decide ("an ad that urges voters to “...”")
        if head.pos_ == "VERB" and head.lemma_.lower() in lexicon.finding_verbs:
            source = _source(head, lexicon)
            return Cue(head.i, head.i + 1, source) if source is not None else None
        head = head.head if head.head != head else None
    return None


def _source(verb: Token, lexicon: Lexicon) -> Token | None:
    """The document the verb's subject is, past a relative pronoun; else ``None``."""
    subject = subject_of(verb, lexicon)
    if subject is None:
        return None
    subject = relative_antecedent(subject, lexicon) or subject
    return subject if is_document(subject, lexicon) else None


def before_finding(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """The words of a topic (``pointed to a 2024 report from the auditor general that found
    claims took a decade``) before a relative clause saying what a thing in it found: that
    clause is the thing's finding (read on its own), not the words of who pointed to it."""
    cut = next((t.left_edge.i for t in tokens if t.dep_ == "relcl"
                and t.lemma_.lower() in lexicon.finding_verbs), None)
    return tokens if cut is None else [t for t in tokens if t.i < cut]
