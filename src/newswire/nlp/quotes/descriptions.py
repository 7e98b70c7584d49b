"""Speakers the text describes instead of naming: ``the senator``, ``the 46-year-old``,
``Trump’s campaign``, ``the company``, ``the retired neurosurgeon``.

Each function reads what the article named before through a :class:`Context` (the
:class:`~newswire.nlp.quotes.speakers.SpeakerResolver` of the article), so this module holds
the rules for descriptions and the resolver only dispatches to them; organisations
described, and what an owner's noun speaks as, live in :mod:`.described_bodies`.  Pure:
spaCy tokens and the quotes package only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from spacy.tokens import Token

from newswire.models import Entity
from newswire.nlp.quotes.delayed_names import named_after_lead
from newswire.nlp.quotes.epithets_fr import (
    french_epithet_gender,
    incise_told_since,
    is_french_epithet,
    own_side,
)
from newswire.nlp.quotes.gender import Gender, pronoun_gender
from newswire.nlp.quotes.gendered_epithets import epithet_gender
from newswire.nlp.quotes.kin import inverse_relative, spouse_gender
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.named import NOBODY, NamedSpeakers, Speaker
from newswire.nlp.quotes.one_person import is_person_noun, is_unnamed_person, unnamed_kind
from newswire.nlp.quotes.parse_labels import SUBJECT_DEPS
from newswire.nlp.quotes.phrases import PhraseKind, source_phrase
from newswire.nlp.quotes.positions import BENCH_TITLES, is_position
from newswire.nlp.quotes.referent_types import Referent
from newswire.nlp.quotes.role_holders import (
    lede_person,
    named_next,
    titled,
    titled_between,
    titled_later,
)
from newswire.nlp.quotes.salience import Trail
from newswire.nlp.quotes.speaker_heads import is_age
from newswire.nlp.quotes.textmap import CharRange
from newswire.nlp.quotes.who_clauses import said_of_as_who, told_apart_by_who, with_who_clause

__all__ = ["DESCRIPTION_WINDOW", "Context", "described_person", "epithet_person", "role_lemma",
           "speaker_of", "unnamed"]

#: Characters back that a description ("the senator") may reach for the one it describes.
DESCRIPTION_WINDOW = 3000
#: Words a parse may leave among a person's titles (``Secretary of State``) that name a place.
_NO_TITLES = frozenset(("state", "province", "country", "nation", "city", "town"))
#: Person nouns that never stand for someone named: ``the passerby`` is one unnamed.
_NO_EPITHETS = frozenset(("someone", "somebody", "passerby", "bystander", "stranger"))


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
        lede_person(head, ctx.trail(head), lex.indefinite) if kind == "group" else None
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
    lemma = head.lemma_.lower()
    earlier = ctx.before(head, DESCRIPTION_WINDOW, lambda r: (
        r.noun == lemma and r.kind == "group" and not r.plural))
    if not earlier or titled_between(head, lemma, earlier[-1].start, ctx.trail(head)):
        return NOBODY
    return Speaker(earlier[-1].name, None, "person")


def _role_holder(ctx: Context, head: Token, lemma: str) -> Speaker:
    """Who an unnamed role noun is: ``a judge said`` in the lead is the ``Judge Ann Lee``
    named further on; else the person the next sentence introduces; else nobody."""
    indefinite = any(c.dep_ == "det" and c.lower_ in ctx.lexicon.indefinite
                     for c in head.children)
    later = speaker_of(titled_later(head, lemma, ctx.trail(head))) if indefinite else NOBODY
    if later.name:
        return later
    return speaker_of(named_next(head, lemma, ctx.trail(head)))


def _named_before(ctx: Context, head: Token, lemma: str) -> Speaker:
    """The one named before whom a definite noun no list holds describes: titled so (``the
    retired neurosurgeon``), or an epithet's person (``the real estate developer``; ``the
    young man``, a man of those named); else nobody."""
    lex = ctx.lexicon
    if (gender := epithet_gender(head)) is not None:
        return _epithet_person(ctx, head, gender)
    if lemma in lex.male_words | lex.female_words:
        return NOBODY
    titled_one = speaker_of(titled(head, lemma, ctx.trail(head), earlier_only=True))
    if not titled_one.name and is_french_epithet(head, lex):  # "estime l’édile"
        return _epithet_person(ctx, head, french_epithet_gender(head))
    if titled_one.name or not _is_epithet(head, lex):
        return titled_one
    return _epithet_person(ctx, head)


def _is_epithet(head: Token, lex: Lexicon) -> bool:
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


def _epithet_person(ctx: Context, head: Token, gender: Gender | None = None) -> Speaker:
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
    return speaker_of((known or near)[-1]) if near else _epithet_person(ctx, head, gender)


def _bench_for_player(head: Token, person: Referent) -> bool:
    """Whether ``person`` is a coach or an official, whom a player's position (``the
    Finnish winger``) never stands for."""
    return is_position(head) and bool(person.titles & BENCH_TITLES)


def _is_subject_above(head: Token, person: Referent) -> bool:
    """Whether ``person`` is named as the subject of a clause that holds ``head``."""
    named = head.doc.char_span(person.start, person.start + 1, alignment_mode="expand")
    if named is None or named.sent != head.sent or named.start >= head.i:
        return False
    subject = named[0]
    while subject.dep_ in ("compound", "flat", "flat:name") and subject.head != subject:
        subject = subject.head  # "Corey" of "Corey Lewandowski": the name's head word
    return subject.dep_ in SUBJECT_DEPS and subject.head in head.ancestors


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
    if definite:  # "the partner" after "a partner at the firm": that unnamed one
        earlier = ctx.before(head, DESCRIPTION_WINDOW, lambda r: (
            r.noun == lemma and r.kind == "group" and not r.plural))
        if earlier and not titled_between(head, lemma, earlier[-1].start, ctx.trail(head)):
            return speaker_of(earlier[-1])
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
    near = ctx.person_ref(head, gender, DESCRIPTION_WINDOW)
    if near is not None and near.titles & lex.role_nouns and not is_age(head):
        # "Governor Ruth Ames ... the Vermont senator": not one of another office
        near = titled(head, lemma, ctx.trail(head), by_place=False) or near
    return speaker_of(near)
