"""French interviews printed with speaker labels, the labels often dropped after the first
exchange: each question is the asker's, each answer the interviewee's.

``franceinfo : Comment va votre fils aujourd'hui ? ¶ Nathalie Dumas : Il ne dort plus. ... ¶
Qu'attendez-vous du rectorat ? ¶ Qu'il nous écoute. ...``: a French web page labels the first
turns with the outlet's or the reporter's name and the interviewee's, with a space before the
colon, then prints the rest as bare question and answer paragraphs.  An exchange starts where
a labelled question (its text ends with ``?``) is followed right away by a turn under another
label; from there each question paragraph (labelled by the asker, or short and ending with
``?``) is the asker's and the paragraph after it the answerer's, until a paragraph fits
neither (the article goes on).  An answer opening with a quotation mark or a dash is left to
its marks, and ends the exchange.  A label naming no person (``franceinfo``, ``Le Monde``)
asks as an organisation, the outlet (the contract: a question is a quote of whoever asked it);
the form's own labels (``Q :``, ``R :``, ``Question :``) name no one, so their turns are no one's.
"""

from __future__ import annotations

import re

from newswire.models import SpeakerKind
from newswire.nlp.quotes.base.parse_labels import DASHES
from newswire.nlp.quotes.base.textmap import Attribution, CharRange, TextMap
from newswire.nlp.quotes.lexicon_fr import FRENCH, MAX_QUESTION_WORDS, person_name
from newswire.nlp.quotes.marked.mark_sets import ALL_MARKS

__all__ = ["french_exchanges"]

#: A label: one to four words (an outlet's ``franceinfo`` in lower case too), a colon after
#: an optional (often narrow no-break) space, then the turn.
_LABEL = re.compile(r"[ \t]*(\w[\w.'’\-]*(?:[ \t]\w[\w.'’\-]*){0,3})[ \t\u00a0\u202f]?:"
                    r"[ \t\u00a0\u202f]+")
#: A person's name in a label: two to four capitalised words (``Nathalie Brégeon-Ferrand``).
_PERSON = person_name(most_words=4)
#: Labels of the question-and-answer form itself (``Q :``, ``R :``, ``Question :``): they
#: name no one, so the turns under them are no one's by their label.  With any one-letter
#: label (``_names_someone``), in any case, this is not :mod:`.interviews_fr`'s
#: ``_FORM_LABEL`` (``Q``, ``R``, ``Question(s)``, ``Réponse(s)`` as capitalised there): the
#: sets differ on purpose, and one set for both would change which turns are taken.
_FORM_LABELS = frozenset(("question", "questions", "réponse", "réponses"))

Turn = tuple[Attribution, SpeakerKind]


def french_exchanges(tmap: TextMap) -> list[Turn]:
    """Each turn of a labelled French interview with the kind its label's name has when the
    article's entities know no such name (``organization`` for an outlet)."""
    if tmap.lexicon is not FRENCH:
        return []
    labels = {i: m for i, (start, end) in enumerate(tmap.paragraphs)
              if (m := _LABEL.match(tmap.text, start, end)) is not None}
    first = next((i for i in labels if i + 1 in labels and _said(tmap, i, labels[i]).endswith("?")
                  and _name(labels[i]) != _name(labels[i + 1])
                  and not _said(tmap, i + 1, labels[i + 1]).endswith("?")), None)
    if first is None:
        return []
    asker, answerer = _name(labels[first]), _name(labels[first + 1])
    turns: list[Turn] = []
    index = first
    while index + 1 < len(tmap.paragraphs):
        question = _turn(tmap, index, labels.get(index), asker, question=True)
        answer = _turn(tmap, index + 1, labels.get(index + 1), answerer, question=False)
        if question is None or answer is None:
            break
        turns.extend(((question, _kind(asker)), (answer, _kind(answerer))))
        index += 2
    return turns


def _turn(tmap: TextMap, index: int, label: re.Match[str] | None, speaker: str, *,
          question: bool) -> Attribution | None:
    """The paragraph as a turn of ``speaker``: under their label, or bare and of the shape a
    question or an answer has; else none (the exchange is over)."""
    if label is not None and _name(label) != speaker:
        return None
    start, end = _said_span(tmap, index, label)
    said = tmap.text[start:end]
    if not said or said[0] in ALL_MARKS or said[0] in DASHES:
        return None
    asks = said.endswith("?") and len(said.split()) <= MAX_QUESTION_WORDS
    if label is None and asks != question:
        return None
    cue = tmap.tokens(*tmap.trim(label.start(1), label.end())) if label is not None else None
    return Attribution(start=start, end=end, kind="direct", paragraph=index, cue=cue,
                       speaker_name=speaker if _names_someone(speaker) else None,
                       sentence=(start, end))


def _said_span(tmap: TextMap, index: int, label: re.Match[str] | None) -> CharRange:
    """A turn's words: its paragraph past its label (if any), trimmed."""
    start = label.end() if label is not None else tmap.paragraphs[index][0]
    return tmap.trim(start, tmap.paragraphs[index][1])


def _said(tmap: TextMap, index: int, label: re.Match[str]) -> str:
    return tmap.text[slice(*_said_span(tmap, index, label))]


def _name(label: re.Match[str]) -> str:
    return label.group(1).strip()


def _names_someone(name: str) -> bool:
    """Whether a label's name can be its speaker: not one letter (``Q``, ``R``) nor a word of
    the form (``Question``, ``Réponse``), which gave the speakers "Q" and "R"; such turns are
    no one's here (:mod:`.interviews_fr` may know whose)."""
    return len(name) > 1 and name.lower() not in _FORM_LABELS


def _kind(name: str) -> SpeakerKind:
    """A label's kind when no entity says: a person's name, else the outlet asking."""
    return "person" if _PERSON.fullmatch(name) else "organization"
