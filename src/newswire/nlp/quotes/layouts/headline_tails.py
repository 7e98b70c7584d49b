"""A headline that ends with its source and verb of saying: ``Measles cases in US top 1,000
for the year, CDC says``, ``Rates to stay high into 2026, economists say``, or with the verb
first, ``Nine-hour disruption caused by faulty power cable, says LTA``.

Headlines drop articles and auxiliaries, and the parser often reads the claim of such a
title as no clause at all (``top`` an adjective), so no that-clause hangs on the verb.  When a
title's last word is a verb of saying whose subject stands right before it and a comma right
before that subject, what was said is the title before the comma (after any wire label).
The body's parse reads the same shape in full sentences; this is for titles only (``fronted`` reads
the claim a misread parse still hangs on the verb, in any sentence).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import FRENCH_SUBJECT_DEPS, NOUN_TAGS
from newswire.nlp.quotes.base.textmap import Attribution, TextMap
from newswire.nlp.quotes.layouts.headlines import label_end
from newswire.nlp.quotes.speech.said import MIN_WORDS
from newswire.nlp.quotes.speech.saying import is_speech_verb

__all__ = ["tail_claim"]

#: The most words a headline's source takes (``federal health officials``).
_MAX_SOURCE_TOKENS = 5


def tail_claim(tmap: TextMap) -> Attribution | None:
    """The claim of a title ending ``, CDC says`` or ``, says CDC``, if it is one."""
    doc = tmap.doc
    words = [t for t in doc if not (t.is_punct or t.is_space)]
    if not words:
        return None
    found = _source_then_verb(words[-1], tmap) or _verb_then_source(words[-1], tmap)
    if found is None:
        return None
    verb, subject, comma = found
    start, end = tmap.trim(label_end(doc.text), comma.idx)
    if sum(1 for w in tmap.text[start:end].split() if w.isalpha()) < MIN_WORDS:
        return None
    if end <= start or tmap.overlaps_quote(start, end):
        return None
    return Attribution(start=start, end=end, kind="indirect", cue=(verb.i, verb.i + 1),
                       speaker=subject, sentence=tmap.sentence_chars(0, len(doc.text)))


def _source_then_verb(last: Token, tmap: TextMap) -> tuple[Token, Token, Token] | None:
    """``..., CDC says``: the verb, its subject right before it, and the comma before that."""
    if not is_speech_verb(last, tmap.lexicon):
        return None
    # The subject nearest the verb: the parse may take the claim's subject for the verb's too.
    subject = next((c for c in reversed(list(last.lefts)) if c.dep_ in FRENCH_SUBJECT_DEPS), None)
    if subject is None or subject.pos_ not in NOUN_TAGS or subject.right_edge.i + 1 != last.i:
        return None
    first = subject.left_edge.i
    if first < 1 or last.doc[first - 1].text != "," or last.i - first > _MAX_SOURCE_TOKENS:
        return None
    return last, subject, last.doc[first - 1]


def _verb_then_source(last: Token, tmap: TextMap) -> tuple[Token, Token, Token] | None:
    """``..., says LTA``: the subject ending the title, its verb right before it, and the
    comma right before the verb."""
    subject = last if last.dep_ in FRENCH_SUBJECT_DEPS else None
    while subject is None and last.head.i != last.i and last.head.i > last.i:
        last = last.head  # "says Land Transport Authority": the name's head word is last
        subject = last if last.dep_ in FRENCH_SUBJECT_DEPS else None
    if subject is None or subject.pos_ not in NOUN_TAGS:
        return None
    verb, first, doc = subject.head, subject.left_edge.i, subject.doc
    if verb.i + 1 != first or first - verb.i > _MAX_SOURCE_TOKENS or verb.i < 1:
        return None
    if doc[verb.i - 1].text != "," or not is_speech_verb(verb, tmap.lexicon):
        return None
    return verb, subject, doc[verb.i - 1]
