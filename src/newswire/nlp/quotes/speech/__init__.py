"""Reporting cues and reported speech: whether a word is a verb of saying, the cue and
its subject, what a verb of saying says (its content clause, made whole where the
parse split it), ``according to`` / ``selon``, and reported speech with no quotation
marks in English and French.

May import ``nlp.quotes.base``, ``nlp.quotes.marked``, the lexicons, spaCy, and the
few speaker readings a cue's subject needs (``nlp.quotes.resolution``,
``nlp.quotes.roles``, ``nlp.quotes.unnamed``, ``nlp.quotes.bodies``).

The names live in the modules (each with its ``__all__``): import them from there,
``from newswire.nlp.quotes.speech.<module> import ...``; this package imports nothing, so
loading it never starts a cycle.
"""

__all__: list[str] = []
