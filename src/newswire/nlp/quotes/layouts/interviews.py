"""Interviews printed as questions and answers: each ``A:`` paragraph is the interviewee's.

``We asked Tricia Nguyen, chief economist at CMHC, what is behind the drop. ¶ Q: Why are
fewer homes being built? ¶ A: Mostly costs. ...``: the answers are the words of the one
person the introduction names, verbatim though no quotation mark holds them, so each is a
direct quote of hers, its ``A:`` the cue.  The introduction is the nearest paragraph before the
first question that names a person (``Nikkei Asia sat down with ... Hiroshi Kanemoto`` after a
paragraph quoting an analyst).  An interview that labels no answer gives the paragraph right
after each question as its answer, and only when its introduction announces an interview
(``asked``, ``sat down with``, ``spoke to``, ``interview``, ``Q&A with``): an explainer's
``Q: What are the tariffs? ¶ The tariffs are ...`` is the reporter's; an answer paragraph
with its own cue (``..., the finance department said.``) is left to that cue.  With no
``Q:`` paragraph, or an introduction naming no person or several, nothing is taken: whose
answers they are is then a guess.  An introduction may name the interviewee by a surname the
model tagged no name (``Hale, in an exchange with ...:``): the person named in full before.

Where any answer is taken, the ``Q:`` paragraphs are questions of whoever the paragraph right
before the first names by trade (``a reporter from the Arizona Republic``, ``host Graham
X``: :func:`.askers.introduced_asker`), else of the outlet it says spoke to the interviewee
(``The Enterprise Review spoke to Dr X``: :func:`.askers.introduced_outlet`), else of no one.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newswire.nlp.quotes.base.parse_labels import ENGLISH_SUBJECT_DEPS
from newswire.nlp.quotes.base.textmap import Attribution, TextMap, TokenRange
from newswire.nlp.quotes.layouts.askers import introduced_asker, introduced_outlet
from newswire.nlp.quotes.marked.mark_sets import ALL_MARKS
from newswire.nlp.quotes.speech.saying import is_speech_verb

__all__ = ["interview_answers"]

_QUESTION = re.compile(r"[ \t]*(?:Q|Question)[:.][ \t]+")
_ANSWER = re.compile(r"[ \t]*(?:A|Answer)[:.][ \t]+")
#: Words of an introduction that announce an interview.
_ANNOUNCED = re.compile(
    r"\b(?:ask(?:ed|s)?|sat down with|sits down with|(?:spoke|speaks|talked|talks) (?:to|with)"
    r"|interview(?:ed|s)?|Q ?& ?A|conversation with|in conversation)\b", re.IGNORECASE)


def interview_answers(tmap: TextMap) -> list[Attribution]:
    """The answers of a printed interview, attributed to the person its introduction names."""
    text = tmap.text
    asked = [i for i, (start, _) in enumerate(tmap.paragraphs) if _QUESTION.match(text, start)]
    if not asked:
        return []
    introduced = _introduced(tmap, asked[0])
    if introduced is None:
        return []
    interviewee, announced = introduced
    answers = []
    for index, after_label, cue in _answer_paragraphs(tmap, asked):
        said_start, said_end = tmap.trim(after_label, tmap.paragraphs[index][1])
        if cue is None and (not announced or _has_own_cue(tmap, said_start, said_end)):
            continue
        if said_end > said_start:
            answers.append(Attribution(
                start=said_start, end=said_end, kind="direct", paragraph=index,
                cue=cue, speaker=interviewee, sentence=(said_start, said_end)))
    return answers + _questions(tmap, asked) if answers else []


def _questions(tmap: TextMap, asked: list[int]) -> list[Attribution]:
    """The ``Q:`` paragraphs, each a direct quote of whoever the paragraph right before the
    first says asked (``Hale, in an exchange with a reporter from the Arizona Republic:``),
    else none."""
    if asked[0] == 0:
        return []
    first, last = tmap.tokens(*tmap.paragraphs[asked[0] - 1])
    asker = introduced_asker(tmap.doc[first:last])
    outlet = introduced_outlet(tmap.doc[first:last]) if asker is None else None
    if asker is None and outlet is None:
        return []
    questions = []
    for index in asked:
        start, end = tmap.paragraphs[index]
        label = _QUESTION.match(tmap.text, start)
        said_start, said_end = tmap.trim(label.end() if label else start, end)
        if said_end > said_start:
            questions.append(Attribution(
                start=said_start, end=said_end, kind="direct", paragraph=index,
                cue=tmap.tokens(*tmap.trim(start, label.end() if label else start)),
                speaker=asker, speaker_name=outlet, sentence=(said_start, said_end)))
    return questions


def _answer_paragraphs(tmap: TextMap, asked: list[int]) -> list[tuple[int, int, TokenRange | None]]:
    """Each answer's paragraph, where its words start and its ``A:`` label: the ``A:``
    paragraphs after the first question or, in an interview that labels no answer, the
    paragraph right after each question (``Q: Why the delay? ¶ We underestimated ...``)."""
    text = tmap.text
    labelled: list[tuple[int, int, TokenRange | None]] = []
    for index, (start, _) in enumerate(tmap.paragraphs):
        marker = _ANSWER.match(text, start)
        if index > asked[0] and marker is not None:
            labelled.append((index, marker.end(), tmap.tokens(*tmap.trim(start, marker.end()))))
    if labelled:
        return labelled
    questions = set(asked)
    return [(index + 1, tmap.paragraphs[index + 1][0], None) for index in asked
            if index + 1 < len(tmap.paragraphs) and index + 1 not in questions
            and text[tmap.trim(*tmap.paragraphs[index + 1])[0]] not in ALL_MARKS]


def _has_own_cue(tmap: TextMap, start: int, end: int) -> bool:
    """Whether a verb of saying with its subject, or ``according to``, lies in the span."""
    first, last = tmap.tokens(start, end)
    return any(is_speech_verb(t, tmap.lexicon) and any(c.dep_ in ENGLISH_SUBJECT_DEPS
                                                       for c in t.children)
               for t in tmap.doc[first:last]) \
        or any(first <= i < last for i in tmap.according_tokens)


def _introduced(tmap: TextMap, first_question: int) -> tuple[Token, bool] | None:
    """The one person (by surname) of the nearest paragraph before the first question that
    names any, else nobody: an analyst quoted before the introduction is not the interviewee;
    and whether that paragraph announces an interview."""
    for start, end in reversed(tmap.paragraphs[:first_question]):
        people = [ent for ent in tmap.doc.ents
                  if ent.label_ == "PERSON" and start <= ent.start_char and ent.end_char <= end]
        if not people:
            people = _surnames_in(tmap, start, end)
        if people:
            surnames = {ent[-1].text for ent in people}
            if len(surnames) != 1:
                return None
            return people[-1].root, _ANNOUNCED.search(tmap.text, start, end) is not None
    return None


def _surnames_in(tmap: TextMap, start: int, end: int) -> list[Span]:
    """The people named before whose surname the paragraph holds though the model tagged no
    name there: ``CLIP AND SAVE -- Hale, in an exchange with a reporter ...:`` after ``Travis
    Hale`` (each as the fullest earlier mention, so the answer goes to the full name)."""
    earlier = [ent for ent in tmap.doc.ents
               if ent.label_ == "PERSON" and len(ent) > 1 and ent.end_char <= start]
    by_surname = {ent[-1].text: ent for ent in earlier}
    first, last = tmap.tokens(start, end)
    return [by_surname[t.text] for t in tmap.doc[first:last]
            if t.text in by_surname and t.is_title and not t.ent_type_]
