"""People described instead of named: by a role or an office and its holder (``the
senator``, ``The director of ..., Jane Doe,``), an apposition, an epithet (English and
French), a relative, a player's position, or the deck's and lede's roles.

May import ``nlp.quotes.base``, ``nlp.quotes.resolution``, ``nlp.quotes.unnamed``,
``nlp.quotes.bodies``, ``nlp.quotes.fr_parse`` (where an incise opens),
``nlp.entities``, ``nlp.doc_texts``, the lexicons and spaCy.

The names live in the modules (each with its ``__all__``): import them from there,
``from newswire.nlp.quotes.roles.<module> import ...``; this package imports nothing, so
loading it never starts a cycle.
"""

__all__: list[str] = []
