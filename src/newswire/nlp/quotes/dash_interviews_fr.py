"""A French interview printed as dash lines, questions and answers in turn, after a paragraph
saying whom the outlet met: the questions are the reporter's, the answers the interviewee's.

``La présidente de l'université, Isabelle Hô-Chang, a reçu une délégation mardi soir. Elle a
accepté de répondre à nos questions. ¶ — Les comprenez-vous ? ¶ — Je les comprends
parfaitement. ... ¶ — Qu'avez-vous à leur proposer ? ¶ — Nous avons obtenu ...``: magazines
and regional dailies print an interview inside a report as lines opening with a dash, no
label and no cue.  The lines must alternate strictly, a question first (a line ending with
``?`` or ``…``) and no answer ending with ``?``, with two questions at least.  The one
answering is the person the paragraph right before the lines names (the object of
``rencontrer``/``interroger`` when it is a name, else the one person named there, by
surname); the one asking
is the article's author when that is one person (``Par Olivier Thérèse-Lapierre``).
With no one named, or several, the lines keep no speaker (:mod:`.marks` finds them).
The dash lines after ``X a interrogé Y`` (a court's exchange) are :mod:`.dash_exchanges_fr`'s.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.parse_labels import PERSON_LABELS
from newswire.nlp.quotes.textmap import TextMap

__all__ = ["dash_interview_turns"]

_DASHES = ("—", "–")
_QUESTION_ENDS = ("?", "…", "...")
_MIN_QUESTIONS = 2
#: Verbs by which the paragraph before the lines says whom the outlet met or asked.
_MEETING = frozenset(("rencontrer", "interroger", "questionner", "interviewer", "joindre"))


def dash_interview_turns(tmap: TextMap,
                         runs: list[list[int]]) -> tuple[dict[int, Token], set[int]]:
    """The answers of the ``runs`` of dash lines that are an interview, each with its
    speaker token, by paragraph index; and the paragraphs of their questions."""
    if tmap.lexicon is not FRENCH:
        return {}, set()
    answers: dict[int, Token] = {}
    questions: set[int] = set()
    for run in runs:
        if run[0] == 0 or not _alternates(tmap, run):
            continue
        answerer = _answerer(tmap, run[0] - 1)
        if answerer is None:
            continue
        questions.update(run[0::2])
        answers.update((index, answerer) for index in run[1::2])
    return answers, questions


def _alternates(tmap: TextMap, run: list[int]) -> bool:
    """Questions on the even lines, answers on the odd ones, two questions at least."""
    asked = [_line(tmap, index).endswith(_QUESTION_ENDS) for index in run]
    questions = asked[0::2]
    return len(questions) >= _MIN_QUESTIONS and len(run) >= 2 * _MIN_QUESTIONS - 1 \
        and all(questions) and not any(asked[1::2])


def _line(tmap: TextMap, index: int) -> str:
    start, end = tmap.trim(*tmap.paragraphs[index])
    return tmap.text[start:end]


def _answerer(tmap: TextMap, index: int) -> Token | None:
    """Whom the paragraph ``index`` says the outlet met: a meeting verb's named object, else
    the one person it names."""
    first, last = tmap.tokens(*tmap.paragraphs[index])
    words = tmap.doc[first:last]
    for verb in words:
        if verb.lemma_ in _MEETING and verb.pos_ == "VERB":
            # a named person only: "la réalisatrice" may be anyone to the resolver
            met = next((c for c in verb.children if c.dep_ == "obj"
                        and c.ent_type_ in PERSON_LABELS), None)
            if met is not None:
                return met
    people = [ent for ent in tmap.doc.ents
              if ent.label_ in PERSON_LABELS and first <= ent.start and ent.end <= last]
    if not people or len({ent[-1].text for ent in people}) != 1:
        return None
    return people[0].root
