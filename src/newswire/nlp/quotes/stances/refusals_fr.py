"""French refusals to speak: ``Hydro-Québec a refusé de commenter``, ``Le ministère n’a pas
voulu dire s’il avait été informé``, ``L’entreprise n’a pas répondu à nos questions``, ``n’a
pas donné suite à nos demandes d’entrevue``, ``La mairesse a décliné notre demande``.

As in English (:mod:`~newswire.nlp.quotes.stances.refusals`, whose parse labels are the English
model's), a refusal to speak is an indirect quote of ``cue_kind`` stance of its subject: the
content is what was not said (the infinitive after ``refuser de``, or after a denied
``vouloir``, ``souhaiter``, ``accepter``, ``pouvoir``) or not answered (the request or
question a denied ``répondre à``, ``donner suite à``, ``rappeler`` or ``retourner`` leaves
unanswered, or the one ``décliner`` turns down).  French denies with ``ne ... pas`` (``pas``,
``jamais``, ``aucunement``, ``point``: adverbs the model marks ``Polarity=Neg``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newswire.nlp.quotes.base.textmap import Attribution, TextMap
from newswire.nlp.quotes.lexicon import words
from newswire.nlp.quotes.lexicon_fr import FRENCH, NEGATIONS, REFUSING
from newswire.nlp.quotes.speech.cues import subject_of
from newswire.nlp.quotes.speech.saying import is_speech_verb
from newswire.nlp.quotes.stances.hedges import attitude_at, attitude_chars
from newswire.nlp.quotes.stances.held import free_verbs

__all__ = ["french_refusals"]

#: Verbs whose infinitive of saying is refused when denied: "n’a pas voulu commenter".
_DENIED_WILLING = words("vouloir souhaiter accepter pouvoir désirer")
#: Verbs of answering whose request or question is left unanswered when denied.
_DENIED_ANSWERING = words("répondre donner rappeler retourner")
#: Infinitives of speaking beside the verbs of saying: "se prononcer", "s’exprimer".
_SPEAKING = words("prononcer exprimer commenter répondre accorder préciser")
#: What a source is asked and may leave unanswered (lemmas).
_ASKED = words("demande question appel courriel message requête sollicitation invitation "
               "entrevue interview")
_OBJECTS = frozenset(("obj", "obl:arg", "obl:mod", "obl", "iobj"))


def french_refusals(tmap: TextMap, reported: Sequence[Attribution]) -> list[Attribution]:
    """Every French refusal to speak outside quotation marks and reported speech."""
    if tmap.lexicon is not FRENCH:
        return []
    found = []
    for verb in free_verbs(tmap, reported):
        refusal = _refused_infinitive(tmap, verb) or _unanswered(tmap, verb)
        if refusal is not None:
            found.append(refusal)
    return found


def _denied(verb: Token) -> bool:
    """``n’a pas voulu``: a negative adverb on the verb."""
    return any(c.dep_ == "advmod" and c.lower_ in NEGATIONS for c in verb.children)


def _refused_infinitive(tmap: TextMap, verb: Token) -> Attribution | None:
    """``a refusé de commenter le dossier``, ``n’a pas voulu dire si ...``."""
    lemma = verb.lemma_.lower()
    if not (lemma in REFUSING or (lemma in _DENIED_WILLING and _denied(verb))):
        return None
    said = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and (
        is_speech_verb(c, FRENCH) or c.lemma_.lower() in _SPEAKING)), None)
    return _attribution(tmap, verb, list(said.subtree)) if said is not None else None


def _unanswered(tmap: TextMap, verb: Token) -> Attribution | None:
    """``n’a pas répondu à nos questions``, ``a décliné notre demande d’entrevue``."""
    lemma = verb.lemma_.lower()
    if not (lemma == "décliner" or (lemma in _DENIED_ANSWERING and _denied(verb))):
        return None
    if lemma == "donner" and not any(c.lower_ == "suite" for c in verb.subtree):
        return None  # "donner suite à": "n’a pas donné d’argent" refuses nothing said
    asked = next((c for c in verb.children if c.dep_ in _OBJECTS and c.i > verb.i
                  and c.lemma_.lower() in _ASKED), None)
    if asked is None:
        return None
    return _attribution(tmap, verb, [t for t in asked.subtree if t.lower_ != "suite"])


def _attribution(tmap: TextMap, verb: Token, tokens: list[Token]) -> Attribution | None:
    source = subject_of(verb, FRENCH)
    if source is None or tmap.is_quoted(source.idx):
        return None
    chars = attitude_chars(tmap, verb, tokens, 1)
    return attitude_at(tmap, (verb.i, verb.i + 1), chars, source, "stance") if chars else None
