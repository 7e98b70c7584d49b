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
(the English ``Q:``/``A:`` shapes are :mod:`newswire.nlp.quotes.layouts.interviews`').
The questions are quotes too, the interviewer's (the contract): when a byline paragraph
before the first question names one person (``Propos recueillis par Antoine Berthelot``,
``Recueilli par ...``, ``Entretien réalisé par ...``), each question is a direct quote of
theirs; with no such byline the questions are left unattributed and not taken.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newswire.nlp.quotes.base.parse_labels import DASHES, PERSON_LABELS
from newswire.nlp.quotes.base.textmap import Attribution, TextMap
from newswire.nlp.quotes.lexicon_fr import FRENCH, MAX_QUESTION_WORDS, person_name
from newswire.nlp.quotes.marked.mark_sets import ALL_MARKS

__all__ = ["french_interview_answers"]

#: A paragraph announcing an interview: opening with these words ...
_OPENS = re.compile(r"(?:Propos recueillis par|Entretien avec|Interview de"
                    r"|(?:(?:Deux|Trois|Quatre|Cinq|Six|Dix|\d+) )?questions à)\b", re.IGNORECASE)
#: ... or saying, in a short paragraph, that the outlet put its questions to someone
#: (``le manager bayonnais a répondu à nos questions``).
_ASKED = re.compile(r"\b(?:posé (?:la|une|des|nos|quelques) questions? à"
                    r"|répondu à (?:nos|quelques) questions)", re.IGNORECASE)
_MAX_ASKED_WORDS = 40
#: ... or ending with them, as a deck does (``... la fatigue des élus. Entretien.``); a deck
#: ending ``Extraits.`` announces the answers of a press conference printed the same way.
#: ``Rencontre.`` ends the deck of an interview met in person (``... signe un huis clos
#: bouleversant. Rencontre.``), as ``Entretien.`` does.
_ENDS = re.compile(r"(?:^|[.!?…]\s)(?:Entretien|Interview|Entrevue|Extraits|Rencontre)"
                   r"\s*\.?\s*$")
#: A headline filed under the interview rubric (``Entrevue | « ... »``, ``Interview : ...``)
#: announces the interview from the body's first paragraph on.
_RUBRIC = re.compile(r"\s*(?:Entretien|Interview|Entrevue)\s*[|:–—-]")
#: A paragraph with its reporter's name only: the interviewer's.
_BYLINE = re.compile(r"(?:Propos recueillis|Recueilli(?:e|s|es)?|Entretien réalisé|Interview"
                     r" réalisée)\s+par\b", re.IGNORECASE)
#: A short paragraph signed ``Par ...`` (``Par Nicolas Darrigade``) names the writer too.
_SIGNED = re.compile(r"Par\s")
_MAX_SIGNED_WORDS = 8
#: One person's name: two or three capitalised words (``Jean-Marc Le Goff`` too).
_PERSON_NAME = person_name(most_words=3)
_MIN_QUESTIONS = 2
#: The question-and-answer form's own labels (``Q :``, ``R :``, ``Question :``): no words
#: of the one who speaks (the labelled exchanges of :mod:`.exchanges_fr` leave them here).
_FORM_LABEL = re.compile(r"(?:Q|R|Questions?|Réponses?)[ \u00a0\u202f]?:(?:[ \t\u00a0\u202f]+|$)")
#: A label naming who speaks: one to four capitalised words and a colon (``Inès Vautrin :``).
_NAMED_LABEL = re.compile(r"[A-ZÀ-Ý][\w.'’\-]*(?:[ \t][A-ZÀ-Ý][\w.'’\-]*){0,3}"
                          r"[ \t\u00a0\u202f]?:[ \t\u00a0\u202f]")
#: Words an interviewee speaks in: answers with none of them are the reporter's prose (an
#: explainer under an ``Entretien`` rubric that asks its own questions).
_FIRST_PERSON = re.compile(r"\b(?:je|j[’']|me|m[’']|moi|mon|ma|mes|nous|notre|nos|on)\b",
                           re.IGNORECASE)


def french_interview_answers(tmap: TextMap, author: str | None = None,
                             headline: str = "") -> list[Attribution]:
    """The answers of a French interview printed without labels, each the interviewee's (an
    answer in quotation marks opens with its mark: it gives its speaker to the marked quotes
    in it, see ``extract``), and its questions, each the interviewer's (a byline in the
    body, else the article's ``author`` when that is one person's name)."""
    if tmap.lexicon is not FRENCH:
        return []
    announced = next((i for i, para in enumerate(tmap.paragraphs) if _announces(tmap, para)),
                     0 if _RUBRIC.match(headline) else None)
    if announced is None:
        return []
    questions = [i for i in range(announced + 1, len(tmap.paragraphs))
                 if _is_question(tmap, i)]
    if len(questions) < _MIN_QUESTIONS:
        return []
    interviewee = _interviewee(tmap, announced, questions[0], headline)
    if interviewee is None:
        return []
    answers, in_marks = _answers(tmap, questions, interviewee)
    # answers in quotation marks are speech whoever the marks give them to
    if not (_spoken(tmap, answers) or (len(in_marks) >= _MIN_QUESTIONS and not answers)):
        return []
    return answers + in_marks + _questions(tmap, questions, _interviewer(tmap, questions[0]),
                                _one_name(author))


def _answers(tmap: TextMap, questions: list[int],
             interviewee: Token) -> tuple[list[Attribution], list[Attribution]]:
    """The paragraph after each question as the interviewee's answer: the bare ones, and
    those opening with a quotation mark (a dash opens a line of dialogue: no answer)."""
    answers: list[Attribution] = []
    in_marks: list[Attribution] = []
    asked = set(questions)
    for index in (q + 1 for q in questions):
        if index >= len(tmap.paragraphs) or index in asked:
            continue
        start, end = _said_span(tmap, index)
        if end <= start or tmap.text[start] in DASHES:
            continue
        answer = Attribution(start=start, end=end, kind="direct", paragraph=index,
                             speaker=interviewee, sentence=(start, end))
        (in_marks if tmap.text[start] in ALL_MARKS else answers).append(answer)
    return answers, in_marks


def _questions(tmap: TextMap, questions: list[int], interviewer: Token | None,
               author: str | None) -> list[Attribution]:
    """Each question paragraph as a direct quote of the interviewer, when one is named."""
    if interviewer is None and author is None:
        return []
    asked = []
    for index in questions:
        start, end = _said_span(tmap, index)
        if end > start:
            asked.append(Attribution(start=start, end=end, kind="direct", paragraph=index,
                                     speaker=interviewer, sentence=(start, end),
                                     speaker_name=None if interviewer is not None else author))
    return asked


def _said_span(tmap: TextMap, index: int) -> tuple[int, int]:
    """A question's or an answer's paragraph, trimmed, past a label of the form."""
    start, end = tmap.trim(*tmap.paragraphs[index])
    # the form's label, or one naming the speaker (``Le Temps: ...``, ``Inès Vautrin : ...``):
    # no words of the turn
    label = _FORM_LABEL.match(tmap.text, start, end) or _NAMED_LABEL.match(tmap.text, start, end)
    return tmap.trim(label.end(), end) if label is not None else (start, end)


def _one_name(author: str | None) -> str | None:
    """The byline when it is one person's name (``Nicolas Darrigade``), not a desk, a list
    or an outlet (``la rédaction``, ``A. Roux et L. Petit``)."""
    if author is None or not _PERSON_NAME.fullmatch(author.strip()):
        return None
    return author.strip()


def _interviewer(tmap: TextMap, first_question: int) -> Token | None:
    """The one person a byline paragraph (``Propos recueillis par ...``) before the first
    question names, else nobody."""
    for index in range(first_question):
        start, end = tmap.trim(*tmap.paragraphs[index])
        byline = _BYLINE.match(tmap.text, start, end) or (
            _SIGNED.match(tmap.text, start, end)
            if len(tmap.text[start:end].split()) <= _MAX_SIGNED_WORDS else None)
        if byline is not None:
            # the names after ``par``: the model tags ``Recueilli`` a person too
            # the model may run a byline's name over the blank line after it
            names = {tuple(t.text for t in ent if not t.is_space): ent for ent in tmap.doc.ents
                     if ent.label_ in PERSON_LABELS and byline.end() <= ent.start_char < end}
            if len(names) != 1:
                return None
            (name, ent), = names.items()
            return next((t for t in reversed(ent) if not t.is_space), None) if name else None
    return None


def _spoken(tmap: TextMap, answers: list[Attribution]) -> bool:
    """Whether at least half the answers speak in the first person, as an interviewee does."""
    spoken = sum(1 for a in answers if _FIRST_PERSON.search(tmap.text, a.start, a.end))
    return 2 * spoken >= len(answers) > 0


def _announces(tmap: TextMap, para: tuple[int, int]) -> bool:
    start, end = tmap.trim(*para)
    return _OPENS.match(tmap.text, start, end) is not None \
        or _ENDS.search(tmap.text[start:end]) is not None \
        or (_ASKED.search(tmap.text, start, end) is not None
            and len(tmap.text[start:end].split()) <= _MAX_ASKED_WORDS)


def _is_question(tmap: TextMap, index: int) -> bool:
    """A short paragraph ending with ``?`` or ``…`` (``...``), not a quotation."""
    start, end = tmap.trim(*tmap.paragraphs[index])
    text = tmap.text[start:end]
    if not text or text[0] in ALL_MARKS or len(text.split()) > MAX_QUESTION_WORDS:
        return False
    return text.endswith(("?", "…", "..."))


def _interviewee(tmap: TextMap, announced: int, first_question: int,
                 headline: str = "") -> Token | None:
    """The one person (by surname) named in the nearest paragraph from the announcement to
    the first question that names any, past the reporter's byline (of several there, the
    one the ``headline`` names); else nobody."""
    # one pass over the entities, each put in its paragraph (no paragraph-by-entity loop)
    people: dict[int, list[Span]] = {}
    for ent in tmap.doc.ents:
        index = tmap.paragraph_index(ent.start_char)
        if ent.label_ in PERSON_LABELS and announced <= index < first_question \
                and ent.end_char <= tmap.paragraphs[index][1]:
            people.setdefault(index, []).append(ent)
    introduced = [index for index in sorted(people, reverse=True)
                  if not _BYLINE.match(tmap.text, *tmap.trim(*tmap.paragraphs[index]))]
    # the headline over an interview names its interviewee, wherever the introduction does
    headlined = _headlined([ent for index in introduced for ent in people[index]], headline)
    if headlined is not None or not introduced:
        return headlined
    named = _full_named(people[introduced[0]])
    return named[-1].root if len({ent[-1].text for ent in named}) == 1 else None


def _full_named(named: list[Span]) -> list[Span]:
    """The people a paragraph names by a full name, and by the surname of one (``Geneviève
    Saint-Amand ... Mme Saint-Amand``): a lone word the model took for a person beside them
    (``Ouranos``, the consortium she works for) is not the interviewee; all of them when no
    one is named in full."""
    surnames = {ent[-1].text for ent in named if len(ent.text.split()) > 1}
    return [ent for ent in named if ent[-1].text in surnames] or named


def _headlined(named: list[Span], headline: str) -> Token | None:
    """Of several people an introduction names (the coach, his scorer, his captain), the
    one whose surname the headline carries (``« ... », tempère Mbarga Essomba``; past its
    quotation when it has one): a headline over an interview names its interviewee; else
    nobody."""
    # past a quotation, the headline's cue names its speaker (not a label before it); a
    # headline ending with its quotation names the speaker in a label before it
    # (``Nathalie Desmedt : « ... »``)
    closing = max((headline.rfind(mark) for mark in "»”\""), default=-1)
    words = set(re.findall(r"[\w-]+", headline[closing + 1:]))
    if not words:
        opening = min((at for at in (headline.find(mark) for mark in "«“\"") if at >= 0),
                      default=0)
        words = set(re.findall(r"[\w-]+", headline[:opening]))
    held = {ent[-1].text: ent for ent in named if ent[-1].text in words}
    return next(iter(held.values())).root if len(held) == 1 else None
