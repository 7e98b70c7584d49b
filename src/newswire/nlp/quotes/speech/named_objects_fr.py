"""French reported words that are only the speaker's own name: the inverted subject of a
verb of saying that the parse read as its object.

``« … », a déclaré El Hadji Moustapha Sy, porte-parole de la famille.``, ``C'est ce qu'a
annoncé son PDG, M. Paul Martin, lors d'une conférence de presse.``: French puts the subject
after the verb in an incise and after ``ce qu'a``; the parse sometimes reads that subject (a
title the model does not take into the name, ``El Hadji``, ``son PDG``) as the verb's object,
and the object reader made it the reported words (``Hadji Moustapha Sy, porte-parole de la
famille``), a junk quote that then took the name as its speaker. What is said has a verb or
a common noun of its own (``la démission de Paul Martin``, ``le départ du PDG``); a name,
with at most the titles and articles before it and a role set off after it, is who spoke.
Pure: spaCy tokens.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import PERSON_LABELS, VERB_TAGS
from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.lexicon_fr import FRENCH

__all__ = ["only_a_name"]

#: Words of a title that may open a name the model does not take into it.
_TITLE_TAGS = frozenset(("DET", "PROPN", "PUNCT"))


def only_a_name(tmap: TextMap, start: int, end: int) -> bool:
    """Whether French reported words from ``start`` to ``end`` (chars) are a person's name,
    maybe after a title (``El Hadji``, ``son PDG, M.``) and before a role set off by a
    comma (``, porte-parole de la famille``), with no verb. Its caller
    (``extract._requested``) asks it of French text only."""
    span = tmap.doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(t.pos_ in VERB_TAGS for t in span):
        return False
    first = next((t for t in span if t.ent_type_ in PERSON_LABELS), None)
    if first is None:
        return False
    before = span.doc[span.start:first.i]
    if not all(_title_word(t) for t in before):
        return False
    after = span.doc[first.i:span.end]
    name_end = next((t.i for t in after if t.ent_type_ not in PERSON_LABELS), span.end)
    return name_end == span.end or span.doc[name_end].text == ","


def _title_word(token: Token) -> bool:
    """A word of a title before a name: an article or possessive, a capitalised word
    (``El Hadji``, ``M.``), a comma, or a role noun (``son PDG``)."""
    return token.pos_ in _TITLE_TAGS or token.text[:1].isupper() \
        or token.lemma_.lower() in FRENCH.role_nouns or token.lower_ in FRENCH.honorifics
