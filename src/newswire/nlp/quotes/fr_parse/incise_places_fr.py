"""The subject after an incise's prepositional phrase: ``"...", a confié à l'AFP Laëtitia
Roumagnac``, ``a assuré à la tribune X``, ``a commenté dans un communiqué X``, ``a confié à
la sortie de la salle un ancien agent commercial``.

French puts to whom, where or how a source spoke between the incise's verb and its inverted
subject. ``fr_core_news_sm`` hangs the name on the preposition's noun (``AFP Laëtitia``, a
modifier) and gives the verb no subject, so the quote had no speaker. Past the preposition,
its article and noun (and ``de``/``du`` phrases after it: ``de la salle``), the name or the
indefinite noun phrase that follows is the verb's subject.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newswire.nlp.quotes.base.parse_labels import FRENCH_SUBJECT_DEPS, NOUN_TAGS, PERSON_LABELS
from newswire.nlp.quotes.fr_parse.incise_openings_fr import opens_incise
from newswire.nlp.quotes.lexicon_fr import DE, FRENCH, SPEECH_FORMS

__all__ = ["subject_past_incise_places"]

#: Prepositions of to whom, where or how a source spoke, an article after them (``à l'AFP``,
#: ``dans un communiqué``; ``au micro de`` is :mod:`.incise_subjects_fr`'s).
_PREPOSITIONS = frozenset(("à", "dans", "devant", "sur", "auprès"))
_ARTICLES = frozenset(("le", "la", "l'", "l’", "les", "un", "une", "son", "sa", "ses"))
_REACH = 10  # words between the verb and its subject


def subject_past_incise_places(doc: Doc) -> None:
    """Make the source after each incise's prepositional phrase the incise verb's subject."""
    for verb in doc:
        if verb.lower_ not in SPEECH_FORMS or not opens_incise(verb) or any(
                c.dep_ in FRENCH_SUBJECT_DEPS and c.i > verb.i for c in verb.children):
            continue
        subject = _source_after_place(verb)
        if subject is None or subject.is_ancestor(verb):
            continue
        subject.head, subject.dep_ = verb, "nsubj"
        for name in doc[subject.i + 1:subject.i + 4]:  # "Laëtitia | Roumagnac": one name
            if name.pos_ != "PROPN" or not name.text[:1].isupper() or subject.pos_ != "PROPN" \
                    or name.is_ancestor(subject):
                break
            name.head, name.dep_ = subject, "flat:name"


def _source_after_place(verb: Token) -> Token | None:
    """The head of the name or the ``un``/``une`` phrase after the preposition's phrase."""
    doc = verb.doc
    end = min(verb.i + _REACH, verb.sent.end)
    at = verb.i + 1
    if at + 1 >= end or doc[at].lower_ not in _PREPOSITIONS \
            or doc[at + 1].lower_ not in _ARTICLES:
        return None  # "raconte au micro d'ici Creuse X": read by :mod:`.incise_subjects_fr`
    at = _past_noun(doc, at + 1, end)  # "à l'AFP", "à la tribune", "dans un communiqué"
    while at + 1 < end and doc[at].lower_ in DE:  # "à la sortie de la salle"
        at = _past_noun(doc, at + 1, end)
    run = at
    while run < end and doc[run].pos_ == "PROPN":
        run += 1  # "à l'agence TAP le directeur": the name is the agency's, a phrase follows
    if run < end and run > at and doc[run].lower_ in _ARTICLES:
        at = run
    if at >= end:
        return None
    first = doc[at]
    if first.pos_ == "PROPN" and first.text[:1].isupper() and not _names_the_noun(first):
        return first
    if first.lower_ in FRENCH.indefinite:
        return next((t for t in doc[at + 1:end] if t.pos_ in NOUN_TAGS), None)
    return None


def _past_noun(doc: Doc, at: int, end: int) -> int:
    """Just past an article (or an elided one) and the one word of a noun after it."""
    while at < end and doc[at].lower_ in _ARTICLES:
        at += 1
    return at + 1


def _names_the_noun(name: Token) -> bool:
    """Whether ``name`` right after the preposition's common noun is that noun's own name
    (``a déclaré à la radio RTL``, ``sur la chaîne BFMTV``, ``au journal Le Monde``): the
    medium the source spoke to, not the source, when the model reads no person there (an
    organisation's or a place's entity, or an acronym). A person's name after such a noun
    (``à la tribune Pierre-Henri Vasseur``) is the subject."""
    before = name.doc[name.i - 1]
    return before.pos_ == "NOUN" and name.ent_type_ not in PERSON_LABELS \
        and (bool(name.ent_type_) or name.text.isupper())

