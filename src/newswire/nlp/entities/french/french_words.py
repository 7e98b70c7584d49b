"""French function words that both the entity rules and the quotes stage read.

``de`` and its forms, and the singular definite articles, open the parts of a French name
(``ministère de l'Agriculture``, ``Pour la FDSEA``) and the phrases the quotes stage reads
(:mod:`newswire.nlp.quotes.lexicon_fr` exports them as before). Kept here, since
``nlp.entities`` never imports ``nlp.quotes``.
"""

from __future__ import annotations

__all__ = ["DE", "THE_SINGULAR"]

#: ``de`` and its forms (elided, with the article): what a noun belongs to or is counted
#: of (``centaines d'agriculteurs``, ``le lancement d'un programme``).
DE = frozenset(("de", "du", "des", "d’", "d'"))
#: The singular definite articles: a headline's title keeps one (``assure la première
#: ministre``), and a role after one may stand in for the person named before.
THE_SINGULAR = frozenset(("le", "la", "l'", "l’"))
