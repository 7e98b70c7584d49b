"""Role words the tagger took for names: ``the Vermont Democrat`` is a description of a
person, not the name ``Democrat``; so is ``Counsel for Corrib Diagnostics`` opening a
sentence (the tagger reads the capital as a name's), whose holder a name set off after it
may give (``Counsel for Corrib Diagnostics, Aoife Brennan SC, told the court``)."""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.roles.bare_court_roles import is_bare_court_role

__all__ = ["is_capitalised_role"]


def is_capitalised_role(head: Token, lexicon: Lexicon = ENGLISH) -> bool:
    """A definite singular role word the tagger took for a name (``the Vermont Democrat``),
    or one opening its sentence with the office it holds (``Counsel for the HSE``) or bare
    (``Counsel said``: :mod:`.bare_court_roles`)."""
    if head.pos_ != "PROPN" or head.tag_ != "NNP" or head.lemma_.lower() not in \
            lexicon.role_nouns:
        return False
    if is_bare_court_role(head, lexicon) and head.is_sent_start and not head.ent_type_:
        return True  # "Counsel said Mr Mulvihill had ...": the counsel named before
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or (
        bool(head.is_sent_start) and not head.ent_type_ and any(
            c.dep_ == "prep" and c.lower_ in ("for", "of") for c in head.children))
