"""French: ``appeler`` and ``inviter`` with ``à`` and a quotation are calls, verbs of saying
like ``exhorter``.

``Elle a appelé l'État à « prendre ses responsabilités »``, ``Le porte-parole a appelé
l'opposition à “accepter le verdict des urnes”``, ``Il l'a invitée à « venir constater les
dégâts »``: French news reports a demand with ``appeler (quelqu'un) à`` far more often than
with ``exhorter`` (already a verb of saying), and the quotation after ``à`` is what was asked.
Neither verb was one of saying, so a quotation of three to five words under it had no cue and
was dropped as a scare quote.  Only a quoted call counts: unquoted, ``appelle à`` is read as
a stance (:mod:`~newswire.nlp.quotes.stances.phrases_fr`).  Without ``à`` the verbs say
nothing (``a appelé les pompiers``), nor in the passive or as a bare participle (``Appelé à
la barre, l'expert``: who is called does not speak), nor reflexive (``s'appelle``), nor in
the idioms of summoning (``à la rescousse``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import FRENCH_SUBJECT_DEPS
from newswire.nlp.quotes.lexicon import Lexicon, words
from newswire.nlp.quotes.lexicon_fr import FRENCH, REFLEXIVES

__all__ = ["calls_on"]

_CALL_VERBS = frozenset(("appeler", "inviter"))
#: Their forms, which the model lemmatises badly (``invite`` -> ``invite``).
_CALL_FORMS = words("""
    appelle appellent appelé appelée appelés appelées appelait appelaient appellera
    appelleront appelant appeler invite invitent invité invitée invités invitées invitait
    invitaient invitera inviteront invitant inviter
""")
#: The ``à`` opening what is called for: before an infinitive (``mark``) or a noun (``case``).
_TO = frozenset(("à", "au", "aux"))
#: How the parse hangs that infinitive or noun on the verb.
_CALLED_FOR_DEPS = frozenset(("xcomp", "advcl", "ccomp", "obl", "obl:arg", "obl:mod"))
_PASSIVE_DEPS = frozenset(("aux:pass", "nsubj:pass", "expl:pass"))
#: What reported speech reads as a verb of saying's clause.
_CLAUSE_DEPS = frozenset(("xcomp", "ccomp"))
#: ``appeler à la rescousse``, ``à la barre``: idioms of summoning someone, no call made.
_SUMMONED = frozenset(("rescousse", "barre"))
#: Opening quotation marks, the call's words quoted.
_MARKS = frozenset(("«", "“", '"', "„"))


def calls_on(verb: Token, lexicon: Lexicon) -> bool:
    """Whether ``verb`` is French ``appeler``/``inviter`` calling for what follows ``à``, in
    the active voice."""
    if lexicon is not FRENCH or verb.pos_ != "VERB" or not (
            verb.lemma_.lower() in _CALL_VERBS or verb.lower_ in _CALL_FORMS):
        return False
    children = list(verb.children)
    if any(c.dep_ in _PASSIVE_DEPS or (c.lower_ in REFLEXIVES and c.i < verb.i)
           for c in children):
        return False
    participle = "Part" in verb.morph.get("VerbForm", [])
    if participle and not any(c.dep_ == "aux:tense" for c in children):
        return False  # "Appelé à la barre, l'expert a maintenu": he was called
    if any(c.dep_ in FRENCH_SUBJECT_DEPS and c.i > verb.i for c in children):
        return False  # "… appelle le Sénat à « … »" misread: the one called is no speaker
    called = [c for c in children if c.i > verb.i and _called_for(c)]
    # Only the call's words are what was said: no other clause the parse hangs on the verb
    # ("a appelé dans un communiqué « à … »", ``communiqué`` misread as its clause).
    return bool(called) and not any(c.dep_ in _CLAUSE_DEPS and c not in called
                                    for c in children)


def _called_for(word: Token) -> bool:
    """An infinitive or a common noun after ``à`` (not a place, a person or an hour:
    ``a invité son homologue à Paris``, ``à 17 heures``) in quotation marks: unquoted, the
    call is a stance (:mod:`~newswire.nlp.quotes.stances.phrases_fr`)."""
    if word.dep_ not in _CALLED_FOR_DEPS or word.pos_ not in ("VERB", "NOUN"):
        return False
    if any(c.dep_ == "nummod" for c in word.children) or word.lower_ in _SUMMONED:
        return False
    to = next((c for c in word.children if c.lower_ in _TO and c.i < word.i), None)
    if to is None:
        return False
    doc = word.doc
    around = doc[max(to.i - 1, 0):min(word.i + 2, len(doc))]  # "à « garantir", "“à un"
    return any(t.text in _MARKS for t in around)
