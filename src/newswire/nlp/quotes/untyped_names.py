"""A name the model typed as nothing, saying something: an organisation's.

``Unison, which represents library workers, said ...``: the model tags ``Unison`` a proper
noun but names no entity there, and the word is one of the language (``unison``), so its
words give it no kind and it would be nobody. A proper noun heading the subject of a verb of
saying speaks; when no first name, title or name of the article makes it a person's, it is
an organisation's (a union, a company, a lobby), as a proper noun that says things and is
no person is. Headlines keep their capitalised words (``Latest``), so only the body counts.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import Lexicon

__all__ = ["is_saying_name"]

_SUBJECTS = frozenset(("nsubj", "nsubj:pass"))  # not a passive subject ("X was told")


def is_saying_name(head: Token, lexicon: Lexicon) -> bool:
    """``head`` is a capitalised proper noun, the subject of a verb of saying."""
    verb = head.head
    return (head.pos_ == "PROPN" and head.text[:1].isupper() and head.dep_ in _SUBJECTS
            and verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.speech_verbs)
