"""Whom a French unnamed one stands for on the trail, so the next ``il``/``elle`` finds it.

The English trail lets an unnamed person who is a subject (``a partner at the firm said``)
stand in for the phrase it resolves to; it asks for the English tag ``NN``, which the French
model never gives (every noun is ``NOUN``). So in French ``Une ancienne aide-soignante ... a
accepté de témoigner. « ... », a-t-elle glissé`` or ``Un autre acheteur ... a affirmé. « ...
», a-t-il souligné`` left the pronoun to a person named earlier.

Here a French singular subject introduced by ``un``/``une`` that says something (the verb,
or the infinitive it takes, is a verb of saying: not ``Un homme de 71 ans est mort``), or a
noun for a doer whose sentence a quotation follows in the same paragraph (``un ingénieur ...
se montre peu surpris. « ... », glisse-t-il``: the writer brings in whose words follow), and
resolves to one unnamed person joins the trail as a person named by that phrase, of the
gender its determiner says; so does one whose ``qui`` aside the parse made the sentence's
verb (``Un restaurateur de Deshaies, qui souhaite rester anonyme, explique ...``), when the
clause goes on to say something. A definite role (``Le maire a répondu ... Il a indiqué``) stands
in only for the person titled so before, whose gender is known and agrees with ``le``/``la``,
and only when no name stands in its own words (``le sénateur de la Sarthe Philippe
Vaugirard`` is that name's): measured on tuning, any definite noun took pronouns from the
person apposed after it (``l'enquêteur ..., l'adjudant-chef Sébastien Vuillaume``).  Pure:
spaCy tokens and the quotes package.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newswire.nlp.quotes.base.gender import (
    FRENCH_DEFINITE_GENDERS,
    FRENCH_INDEFINITE_GENDERS,
    morph_gender,
)
from newswire.nlp.quotes.base.parse_labels import PERSON_LABELS
from newswire.nlp.quotes.base.referent_types import Referent
from newswire.nlp.quotes.fr_parse.incise_openings_fr import OPENING_MARKS
from newswire.nlp.quotes.lexicon_fr import FRENCH, THE_SINGULAR
from newswire.nlp.quotes.resolution.named import Speaker
from newswire.nlp.quotes.resolution.person_nouns_fr import names_a_person
from newswire.nlp.quotes.resolution.referents import is_main_subject
from newswire.nlp.quotes.resolution.salience import stand_in
from newswire.nlp.quotes.roles.kin_fr import is_someones_kin
from newswire.nlp.quotes.speech.saying import is_speech_verb
from newswire.nlp.quotes.unnamed.anonymous_fr import (
    anonymous_gender,
    anonymous_source,
    source_of_aside,
)
from newswire.nlp.quotes.unnamed.linked_nouns import relative_antecedent
from newswire.nlp.quotes.unnamed.one_of_fr import is_one_of_them

__all__ = ["anonymous_one", "french_stand_in"]

#: Determiners of one unnamed person, and the gender each says: ``une bénévole``.
_INDEFINITE = FRENCH_INDEFINITE_GENDERS
_WINDOW = 3000
Before = Callable[[Token, int, Callable[[Referent], bool]], list[Referent]]


def french_stand_in(subject: Token, resolve: Callable[[Token], Speaker],
                    before: Before) -> Referent | None:
    """The referent a French subject noun adds to the trail, if it is one unnamed person
    who says something (first one who asked not to be named: ``un cadre, qui a requis
    l'anonymat,``)."""
    return anonymous_one(subject, resolve) or _stand_in(subject, resolve, before)


def _stand_in(subject: Token, resolve: Callable[[Token], Speaker],
              before: Before) -> Referent | None:
    """:func:`french_stand_in`'s reading of any other subject."""
    if subject.lower_ == "qui":
        return _relative_one(subject, resolve)
    if is_one_of_them(subject) or is_someones_kin(subject):
        return _phrase_one(subject, resolve)
    if subject.pos_ != "NOUN" or "Plur" in subject.morph.get("Number", []):
        return None
    if any(c.dep_ == "det" and c.lower_ in THE_SINGULAR for c in subject.children):
        return _named_holder(subject, resolve, before)
    if not (_speaks(subject.head) or _quote_follows(subject)):
        return None  # "Un homme de 71 ans est mort": no one the next "il" quotes
    return _unnamed_one(subject, resolve, is_main_subject(subject))


def anonymous_one(word: Token, resolve: Callable[[Token], Speaker]) -> Referent | None:
    """The unnamed person an anonymity aside brings in (:mod:`.anonymous_fr`), for its
    noun, its ``qui`` or a pronoun inside it (``parce qu'il n'est pas autorisé``): no one
    named before, whatever the noun and its verb, and the one the next ``il`` is about."""
    source = word if anonymous_source(word) else source_of_aside(word)
    if source is None:
        return None
    speaker = resolve(source)
    if speaker.kind != "person" or not speaker.name or speaker.entity_id is not None:
        return None
    return Referent(word.idx, speaker.name, "person", True, True,
                    gender=anonymous_gender(source))


def _unnamed_one(noun: Token, resolve: Callable[[Token], Speaker],
                 main: bool) -> Referent | None:
    """``noun`` as one unnamed person of its determiner's gender, if it resolves to one."""
    gender = next((_INDEFINITE[c.lower_] for c in noun.children
                   if c.dep_ == "det" and c.lower_ in _INDEFINITE), None)
    if gender is None or "Plur" in noun.morph.get("Number", []):
        return None
    speaker = resolve(noun)
    if speaker.kind != "person" or not speaker.name or speaker.entity_id is not None:
        return None
    return Referent(noun.idx, speaker.name, "person", True, main, gender=gender)


def _phrase_one(subject: Token, resolve: Callable[[Token], Speaker]) -> Referent | None:
    """``L'un d'eux, ..., raconte ... « ... », souffle-t-il``, ``La mère de l'accusé ... a
    demandé pardon. « ... », a-t-elle dit``: one unnamed person by a phrase no noun's
    determiner introduces."""
    return _one_of_them(subject, resolve) if is_one_of_them(subject) \
        else _kin_one(subject, resolve)


def _one_of_them(one: Token, resolve: Callable[[Token], Speaker]) -> Referent | None:
    """``L'un d'eux`` (``L'une d'elles``), when its verb says something or a quotation
    follows its sentence: one unnamed person of the gender ``un``/``une`` says."""
    verb = one.head
    if not (_speaks(verb) or any(c.dep_ in ("advcl", "conj") and _speaks(c)
                                 for c in verb.children) or _quote_follows(one)):
        return None
    speaker = resolve(one)
    if speaker.kind != "person" or not speaker.name:
        return None
    return Referent(one.idx, speaker.name, "person", True, is_main_subject(one),
                    gender=_INDEFINITE[one.lower_])


def _kin_one(noun: Token, resolve: Callable[[Token], Speaker]) -> Referent | None:
    """Someone's relative (:mod:`.kin_fr`) as one unnamed person of the noun's gender."""
    gender = morph_gender(noun)
    speaker = resolve(noun)
    if speaker.kind != "person" or not speaker.name or speaker.entity_id is not None:
        return None  # "la fille du maire, Julie Roy": the name stands for her
    return Referent(noun.idx, speaker.name, "person", True, is_main_subject(noun),
                    gender=gender)


def _relative_one(qui: Token, resolve: Callable[[Token], Speaker]) -> Referent | None:
    """``Un restaurateur de Deshaies, qui souhaite rester anonyme, explique ...``: the parse
    makes the aside the sentence's verb and the noun its root, so the unnamed one is the
    subject of no verb; its ``qui``, whose clause goes on to say something, stands in."""
    noun = relative_antecedent(qui, FRENCH)
    clause = qui.head
    says = _speaks(clause) or any(c.dep_ in ("advcl", "conj") and _speaks(c)
                                   for c in clause.children)
    if noun is None or noun.pos_ != "NOUN" or not (says or _quote_follows(noun)) \
            or any(c.dep_ == "case" for c in noun.children):
        return None  # "À la veille d'un mouvement de grève qui s'annonce": no one speaks
    return _unnamed_one(noun, resolve, noun.dep_ == "ROOT" or is_main_subject(noun))


def _quote_follows(noun: Token) -> bool:
    """Whether the sentence after ``noun``'s opens with a quotation mark in the same
    paragraph: ``Un ingénieur ... se montre peu surpris. « ... », glisse-t-il`` brings in the
    one whose words follow, though the verb says nothing."""
    doc = noun.doc
    sentence = noun.sent
    if not (names_a_person(noun) or is_one_of_them(noun)) or sentence.end >= len(doc) \
            or "\n" in doc[sentence.end - 1].whitespace_:
        return False
    after = doc[sentence.end]
    return after.text[:1] in OPENING_MARKS and "\n" not in doc[sentence.start:sentence.end].text


def _speaks(verb: Token) -> bool:
    """Whether ``verb`` (or the infinitive it takes: ``a accepté de témoigner``) says."""
    return is_speech_verb(verb, FRENCH) or any(
        c.dep_ == "xcomp" and is_speech_verb(c, FRENCH) for c in verb.children)


def _named_holder(subject: Token, resolve: Callable[[Token], Speaker],
                  before: Before) -> Referent | None:
    """``le président du syndicat ... s'agace-t-il``: a definite role that resolves to a
    person named before stands in for that person."""
    if any(t.ent_type_ in PERSON_LABELS for t in subject.subtree):
        return None  # "le sénateur de la Sarthe Philippe Vaugirard": the name stands itself
    lemma = subject.lemma_.lower()
    article = next((c.lower_ for c in subject.children if c.dep_ == "det"), "")
    gender = FRENCH_DEFINITE_GENDERS.get(article)
    # Titled so ("le maire, Christian Sabatier"), a person by a known first name (not a
    # party the model typed a person: "Les Républicains"), of the article's gender. Read
    # before the subject is resolved: most definite roles have no such person before them,
    # and resolving is the dear question. Sound while resolving has no side effect on the
    # trail or a cache a later step reads (only Trail.follow adds; memoising resolve would
    # make this order unsafe).
    titled = before(subject, _WINDOW, lambda r: r.entity_id is not None
                    and lemma in r.titles and r.gender is not None
                    and gender in (None, r.gender))
    if not titled:
        return None
    speaker = resolve(subject)
    if speaker.kind != "person" or speaker.entity_id is None:
        return None
    earlier = [r for r in titled if r.entity_id == speaker.entity_id]
    return stand_in(subject, earlier[-1]) if earlier else None
