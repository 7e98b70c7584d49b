"""Organisations: the nouns news calls them by and the words a company's name is made
of (``companies``), names the model cut (``org_names``: a union local's number, an
``and`` inside a ministry's name), acronyms an article defines (``acronyms``), clubs
named by a city and a plural nickname (``clubs``: ``Montreal Canadiens``), the
teams of sports results and standings lines (``results``) and public bodies named by
their field and their land (``land_bodies``: ``Creative Scotland``, ``Ambulance
Victoria``), names a body's officer follows (``officers``: ``Unifor national president
Lana Payne``) and bodies named in Irish, Gaelic, Welsh or Māori that the model cut at their
lower-case words (``celtic_bodies``: ``Údarás na Gaeltachta``).

May import ``nlp.entities.words``, ``nlp.entities.spans`` (``Mention``, ``recall``)
and ``nlp.entities.roles`` (``titles``; ``descriptors``: whether a word is a person's noun);
no spaCy.

The names live in the modules (each with its ``__all__``): import them from there,
``from newswire.nlp.entities.organisations.<module> import ...``; this package imports nothing, so
loading it never starts a cycle.
"""

__all__: list[str] = []
