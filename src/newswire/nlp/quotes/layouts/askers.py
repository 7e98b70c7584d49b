"""Who asks an interview's or a transcript's questions when no name does: the press.

The contract: a question is a quote of whoever asked it.  A transcript labels its questions
``Q:`` / ``QUESTION:`` (a news conference's floor: ``reporters``, a group) or by the asker's
trade (``REPORTER:``, ``Journalist:``, ``INTERVIEWER:``: ``a reporter``, one person the text
leaves unnamed).  A label naming a person is that person's, as any turn (:mod:`.transcripts`).
An interview's introduction names its asker by the same trades (:data:`ASKER_WORDS`,
:func:`introduced_asker`: ``host Graham X``, ``a reporter from the Arizona Republic``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newswire.models import SpeakerKind

__all__ = ["ASKER_WORDS", "INTERVIEWING", "asker_kind", "introduced_asker", "introduced_outlet",
           "outlet_name", "press_asker"]

#: Labels of a question by the press, and the phrase and kind of speaker each stands for.
_PRESS: dict[str, tuple[str, SpeakerKind]] = {
    "q": ("reporters", "group"),
    "question": ("reporters", "group"),
    "reporter": ("a reporter", "person"),
    "journalist": ("a journalist", "person"),
    "interviewer": ("an interviewer", "person"),
}
_KINDS = dict(_PRESS.values())
#: Verbs whose subject conducts an interview (``spoke with``, ``sat down with``, ``asked``).
INTERVIEWING = frozenset(("speak", "talk", "sit", "interview", "ask", "chat"))
#: Words of the press naming whoever asks in an introduction (``The Current host Graham
#: Sutherland-Oyo``, ``an exchange with a reporter from the Arizona Republic``).
ASKER_WORDS = frozenset(("host", "reporter", "journalist", "interviewer", "anchor", "presenter",
                         "correspondent", "editor", "columnist", "producer"))


def press_asker(label: str) -> str | None:
    """The speaker phrase of a question labelled ``label`` (``Q`` -> ``reporters``), if the
    label names the press and nobody in it."""
    asker = _PRESS.get(label.strip().lower())
    return asker[0] if asker is not None else None


def asker_kind(speaker: str | None) -> SpeakerKind | None:
    """The kind of a speaker phrase :func:`press_asker` gave, else none."""
    return _KINDS.get(speaker) if speaker is not None else None


def introduced_asker(intro: Span) -> Token | None:
    """Who asks, as an interview's introduction names them: the person named right after a
    word of the press (``host Graham Sutherland-Oyo``), else that word itself (``a reporter
    from the Arizona Republic``), if the introduction holds exactly one such word."""
    words = [t for t in intro if t.lower_ in ASKER_WORDS and t.pos_ == "NOUN"]
    if len(words) != 1:
        return None
    word = words[0]
    named = next((ent for ent in intro.doc.ents
                  if ent.label_ == "PERSON" and ent.start == word.i + 1), None)
    return named.root if named is not None else word


def introduced_outlet(intro: Span) -> str | None:
    """The outlet an interview's introduction says spoke to the interviewee, when it names
    no asker by trade: ``The Enterprise Review spoke to Dr Ní Loingsigh after the
    announcement.`` (a business weekly's ``Q:``/``A:``: the outlet asks, as its label would):
    the one proper noun, no person's name, that is the subject of ``spoke``, ``talked``,
    ``sat down`` or ``interviewed`` there."""
    subjects = [t for t in intro if t.dep_ == "nsubj" and t.pos_ == "PROPN"
                and t.ent_type_ != "PERSON" and t.head.lemma_ in INTERVIEWING]
    return outlet_name(subjects[0]) if len(subjects) == 1 else None


def outlet_name(token: Token) -> str:
    """A proper noun's whole name: the compounds before it and a capitalised ``The``
    (``STV News``, ``The Enterprise Review``)."""
    doc, start = token.doc, token.i
    while start > 0 and doc[start - 1].dep_ == "compound" \
            and start <= doc[start - 1].head.i <= token.i:
        start -= 1
    if start > 0 and doc[start - 1].text == "The":
        start -= 1
    return doc[start:token.i + 1].text
