"""What a name's own words say, from plain strings and the shipped tables: a name
trimmed and normalised, with its small tests (a date, a time zone, a company's legal
form, a particle: ``names``), how English usually cases a word (``casing``), first
names by the gender they carry (English and francophone; Irish, Scottish Gaelic and
Welsh ones in ``celtic_first_names``), the alias table and the
gazetteers (``aliases``), the words that say a name's type (``namewords``: a
club's, an event's, a facility's, a body's), and the French nouns of a body's sort
before its name (``body_sorts_fr``: ``l'institut GfK``).

May import ``newswire.models`` and, for ``namewords``, a club's nickname and a
company's last words (``organisations.clubs``, ``organisations.companies``); never
spaCy: the cross-article registry reads ``names`` and ``casing`` and imports without
it.

The names live in the modules (each with its ``__all__``): import them from there,
``from newswire.nlp.entities.words.<module> import ...``; this package imports nothing, so
loading it never starts a cycle.
"""

__all__: list[str] = []
