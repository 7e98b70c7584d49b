"""Who a name is across articles: the registry (one record per ``entity_id``, pure
functions over JSON-able dicts that the stream keeps in a Faust table and the CLI and
the worker's ``/entities/top`` read) and its records read as identities
(``identity``: one name one type, partial names, ``Knowledge`` for the next article).

May import ``newswire.models`` and ``nlp.entities.words`` (``names``, ``casing``)
only: never spaCy (``tests/test_package.py`` pins that the registry loads without
it).

The names live in the modules (each with its ``__all__``): import them from there,
``from newswire.nlp.entities.cross_article.<module> import ...``; this package imports nothing, so
loading it never starts a cycle.
"""

__all__: list[str] = []
