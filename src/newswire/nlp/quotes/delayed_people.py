"""A person the lead describes and the next sentence names: the delayed lede.

News often opens on someone unnamed and names them a sentence later: ``A retired
schoolteacher who lost her life savings ... told a Brampton courtroom Tuesday she handed
over her deposit because the developer "looked me in the eye and promised." ¶ Lucia
Fernandes, 68, was the first buyer to testify``.  The one person brought in with ``a``/``an``
in the story's first sentence (a headline's deck, a byline or a dateline may stand before
it: lines that end in no full stop) is the person the next sentence names first, when that
one is named there for the first time and carries no other role
(:func:`.role_holders.named_next`).  Further down, ``a man who lives nearby said`` is most
often someone the article never names.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.one_person import unnamed_kind
from newswire.nlp.quotes.referents import Referent
from newswire.nlp.quotes.role_holders import named_next
from newswire.nlp.quotes.salience import Trail

__all__ = ["named_after_lead_person"]

#: What ends a told sentence; a deck, a byline or a dateline ends in none of them.
_SENTENCE_ENDS = frozenset((".", "!", "?", '"', "”", "’", "'"))


def named_after_lead_person(head: Token, trail: Trail, lexicon: Lexicon) -> Referent | None:
    """The person the sentence after the lead names first, for ``head``, one unnamed person
    brought in by an indefinite article in the story's first sentence; else ``None``."""
    if unnamed_kind(head, "group", lexicon) != "person" or not any(
            c.dep_ == "det" and c.lower_ in lexicon.indefinite for c in head.children):
        return None
    if not _opens_story(head.sent):
        return None
    return named_next(head, head.lemma_.lower(), trail)


def _opens_story(sentence: Span) -> bool:
    """Whether no told sentence (one ending in a full stop or a closing quote) comes before
    ``sentence`` in its doc."""
    doc = sentence.doc
    before = doc[:sentence.start]
    return not any(_told(s) for s in before.sents) if len(before) else True


def _told(sentence: Span) -> bool:
    words = [t for t in sentence if not t.is_space]
    return bool(words) and words[-1].text in _SENTENCE_ENDS
