"""One article's mentions grouped into entities: mentions joined by normalised text,
the alias table, acronyms and surnames (``grouping``), and each entity's name and
type, the model's vote overruled by what the name's words say (``clusters``).

May import ``newswire.models``, ``nlp.entities.words``, ``nlp.entities.spans``
(``Mention``), ``nlp.entities.geography`` (``places``; ``towns``: the towns local bodies
are named after), ``nlp.entities.organisations`` (``clubs``, ``land_bodies``) and
``nlp.entities.people`` (``doublebarrelled``); no spaCy.

The names live in the modules (each with its ``__all__``): import them from there,
``from newswire.nlp.entities.clustering.<module> import ...``; this package imports nothing, so
loading it never starts a cycle.
"""

__all__: list[str] = []
