"""French verbs whose preposition's object is what their subject said or stands for:
``Le syndicat appelle à la prudence`` (a stance, as English ``called for``), ``La FTQ a fait
part de ses inquiétudes`` (speech: it made them known).

English reads such phrases on its model's ``prep``/``pobj`` labels
(:mod:`~newswire.nlp.quotes.stances.attitudes`); the French model (UD) hangs the object on the verb
as ``obl:arg`` with the preposition as its ``case`` child (``appelle`` <- ``prudence`` <-
``à``), or an infinitive with the preposition as its ``mark`` (``appelle à manifester``).
``faire part`` is ``faire`` with the object ``part``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newswire.models import CueKind
from newswire.nlp.quotes.base.textmap import Attribution, TextMap
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.speech.cues import subject_of
from newswire.nlp.quotes.stances.hedges import attitude_at, attitude_chars
from newswire.nlp.quotes.stances.held import free_verbs

__all__ = ["french_phrases"]

#: (verb's lemma, preposition): what the object is of its subject.
_PHRASES: dict[tuple[str, str], CueKind] = {
    ("appeler", "à"): "stance",
    ("plaider", "pour"): "stance",
}
#: ``faire part de``: speech, the object of ``de``.
_MADE_KNOWN = ("part", "de")
_OBJECTS = frozenset(("obl:arg", "obl:mod", "obl", "xcomp", "advcl", "ccomp"))


def french_phrases(tmap: TextMap, reported: Sequence[Attribution]) -> list[Attribution]:
    """Every French verb-and-preposition attribution outside quotation marks and reported
    speech."""
    if tmap.lexicon is not FRENCH:
        return []
    found = []
    for verb in free_verbs(tmap, reported):
        reading = _reading(verb)
        if reading is None:
            continue
        kind, content = reading
        source = subject_of(verb, FRENCH)
        words = [t for t in content.subtree if not (  # "à", "de": the phrase's, not what was said
            t.head == content and t.dep_ in ("case", "mark") and t.i < content.i)]
        chars = attitude_chars(tmap, verb, words, 1)
        if source is not None and not tmap.is_quoted(source.idx) and chars:
            found.append(attitude_at(tmap, (verb.i, verb.i + 1), chars, source, kind))
    return found


def _reading(verb: Token) -> tuple[CueKind, Token] | None:
    """The cue kind and the object's head of ``verb``'s phrase, if it is one."""
    lemma = verb.lemma_.lower()
    if lemma == "faire" and any(c.dep_ == "obj" and c.lower_ == _MADE_KNOWN[0]
                                for c in verb.children):
        kind: CueKind = "speech"
        preposition = _MADE_KNOWN[1]
    else:
        wanted = [(prep, k) for (word, prep), k in _PHRASES.items() if word == lemma]
        if not wanted:
            return None
        preposition, kind = wanted[0]
    content = next((c for c in verb.children if c.dep_ in _OBJECTS and c.i > verb.i and any(
        g.dep_ in ("case", "mark") and g.lower_ == preposition and g.i < c.i
        for g in c.children)), None)
    return (kind, content) if content is not None else None
