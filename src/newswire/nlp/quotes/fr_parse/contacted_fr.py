"""The source after ``Contacté par 20 Minutes,`` / ``Joint par téléphone,`` is the subject.

French reports open a sentence with how the paper reached its source, then name it: ``Joint
par téléphone, le Pr X estime que ...``, ``Contacté par 20 Minutes, un porte-parole de
l'académie assure que "..."``. ``fr_core_news_sm`` reads the capitalised participle as a name
(``PROPN``, even a place), makes it the verb's subject and the source its apposition, so the
quote went to ``Joint`` or ``Contacté``. The participle modifies the verb; the noun phrase
set off after its comma is the subject.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newswire.nlp.quotes.base.parse_labels import FRENCH_SUBJECT_DEPS
from newswire.nlp.quotes.unnamed.phrase_ends_fr import CONTACT_FORMS

__all__ = ["subject_after_contact"]


def subject_after_contact(doc: Doc) -> None:
    """Give each verb whose subject the parse made ``Contacté``/``Joint`` the source after
    that participle's comma instead."""
    for token in doc:
        if token.lower_ not in CONTACT_FORMS or not token.text[:1].isupper() \
                or token.dep_ not in FRENCH_SUBJECT_DEPS or token.i + 1 >= len(doc) \
                or doc[token.i + 1].lower_ != "par":
            continue
        source = _set_off_after(token)
        if source is None:
            continue
        verb = token.head
        source.head, source.dep_ = verb, token.dep_
        token.head, token.dep_, token.pos_ = verb, "advcl", "VERB"
        token.ent_type_ = ""  # "Contacté" is no place, "Joint" no one


def _set_off_after(participle: Token) -> Token | None:
    """The first apposition of ``participle`` that a comma opens."""
    doc = participle.doc
    return next((c for c in participle.children if c.dep_ == "appos" and c.i > participle.i
                 and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","), None)
