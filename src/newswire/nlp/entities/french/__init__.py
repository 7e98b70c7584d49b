"""The French model's entity labels made into newswire's types, as a spaCy component
after ``ner`` (``labels_fr``, added by ``nlp.loading``), and the French rules it runs:
organisations' names (``orgnames_fr``), a ministry's portfolios (``portfolios_fr``),
people's names (``people_fr``), a body's name after its sort's noun
(``sorted_names_fr``), an agency before a country's name and a name after an
organisation's noun (``body_context_fr``), a name after the pilgrim's honorific ``El Hadj``
(``pilgrims_fr``), places and days read as people (``places_fr``), a MISC name that
speaks (``speaking_names_fr``); and the French words both these rules
and ``nlp.quotes.lexicon_fr`` read (``french_words``, ``speech_verbs_fr``).

May import spaCy and ``nlp.entities.words`` (first names, the alias table,
``names``); nothing of the English rules.

The names live in the modules (each with its ``__all__``): import them from there,
``from newswire.nlp.entities.french.<module> import ...``; this package imports nothing, so
loading it never starts a cycle.
"""

__all__: list[str] = []
