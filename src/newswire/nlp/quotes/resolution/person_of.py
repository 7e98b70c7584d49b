"""``Irene Nattel of RBC Dominion Securities said``: the person, not the organisation, speaks.

The English parser often reads ``<person> of <organisation> said`` as one noun phrase headed
on the organisation's last word: ``Securities`` becomes the subject and ``Nattel`` its
``nmod`` with the ``of`` hung on it. Read that way, the organisation would speak. A person
name hung so on the subject, with its own ``of`` phrase, is the speaker the text means.

Letters after a name head it the same way: ``Judge Helen Price KC said`` makes ``KC`` the
subject (the model reads it as an organisation) and the name its compound.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.entities.roles.titles import POST_NOMINALS

__all__ = ["person_of_subject"]


def person_of_subject(head: Token) -> Token | None:
    """The person ``head`` was misparsed under (``Nattel`` for ``Securities``, ``Price`` for
    ``KC`` above), if any."""
    if head.text in POST_NOMINALS:
        name = [c for c in head.lefts if c.dep_ == "compound"]
        if name and name[-1].i == head.i - 1 and name[-1].pos_ == "PROPN":
            return name[-1]
    for child in head.lefts:
        if child.dep_ == "nmod" and child.ent_type_ == "PERSON" and head.ent_type_ != "PERSON" \
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in child.rights):
            return child
    return None
