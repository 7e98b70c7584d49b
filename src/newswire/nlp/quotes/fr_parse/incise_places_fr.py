"""The subject after an incise's prepositional phrase: ``"...", a confié à l'AFP Laëtitia
Roumagnac``, ``a assuré à la tribune X``, ``a commenté dans un communiqué X``, ``a confié à
la sortie de la salle un ancien agent commercial``.

French puts to whom, where or how a source spoke between the incise's verb and its inverted
subject. ``fr_core_news_sm`` hangs the name on the preposition's noun (``AFP Laëtitia``, a
modifier) and gives the verb no subject, so the quote had no speaker. Past the preposition,
its article and noun (and ``de``/``du`` phrases after it: ``de la salle``), the name or the
indefinite noun phrase that follows is the verb's subject.

The national press names the outlet itself there, with no article or in one with its
preposition (``explique au Parisien X``, ``a déclaré à El Watan le Dr X``, ``s'est amusée
sur X Hortense de Villemont``, ``a expliqué aux « Echos » le directeur …``), speaks from
``depuis la tribune`` or ``en point de presse``, and says when between (``résumait lundi un
cadre du groupe PS``, ``a attaqué d'emblée X``); after such a place (or a when alone) a
definite noun phrase is the subject too (``à la tribune la rapporteure générale …, X``):
the quotation is the verb's object, so no other noun phrase stands there.  An outlet's
capitalised words run into the person's name are told apart by the first name
(:func:`~newswire.nlp.entities.french.outlet_names_fr.is_name_start`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newswire.nlp.entities.french.outlet_names_fr import (
    OUTLET_PREPOSITIONS,
    is_name_start,
    last_name_start,
)
from newswire.nlp.quotes.base.parse_labels import FRENCH_SUBJECT_DEPS, NOUN_TAGS, PERSON_LABELS
from newswire.nlp.quotes.fr_parse.incise_openings_fr import OPENING_MARKS, opens_incise
from newswire.nlp.quotes.lexicon import words
from newswire.nlp.quotes.lexicon_fr import DE, FRENCH, SPEECH_FORMS

__all__ = ["subject_past_incise_places"]

#: Prepositions of to whom, where or how a source spoke, an article after them (``à l'AFP``,
#: ``dans un communiqué``; ``au micro de`` is :mod:`.incise_subjects_fr`'s).
_PREPOSITIONS = frozenset(("à", "dans", "devant", "sur", "auprès", "depuis"))
_ARTICLES = frozenset(("le", "la", "l'", "l’", "les", "un", "une", "son", "sa", "ses"))
#: Determiners of a definite subject's noun (``la rapporteure``, ``sa porte-parole``).
_DEFINITE = frozenset(("le", "la", "l'", "l’", "les", "son", "sa", "ses", "leur", "leurs"))
#: ``en point de presse``, ``en conférence de presse``: a preposition with no article.
_BARE_PREPOSITIONS = frozenset(("en",))
#: Words of when (or how at once) between the verb and its subject: ``résumait lundi un
#: cadre``, ``a assuré mardi matin X``, ``a attaqué d'emblée X``; never a subject.
_WHEN = words("""
    lundi mardi mercredi jeudi vendredi samedi dimanche matin soir hier aussitôt emblée
    ensuite encore pourtant aussi également toutefois simplement alors
""") | frozenset(("d'", "d’"))
#: Nouns of a time a definite article may open (``la semaine dernière``): never a subject.
_TIME_NOUNS = words("""
    semaine veille lendemain matin soir soirée nuit journée année mois fois janvier février
    mars avril mai juin juillet août septembre octobre novembre décembre
""")
_REACH = 12  # words between the verb and its subject
_OUTLET_WORDS = 4  # words of an outlet's name (``L'Orient-Le Jour``, ``« Echos »``)


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
    """The head of the name or the noun phrase after the preposition's phrase (or after
    words of when alone)."""
    doc = verb.doc
    end = min(verb.i + _REACH, verb.sent.end)
    when = _past_when(doc, verb.i + 1, end)
    placed = _past_place(doc, when, end)
    if placed is None and when == verb.i + 1:
        return None  # "raconte au micro d'ici Creuse X": read by :mod:`.incise_subjects_fr`
    at = _past_when(doc, placed if placed is not None else when, end)
    if at >= end:
        return None
    first = doc[at]
    if (first.pos_ == "PROPN" or is_name_start(doc, at)) and first.text[:1].isupper() \
            and not _names_the_noun(first):
        return first  # "Hortense de Villemont", a noun to the model
    if first.lower_ in FRENCH.indefinite or first.lower_ in _DEFINITE:
        noun = next((t for t in doc[at + 1:end] if t.pos_ in NOUN_TAGS), None)
        return None if noun is None or noun.lemma_ in _TIME_NOUNS else noun
    return None


def _past_when(doc: Doc, at: int, end: int) -> int:
    """Just past the words of when at ``at`` (``lundi``, ``mardi matin``, ``d'emblée``)."""
    while at < end and doc[at].lower_ in _WHEN and (doc[at].lower_ not in ("d'", "d’") or (
            at + 1 < end and doc[at + 1].lower_ == "emblée")):
        at += 1
    return at


def _past_place(doc: Doc, at: int, end: int) -> int | None:
    """Just past the prepositional phrase of where or to whom at ``at`` (to the person's
    name when the model ran an outlet's name into it: ``au Parisien Lucie Fabre``)."""
    if at + 1 >= end:
        return None
    word = doc[at].lower_
    if word in OUTLET_PREPOSITIONS and _outlet_word(doc[at + 1]):
        return _past_outlet(doc, at + 1, end)  # "au Parisien", "sur X", "à El Watan"
    if word in OUTLET_PREPOSITIONS and doc[at + 1].text in OPENING_MARKS:
        close = next((t.i for t in doc[at + 2:min(end, at + 3 + _OUTLET_WORDS)]
                      if t.text in OPENING_MARKS or t.text in ("»", "”")), None)
        return close + 1 if close is not None else None  # "aux « Echos »"
    if word in _BARE_PREPOSITIONS and doc[at + 1].pos_ in NOUN_TAGS and doc[at + 1].is_lower:
        at += 1  # "en point de presse"
    elif word not in _PREPOSITIONS or doc[at + 1].lower_ not in _ARTICLES:
        return None
    at = _past_noun(doc, at + 1, end)  # "à l'AFP", "à la tribune", "dans un communiqué"
    while at + 1 < end and doc[at].lower_ in DE:  # "à la sortie de la salle"
        at = _past_noun(doc, at + 1, end)
    run = at
    while run < end and doc[run].pos_ == "PROPN":
        run += 1  # "à l'agence TAP le directeur": the name is the agency's, a phrase follows
    if run < end and run > at and doc[run].lower_ in _ARTICLES:
        at = run
    return at


def _past_outlet(doc: Doc, at: int, end: int) -> int:
    """Just past an outlet's capitalised words at ``at``, or at the person's first name the
    model ran them into (``Parisien Lucie Fabre``, ``X Hortense de Villemont``)."""
    run = at
    while run < min(end, at + _OUTLET_WORDS) and _outlet_word(doc[run]):
        run += 1
    first = last_name_start(doc, at, run - 1)
    return run if first is None else first


def _outlet_word(word: Token) -> bool:
    """A word of an outlet's name: ``Parisien``, ``X``, ``El``, ``L'``, ``BFMTV``."""
    return word.text[:1].isupper()


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

