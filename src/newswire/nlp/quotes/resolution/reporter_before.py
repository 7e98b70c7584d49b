"""Who a ``he said`` quote goes on from: the one named reporting in the sentence just before.

English news reports a new source's words, then quotes them: ``Amritpal Sandhu-Ghosh, a
student at a college in Brampton, said many of his classmates were worried.`` then ``"We
were told one thing," he told CTV News.``  The ``he`` is the one just named saying, though
the model missed the name as a person (``Sandhu-Ghosh`` read as a product; ``Her son, Huw,``
with no entity) or a name table guessed the gender wrong (``Bernie``, ``Datuk Dr Rahimah``),
so the pronoun's trail jumped back to a person named earlier.  The subject of a verb of
saying that heads the sentence before is that antecedent, unless an honorific, a gendered
noun or a first name the lexicon knows in its own phrase says the other gender (``Mr Gray
said ... "...," she said``; ``Erin Brockovich spoke first. John Smith answered. "...," she
said``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newswire.nlp.quotes.base.gender import Gender, gender_of, name_gender
from newswire.nlp.quotes.base.parse_labels import SUBJECT_DEPS
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.roles.appositions import apposed_name
from newswire.nlp.quotes.speech.saying import is_speech_verb

__all__ = ["is_titled_name", "reporter_before"]

#: Entity labels a name heading the subject may not carry: a body or a place speaks as one.
_BODY_LABELS = frozenset(("ORG", "GPE", "NORP", "FAC", "LOC"))


def reporter_before(told: Span, pronoun: Token, gender: Gender | None,
                    lexicon: Lexicon) -> Token | None:
    """The name heading the subject of the verb of saying that heads ``told`` (the sentence
    told before ``pronoun``'s, :func:`~.salience.sentence_told_before`), if ``told`` ends
    before the pronoun's and the name is one no body or place holds and whose own honorific
    or noun does not say another gender than ``gender``."""
    if told.end > pronoun.i or not is_speech_verb(told.root, lexicon):
        return None  # cheap first: most sentences before a quote are not a report
    subject = next((c for c in told.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return None
    name = subject if subject.pos_ == "PROPN" else apposed_name(subject)
    if name is None or name.pos_ != "PROPN" or (
            name.ent_type_ in _BODY_LABELS and not is_titled_name(name, lexicon)):
        return None
    said = _phrase_gender(subject, name, lexicon)
    return None if gender is not None and said not in (None, gender) else name


def is_titled_name(name: Token, lexicon: Lexicon) -> bool:
    """Whether a role noun heads ``name``'s own phrase before it (``Its secretary-general,
    Supaporn Rattanakul,``): one holding an office is a person, whatever label the model
    gave the name."""
    return any(t.i < name.i and t.pos_ == "NOUN" and t.lemma_.lower() in lexicon.role_nouns
               for t in name.subtree) or (
        name.head.pos_ == "NOUN" and name.head.lemma_.lower() in lexicon.role_nouns)


def _phrase_gender(subject: Token, name: Token, lexicon: Lexicon) -> Gender | None:
    """The gender the honorifics, nouns and name words of the subject's phrase up to its
    name agree on, by the lexicon's own table (``Mrs``, ``Her son``, ``John``); when they
    say none, the name's first word by the wider first-name table (``Noreen Walsh``: a plain
    first name the lexicon does not know). A word neither knows (``Amritpal``) says none.
    An office in ``-man`` (``Perikatan Nasional's state chairman, Datuk Dr Rahimah``) is
    written of women too, so it says none."""
    own = [t.text for t in subject.subtree if t.i <= max(name.i, subject.i)
           and ((t.pos_ == "NOUN" and not _unmarked_office(t.lower_))
                or t.pos_ == "PROPN" or t.lower_.rstrip(".") in lexicon.honorifics)]
    said = gender_of(own, lexicon) if own else None
    return said or name_gender(_name_words(name), (), lexicon)


def _name_words(name: Token) -> str:
    """``Noreen Walsh``: the name with the name words compounded before it."""
    return " ".join([t.text for t in name.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
                    + [name.text])


def _unmarked_office(word: str) -> bool:
    """``chairman``, ``spokesman``: an office compound news also writes of a woman."""
    return word.endswith("man") and not word.endswith("woman") and len(word) > 5
