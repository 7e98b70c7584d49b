"""Titles and roles around a person's name: the roles that move into ``Entity.role``
and where they sit (``titles``), people named after a title (``titled``), names that
are a person's by an honorific or post-nominal letters (``honoured``: ``Ms
Holloway``, ``Rhodri Gwynne MS``), a person's noun in lower case before a name
(``false_titles``: ``rice grower Leanne Pappas``), a describing word the model
took into the name (``descriptors``: ``Chipmaker Veltrix``), a name written right after an
office and its portfolio (``portfolio_holders``: ``Minister for Tourism and Civil Aviation
Viliame Naupoto-Ravula said``) and a member's letters after a name that the model read as a
body or ran into the name (``postnominals``: it drops or trims the model's letters, where
``honoured`` types a name by them).

May import ``nlp.entities.words``, ``nlp.entities.spans`` (``Mention``, ``recall``),
``nlp.entities.organisations`` (``companies``: the nouns news calls organisations
by) and ``nlp.entities.people`` (``name_pieces``: a name's word); no spaCy.

The names live in the modules (each with its ``__all__``): import them from there,
``from newswire.nlp.entities.roles.<module> import ...``; this package imports nothing, so
loading it never starts a cycle.
"""

__all__: list[str] = []
