"""Article layouts that say who speaks by their shape: headlines and their tails,
pulled quotes, datelines, French titles with a topic label, and interviews,
transcripts and conversations printed as questions and answers (English and French,
labelled or not).

May import ``nlp.quotes.base``, ``nlp.quotes.marked``, ``nlp.quotes.speech``,
``nlp.quotes.resolution`` (a label's speaker), ``nlp.quotes.roles``, ``nlp.entities``,
the lexicons and spaCy.

The names live in the modules (each with its ``__all__``): import them from there,
``from newswire.nlp.quotes.layouts.<module> import ...``; this package imports nothing, so
loading it never starts a cycle.
"""

__all__: list[str] = []
