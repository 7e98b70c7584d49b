"""The model's spans made mentions: the ``Mention`` record and the fields it is found
in (``mentions``), the model's spans cleaned, titles split off and retyped where the
name shows its type (``model_spans``, ``retype``: ``Surrey RCMP``, ``City of
Hamilton``), what the words around a name say of it (``cues``), text in capitals
re-cased for the model (``recase``, with the article's own spellings from ``forms``),
the recall pass for the mentions the model missed (``recall``), and the mentions the
text's own layout adds or mends (``repairs``: the dateline's place, results' teams,
given names, long places).

May import spaCy (``model_spans``, ``recase``), ``newswire.models`` and the readings
of each kind of name: ``nlp.entities.words``, ``roles``, ``organisations``,
``geography`` and ``clustering`` (``repairs`` reads a person's surnames from
``grouping``); not ``people``, ``french`` or ``cross_article``.

The names live in the modules (each with its ``__all__``): import them from there,
``from newswire.nlp.entities.spans.<module> import ...``; this package imports nothing, so
loading it never starts a cycle.
"""

__all__: list[str] = []
