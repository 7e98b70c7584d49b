"""Conversations printed without labels: a radio or magazine Q&A whose questions stand alone.

``Ferrante-Obi spoke to The Current host Graham Sutherland-Oyo about ... Here is part of their
conversation, edited for length and clarity. ¶ Dr. Ferrante-Obi, what happens on a day when
...? ¶ We put a sign on the door ...``: the paper says it prints a conversation, then gives
each question as a paragraph of its own (bold in print, plain once the page is text) and the
answer as the paragraph after it, neither in quotation marks.  Both are verbatim speech: a
question is the interviewer's, its answer the interviewee's (the contract: a question is a
quote of whoever asked it).

Only after a sentence saying the text is an edited conversation or interview (``edited for
length``, ``edited and condensed``, ``part of their conversation``), in the same paragraph as
the two people it names: the one named after a word of the press (``host``, ``reporter``)
asks, the other answers.  A question paragraph ends in ``?``, holds no quotation mark and no
label (``Votebeat: ...`` is :mod:`.transcripts`); its answer is the next paragraph when that
is no question, opens with no mark and has no cue of its own.  Fewer than two answered
questions are no conversation: one rhetorical question after an editor's note is not one.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newswire.nlp.quotes.base.textmap import Attribution, TextMap
from newswire.nlp.quotes.layouts.askers import ASKER_WORDS
from newswire.nlp.quotes.marked.mark_sets import ALL_MARKS, DOUBLE_CLOSE, DOUBLE_OPEN
from newswire.nlp.quotes.speech.saying import is_speech_verb

__all__ = ["conversation_turns"]

#: An editor's note that what follows is a conversation as spoken, cut but not rewritten.
_EDITED = re.compile(
    r"\b(?:edited (?:for (?:length|clarity|brevity)|and condensed)|condensed and edited"
    r"|(?:part|parts|excerpts?) of (?:their|our|the|that|this|his|her) "
    r"(?:conversation|interview|exchange))\b", re.IGNORECASE)
#: A speaker label opening a paragraph (``Votebeat:``, ``Q:``): a transcript's, not ours.
_LABEL = re.compile(r"[ \t]*[A-Z][\w.'’\- ]{0,40}:[ \t]")
#: Double quotation marks: a question quoting someone is a paragraph of the story (an
#: apostrophe, straight or curly, is no mark here: ``Why can't the hospital stay open?``).
_DOUBLE_MARKS = DOUBLE_OPEN | DOUBLE_CLOSE | {'"'}
_MIN_ANSWERED = 2

#: A question of more words than this is a paragraph of the story that ends in one.
_MAX_QUESTION_WORDS = 60


def conversation_turns(tmap: TextMap) -> list[Attribution]:
    """The questions and answers of an unlabelled conversation, each a direct quote of its
    asker or answerer."""
    text = tmap.text
    intro = next((i for i, (start, end) in enumerate(tmap.paragraphs)
                  if _EDITED.search(text, start, end)), None)
    if intro is None:
        return []
    parties = _parties(tmap, *tmap.paragraphs[intro])
    if parties is None:
        return []
    asker, answerer = parties
    turns: list[Attribution] = []
    for index in range(intro + 1, len(tmap.paragraphs) - 1):
        question = _is_question(tmap, index)
        if not (question or _reports_asking(tmap, index)) or _is_question(tmap, index + 1):
            continue
        start, end = tmap.trim(*tmap.paragraphs[index + 1])
        # a line of spaces is no answer (and, last, would read past the text)
        if start == end or text[start] in ALL_MARKS or _LABEL.match(text, start) \
                or _cites_other(tmap, start, end):
            continue
        if question:
            turns.append(_turn(tmap, index, asker))
        turns.append(_turn(tmap, index + 1, answerer))
    return turns if len(turns) >= 2 * _MIN_ANSWERED else []


def _cites_other(tmap: TextMap, start: int, end: int) -> bool:
    """Whether a paragraph cites someone by name or noun (``..., the union said.``,
    ``according to``): the story's, not an answer.  The answerer's own ``I'm not saying``
    and a passive ``is told`` cite nobody."""
    first, last = tmap.tokens(start, end)
    return any(is_speech_verb(t, tmap.lexicon) and any(
        c.dep_ == "nsubj" and c.pos_ != "PRON" for c in t.children)
        for t in tmap.doc[first:last]) or any(first <= i < last for i in tmap.according_tokens)


def _parties(tmap: TextMap, start: int, end: int) -> tuple[Token, Token] | None:
    """Who asks and who answers: the person named after a word of the press, and the one
    other person the paragraph names (else the name that is the subject of the asker's
    sentence: ``Ferrante-Obi spoke to ... host Graham Sutherland-Oyo``, a hyphenated surname
    opening a sentence the model left untagged), else nobody."""
    people = [ent for ent in tmap.doc.ents
              if ent.label_ == "PERSON" and start <= ent.start_char and ent.end_char <= end]
    askers = [ent for ent in people if _after_press_word(ent)]
    if len({ent[-1].text for ent in askers}) != 1:
        return None
    asker = askers[0]
    others = {ent[-1].text: ent.root for ent in people if ent[-1].text != asker[-1].text}
    if len(others) > 1:
        return None
    answerer = next(iter(others.values()), None) or _named_subject(asker)
    return (asker.root, answerer) if answerer is not None else None


def _named_subject(asker: Span) -> Token | None:
    """The proper-noun subject of the verb the asker's sentence is about, if any."""
    root = asker.sent.root
    return next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                 and not asker.start <= c.i < asker.end), None)


def _after_press_word(ent: Span) -> bool:
    """Whether a word of the press stands just before the name (``host Graham ...``)."""
    before = ent.doc[max(0, ent.start - 2):ent.start]
    return any(t.lower_ in ASKER_WORDS for t in before)


def _is_question(tmap: TextMap, index: int) -> bool:
    """Whether a paragraph is a question printed alone: it ends in ``?``, is short, opens
    with no label and holds no quotation mark."""
    start, end = tmap.trim(*tmap.paragraphs[index])
    said = tmap.text[start:end]
    return (said.endswith("?") and len(said.split()) <= _MAX_QUESTION_WORDS
            and not _LABEL.match(said) and not any(c in _DOUBLE_MARKS for c in said))


def _reports_asking(tmap: TextMap, index: int) -> bool:
    """Whether a paragraph is one sentence telling a question was asked (``Back on The
    Current, Sutherland-Oyo asked Ferrante-Obi whether she has thought about leaving.``): the
    next paragraph is the answer, the question itself no one's verbatim words."""
    first, last = tmap.tokens(*tmap.trim(*tmap.paragraphs[index]))
    if last <= first:
        return False
    sentence = tmap.doc[first].sent
    return sentence.end >= last and sentence.root.lemma_ == "ask" and any(
        c.dep_ in ("nsubj", "dobj") and c.pos_ == "PROPN" for c in sentence.root.children)


def _turn(tmap: TextMap, index: int, speaker: Token) -> Attribution:
    """A paragraph as one direct quote of ``speaker``, with no cue word."""
    start, end = tmap.trim(*tmap.paragraphs[index])
    return Attribution(start=start, end=end, kind="direct", paragraph=index, cue=None,
                       speaker=speaker, sentence=(start, end))
