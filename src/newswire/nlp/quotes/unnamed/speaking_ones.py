"""``One mother ... told the Herald that ... ¶ "He's the only boy in his grade," she said``:
an unnamed person who speaks is whom the next ``she`` stands for, as a named one would be.

Only one brought in so (``One mother``, ``a nurse``: ``the critic`` is most often the person
named before), only the active subject of a verb of saying (``said``, ``told``; not
``asked``, whose subject hands the word to someone else, nor ``was told``, ``was
charged``, whose subject hears it), only one person (not ``officials``, not ``every
officer``), and only a noun no name is set off beside (``a spokeswoman, Ann Lee,`` speaks
as Ann Lee). A pronoun reaches such a one only from the next sentence told
(:meth:`.pronoun_speakers.PronounSpeakers.person_ref`), and only as a subject (``his
office`` is a named person's). English only (the lexicon's ``recalls_unnamed_ones``):
French pronouns have their own stand-ins. Pure: spaCy tokens.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import DETERMINER_DEPS, PASSIVE_SUBJECT_DEPS
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.unnamed.one_person import unnamed_kind

__all__ = ["is_speaking_one"]

#: Verbs of saying whose subject asks rather than tells: the answer is someone else's.
_ASKING = frozenset(("ask", "question", "wonder"))


def is_speaking_one(token: Token, lexicon: Lexicon) -> bool:
    """Whether ``token``, an unnamed subject, is one person who says something here."""
    if not lexicon.recalls_unnamed_ones or token.pos_ != "NOUN" or any(
            c.dep_ in DETERMINER_DEPS and c.lower_ in lexicon.definite for c in token.children):
        return False  # "the critic said": most often the one named before, not a new one
    if token.dep_ in PASSIVE_SUBJECT_DEPS:
        return False  # "One man was charged", "was told to leave": the hearer, not the teller
    verb = token.head
    lemma = verb.lemma_.lower()
    return lemma in lexicon.speech_verbs and lemma not in _ASKING \
        and unnamed_kind(token, "group", lexicon) == "person"
