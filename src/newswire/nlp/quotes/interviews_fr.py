"""French interviews printed as questions and answers with no label: each answer is the
interviewee's.

``... dénonce l'accumulation des normes. Entretien. ¶ Propos recueillis par Antoine Berthelot ¶
Elle est maire depuis dix-neuf ans ... Martine Dubosc, 63 ans, ... ¶ Vous dites que les maires
sont « épuisés ». Le mot n'est-il pas trop fort ? ¶ Non, et je le pèse. ...``: French papers
announce an interview (``Entretien.``, ``Propos recueillis par``, ``Trois questions à``) and
print each question as a paragraph of its own, its answer in the next, with neither
``Q :`` nor quotation marks.  The answers are the verbatim words of the one person the
introduction names, so each is a direct quote of theirs.  A question is a short paragraph
ending with ``?`` or ``…`` after the announcement; its answer the paragraph right after it,
unless that is a question too or opens with a quotation mark or dash.  An answer reporting
others (``la ministre m'a dit ...``, ``41 % des maires disent ...``) stays the interviewee's
unless their quote fills most of it (``extract._cued_inside``).  With no announcement, fewer
than two questions, or an introduction naming nobody or several people, nothing is taken
(the English ``Q:``/``A:`` shapes are :mod:`newswire.nlp.quotes.interviews`').
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newswire.nlp.quotes.lexicon import PERSON_LABELS
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.mark_sets import ALL_MARKS
from newswire.nlp.quotes.textmap import Attribution, TextMap

__all__ = ["french_interview_answers"]

#: A paragraph announcing an interview: opening with these words ...
_OPENS = re.compile(r"(?:Propos recueillis par|Entretien avec|Interview de"
                    r"|(?:Deux|Trois|Quatre|Cinq|Six|Dix|\d+) questions à)\b", re.IGNORECASE)
#: ... or ending with them, as a deck does (``... la fatigue des élus. Entretien.``).
_ENDS = re.compile(r"(?:^|[.!?…]\s)(?:Entretien|Interview|Entrevue)\s*\.?\s*$")
#: A paragraph with its reporter's name only.
_BYLINE = re.compile(r"Propos recueillis par\b", re.IGNORECASE)
#: Longer paragraphs are no question, whatever they end with.
_MAX_QUESTION_WORDS = 60
_MIN_QUESTIONS = 2
_DASHES = frozenset("—–-")
#: Words an interviewee speaks in: answers with none of them are the reporter's prose (an
#: explainer under an ``Entretien`` rubric that asks its own questions).
_FIRST_PERSON = re.compile(r"\b(?:je|j[’']|me|m[’']|moi|mon|ma|mes|nous|notre|nos|on)\b",
                           re.IGNORECASE)


def french_interview_answers(tmap: TextMap) -> list[Attribution]:
    """The answers of a French interview printed without labels, each the interviewee's."""
    if tmap.lexicon is not FRENCH:
        return []
    announced = next((i for i, para in enumerate(tmap.paragraphs) if _announces(tmap, para)),
                     None)
    if announced is None:
        return []
    questions = [i for i in range(announced + 1, len(tmap.paragraphs))
                 if _is_question(tmap, i)]
    if len(questions) < _MIN_QUESTIONS:
        return []
    interviewee = _interviewee(tmap, announced, questions[0])
    if interviewee is None:
        return []
    answers = []
    asked = set(questions)
    for index in (q + 1 for q in questions):
        if index >= len(tmap.paragraphs) or index in asked:
            continue
        start, end = tmap.trim(*tmap.paragraphs[index])
        if end <= start or tmap.text[start] in ALL_MARKS or tmap.text[start] in _DASHES:
            continue
        answers.append(Attribution(start=start, end=end, kind="direct", paragraph=index,
                                   speaker=interviewee, sentence=(start, end)))
    return answers if _spoken(tmap, answers) else []


def _spoken(tmap: TextMap, answers: list[Attribution]) -> bool:
    """Whether at least half the answers speak in the first person, as an interviewee does."""
    spoken = sum(1 for a in answers if _FIRST_PERSON.search(tmap.text, a.start, a.end))
    return 2 * spoken >= len(answers) > 0


def _announces(tmap: TextMap, para: tuple[int, int]) -> bool:
    start, end = tmap.trim(*para)
    return _OPENS.match(tmap.text, start, end) is not None \
        or _ENDS.search(tmap.text[start:end]) is not None


def _is_question(tmap: TextMap, index: int) -> bool:
    """A short paragraph ending with ``?`` or ``…`` (``...``), not a quotation."""
    start, end = tmap.trim(*tmap.paragraphs[index])
    text = tmap.text[start:end].rstrip(" \u00a0\u202f")
    if not text or text[0] in ALL_MARKS or len(text.split()) > _MAX_QUESTION_WORDS:
        return False
    return text.endswith(("?", "…", "..."))


def _interviewee(tmap: TextMap, announced: int, first_question: int) -> Token | None:
    """The one person (by surname) named in the nearest paragraph from the announcement to
    the first question that names any, past the reporter's byline; else nobody."""
    # one pass over the entities, each put in its paragraph (no paragraph-by-entity loop)
    people: dict[int, list[Span]] = {}
    for ent in tmap.doc.ents:
        index = tmap.paragraph_index(ent.start_char)
        if ent.label_ in PERSON_LABELS and announced <= index < first_question \
                and ent.end_char <= tmap.paragraphs[index][1]:
            people.setdefault(index, []).append(ent)
    for index in sorted(people, reverse=True):
        if not _BYLINE.match(tmap.text, *tmap.trim(*tmap.paragraphs[index])):
            named = people[index]
            return named[-1].root if len({ent[-1].text for ent in named}) == 1 else None
    return None
