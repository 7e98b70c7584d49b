"""Relatives: the people an article brings in as someone's relative (``his father, Pierre
Trudeau``, ``His wife, Marlene``), and a relative read the other way round
(``Kowalchuk's daughter, Brooke, left ... Her father says``: her father is Kowalchuk, the
one whose daughter she was just said to be).

The article names the relation once, from the parent's side (``X's daughter``); a later
``her father`` names it from the child's.  The kin noun asked for (``father``) turns into
the ones that say it the other way (``daughter``, ``son``, ``child``); the owner's pronoun
must fit the relative just brought in (``her`` a daughter, not a son).  Only the sentence
before and the description's own: further back, ``her`` may be someone else.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from newswire.nlp.quotes.base.gender import Gender, pronoun_gender
from newswire.nlp.quotes.base.mention_spans import entity_range
from newswire.nlp.quotes.base.parse_labels import PERSON_LABELS
from newswire.nlp.quotes.base.word_arrays import word_indices
from newswire.nlp.quotes.lexicon import Lexicon

__all__ = ["inverse_relative", "relatives_and_parents", "spouse_gender"]

_CHILDREN = frozenset(("son", "daughter", "child", "stepson", "stepdaughter"))
_PARENTS = frozenset(("father", "mother", "parent", "dad", "mom", "mum"))
_SPOUSES = frozenset(("wife", "husband", "spouse"))
_SIBLINGS = frozenset(("brother", "sister"))
#: The kin nouns that say a relation from the other side (``father`` -> ``daughter``).
_INVERSE = {**dict.fromkeys(_PARENTS, _CHILDREN), **dict.fromkeys(_CHILDREN, _PARENTS),
            **dict.fromkeys(_SPOUSES, _SPOUSES), **dict.fromkeys(_SIBLINGS, _SIBLINGS)}
#: The gender a kin noun gives the relative it names; the others name either.
_GENDERED: dict[str, Gender] = {
    "daughter": "f", "stepdaughter": "f", "mother": "f", "mum": "f", "mom": "f", "wife": "f",
    "sister": "f", "son": "m", "stepson": "m", "father": "m", "dad": "m", "husband": "m",
    "brother": "m"}


def inverse_relative(head: Token, owner: Token, lexicon: Lexicon) -> Token | None:
    """The possessor (``Kowalchuk``) of the kin noun that brought in the person ``owner``
    stands for, when ``head`` (``father``) names that relation from the other side."""
    wanted = _INVERSE.get(head.lemma_.lower())
    gender = pronoun_gender(owner.lower_, lexicon)
    if wanted is None or owner.lower_ not in lexicon.person_pronouns or gender is None:
        return None
    sentence = head.sent
    since = head.doc[sentence.start - 1].sent.start if sentence.start else 0
    for kin in reversed(head.doc[since:head.i]):
        lemma = kin.lemma_.lower()
        if lemma in wanted and _GENDERED.get(lemma, gender) == gender:
            return next((c for c in kin.children if c.dep_ == "poss"
                         and c.lower_ not in lexicon.person_pronouns), None)
    return None


def relatives_and_parents(docs: Sequence[Doc], lexicon: Lexicon
                          ) -> tuple[list[Span], list[Span]]:
    """The person names written as someone's relative (``his father, Pierre Trudeau``, ``His
    wife, Marlene``, ``the senator's wife Heidi Cruz``), and those of them written as someone's
    father or mother (whom ``the elder Trudeau`` means), from one read of the kin nouns."""
    found: list[Span] = []
    parents: list[Span] = []
    wanted = lexicon.kin_nouns
    for doc in docs:
        # The kin nouns' indices read as an array: no Token for the other words; each
        # distinct lemma tested once (no groups of every word kept).
        for i in word_indices(doc, LEMMA, lambda lemma: lemma.lower() in wanted):
            kin = doc[i]
            if not any(c.dep_ == "poss" for c in kin.children):
                continue
            named = [c for c in kin.children if c.dep_ == "appos"]
            if kin.dep_ == "compound":  # "his wife Heidi Cruz", parsed the other way round
                named.append(kin.head)
            if kin.i + 1 < len(doc) and doc[kin.i + 1].ent_iob_ == "B":
                # "her daughter Chelsea Clinton's plans": the parse hangs the name elsewhere
                named.append(doc[kin.i + 1])
            spans = [doc[slice(*entity_range(word))] for word in named
                     if word.pos_ == "PROPN" and word.ent_type_ in PERSON_LABELS]
            found += spans
            if kin.lemma_.lower() in _PARENTS:
                parents += spans
    return found, parents


def spouse_gender(head: Token) -> tuple[bool, Gender | None]:
    """Whether a kin noun names a spouse, and the gender it gives (``husband``: ``m``;
    ``spouse``: None)."""
    lemma = head.lemma_.lower()
    return lemma in _SPOUSES, _GENDERED.get(lemma)
