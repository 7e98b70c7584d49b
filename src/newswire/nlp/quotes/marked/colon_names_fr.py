"""Who speaks a French quote after a colon when no verb before it names a subject: not the
place, club or page a complement names (``Un agriculteur d'Étain, qui a perdu un quad, se
montre plus mesuré : "…"``, ``Un supporter de Kaloum, rencontré plus loin, était moins
philosophe : "…"``, ``Le bourgmestre de Seraing, Francis Dethier, abonde sur sa page
Facebook : « … »``).

French news brings in a speaker before a colon by a noun phrase whose complements say where
they are from or where they wrote (``d'Étain``, ``du centre de Villejean``, ``sur sa page
Facebook``, ``présidente d'une coopérative de Djenné``); the small model often misreads
that sentence's verb (``résume``, ``abonde`` tagged nouns, ``était`` a copula), so
:func:`.colons.colon_cue` fell back on the last proper noun before the colon: the place.
A name inside a complement (its phrase opens with a preposition) is where, not who: a
name outside one speaks (``Francis Dethier``); else a person's name inside one (``Réponse
de Mme Kadiatou Traoré, présidente … de Djenné :``); else the noun the complements hang on
(``agriculteur``, ``bénévole``), when it is the sentence's subject or root.
Pure: spaCy tokens.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import PERSON_LABELS
from newswire.nlp.quotes.lexicon_fr import FRENCH

__all__ = ["colon_speaker_fr"]

#: Dependencies of a name's further words (``Dethier`` on ``Francis``, ``Kadiatou`` on ``Mme``).
_NAME_PARTS = frozenset(("flat:name", "flat"))
#: What the noun the complements hang on may be: its clause's subject, or the root of a
#: sentence the parse left verbless (``Un agriculteur d'Étain … se montre plus mesuré``).
_SPEAKING_DEPS = frozenset(("nsubj", "ROOT"))


def colon_speaker_fr(names: list[Token]) -> Token:
    """The one of ``names`` (proper nouns before the colon, in order; not empty) or the noun
    their complements hang on that speaks the quote after the colon."""
    names = [t for t in names if any(c.isalpha() for c in t.text)] or names  # not "|"
    free = [t for t in names if not _in_complement(t)]
    if free:
        return free[-1]
    people = [t for t in names if t.ent_type_ in PERSON_LABELS]
    if people:
        return people[-1]
    owner = _owning_noun(names[-1])
    return owner if owner is not None else names[-1]


def _phrase_head(name: Token) -> Token:
    """The word a name's phrase hangs by (``Mme`` of ``Mme Kadiatou Traoré``)."""
    head = name
    while head.dep_ in _NAME_PARTS and head.head.i < head.i:
        head = head.head
    return head


def _in_complement(name: Token) -> bool:
    """Whether a preposition opens the name's phrase or a phrase it hangs in: ``d'Étain``,
    ``Facebook`` of ``sur sa page Facebook``; not ``Francis Dethier`` set off after
    ``Le bourgmestre de Seraing``."""
    head = _phrase_head(name)
    while not any(c.dep_ == "case" for c in head.children):
        if head.dep_ != "nmod" or head.head.pos_ not in ("NOUN", "PROPN"):
            return False
        head = head.head
    return True


def _owning_noun(name: Token) -> Token | None:
    """The common noun the complements holding ``name`` hang on, climbing ``nmod`` links
    (``Villejean`` -> ``centre`` -> ``bénévole``), when it is a subject or a root."""
    head = _phrase_head(name)
    while head.dep_ == "nmod" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i < head.i:
        head = head.head
    # With its article (``Un agriculteur``): not a label's bare noun, whose complement speaks
    # (``Réaction de la CGT :``, ``Réponse de l'Élysée :``, review50), nor what is said.
    if head.pos_ != "NOUN" or head.dep_ not in _SPEAKING_DEPS or head.lemma_.lower() in \
            FRENCH.utterance_nouns or not any(c.dep_ == "det" for c in head.children):
        return None
    return head
