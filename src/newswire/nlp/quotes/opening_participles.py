"""A participle opening the sentence that the parse took for its subject: ``Responding, the
Minister of State ... said``, ``Speaking, the ambassador said``.

Parliamentary and wire copy opens so (the participle says what the speaker was doing); the
English parse makes the participle the subject of ``said`` and hangs the real subject on it
as an apposition, and the speaker was the word ``Responding``. The apposition is the
subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.parse_labels import SUBJECT_DEPS

__all__ = ["subject_after_participle"]


def subject_after_participle(head: Token) -> Token | None:
    """The noun apposed to a sentence-opening participle the parse made the subject,
    set off by a comma right after it; else none."""
    doc = head.doc
    if head.tag_ != "VBG" or head.dep_ not in SUBJECT_DEPS or head.i != head.sent.start \
            or head.i + 1 >= len(doc) or doc[head.i + 1].text != ",":
        return None
    return next((c for c in head.rights if c.dep_ == "appos"
                 and c.pos_ in ("NOUN", "PROPN")), None)
