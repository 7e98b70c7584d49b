"""Places: when the wider gazetteer (pycountry, GeoNames) overrules the model's split
vote, and the regions' abbreviations (``places``), and places the model cuts or
mistypes though their written form says what they are (``towns``: ``OAKVILLE,
Ont.``, ``Prince Albert``). One-word French places the French model reads as people
are in ``french`` (``places_fr``).

May import ``newswire.models``, ``nlp.entities.words`` (the gazetteers of
``aliases``), ``nlp.entities.spans`` (``Mention``) and ``nlp.entities.roles`` (a
title split off a name); no spaCy.

The names live in the modules (each with its ``__all__``): import them from there,
``from newswire.nlp.entities.geography.<module> import ...``; this package imports nothing, so
loading it never starts a cycle.
"""

__all__: list[str] = []
