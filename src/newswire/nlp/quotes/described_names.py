"""A name the model left unlabelled that the text itself says is a body: ``Airlines for
America, the trade group for major U.S. carriers, said ...``, ``Unison, which represents
library workers, said ...``.

Such a subject was no one: a name of one word of the language (``Unison``) or of no known
kind is more often a headline word than a speaker (:meth:`.named.NamedSpeakers.named`).  An
apposition headed by an organisation noun (``the trade group``, ``the union``) or a relative
clause opened by ``which`` (a person's is ``who``), set off by a comma, says it is an
organisation.  Its name runs on over an ``of``/``for`` phrase of capitalised words
(``Airlines for America``), as the model writes such names.  Pure: spaCy tokens only.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.mention_spans import name_text
from newswire.nlp.quotes.phrases import phrase_kind

__all__ = ["described_body_name"]

#: Prepositions inside an organisation's name (``Airlines for America``, ``Friends of Rivers``).
_NAME_PREPOSITIONS = frozenset(("for", "of"))


def described_body_name(head: Token, lexicon: Lexicon) -> str | None:
    """The name of the organisation an unlabelled capitalised subject is, when an apposition
    or a ``which`` clause set off after it says it is one; None otherwise."""
    if not head.text[:1].isupper() or not any(_says_body(c, lexicon) for c in head.rights):
        return None
    name = name_text(head)
    phrase = next((c for c in head.rights if c.dep_ == "prep" and c.i == head.i + 1
                   and c.lower_ in _NAME_PREPOSITIONS), None)
    words = list(phrase.subtree) if phrase is not None else []
    if words and all(w.text[:1].isupper() for w in words[1:]) and len(words) > 1:
        name = f"{name} {' '.join(w.text for w in words)}"
    return name


def _says_body(child: Token, lexicon: Lexicon) -> bool:
    """An apposition headed by an organisation noun, or a ``which`` clause, after a comma."""
    doc = child.doc
    first = child.left_edge.i
    if first < 1 or doc[first - 1].text != ",":
        return False
    if child.dep_ == "appos":
        return child.pos_ == "NOUN" and phrase_kind(child, lexicon) == "organization"
    return child.dep_ == "relcl" and child.left_edge.lower_ == "which"
