"""English interviews printed without labels: ``Ferrante-Obi spoke to The Current host Graham
Sutherland-Oyo about ... Here is part of their conversation, edited for length and clarity.
¶ Dr. Ferrante-Obi, what happens on a day when your emergency department is closed? ¶ We put
a sign on the door ...``.

Radio and television Q&As are printed so: an introduction saying the text is a conversation
or an interview (``edited for length and clarity``), then each question as a paragraph of its
own ending with ``?`` and its answer in the next, with neither ``Q:`` nor quotation marks
(the ``Q:``/``A:`` shapes are :mod:`.interviews`', the French ones :mod:`.interviews_fr`'s).
The answers are the guest's words, the questions the host's: the introduction's verb of
talking (``spoke to``, ``talked with``, ``sat down with``, ``interviewed``) joins the two,
and the side that names a host's role (``host``, ``anchor``) is the host.  An answer is the
paragraph right after a question, or after the host's reported question (``Sutherland-Oyo
asked Ferrante-Obi whether she has thought about leaving.``), unless it is a question too,
opens with a quotation mark or has a cue of its own (the article's narration again).  With
no announcement, fewer than two questions, or no one guest named, nothing is taken.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.mark_sets import ALL_MARKS
from newswire.nlp.quotes.saying import is_speech_verb
from newswire.nlp.quotes.textmap import Attribution, TextMap

__all__ = ["bare_interview_turns"]

#: A paragraph saying what follows is a conversation or an interview as printed.
_ANNOUNCES = re.compile(
    r"\b(?:(?:their|our|the|this|that) (?:conversation|interview)|Q ?& ?A"
    r"|edited (?:slightly )?for (?:length|clarity|brevity))\b", re.IGNORECASE)
#: Verbs of talking whose subject and object are the two sides of an interview.
_TALKING = frozenset(("speak", "talk", "chat", "sit", "interview"))
#: Words of a host's role.
_HOST_ROLES = frozenset(("host", "co-host", "anchor", "interviewer", "presenter"))
#: A question's label: such an interview is read by :mod:`.interviews`.
_LABEL = re.compile(r"[ \t]*(?:Q|Question)[:.]")
#: Entity types a person's name may carry here (the model may leave a host's name untyped).
_PERSON_TYPES = frozenset(("", "PERSON"))
_MIN_QUESTIONS = 2
_MAX_QUESTION_WORDS = 60


def bare_interview_turns(tmap: TextMap) -> list[Attribution]:
    """The answers of an English interview printed without labels, each the guest's, and its
    questions, each the host's when the introduction names one."""
    if tmap.lexicon is not ENGLISH:
        return []
    announced = next((i for i, (start, end) in enumerate(tmap.paragraphs)
                      if _ANNOUNCES.search(tmap.text, start, end)), None)
    if announced is None:
        return []
    questions = [i for i in range(announced + 1, len(tmap.paragraphs)) if _is_question(tmap, i)]
    if any(_LABEL.match(tmap.text, tmap.paragraphs[i][0]) for i in questions):
        return []  # "Q: Why the delay?": a labelled interview, :mod:`.interviews`' to read
    sides = _sides(tmap, announced)
    if len(questions) < _MIN_QUESTIONS or sides is None:
        return []
    guest, host = sides
    asked = questions + [i for i in range(announced + 1, len(tmap.paragraphs))
                         if i not in questions and _asks(tmap, i, guest)]
    turns = [_turn(tmap, i + 1, guest) for i in sorted(asked)
             if i + 1 < len(tmap.paragraphs) and i + 1 not in asked and _answers(tmap, i + 1)]
    if host is not None:
        turns.extend(_turn(tmap, i, host) for i in questions)
    return sorted(turns, key=lambda a: a.start)


def _turn(tmap: TextMap, index: int, speaker: Token) -> Attribution:
    start, end = tmap.trim(*tmap.paragraphs[index])
    return Attribution(start=start, end=end, kind="direct", paragraph=index, speaker=speaker,
                       sentence=(start, end))


def _is_question(tmap: TextMap, index: int) -> bool:
    """A paragraph of at most :data:`_MAX_QUESTION_WORDS` words ending with ``?``, not a
    quotation."""
    start, end = tmap.trim(*tmap.paragraphs[index])
    text = tmap.text[start:end]
    return bool(text) and text[0] not in ALL_MARKS and text.endswith("?") \
        and len(text.split()) <= _MAX_QUESTION_WORDS


def _answers(tmap: TextMap, index: int) -> bool:
    """Whether a paragraph after a question reads as its answer: words, no opening quotation
    mark, no cue of its own."""
    start, end = tmap.trim(*tmap.paragraphs[index])
    return end > start and tmap.text[start] not in ALL_MARKS and tmap.has_word(start, end) \
        and not tmap.overlaps_quote(start, end) and not _names_a_source(tmap, start, end)


def _names_a_source(tmap: TextMap, start: int, end: int) -> bool:
    """Whether a verb of saying in the span has a subject that is no pronoun (``..., the
    health authority said``), or ``according to`` is there: the narration's source, not the
    guest's own ``I'm saying`` or the ``he called 911`` of a story the guest tells."""
    first, last = tmap.tokens(start, end)
    return any(is_speech_verb(t, tmap.lexicon) and any(
        c.dep_ == "nsubj" and c.pos_ != "PRON" for c in t.children)
        for t in tmap.doc[first:last]) or any(first <= i < last for i in tmap.according_tokens)


def _asks(tmap: TextMap, index: int, guest: Token) -> bool:
    """``Sutherland-Oyo asked Ferrante-Obi whether ...``: a question to the guest reported."""
    first, last = tmap.tokens(*tmap.paragraphs[index])
    return any(t.lemma_ == "ask" and t.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.text == guest.text for c in t.children)
        for t in tmap.doc[first:last])


def _sides(tmap: TextMap, announced: int) -> tuple[Token, Token | None] | None:
    """The guest and the host (None when not a person) the introduction's verb of talking
    joins, in the announcing paragraph or the one before it; None when none does."""
    for index in (announced, announced - 1):
        if index < 0:
            continue
        first, last = tmap.tokens(*tmap.paragraphs[index])
        for verb in tmap.doc[first:last]:
            if verb.pos_ == "VERB" and verb.lemma_ in _TALKING:
                sides = _talking_sides(verb)
                if sides is not None:
                    return sides
    return None


def _talking_sides(verb: Token) -> tuple[Token, Token | None] | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    other = next((c for c in verb.children if c.dep_ == "dobj"), None)
    for prep in verb.children:
        if other is None and prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
            other = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if subject is None or other is None:
        return None
    one, two = _person(subject), _person(other)
    if _is_host(other) or (not _is_host(subject) and verb.lemma_ in ("speak", "talk")):
        guest, host = one, two  # "X spoke to The Current host Y"
    else:
        guest, host = two, one  # "Y sat down with X", "the host interviewed X"
    return (guest, host) if guest is not None else None


def _person(side: Token) -> Token | None:
    """The proper name a side of the talk is: itself, or the name set beside its role."""
    name = side if side.pos_ == "PROPN" else next(
        (c for c in side.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return name if name is not None and name.ent_type_ in _PERSON_TYPES else None


def _is_host(side: Token) -> bool:
    """Whether a side is named by a host's role (``The Current host Graham ...``)."""
    return side.lower_ in _HOST_ROLES or any(t.lower_ in _HOST_ROLES for t in side.subtree
                                             if t.i < side.i or t.head.i == side.i)
