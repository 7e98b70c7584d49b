"""French: a noun phrase opening the sentence, right before its verb of saying and with no
preposition, is that verb's subject even where the parse made it an oblique.

``Des sources au sein du CNIA indiquent par ailleurs que ...``: ``fr_core_news_sm`` sometimes
labels such a phrase ``obl:mod`` (as it would ``Lundi``), leaves the verb with no subject,
and the speaker was then found by position (``CNIA``, the body the sources are in).  An
oblique in French is introduced by a preposition (``case``); a phrase with none that opens
the sentence and runs up to the verb is its subject, unless it says when (``Mardi``, ``Ce
matin``, ``La semaine dernière``).  Called by :mod:`.parse_fr`'s component.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newswire.nlp.quotes.base.parse_labels import FRENCH_FILLED_SUBJECT_DEPS, NOUN_TAGS, VERB_TAGS
from newswire.nlp.quotes.lexicon import words
from newswire.nlp.quotes.lexicon_fr import SPEECH_FORMS

__all__ = ["give_bare_subjects"]

#: How the parse hangs such a phrase on the verb.
_OBLIQUE_DEPS = frozenset(("obl", "obl:mod", "obl:arg", "nmod", "dep"))
#: Nouns of a time, which open a sentence with no preposition and are no subject.
_TIME_NOUNS = words("""
    lundi mardi mercredi jeudi vendredi samedi dimanche jour journée semaine mois an année
    soir soirée matin matinée nuit midi veille lendemain fois heure minute week-end
""")
#: Words between the phrase and its verb: negation, auxiliaries, clitics.
_BETWEEN = frozenset(("ADV", "AUX", "PRON"))


def give_bare_subjects(doc: Doc) -> None:
    """Make a bare noun phrase opening a sentence the subject of its verb of saying, when
    the parse gave that verb none."""
    for sentence in doc.sents:
        verb = sentence.root
        if verb.pos_ not in VERB_TAGS or verb.lower_ not in SPEECH_FORMS or any(
                c.dep_ in FRENCH_FILLED_SUBJECT_DEPS for c in verb.children):
            continue
        noun = next((c for c in verb.lefts if c.dep_ in _OBLIQUE_DEPS
                     and c.pos_ in NOUN_TAGS), None)
        if noun is None or noun.left_edge.i != sentence.start \
                or noun.lemma_.lower() in _TIME_NOUNS \
                or any(c.dep_ in ("case", "nummod") for c in noun.children) \
                or any(t.pos_ not in _BETWEEN for t in doc[noun.right_edge.i + 1:verb.i]):
            continue
        noun.dep_ = "nsubj"
