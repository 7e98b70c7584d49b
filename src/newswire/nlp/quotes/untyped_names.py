"""A name the model typed as nothing, saying something: an organisation's.

``Unison, which represents library workers, said ...``: the model tags ``Unison`` a proper
noun but names no entity there, and the word is one of the language (``unison``), so its
words give it no kind and it would be nobody. A proper noun heading the subject of a verb of
saying speaks; when no first name, title or name of the article makes it a person's, it is
an organisation's (a union, a company, a lobby), as a proper noun that says things and is
no person is. Headlines keep their capitalised words (``Latest``), so only the body counts.
Such a name runs on over ``for``, ``against`` or ``without`` and the capitalised words after
it, as lobbies name themselves (``Airlines for America``, ``Mothers Against Drunk Driving``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import Lexicon

__all__ = ["is_saying_name", "lobby_name"]

_SUBJECTS = frozenset(("nsubj", "nsubj:pass"))  # not a passive subject ("X was told")
_NAME_LINKS = frozenset(("for", "against", "without"))  # "Americans for Prosperity"


def is_saying_name(head: Token, lexicon: Lexicon) -> bool:
    """``head`` is a capitalised singular proper noun, the subject of a tensed verb of
    saying: not a plural the tagger capitalised (``Studies indicate``), nor an idiom's
    participle (``Easier said than done``)."""
    verb = head.head
    tensed = verb.tag_ != "VBN" or any(c.dep_ == "aux" for c in verb.children)
    return (head.tag_ == "NNP" and head.text[:1].isupper() and head.dep_ in _SUBJECTS
            and verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.speech_verbs
            and tensed)


def lobby_name(head: Token, name: str) -> str:
    """``name`` with the ``for America`` that follows its head word, when every word after
    the link is capitalised: ``Airlines for America``, not ``Airlines for major carriers``."""
    doc = head.doc
    link = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if link is None or link.lower_ not in _NAME_LINKS or link.head != head:
        return name
    end = link.i + 1
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    after = doc[end] if end < len(doc) else None
    if end == link.i + 1 or (after is not None and not after.is_punct and after != head.head):
        return name  # no capital after the link, or one opening a longer phrase
    return f"{name} {doc[link.i:end].text}"
