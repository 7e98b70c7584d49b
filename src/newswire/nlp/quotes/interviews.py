"""Interviews printed as questions and answers: each ``A:`` paragraph is the interviewee's.

``We asked Tricia Nguyen, chief economist at CMHC, what is behind the drop. ¶ Q: Why are
fewer homes being built? ¶ A: Mostly costs. ...``: the answers are the words of the one
person the introduction names, verbatim though no quotation mark holds them, so each is a
direct quote of hers, its ``A:`` the cue.  With no ``Q:`` paragraph, or an introduction naming
no person or several, nothing is taken: whose answers they are is then a guess.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newswire.nlp.quotes.textmap import Attribution, TextMap

__all__ = ["interview_answers"]

_QUESTION = re.compile(r"[ \t]*(?:Q|Question)[:.][ \t]+")
_ANSWER = re.compile(r"[ \t]*(?:A|Answer)[:.][ \t]+")


def interview_answers(tmap: TextMap) -> list[Attribution]:
    """The answers of a printed interview, attributed to the person its introduction names."""
    text = tmap.text
    asked = [i for i, (start, _) in enumerate(tmap.paragraphs) if _QUESTION.match(text, start)]
    if not asked:
        return []
    interviewee = _introduced(tmap, tmap.paragraphs[asked[0]][0])
    if interviewee is None:
        return []
    answers = []
    for index, (start, end) in enumerate(tmap.paragraphs):
        marker = _ANSWER.match(text, start)
        if index < asked[0] or marker is None:
            continue
        said_start, said_end = tmap.trim(marker.end(), end)
        cue_start, cue_end = tmap.trim(start, marker.end())
        if said_end > said_start:
            answers.append(Attribution(
                start=said_start, end=said_end, kind="direct", paragraph=index,
                cue=tmap.tokens(cue_start, cue_end), speaker=interviewee,
                sentence=(said_start, said_end)))
    return answers


def _introduced(tmap: TextMap, questions_start: int) -> Token | None:
    """The one person named before the first question (by surname), else nobody."""
    people = [ent for ent in tmap.doc.ents
              if ent.label_ == "PERSON" and ent.end_char <= questions_start]
    surnames = {ent[-1].text for ent in people}
    return people[-1].root if len(surnames) == 1 else None
