"""Where a French source's phrase ends before words that are not its name.

The phrase of an unnamed source is read off the parse (:func:`~.phrases.source_phrase`).
``fr_core_news_sm`` often hangs the sentence's own verb of saying inside the subject's
complement (``Une source proche du pool bancaire évoque des discussions``: ``évoque`` an
adjective of ``pool``), so the speaker ran on into what was said. And the participle by
which the newspaper reached the source (``Un prévisionniste de l'ONM joint par El Watan``,
``un document interne consulté par l'AFP``) says how the reporter got the words, not who
said them: a reader names the forecaster, not the newspaper.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_fr import FRENCH

__all__ = ["CONTACT_FORMS", "french_adjective_end", "french_phrase_end", "whole_name_end"]

#: Participles of the reporter reaching a source (``joint par``, ``contactée par``).
_CONTACT_STEMS = ("joint", "contacté", "consulté", "interrogé", "sollicité", "interviewé",
                  "cité")
CONTACT_FORMS = frozenset(stem + ending for stem in _CONTACT_STEMS
                          for ending in ("", "e", "s", "es"))
#: Endings of participles and gerunds: ``la réunion annoncée par le ministère``, ``le
#: montant promis par l'État`` name the thing by what was said of it, and stay.
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "ant", "u", "ue", "us", "ues", "i", "ie", "is",
                       "ise", "ises")


#: Endings of French plural adjectives (``concordantes``, ``préfectorales``, ``syndicaux``,
#: ``diplomatiques``, ``sécuritaires``, ``policières``): a word so ending right after a plural
#: noun is its adjective, not a noun of its own (French sets no noun beside a noun).
_PLURAL_ADJECTIVE_ENDINGS = ("antes", "ants", "ales", "aux", "iques", "aires", "ières", "iers",
                             "elles", "els", "ives", "ifs", "ienne", "iennes", "iens")


def french_adjective_end(head: Token, end: int, lexicon: Lexicon) -> int:
    """Just past the adjective the tagger read as a noun right after a French plural source
    (``selon des sources préfectorales``, ``de sources concordantes``: the gold and the
    reader say the whole phrase), when the phrase ended at ``head``; else ``end``. The parse
    may hang it on the noun or beside it, on the verb (``a-t-on appris de sources
    concordantes``)."""
    doc = head.doc
    if lexicon is not FRENCH or end != head.i + 1 or end >= len(doc) \
            or "Plur" not in head.morph.get("Number", []):
        return end
    word = doc[end]
    adjective = word.text.islower() and word.is_alpha and word.pos_ in NOUN_TAGS \
        and word.head in (head, head.head) and word.lower_.endswith(_PLURAL_ADJECTIVE_ENDINGS) \
        and not any(c.dep_ in ("det", "case") and c.i > head.i for c in word.children)
    return end + 1 if adjective else end


def french_phrase_end(head: Token, end: int, lexicon: Lexicon) -> int:
    """Just past the last word of ``head``'s phrase ending at ``end`` that names the source
    (French only)."""
    if lexicon is not FRENCH:
        return end
    doc = head.doc
    for token in doc[head.i + 1:end]:
        if _contacted_by(token) or _says(token, lexicon) or token.text == "(":
            end = token.i  # "(DDT)": an acronym in brackets is no part of the phrase
            break
    while end > head.i + 1 and doc[end - 1].is_punct:
        end -= 1
    return end


def _contacted_by(token: Token) -> bool:
    """``joint par El Watan``: a participle of reaching a source, before ``par``."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.lower_ in CONTACT_FORMS and following is not None \
        and following.lower_ == "par"


def _says(token: Token, lexicon: Lexicon) -> bool:
    """``évoque``, ``ajoute``, ``dit``: a verb of saying in a conjugated form, which the parse
    hung inside the subject (a noun, ``la demande``, or a participle with a regular ending,
    ``annoncée``, ``promis``, stays). ``dit``, ``écrit``, ``décrit`` are read conjugated, the
    same word as their participles: ``un élu dit modéré`` ends before ``dit``."""
    return token.lower_ in lexicon.speech_forms and token.pos_ not in NOUN_TAGS \
        and not token.lower_.endswith(_PARTICIPLE_ENDINGS)


def whole_name_end(head: Token, end: int, lexicon: Lexicon) -> int:
    """Past the name the model found that ``head``'s phrase, ending at ``end``, stops inside
    (French only): ``la direction académique des Côtes`` + ``-d’Armor``, a place's hyphen and
    elided ``d’`` split into words the parse hangs on the noun one by one, so the phrase
    stopped at the hyphen.  A source's phrase never cuts a name in two."""
    doc = head.doc
    if lexicon is not FRENCH or end >= len(doc) or doc[end].ent_iob_ != "I":
        return end  # no name runs on across ``end``
    # The name's bounds from the words' entity tags (what ``doc.ents`` is read from), not by
    # making every entity of the doc at each phrase: this runs once a source's phrase.
    start = end - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if start <= head.i:
        return end
    stop = end + 1
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    return stop
