"""People the text describes by a role, an age or a relative instead of naming them: ``the
senator``, ``the Vermont senator``, ``the 46-year-old``, ``Her father``, ``Her husband``.

:func:`described_person` finds the person the description names through a
:class:`~.description_context.Context` (the article's speaker resolver), so this module holds
the rules and the resolver only dispatches to them.  Its siblings: sources the text does not
name (:mod:`.unnamed_sources`), epithets (:mod:`.epithet_people`), organisations described
and what an owner's noun speaks as (:mod:`.described_bodies`); what they all read is in
:mod:`.description_context`.  Pure: spaCy tokens and the quotes package only.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.gender import pronoun_gender
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.resolution.named import NOBODY, Speaker
from newswire.nlp.quotes.resolution.speaker_heads import is_age
from newswire.nlp.quotes.roles.bare_named_fr import named_bare, named_holder
from newswire.nlp.quotes.roles.description_context import DESCRIPTION_WINDOW, Context, speaker_of
from newswire.nlp.quotes.roles.kin import inverse_relative, spouse_gender
from newswire.nlp.quotes.roles.role_holders import named_next, titled
from newswire.nlp.quotes.roles.unheld_offices_fr import article_gender, holds_elsewhere
from newswire.nlp.quotes.unnamed.one_person import unnamed_kind
from newswire.nlp.quotes.unnamed.phrases import source_phrase
from newswire.nlp.quotes.unnamed.unnamed_sources import unnamed_one_before

__all__ = ["described_person", "role_lemma"]


def role_lemma(head: Token, lexicon: Lexicon) -> str:
    """The lemma of a role a hyphen joins to the word before it, whole: ``front-runner``
    (three tokens, the head ``runner``); else the head's own lemma (``ex-wife``: ``wife``)."""
    doc = head.doc
    lemma = head.lemma_.lower()
    if head.i > 1 and doc[head.i - 1].text == "-" and not doc[head.i - 1].whitespace_ \
            and not doc[head.i - 2].whitespace_:
        whole = f"{doc[head.i - 2].lower_}-{lemma}"
        return whole if whole in lexicon.role_nouns else lemma
    return lemma


def described_person(ctx: Context, head: Token, *, definite: bool,
                     owner: Token | None = None) -> Speaker:
    """``the senator``: the person titled so; ``the 46-year-old``: the one last named;
    ``Her father`` after ``Kowalchuk's daughter, Brooke``: Kowalchuk (:mod:`.kin`)."""
    lemma = head.lemma_.lower()
    relative = inverse_relative(head, owner, ctx.lexicon) if owner is not None else None
    if relative is not None and (parent := ctx.resolve(relative)).kind == "person":
        return parent
    if owner is not None and (spouse := _namesake_spouse(ctx, head, owner)).name:
        return spouse
    if not is_age(head):
        found = _titled_or_office(ctx, head, lemma, definite=definite)
        if found.name:
            return found
    if definite or is_age(head):
        before = _last_person(ctx, head, lemma)
        if before.name:
            return before
    introduced = speaker_of(named_next(head, lemma, ctx.trail(head)))
    if introduced.name:
        return introduced
    # Nobody named holds the role: the description names an unnamed person.
    return Speaker(source_phrase(head, "group", ctx.lexicon), None,
                   unnamed_kind(head, "group", ctx.lexicon))


def _namesake_spouse(ctx: Context, head: Token, owner: Token) -> Speaker:
    """``Her husband said`` after ``Mark Doyle and his wife, Susan Doyle``: the one other
    person of the article with the owner's surname and the spouse's gender."""
    spouse, gender = spouse_gender(head)
    partner = ctx.resolve(owner) if spouse else NOBODY
    if partner.kind != "person" or partner.name is None or " " not in partner.name:
        return NOBODY
    surname = partner.name.split()[-1]
    found = {r.name: r for r in ctx.before(head, DESCRIPTION_WINDOW, lambda r: (
        r.kind == "person" and r.name != partner.name and " " in r.name
        and r.name.split()[-1] == surname and (gender is None or r.gender == gender)))}
    return speaker_of(next(iter(found.values()))) if len(found) == 1 else NOBODY


def _titled_or_office(ctx: Context, head: Token, lemma: str, *, definite: bool) -> Speaker:
    titled_one = speaker_of(titled(head, lemma, ctx.trail(head)))
    if definite and (earlier := unnamed_one_before(ctx, head, lemma)) is not None:
        if ctx.lexicon is FRENCH and (holder := named_holder(ctx, head, earlier)).name:
            return holder  # "le ministre" after "Le ministre de l'Intérieur", Arzel's
        return speaker_of(earlier)  # "the partner" after "a partner at the firm": that one
    if titled_one.name:
        return titled_one
    office = ctx.office(head)
    if office is not None:  # "the Parliamentary Budget Officer": held by nobody named
        return ctx.named.entity_speaker(office, head)
    return NOBODY


def _last_person(ctx: Context, head: Token, lemma: str) -> Speaker:
    lex = ctx.lexicon
    gender = pronoun_gender("she" if lemma in lex.female_words else
                            "he" if lemma in lex.male_words else "", lex)
    french = lex is FRENCH and not is_age(head)
    if french:  # "Le préfet" after "Clémence": not hers (:mod:`.unheld_offices_fr`)
        gender = gender or article_gender(head)
    near = ctx.person_ref(head, gender, DESCRIPTION_WINDOW)
    if french and near is not None and holds_elsewhere(head, near.titles) \
            and not named_bare(ctx, head, near):  # "Emmanuel Macron a reçu …": his epithet
        return NOBODY  # "Le maire de Toulouse" after a councillor: an office of its own
    if near is not None and near.titles & lex.role_nouns and not is_age(head):
        # "Governor Ruth Ames ... the Vermont senator": not one of another office
        near = titled(head, lemma, ctx.trail(head), by_place=False) or near
    return speaker_of(near)
