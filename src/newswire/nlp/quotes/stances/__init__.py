"""Attitudes and refusals: what a source is said to think, want, support or find
(verbs, adjectives of a state of mind, nouns with a holder), the writer's hedges,
whether an attitude is held, passives naming their source, refusals to speak in
English and French, and French ``Pour X,`` views.

May import ``nlp.quotes.base``, ``nlp.quotes.speech``, ``nlp.quotes.marked``,
``nlp.quotes.unnamed`` (a finding's noun), ``newswire.models``, the lexicons and
spaCy.

The names live in the modules (each with its ``__all__``): import them from there,
``from newswire.nlp.quotes.stances.<module> import ...``; this package imports nothing, so
loading it never starts a cycle.
"""

__all__: list[str] = []
