"""The records and readings every quote rule shares: the parse labels named once, the
text map (character/token bookkeeping and the attribution record), the parse read as
word arrays, the token ranges of mentions, articles, grammatical gender, what a
referent is, a doc's sentence starts found once and answers kept per doc.

May import spaCy, ``newswire.models``, ``nlp.entities`` (first names, titles, for
gender; the pilgrim's honorific before a name, ``french.pilgrims_fr``), the lexicons
(``nlp.quotes.lexicon*``) and, for the text map's own reading of marks and cues,
``nlp.quotes.marked.marks`` and ``nlp.quotes.speech`` (``saying``, ``cues``); nothing
that resolves speakers.

The names live in the modules (each with its ``__all__``): import them from there,
``from newswire.nlp.quotes.base.<module> import ...``; this package imports nothing, so
loading it never starts a cycle.
"""

__all__: list[str] = []
