"""Whom a subject stands for at its place, so that a later pronoun or description reaches
it there: ``he``/``she`` the person it points back to, ``the ministry`` the organisation
named before (``The Ministry of Health``), ``the partner`` or a person's ``who`` the one
named before, a French unnamed person (:mod:`~newswire.nlp.quotes.resolution.stand_ins_fr`).

Moved out of :class:`~newswire.nlp.quotes.resolution.speakers.SpeakerResolver`, which hands itself
in
as the :class:`Resolver` here.  May import the referent and speaker records and the rules it
chooses between; never ``speakers`` (it imports this one).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from spacy.tokens import Token

from newswire.nlp.quotes.base.gender import Gender, pronoun_gender
from newswire.nlp.quotes.base.noun_articles import has_definite_article
from newswire.nlp.quotes.base.referent_types import Referent
from newswire.nlp.quotes.bodies.orgsorts import wanted_sort
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.resolution.named import Speaker
from newswire.nlp.quotes.resolution.referents import is_individual
from newswire.nlp.quotes.resolution.salience import stand_in
from newswire.nlp.quotes.resolution.stand_ins_fr import anonymous_one, french_stand_in
from newswire.nlp.quotes.roles.description_context import DESCRIPTION_WINDOW
from newswire.nlp.quotes.unnamed.phrases import phrase_kind

__all__ = ["Resolver", "subject_stand_in"]


class Resolver(Protocol):
    """What a stand-in needs from the article's speaker resolver."""

    lexicon: Lexicon

    def resolve(self, head: Token) -> Speaker:
        """The speaker whose head word is ``head``."""

    def before(self, token: Token, window: int, wanted: Callable[[Referent], bool]
               ) -> list[Referent]:
        """The ``wanted`` referents named within ``window`` characters before ``token``."""

    def person_ref(self, token: Token, gender: Gender | None, *, unnamed: bool = False
                   ) -> Referent | None:
        """The person a pronoun of ``gender`` at ``token`` would point back to."""


def subject_stand_in(ctx: Resolver, subject: Token) -> Referent | None:
    """Whom a subject ``he``/``she``, ``the partner`` or a person's ``who`` stands for, at
    its place."""
    if subject.lower_ in ctx.lexicon.person_pronouns:
        gender = pronoun_gender(subject.lower_, ctx.lexicon)
        # "qui a requis l'anonymat parce qu'il ...": the one who asked
        anonymous = anonymous_one(subject, ctx.resolve) if ctx.lexicon is FRENCH else None
        antecedent = anonymous or ctx.person_ref(subject, gender, unnamed=True)
        return anonymous or (stand_in(subject, antecedent, gender)
                             if antecedent is not None else None)
    if _describes_org(ctx, subject):
        return _named_org(ctx, subject)
    if ctx.lexicon is FRENCH:  # "Une ancienne aide-soignante ... a-t-elle ajouté"
        return french_stand_in(subject, ctx.resolve, ctx.before)
    who = subject.lower_ == "who"  # "Reem Al-Enezi, 24, who works at the site. She said"
    if not (who or is_individual(subject, ctx.lexicon)):
        return None
    speaker = ctx.resolve(subject)
    if speaker.name is None or (who and speaker.kind != "person"):
        return None
    earlier = ctx.before(subject, DESCRIPTION_WINDOW, lambda r: r.name == speaker.name)
    return stand_in(subject, earlier[-1]) if earlier else None


def _describes_org(ctx: Resolver, subject: Token) -> bool:
    """``The ministry said`` after ``The Ministry of Health``: a definite noun for an
    organisation of some sort (not ``the group``, which may be anyone's), which a later
    ``it``/``they`` must reach as the organisation it names, not as its bare phrase.  One
    with words after it that say which (``the trade group for the Blue Cross Blue Shield
    plans``) brings in an organisation of its own."""
    return subject.pos_ == "NOUN" and phrase_kind(subject, ctx.lexicon) == "organization" \
        and wanted_sort(subject) is not None \
        and has_definite_article(subject, ctx.lexicon) \
        and not any(not c.is_punct for c in subject.rights)


def _named_org(ctx: Resolver, subject: Token) -> Referent | None:
    """The named organisation (an entity of the article) a description stands for."""
    entity_id = ctx.resolve(subject).entity_id
    earlier = ctx.before(subject, DESCRIPTION_WINDOW, lambda r: (
        entity_id is not None and r.entity_id == entity_id))
    return stand_in(subject, earlier[-1]) if earlier else None
