"""Role words the tagger took for names: ``the Vermont Democrat`` is a description of a
person, not the name ``Democrat``."""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import ENGLISH

__all__ = ["is_capitalised_role"]


def is_capitalised_role(head: Token, lexicon: Lexicon = ENGLISH) -> bool:
    """A definite singular role word the tagger took for a name: ``the Vermont Democrat``."""
    return (head.pos_ == "PROPN" and head.lemma_.lower() in lexicon.role_nouns
            and head.tag_ == "NNP" and any(c.dep_ == "det" and c.lower_ == "the"
                                           for c in head.children))
