"""Speaker resolution: who a speaker mention points to (``SpeakerResolver``), by a
person's or organisation's name as the article writes it, by the trail of who the doc
is about (referents, salience), by a pronoun or a stand-in, and which word may head a
speaker.

May import every other subpackage of ``nlp.quotes`` except ``stances`` (it gathers
the readings of names, roles, bodies and unnamed sources), ``nlp.entities``,
``nlp.loading`` (the French model's words), ``newswire.models``, the lexicons and
spaCy.

The names live in the modules (each with its ``__all__``): import them from there,
``from newswire.nlp.quotes.resolution.<module> import ...``; this package imports nothing, so
loading it never starts a cycle.
"""

__all__: list[str] = []
