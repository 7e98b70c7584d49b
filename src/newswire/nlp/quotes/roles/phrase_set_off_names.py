"""French: the holder's name set off after a whole role phrase, at the end of the sentence.

``« ... », affirme sa secrétaire régionale, Céline Bonvin.``, ``a affirmé leur
vice-présidente aux affaires publiques, Annie Bergeron-Lacasse.``, ``a lancé le secrétaire
général du syndicat, El Hadji Mamadou Ndiaye Fall.``: a French incise names the speaker by
the role first and the person after a comma, last in the sentence. The parse hangs the name
on the role noun as a common-noun apposition (the model tags ``Céline`` a NOUN), or on the
verb; :func:`~newswire.nlp.quotes.roles.appositions.apposed_name` reads a name right after the
noun only (``son président, Olivier Marchal,``), not after the noun's adjectives and
complements. Here the name starts after the comma that closes the role's phrase (past at
most :data:`_MAX_TITLE_WORDS` capitalised words of a title, ``El Hadji``, ``Dr``), is a
person's name by the model's entity, and ends the sentence. A French role noun agrees with
its holder's sex (``sa secrétaire``, ``le secrétaire``): a name of the other sex names the
person of the phrase's complement (``la mère du joueur, Paul Pogba.``: the player), not the
role's holder.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.gender import morph_gender, name_gender
from newswire.nlp.quotes.base.mention_spans import tagged_range
from newswire.nlp.quotes.base.parse_labels import PERSON_LABELS
from newswire.nlp.quotes.lexicon_fr import FRENCH

__all__ = ["name_after_role_phrase"]

#: Capitalised words of a title the model may leave out of the name (``El Hadji``).
_MAX_TITLE_WORDS = 2
#: Dependents that are not the role's own words: the name itself, punctuation.
_NOT_THE_PHRASE = frozenset(("appos", "punct", "flat:name"))
_SENTENCE_ENDS = frozenset((".", "!", "?", "…"))


def name_after_role_phrase(head: Token) -> Token | None:
    """The person's name set off after ``head``'s phrase and ending its sentence (French)."""
    doc = head.doc
    if doc.lang_ != "fr" or head.pos_ != "NOUN" or head.ent_type_:
        return None
    last = max([head.i, *(c.right_edge.i for c in head.rights if c.dep_ not in _NOT_THE_PHRASE)])
    comma = last + 1
    if last == head.i or comma >= len(doc) or doc[comma].text != ",":
        return None  # a name right after the noun is apposed_name's (``son président, X``)
    start = comma + 1
    while (start < len(doc) and start - comma <= _MAX_TITLE_WORDS
           and doc[start].ent_type_ not in PERSON_LABELS and doc[start].text[:1].isupper()):
        start += 1
    if start >= len(doc) or doc[start].ent_iob_ != "B" or doc[start].ent_type_ not in PERSON_LABELS:
        return None
    end = tagged_range(doc[start])[1]  # the name's words (it opens with a B tag)
    if end < len(doc) and doc[end].text not in _SENTENCE_ENDS:
        return None
    if _other_sex(head, doc[start:end].text):
        return None  # "la mère du joueur, Paul Pogba": the player's name
    return next((t for t in doc[start:end] if t.head.i not in range(start, end)), doc[start])


def _other_sex(role: Token, name: str) -> bool:
    """Whether the role noun's gender and the name's first name disagree (``la mère``,
    ``Paul``); unknown either way, they do not."""
    role_gender, holder_gender = morph_gender(role), name_gender(name, lexicon=FRENCH)
    return None not in (role_gender, holder_gender) and role_gender != holder_gender
