"""Unnamed sources: the phrase that names a source (``officials``, ``a new poll``,
``Une source à Matignon``) and where it ends, one person of a group, counted members,
shares of those polled, ``who`` clauses, and the words a source's noun points on to.

May import ``nlp.quotes.base``, ``nlp.quotes.resolution``, ``nlp.quotes.roles``,
``nlp.quotes.bodies``, ``nlp.quotes.speech`` (``saying``), ``nlp.quotes.stances`` (a
finding's ``held``), the lexicons and spaCy.

The names live in the modules (each with its ``__all__``): import them from there,
``from newswire.nlp.quotes.unnamed.<module> import ...``; this package imports nothing, so
loading it never starts a cycle.
"""

__all__: list[str] = []
