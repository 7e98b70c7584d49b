"""A name the model typed as nothing, saying something: an organisation's.

``Unison, which represents library workers, said ...``: the model tags ``Unison`` a proper
noun but names no entity there, and the word is one of the language (``unison``), so its
words give it no kind and it would be nobody. A proper noun heading the subject of a verb of
saying speaks; when no first name, title or name of the article makes it a person's, it is
an organisation's (a union, a company, a lobby) when the text says it is no person's, by a
``which`` clause or an apposition headed by an organisation's or group's noun. Headlines
keep their capitalised words (``Latest``), so only the body counts.
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
            and tensed and _described_as_body(head, lexicon))


def _described_as_body(head: Token, lexicon: Lexicon) -> bool:
    """The text says the name is no person's: ``Unison, which represents``, ``Crisis, the
    homelessness charity``. A bare capitalised subject is too often something else
    (``Somebody said``, ``White America said``, a product) to be taken for a body."""
    for child in head.children:
        if child.dep_ == "relcl" and any(c.lower_ == "which" for c in child.children):
            return True
        lemma = child.lemma_.lower()
        if child.dep_ == "appos" and (lemma in lexicon.org_nouns or lemma in lexicon.group_nouns):
            return True
    return False


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
