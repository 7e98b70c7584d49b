"""Organisations and documents as speakers: which organisation a description names,
bodies described or named by kind, place, state or department, names that are words
or lists, acronyms, short and delayed names, the French impersonal ``on``, and
documents (their makers, names, quoted titles, issuers).

May import ``nlp.quotes.base``, ``nlp.quotes.resolution``, ``nlp.quotes.roles``,
``nlp.quotes.unnamed``, ``nlp.quotes.speech``, ``nlp.entities``, the lexicons and
spaCy.

The names live in the modules (each with its ``__all__``): import them from there,
``from newswire.nlp.quotes.bodies.<module> import ...``; this package imports nothing, so
loading it never starts a cycle.
"""

__all__: list[str] = []
