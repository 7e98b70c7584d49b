"""What every rule for a described speaker reads: the article's resolver as a
:class:`Context`, how far back a description may reach (:data:`DESCRIPTION_WINDOW`) and the
speaker a referent names (:func:`speaker_of`).

The rules live beside it: people described by a role or an age in :mod:`.descriptions`,
sources the text does not name in :mod:`.unnamed_sources`, epithets in
:mod:`.epithet_people`, organisations in :mod:`.described_bodies`.  The resolver
(:class:`~newswire.nlp.quotes.resolution.speakers.SpeakerResolver`) is passed to them as the
``Context``, so they never import it.  Pure: spaCy tokens and the quotes package only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from spacy.tokens import Token

from newswire.models import Entity
from newswire.nlp.quotes.base.gender import Gender
from newswire.nlp.quotes.base.referent_types import Referent
from newswire.nlp.quotes.base.textmap import CharRange
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.resolution.named import NOBODY, NamedSpeakers, Speaker
from newswire.nlp.quotes.resolution.salience import Trail

__all__ = ["DESCRIPTION_WINDOW", "Context", "speaker_of"]

#: Characters back that a description ("the senator") may reach for the one it describes.
DESCRIPTION_WINDOW = 3000


class Context(Protocol):
    """What the description rules need from the article's speaker resolver."""

    lexicon: Lexicon
    named: NamedSpeakers

    def resolve(self, head: Token, depth: int = 0, said: CharRange | None = None) -> Speaker:
        """The speaker whose head word is ``head``."""

    def trail(self, token: Token) -> Trail:
        """The referents named in ``token``'s doc, in order."""

    def before(self, token: Token, window: int, wanted: Callable[[Referent], bool]
               ) -> list[Referent]:
        """The ``wanted`` referents named within ``window`` characters before ``token``."""

    def person_ref(self, token: Token, gender: Gender | None, window: int,
                   said: CharRange | None = None, other_than: str | None = None
                   ) -> Referent | None:
        """The person a pronoun of ``gender`` at ``token`` would point back to."""

    def office(self, head: Token) -> Entity | None:
        """The office (an organisation the entities stage found) ``head`` names, if any."""


def speaker_of(ref: Referent | None) -> Speaker:
    """The speaker a referent names (nobody for none)."""
    return Speaker(ref.name, ref.entity_id, ref.kind) if ref is not None else NOBODY
