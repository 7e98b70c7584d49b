"""A person's name the model cut, ran on or misread, mended from its written form: a
name of three to five words read as pieces (``name_pieces``: ``Noman Ahmed
Shaikh``), a name run over the weekday after it (``name_ends``), double-barrelled
surnames read as organisations (``doublebarrelled``), French names in English
text (``frenchnames``: Quebec's bodies named in French, hyphenated first names), and
Irish, Scottish Gaelic and Welsh surnames opening with a particle (``celtic_names``:
``Rhydian ap Gwilym``, ``Seán Mac Cormaic``, ``Ó hAodha``), and a nickname in quotation
marks inside a name (``nicknames``: ``Rogelio "Jun" Dimaculangan``).

May import ``nlp.entities.words``, ``nlp.entities.spans`` (``Mention``, ``Text``, the recall
pass's ``inside`` and ``recalled``, a role set off before a name from ``retype``),
``nlp.entities.roles`` (``titles``; ``descriptors``: the nouns only people are) and
``nlp.entities.clustering`` (a person's surnames, from ``grouping``); no spaCy.

The names live in the modules (each with its ``__all__``): import them from there,
``from newswire.nlp.entities.people.<module> import ...``; this package imports nothing, so
loading it never starts a cycle.
"""

__all__: list[str] = []
