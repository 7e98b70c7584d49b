"""The speaker of a French incise the parse lost: ``« ... », raconte au micro d'ici Creuse
Mathieu Lavaud``, ``« ... », a réagi sur place le maire, Karim Oudjane``.

A French incise inverts its subject after the verb, and writers put where or to whom it was
said between them (``au micro de``, ``sur place``, ``à l'AFP``). The small French model
tags such a verb an adjective or a noun (``raconte`` ADJ, ``réagi`` ADJ) and hangs the name on
the quote's verb, so no verb with a subject follows the mark and the quote and the quotes
continuing it had no speaker. Here the verb is known by its form alone (the lexicon's forms
of verbs of saying, right after the comma that follows the mark, an auxiliary allowed), and
its subject is the first person's name of the incise, or the first noun with its determiner,
that is not inside a prepositional phrase (``au micro``, ``à l'AFP``); a role noun whose
holder is apposed to it (``le maire, Karim Oudjane``) speaks as that name.

Only French text reaches here (the lexicon is French): English cannot move.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newswire.nlp.quotes.base.mention_spans import tagged_range
from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS, PERSON_LABELS
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_fr import AUXILIARIES, FRENCH
from newswire.nlp.quotes.marked.mark_sets import MARK_TOKENS
from newswire.nlp.quotes.speech.cues import Cue

__all__ = ["incise_subject_cue"]

#: Where an incise's words end.
_INCISE_STOPS = frozenset((",", ".", ";", "!", "?", "…", ":", "(")) | MARK_TOKENS
#: Words after which a name is what the incise is said to or about: ``au micro de X``.
_OF = frozenset(("de", "d'", "d’", "du", "à", "au", "aux", "par", "avec", "pour"))
#: Determiners of a source's noun: ``le maire``, ``son délégué général``.
_DETERMINERS = frozenset(("le", "la", "l'", "l’", "les", "son", "sa", "ses", "leur", "leurs",
                          "un", "une"))
#: Nouns of time a writer puts between the verb and its subject: ``a déclaré la semaine
#: dernière le ministre``. They are when it was said, never who said it.
_TIME_NOUNS = frozenset(("semaine", "nuit", "mois", "an", "année", "jour", "journée",
                         "lendemain", "veille", "matin", "matinée", "soir", "soirée",
                         "week-end", "après-midi", "heure", "fois", "printemps", "été",
                         "automne", "hiver"))
#: ... and words of a date set off by commas: ``a défendu devant la presse, fin novembre,
#: le directeur général``.
_DATE_WORDS = _TIME_NOUNS | frozenset((
    "fin", "début", "mi", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
    "septembre", "octobre", "novembre", "décembre", "hier", "dernier", "dernière"))
_DATE_TOKENS = 4  # words of such a date
_OUTLET_TOKENS = 4  # words of a paper's name in quotation marks (``aux « Echos »``)
_INCISE_TOKENS = 12  # tokens after the verb an incise's subject may sit within


def incise_subject_cue(doc: Doc, after_mark: list[int], lexicon: Lexicon) -> Cue | None:
    """The cue of a French incise right after a closing mark (``after_mark``: the token
    indices after it) whose verb or subject the parse lost, if there is one."""
    if lexicon is not FRENCH:
        return None
    words = [doc[i] for i in after_mark if not (doc[i].text in MARK_TOKENS or doc[i].is_space)]
    if len(words) < 2 or words[0].text != ",":
        return None
    verb = words[2] if words[1].lower_ in AUXILIARIES and len(words) > 2 else words[1]
    if verb.lower_ not in FRENCH.speech_forms or _inverted_pronoun(doc, verb):
        return None
    subject = _subject_after(doc, verb)
    return Cue(verb.i, verb.i + 1, subject) if subject is not None else None


def _inverted_pronoun(doc: Doc, verb: Token) -> bool:
    """``, raconte-t-il``: the pronoun speaks, and other rules read it."""
    return verb.i + 1 < len(doc) and doc[verb.i + 1].text.startswith("-")


def _subject_after(doc: Doc, verb: Token) -> Token | None:
    """The first name of a person, else the first determined noun, of the incise after
    ``verb``, outside prepositional phrases; a noun's apposed person's name if it has one."""
    end = min(verb.i + 1 + _INCISE_TOKENS, verb.sent.end, len(doc))
    skip_to = 0
    for token in doc[verb.i + 1:end]:
        if token.i < skip_to:
            continue
        if token.text == "," and (after := _date_set_off(doc, token.i)):
            skip_to = after  # ", fin novembre,": when, and the subject after it
            continue
        if token.text in MARK_TOKENS and (past := _quoted_outlet(doc, token, end)):
            skip_to = past  # "a déclaré aux « Echos » le président": to whom, in marks
            continue
        if token.text in _INCISE_STOPS:
            return None
        if _in_phrase(doc, doc[tagged_range(token)[0]]):
            continue  # "au micro de Marie Dupuis": whom it was said to, all her name's words
        if token.ent_type_ in PERSON_LABELS:
            return _name_head(doc, token)
        if token.lemma_.lower() in _TIME_NOUNS or token.lower_ in _TIME_NOUNS:
            continue  # "la semaine dernière": when, not who
        if token.pos_ in NOUN_TAGS and not token.ent_type_ and any(
                c.dep_ == "det" and c.lower_ in _DETERMINERS for c in token.children):
            return _apposed_name(doc, token) or _held_by(token) or token
    return None


def _quoted_outlet(doc: Doc, mark: Token, end: int) -> int | None:
    """Just past the closing mark of a title quoted after a preposition (``aux « Echos »``,
    ``à "Libération"``): a paper the words were said to, never their speaker."""
    if mark.i == 0 or doc[mark.i - 1].lower_ not in _OF:
        return None
    close = next((t.i for t in doc[mark.i + 1:end] if t.text in MARK_TOKENS), None)
    return close + 1 if close is not None and close - mark.i <= _OUTLET_TOKENS else None


def _date_set_off(doc: Doc, comma: int) -> int | None:
    """Just past the comma closing a date set off after ``comma`` (``, fin novembre,``)."""
    words = doc[comma + 1:comma + 2 + _DATE_TOKENS]
    close = next((t.i for t in words if t.text == ","), None)
    if close is None or close == comma + 1 or not all(
            t.lower_ in _DATE_WORDS or t.like_num for t in doc[comma + 1:close]):
        return None
    return close + 1


def _held_by(noun: Token) -> Token | None:
    """``le directeur général de l’Arecoms, Patrice Ilunga``: the person apposed to the
    office after its complement, as the parse hangs it."""
    name = next((c for c in noun.rights if c.dep_ == "appos"
                 and c.ent_type_ in PERSON_LABELS), None)
    return _name_head(noun.doc, name) if name is not None else None


def _in_phrase(doc: Doc, token: Token) -> bool:
    """Whether ``token`` is the object of a preposition: ``au micro``, ``de Jean Dupont``."""
    return any(c.dep_ == "case" for c in token.children) or (
        token.i > 0 and doc[token.i - 1].lower_ in _OF)


def _name_head(doc: Doc, token: Token) -> Token:
    """The word of a person's name the resolver reads: the first of the name's words (a
    place the model glued before it, ``ici Creuse Mathieu Lavaud``, is not the name's)."""
    while token.i > 0 and doc[token.i - 1].ent_type_ in PERSON_LABELS \
            and doc[token.i - 1].pos_ == "PROPN" and token.dep_.startswith("flat"):
        token = doc[token.i - 1]
    return token


def _apposed_name(doc: Doc, noun: Token) -> Token | None:
    """``le maire, Karim Oudjane``: the person's name set after the noun phrase's comma."""
    at = noun.i + 1
    while at < min(noun.i + 5, len(doc) - 1) and doc[at].pos_ == "ADJ":
        at += 1  # "son délégué général, Marc-Olivier Delmas"
    if at + 1 >= len(doc) or doc[at].text != ",":
        return None
    name = doc[at + 1]
    if name.pos_ != "PROPN" or not name.text[:1].isupper() or name.ent_type_ not in (
            PERSON_LABELS | {""}):
        return None
    return _name_head(doc, name)
