"""French: ``« A » et <verbe de parole> « B »`` — the second verb shares the first's subject.

``Le document évoque "un déséquilibre structurel ..." et recommande de "concentrer
l'arrachage ..."``, ``Le texte dénonce « le mépris ... » et exige « un calendrier ... »``:
news strings a source's second statement onto its first with ``et`` and a second verb of
saying, the subject said once.  ``fr_core_news_sm`` hangs that second verb on a word inside
the first quotation (a ``conj`` of the quoted clause's verb), so it climbs to no subject and
the second quote had no speaker.  The verb is made a conjunct of the verb of saying that
governs the first quotation, whose subject it then shares.  Only when the second verb has no
subject of its own (``« A » et le syndicat réclame « B »`` keeps its own) and the first
quotation's verb of saying comes before it in the sentence.  Called by :mod:`.parse_fr`'s
component, after the verbs of saying before a quotation are mended.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import FRENCH_SUBJECT_DEPS, VERB_TAGS
from newswire.nlp.quotes.fr_parse.incise_openings_fr import CLOSING_MARKS, OPENING_MARKS
from newswire.nlp.quotes.lexicon_fr import SPEECH_FORMS

__all__ = ["join_verb_after_a_quotation"]

_AND = frozenset(("et",))


def join_verb_after_a_quotation(verb: Token) -> None:
    """Make ``verb`` (a verb of saying right after ``» et``) a conjunct of the verb of saying
    right before the quotation that closes there, when it has no subject of its own."""
    doc = verb.doc
    at = verb.i
    if at < 2 or doc[at - 1].lower_ not in _AND or doc[at - 2].text not in CLOSING_MARKS \
            or verb.lower_ not in SPEECH_FORMS \
            or any(c.dep_ in FRENCH_SUBJECT_DEPS for c in verb.children):
        return
    first = _verb_before_quotation(doc[at - 2])
    # Not when the parse hung the first verb anywhere below the second: made its head, the
    # second verb would close a loop of heads, and spaCy's ``subtree`` walks one forever.
    if first is None or first is verb or verb.is_ancestor(first):
        return
    verb.pos_ = "VERB"
    verb.head, verb.dep_ = first, "conj"


def _verb_before_quotation(closing: Token) -> Token | None:
    """The verb of saying right before the opening mark of the quotation ``closing`` ends
    (``évoque`` in ``Le document évoque "..."``), if the sentence holds one."""
    doc, sent = closing.doc, closing.sent
    opening = next((t for t in reversed(doc[sent.start:closing.i])
                    if t.text in OPENING_MARKS), None)
    if opening is None or opening.i == sent.start:
        return None
    before = doc[opening.i - 1]
    if before.lower_ in SPEECH_FORMS and before.pos_ in VERB_TAGS:
        return before
    return None
