"""Whether an unnamed source's phrase is one person: ``The mayor said``, ``a council
spokesperson said``, ``one officer``, ``Le maire``.

Such a source has no name in the article, so its speaker is its own phrase, as for a group;
but what it names is one person, and ``speaker_kind`` says so (the README's contract:
``person`` for a person, named or not; ``group`` for several unnamed people). Where the role
resolves to a named holder (``the mayor`` after ``Mayor Doug McCallum``), that person is
the speaker and this module is not asked.  Also here: whether a noun is one person the
lexicon does not list (``the man``, ``one trader``, ``the moderator``), in English.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.models import SpeakerKind
from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.unnamed.phrases import is_plural_noun
from newswire.nlp.quotes.unnamed.unnamed_fr import is_french_unnamed_one

__all__ = ["is_person_noun", "is_unnamed_person", "unnamed_kind"]

#: Singular nouns of several people: ``the family said``, ``the jury found``.
_COLLECTIVES = frozenset((
    "people", "majority", "minority", "jury", "family", "relatives", "industry", "police",
    "staff", "crew", "team", "panel", "public", "crowd", "community", "couple", "audience",
    "gens", "famille", "équipe", "majorité", "minorité", "entourage", "accusation", "défense",
    "direction",
))
#: The noun a police force speaks by, and the words making it officers of a kind
#: (``riot police``, ``armed police``): :func:`_is_the_force`.
_FORCES = frozenset(("police",))
_OFFICER_KINDS = frozenset(("riot", "armed", "plainclothes", "plain-clothes", "mounted",
                            "off-duty", "undercover", "traffic", "military", "secret"))
#: Words counting officers without a number (``Many police say``, ``some police``): a group.
_COUNTING = frozenset(("many", "some", "most", "few", "other", "several", "all", "more", "both",
                       "fewer", "numerous"))
#: Determiners that make a singular noun several people: ``every officer``, ``chaque élu``.
_EVERY = frozenset(("every", "each", "all", "both", "chaque", "tous", "toutes", "tout"))


def unnamed_kind(head: Token, kind: SpeakerKind, lexicon: Lexicon) -> SpeakerKind:
    """``person`` for a group-typed phrase whose head is one person's noun (``the mayor``,
    ``a spokesperson``), ``organization`` for the police force (``police said``), else
    ``kind`` unchanged (``officials``, ``the family``)."""
    if kind == "group" and _is_the_force(head, lexicon):
        return "organization"
    return "person" if kind == "group" and _names_one_person(head, lexicon) else kind


def _is_the_force(head: Token, lexicon: Lexicon) -> bool:
    """``police said``, ``the police``, ``Toronto police``, ``local police``: the force speaks,
    as an organisation (its statement, its spokesperson), as the gold of five writers has it;
    not ``riot police``, ``traffic police`` or ``two police``, officers of a kind or counted
    (a group). English: the French ``la police`` is left to the French rules."""
    if lexicon is not ENGLISH or head.lower_ not in _FORCES:
        return False
    return not any(c.dep_ in ("nummod", "conj") or c.lower_ in _OFFICER_KINDS
                   or c.lower_ in _COUNTING or (c.dep_ == "compound" and c.pos_ == "NOUN")
                   for c in head.children)


def _names_one_person(head: Token, lexicon: Lexicon) -> bool:
    if head.pos_ != "NOUN" or is_plural_noun(head) or "Plur" in head.morph.get("Number", []):
        return False
    if any(c.dep_ == "conj" and c.pos_ in NOUN_TAGS for c in head.rights):
        return False  # "a lawyer and a doctor": several
    if any(c.lower_ in _EVERY for c in head.lefts):
        return False  # "every officer said": each of several
    lemma = head.lemma_.lower()
    if lemma in _COLLECTIVES or head.lower_ in _COLLECTIVES:
        return False
    return lemma in lexicon.role_nouns or lemma in lexicon.group_nouns \
        or is_unnamed_person(head, lexicon)


def is_unnamed_person(head: Token, lexicon: Lexicon) -> bool:
    """Whether ``head`` is one person the writer does not name, in either language: a noun
    for one who does (``one trader``, ``the moderator``: :func:`is_person_noun`,
    English tags and endings) or a French singular noun brought in by ``un``/``une`` (``un
    moniteur``: :func:`~.unnamed_fr.is_french_unnamed_one`, French nouns carrying neither).
    Such a source speaks by its phrase, as one person."""
    return is_person_noun(head, lexicon) or is_french_unnamed_one(head, lexicon)


_PERSON_WORDS = frozenset(("man", "woman", "person", "guy", "someone", "somebody",
                           "passerby"))  # the agent endings below miss "passerby"
_AGENT_ENDINGS = ("er", "or", "ist", "ian")  # organizer, moderator, columnist, librarian


def is_person_noun(head: Token, lexicon: Lexicon = ENGLISH) -> bool:
    """A singular common noun for one person the lexicon does not list: ``the man``, ``one
    commenter``, ``the moderator`` (a man or woman word, or a noun for one who does)."""
    lower = head.lemma_.lower()
    if any(c.pos_ == "PROPN" for c in head.children):
        return False  # "protest organizer Jane Doe" parsed on the noun: a name is near
    return head.tag_ == "NN" and (
        lower in _PERSON_WORDS or lower in lexicon.female_words or lower in lexicon.male_words
        or lower in lexicon.short_person_nouns
        or (len(lower) > 6 and lower.endswith(_AGENT_ENDINGS)))
