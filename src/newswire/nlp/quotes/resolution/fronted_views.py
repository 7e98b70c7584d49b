"""Whose view a sentence opens on: ``For Ann Lee, the situation is new``, ``As for Trump,``,
``Pour Thomas Berger,``.

A name fronted by a viewpoint preposition (the lexicon's ``viewpoint`` words, with the
``viewpoint_leads`` that may open them: ``as`` of ``as for``) and closed by a comma gives
whose view the sentence reports, so the next ``he says`` is that person, as a subject would
be (:func:`~newswire.nlp.quotes.resolution.referents.referents_of` marks such a referent a subject).
Read off the parse and the words around it; imports only spaCy and the
:class:`~newswire.nlp.quotes.lexicon.Lexicon` (no other quotes module, so any may use it).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import SENTENCE_ENDS
from newswire.nlp.quotes.lexicon import Lexicon

__all__ = ["is_fronted_viewpoint"]


def is_fronted_viewpoint(head: Token, lexicon: Lexicon) -> bool:
    """``For Ann Lee, the situation is new`` (``As for Ann Lee``, ``Pour Thomas Berger``): the
    name opens its sentence as whose view it gives, so the next ``he says`` is that person, as
    a subject would be."""
    doc = head.doc
    if head.dep_ == "appos" and any(c.dep_ == "case" and c.lower_ in lexicon.viewpoint
                                    for c in head.head.children):
        head = head.head  # "Pour l'économiste Jean Roy,": the name apposed to the role (UD)
    # English hangs the name on the preposition, French (UD) the preposition on the name.
    opener = head.head if head.dep_ == "pobj" else next(
        (c for c in head.children if c.dep_ == "case"), None)
    if opener is None or opener.lower_ not in lexicon.viewpoint or opener.i > head.i:
        return False
    first = opener  # "As for Trump, he said": "as" opens the sentence for "for"
    while first.i and doc[first.i - 1].lower_ in lexicon.viewpoint_leads:
        first = doc[first.i - 1]
    # The parser's sentences run on over line breaks: what precedes tells the opening.
    before = doc[first.i - 1] if first.i else None
    opens = before is None or first.is_sent_start or _ends_sentence(before) \
        or "\n" in before.text_with_ws
    # The parse may hang the comma closing the viewpoint on it ("Pour l'économiste Jean Roy,
    # professeur à Dauphine, le débat ...": the second comma is the apposition's).
    last = max(t.i for t in head.subtree)
    closed = doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")
    return bool(opens) and closed


def _ends_sentence(word: Token) -> bool:
    """A full stop, or a closing quotation mark right after one (``« ... confiance. » Pour
    la professeure ...``: the parse runs the quote's sentence on into the next)."""
    if word.text in SENTENCE_ENDS:
        return True
    return word.text in _CLOSING_MARKS and word.i > 0 \
        and word.doc[word.i - 1].text in SENTENCE_ENDS


#: Closing quotation marks that may end a sentence after its full stop.
_CLOSING_MARKS = ("»", "”", '"')
