"""A capitalised title standing alone for its holder: ``Counsel said`` (British and Irish
court copy, after ``Michael Bowman SC, defending, said``), a deck's ``Chief says four young
people have died``, a lead's ``A West Australian Senator has warned``.

The tagger reads the capitalised word as a proper noun, so it went on as a name (``Counsel``,
``Chief``, ``Senator``): a speaker naming nobody.  With no name after it (``Chief Raymond
Nanaquawetung`` is a name) and nothing before it but an indefinite article and modifiers, the
word is a role: the person the article titles so, as ``the judge`` is (named before when one
is; in the lead or a deck opening the body, the one named after it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from newswire.nlp.quotes.capitalised_roles import is_bare_title
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.referent_types import Referent
from newswire.nlp.quotes.referents import is_main_subject
from newswire.nlp.quotes.role_holders import titled
from newswire.nlp.quotes.salience import Trail

__all__ = ["bare_title_holder", "bare_title_referents"]

#: How many sentences the lead spans: a deck, a byline and the lede.
_LEAD_SENTENCES = 3


def bare_title_holder(head: Token, trail: Trail, lexicon: Lexicon) -> Referent | None:
    """The person a capitalised role word heading a subject stands for, else none."""
    lemma = head.lemma_.lower()
    if not is_bare_title(head, lexicon):
        return None
    # In the lead (a deck and a byline may come before it) a role is named further on: "A
    # West Australian Senator has warned ..." is the "Senator for Western Australia Kirsten
    # Albury" of the fourth paragraph; further down, only the one titled so before.
    return titled(head, lemma, trail, earlier_only=not _in_lead(head))


def _in_lead(head: Token) -> bool:
    """Whether ``head`` is in the body's first sentences (a deck, a byline, the lede)."""
    return any(sentence.start == head.sent.start for sentence, _ in
               zip(head.doc.sents, range(_LEAD_SENTENCES), strict=False))


def bare_title_referents(doc: Doc, trail: Trail, lexicon: Lexicon,
                         quoted: Callable[[int], bool]) -> list[Referent]:
    """Each bare title heading a subject as its holder's referent, at the title: a later
    ``he`` (``Counsel said ... He said the blow had been ...``) is the holder's, not the
    last person the reported clause named (``Mr Mulvihill``)."""
    found = []
    for token in doc:
        if token.tag_ == "NNP" and not quoted(token.idx) \
                and (holder := bare_title_holder(token, trail, lexicon)):
            found.append(replace(holder, start=token.idx, subject=True,
                                 main=is_main_subject(token)))
    return found
