"""The French model's parse, repaired: the spaCy components before it (typography,
hyphenated words, sentence starts) and after it (``parse_fr``: an inverted cue's
pronoun is its subject), and the repairs ``parse_fr`` runs (incises, asides, ``que``
clauses, verbs of saying the parse did not read as the verb, subjects it lost).

May import ``nlp.quotes.base``, the lexicons, spaCy, and for the few words other groups
define: ``nlp.quotes.unnamed`` (``one_of_fr``, ``phrase_ends_fr``) and which word may
head a speaker (``resolution.speaker_heads``); nothing that resolves speakers.

The names live in the modules (each with its ``__all__``): import them from there,
``from newswire.nlp.quotes.fr_parse.<module> import ...``; this package imports nothing, so
loading it never starts a cycle.
"""

__all__: list[str] = []
