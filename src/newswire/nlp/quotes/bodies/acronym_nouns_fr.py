"""French acronyms the model tags as common nouns: ``Dans son courrier, l'ARS évoque ...``.

``fr_core_news_sm`` often reads an acronym after an elided article (``l'ARS``, ``l'ONM``) as
a common noun with no entity; such a word is a body's name all the same (an acronym is never
a common noun of the language), unless it is a role (``le PDG``, ``le DG``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.resolution.letter_names import is_acronym

__all__ = ["is_acronym_noun"]

#: French acronyms of a role, not a body: ``le PDG affirme``.
_ROLE_ACRONYMS = frozenset(("pdg", "dg", "dga", "drh", "ceo", "daf", "dsi"))


def is_acronym_noun(head: Token, lexicon: Lexicon) -> bool:
    """Whether ``head`` is an acronym naming a body, whatever its tag (French only)."""
    return lexicon is FRENCH and is_acronym(head.text) \
        and head.lower_ not in lexicon.role_nouns and head.lower_ not in _ROLE_ACRONYMS
