"""Sources the text does not name where they speak: ``the retired neurosurgeon``, ``a judge
said``, ``a top Trump adviser says``, ``the official said``, ``people who have battled
online threats``.

:func:`unnamed` tries, in order, the one named before that a definite noun no list holds
describes (titled so, or an epithet's person: :mod:`.epithet_people`), the holder of a role
noun named further on or next, the one unnamed person brought in before with that noun, the
person or organisation a delayed lede names next, and else the phrase itself (with a ``who``
clause that says which).  Pure: spaCy tokens and the quotes package only.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.noun_articles import has_indefinite_article
from newswire.nlp.quotes.base.referent_types import Referent
from newswire.nlp.quotes.bodies.delayed_names import named_after_lead
from newswire.nlp.quotes.resolution.named import NOBODY, Speaker
from newswire.nlp.quotes.roles.description_context import DESCRIPTION_WINDOW, Context, speaker_of
from newswire.nlp.quotes.roles.epithet_people import epithet_antecedent, is_epithet
from newswire.nlp.quotes.roles.epithets_fr import french_epithet_gender, is_french_epithet
from newswire.nlp.quotes.roles.gendered_epithets import epithet_gender
from newswire.nlp.quotes.roles.role_holders import (
    lede_person,
    named_next,
    titled,
    titled_between,
    titled_later,
)
from newswire.nlp.quotes.unnamed.one_person import is_unnamed_person, unnamed_kind
from newswire.nlp.quotes.unnamed.phrases import PhraseKind, source_phrase
from newswire.nlp.quotes.unnamed.who_clauses import (
    said_of_as_who,
    told_apart_by_who,
    with_who_clause,
)

__all__ = ["unnamed", "unnamed_one_before"]

#: Words a parse may leave among a person's titles (``Secretary of State``) that name a place.
_NO_TITLES = frozenset(("state", "province", "country", "nation", "city", "town"))


def unnamed(ctx: Context, head: Token, kind: PhraseKind | None, *, definite: bool = False,
            own_words: bool = True) -> Speaker:
    """A source the text does not name here: ``the retired neurosurgeon``, a noun no
    list holds, is the one titled so before; ``a top Trump adviser says`` the person the
    next sentence introduces, if any; else its phrase, with a ``who`` clause that says which
    (``people who have battled online threats``) unless ``own_words`` is off."""
    lemma = head.lemma_.lower()
    lex = ctx.lexicon
    if definite and kind is None and head.pos_ == "NOUN" and lemma not in _NO_TITLES \
            and (before := _named_before(ctx, head, lemma)).name:
        return before
    if lemma in lex.role_nouns and head.tag_ == "NN" \
            and (holder := _role_holder(ctx, head, lemma)).name:
        return holder
    if kind is None and (is_unnamed_person(head, lex) or said_of_as_who(head)):
        kind = "group"  # "the man", "one commenter": an unnamed person, by its phrase
    if not kind:
        return NOBODY
    if definite and kind == "group" and (earlier := _one_unnamed_before(ctx, head)).name:
        return earlier
    # The delayed lede: "A Toronto company ... says" the company named next; "A retired
    # schoolteacher ... told" the person named next.
    lede = named_after_lead(head, ctx.trail(head)) if kind == "organization" else \
        lede_person(head, ctx.trail(head), lex) if kind == "group" else None
    if lede:
        return speaker_of(lede)
    phrase = source_phrase(head, kind, lex)
    speaker_kind = unnamed_kind(head, kind, lex)  # "a council spokesperson": one person
    # Reached from a "who" that speaks, the clause is the quote's: "the official who spoke".
    # One person whose phrase already says more than a noun is named without the clause ("A
    # longtime Liberal organizer who has worked on ...": "longtime Liberal organizer"); a bare
    # noun ("A man who lives nearby"), a group ("people who have battled ...") and one the
    # clause alone tells from another of its noun ("A senior official who ...") keep it.
    described = own_words and (speaker_kind != "person" or " " not in phrase
                               or told_apart_by_who(head))
    return Speaker(with_who_clause(head, phrase) if described else phrase, None, speaker_kind)


def _one_unnamed_before(ctx: Context, head: Token) -> Speaker:
    """``the official said`` after ``A senior defense official ... said``: the one unnamed
    person brought in before with that noun, by the fuller phrase; else nobody.  Only where
    the lexicon says so (``recalls_unnamed_ones``: English)."""
    if not ctx.lexicon.recalls_unnamed_ones or head.tag_ != "NN" \
            or unnamed_kind(head, "group", ctx.lexicon) != "person":
        return NOBODY
    earlier = unnamed_one_before(ctx, head, head.lemma_.lower())
    return NOBODY if earlier is None else Speaker(earlier.name, None, "person")


def unnamed_one_before(ctx: Context, head: Token, lemma: str) -> Referent | None:
    """The last one brought in unnamed with the noun ``lemma`` (``a partner at the firm``)
    within a description's reach of ``head``, unless one titled so is named after it; else
    None.  Read for ``the official`` here and for ``the partner`` by :mod:`.descriptions`."""
    earlier = ctx.before(head, DESCRIPTION_WINDOW, lambda r: (
        r.noun == lemma and r.kind == "group" and not r.plural))
    if not earlier or titled_between(head, lemma, earlier[-1].start, ctx.trail(head)):
        return None
    return earlier[-1]


def _role_holder(ctx: Context, head: Token, lemma: str) -> Speaker:
    """Who an unnamed role noun is: ``a judge said`` in the lead is the ``Judge Ann Lee``
    named further on; else the person the next sentence introduces; else nobody."""
    later = speaker_of(titled_later(head, lemma, ctx.trail(head))) \
        if has_indefinite_article(head, ctx.lexicon) else NOBODY
    if later.name:
        return later
    return speaker_of(named_next(head, lemma, ctx.trail(head)))


def _named_before(ctx: Context, head: Token, lemma: str) -> Speaker:
    """The one named before whom a definite noun no list holds describes: titled so (``the
    retired neurosurgeon``), or an epithet's person (``the real estate developer``; ``the
    young man``, a man of those named); else nobody."""
    lex = ctx.lexicon
    if (gender := epithet_gender(head)) is not None:
        return epithet_antecedent(ctx, head, gender)
    if lemma in lex.male_words | lex.female_words:
        return NOBODY
    titled_one = speaker_of(titled(head, lemma, ctx.trail(head), earlier_only=True))
    if not titled_one.name and is_french_epithet(head, lex):  # "estime l’édile"
        return epithet_antecedent(ctx, head, french_epithet_gender(head))
    if titled_one.name or not is_epithet(head, lex):
        return titled_one
    return epithet_antecedent(ctx, head)
