"""Cues with nothing said of their own, in the sentence next to a quote.

News often puts the attribution in a sentence of its own, beside the quote it introduces:
``Sam Lau, the party's spokesman, said in a statement. “There are no ballots.”`` or
``“Not us!” Murphy, the head of the group, tweeted on Friday.``  The parse ends the sentence
at the full stop (or at the closing mark), so the quote is not in the cue's sentence and the
subject may sit far from the verb.  A verb of saying whose own clause holds nothing said (no
clausal complement, no object) has its content elsewhere: the quote that touches its
sentence.  So is ``, she said.`` ending the sentence of a quote that has a cue before it
(``Feinstein said "...," she said. "..."``): it speaks the next quote, as PolNeAR marks it.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS, OBJECT_DEPS, SENTENCE_ENDS
from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.marked.marks import MarkedQuote
from newswire.nlp.quotes.resolution.speaker_heads import adjacent_speaker, can_speak
from newswire.nlp.quotes.speech.cues import Cue, subject_of
from newswire.nlp.quotes.speech.saying import is_speech_verb

__all__ = ["bare_cue_beside"]

# What a verb of saying governs when its clause carries the content itself.
_CONTENT_DEPS = frozenset(("ccomp", "xcomp", "dobj", "obj", "parataxis"))
_GAP = 3  # characters of space (or a mark) allowed between the quote and the next sentence


def bare_cue_beside(tmap: TextMap, quote: MarkedQuote) -> Cue | None:
    """The contentless cue of the sentence right before or right after ``quote``."""
    if quote.unclosed or quote.continued:
        return None
    return _cue_after(tmap, quote) or _cue_before(tmap, quote)


def _cue_before(tmap: TextMap, quote: MarkedQuote) -> Cue | None:
    """``X said in a statement.`` ending just before the opening mark, in the same paragraph."""
    para_start = tmap.paragraph_of(quote.start)[0]
    before = tmap.text[:quote.before_mark].rstrip()
    if len(before) <= para_start or before[-1] not in SENTENCE_ENDS:
        return None
    if tmap.is_quoted(len(before) - 1):
        return None  # the sentence before is another quote
    return (_bare_cue_in(tmap, tmap.sentence_chars(len(before) - 1, len(before)))
            or _cue_after_quote(tmap, len(before), para_start))


def _cue_after_quote(tmap: TextMap, end: int, para_start: int) -> Cue | None:
    """``Feinstein said "I don't know ...," she said. "I've never heard it."``: the sentence
    before ends on a subject and a verb of saying right after a quote, which has a cue of
    its own before it; the words after the next opening mark are that verb's (as PolNeAR
    marks it)."""
    mark = end - 1
    while mark > para_start and not tmap.is_quoted(mark):
        mark -= 1
    if not tmap.is_quoted(mark):
        return None
    first, last = tmap.tokens(mark + 1, end)
    words = [t for t in tmap.doc[first:last] if not (t.is_punct or t.is_space)]
    if len(words) != 2 or not is_speech_verb(words[1], tmap.lexicon):
        return None
    subject, verb = words
    return Cue(verb.i, verb.i + 1, subject) if subject_of(verb, tmap.lexicon) == subject else None


def _cue_after(tmap: TextMap, quote: MarkedQuote) -> Cue | None:
    """``“...!” X, the head of Y, tweeted on Friday.``: a sentence starting just past the mark,
    also in lower case (``“...?” the 43-year-old asked``, when the parse ended the sentence at
    the question mark)."""
    mark_end = quote.mark_end if quote.mark_end >= 0 else quote.end + 1
    para_end = tmap.paragraph_of(quote.start)[1]
    if tmap.text[quote.end - 1:quote.end] not in SENTENCE_ENDS or mark_end >= para_end:
        return None  # a quote ending on a comma is part of its cue's sentence already
    start = mark_end
    while start < para_end and tmap.text[start].isspace() and start - mark_end < _GAP:
        start += 1
    if start >= para_end or tmap.is_quoted(start) or not tmap.text[start].isalpha():
        return None
    sentence = tmap.sentence_chars(start, start + 1)
    return _bare_cue_in(tmap, (start, sentence[1]))


def _bare_cue_in(tmap: TextMap, chars: tuple[int, int]) -> Cue | None:
    """The one verb of saying with nothing said in ``chars``, and its speaker."""
    first, last = tmap.tokens(*chars)
    verbs = [t for t in tmap.doc[first:last]
             if is_speech_verb(t, tmap.lexicon) and not tmap.is_quoted(t.idx)]
    if len(verbs) != 1 or not _says_nothing(verbs[0], tmap.lexicon):
        return None  # two verbs of saying: which one the quote belongs to is a guess
    verb = verbs[0]
    speaker = subject_of(verb, tmap.lexicon) or _described(verb) or adjacent_speaker(verb)
    if speaker is None or tmap.is_quoted(speaker.idx) or not first <= speaker.i < last:
        return None
    return Cue(verb.i, verb.i + 1, speaker)


def _says_nothing(verb: Token, lexicon: Lexicon) -> bool:
    """Nothing said in the verb's own clause, and something said at all: not ``declined to
    comment`` or ``did not say`` (the quote beside those is someone else's).  An object
    that only names the speech (``tweeted a warning.``, ``issued a statement.``) says
    nothing of its own either."""
    if verb.dep_ == "xcomp" or any(c.dep_ == "neg" for c in verb.children):
        return False
    return not any(c.dep_ in _CONTENT_DEPS and not _names_speech(c, lexicon)
                   for c in verb.children)


def _names_speech(child: Token, lexicon: Lexicon) -> bool:
    """``a statement``, ``a warning``: an object that is a bare noun of saying."""
    nouns = lexicon.utterance_nouns | lexicon.uttered_nouns
    return (child.dep_ in OBJECT_DEPS and child.lemma_.lower() in nouns
            and all(c.dep_ in ("det", "amod", "compound", "poss") for c in child.children))


def _described(verb: Token) -> Token | None:
    """``Murphy, the head of the group, Tweeted``: the parse hangs the verb on the name."""
    head = verb.head
    if (verb.dep_ == "acl" and head.i < verb.i and head.pos_ in NOUN_TAGS
            and can_speak(head)):
        return head
    return None
