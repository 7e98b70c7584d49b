"""The person a transcript's title label stands for: ``Governor: That is a fair concern.``
after ``the Governor, Dr. Kwabena Owusu-Ansah, said ...`` is Kwabena Owusu-Ansah's turn.

A one-word label that names no one (a title, not a surname) is the person the article
titled so before the transcript (:func:`~.role_holders.titled`), named in full; else nobody.
A court transcript's ``THE COURT:`` is the judge named before.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.resolution.salience import Trail
from newswire.nlp.quotes.roles.role_holders import titled

__all__ = ["titled_label"]

#: Label words standing for a role of another name: a court transcript's ``THE COURT`` is
#: the judge.
_LABEL_ROLES = {"court": "judge"}


def titled_label(title: Token, trail: Trail) -> str | None:
    """The full name of the person titled ``title`` before it, else none."""
    role = _LABEL_ROLES.get(title.lower_, title.lower_)
    person = titled(title, role, trail, earlier_only=True)
    if person is None or person.kind != "person" or " " not in person.name:
        return None
    return person.name
