"""A spaCy component after the French parser: the pronoun of an inverted cue is its subject.

French reports speech with the verb first: ``a-t-elle ajouté``, ``explique-t-il``, ``dit-on``.
``fr_core_news_sm`` tags that ``-elle`` as ``X`` or attaches ``-il`` as ``dep``, so the cue
would have no speaker; this makes such a pronoun what the quote rules look for, a ``PRON``
that is the ``nsubj`` of its verb (the speaker is then resolved like ``il``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "newswire_french_inversion"
_INVERTED = frozenset(("-il", "-elle", "-ils", "-elles", "-on"))


@Language.component(COMPONENT)
def mark_inverted_subjects(doc: Doc) -> Doc:
    """Make every inverted subject pronoun the subject of the verb it follows."""
    for token in doc:
        if token.lower_ in _INVERTED and token.head.pos_ in ("VERB", "AUX"):
            token.pos_ = "PRON"
            token.dep_ = "nsubj"
    return doc
