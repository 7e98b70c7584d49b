"""The person an epithet stands for: ``the self-described democratic socialist``, ``the
Finnish winger``, ``the young man``, ``estime l’édile``, ``le Béthunois``.

A writer names a person once, then calls them by what they are: the epithet is the person
named just before whom a pronoun would take, never the named subject of the clause that
holds it, and a player's position never stands for a coach.  Which nouns are epithets is
read here for English (:func:`is_epithet`), in :mod:`.epithets_fr` for French and in
:mod:`.gendered_epithets` for man and woman words; :mod:`.unnamed_sources` asks.  Pure:
spaCy tokens and the quotes package only.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.gender import Gender
from newswire.nlp.quotes.base.mention_spans import word_at
from newswire.nlp.quotes.base.parse_labels import SUBJECT_DEPS
from newswire.nlp.quotes.base.referent_types import Referent
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.resolution.named import Speaker
from newswire.nlp.quotes.roles.description_context import DESCRIPTION_WINDOW, Context, speaker_of
from newswire.nlp.quotes.roles.epithets_fr import incise_told_since, own_side
from newswire.nlp.quotes.roles.positions import BENCH_TITLES, is_position
from newswire.nlp.quotes.unnamed.one_person import is_person_noun

__all__ = ["epithet_antecedent", "epithet_person", "is_epithet"]

#: Person nouns that never stand for someone named: ``the passerby`` is one unnamed.
_NO_EPITHETS = frozenset(("someone", "somebody", "passerby", "bystander", "stranger"))


def is_epithet(head: Token, lex: Lexicon) -> bool:
    """``the real estate developer``, ``the self-described democratic socialist``: a singular
    noun for one who does something (no man or woman word, no ``someone``) with words that
    characterise whom, which a writer uses for a person named before instead of the name; a
    bare ``the moderator``, ``the narrator``, ``the organizer`` is a role in the event told,
    often held by nobody named."""
    lemma = head.lemma_.lower()
    if lex is ENGLISH and head.tag_ == "NN" and is_position(head):
        return True  # "the Finnish winger", "the centre-half": a player named before
    return head.tag_ == "NN" and len(lemma) > 6 and is_person_noun(head, lex) \
        and lemma not in lex.male_words | lex.female_words | _NO_EPITHETS \
        and any(c.dep_ in ("amod", "compound") for c in head.lefts)


def epithet_antecedent(ctx: Context, head: Token, gender: Gender | None = None) -> Speaker:
    """The person an epithet stands for: the one a pronoun would take, but never the named
    subject of the clause that holds it (``Clinton leads Sanders ..., but the
    self-described democratic socialist has vowed``: Sanders; ``Trump campaign manager Corey
    Lewandowski rejected the idea that the billionaire real estate developer``: Trump)."""
    near = ctx.person_ref(head, gender, DESCRIPTION_WINDOW)
    if near is not None and (_is_subject_above(head, near) or _bench_for_player(head, near)):
        near = ctx.person_ref(head, gender, DESCRIPTION_WINDOW, other_than=near.name)
    return speaker_of(near)


def epithet_person(ctx: Context, head: Token) -> Speaker:
    """The person a French epithet the tagger took for a name stands for (``le Béthunois``:
    :func:`.epithets_fr.is_demonym_epithet`), of its article's gender; else nobody."""
    article = head.doc[head.i - 1].lower_ if head.i else ""
    gender: Gender | None = "f" if article == "la" else "m" if article == "le" else None
    since = incise_told_since(head)  # "par Mbuyi, défenseur central. "...", rigolait le
    near = own_side(head, ctx.before(head, head.idx - since, lambda r: (  # Bruxellois": any role
        r.kind == "person" and r.gender in (None, gender) and r.start >= since)))
    known = [r for r in near if r.gender is not None]  # a first name's: not "RC Artois"
    return speaker_of((known or near)[-1]) if near else epithet_antecedent(ctx, head, gender)


def _bench_for_player(head: Token, person: Referent) -> bool:
    """Whether ``person`` is a coach or an official, whom a player's position (``the
    Finnish winger``) never stands for."""
    return is_position(head) and bool(person.titles & BENCH_TITLES)


def _is_subject_above(head: Token, person: Referent) -> bool:
    """Whether ``person`` is named as the subject of a clause that holds ``head``."""
    subject = word_at(head.doc, person.start)
    if subject is None or subject.sent != head.sent or subject.i >= head.i:
        return False
    while subject.dep_ in ("compound", "flat", "flat:name") and subject.head != subject:
        subject = subject.head  # "Corey" of "Corey Lewandowski": the name's head word
    return subject.dep_ in SUBJECT_DEPS and subject.head in head.ancestors
