"""Quotation marks and the quotes they mark: which characters are marks and how each
language pairs them, the quoted stretches found from marks alone, an article's quoting
style, and how a marked quote is attributed (its cue after, before, across a colon or
a byline, a cue-less quote's governing clause, continuation quotes, French incises).

May import ``nlp.quotes.base``, ``nlp.quotes.speech`` (cues), the lexicons, spaCy,
and the few readings a marked quote's attribution asks of other groups: which word may
head a speaker (``resolution.speaker_heads``), whether a French noun names a person
(``resolution.person_nouns_fr``), a headline's claim (``layouts``), a
document's finding and a ``Pour X,`` view (``stances``), a source's phrase
(``unnamed.phrases``) and whether it asked not to be named (``unnamed.anonymous_fr``).

The names live in the modules (each with its ``__all__``): import them from there,
``from newswire.nlp.quotes.marked.<module> import ...``; this package imports nothing, so
loading it never starts a cycle.
"""

__all__: list[str] = []
